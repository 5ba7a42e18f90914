"""ti2py runtime: run converted Titanium apps, and test what only a device could do before.

Public surface::

    from ti2py.runtime import App            # load, drive and inspect an app
    app = App("demo", data_dir=tmp, url_map=[("https://raw.github.com/", "http://127.0.0.1:8000/")])
    app.load("app.py"); app.run_until_idle()
    app.tap("Download Image (url)"); app.run_until_idle()
    app.background_fetch(); app.push({"content-available": 1, "alert": ""})
    app.log_lines("INFO"); app.find_views("ProgressBar")

Generated modules import the JS value model (``js``, ``JSObject``, ``JSArray``, ``undefined``)
and the Titanium globals (``Ti``, ``alert``, ``require``, timers) from here.

Names load on first use, so importing one piece (``ti2py.runtime.js.host``) stays cheap.
"""

from __future__ import annotations

from typing import Any

from .lazy import load_export

# Each public name and the submodule (and name there) that defines it.
_SOURCES: dict[str, tuple[str, str]] = {
    'js': ('js', ''),
    'App': ('app', 'App'),
    'LogEntry': ('app', 'LogEntry'),
    'current_app': ('app', 'current_app'),
    'JSON': ('js', 'JSON'),
    'Boolean': ('js', 'Boolean'),
    'Date': ('js', 'Date'),
    'Infinity': ('js', 'Infinity'),
    'JSArray': ('js', 'JSArray'),
    'JSError': ('js', 'JSError'),
    'JSObject': ('js', 'JSObject'),
    'JSRangeError': ('js', 'JSRangeError'),
    'JSSyntaxError': ('js', 'JSSyntaxError'),
    'JSTypeError': ('js', 'JSTypeError'),
    'Math': ('js', 'Math'),
    'NaN': ('js', 'NaN'),
    'Number': ('js', 'Number'),
    'String': ('js', 'String'),
    'isNaN': ('js', 'isNaN'),
    'parseFloat': ('js', 'parseFloat'),
    'parseInt': ('js', 'parseInt'),
    'undefined': ('js', 'undefined'),
    'L': ('ti', 'L'),
    'Ti': ('ti', 'Ti'),
    'Titanium': ('ti', 'Titanium'),
    'alert': ('ti', 'alert'),
    'clearInterval': ('ti', 'clearInterval'),
    'clearTimeout': ('ti', 'clearTimeout'),
    'console': ('ti', 'console'),
    'require': ('ti', 'require'),
    'setInterval': ('ti', 'setInterval'),
    'setTimeout': ('ti', 'setTimeout'),
}


def __getattr__(name: str) -> Any:
    return load_export(__name__, globals(), _SOURCES, name)


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = [
    'App', 'LogEntry', 'current_app', 'js', 'JSON', 'Boolean', 'Date', 'Infinity',
    'JSArray', 'JSError', 'JSObject', 'JSRangeError', 'JSSyntaxError', 'JSTypeError', 'Math', 'NaN',
    'Number', 'String', 'isNaN', 'parseFloat', 'parseInt', 'undefined', 'Ti', 'Titanium',
    'L', 'alert', 'console', 'require', 'setTimeout', 'setInterval', 'clearTimeout', 'clearInterval',
]
