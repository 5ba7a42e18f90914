"""Wrapper objects: ``new String("ab")``, ``new Number(5)``, ``new Boolean(false)``, ``Object("x")``.

A wrapper is an ordinary JSObject (typeof "object", always truthy, own properties allowed) whose
prototype is the realm's String/Number/Boolean.prototype, plus the primitive it wraps, kept in
a table beside it (weakly, so the table never keeps a wrapper alive) rather than as a property.
``valueOf``/``toString`` of those prototypes unwrap it, so ``+``, ``==`` and ``String(x)`` see
the primitive as JS does.  A String wrapper has the string's indexes and ``length`` as own,
read-only properties.
"""

from __future__ import annotations

import weakref
from typing import Any

from .realm import RealmPrototype
from .values import Accessor, JSObject, link_prototype, undefined, with_accessors

_PRIMITIVES: "weakref.WeakKeyDictionary[JSObject, Any]" = weakref.WeakKeyDictionary()
_NOT_WRAPPED = object()
_INDEXED_LIMIT = 10_000  # a longer string's wrapper reads its characters without own index properties


def wrap(primitive: Any) -> JSObject:
    """The wrapper object of a string, number or boolean (ToObject)."""
    from .realm import current

    from .values import JSSymbol

    kind = "Boolean" if isinstance(primitive, bool) else "String" if isinstance(primitive, str) else \
        "Symbol" if type(primitive) is JSSymbol else "Number"
    wrapper = JSObject()
    if isinstance(primitive, str):
        if len(primitive) <= _INDEXED_LIMIT:
            for index, char in enumerate(primitive):
                dict.__setitem__(wrapper, str(index), Accessor(value=char, writable=False, enumerable=True,
                                                               configurable=False))
        dict.__setitem__(wrapper, "length", Accessor(value=len(primitive), writable=False, enumerable=False,
                                                     configurable=False))
        with_accessors(wrapper)
    link_prototype(wrapper, current().prototype(kind))
    _PRIMITIVES[wrapper] = primitive
    return wrapper


def hold_primitive(obj: JSObject, primitive: Any) -> JSObject:
    """Make ``obj`` wrap ``primitive``: String/Number/Boolean.prototype are themselves wrappers of
    "", +0 and false, so ``Number.prototype.toString()`` is "0"."""
    _PRIMITIVES[obj] = primitive
    return obj


def primitive_of(value: Any, default: Any = _NOT_WRAPPED) -> Any:
    """The primitive a wrapper holds, else ``default`` (``NOT_WRAPPED``)."""
    if isinstance(value, JSObject):
        try:
            return _PRIMITIVES.get(value, default)
        except TypeError:
            return default
    if type(value) is RealmPrototype:  # `Number.prototype.valueOf()`: the realm's object
        return primitive_of(value.target(), default)
    return default


def is_wrapper(value: Any) -> bool:
    return primitive_of(value) is not _NOT_WRAPPED


NOT_WRAPPED = _NOT_WRAPPED


def construct_string(value: Any = undefined, *_rest: Any) -> JSObject:
    from .ops import to_str

    return wrap("" if value is undefined else to_str(value))


def construct_number(value: Any = 0, *_rest: Any) -> JSObject:
    from .ops import to_number

    return wrap(to_number(value))


def construct_boolean(value: Any = False, *_rest: Any) -> JSObject:
    return wrap(bool(value))
