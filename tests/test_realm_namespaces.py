"""Each App has its own built-in namespaces and prototypes (runtime/js/realm.py): two Apps run in
one process, from converted programs, and what one does to Math, JSON, Object, Array or
String.prototype is not seen by the other."""

from __future__ import annotations

from pathlib import Path

from ti2py.runtime import App
from ti2py.transpiler import convert

CHANGER = """
Math.max = function () { return 42; };
JSON.stringify = function () { return 'mine'; };
Object.keys = function () { return ['changed']; };
delete Math.min;
String.prototype.shout = function () { return this.toUpperCase() + '!'; };
Array.prototype.first = function () { return this[0]; };
Ti.API.info(Math.max(1, 2), JSON.stringify({}), Object.keys({a: 1}).join(), typeof Math.min, 'a'.shout(), [7].first());
"""

READER = """
Ti.API.info(Math.max(1, 2), JSON.stringify({a: 1}), Object.keys({a: 1}).join(), typeof Math.min,
            typeof 'a'.shout, typeof [].first, Math.hasOwnProperty('min'));
"""


def _app(tmp_path: Path, name: str, source: str) -> App:
    result = convert(source, f"{name}.js")
    assert result.code is not None, result.diagnostics.render(source)
    module = tmp_path / f"{name}.py"
    module.write_text(result.code, encoding="utf-8")
    app = App(name, data_dir=tmp_path / name, out=None)
    app.load(module)
    assert app.run_until_idle(10)
    return app


def test_one_apps_changes_to_built_ins_stay_in_that_app(tmp_path: Path) -> None:
    changer = _app(tmp_path, "changer", CHANGER)
    reader = _app(tmp_path, "reader", READER)
    assert changer.log_lines("INFO") == ["[INFO] 42 mine changed undefined A! 7"]
    assert reader.log_lines("INFO") == ['[INFO] 2 {"a":1} a function undefined undefined true']
    again = _app(tmp_path, "again", CHANGER.replace("Ti.API.info(", "Ti.API.info('again', "))
    assert again.log_lines("INFO") == ["[INFO] again 42 mine changed undefined A! 7"]
