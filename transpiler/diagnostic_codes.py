"""Every diagnostic code ti2py reports, defined once: severity, message, hint and one line of docs.

A stage names a code of :data:`CODES` when it reports (``diag.report("W101", line, col, ...)``, or
``diag.error("E100", message, ...)`` with its own wording); :class:`~.diagnostics.Diagnostics`
looks the code up and raises :class:`DiagnosticCodeError` for a code that is not here or is
reported with another severity, so a new code cannot be used without an entry.  The README's
table of codes is generated from this one::

    python -m ti2py.transpiler.diagnostic_codes --markdown         # print the table
    python -m ti2py.transpiler.diagnostic_codes --update README.md  # rewrite it in place

Messages and hints are :meth:`str.format` templates: ``{receiver}`` is a field filled by the
reporting stage, ``{{`` a literal brace.  The code's letter is its severity (E error, W warning,
N note), so a code keeps its severity for good.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from enum import Enum
from pathlib import Path


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    NOTE = "note"


@dataclass(frozen=True)
class Code:
    code: str
    severity: Severity
    message: str  # template of the message (fields in braces)
    hint: str  # template of the hint shown under it, "" for none
    doc: str  # one line for the README: when the code is reported

    def format(self, hint: str | None = None, **fields: object) -> tuple[str, str]:
        """(message, hint) with ``fields`` filled in; ``hint`` replaces the catalog's hint."""
        return self.message.format(**fields), (self.hint.format(**fields) if hint is None else hint)

    def matches(self, message: str) -> bool:
        """True if ``message`` is this code's template with some text in each field."""
        return _template_pattern(self.message).fullmatch(message) is not None


ERROR, WARNING, NOTE = Severity.ERROR, Severity.WARNING, Severity.NOTE
_PLANNED = "ti2py translates the ES5 core that Titanium apps use; this construct is planned"

CODES: dict[str, Code] = {entry.code: entry for entry in (
    Code("E001", ERROR, "{description}", "",
         "a syntax error: the parser's message, with a hint for the common mistakes"),
    Code("E002", ERROR, "the program nests too deeply to parse", "",
         "expressions or blocks nested too deeply for the parser"),
    Code("E003", ERROR, "`var {name}` in eval code redeclares a let, const, class or parameter of the code that calls eval", "",
         "eval'd text whose `var` (or function) takes a name the calling code declared block-scoped (JS: a SyntaxError)"),
    Code("E100", ERROR, "{what} is not supported yet", _PLANNED,
         "a construct ti2py does not translate yet, named with its line:column"),
    Code("E900", ERROR, "internal error: {error}", "",
         "a translator bug (the generated module is not valid Python, or a stage failed): please report it"),
    Code("W010", WARNING, "`{name}` is assigned without being declared (an implicit global)",
         "declare it with `var {name};` at the top of app.js",
         "an implicit global: a name assigned without `var`/`let`/`const`"),
    Code("W011", WARNING, "`{name}` is not defined (a ReferenceError when this line runs)", "",
         "a name read that nothing declares or assigns"),
    Code("W101", WARNING, "`{receiver}.{method}` is not a method of the Titanium API; did you mean `{suggestion}`?",
         "on a device this call throws a TypeError",
         "a method name that differs only in case from a Titanium one (`Ti.Network.createHttpClient`)"),
    Code("W102", WARNING, "`{name}` is used but never assigned: it is undefined here, so reading `{expression}` "
         "throws a TypeError when this runs", "assign `{name}` before this line runs",
         "a variable read but never assigned (always `undefined`)"),
    Code("W103", WARNING, "`{receiver}.{method}` is deprecated since urlSession 2.1.0 (SDK 6.1.0)", "use {replacement}",
         "the module-level functions of urlSession 1.x/2.0"),
    Code("W104", WARNING, "Ti.App.iOS has no `{event}` event{suggestion}", "",
         "a `Ti.App.iOS` event name that does not exist"),
    Code("W105", WARNING, "`{receiver}.{method}` is not part of the Titanium API ti2py models",
         "running this call is a TypeError naming it; ti2py has no stand-in for it",
         "a call of a Ti API the runtime lacks (`Ti.Contacts.getAllPeople`, `Ti.Media.createVideoPlayer`)"),
    Code("W201", WARNING, "`{event}` needs the `{mode}` background mode; no tiapp.xml declares it, "
         "so ti2py enables it for this file",
         "a device needs <key>UIBackgroundModes</key><array><string>{mode}</string></array> in tiapp.xml",
         "a bare `.js` listens for an event that needs a background mode (ti2py enables it)"),
    Code("W202", WARNING, "tiapp.xml does not declare the `{mode}` background mode: on a device this `{event}` "
         "listener is refused and never called", "add <string>{mode}</string> to UIBackgroundModes in tiapp.xml",
         "a project's tiapp.xml lacks the background mode a listener needs"),
    Code("W203", WARNING, "com.appcelerator.urlSession is required but not listed in tiapp.xml <modules>",
         'add <module platform="iphone">com.appcelerator.urlSession</module> to <modules>',
         "a project requires urlSession without listing the module in tiapp.xml"),
    Code("W204", WARNING, "the file is not UTF-8; read as Windows-1252 (Latin-1)", "",
         "a project file that is not UTF-8 (older apps saved in Latin-1): read as Windows-1252"),
    Code("N001", NOTE, "`{name}` translates its text with ti2py when it runs, in the global scope (it cannot "
         "see this function's local variables)", "",
         "`eval`/`Function`: their text is translated and confined at run time, with indirect-eval scope"),
    Code("N201", NOTE, "`{receiver}.downloadTask` is not in the native module (it is a Session method); ti2py "
         "runs it on the module's most recently created session, as the seed example expects",
         "portable code calls session.downloadTask({{url: ...}})",
         "`urlSession.downloadTask` on the module: run on its newest session, as the seed expects"),
)}


class DiagnosticCodeError(LookupError):
    """A stage reported a code that is not in :data:`CODES`, or with another severity: a ti2py bug."""


def lookup(code: str, severity: Severity | None = None) -> Code:
    """The catalog entry of ``code``; raises :class:`DiagnosticCodeError` if there is none or
    if ``severity`` is not the entry's."""
    entry = CODES.get(code)
    if entry is None:
        raise DiagnosticCodeError(f"diagnostic code {code!r} is not in transpiler/diagnostic_codes.py")
    if severity is not None and severity is not entry.severity:
        raise DiagnosticCodeError(f"{code} is reported as a {severity.value}, "
                                  f"but transpiler/diagnostic_codes.py declares a {entry.severity.value}")
    return entry


_patterns: dict[str, re.Pattern[str]] = {}


def _template_pattern(template: str) -> re.Pattern[str]:
    pattern = _patterns.get(template)
    if pattern is None:
        import string  # (here: only tests match messages, and conversions import this module)

        parts = []
        for literal, field, _spec, _conversion in string.Formatter().parse(template):
            parts.append(re.escape(literal))
            if field is not None:
                parts.append(".*?")  # (a field may be empty: W104's suggestion)
        pattern = _patterns[template] = re.compile("".join(parts), re.DOTALL)
    return pattern


# -- the README's table -------------------------------------------------------------------------------
README_BEGIN = ("<!-- diagnostic codes: generated by "
                "`python -m ti2py.transpiler.diagnostic_codes --update README.md` -->")
README_END = "<!-- end of diagnostic codes -->"


def markdown_table() -> str:
    """The table of every code, in code order, as the README shows it."""
    rows = ["| Code | Severity | Reported for |", "| --- | --- | --- |"]
    for entry in sorted(CODES.values(), key=_order):
        rows.append(f"| {entry.code} | {entry.severity.value} | {entry.doc.replace('|', '&#124;')} |")
    return "\n".join(rows) + "\n"


def _order(entry: Code) -> tuple[int, str]:
    return ("EWN".index(entry.code[0]), entry.code)  # errors, then warnings, then notes


def readme_table(text: str) -> str | None:
    """The generated block of a README's text (between the markers), or None without markers."""
    begin, end = text.find(README_BEGIN), text.find(README_END)
    if begin < 0 or end < begin:
        return None
    return text[begin + len(README_BEGIN):end].strip("\n") + "\n"


def with_table(text: str) -> str:
    """``text`` with its generated block replaced by the current table."""
    if readme_table(text) is None:
        raise ValueError(f"no {README_BEGIN!r} ... {README_END!r} block")
    begin, end = text.find(README_BEGIN) + len(README_BEGIN), text.find(README_END)
    return f"{text[:begin]}\n{markdown_table()}{text[end:]}"


def main(argv: list[str] | None = None) -> int:
    import argparse  # (here: the translator imports this module on every conversion)

    parser = argparse.ArgumentParser(prog="python -m ti2py.transpiler.diagnostic_codes",
                                     description=__doc__.split("\n")[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--markdown", action="store_true", help="print the table of codes in Markdown")
    group.add_argument("--update", metavar="README", type=Path, help="rewrite the table of codes in this file")
    args = parser.parse_args(argv)
    if args.markdown:
        sys.stdout.write(markdown_table())
        return 0
    path: Path = args.update
    text = path.read_text(encoding="utf-8")
    try:
        updated = with_table(text)
    except ValueError as exc:
        parser.error(f"{path}: {exc}")
    if updated != text:
        path.write_text(updated, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
