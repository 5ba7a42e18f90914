"""Small walks over esprima's ESTree nodes, shared by the builder and the global-scope analysis."""

from __future__ import annotations

from typing import Any


def children(node: Any) -> list[Any]:
    """The ESTree nodes directly inside ``node``."""
    out: list[Any] = []
    for key, value in vars(node).items():
        if key.startswith("_") or key in ("loc", "range"):
            continue
        for item in value if isinstance(value, list) else [value]:
            if hasattr(item, "type") and isinstance(getattr(item, "type", None), str):
                out.append(item)
    return out


def pattern_names(pattern: Any) -> set[str]:
    """The names a binding pattern (``x``, ``{a, b: [c]}``, ``y = 1``, ``...rest``) binds."""
    if pattern is None:
        return set()
    if pattern.type == "Identifier":
        return {pattern.name}
    if pattern.type == "AssignmentPattern":
        return pattern_names(pattern.left)
    if pattern.type == "RestElement":
        return pattern_names(pattern.argument)
    if pattern.type == "ArrayPattern":
        return set().union(*(pattern_names(e) for e in pattern.elements if e is not None))
    if pattern.type == "ObjectPattern":
        return set().union(*(pattern_names(p.value if p.type == "Property" else p) for p in pattern.properties))
    return set()
