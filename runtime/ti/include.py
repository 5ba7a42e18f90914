"""``Ti.include`` and ``url:`` windows: project files run as scripts rather than required.

``Ti.include('a.js', 'b.js')`` runs each file now, in order, every time (as Titanium does).
The transpiler makes literal paths Resources-absolute (``/Views/a.js``: Titanium resolves them
against the including file); a computed path resolves from ``Resources/``.  The included file's
top-level names become globals the includer sees (see transpiler/passes/requires.py).

``Ti.UI.createWindow({url: 'x.js'})``: when the window opens, x.js runs with
``Ti.UI.currentWindow`` set to it.  Titanium gives such a window a JS context of its own; ti2py
runs it in the app's one global scope, so the window's script also sees app.js's globals (a
script written for its own context runs the same, unless it relies on a global being absent).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..js.values import undefined

if TYPE_CHECKING:
    from ..app import App
    from .ui import Window


def include(app: "App", names: tuple[Any, ...]) -> None:
    for name in names:
        if name is not undefined and name is not None:
            app.run_script(name, "Ti.include")


def open_url_window(app: "App", window: "Window") -> None:
    """Queue the window's ``url`` script, if it has one (it runs before the ``open`` event,
    in its own job, so an error in it is reported as uncaught and the app carries on)."""
    url = window.__dict__.get("url")
    if not isinstance(url, str) or not url.removeprefix("app://").split("?", 1)[0].endswith(".js"):
        return

    def run() -> None:
        object.__setattr__(app.Ti.UI, "currentWindow", window)
        app.run_script(url.split("?", 1)[0], f"Ti.UI.Window url {url!r}")

    app.loop.post(run)
