"""Diagnostic codes are defined once (transpiler/diagnostic_codes.py) and cannot drift: every code a
stage names is in the catalog with its severity, every entry is used, the README's table is the
generated one; the Titanium lint's method names are the runtime's (transpiler/ti_api_names.py is
what its generator writes now) and W101 catches case typos of any of them."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from ti2py.transpiler import convert, diagnostic_codes, gen_ti_api_names
from ti2py.transpiler.diagnostic_codes import CODES, DiagnosticCodeError, Severity, lookup
from ti2py.transpiler.diagnostics import Diagnostics

ROOT = Path(__file__).resolve().parent.parent
TRANSPILER = ROOT / "transpiler"
CATALOG = TRANSPILER / "diagnostic_codes.py"
CODE = re.compile(r"""["']([EWN]\d{3})["']""")
# `diag.warning(\n    "W010", ...`: a literal code reported with an explicit severity.
CALL = re.compile(r"""\.(error|warning|note)\(\s*["']([EWN]\d{3})["']""")


def _sources() -> dict[Path, str]:
    return {path: path.read_text(encoding="utf-8") for path in sorted(TRANSPILER.rglob("*.py")) if path != CATALOG}


def test_every_code_a_stage_names_is_in_the_catalog_and_every_entry_is_used() -> None:
    used: dict[str, list[str]] = {}
    for path, text in _sources().items():
        for code in CODE.findall(text):
            used.setdefault(code, []).append(str(path.relative_to(ROOT)))
    unknown = {code: files for code, files in used.items() if code not in CODES}
    assert unknown == {}, "add these codes to transpiler/diagnostic_codes.py"
    assert sorted(set(CODES) - set(used)) == [], "catalog entries no stage reports: remove them"


def test_literal_call_sites_report_their_code_with_its_severity() -> None:
    wrong = [
        f"{path.relative_to(ROOT)}: {code} as {method}"
        for path, text in _sources().items()
        for method, code in CALL.findall(text)
        if CODES[code].severity.value != method
    ]
    assert wrong == []


def test_entries_are_complete_and_their_letter_is_their_severity() -> None:
    letter = {Severity.ERROR: "E", Severity.WARNING: "W", Severity.NOTE: "N"}
    for code, entry in CODES.items():
        assert entry.code == code and re.fullmatch(r"[EWN]\d{3}", code)
        assert code[0] == letter[entry.severity], code
        assert entry.message and entry.doc and "\n" not in entry.doc, code


def test_golden_diagnostics_say_what_the_catalog_says() -> None:
    """Stages that word their own message (scope, parse, build, emit) still match its template."""
    line = re.compile(r"^\S.*?:\d+:\d+: (error|warning|note): (.*) \[([EWN]\d{3})\]$", re.MULTILINE)
    seen = set()
    for path in sorted((ROOT / "tests" / "golden").glob("*/expected.diagnostics")):
        for severity, message, code in line.findall(path.read_text(encoding="utf-8")):
            entry = lookup(code, Severity(severity))
            assert entry.matches(message), f"{path.parent.name}: {message!r} is not {entry.message!r}"
            seen.add(code)
    assert {"E001", "E100", "W010", "W101", "W102", "W103", "W201", "N201"} <= seen


def test_reporting_an_unknown_code_or_another_severity_fails() -> None:
    diag = Diagnostics("t.js")
    with pytest.raises(DiagnosticCodeError, match="W999"):
        diag.warning("W999", "no such code", 1, 1)
    with pytest.raises(DiagnosticCodeError, match="declares a warning"):
        diag.error("W101", "a warning reported as an error", 1, 1)
    with pytest.raises(DiagnosticCodeError):
        diag.report("E777", 1, 1)
    assert diag.items == []


def test_report_fills_the_catalog_templates() -> None:
    diag = Diagnostics("t.js")
    diag.report("N201", 3, 5, receiver="urlSession")
    diag.report("W102", 4, 1, name="x", expression="x.y", hint="a hint of the stage's own")
    first, second = diag.items
    assert (first.severity, first.line, first.column) == (Severity.NOTE, 3, 5)
    assert first.message.startswith("`urlSession.downloadTask` is not in the native module")
    assert first.hint == "portable code calls session.downloadTask({url: ...})"
    assert second.hint == "a hint of the stage's own" and CODES["W102"].matches(second.message)


def test_readme_table_is_the_generated_one() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert diagnostic_codes.readme_table(readme) == diagnostic_codes.markdown_table(), (
        "README.md's table of codes is out of date: run "
        "python -m ti2py.transpiler.diagnostic_codes --update README.md"
    )
    assert diagnostic_codes.with_table(readme) == readme


def test_markdown_script_prints_the_table() -> None:
    out = subprocess.run([sys.executable, "-m", "ti2py.transpiler.diagnostic_codes", "--markdown"],
                         capture_output=True, text=True, check=True).stdout
    assert out == diagnostic_codes.markdown_table()
    assert all(f"| {code} |" in out for code in ("E002", "E900", "W203", "N001"))


# -- the Titanium lint's names ---------------------------------------------------------------------
def test_ti_api_names_is_what_the_generator_writes_from_the_runtime_now() -> None:
    assert gen_ti_api_names.TARGET.read_text(encoding="utf-8") == gen_ti_api_names.render(), (
        "transpiler/ti_api_names.py is out of date: run python -m ti2py.transpiler.gen_ti_api_names"
    )


def test_the_translator_does_not_import_the_runtime_ti_classes() -> None:
    """They cost 100-300 ms of start-up; the lint reads the generated names instead."""
    code = ("import sys, ti2py.transpiler.pipeline, ti2py.transpiler.project\n"
            "print(sorted(m for m in sys.modules if m.startswith('ti2py.runtime.ti')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def _w101(source: str) -> list[str]:
    result = convert(source, "t.js")
    return [d.message for d in result.diagnostics.items if d.code == "W101"]


@pytest.mark.parametrize(("call", "real"), [
    ("Ti.Network.createHttpClient({})", "createHTTPClient"),
    ("Ti.App.Properties.GetString('token')", "getString"),
    ("Titanium.App.Properties.setbool('on', true)", "setBool"),
    ("Ti.Database.Open('app.db')", "open"),
    ("Ti.UI.createwindow({})", "createWindow"),
    ("Ti.Filesystem.getfile('a.txt')", "getFile"),
])
def test_w101_catches_case_typos_of_any_modelled_method(call: str, real: str) -> None:
    receiver, method = call.split("(")[0].rsplit(".", 1)
    assert _w101(call + ";") == [
        f"`{receiver}.{method}` is not a method of the Titanium API; did you mean `{real}`?"
    ]


def test_w101_checks_a_ti_object_against_its_own_methods_and_spares_the_apps_own() -> None:
    assert _w101("var c = Ti.Network.createHTTPClient(); c.Send(); c.open('GET', 'https://example.com');") == [
        "`c.Send` is not a method of the Titanium API; did you mean `send`?"
    ]
    # `open` is a method of other Ti classes, but no case variant of one of Ti.Network's own.
    assert _w101("Ti.Network.Open();") == []
    own = """
        var store = { Open: function () {} };
        function Queue() {}
        Queue.prototype.Send = function () {};
        class Log { Info() {} }
        store.Open(); new Queue().Send(); new Log().Info();
    """
    assert _w101(own) == []


def test_scripts_check_and_update_their_files(tmp_path: Path) -> None:
    assert gen_ti_api_names.main(["--check"]) == 0
    readme = tmp_path / "README.md"
    readme.write_text(f"# Codes\n\n{diagnostic_codes.README_BEGIN}\n| old |\n{diagnostic_codes.README_END}\nmore\n")
    assert diagnostic_codes.main(["--update", str(readme)]) == 0
    assert readme.read_text() == (f"# Codes\n\n{diagnostic_codes.README_BEGIN}\n{diagnostic_codes.markdown_table()}"
                                  f"{diagnostic_codes.README_END}\nmore\n")
