"""Converted code reaches nothing of Python: each attack is converted, RUN through the shipped CLI
(a real subprocess of `ti2py run`), and checked to have done nothing outside (no marker file, no
Python object seen), while the same program prints what a JS engine would."""

from __future__ import annotations

import ast
import random
from pathlib import Path

import pytest

from cli import run_app_lines
from ti2py.transpiler import convert
from ti2py.transpiler.names import GLOBALS, RUNTIME_EXPORTS


def _run(tmp_path: Path, source: str) -> list[str]:
    return run_app_lines(tmp_path, source, expect_success=False)


def test_python_builtins_are_not_js_names(tmp_path: Path) -> None:
    marker = tmp_path / "PWNED"
    lines = _run(tmp_path, f"""
var tries = [
  function () {{ return __import__('os').system('touch {marker}'); }},
  function () {{ return eval('__import__("os").system("touch {marker}")'); }},
  function () {{ return exec('open("{marker}", "w")'); }},
  function () {{ return open('{marker}', 'w'); }},
  function () {{ return getattr(Ti, 'API'); }},
  function () {{ return compile; }},
  function () {{ return js; }},
  function () {{ return JSObject; }},
  function () {{ return main; }},
  function () {{ return __builtins__; }},
  function () {{ return ｅｖａｌ('1'); }},
  function () {{ return \\u0065xec; }},
];
for (var i = 0; i < tries.length; i++) {{
  try {{ Ti.API.info('reached ' + typeof tries[i]()); }} catch (e) {{ Ti.API.info(e.name); }}
}}
Ti.API.info(typeof __import__, typeof open, typeof exec);
""")
    assert not marker.exists()
    assert lines == ["[INFO] ReferenceError"] * 12 + ["[INFO] undefined undefined undefined"]


def test_distinct_js_names_stay_distinct(tmp_path: Path) -> None:
    lines = _run(tmp_path, "var ｆｏｏ = 1; var foo = 2; var $ = 3, dollar = 4, $el = 5, dollar_el = 6;\n"
                           "Ti.API.info(ｆｏｏ, foo, $, dollar, $el, dollar_el);\n")
    assert lines == ["[INFO] 1 2 3 4 5 6"]


def test_python_attributes_are_not_js_properties(tmp_path: Path) -> None:
    marker = tmp_path / "PWNED"
    lines = _run(tmp_path, f"""
var f = function () {{ return 1; }};
var k = '__glo' + 'bals__';
var reads = [f[k], f.__globals__, ({{}}).__class__, Ti.__dict__, require['__class__'], Ti.API._app,
             Ti.UI.createView()._listeners, [].__class__, 'abc'.__class__, (5).__class__, f.__code__,
             JSON.__class__, Math.__dict__, Date.mro];
Ti.API.info(reads.map(function (v) {{ return typeof v; }}).join(','));
try {{
  f['__globals__']['get']('__builtins__')['__import__']('os').system('touch {marker}');
}} catch (e) {{ Ti.API.info(e.name); }}
""")
    assert not marker.exists()
    assert lines == ["[INFO] " + ",".join(["undefined"] * 14), "[INFO] TypeError"]


def test_python_attribute_names_are_ordinary_js_data(tmp_path: Path) -> None:
    lines = _run(tmp_path, """
var data = JSON.parse('{"__class__": "x", "__dict__": 1, "_app": 2, "get": 3, "keys": 4}');
var label = Ti.UI.createLabel(JSON.parse('{"__class__": "c", "_app": "a", "text": "hi"}'));
Ti.API.info(JSON.stringify(data), data.__class__, data._app, data.get, data.keys);
Ti.API.info(label.text, label.__class__, label._app);
var f = function () {};
f.__name__ = 'n'; f._x = 1; label._listeners = 'mine';
Ti.API.info(f.__name__, f._x, label._listeners, '__class__' in data, delete data.__class__, '__class__' in data);
""")
    assert lines == [
        '[INFO] {"__class__":"x","__dict__":1,"_app":2,"get":3,"keys":4} x 2 3 4',
        "[INFO] hi c a",
        "[INFO] n 1 mine true true false",
    ]


def _free_names(tree: ast.Module) -> set[str]:
    """Names the module reads that it never binds (what it would take from its globals)."""
    bound = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)}
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.Lambda)):
            args = node.args
            bound |= {a.arg for a in [*args.posonlyargs, *args.args, *args.kwonlyargs]}
            bound |= {a.arg for a in (args.vararg, args.kwarg) if a is not None}
            if isinstance(node, ast.FunctionDef):
                bound.add(node.name)
        elif isinstance(node, ast.ImportFrom):
            bound |= {a.asname or a.name for a in node.names}
        elif isinstance(node, ast.ExceptHandler) and node.name:
            bound.add(node.name)
    reads = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}
    return reads - bound


@pytest.mark.parametrize("seed", range(3))
def test_generated_modules_read_only_the_table_s_globals(seed: int) -> None:
    """A property test: programs of random free names (JS globals, Python builtins, runtime
    names, unicode look-alikes) convert to modules whose free names are all runtime exports."""
    rng = random.Random(seed)
    candidates = [*GLOBALS, "eval", "exec", "open", "print", "__import__", "getattr", "globals", "js",
                  "JSObject", "main", "__name__", "__file__", "__builtins__", "self", "ｐｒｉｎｔ", "$", "_", "ti2py",
                  "str", "len", "Exception", "type", "object", "vars"]
    for _ in range(10):
        picked = rng.sample(candidates, 8)
        source = "\n".join(f"try {{ Ti.API.info(typeof {n}, String({n})); }} catch (e) {{}}" for n in picked)
        result = convert(source, "p.js")
        assert result.code is not None, result.diagnostics
        tree = ast.parse(result.code)
        main = next(n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "main")
        free = _free_names(ast.Module(body=[main], type_ignores=[]))
        # (`except Exception` is the emitter's own Python, never a JS name's spelling)
        assert free <= RUNTIME_EXPORTS | {"Exception"}, (picked, free - RUNTIME_EXPORTS)
        # What the module binds at its top: the runtime names it imports (all of the table), its
        # `main`, its line map; the runner only under `if __name__ == "__main__"`.
        imports = [n for n in tree.body if isinstance(n, (ast.Import, ast.ImportFrom))]
        assert [(n.module, {a.name for a in n.names} <= RUNTIME_EXPORTS) for n in imports] == [("ti2py.runtime", True)]
        top = {t.id for n in tree.body if isinstance(n, ast.Assign) for t in n.targets if isinstance(t, ast.Name)}
        assert top <= {"__ti2py_lines__", "__ti2py_source__"}, top
        assert [type(n).__name__ for n in tree.body if not isinstance(n, (ast.Import, ast.ImportFrom, ast.Assign))
                and not (isinstance(n, ast.Expr) and isinstance(n.value, ast.Constant))] == ["FunctionDef", "If"]


def test_eval_and_function_translate_their_text_and_stay_confined(tmp_path: Path) -> None:
    marker = tmp_path / "PWNED"
    lines = _run(tmp_path, f"""
var text = '{{"items": [1, 2, 3], "title": "news"}}';
var data = eval('(' + text + ')');
var add = new Function('a', 'b', 'return a + b');
Ti.API.info(data.items.length, data.title, eval('6 * 7'), add(2, 3), Function('return typeof open')());
var attacks = ['__import__("os").system("touch {marker}")', 'open("{marker}", "w")',
               '(function(){{}}).__globals__', 'Ti.__dict__', 'var = ;'];
for (var i = 0; i < attacks.length; i++) {{
  try {{ Ti.API.info(typeof eval(attacks[i])); }} catch (e) {{ Ti.API.info(e.name); }}
}}
""")
    assert not marker.exists()
    assert lines == ["[INFO] 3 news 42 5 undefined", "[INFO] ReferenceError", "[INFO] ReferenceError",
                     "[INFO] undefined", "[INFO] undefined", "[INFO] SyntaxError"]
