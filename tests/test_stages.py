"""Each translator stage on its own: parse, build (comments), passes, scope, emit, format."""

from __future__ import annotations

import copy

from ti2py.transpiler import convert, ir
from ti2py.transpiler.build import build
from ti2py.transpiler.diagnostics import Diagnostics
from ti2py.transpiler.format import add_runtime_imports, line_map
from ti2py.transpiler.parse import parse
from ti2py.transpiler.passes import (
    hoist_functions, lift_functions, lower, lower_jumps, predeclare_vars, rename_shadowing,
)
from ti2py.transpiler.scope import analyse


def _ir(source: str) -> tuple[ir.Program, Diagnostics]:
    diag = Diagnostics("t.js")
    parsed = parse(source, diag)
    assert parsed is not None, diag.render(source)
    return build(parsed, diag), diag


def _main_body(source: str) -> str:
    result = convert(source, "t.js")
    assert result.code is not None, result.diagnostics.render(source)
    return result.code.split("def main():\n", 1)[1].split("\n\n\n__ti2py_lines__")[0]


# -- parse --------------------------------------------------------------------------------------
def test_parse_error_is_a_diagnostic_with_line_and_column() -> None:
    diag = Diagnostics("t.js")
    assert parse("var a = ;", diag) is None
    (d,) = diag.items
    assert (d.code, d.line, d.column, d.message) == ("E001", 1, 9, "Unexpected token ;")


def test_a_diagnostic_on_a_long_minified_line_shows_the_part_around_its_column() -> None:
    source = "var a = [" + "1,".join(str(i) for i in range(3000)) + "]; var b = ;" + " var c = 1;" * 500
    diag = Diagnostics("min.js")
    assert parse(source, diag) is None
    (d,) = diag.items
    _, excerpt, caret = d.render(source).splitlines()[:3]
    assert len(excerpt) < 180 and excerpt.startswith("    ...") and excerpt.endswith("...")
    assert excerpt[caret.index("^")] == ";", "the caret still points at the column"
    short = Diagnostics("t.js")
    parse("var a = ;", short)
    assert short.items[0].render("var a = ;").splitlines()[1:] == ["    var a = ;", "            ^"]


# -- build: comments ride on statements -------------------------------------------------------------
def test_comments_attach_leading_trailing_and_end_of_block() -> None:
    program, _ = _ir("// lead\nvar a = 1; // trail\nfunction f() {\n  // inner\n  a = 2;\n  // end\n}\n// eof\n")
    decl, fn, tail = program.body
    assert decl.leading == [" lead"] and decl.trailing == " trail"
    assert isinstance(fn, ir.FunctionDecl) and fn.fn.body[0].leading == [" inner"]
    assert isinstance(fn.fn.body[-1], ir.CommentOnly) and fn.fn.body[-1].leading == [" end"]
    assert isinstance(tail, ir.CommentOnly) and tail.leading == [" eof"]


def test_every_comment_survives_conversion() -> None:
    source = (
        "// one\nvar x = { /* two */ a: 1 };\nif (x.a) { // three\n  x.a = 2; /* four */\n}\n"
        "Ti.API.info('x', function () { return 1; /* five */ });\n// six\n"
    )
    code = convert(source, "t.js").code or ""
    for word in ("one", "two", "three", "four", "five", "six"):
        assert f"# {word}" in code, word


# -- passes ---------------------------------------------------------------------------------------
def test_lift_functions_names_callbacks_and_keeps_input_unchanged() -> None:
    program, _ = _ir(
        "Ti.App.iOS.addEventListener('sessioncompleted', function (e) {});\n"
        "btn.addEventListener('click', function () {});\n"
        "btn.addEventListener('click', function () {});\n"
        "reg({ success: function () {}, onDone: function () {} });\n"
    )
    before = copy.deepcopy(program)
    lowered = lower(program)
    assert program == before, "passes are pure"
    names = [s.fn.name for s in lowered.body if isinstance(s, ir.FunctionDecl)]
    assert names == ["on_sessioncompleted", "on_btn_click", "on_btn_click_2", "on_success", "onDone"]


def test_function_declarations_move_only_as_far_as_their_first_use() -> None:
    program, _ = _ir("var a = 1;\nuse(f);\nvar b = 2;\nfunction f() {}\nfunction g() {}\n")
    body = hoist_functions(lift_functions(program.body))
    kinds = [type(s).__name__ + (f":{s.fn.name}" if isinstance(s, ir.FunctionDecl) else "") for s in body]
    assert kinds == ["VarDecl", "FunctionDecl:f", "ExprStmt", "VarDecl", "FunctionDecl:g"]


def test_vars_read_before_assignment_are_predeclared() -> None:
    program, _ = _ir("log(x);\nvar x = 1;\nvar y = 2;\nlog(y);\nif (c) { var z = 3; }\nlog(z);\n")
    body = predeclare_vars(program.body)
    pre = [s.expr.target.id for s in body[:2] if isinstance(s, ir.ExprStmt) and isinstance(s.expr, ir.Assign)]
    assert pre == ["x", "z"]


def _statements(body: list[ir.Stmt]) -> list[ir.Stmt]:
    """Every statement, nested ones included, in order (lowered blocks entered)."""
    out: list[ir.Stmt] = []
    for stmt in body:
        out.append(stmt)
        for block in ir.statement_lists(stmt):
            out.extend(_statements(block))
    return out


def test_destructuring_is_desugared_while_building() -> None:
    program, diag = _ir("const {a, b: [c, d = 4], ...rest} = load();\n")
    assert not diag.items
    decls = [s for s in _statements(program.body) if isinstance(s, ir.VarDecl)]
    assert [(s.kind, [n for n, _ in s.decls]) for s in decls] == [
        ("let", ["tmp"]), ("const", ["a"]), ("let", ["tmp_2"]), ("const", ["c"]), ("const", ["d"]), ("const", ["rest"])]
    unpacked = decls[2].decls[0][1]
    assert isinstance(unpacked, ir.Call) and unpacked.callee == ir.Name("js.unpack", loc=unpacked.callee.loc), \
        "an array pattern takes its values by iterating its source"
    assert isinstance(decls[4].decls[0][1], ir.Conditional), "a default applies only to undefined"


def test_jumps_pass_flags_a_labelled_break_across_loops() -> None:
    program, _ = _ir("outer: while (a) { while (b) { break outer; } more(); }\n")
    before = copy.deepcopy(program.body)
    body = lower_jumps(ir.clone(program.body))
    assert program.body == before
    flag, loop = body
    assert isinstance(flag, ir.VarDecl) and flag.decls[0][0] == "break_outer"
    inner, check, _more = loop.body
    assert isinstance(inner, ir.While) and isinstance(check, ir.If) and check.test == ir.Name("break_outer", loc=check.test.loc)
    jump = inner.body[0]
    assert isinstance(jump, ir.Block) and isinstance(jump.body[1], ir.Break) and jump.body[1].label == inner.label


def test_jumps_pass_keeps_a_plain_switch_and_loops_one_that_falls_through() -> None:
    plain, _ = _ir("switch (x) { case 1: a(); break; default: b(); }\n")
    assert isinstance(lower_jumps(plain.body)[0], ir.Switch)
    falling, _ = _ir("switch (x) { case 1: a(); case 2: b(); }\n")
    lowered = lower_jumps(falling.body)[0]
    assert isinstance(lowered, ir.Block)
    loop = lowered.body[-1]
    assert isinstance(loop, ir.While) and loop.role == "switch" and len(loop.body) == 3  # 2 cases + break


def test_block_scope_renames_only_real_shadowing() -> None:
    program, _ = _ir("let x = 1;\n{ let x = 2; use(x); }\nif (a) { let y = 1; } else { let y = 2; }\n")
    body = rename_shadowing(ir.clone(program.body))
    names = [n for s in _statements(body) if isinstance(s, ir.VarDecl) for n, _ in s.decls]
    assert names == ["x", "x_2", "y", "y"], "siblings keep their name; the shadowing inner x does not"
    call = [s for s in _statements(body) if isinstance(s, ir.ExprStmt)][0]
    assert call.expr.args[0].id == "x_2"


def test_numeric_comparators_become_runtime_orders() -> None:
    program, _ = _ir("a.sort(function (x, y) { return x - y; });\nb.sort((x, y) => y - x);\n"
                     "c.sort((x, y) => x.n - y.n);\n")
    lowered = lift_functions(ir.clone(program.body))
    calls = [s.expr for s in lowered if isinstance(s, ir.ExprStmt)]
    assert [c.args[0].id for c in calls] == ["js.ascending", "js.descending", "sort_callback"]
    assert [s.fn.name for s in lowered if isinstance(s, ir.FunctionDecl)] == ["sort_callback"]


# -- scope -----------------------------------------------------------------------------------------
def test_scope_nonlocal_implicit_global_and_renames() -> None:
    diag = Diagnostics("t.js")
    program, _ = _ir("var count = 0;\nvar print = 1;\nfunction f() { count = count + 1; leaked = 2; }\n")
    program = analyse(lower(program), diag)
    assert program.main is not None
    (fn,) = [s.fn for s in program.main.body if isinstance(s, ir.FunctionDecl)]
    assert fn.nonlocals == ["count", "leaked"]
    assert [d.code for d in diag.items] == ["W010"]
    assert "print_" in program.main.locals and "print" not in program.main.locals


# -- emit: plain Python where the types allow it, helpers where they do not ---------------------------
def test_emitter_uses_plain_python_for_known_types() -> None:
    body = _main_body("var n = 2;\nvar s = 'n=' + n;\nvar m = n * 3 - 1;\nvar t = 'a' + 'b';\n")
    assert 's = f"n={n}"' in body, "an integer converts to text as Python does: an f-string"
    assert "m = n * 3 - 1" in body
    assert 't = "ab"' in body


def test_string_building_keeps_js_conversions_where_python_differs() -> None:
    body = _main_body("var f = 0.5;\nvar x = g();\nvar a = 'f=' + f;\nvar b = `x=${x}`;\nvar c = 1 + 2 + 'n' + 1 + 2;\n")
    assert 'a = "f=" + js.to_str(f)' in body, "a fraction prints differently in Python (0.5 is fine, 1.0 is not)"
    assert 'b = "x=" + js.to_str(x)' in body
    assert 'c = f"{1 + 2}n12"' in body, "numbers add before the string, digits after"


def test_emitter_uses_helpers_for_unknown_types() -> None:
    body = _main_body("function f(a, b) { return [a + b, a / b, a == b, a < b, a % b]; }\n"
                      "f(JSON.parse(s), JSON.parse(t));\n")
    for helper in ("js.add(a, b)", "js.div(a, b)", "js.loose_eq(a, b)", "js.lt(a, b)", "js.mod(a, b)"):
        assert helper in body, helper


def test_missing_arguments_become_undefined_defaults() -> None:
    body = _main_body("function f(a, b) { return b; }\nTi.API.info(f(1));\n")
    assert "def f(a, b=undefined):" in body


def test_function_results_fall_back_to_undefined_when_used() -> None:
    body = _main_body("function f() { }\nvar r = f();\n")
    assert "return undefined" in body


# -- format: libcst jobs -----------------------------------------------------------------------------
def test_runtime_imports_name_exactly_what_is_used() -> None:
    code = add_runtime_imports('"""doc."""\n\n\ndef main():\n    Ti.API.info(JSObject(a=js.div(1, 2)))\n')
    assert code.splitlines()[1] == "from ti2py.runtime import js, JSObject, Ti"


def test_line_map_points_python_lines_to_js_lines() -> None:
    result = convert("var a = 1;\n\n\nfunction f() {\n  return a;\n}\nf();\n", "t.js")
    assert result.code is not None
    mapping = result.code.split('__ti2py_lines__ = "', 1)[1].split('"', 1)[0]
    lines = result.code.splitlines()
    pairs = [tuple(int(x) for x in item.split(":")) for item in mapping.split(";")]
    by_js = {js: lines[py - 1].strip() for py, js, _ in pairs}
    assert by_js[1] == "a = 1" and by_js[5] == "return a" and by_js[7] == "f()"


def test_line_map_rejects_mismatched_statement_counts() -> None:
    import pytest

    with pytest.raises(AssertionError):
        line_map("def main():\n    a = 1\n", [])


def test_emitter_routes_every_runtime_string_method_through_invoke() -> None:
    """A string method the runtime implements must be called through js.invoke (a Python str
    lacks it); the emitter's list and the runtime's table stay in step."""
    from ti2py.runtime.js.strings import METHODS
    from ti2py.transpiler.emit import STRING_METHODS

    assert set(METHODS) <= STRING_METHODS, set(METHODS) - STRING_METHODS


def test_remainder_is_plain_python_only_for_non_negative_integers() -> None:
    body = _main_body("var n = 0;\nfor (var i = 0; i < 9; i++) { n = (n + i) % 7; }\n"
                      "var d = 5; d--;\nvar a = d % 3;\nvar b = n % 0;\nvar x = Ti.x;\nvar c = n % x();\n")
    assert "n = (n + i) % 7" in body, "a counter and sums of counters stay non-negative"
    assert "a = js.mod(d, 3)" in body, "a decremented variable may be negative: JS's sign rule applies"
    assert "b = js.mod(n, 0)" in body and "c = js.mod(n, js.call(x))" in body


def test_object_item_writes_store_string_keys() -> None:
    body = _main_body("var o = {}, s = '\"a\"';\nfor (var i = 0; i < 3; i++) { o[i] = i; }\no[JSON.parse(s)] = 1;\n"
                      "o['k' + 1] = 2;\nTi.API.info(JSON.stringify(o));\n")
    assert "o[str(i)] = i" in body, "an integer key is written as JS's string of it"
    assert "o[js.key(JSON.parse(s))] = 1" in body
    assert 'o["k1"] = 2' in body, "a string key (here folded) is written as it is"


def test_a_conversion_leaves_no_cyclic_garbage() -> None:
    """The stages free their trees as they finish: the collector, paused during a conversion,
    finds (almost) nothing afterwards.  A stage object whose tables of bound methods form a
    cycle would keep the whole parse tree or IR alive until the collector walks it (on an
    8,000-line file that walk alone took a tenth of a second after every conversion)."""
    import gc

    source = "\n".join(f"function f{i}(a) {{ var t = [1, 2]; t.forEach(function (x) {{ a = a + x; }}); return a; }}"
                       f"\nf{i}({i}); // call {i}" for i in range(50))
    gc.collect()
    enabled = gc.isenabled()
    gc.disable()
    try:
        result = convert(source, "t.js")
        assert result.ok
        collected = gc.collect()
    finally:
        if enabled:
            gc.enable()
    assert collected < 100, f"{collected} objects in reference cycles after one conversion"


def test_no_ir_node_class_has_subclasses() -> None:
    """Walks pick nodes by exact class (``type(node) is ir.Name``, ir.by_type, the statement
    lists table), which is what ``isinstance`` picks only while no concrete node class has a
    subclass (Node, Expr and Stmt are the bases)."""
    def subclasses(cls: type) -> list[type]:
        return [sub for direct in cls.__subclasses__() for sub in (direct, *subclasses(direct))]

    bases = {ir.Node, ir.Expr, ir.Stmt}
    with_subclasses = [cls.__name__ for cls in subclasses(ir.Node) if cls not in bases and cls.__subclasses__()]
    assert not with_subclasses


def test_an_optional_chain_converts_without_diagnostics() -> None:
    # (the chain's own lowered name, `link`, was warned as an undefined variable: W011)
    result = convert("var s = {x: 1};\nTi.API.info(s?.x);\nfunction f(o) { return o?.a?.b; }\n", "t.js")
    assert result.code is not None and result.diagnostics.items == []
