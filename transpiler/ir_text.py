"""IR as text, for per-pass fixtures and debugging: one line per statement, expressions inline.

``Name`` prints as its identifier and ``Literal`` as its value; every other node as
``Kind(field=value, ...)`` without its location and without fields that hold their default, so
the text changes only where a pass changed something.  Statement lists nest by indentation and
comments print as ``# ...`` lines where they ride, so moved comments show too.
"""

from __future__ import annotations

import dataclasses
import json
from typing import Any, Iterable, Sequence

from . import ir

_SKIPPED = frozenset({"loc", "leading", "trailing"})


def dump(body: Iterable[ir.Stmt] | ir.Program) -> str:
    """The statements of ``body`` (or a program's body) as indented text."""
    statements = body.body if isinstance(body, ir.Program) else body
    lines: list[str] = []
    for stmt in statements:
        _statement(stmt, 0, lines)
    return "\n".join(lines) + "\n"


def _statement(stmt: ir.Node, depth: int, lines: list[str]) -> None:
    pad = "  " * depth
    for comment in getattr(stmt, "leading", None) or []:
        lines.append(f"{pad}# {comment.strip()}")
    inline: list[str] = []
    blocks: list[tuple[str, Sequence[ir.Node]]] = []
    functions: list[ir.Function] = []  # functions inside this line's expressions, shown below it
    for name, value in _fields(stmt):
        if _is_block(value):
            blocks.append((name, value))
        elif isinstance(value, ir.Function):
            inline.append(f"{name}={_function_head(value, functions)}")
            blocks.append((f"{name}.body", value.body))
        else:
            inline.append(f"{name}={_value(value, functions)}")
    trailing = getattr(stmt, "trailing", None)
    lines.append(f"{pad}{type(stmt).__name__}" + (f" {' '.join(inline)}" if inline else "")
                 + (f"  # {trailing.strip()}" if trailing else ""))
    for fn in functions:
        blocks.append((f"{fn.name or 'function'}.body", fn.body))
    for name, block in blocks:
        lines.append(f"{pad}  {name}:")
        for inner in block:
            _statement(inner, depth + 2, lines)


def _function_head(fn: ir.Function, functions: list[ir.Function]) -> str:
    parts = [str(v) if k == "name" else f"{k}={_value(v, functions)}" for k, v in _fields(fn) if k != "body"]
    return f"Function({', '.join(parts)})"


def _fields(node: Any) -> Iterable[tuple[str, Any]]:
    declared = {f.name: f for f in dataclasses.fields(node)}
    for name, value in node.__dict__.items():
        if name in _SKIPPED:
            continue
        spec = declared.get(name)
        if spec is not None and _is_default(spec, value):
            continue
        yield name, value


def _is_default(spec: dataclasses.Field[Any], value: Any) -> bool:
    if spec.default is not dataclasses.MISSING:
        return bool(value == spec.default)
    if spec.default_factory is not dataclasses.MISSING:
        return bool(value == spec.default_factory())
    return False


def _is_block(value: Any) -> bool:
    """A list of statements, or of nodes that hold statements (switch cases)."""
    return isinstance(value, list) and bool(value) and all(
        isinstance(v, ir.Stmt) or isinstance(v, ir.Node) and any(_is_block(x) for _, x in _fields(v)) for v in value)


def _value(value: Any, functions: list[ir.Function]) -> str:
    if isinstance(value, ir.Name):
        return value.id
    if isinstance(value, ir.Literal):
        return _scalar(value.value)
    if isinstance(value, ir.Function):
        functions.append(value)
        return _function_head(value, functions) + " (body below)"
    if isinstance(value, ir.Node) or dataclasses.is_dataclass(value) and not isinstance(value, (type, ir.Loc)):
        inner = ", ".join(f"{k}={_value(v, functions)}" for k, v in _fields(value))
        return f"{type(value).__name__}({inner})"
    if isinstance(value, list):
        return "[" + ", ".join(_value(v, functions) for v in value) + "]"
    if isinstance(value, tuple):
        return "(" + ", ".join(_value(v, functions) for v in value) + ")"
    if isinstance(value, (set, frozenset)):
        return "{" + ", ".join(sorted(map(str, value))) + "}"
    return _scalar(value)


def _scalar(value: Any) -> str:
    if value is ir.UNDEFINED:
        return "undefined"
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    return repr(value)


def main(argv: list[str] | None = None) -> int:
    """``python -m ti2py.transpiler.ir_text FILE.js [--after PASS]``: the built IR, or the IR
    after the lowering passes up to and including PASS (names: ``pipeline.LOWERING_PASSES``)."""
    import argparse
    import sys

    from .build import build
    from .diagnostics import Diagnostics
    from .parse import parse
    from .pipeline import LOWERING_PASSES

    names = [each.name for each in LOWERING_PASSES]
    parser = argparse.ArgumentParser(prog="python -m ti2py.transpiler.ir_text", description=main.__doc__)
    parser.add_argument("file")
    parser.add_argument("--after", choices=names, help="run the lowering passes up to this one")
    args = parser.parse_args(argv)
    try:
        source = open(args.file, encoding="utf-8").read()
    except OSError as exc:
        print(f"ir_text: {args.file}: {exc.strerror}", file=sys.stderr)
        return 1
    diag = Diagnostics(args.file)
    parsed = parse(source, diag)
    if parsed is None:
        print(diag.render(source), file=sys.stderr)
        return 1
    program = build(parsed, diag)
    if args.after:
        for each in LOWERING_PASSES[: names.index(args.after) + 1]:
            if each.needed(program):
                program = each.run(program)
    sys.stdout.write(dump(program))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
