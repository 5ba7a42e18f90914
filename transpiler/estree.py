"""Small walks over esprima's ESTree nodes, shared by the builder and the global-scope analysis."""

from __future__ import annotations

from typing import Any

from esprima.nodes import Node


def children(node: Any) -> list[Any]:
    """The ESTree nodes directly inside ``node``.  (This runs once per node of every walk: a
    type check per attribute, no per-key string tests; `loc`, `range` and a regex's parts are
    not Nodes.)"""
    out: list[Any] = []
    for value in vars(node).values():
        if type(value) is list:
            out.extend([item for item in value if isinstance(item, Node)])
        elif isinstance(value, Node):
            out.append(value)
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
