"""Stage 6: the module file — jinja2 template, libcst edits and checks, black, line map.

libcst does two jobs here: it builds the ``from runtime import ...`` block from the runtime names
the module actually uses (and rejects a module that would not parse), and, after black, it reads
the final position of every statement inside ``main()`` to map Python lines to JS lines.
"""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path

import black
import jinja2
import libcst as cst
from libcst.metadata import MetadataWrapper, PositionProvider

from . import ir

# Names generated code may take from the runtime package (runtime/__init__.py exports).
RUNTIME_EXPORTS = frozenset({
    "js", "JSObject", "JSArray", "undefined", "NaN", "Infinity", "JSON", "Math", "Date", "String",
    "Number", "Boolean", "parseInt", "parseFloat", "isNaN", "JSError", "JSTypeError", "JSRangeError",
    "JSSyntaxError", "Ti", "Titanium", "alert", "require", "setTimeout", "setInterval", "clearTimeout",
    "clearInterval", "console",
})

BLACK_MODE = black.Mode(target_versions={black.TargetVersion.PY310}, line_length=88)


def _templates_dir() -> Path:
    checkout = Path(__file__).resolve().parent.parent / "templates"
    if (checkout / "module.py.j2").is_file():
        return checkout
    return Path(str(resources.files("transpiler.templates")))


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


class _NamesUsed(cst.CSTVisitor):
    def __init__(self) -> None:
        self.names: set[str] = set()

    def visit_Name(self, node: cst.Name) -> None:
        self.names.add(node.value)


def add_runtime_imports(code: str) -> str:
    """Insert ``from runtime import ...`` naming exactly the runtime names the module uses."""
    module = cst.parse_module(code)  # raises ParserSyntaxError: an internal error, reported by the caller
    visitor = _NamesUsed()
    module.visit(visitor)
    used = sorted(visitor.names & RUNTIME_EXPORTS, key=lambda n: (n.lower(), n))
    if not used:
        return code
    aliases = [cst.ImportAlias(name=cst.Name(n)) for n in used]
    statement = cst.SimpleStatementLine([cst.ImportFrom(module=cst.Name("runtime"), names=aliases)])
    body = list(module.body)
    insert_at = 1 if body and _is_docstring(body[0]) else 0
    body.insert(insert_at, statement)
    return module.with_changes(body=body).code


def _is_docstring(statement: cst.BaseStatement) -> bool:
    return (
        isinstance(statement, cst.SimpleStatementLine)
        and len(statement.body) == 1
        and isinstance(statement.body[0], cst.Expr)
        and isinstance(statement.body[0].value, (cst.SimpleString, cst.ConcatenatedString))
    )


def format_code(code: str) -> str:
    return black.format_str(code, mode=BLACK_MODE)


class _StatementLines(cst.CSTVisitor):
    """Start lines of the statements inside ``def main()``, in pre-order (the emitter's order)."""

    METADATA_DEPENDENCIES = (PositionProvider,)

    def __init__(self) -> None:
        self.lines: list[int] = []
        self.depth = 0

    def _record(self, node: cst.CSTNode) -> None:
        if self.depth:
            self.lines.append(self.get_metadata(PositionProvider, node).start.line)

    def visit_FunctionDef(self, node: cst.FunctionDef) -> None:
        if self.depth == 0 and node.name.value == "main":
            self.depth = 1
            return
        self._record(node)

    def leave_FunctionDef(self, node: cst.FunctionDef) -> None:
        if node.name.value == "main" and self.depth == 1:
            self.depth = 0

    def visit_SimpleStatementLine(self, node: cst.SimpleStatementLine) -> None:
        for _ in node.body:
            self._record(node)

    def visit_If(self, node: cst.If) -> None:
        self._record(node)

    def visit_While(self, node: cst.While) -> None:
        self._record(node)

    def visit_For(self, node: cst.For) -> None:
        self._record(node)

    def visit_Try(self, node: cst.Try) -> None:
        self._record(node)


def line_map(code: str, locs: list[ir.Loc]) -> str:
    """``py:js:col;...`` for each statement whose JS line differs from the previous entry's."""
    visitor = _StatementLines()
    MetadataWrapper(cst.parse_module(code)).visit(visitor)
    if len(visitor.lines) != len(locs):
        raise AssertionError(f"line map: {len(visitor.lines)} statements formatted, {len(locs)} emitted")
    entries = []
    previous = None
    for py_line, loc in zip(visitor.lines, locs):
        if loc.line and (loc.line, loc.col) != previous:
            entries.append(f"{py_line}:{loc.line}:{loc.col + 1}")
            previous = (loc.line, loc.col)
    return ";".join(entries)
