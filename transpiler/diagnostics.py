"""Diagnostics are collected, not raised: every stage appends to one :class:`Diagnostics` list.

A diagnostic is (severity, code, message, file, line, column) plus an optional hint.  Its code
is one of :data:`~.diagnostic_codes.CODES`, which gives its severity, wording and docs; reporting
a code that is not there (or with another severity) raises
:class:`~.diagnostic_codes.DiagnosticCodeError`.  The policy
(:attr:`Diagnostics.warnings_as_errors`) decides what fails a conversion; rendering gives the
compiler-style ``FILE:LINE:COL: error: message``, the source line, a caret and the hint.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .diagnostic_codes import DiagnosticCodeError, Severity, lookup

__all__ = ["Diagnostic", "DiagnosticCodeError", "Diagnostics", "Severity"]


@dataclass(frozen=True)
class Diagnostic:
    severity: Severity
    code: str
    message: str
    file: str
    line: int  # 1-based
    column: int  # 1-based
    hint: str = ""

    def render(self, source: str | None = None) -> str:
        lines = [f"{self.file}:{self.line}:{self.column}: {self.severity.value}: {self.message} [{self.code}]"]
        if source is not None and self.line >= 1:
            src_lines = source.splitlines()
            if self.line <= len(src_lines):
                text, caret = _excerpt(src_lines[self.line - 1].expandtabs(4), max(0, self.column - 1))
                lines.append(f"    {text}")
                lines.append("    " + " " * caret + "^")
        if self.hint:
            lines.extend(f"  hint: {part}" for part in self.hint.splitlines())
        return "\n".join(lines)

    def as_dict(self) -> dict[str, object]:
        return {
            "severity": self.severity.value, "code": self.code, "message": self.message,
            "line": self.line, "column": self.column, "hint": self.hint,
        }


EXCERPT_WIDTH = 160  # source shown around a diagnostic's column (minified code has 30,000-character lines)


def _excerpt(text: str, column: int) -> tuple[str, int]:
    """The part of a source line to show, and the caret's offset in it: the whole line when it is
    short, else EXCERPT_WIDTH characters around the column, with `...` where it is cut."""
    if len(text) <= EXCERPT_WIDTH:
        return text, column
    start = max(0, min(column - EXCERPT_WIDTH // 2, len(text) - EXCERPT_WIDTH))
    shown = text[start:start + EXCERPT_WIDTH]
    head = "..." if start > 0 else ""
    tail = "..." if start + EXCERPT_WIDTH < len(text) else ""
    return head + shown + tail, len(head) + column - start


@dataclass
class Diagnostics:
    """The diagnostics of one conversion, in the order found."""

    file: str
    items: list[Diagnostic] = field(default_factory=list)
    warnings_as_errors: bool = False

    def add(self, severity: Severity, code: str, message: str, line: int, column: int, hint: str = "") -> None:
        """Append a diagnostic as given, unchecked: for ones already reported once (a project's
        cache restores its files' diagnostics with this); stages report with the methods below."""
        diagnostic = Diagnostic(severity, code, message, self.file, line, column, hint)
        if diagnostic not in self.items:
            self.items.append(diagnostic)

    def report(self, code: str, line: int, column: int, hint: str | None = None, **fields: object) -> None:
        """Report ``code`` with the catalog's message and hint, ``fields`` filled in; ``hint``
        replaces the catalog's hint where the stage knows a better one."""
        entry = lookup(code)
        message, hint_text = entry.format(hint, **fields)
        self.add(entry.severity, code, message, line, column, hint_text)

    def error(self, code: str, message: str, line: int, column: int, hint: str = "") -> None:
        lookup(code, Severity.ERROR)
        self.add(Severity.ERROR, code, message, line, column, hint)

    def warning(self, code: str, message: str, line: int, column: int, hint: str = "") -> None:
        lookup(code, Severity.WARNING)
        self.add(Severity.WARNING, code, message, line, column, hint)

    def note(self, code: str, message: str, line: int, column: int, hint: str = "") -> None:
        lookup(code, Severity.NOTE)
        self.add(Severity.NOTE, code, message, line, column, hint)

    @property
    def failed(self) -> bool:
        """True if the policy says this conversion must not produce output."""
        return any(
            d.severity is Severity.ERROR or (self.warnings_as_errors and d.severity is Severity.WARNING)
            for d in self.items
        )

    def sorted(self) -> list[Diagnostic]:
        return sorted(self.items, key=lambda d: (d.line, d.column, d.code))

    def render(self, source: str | None = None) -> str:
        return "\n".join(d.render(source) for d in self.sorted())
