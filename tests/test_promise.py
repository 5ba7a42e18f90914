"""Promises beyond what node can be compared on: unhandled rejections (node exits on them) and
promises made from Python code."""

from __future__ import annotations

from pathlib import Path

from conftest import run_translated
from ti2py.runtime import App, JSObject, js


def test_an_unhandled_rejection_is_logged_and_a_late_catch_is_not(tmp_path: Path) -> None:
    log = run_translated(tmp_path, """
Promise.reject(new Error('nobody listens'));
var handled = Promise.reject(new TypeError('caught in a microtask'));
Promise.resolve().then(function () { handled.catch(function (e) { Ti.API.info('late catch ' + e.name); }); });
new Promise(function (resolve, reject) { reject('plain value'); });
Ti.API.info('end of script');
""")
    assert log == ["end of script", "late catch TypeError",
                   "[ERROR] Unhandled Promise Rejection: Error: nobody listens",
                   "[ERROR] Unhandled Promise Rejection: plain value"]


def test_promises_from_python_settle_on_the_app_loop(tmp_path: Path) -> None:
    app = App("promises", data_dir=tmp_path, out=None)
    seen: list[object] = []

    def start() -> None:
        js.Promise.all(js.JSArray([1, js.Promise.resolve(2)])).then(lambda values: seen.append(list(values)))
        js.Promise(lambda resolve, reject: resolve(JSObject(ok=True))).then(lambda value: seen.append(value.ok))

    app.call(start)
    assert app.run_until_idle(5)
    assert seen == [True, [1, 2]]


def test_await_where_python_would_need_a_lambda_is_a_clear_error() -> None:
    from ti2py.transpiler import convert

    result = convert("async function f(o, b) {\n  return o.x ?? await b;\n}\n", "aw.js")
    assert not result.ok and result.code is None
    (diagnostic,) = result.diagnostics.items
    assert (diagnostic.code, diagnostic.line, diagnostic.column) == ("E100", 2, 17)
    assert "`await` after `??`" in diagnostic.message
