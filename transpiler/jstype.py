"""What the translator can know statically about a JS value's type: one value per kind.

``infer.Types.infer(expr)`` answers with a :class:`JSType` or None (unknown); the names table gives
a global's call result as one, and the emitter chooses plain Python where the type makes JS and
Python agree (``a + b`` on two strings, ``len(s)`` on an ASCII string).
"""

from __future__ import annotations

import enum


class JSType(enum.Enum):
    STR = "str"
    NUM = "num"
    BOOL = "bool"
    NULL = "null"
    UNDEFINED = "undefined"
    ARRAY = "array"
    OBJECT = "object"  # any other object: a literal, a Date, a class instance
    FUNCTION = "function"
    REGEXP = "regexp"
    # Internal to type solving: no assignment of the variable has been typed yet. It combines
    # with anything, and no variable keeps it once solving ends.
    PENDING = "pending"

    def __repr__(self) -> str:
        return f"JSType.{self.name}"

    # Members are singletons compared by identity: hashed by identity too, in C (Enum's own
    # __hash__ is Python code, and type solving puts kinds in sets for every variable in every round).
    __hash__ = object.__hash__


# Kinds whose `JSON.stringify` is a string (undefined and functions give undefined).
JSON_STRINGIFIABLE = frozenset({JSType.OBJECT, JSType.ARRAY, JSType.STR, JSType.NUM, JSType.BOOL, JSType.NULL})
