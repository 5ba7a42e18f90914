"""Pass: resolve CommonJS ``require('...')`` ids to canonical module ids of the project.

``require('./util')`` inside ``lib/a.js`` becomes ``require('lib/util')``, so the runtime finds
every module from the package root alone.  Native module ids (``ti.cloud``) are left alone.
"""

from __future__ import annotations

from typing import Callable

from .. import ir

Resolver = Callable[[str], "str | None"]


def rewrite_requires(program: ir.Program, resolve: Resolver) -> tuple[ir.Program, list[tuple[str, ir.Loc]]]:
    """Return a copy with local require ids made canonical, and the (id, location) of each."""
    program = ir.clone(program)
    found: list[tuple[str, ir.Loc]] = []
    for node in ir.walk(program):
        if (
            isinstance(node, ir.Call) and isinstance(node.callee, ir.Name) and node.callee.id == "require"
            and len(node.args) == 1 and isinstance(node.args[0], ir.Literal) and isinstance(node.args[0].value, str)
        ):
            canonical = resolve(node.args[0].value)
            if canonical is not None:
                node.args[0] = ir.Literal(canonical, loc=node.args[0].loc)
                found.append((canonical, node.loc))
    return program, found
