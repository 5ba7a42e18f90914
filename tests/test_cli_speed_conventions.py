"""The parser decision (esprima-fork 5), start-up costs and the CLI's conventions.

Timings here are loose ceilings that only catch a regression by a large factor (an eager import
of the translator, a quadratic stage); the figures themselves are bench/run.py's table."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from cli import REPO
from ti2py.transpiler import convert
from ti2py.transpiler.diagnostics import Diagnostics
from ti2py.transpiler.parse import parse


def _errors(source: str) -> list[tuple[str, str]]:
    result = convert(source, "t.js")
    return [(d.code, d.message) for d in result.diagnostics.items if d.severity.value == "error"]


# -- the parser: ES2020+ parsed natively, what the IR lacks is E100 ---------------------------------
@pytest.mark.parametrize("source", [
    "a?.b?.[c]?.(d);", "var x = a ?? b;", "a ??= 1; b ||= 2; c &&= 3;", "a **= 2;",
    "try { f(); } catch { g(); }", "class A { x = 1; static y = 2; }",
    "var r = /(?<y>\\d{4})-\\k<y>/;", "var n = 1_000;",
])
def test_modern_syntax_parses_without_a_prepass(source: str) -> None:
    diag = Diagnostics("t.js")
    assert parse(source, diag) is not None, diag.render(source)


@pytest.mark.parametrize(("source", "what"), [
    ("class A { #secret = 1; }", "private class members"),
    ("class A { static { init(); } }", "a static initialization block"),
    ("var n = 10n;", "a BigInt literal"),
    ("async function* g() { yield 1; }", "an async generator"),
    ("f()[k()] ??= 1;", "the `??=` operator on the property of a computed object"),
    ("class A { static me = this; }", "`this` in a static class field"),
    ("var r = /\\p{L}/u;", "this regular expression (Python's re"),
])
def test_what_the_ir_lacks_is_a_not_translated_yet_error(source: str, what: str) -> None:
    errors = _errors(source)
    assert errors and errors[0][0] == "E100" and errors[0][1].startswith(what), errors


def test_an_optional_chain_as_assignment_target_is_a_syntax_error() -> None:
    assert [code for code, _ in _errors("var a = {};\na?.b = 1;\n")] == ["E001"]


def test_es_module_syntax_still_gets_its_hint() -> None:
    diag = Diagnostics("t.js")
    assert parse("var a = 1;\nimport x from 'y';\n", diag) is None
    (error,) = diag.items
    assert "CommonJS" in (error.hint or ""), error


def test_class_fields_are_set_by_the_constructor_after_super() -> None:
    result = convert("class A { constructor() { this.n = 1; } }\n"
                     "class B extends A { x = 2; constructor() { super(); this.y = this.x; } }\n", "t.js")
    assert result.code is not None, result.diagnostics.render(result.source)
    body = result.code.split("def B(this", 1)[1]
    assert body.index("js.super_call(A, this)") < body.index("this.x = 2") < body.index("this.y = this.x")


def test_the_parser_is_esprima_fork_5() -> None:
    from importlib import metadata

    assert metadata.version("esprima-fork").startswith("5.")
