"""Stage 1: parse JavaScript with esprima (ranges and comments kept; lines and columns from the ranges).

The parser is esprima-fork 5 (see pyproject.toml): the ``esprima`` API of esprima 4, for
ECMAScript 2026.  It parses ``?.``, ``??``, logical assignment, class fields, optional catch
bindings and ES2018+ regular expressions itself, so no text is rewritten before parsing; what
the translator does not handle yet is an E100 diagnostic from the builder.

A syntax error becomes a diagnostic with line:column, and a hint where we recognise the mistake
(for instance a bare string inside ``{ }`` where an object literal needs ``key: value``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any, Callable

import esprima

from .diagnostics import Diagnostics
from .estree import pattern_names

# esprima 4 installs the same `esprima` import; in an environment that has it instead of
# esprima-fork 5, modern syntax would fail in confusing ways, so say what to do.
if not str(getattr(esprima, "version", "")).startswith("5."):
    raise ImportError("ti2py needs esprima-fork 5 (found esprima "
                      f"{'.'.join(map(str, getattr(esprima, '__version__', ('?',))))}, which owns the same import name): "
                      "pip install --force-reinstall 'esprima-fork>=5,<6'")


# What ends a line in JS (a CR LF pair ends one line).
_LINE_END = re.compile("\r\n|[\n\r\u2028\u2029]")
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")  # two UTF-16 units each


class Positions:
    """The line (from 1) and column (from 0) of an offset of the source, both as esprima counts
    them: in UTF-16 units, as its ranges are.  esprima can attach these to every node itself
    (its ``loc`` option), but that makes three objects per node where the builder needs a
    look-up per node it keeps: half the parse's time is spent finishing nodes."""

    def __init__(self, source: str) -> None:
        ascii_only = source.isascii()
        starts = [0]
        previous, units = 0, 0  # a code point index and its UTF-16 offset
        for end in _LINE_END.finditer(source):
            if not ascii_only:
                units += end.end() - previous + len(_ASTRAL.findall(source, previous, end.end()))
                previous = end.end()
            starts.append(end.end() if ascii_only else units)
        self._starts = starts

    def at(self, offset: int) -> tuple[int, int]:
        line = bisect_right(self._starts, offset)
        return line, offset - self._starts[line - 1]


@dataclass
class Parsed:
    ast: Any
    comments: list[Any]
    source: str
    positions: Positions = field(init=False)

    def __post_init__(self) -> None:
        self.positions = Positions(self.source)


def parse(source: str, diagnostics: Diagnostics, *, caller_lexical: frozenset[str] = frozenset()) -> Parsed | None:
    """Parse ``source`` as a script; on failure add an error diagnostic and return None.

    ``caller_lexical``: for the text of a non-strict direct ``eval``, the let/const/class and
    parameter names the calling code declares between the call and its function (or script):
    a ``var`` of the text may not redeclare them, an early error JS reports as a SyntaxError."""
    try:
        ast, comments = parse_with_comments(source)
    except esprima.Error as exc:
        line = getattr(exc, "lineNumber", 1) or 1
        column = getattr(exc, "column", 1) or 1
        description = re.sub(r"^Line \d+: ", "", str(getattr(exc, "message", exc)))
        diagnostics.error("E001", description, line, column, hint=_hint_for(source, exc))
        return None
    except RecursionError:
        diagnostics.error("E002", "the program nests too deeply to parse", 1, 1)
        return None
    parsed = Parsed(ast, comments, source)
    if caller_lexical:
        for name, node in var_declared_names(ast.body):
            if name in caller_lexical:
                line, column = parsed.positions.at(node.range[0])
                diagnostics.report("E003", line, column + 1, name=name)
                return None
    return parsed


@dataclass
class Comment:
    """A comment as esprima reports one: ``type`` "Line" or "Block", ``value`` without the
    delimiters, ``range`` of the whole comment (in esprima's offsets)."""

    type: str
    value: str
    range: list[int]
    hashbang: bool = False


# esprima's parseScript collects comments through a callback it then calls for every node it
# makes, which also turns off its fast paths: a third more time for the whole parse.  For the
# esprima-fork versions checked against it (tests/test_parse_comments.py: the same tree, comments and
# errors on every test program), the parser runs as parseScript runs it, and the scanner's
# comments are taken as they are found instead.  Any other version takes the public way.
_FAST_VERSIONS = ("5.0.",)


def _internals() -> tuple[Any, Any] | None:
    if not str(getattr(esprima, "version", "")).startswith(_FAST_VERSIONS):
        return None
    try:
        from esprima.parser import Parser
        from esprima.validation import _validate_parsed_program
    except ImportError:  # pragma: no cover - another layout: the public way
        return None
    return Parser, _validate_parsed_program


_INTERNALS = _internals()


def parse_with_comments(source: str, *, fast: bool = True) -> tuple[Any, list[Any]]:
    """``esprima.parseScript(source, {"range": True, "comment": True})`` and its comments
    (esprima.Error for a syntax error, with the same message and position)."""
    if _INTERNALS is None or not fast:
        ast = esprima.parseScript(source, {"range": True, "comment": True})
        return ast, list(getattr(ast, "comments", None) or [])
    parser_class, validate = _INTERNALS
    found: list[Any] = []
    parser = parser_class.__new__(parser_class)

    def collect_comments() -> None:  # what the parser's own method gives its callback, kept
        entries = parser.scanner.scanComments()
        if entries:
            found.extend(entries)

    parser.collectComments = collect_comments  # (before the constructor reads the first token)
    try:
        return _run(parser, source, validate, found)
    finally:
        del parser.collectComments  # (a cycle through the closure: the parser would wait for the collector)


def _run(parser: Any, source: str, validate: Callable[..., None], found: list[Any]) -> tuple[Any, list[Any]]:
    """Run ``parser`` as parseScript runs it: the parse, then the early errors of the whole tree."""
    parser.__init__(source, options={"range": True, "comment": True})
    parser._ownedByFacade = True  # as parseScript marks a parser it runs without a callback
    scanner = parser.scanner
    try:
        ast = parser.parseScript()
    except RecursionError:
        parser.throwError("JavaScript nesting exceeds the parser resource limit")

    def report(message: str, node: Any) -> None:  # an early error: at the node, as parseScript reports it
        start = getattr(node, "_protoErrorStart", None)
        index = parser.externalOffset(start if start is not None else (getattr(node, "_start", None) or 0))
        if any(error.get("index") == index for error in parser.errorHandler.errors):
            return
        line = getattr(node, "_protoErrorLine", None) or getattr(node, "_line", None) or 1
        column = getattr(node, "_protoErrorColumn", None)
        column = (getattr(node, "_column", None) or 0) if column is None else column
        parser.errorHandler.tolerate(parser.errorHandler.createError(index, line, column + 1, message))

    if not parser.errorHandler.errors:
        try:
            validate(ast, report, parser.config.ecmaVersion, source)
        except RecursionError:
            parser.throwError("JavaScript nesting exceeds the validator resource limit")
    if scanner.hashbang is not None:
        ast.hashbang = scanner.hashbang
    comments = [Comment("Block" if entry.multiLine else "Line", source[entry.slice[0]:entry.slice[1]],
                        [parser.externalOffset(entry.range[0]), parser.externalOffset(entry.range[1])],
                        bool(getattr(entry, "hashbang", False)))
                for entry in found]
    return ast, comments


_FUNCTIONS = ("FunctionDeclaration", "FunctionExpression", "ArrowFunctionExpression", "ClassDeclaration",
              "ClassExpression")


def var_declared_names(body: list[Any]) -> list[tuple[str, Any]]:
    """The names a script's ``var`` declarations (at any depth outside functions) and its
    top-level function declarations bind, each with the node that declares it."""
    found: list[tuple[str, Any]] = [(s.id.name, s) for s in body if s.type == "FunctionDeclaration" and s.id]
    stack = list(body)
    while stack:
        node = stack.pop()
        if node.type in _FUNCTIONS:
            continue
        if node.type == "VariableDeclaration" and node.kind == "var":
            found.extend((name, d) for d in node.declarations for name in sorted(pattern_names(d.id)))
        stack.extend(value for item in vars(node).values()
                     for value in (item if isinstance(item, list) else [item])
                     if isinstance(getattr(value, "type", None), str) and value.type not in _EXPRESSIONS_WITHOUT_VARS)
    return found


# Expressions hold no `var` (a function inside one is skipped above): not looked into.
_EXPRESSIONS_WITHOUT_VARS = frozenset({"Identifier", "Literal", "TemplateLiteral"})


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


# ES modules are the one newer syntax a script cannot hold (esprima-fork parses everything else up
# to ES2026); Titanium apps are CommonJS.
_MODULE_SYNTAX = re.compile(r"^\s*(import|export)\b")


def _modern_syntax_hint(source: str, index: int) -> str:
    line_start = source.rfind("\n", 0, index) + 1
    line_end = source.find("\n", index)
    line = source[line_start:line_end if line_end >= 0 else len(source)]
    if _MODULE_SYNTAX.match(line):
        return "ES modules (import/export) are ES2015 modules; Titanium apps use CommonJS: require() and exports"
    return ""
