"""Lowering passes: small IR -> IR functions; their order is ``pipeline.LOWERING_PASSES``."""

from __future__ import annotations

from .. import ir
from .blockscope import rename_shadowing
from .callbacks import lift_functions
from .confine import confine_properties
from .counted import mark_counted_loops
from .hoist import hoist_functions, predeclare_vars
from .jumps import lower_jumps
from .optional import lower_optional
from .switch import lower_plain_switches


def lower(program: ir.Program) -> ir.Program:
    """Return a lowered copy of ``program`` (the input is left as it was): the passes of
    ``pipeline.LOWERING_PASSES``, in that order."""
    from ..pipeline import lower as run_passes

    return run_passes(program)


__all__ = ["lower", "lower_optional", "confine_properties", "lift_functions", "rename_shadowing", "lower_jumps", "hoist_functions", "predeclare_vars", "mark_counted_loops", "lower_plain_switches"]
