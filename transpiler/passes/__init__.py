"""Lowering passes: small, pure IR -> IR functions, run in this order by :func:`lower`."""

from __future__ import annotations

from .. import ir
from .blockscope import rename_shadowing
from .callbacks import lift_functions
from .confine import confine_properties
from .counted import mark_counted_loops
from .hoist import hoist_functions, predeclare_vars
from .jumps import lower_jumps
from .optional import lower_optional, lower_optional_in_place


def lower(program: ir.Program) -> ir.Program:
    """Return a lowered copy of ``program`` (the input is left as it was)."""
    body = ir.clone(program.body)
    if program.has_optional_chains:
        body = lower_optional_in_place(ir.Program(body, loc=program.loc)).body  # a?.b -> OptionalChain
    body = confine_properties(body)  # o.__class__ -> o["__class__"]: data, never a Python attribute
    body = lift_functions(body)  # function expressions -> named defs; `(a, b) => a - b` -> js.ascending
    body = rename_shadowing(body)  # an inner let/const that shadows an outer name: its own name
    body = lower_jumps(body)  # switch fall-through and labelled break/continue -> Python's jumps
    body = hoist_functions(body)  # declarations before their first use
    body = predeclare_vars(body)  # `x = undefined` where a read may come first
    if program.has_for_loops:
        body = mark_counted_loops(body)  # `for (i = 0; i < n; i++)` that can be `for i in range(n)`
    return ir.Program(body, loc=program.loc)


__all__ = ["lower", "lower_optional", "confine_properties", "lift_functions", "rename_shadowing", "lower_jumps", "hoist_functions", "predeclare_vars", "mark_counted_loops"]
