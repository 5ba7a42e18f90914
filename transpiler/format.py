"""Stage 6: the module file — jinja2 template, libcst edits and checks, black, line map.

libcst builds the ``from ti2py.runtime import ...`` block from the runtime names the module actually
uses, editing the module's concrete syntax tree (and rejecting a module that would not parse).
After formatting, Python's ``ast`` reads the final line of every statement inside ``main()`` to
map Python lines to JS lines.
"""

from __future__ import annotations

import ast
import functools
import os
import shutil
import subprocess
from importlib import resources
from pathlib import Path

import black
import jinja2
import libcst as cst

from . import ir
from .names import RUNTIME_EXPORTS

BLACK_MODE = black.Mode(target_versions={black.TargetVersion.PY310}, line_length=88)


def _templates_dir() -> Path:
    checkout = Path(__file__).resolve().parent.parent / "templates"
    if (checkout / "module.py.j2").is_file():
        return checkout
    return Path(str(resources.files("ti2py.templates")))


@functools.lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(_templates_dir())),
        autoescape=False,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters["pyrepr"] = repr
    return env


def render_module(body: str, *, title: str, source_name: str, output_name: str, version: str,
                  params: str = "", background_modes: list[str] | None = None) -> str:
    return environment().get_template("module.py.j2").render(
        body=body, title=title, source_name=source_name, output_name=output_name, version=version,
        params=params, background_modes=background_modes or [],
    )


def add_runtime_imports(code: str) -> str:
    """Insert ``from ti2py.runtime import ...`` naming exactly the runtime names the module uses.

    Python's ``ast`` (C, fast) finds the names; libcst builds the import statement and edits it
    into the module's header (docstring and imports), the only part it needs to parse."""
    tree = ast.parse(code)  # raises SyntaxError: an internal error, reported by the caller
    names = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
    used = sorted(names & RUNTIME_EXPORTS, key=lambda n: (n.lower(), n))
    if not used:
        return code
    split = code.index("\ndef main(")
    header = cst.parse_module(code[:split])
    aliases = [cst.ImportAlias(name=cst.Name(n)) for n in used]
    statement = cst.SimpleStatementLine([cst.ImportFrom(module=cst.Attribute(value=cst.Name("ti2py"), attr=cst.Name("runtime")), names=aliases)])
    body = list(header.body)
    insert_at = 1 if body and _is_docstring(body[0]) else 0
    body.insert(insert_at, statement)
    return header.with_changes(body=body).code + code[split:]


def _is_docstring(statement: cst.BaseStatement) -> bool:
    return (
        isinstance(statement, cst.SimpleStatementLine)
        and len(statement.body) == 1
        and isinstance(statement.body[0], cst.Expr)
        and isinstance(statement.body[0].value, (cst.SimpleString, cst.ConcatenatedString))
    )


@functools.lru_cache(maxsize=1)
def _ruff_binary() -> str | None:
    if os.environ.get("TI2PY_FORMATTER", "ruff") == "black":
        return None
    try:
        from ruff.__main__ import find_ruff_bin
    except ImportError:
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
    ``TI2PY_FORMATTER=black`` forces black itself."""
    ruff = _ruff_binary()
    if ruff is not None:
        done = subprocess.run(
            [ruff, "format", "--isolated", "--line-length", "88", "--target-version", "py310",
             "--stdin-filename", "module.py", "-"],
            input=code, capture_output=True, text=True, check=False,
        )
        if done.returncode == 0:
            return done.stdout
    return black.format_str(code, mode=BLACK_MODE)


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


def line_map(code: str, locs: list[ir.Loc]) -> str:
    """``py:js:col;...`` for each statement whose JS line differs from the previous entry's."""
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
