"""The line map's reading of the formatted text (format._statement_lines_by_text) finds the
statements Python's parser finds, on every golden and on every corpus program's conversion, and
gives way to the parser on the shapes it does not read."""

from __future__ import annotations

from pathlib import Path

import pytest

from ti2py.transpiler import convert
from ti2py.transpiler.format import _statement_lines, _statement_lines_by_text

TESTS = Path(__file__).parent


def test_goldens_and_corpus_statements_are_read_as_the_parser_reads_them() -> None:
    outputs = [p.read_text(encoding="utf-8") for p in sorted((TESTS / "golden").glob("*/expected.py"))]
    for program in sorted((TESTS / "js" / "corpus").glob("*.js")):
        result = convert(program.read_text(encoding="utf-8"), program.name)
        if result.code is not None:
            outputs.append(result.code)
    assert len(outputs) > 200
    read = [_statement_lines_by_text(code) for code in outputs]
    assert sum(lines is not None for lines in read) > 0.9 * len(outputs)  # the fast way does the work
    assert [lines for lines in read if lines is not None] == \
        [_statement_lines(code) for code, lines in zip(outputs, read) if lines is not None]


@pytest.mark.parametrize("body, expected", [
    ("    x = 1\n    if x:\n        y = (\n            2\n        )\n    else:\n        y = 3\n", [5, 6, 7, 11]),
    ("    class A:\n        z = 1\n    with f() as g:\n        h = 2\n    k = 3\n", [5, 7, 9]),
    ("    @js.named('f')\n    def f():\n        return '(' + \"[\"\n    try:\n        f()\n"
     "    except JSError as e:\n        pass\n    finally:\n        q = {'a': [1,\n 2]}\n", [6, 7, 8, 9, 11, 13]),
])
def test_small_shapes(body: str, expected: list[int]) -> None:
    code = f'"""doc"""\n\n\ndef main():\n{body}\n\n__ti2py_source__ = "x.js"\n'
    assert _statement_lines(code) == expected
    assert _statement_lines_by_text(code) == expected


@pytest.mark.parametrize("body", [
    '    s = """a\n    b"""\n',  # a string over several lines
    "    x = 1 + \\\n        2\n",  # a backslash continuation
    "    try:\n        pass\n    except* ValueError:\n        pass\n",  # a try/except* (not entered)
])
def test_unusual_shapes_go_to_the_parser(body: str) -> None:
    code = f'"""doc"""\n\n\ndef main():\n{body}\n\n__ti2py_source__ = "x.js"\n'
    assert _statement_lines_by_text(code) is None


def test_runtime_names_are_read_as_the_symbol_tables_read_them() -> None:
    """The import block's names, read from the text (format._names_used_by_text), are the ones
    Python's symbol tables find, on every golden and corpus program's conversion."""
    from ti2py.transpiler.format import _names_used, _names_used_by_text
    from ti2py.transpiler.names import RUNTIME_EXPORTS

    outputs = [p.read_text(encoding="utf-8") for p in sorted((TESTS / "golden").glob("*/expected.py"))]
    for program in sorted((TESTS / "js" / "corpus").glob("*.js")):
        result = convert(program.read_text(encoding="utf-8"), program.name)
        if result.code is not None:
            outputs.append(result.code)
    read = [_names_used_by_text(code) for code in outputs]
    assert sum(names is not None for names in read) > 0.9 * len(outputs)
    assert [names for names in read if names is not None] == \
        [_names_used(code) & RUNTIME_EXPORTS for code, names in zip(outputs, read) if names is not None]


def test_text_of_strings_and_comments_names_nothing() -> None:
    from ti2py.transpiler.format import _names_used_by_text

    code = ('"""Ti.js, converted."""\n\n\ndef main():\n    x = "JSON.parse(Ti)"  # Math, js\n'
            '    y = f"{js.to_str(x)} {{JSObject}} {d[\'Ti\']}"\n    z = e.JSArray\n    w = JSObject(Math=1)\n')
    assert _names_used_by_text(code) == {"js", "JSObject"}


def test_generated_code_that_does_not_parse_is_an_internal_error(monkeypatch: pytest.MonkeyPatch) -> None:
    """A translator bug that emits bad Python is E900 with the parser's words, not a traceback
    (the formatter is the one that parses on the text's way)."""
    from ti2py.transpiler import pipeline

    monkeypatch.setattr(pipeline, "emit", lambda program, diag, facts: ("    x = (1,\n", []))
    result = convert("var a = 1;", "bad.js")
    assert result.code is None
    assert [d.code for d in result.diagnostics.items] == ["E900"]
    assert "does not parse" in result.diagnostics.items[0].message
