"""Stage 1: parse JavaScript with esprima (locations, ranges and comments kept).

A syntax error becomes a diagnostic with line:column, and a hint where we recognise the mistake
(for instance a bare string inside ``{ }`` where an object literal needs ``key: value``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import esprima
import esprima.scanner

from .diagnostics import Diagnostics


# esprima checks a regex literal by compiling it with Python's `re` as it stands, which refuses
# valid JS (ES2018 named groups `(?<y>...)` and `\k<y>`, `[^]`, the `s` flag) and has JS's
# `u`-flag escapes replaced already.  The check below sees the JS forms as the runtime's regexp
# translation writes them (runtime/js/regexp.py); a pattern it still refuses is a syntax error
# with line:column, as before.
_JS_ONLY_REGEX = [  # (JS form, its Python form)
    (re.compile(r"\(\?<(?![=!])"), lambda m: "(?P<"),
    (re.compile(r"\\k<([A-Za-z_$][\w$]*)>"), lambda m: f"(?P={m.group(1)})"),
    (re.compile(r"\[\^\]"), lambda m: "[\\s\\S]"),
]
_REGEX_FLAGS = frozenset("dgimsuy")
_esprima_test_regexp = esprima.scanner.Scanner.testRegExp


def _test_js_regexp(scanner: Any, pattern: str, flags: str) -> Any:
    if not set(flags) <= _REGEX_FLAGS or len(set(flags)) != len(flags):
        scanner.tolerateUnexpectedToken(esprima.scanner.Messages.InvalidRegExp)
    for js_form, python_form in _JS_ONLY_REGEX:
        pattern = js_form.sub(python_form, pattern)
    return _esprima_test_regexp(scanner, pattern, flags.replace("s", "").replace("y", "").replace("d", ""))


esprima.scanner.Scanner.testRegExp = _test_js_regexp


@dataclass
class Parsed:
    ast: Any
    comments: list[Any]
    source: str
    optional_at: frozenset[int] = frozenset()  # offsets of `?.` (ES2020 optional chaining)
    nullish_at: frozenset[int] = frozenset()  # offsets of `??` (ES2020 nullish coalescing)


def es2020_prepass(source: str) -> tuple[str, frozenset[int], frozenset[int]]:
    """Let esprima 4 (ES2017) parse ``?.`` and ``??``.

    Decision (issue 4): no maintained esprima fork parses ES2020, so the text is rewritten with
    the same length, at esprima's own punctuator tokens only (never inside strings, comments,
    templates or regexes): ``??`` becomes ``||``, ``?.`` becomes `` .``, ``?.[`` becomes ``  [``
    and ``?.(`` becomes ``  (``.  Offsets do not move, so diagnostics and comments stay exact, and
    the builder recovers the real operators from the recorded offsets."""
    if "?" not in source:
        return source, frozenset(), frozenset()
    try:
        tokens = esprima.tokenize(source, {"range": True})
    except esprima.Error:
        return source, frozenset(), frozenset()  # the parser will report the error itself
    text = list(source)
    optional: set[int] = set()
    nullish: set[int] = set()
    for index, token in enumerate(tokens[:-1]):
        following = tokens[index + 1]
        if token.type != "Punctuator" or token.value != "?" or following.range[0] != token.range[1]:
            continue
        start = token.range[0]
        if following.type == "Punctuator" and following.value == "?":
            text[start:start + 2] = "||"
            nullish.add(start)
        elif following.type == "Punctuator" and following.value == ".":
            after = tokens[index + 2] if index + 2 < len(tokens) else None
            if after is not None and after.range[0] == following.range[1] and after.value in ("[", "("):
                text[start:start + 2] = "  "
            else:
                text[start:start + 2] = " ."
            optional.add(start)
    return "".join(text), frozenset(optional), frozenset(nullish)


def parse(source: str, diagnostics: Diagnostics) -> Parsed | None:
    """Parse ``source`` as a script; on failure add an error diagnostic and return None."""
    text, optional_at, nullish_at = es2020_prepass(source)
    try:
        ast = esprima.parseScript(text, {"loc": True, "range": True, "comment": True})
    except esprima.Error as exc:
        line = getattr(exc, "lineNumber", 1) or 1
        column = getattr(exc, "column", 1) or 1
        description = re.sub(r"^Line \d+: ", "", str(getattr(exc, "message", exc)))
        diagnostics.error("E001", description, line, column, hint=_hint_for(source, exc))
        return None
    except RecursionError:
        diagnostics.error("E002", "the program nests too deeply to parse", 1, 1)
        return None
    return Parsed(ast, list(getattr(ast, "comments", None) or []), source, optional_at, nullish_at)


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


# Syntax newer than what ti2py parses, recognised near an error: (text, feature, hint).
NEWER_SYNTAX = (
    ("??=", "logical assignment (??=) is ES2021", "write `a = a ?? b`"),
    ("||=", "logical assignment (||=) is ES2021", "write `a = a || b`"),
    ("&&=", "logical assignment (&&=) is ES2021", "write `a = a && b`"),
    ("#", "private class members (#name) are ES2022", "use a normal property"),
    ("import ", "ES modules (import/export) are ES2015 modules", "Titanium apps use CommonJS: require() and exports"),
    ("export ", "ES modules (import/export) are ES2015 modules", "Titanium apps use CommonJS: require() and exports"),
)


def _in_class_body(source: str, position: int) -> bool:
    """Is ``position`` directly inside a class body (the innermost open brace is a class's)?
    Braces are counted as text: enough for a hint."""
    depth = 0
    for index in range(position - 1, -1, -1):
        char = source[index]
        if char == "}":
            depth += 1
        elif char == "{":
            if depth == 0:
                return re.search(r"\bclass\b[^;{}()]*$", source[:index]) is not None
            depth -= 1
    return False


def _modern_syntax_hint(source: str, index: int) -> str:
    line_start = source.rfind("\n", 0, index) + 1
    line_end = source.find("\n", index)
    line = source[line_start:line_end if line_end >= 0 else len(source)]
    for text, feature, fix in NEWER_SYNTAX:
        if text in line:
            return f"{feature}; ti2py parses up to ES2017 plus ?. and ?? (ES2020): {fix}"
    field = re.match(r"\s*(static\s+)?([A-Za-z_$][\w$]*)\s*(=|;)", line)
    if field and _in_class_body(source, line_start):
        name = field.group(2)
        fix = (f"assign it after the class, `ClassName.{name} = ...`" if field.group(1)
               else f"assign it in the constructor, `this.{name} = ...`")
        return (f"class fields (`{name} = ...` in a class body) are ES2022; ti2py parses up to ES2017 "
                f"plus ?. and ?? (ES2020): {fix}")
    return ""
