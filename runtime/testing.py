"""ti2py's pytest plugin (entry point ``pytest11``: loaded in any pytest run where ti2py is installed).

Fixtures:

* ``ti2py_app``: a factory. ``ti2py_app("app.js")`` (a path relative to the test file's folder, or
  absolute) loads a converted app: a ``.py``, a converted project folder, or a ``.js`` converted on
  the spot (diagnostics fail the test).  Its data folder is under the test's ``tmp_path``; its
  start-up runs until idle before it is returned.  Keywords go to :class:`~ti2py.runtime.App`
  (``url_map``, ``fetch_min_interval``...).  Transfers still running are cancelled at teardown.
* ``ti2py_server``: a local HTTP server on a free 127.0.0.1 port (the one ``ti2py serve`` runs)
  over a temporary folder: ``add(path, data)`` puts a file there and returns its URL,
  ``url_map(prefix)`` gives the ``url_map`` that sends ``prefix`` to it, ``requests`` lists the
  paths asked for.  A missing ``.jpg``/``.png`` is answered with a generated image.

Helpers, each running the app until idle afterwards (an AssertionError with the end of the log if
it is still busy after ``timeout`` seconds): :func:`wait_idle`, :func:`fire_fetch`,
:func:`fire_push`, :func:`tap`.

Nothing heavy is imported until a fixture is used: the plugin costs a pytest run nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterator

import pytest

if TYPE_CHECKING:
    from .app import App
    from .devserver import DevServer


def wait_idle(app: "App", timeout: float = 30.0) -> "App":
    """Run the app until nothing is left to do; fail the test, showing the log, if it is still
    busy after ``timeout`` seconds."""
    if not app.run_until_idle(timeout):
        tail = "\n".join(app.log_lines()[-15:]) or "(empty)"
        raise AssertionError(f"the app is still busy after {timeout:g} s; the end of its log:\n{tail}")
    return app


def fire_fetch(app: "App", timeout: float = 30.0) -> str | None:
    """A background fetch (the app goes to the background, ``backgroundfetch`` is delivered), then
    until idle.  Returns its handlerId, or None if the app cannot get one (no ``fetch`` mode)."""
    handler = app.background_fetch()
    wait_idle(app, timeout)
    return handler


def fire_push(app: "App", payload: Any, timeout: float = 30.0, *, background: bool = True) -> str | None:
    """A push with ``payload`` (a dict or JSON text; flat or APNs-shaped), then until idle.
    Returns the ``SilentPush-<time>`` handlerId of a silent push (None otherwise)."""
    handler = app.push(payload, background=background)
    wait_idle(app, timeout)
    return handler


def tap(app: "App", title: str, timeout: float = 30.0) -> "App":
    """Tap the button titled ``title``, then until idle."""
    app.tap(title)
    return wait_idle(app, timeout)


def _convert_js(path: Path, folder: Path) -> Path:
    from ti2py.transpiler import convert

    result = convert(path.read_text(encoding="utf-8-sig"), str(path))
    if result.code is None:
        pytest.fail(f"{path} does not convert:\n{result.diagnostics.render(result.source)}", pytrace=False)
    target = folder / f"{path.stem}.py"
    target.write_text(result.code, encoding="utf-8")
    return target


def make_app(path: Path, data_root: Path, **options: Any) -> "App":
    """The App for ``path`` (``.py``, ``.js`` or a converted project folder) on a data folder
    under ``data_root``, loaded and run until idle."""
    from .app import App
    from .package import read_package_config

    config: dict[str, Any] = {}
    if path.is_dir():
        config = read_package_config(path)
        module = path / "app.py"
    elif path.suffix == ".js":
        converted = data_root / "converted"
        converted.mkdir(parents=True, exist_ok=True)
        module = _convert_js(path, converted)
    else:
        module = path
    if not module.is_file():
        pytest.fail(f"{module}: no such file", pytrace=False)
    name = str(options.pop("name", None) or config.get("name") or path.stem)
    modes = config.get("background_modes")
    folder = data_root / name
    count = 1
    while folder.exists():
        count += 1
        folder = data_root / f"{name}-{count}"
    options.setdefault("out", None)
    if "url_map" in options and isinstance(options["url_map"], dict):
        options["url_map"] = list(options["url_map"].items())
    given_modes = options.pop("background_modes", None)
    if given_modes is None and modes is not None:
        given_modes = set(modes)  # a project's, from its tiapp.xml
    app = App(name, app_id=options.pop("app_id", None) or config.get("id"), data_dir=folder,
              background_modes=given_modes, **options)
    app.load(module)
    wait_idle(app)
    return app


@pytest.fixture
def ti2py_app(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Callable[..., "App"]]:
    """``ti2py_app(path, **App options)``: the app at ``path`` loaded on a temporary data folder,
    its start-up run until idle."""
    base = Path(str(request.path)).parent
    made: list["App"] = []

    def factory(path: str | Path, **options: Any) -> "App":
        target = Path(path)
        app = make_app(target if target.is_absolute() else base / target, tmp_path / "ti2py-data", **options)
        made.append(app)
        return app

    yield factory
    if made:
        from . import direct

        direct.cancel_all()  # downloads still in flight


class LocalServer:
    """What the ``ti2py_server`` fixture gives: the dev server over a temporary folder."""

    def __init__(self, server: "DevServer", root: Path) -> None:
        self.server = server
        self.root = root

    @property
    def url(self) -> str:
        return self.server.url

    @property
    def requests(self) -> list[str]:
        return self.server.requests

    def add(self, name: str, data: bytes | str) -> str:
        """Serve ``data`` at ``/name``; returns its URL."""
        path = self.root / name.lstrip("/")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        return self.url + name.lstrip("/")

    def url_map(self, *prefixes: str) -> list[tuple[str, str]]:
        """``[(prefix, this server's URL)]``: the app's requests to ``prefix`` come here."""
        return [(prefix, self.url) for prefix in prefixes]


@pytest.fixture
def ti2py_server(tmp_path: Path) -> Iterator[LocalServer]:
    """A local HTTP server on a free 127.0.0.1 port, serving a temporary folder."""
    from .devserver import DevServer

    root = tmp_path / "ti2py-www"
    root.mkdir()
    with DevServer(root) as server:
        yield LocalServer(server, root)
