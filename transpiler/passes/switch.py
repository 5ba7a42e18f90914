"""Pass: a ``switch`` no case of which falls through becomes an if/elif chain.

Runs after the jumps pass, which has turned every other switch into a loop that runs once, so no
``Switch`` is left for the emitter.  Cases compare with ``===``; empty cases share the next
case's body (``case 1: case 2: ...`` tests both); ``default`` becomes the final ``else`` (or, alone,
the body itself).  A discriminant other than a name or a literal is evaluated once, into a fresh
variable (``switch_value``, numbered when the program has one).
"""

from __future__ import annotations

from .. import ir
from ..names import RESERVED


def lower_plain_switches(body: list[ir.Stmt]) -> list[ir.Stmt]:
    """``body`` with every remaining switch lowered (the input is not modified)."""
    if not any(isinstance(node, ir.Switch) for stmt in body for node in ir.walk(stmt)):
        return body
    taken = ir.names_in(body) | set(RESERVED)
    return ir.rewrite(body, lambda new, old: _lowered(new, taken) if isinstance(new, ir.Switch) else None)


def _lowered(switch: ir.Switch, taken: set[str]) -> ir.Stmt:
    groups: list[tuple[list[ir.Expr | None], list[ir.Stmt], ir.Case]] = []
    tests: list[ir.Expr | None] = []
    for index, case in enumerate(switch.cases):
        tests.append(case.test)
        real = [s for s in case.body if not isinstance(s, ir.CommentOnly)]
        if not real and index < len(switch.cases) - 1:
            continue  # an empty case shares the next one's body
        body = list(case.body)
        tail = [i for i, s in enumerate(body) if not isinstance(s, ir.CommentOnly)]
        last = body[tail[-1]] if tail else None
        if isinstance(last, ir.Break) and last.label is None:
            del body[tail[-1]]  # the case's closing `break`: an if branch just ends
        groups.append((tests, body, case))
        tests = []
    prelude: list[ir.Stmt] = []
    discriminant = switch.discriminant
    if not isinstance(discriminant, (ir.Name, ir.Literal)):
        name = ir.fresh_name("switch_value", taken)
        prelude.append(ir.VarDecl("var", [(name, discriminant)], loc=switch.loc, trailing=switch.trailing))
        discriminant = ir.Name(name, loc=switch.loc)
    default: list[ir.Stmt] | None = None
    branches: list[tuple[ir.Expr, list[ir.Stmt], ir.Case]] = []
    for group_tests, body, case in groups:
        if None in group_tests:
            default = body
            continue
        conditions = [ir.Binary("===", ir.clone(discriminant), test, loc=test.loc)
                      for test in group_tests if test is not None]
        condition: ir.Expr = conditions[0]
        for more in conditions[1:]:
            condition = ir.Logical("||", condition, more, loc=more.loc)
        branches.append((condition, body, case))
    chain: list[ir.Stmt] = default or []
    for condition, body, case in reversed(branches):
        chain = [ir.If(condition, body, chain, loc=case.loc)]
    if branches and not prelude and switch.trailing:
        chain[0].trailing = switch.trailing
    return ir.Block(prelude + chain, loc=switch.loc, leading=switch.leading)
