"""ti2py runtime: run converted Titanium apps, and test what only a device could do before.

Public surface::

    from ti2py.runtime import App            # load, drive and inspect an app
    app = App("demo", data_dir=tmp, url_map=[("https://raw.github.com/", "http://127.0.0.1:8000/")])
    app.load("app.py"); app.run_until_idle()
    app.tap("Download Image (url)"); app.run_until_idle()
    app.background_fetch(); app.push({"content-available": 1, "alert": ""})
    app.log_lines("INFO"); app.Ti.UI.find("ProgressBar")

Generated modules import the JS value model (``js``, ``JSObject``, ``JSArray``, ``undefined``)
and the Titanium globals (``Ti``, ``alert``, ``require``, timers) from here.
"""

from . import js
from .app import App, LogEntry, current_app
from .js import (
    JSON, Boolean, Date, Infinity, JSArray, JSError, JSObject, JSRangeError, JSSyntaxError, JSTypeError, Math, NaN,
    Number, String, isNaN, parseFloat, parseInt, undefined,
)
from .ti import L, Ti, Titanium, alert, clearInterval, clearTimeout, console, require, setInterval, setTimeout

__all__ = [
    "App", "LogEntry", "current_app", "js",
    "JSON", "Boolean", "Date", "Infinity", "JSArray", "JSError", "JSObject", "JSRangeError", "JSSyntaxError",
    "JSTypeError", "Math", "NaN", "Number", "String", "isNaN", "parseFloat", "parseInt", "undefined",
    "Ti", "Titanium", "L", "alert", "console", "require", "setTimeout", "setInterval", "clearTimeout", "clearInterval",
]
