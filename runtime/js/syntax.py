"""Helpers for JS syntax that has no direct Python form: array destructuring through iteration,
``with`` objects, tagged templates' strings.

Each is named in ``transpiler/names.py`` (HELPERS) and written by the translator only there."""

from __future__ import annotations

import weakref
from typing import Any, Generator

from .values import JSArray, JSObject, JSSymbol, JSTypeError, undefined


def unpack(source: Any, count: Any = None) -> JSArray:
    """``[a, , b] = source`` (and ``var [a, b] = source``, a ``[x, y]`` parameter): the first
    ``count`` values that iterating ``source`` gives, as an array (every value when ``count`` is
    None: the pattern ends in a rest element).  An array is read as it is; a value that cannot
    be iterated is a TypeError even when the pattern is empty, as in JS."""
    if isinstance(source, JSArray):
        return source
    from .collections import Map, Set, for_of

    if source is None or source is undefined or isinstance(source, (bool, int, float)) or (
            isinstance(source, JSObject) and not isinstance(source, (Map, Set))):
        shown = "null" if source is None else "undefined" if source is undefined else "value"
        raise JSTypeError(f"{shown} is not iterable")
    items: list[Any] = []
    if count is not None and count <= 0:
        return JSArray(items)
    iterator: Generator[Any, None, None] = for_of(source)  # type: ignore[assignment]  # (a generator function)
    try:
        for value in iterator:
            items.append(value)
            if count is not None and len(items) >= count:
                break
    finally:
        close = getattr(iterator, "close", None)
        if close is not None:
            close()  # the iterator is done with, as JS's IteratorClose
    return JSArray(items)


def with_object(value: Any) -> Any:
    """The object of ``with (value) { ... }``, whose properties the body's names look up first
    (the translator writes ``js.has(scope, "x")`` / ``js.get`` / ``js.set_`` for each name):
    null and undefined have no properties, a TypeError as in JS; a string, number or boolean is
    looked in through its wrapper object (its methods and a string's length)."""
    if value is None or value is undefined:
        raise JSTypeError(f"{'null' if value is None else 'undefined'} is not an object")
    if isinstance(value, (str, bool, int, float)) or type(value) is JSSymbol:
        from .wrappers import wrap

        return wrap(value)
    return value


_TEMPLATE_OBJECTS: "weakref.WeakKeyDictionary[Any, dict[tuple[Any, ...], JSArray]]" = weakref.WeakKeyDictionary()


def template_object(site: str, cooked: Any, raw: Any) -> JSArray:
    """The strings a tagged template passes its tag (``tag`a${x}b```): the cooked texts, with
    ``raw`` the texts as written; one array per template in the source (``site``), the same
    each time it runs, as in JS (kept by location and text, so files of one app stay apart)."""
    from .realm import global_object

    per_app = _TEMPLATE_OBJECTS.setdefault(global_object(), {})
    key = (site, *raw)
    strings = per_app.get(key)
    if strings is None:
        strings = JSArray(list(cooked))
        strings.raw = JSArray(list(raw))  # type: ignore[attr-defined]  # (JSArray keeps named properties as attributes)
        per_app[key] = strings
    return strings
