"""Stage 6: the module file — its header and footer, the runtime import block, black's format, line map.

The ``from ti2py.runtime import ...`` block names the runtime names the module actually uses; it
goes after the module's docstring (libcst edits any other header shape).  ``ruff format``
writes black's format; black itself is the fallback.  After formatting, Python's ``ast`` reads
the first line of every statement inside ``main()`` to map Python lines to JS lines.

Start-up matters here (a one-line conversion should cost no more than black formatting one
line), so black, libcst and jinja2 are imported only when used: black only without ruff, libcst
only for a header that is not render_module's, jinja2 only for a project's package file.
"""

from __future__ import annotations

import ast
import functools
import os
import re
import subprocess
import symtable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import ir
from .names import RUNTIME_EXPORTS

if TYPE_CHECKING:
    import jinja2

LINE_LENGTH = 88


@functools.lru_cache(maxsize=1)
def black_mode() -> Any:
    import black  # ~140 ms to import: only when black formats (no ruff, or TI2PY_FORMATTER=black)

    return black.Mode(target_versions={black.TargetVersion.PY310}, line_length=LINE_LENGTH)


def __getattr__(name: str) -> Any:
    # `BLACK_MODE` stays importable (tests and benchmarks compare with black) without importing
    # black for every conversion.
    if name == "BLACK_MODE":
        return black_mode()
    raise AttributeError(name)


def _templates_dir() -> Path:
    checkout = Path(__file__).resolve().parent.parent / "templates"
    if (checkout / "package_init.py.j2").is_file():
        return checkout
    from importlib import resources  # (only for a project's package file: not on every conversion)

    return Path(str(resources.files("ti2py.templates")))


@functools.lru_cache(maxsize=1)
def environment() -> "jinja2.Environment":
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(_templates_dir())),
        autoescape=False,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters["pyrepr"] = repr
    return env


def render_module(body: str, *, title: str, source_name: str, output_name: str, version: str,
                  params: str = "", background_modes: list[str] | None = None, strict: bool = False) -> str:
    """The module file around ``main()``'s body.  Written here rather than as a template: every
    conversion makes one, and importing jinja2 and compiling a template cost more than a small
    file's whole conversion."""
    how_to_run = f"Run it on the ti2py runtime:\n    ti2py run {output_name}\n" if not params else ""
    strictness = ('# Strict-mode code ("use strict"): a write JS refuses (a read-only property) throws a '
                  "TypeError.\n__ti2py_strict__ = True\n") if strict else ""
    modes = (f"# UIBackgroundModes this code needs (no tiapp.xml declared them).\n"
             f"__ti2py_background_modes__ = {background_modes!r}\n") if background_modes else ""
    entry_point = ('\nif __name__ == "__main__":\n    from ti2py.runtime.runner import run_module\n\n'
                   "    run_module(__file__)\n") if not params else ""
    return (f'"""{title}\n\nConverted from {source_name} by ti2py {version}; regenerate rather than edit:\n'
            f"    ti2py convert {source_name} -o {output_name}\n{how_to_run}\"\"\"\n\n\n"
            f"def main({params}):\n{body}\n\n\n__ti2py_source__ = {source_name!r}\n{strictness}{modes}{entry_point}")


def add_runtime_imports(code: str) -> str:
    """Insert ``from ti2py.runtime import ...`` naming exactly the runtime names the module uses.

    The names are read from the module's text with its strings and comments left out (an
    f-string's expressions kept); a text of another shape goes to Python's symbol tables, which
    also check that it parses (a SyntaxError is an internal error, reported by the caller; on the
    text's way the formatter, which parses the module next, reports one)."""
    found = _names_used_by_text(code)
    used = sorted((_names_used(code) if found is None else found) & RUNTIME_EXPORTS, key=lambda n: (n.lower(), n))
    if not used:
        return code
    split = code.index("\ndef main(")
    statement = f"from ti2py.runtime import {', '.join(used)}\n"
    after_docstring = _after_plain_docstring(ast.parse(code[:split]), code, split)
    if after_docstring is not None:
        return code[:after_docstring] + statement + code[after_docstring:]
    return _add_import_with_libcst(code, split, used)


# A string literal (any prefix; a 3.11 f-string holds no quote of its own kind) or a comment.
_STRING_OR_COMMENT = re.compile(r"""([rRbBfFuU]{0,2})("|')((?:(?!\2)[^\\\n]|\\.)*)\2|#[^\n]*""")
# A name being used: not an attribute (``e.js``), not a keyword argument or assignment target.
_USED_NAME = re.compile(r"(?<![\w.])([A-Za-z_]\w*)(?!\s*=(?!=))")


def _fstring_expressions(body: str) -> list[str]:
    """The expressions inside an f-string's replacement fields (``{{`` and ``}}`` are text)."""
    found: list[str] = []
    index = body.find("{")
    while index != -1:
        if body.startswith("{{", index):
            index = body.find("{", index + 2)
            continue
        depth, quote, end = 1, "", index + 1
        while end < len(body) and depth:
            char = body[end]
            if quote:
                quote = "" if char == quote else quote
            elif char in "\"'":
                quote = char
            elif char in "{[(":
                depth += 1
            elif char in "}])":
                depth -= 1
            end += 1
        found.append(body[index + 1:end - 1])
        index = body.find("{", end)
    return found


def _code_only(code: str) -> str:
    """``code`` without its comments and string literals, keeping the expressions of f-strings."""
    def keep(match: re.Match[str]) -> str:
        if match.group(2) is None:  # a comment
            return " "
        if "f" not in match.group(1).lower():
            return " "
        return " " + " ".join(_code_only(expr) for expr in _fstring_expressions(match.group(3))) + " "

    return _STRING_OR_COMMENT.sub(keep, code)


def _names_used_by_text(code: str) -> set[str] | None:
    """The names :func:`_names_used` finds among the runtime's, read from the text of main()
    and what follows it (a tenth of the time), or None where the text has a shape this does not
    read (a triple-quoted string)."""
    body = code[code.index("\ndef main("):]
    if '"""' in body or "'''" in body:
        return None
    return set(_USED_NAME.findall(_code_only(body))) & RUNTIME_EXPORTS


def _names_used(code: str) -> set[str]:
    """Every name the module's scopes know (read, assigned or bound), found by the compiler's
    symbol-table pass in C: one table per function, where walking ``ast`` visits every node in
    Python (twice the time on a large module).  Attribute names are not symbols, so ``e.js`` does
    not count; a parameter or ``def`` would, but scope.py renames any that has a runtime name."""
    names: set[str] = set()
    tables = [symtable.symtable(code, "module.py", "exec")]
    while tables:
        table = tables.pop()
        names.update(table.get_identifiers())
        tables.extend(table.get_children())
    return names


def _after_plain_docstring(tree: ast.Module, code: str, split: int) -> int | None:
    """The offset just after the docstring's last line, if the header (what precedes
    ``def main``) is render_module's: a docstring from the first line, alone on its lines, then
    only blank lines.  There libcst puts the import too (a test checks that both agree on every
    golden); this way costs no libcst import (~250 ms)."""
    first = tree.body[0] if tree.body else None
    if not (isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant)
            and isinstance(first.value.value, str) and first.lineno == 1 and first.col_offset == 0
            and first.end_lineno is not None):
        return None
    lines = code[:split].split("\n")
    last = lines[first.end_lineno - 1]
    if len(last.encode("utf-8")) != first.end_col_offset:  # more after the closing quotes
        return None
    if any(line.strip() for line in lines[first.end_lineno:]):  # another statement or a comment
        return None
    return sum(len(line) + 1 for line in lines[:first.end_lineno])


def _add_import_with_libcst(code: str, split: int, used: list[str]) -> str:
    """Any other header: libcst edits the import into its concrete syntax tree, after the
    docstring if there is one."""
    import libcst as cst

    try:
        header = cst.parse_module(code[:split])
    except cst.ParserSyntaxError as exc:
        raise SyntaxError(str(exc)) from None
    aliases = [cst.ImportAlias(name=cst.Name(n)) for n in used]
    statement = cst.SimpleStatementLine([cst.ImportFrom(module=cst.Attribute(value=cst.Name("ti2py"), attr=cst.Name("runtime")), names=aliases)])
    body = list(header.body)
    first = body[0] if body else None
    is_docstring = (
        isinstance(first, cst.SimpleStatementLine)
        and len(first.body) == 1
        and isinstance(first.body[0], cst.Expr)
        and isinstance(first.body[0].value, (cst.SimpleString, cst.ConcatenatedString))
    )
    body.insert(1 if is_docstring else 0, statement)
    return header.with_changes(body=body).code + code[split:]


@functools.lru_cache(maxsize=1)
def _ruff_binary() -> str | None:
    if os.environ.get("TI2PY_FORMATTER", "ruff") == "black":
        return None
    try:
        from ruff.__main__ import find_ruff_bin
    except ImportError:
        import shutil

        return shutil.which("ruff")
    try:
        return str(find_ruff_bin())
    except FileNotFoundError:
        return None


def formatter_name() -> str:
    return "ruff" if _ruff_binary() else "black"


def format_code(code: str) -> str:
    """Black's format.  ``ruff format`` produces black's output (the tests check that black leaves
    every golden unchanged) about a hundred times faster, so it is used when installed;
    ``TI2PY_FORMATTER=black`` forces black itself.  SyntaxError for code that does not parse."""
    ruff = _ruff_binary()
    if ruff is not None:
        done = subprocess.run(
            [ruff, "format", "--isolated", "--line-length", str(LINE_LENGTH), "--target-version", "py310",
             "--stdin-filename", "module.py", "-"],
            input=code, capture_output=True, text=True, check=False,
        )
        if done.returncode == 0:
            return done.stdout
        ast.parse(code)  # a SyntaxError for a module that does not parse; else black decides
    import black

    try:
        return black.format_str(code, mode=black_mode())
    except black.InvalidInput as exc:
        raise SyntaxError(str(exc)) from None


def lines_statement(mapping: str) -> str:
    """``__ti2py_lines__ = "<mapping>"`` as black (and ruff) format it, without running them again:
    on one line if it fits, else the string alone in parentheses if that fits, else on one line
    (the map holds only digits, ``:`` and ``;``, so its length is its width)."""
    one_line = f'__ti2py_lines__ = "{mapping}"'
    wrapped = f'    "{mapping}"'
    if len(one_line) > LINE_LENGTH and len(wrapped) <= LINE_LENGTH:
        return f"__ti2py_lines__ = (\n{wrapped}\n)"
    return one_line


def _statement_lines(code: str) -> list[int]:
    """Start lines of the statements inside ``def main()``, in pre-order (the emitter's order).

    Python's own parser does this job here: it is C, and this runs on every conversion."""
    tree = ast.parse(code)
    main = next(n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "main")
    lines: list[int] = []

    def visit(statements: list[ast.stmt]) -> None:
        for statement in statements:
            lines.append(statement.lineno)
            if isinstance(statement, ast.FunctionDef):
                visit(statement.body)
            elif isinstance(statement, (ast.If, ast.While, ast.For)):
                visit(statement.body)
                visit(statement.orelse)
            elif isinstance(statement, ast.Try):
                visit(statement.body)
                for handler in statement.handlers:
                    visit(handler.body)
                visit(statement.orelse)
                visit(statement.finalbody)

    visit(main.body)
    return lines


# One physical line's parts that matter for finding where statements start: strings and
# comments (as the import block reads them), brackets (the last group), and what makes a line
# too unusual to read this way (triple quotes, a backslash at the end, `except*`).
_LINE_PARTS = re.compile(_STRING_OR_COMMENT.pattern + r"|([()\[\]{}])")
_UNUSUAL = re.compile(r"\"\"\"|'\'\'|\\\s*$|^\s*except\s*\*")
_OPENING, _CLOSING = frozenset("([{"), frozenset(")]}")  # ("" for a string or comment: in neither)
_CLAUSE = re.compile(r"(?:else|finally)\s*:|except\b|@")  # a statement's part, not a statement
# Compound statements whose bodies _statement_lines does not enter (only def, if, while, for, try).
_NOT_ENTERED = re.compile(r"(?:class|with|async|match)\b")


def _statement_lines_by_text(code: str) -> list[int] | None:
    """What :func:`_statement_lines` finds, read from the formatted text line by line (a tenth of
    the time of parsing it again; black's format puts each statement on lines of its own), or
    None for a shape it does not read (then the parser decides)."""
    lines = code.split("\n")
    try:
        start = next(i for i, line in enumerate(lines) if line.startswith("def main("))
    except StopIteration:
        return None
    found: list[int] = []
    depth = 0
    closed_indent: int | None = None  # inside the body of a statement that is not entered
    for number in range(start + 2, len(lines) + 1):
        line = lines[number - 1]
        if depth == 0:
            stripped = line.lstrip()
            if stripped and not stripped.startswith("#"):
                indent = len(line) - len(stripped)
                if indent == 0:
                    break  # main() has ended
                if closed_indent is not None and indent <= closed_indent:
                    closed_indent = None
                if closed_indent is None:
                    if not _CLAUSE.match(stripped):
                        found.append(number)
                    if _NOT_ENTERED.match(stripped) and stripped.rstrip().endswith(":"):
                        closed_indent = indent
        if _UNUSUAL.search(line):
            return None
        for *_, bracket in _LINE_PARTS.findall(line):
            if bracket in _OPENING:
                depth += 1
            elif bracket in _CLOSING:
                depth -= 1
    return found if depth == 0 else None


def line_map(code: str, locs: list[ir.Loc]) -> str:
    """``py:js:col;...`` for each statement whose JS line differs from the previous entry's."""
    lines = _statement_lines_by_text(code)
    if lines is None or len(lines) != len(locs):
        lines = _statement_lines(code)
    if len(lines) != len(locs):
        raise AssertionError(f"line map: {len(lines)} statements formatted, {len(locs)} emitted")
    entries = []
    previous = None
    for py_line, loc in zip(lines, locs):
        if loc.line and (loc.line, loc.col) != previous:
            entries.append(f"{py_line}:{loc.line}:{loc.col + 1}")
            previous = (loc.line, loc.col)
    return ";".join(entries)
