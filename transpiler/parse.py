"""Stage 1: parse JavaScript with esprima (locations, ranges and comments kept).

A syntax error becomes a diagnostic with line:column, and a hint where we recognise the mistake
(for instance a bare string inside ``{ }`` where an object literal needs ``key: value``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import esprima

from .diagnostics import Diagnostics


@dataclass
class Parsed:
    ast: Any
    comments: list[Any]
    source: str


def parse(source: str, diagnostics: Diagnostics) -> Parsed | None:
    """Parse ``source`` as a script; on failure add an error diagnostic and return None."""
    try:
        ast = esprima.parseScript(source, {"loc": True, "range": True, "comment": True})
    except esprima.Error as exc:
        line = getattr(exc, "lineNumber", 1) or 1
        column = getattr(exc, "column", 1) or 1
        description = re.sub(r"^Line \d+: ", "", str(getattr(exc, "message", exc)))
        diagnostics.error("E001", description, line, column, hint=_hint_for(source, exc))
        return None
    except RecursionError:
        diagnostics.error("E002", "the program nests too deeply to parse", 1, 1)
        return None
    return Parsed(ast, list(getattr(ast, "comments", None) or []), source)


def _hint_for(source: str, exc: Any) -> str:
    """Explain common mistakes, using the tokens just before the error."""
    index = getattr(exc, "index", None)
    if index is None:
        return ""
    try:
        tokens = esprima.tokenize(source[: index + 1], {"loc": True, "range": True, "tolerant": True})
    except esprima.Error:
        return ""
    if len(tokens) < 3:
        return _modern_syntax_hint(source, index)
    last3 = tokens[-3:]
    kinds = [(t.type, t.value) for t in last3]
    opening, middle, closing = kinds
    if opening == ("Punctuator", "{") and middle[0] in ("String", "Identifier", "Numeric") and closing[1] in ("}", ","):
        value_line = last3[1].loc.start.line
        return (
            f"an object literal needs `key: value` pairs; {middle[1]} on line {value_line} has no key.\n"
            f"write e.g. {{ identifier: {middle[1]} }}"
        )
    return _modern_syntax_hint(source, index)


def _modern_syntax_hint(source: str, index: int) -> str:
    window = source[max(0, index - 1) : index + 2]
    if "?." in window or "??" in window:
        return "optional chaining (?.) and nullish coalescing (??) are ES2020; esprima 4 parses up to ES2017"
    return ""
