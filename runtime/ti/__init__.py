"""The globals a Titanium app sees: ``Ti``/``Titanium``, ``alert``, ``console``, ``L``, ``require``
and timers.

Each forwards to the app whose code is running (:func:`runtime.app.current_app`), so converted
code reads exactly like the JavaScript: ``Ti.API.info(...)``, ``alert(...)``.
"""

from __future__ import annotations

from typing import Any, Callable

from ..app import call_js, current_app
from ..js.ops import call, to_str
from ..js.values import Accessor, define_property, undefined


class _CurrentTi:
    """``Ti`` for whichever app is running; attribute access goes to that app's Ti tree."""

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(current_app().Ti, name)

    def __repr__(self) -> str:
        return "Ti"


Ti: Any = _CurrentTi()
Titanium: Any = Ti


def alert(message: Any = undefined) -> None:
    """The global ``alert``: a headless device prints it as ``[ALERT] message``."""
    current_app().log("ALERT", to_str(message))


def L(key: Any = undefined, hint: Any = undefined) -> Any:  # Titanium's global name
    """The global ``L(key[, hint])``: the app's localized string (``Ti.Locale.getString``)."""
    return current_app().Ti.Locale.getString(key, hint)


class _Console:
    """The global ``console``: its methods are the running app's ``Ti.API`` ones (``console.log``
    is an info line, as in Titanium), plus ``time``/``timeEnd`` (the labels are the app's own)."""

    _LEVELS = {"log": "info", "info": "info", "warn": "warn", "error": "error", "debug": "debug", "trace": "trace"}

    def __getattr__(self, name: str) -> Any:
        level = self._LEVELS.get(name)
        if level is None:
            raise AttributeError(name)
        return getattr(current_app().Ti.API, level)

    def time(self, label: Any = "default") -> None:
        import time

        current_app().console_timers[to_str(label)] = time.monotonic()

    def timeEnd(self, label: Any = "default") -> None:
        import time

        app = current_app()
        started = app.console_timers.pop(to_str(label), None)
        if started is not None:
            app.Ti.API.info(f"{to_str(label)}: {(time.monotonic() - started) * 1000:.3f}ms")


console: Any = _Console()


def require(module_id: Any = undefined, *args: Any) -> Any:
    """The global ``require``.  It is a property of the app's global object too, so a script
    that assigns over it (``this.require = f``, ``global.require = f``, as require patches of
    Titanium 1.x apps do) replaces it for every later ``require(...)``, as in Titanium where
    require is a global function; the replacement may call the original it read first."""
    app = current_app()
    current = dict.get(app.global_object, "require")
    if type(current) is Accessor:
        current = current.value
    if current is not _require and current is not None and current is not undefined:
        return call(current, module_id, *args)
    return app.require(module_id)


def _require(module_id: Any = undefined, *args: Any) -> Any:
    """What ``this.require`` reads until a script replaces it: the app's own require (which a
    replacement may call without coming back to itself)."""
    return current_app().require(module_id)


def install_globals(global_object: Any) -> None:
    """Put the globals scripts read off ``this`` on an app's global object (not enumerable,
    as JavaScriptCore keeps its own)."""
    define_property(global_object, "require", Accessor(value=_require, writable=True, enumerable=False))


def setTimeout(callback: Callable[..., Any], delay: Any = 0, *args: Any) -> Any:
    return current_app().loop.call_later(_ms(delay) / 1000, lambda: call_js(callback, *args))


def setInterval(callback: Callable[..., Any], delay: Any = 0, *args: Any) -> Any:
    seconds = max(_ms(delay), 1) / 1000
    return current_app().loop.call_later(seconds, lambda: call_js(callback, *args), interval=seconds)


def clearTimeout(timer: Any = undefined) -> None:
    """Cancels a timer; anything else (``undefined`` before the first ``setTimeout``, an id
    already cleared, a number) is ignored, as in JS."""
    if callable(getattr(type(timer), "cancel", None)):
        timer.cancel()


clearInterval = clearTimeout


def _ms(delay: Any) -> float:
    from ..js.ops import to_number

    number = to_number(delay)
    return 0.0 if number != number else max(0.0, float(number))


__all__ = ["Ti", "Titanium", "L", "alert", "console", "require", "setTimeout", "setInterval", "clearTimeout", "clearInterval"]
