"""Function-value flow (transpiler/flow.py) and the parameter and result types it gives."""

from __future__ import annotations

from ti2py.transpiler import convert, ir
from ti2py.transpiler.build import build
from ti2py.transpiler.diagnostics import Diagnostics
from ti2py.transpiler.infer import Types
from ti2py.transpiler.jstype import JSType
from ti2py.transpiler.parse import parse
from ti2py.transpiler.passes import lower
from ti2py.transpiler.scope import analyse


def _types(source: str) -> tuple[Types, list[ir.Node]]:
    diag = Diagnostics("t.js")
    parsed = parse(source, diag)
    assert parsed is not None, diag.render(source)
    program = analyse(lower(build(parsed, diag)), diag)
    nodes = list(ir.walk(program.main))
    return Types(program, nodes), nodes


def _calls(nodes: list[ir.Node]) -> list[ir.Call]:
    return [n for n in nodes if isinstance(n, ir.Call)]


def test_direct_calls_type_parameters_and_results() -> None:
    types, _ = _types("function pad(n) { return n < 10 ? '0' + n : '' + n; }\nvar a = pad(3), b = pad(12);\n")
    assert types.names["n"] is JSType.NUM and "n" in types.natural_names
    assert types.names["a"] is JSType.STR and "a" in types.ascii_names


def test_a_missing_argument_is_undefined() -> None:
    types, _ = _types("function f(x, y) { return x; }\nf(1);\nf(2, 3);\n")
    assert types.names["x"] is JSType.NUM and types.names["y"] is None, "y is a number or undefined"


def test_types_are_values_of_one_enum() -> None:
    types, _ = _types("var s = 'a', n = 1, o = {}, f = function () {};\nvar a = [1];\nvar j = JSON.stringify(a);\n")
    assert {name: types.names[name] for name in "snofaj"} == {
        "s": JSType.STR, "n": JSType.NUM, "o": JSType.OBJECT, "f": JSType.FUNCTION, "a": JSType.ARRAY,
        "j": JSType.STR}
    assert all(kind is None or isinstance(kind, JSType) for kind in types.names.values())
    assert JSType.PENDING not in types.names.values(), "solving leaves no variable pending"
    assert types.infer(ir.Literal("x")) != "str", "a type is not its name"


def test_a_function_that_escapes_keeps_unknown_parameters() -> None:
    types, _ = _types("function onTick(n) { return n + 1; }\nonTick(1);\nsetTimeout(onTick, 10);\n")
    assert types.names["n"] is None, "setTimeout could call it with anything"
    types, _ = _types("function f(n) { return n; }\nf(1);\nvar o = { g: f };\n")
    assert types.names["n"] is None, "stored in an object"


def test_closures_through_an_array_are_followed() -> None:
    source = ("function make(n) { return function (x) { return (x + n) % 7; }; }\n"
              "var fns = [];\nfor (var i = 0; i < 3; i++) { fns.push(make(i)); }\n"
              "var s = 0;\nfor (var j = 0; j < fns.length; j++) { s = fns[j](s); }\n")
    types, nodes = _types(source)
    assert {"n", "x", "s"} <= types.int_names
    (through_array,) = [c for c in _calls(nodes) if isinstance(c.callee, ir.Member) and c.callee.computed]
    assert len(types.callees[id(through_array)]) == 1


def test_an_array_handed_elsewhere_lets_its_functions_escape() -> None:
    source = ("function make(n) { return function (x) { return x + n; }; }\n"
              "var fns = [make(1)];\nvar t = fns[0](2);\n")
    types, _ = _types(source)
    assert types.names["x"] is None, "an array literal is not followed: its items escape"
    source = ("function make(n) { return function (x) { return x + n; }; }\n"
              "var fns = [];\nfns.push(make(1));\nregister(fns);\nvar t = fns[0](2);\n")
    types, _ = _types(source)
    assert types.names["x"] is None, "register() could call the items"


def test_a_call_through_a_variable_that_may_hold_other_values_has_no_known_result() -> None:
    source = ("function one() { return 1; }\n"
              "function run(f) { var g = one; if (f) g = f; return g(); }\nvar r = run(JSON.parse(s));\n")
    types, nodes = _types(source)
    (through_g,) = [c for c in _calls(nodes) if isinstance(c.callee, ir.Name) and c.callee.id == "g"]
    assert id(through_g) not in types.callees and types.names["r"] is None


def test_generated_code_of_typed_closures_is_plain_python() -> None:
    result = convert("function makeAdder(n) { return function (x) { return (x + n) % 1000003; }; }\n"
                     "var fns = [];\nfor (var i = 0; i < 3; i++) fns.push(makeAdder(i));\n"
                     "var sum = 0;\nfor (var j = 0; j < fns.length; j++) sum = fns[j](sum);\n"
                     "Ti.API.info('sum ' + sum);\n", "t.js")
    assert result.code is not None
    assert "return (x + n) % 1000003" in result.code and "for fn in fns:" in result.code
    assert 'Ti.API.info(f"sum {sum_}")' in result.code


def test_objects_used_as_integer_maps_read_as_integers() -> None:
    source = ("var counts = {};\nvar words = JSON.parse(s);\n"
              "for (var i = 0; i < words.length; i++) { counts[words[i]] = (counts[words[i]] || 0) + 1; }\n"
              "var total = 0;\nfor (var k in counts) { total += counts[k]; }\n")
    types, _ = _types(source)
    assert "counts" in types.int_maps and "total" in types.int_names
    escaped, _ = _types(source + "register(counts);\n")
    assert "counts" not in escaped.int_maps, "register() could store anything in it"
    stringy, _ = _types(source.replace("+ 1;", "+ '!';"))
    assert "counts" not in stringy.int_maps
    result = convert(source + "Ti.API.info('total ' + total);\n", "t.js")
    assert result.code is not None
    assert "] or 0) + 1" in result.code and "js.add" not in result.code
    assert "for k in counts:" in result.code and "total += counts[k]" in result.code
