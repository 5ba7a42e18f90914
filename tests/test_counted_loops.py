"""The counted-loop pass (passes/counted.py) and the Python ``for`` loops the emitter makes of it.

Behaviour against node is checked by the corpus (tests/js/corpus/loops_*.js); these pin what
the pass proves and refuses, one condition at a time."""

from __future__ import annotations

from ti2py.transpiler import ir
from ti2py.transpiler.build import build
from ti2py.transpiler.diagnostics import Diagnostics
from ti2py.transpiler.parse import parse
from ti2py.transpiler.passes import mark_counted_loops
from test_stages import _main_body


def _loops(source: str) -> list[ir.For]:
    diag = Diagnostics("t.js")
    parsed = parse(source, diag)
    assert parsed is not None, diag.render(source)
    body = mark_counted_loops(ir.clone(build(parsed, diag).body))
    return [n for s in body for n in ir.walk(s) if isinstance(n, ir.For)]


def _counted(source: str) -> ir.Counted | None:
    (loop,) = _loops(source)
    return loop.counted


def _each(source: str) -> str | None:
    counted = _counted(source)
    return counted.each if counted is not None else None


def test_a_counting_loop_gets_its_bounds_and_step() -> None:
    counted = _counted("for (var i = 0; i < 10; i++) { f(i); }")
    assert counted is not None and (counted.var, counted.step, counted.fixed, counted.each) == ("i", 1, True, None)
    assert counted.stop == ir.Literal(10, loc=counted.stop.loc)
    inclusive = _counted("for (let k = 1; k <= 3; k += 2) { f(k); }")
    assert inclusive is not None and inclusive.stop.value == 4 and inclusive.step == 2 and inclusive.kind == "let"
    down = _counted("for (var i = n - 1; i >= 0; i--) { f(i); }")
    assert down is not None and down.step == -1 and down.stop.value == -1
    before_last = _counted("for (var i = a.length; i > 1; i -= 1) { f(i); }")
    assert before_last is not None and before_last.step == -1 and before_last.stop.value == 1


def test_loops_whose_counter_lives_on_are_left_alone() -> None:
    assert _counted("for (var i = 0; i < 10; i++) { if (f(i)) i++; }") is None, "the body moves the counter"
    assert _counted("for (var i = 0; i < 10; i++) { if (f(i)) break; }\nuse(i);") is None, "read after the loop"
    assert _counted("for (var i = 0; i < 10; i++) { fs.push(function () { return i; }); }") is None, "a closure reads it"
    assert _counted("for (var i = 0; i < 10; i += 0.5) { f(i); }") is None, "not an integer step"
    assert _counted("for (var i = 0; i != 10; i++) { f(i); }") is None, "not an ordering test"


def test_a_counter_reused_by_a_later_loop_is_still_dead() -> None:
    first, second = _loops("for (var i = 0; i < 3; i++) { f(i); }\nfor (i = 0; i < 4; i++) { g(i); }")
    assert first.counted is not None and second.counted is not None
    outer, inner = _loops("for (var i = 0; i < 3; i++) { for (i = 0; i < 2; i++) {} }")
    assert inner.counted is None, "the outer loop reads i after the inner one"


def test_a_let_counter_may_be_captured_per_iteration() -> None:
    counted = _counted("for (let i = 0; i < 3; i++) { fs.push(function () { return i; }); }")
    assert counted is not None and counted.kind == "let"
    assert _counted("for (let i = 0; i < 3; i++) { fs.push(function () { i = 9; }); }") is None


def test_a_bound_that_can_change_is_not_fixed() -> None:
    assert _counted("for (var i = 0; i < n; i++) { n--; }") is None
    grows = _counted("for (var i = 0; i < a.length; i++) { a.push(a[i]); }")
    assert grows is not None and not grows.fixed and grows.each == "a", "the list iterator sees the pushes"
    assert _counted("for (var i = 0; i < a.length; i++) { g(i); }") is None, "g might change a's length"
    assert _counted("for (var i = 0; i < a.length; i++) { a[i] = a[i] * 2; }").fixed is True


def test_item_reads_make_an_each_loop() -> None:
    items_only = _counted("for (var j = 0; j < fns.length; j++) { s = s + fns[j]; }")
    assert items_only is not None and items_only.each == "fns" and not items_only.index_used
    # Called as a method of the array (`this` is `fns`), the item keeps its index beside it.
    called = _counted("for (var j = 0; j < fns.length; j++) { s = fns[j](s); }")
    assert called is not None and called.each == "fns" and called.index_used
    with_index = _counted("for (var j = 0; j < a.length; j++) { out(j, a[j]); }")
    assert with_index is not None and with_index.each == "a" and with_index.index_used


def test_no_each_where_an_item_could_change_before_it_is_read() -> None:
    assert _counted("for (var j = 0; j < a.length; j++) { a[j] = 0; }").each is None
    assert _each("for (var j = 0; j < a.length; j++) { use(a[j]); a.sort(); }") is None, "reorders the items"
    assert _each("for (var j = 0; j < a.length; j++) { g(); use(a[j]); }") is None, "read after a call"
    assert _each("for (var j = 0; j < a.length; j++) { use(a[j]); g(a); }") is None, "a escapes"
    assert _each("for (var j = 0; j < a.length; j++) { use(a[j]); a = []; }") is None, "a is replaced"
    assert _counted("for (var j = 0; j < a.length; j++) { fs.push(function () { return a[j]; }); }") is None
    read_twice = "for (var j = 0; j < a.length; j++) { while (k--) { use(a[j]); g(); } }"
    assert _each(read_twice) is None, "the inner loop's second turn reads after the call"


def test_emitter_writes_python_for_loops() -> None:
    body = _main_body("var fns = [];\nfor (var i = 0; i < 3; i++) { fns.push(i); }\n"
                      "for (var j = 0; j < fns.length; j++) { Ti.API.info(fns[j]); }\n"
                      "for (var k = fns.length - 1; k >= 0; k--) { Ti.API.info(k + ':' + fns[k]); }\n")
    assert "for i in range(3):" in body
    assert "for fn in fns:" in body and "Ti.API.info(fn)" in body
    assert "for k, fn_2 in enumerate(fns)" not in body and "for k in range(len(fns) - 1, -1, -1):" in body


def test_emitter_keeps_while_where_the_types_are_unknown() -> None:
    body = _main_body("function f(n, list) { for (var i = 0; i < n; i++) { g(i); }\n"
                      "  for (var j = 0; j < list.length; j++) { g(list[j]); } }\nf(JSON.parse(a), JSON.parse(b));")
    assert "while js.lt(i, n):" in body or "while i < n:" in body, body
    assert "for " not in body.replace("for_", ""), "neither n nor list is known to be a number/array"
