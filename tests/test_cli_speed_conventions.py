"""The parser decision (esprima-fork 5), start-up costs and the CLI's conventions.

Timings here are loose ceilings that only catch a regression by a large factor (an eager import
of the translator, a quadratic stage); the figures themselves are bench/run.py's table."""

from __future__ import annotations

import subprocess
import sys

import pytest

from cli import REPO, SAMPLES, ti2py
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
    ("async function f(y) { for await (const x of y) { Ti.API.info(x); } }", "`for await`"),
    ("f()[k()] ??= 1;", "the `??=` operator on the property of a computed object"),
    ("class A { static me = this; }", "`this` in a static class field"),
    ("var r = /(?<$n>a)/;", "this regular expression (Python's re"),  # (a group name Python's re cannot hold)
    ("var r = /a/d;", "this regular expression (the `d` flag"),
    ("var r = /[[a]--[b]]/v;", "this regular expression (Python's re: the `v` flag's set operations"),
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
    assert body.index("this = js.super_call(B, this)") < body.index("this.x = 2") < body.index("this.y = this.x")


def test_the_parser_is_esprima_fork_5() -> None:
    from importlib import metadata

    assert metadata.version("esprima-fork").startswith("5.")


# -- start-up: what each command imports ----------------------------------------------------------
def _imported(*args: str, stdin: str = "") -> set[str]:
    """The modules a CLI run imports (python -X importtime reports each on stderr)."""
    done = subprocess.run([sys.executable, "-X", "importtime", "-m", "ti2py.transpiler.cli", *args],
                          input=stdin, capture_output=True, text=True, timeout=120, cwd=REPO)
    return {line.rsplit("|", 1)[1].strip() for line in done.stderr.splitlines() if line.startswith("import time:")}


@pytest.mark.parametrize("args", [("--help",), ("--version",), ("convert", "missing.js"), ("convert", "x.js", "--bad")])
def test_help_version_and_usage_errors_load_neither_translator_nor_runtime(args: tuple[str, ...]) -> None:
    modules = _imported(*args)
    assert "argparse" in modules
    heavy = {m for m in modules if m.split(".")[0] in ("esprima", "jinja2", "black", "libcst")
             or m.startswith(("ti2py.runtime", "ti2py.transpiler.pipeline"))}
    assert not heavy, heavy


def test_a_conversion_to_stdout_loads_no_black_libcst_or_runtime(tmp_path) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "one.js"
    source.write_text("var x = 1;\nTi.API.info(x);\n")
    modules = _imported("convert", str(source))
    assert "ti2py.transpiler.pipeline" in modules and "esprima" in modules
    # The one runtime fact the translator reads is the confinement rule, a module without imports
    # (its packages load their names lazily, through runtime/lazy.py).
    shared = {"ti2py.runtime", "ti2py.runtime.lazy", "ti2py.runtime.js", "ti2py.runtime.js.exposed"}
    heavy = {m for m in modules if m.split(".")[0] in ("black", "libcst") or m.startswith("ti2py.runtime")} - shared
    assert not heavy, heavy


def test_the_import_block_goes_where_libcst_puts_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """The text insertion after the template's docstring gives libcst's bytes, on every golden."""
    from test_golden import CASES, GOLDEN
    from ti2py.transpiler import format as fmt
    from ti2py.transpiler import pipeline

    seen: list[str] = []

    def recording(code: str) -> str:
        seen.append(code)
        return fmt.add_runtime_imports(code)

    monkeypatch.setattr(pipeline, "add_runtime_imports", recording)
    for case in CASES:
        convert((GOLDEN / case / "input.js").read_text(encoding="utf-8"), "input.js")
    assert len(seen) > 30
    for code in seen:
        import ast

        names = {n.id for n in ast.walk(ast.parse(code)) if isinstance(n, ast.Name)}
        used = sorted(names & fmt.RUNTIME_EXPORTS, key=lambda n: (n.lower(), n))
        if used:
            assert fmt.add_runtime_imports(code) == fmt._add_import_with_libcst(code, code.index("\ndef main("), used)
    other_header = '# a comment first\n"""Doc."""\nimport os\n\n\ndef main():\n    js.f()\n'
    assert fmt.add_runtime_imports(other_header) == ('# a comment first\n"""Doc."""\nfrom ti2py.runtime import js\n'
                                                     'import os\n\n\ndef main():\n    js.f()\n')


@pytest.mark.parametrize("formatter", ["ruff", "black"])
def test_the_line_map_statement_has_the_formatters_shape(formatter: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from ti2py.transpiler import format as fmt

    if formatter == "black":
        monkeypatch.setenv("TI2PY_FORMATTER", "black")
    fmt._ruff_binary.cache_clear()
    try:
        for length in (0, 10, 66, 67, 68, 69, 70, 80, 81, 82, 83, 84, 85, 86, 120, 400):
            mapping = ("1:2:3;" * 100)[:length]
            assert fmt.lines_statement(mapping) + "\n" == fmt.format_code(f'__ti2py_lines__ = "{mapping}"\n'), length
    finally:
        fmt._ruff_binary.cache_clear()


# -- conventions: stdin/stdout, -q/-v, the count line, exit code 2 for usage errors ---------------
def _stdin(source: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "ti2py.transpiler.cli", "convert", "-", *args], input=source,
                          capture_output=True, text=True, timeout=120, cwd=REPO)


def test_convert_dash_reads_stdin_and_writes_stdout() -> None:
    sample = SAMPLES / "seed" / "url_session_download.js"
    piped = _stdin(sample.read_text(encoding="utf-8"))
    from_file = ti2py("convert", str(sample))
    assert piped.returncode == 0, piped.stderr
    assert piped.stdout.startswith('"""<stdin>, converted to Python.')
    body = piped.stdout.split("\ndef main(", 1)[1]
    assert body == from_file.stdout.split("\ndef main(", 1)[1].replace('"url_session_download.js"', '"<stdin>"')


def test_stdin_to_a_file_and_diagnostics_name_stdin(tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "app.py"
    done = _stdin("var a = b;\nTi.API.info(a);\n", "-o", str(out))
    assert done.returncode == 0 and out.is_file() and done.stdout == ""
    assert done.stderr.startswith("<stdin>:1:9: warning:") and "[W011]" in done.stderr
    assert done.stderr.splitlines()[-2:] == ["ti2py: <stdin>: 1 warning", f"ti2py: wrote {out}"]
    assert _stdin("var s = '\u00e9';\nTi.API.info(s);\n").returncode == 0, "UTF-8 text is read as UTF-8"
    latin1 = subprocess.run([sys.executable, "-m", "ti2py.transpiler.cli", "convert", "-"], input=b"var s = '\xe9';\n",
                            capture_output=True, timeout=120, cwd=REPO)
    assert latin1.returncode == 2 and b"<stdin>: not UTF-8" in latin1.stderr


def test_closing_count_line_counts_errors_and_warnings() -> None:
    failed = _stdin("var a = b;\nvar c = d;\nvar e = ;\n")
    assert failed.returncode == 1 and failed.stdout == ""
    assert failed.stderr.splitlines()[-1] == "ti2py: <stdin>: 1 error; no output written"
    warned = _stdin("var a = b;\nvar c = d;\nTi.API.info(a + c);\n")
    assert warned.returncode == 0 and warned.stderr.splitlines()[-1] == "ti2py: <stdin>: 2 warnings"
    clean = _stdin("var a = 1;\nTi.API.info(a);\n")
    assert clean.returncode == 0 and clean.stderr == ""


def test_quiet_shows_only_what_fails_and_verbose_shows_stages(tmp_path) -> None:  # type: ignore[no-untyped-def]
    quiet = _stdin("var a = b;\nTi.API.info(a);\n", "-q", "-o", str(tmp_path / "a.py"))
    assert quiet.returncode == 0 and quiet.stderr == ""
    quiet_error = _stdin("var a = b;\nvar e = ;\n", "-q")
    assert quiet_error.returncode == 1 and "[E001]" in quiet_error.stderr and "[W011]" not in quiet_error.stderr
    quiet_werror = _stdin("var a = b;\n", "-q", "--werror")
    assert quiet_werror.returncode == 1 and "[W011]" in quiet_werror.stderr
    verbose = _stdin("var a = 1;\n", "-v")
    assert verbose.returncode == 0
    assert "parse " in verbose.stderr and "format " in verbose.stderr and "(formatter: " in verbose.stderr


@pytest.mark.parametrize("args", [
    ("convert", "missing.js"), ("convert", "x.js", "--bad-option"), ("convert", "-", "-q", "-v"),
    ("convert", "x.js", "--jobs", "many"), ("convert", "samples", "-o", "out"), ("convert", "-", "--check"),
    ("run", "missing.py"), ("run", "missing.js"), ("push", "{}"), ("nonsense",), (),
])
def test_every_usage_error_exits_2_with_a_message_and_no_traceback(args: tuple[str, ...]) -> None:
    done = subprocess.run([sys.executable, "-m", "ti2py.transpiler.cli", *args], input="", capture_output=True,
                          text=True, timeout=120, cwd=REPO)
    assert done.returncode == 2, (args, done.stderr)
    assert done.stderr.strip() and "Traceback" not in done.stderr, args
