"""ES2015 ``Map`` and ``Set``, and the iteration ``for...of`` uses.

Keys compare as JS's SameValueZero: ``NaN`` equals ``NaN``, ``-0`` equals ``0``, ``1`` and
``true`` differ, objects by identity.  Iteration is in insertion order, as in JS.
"""

from __future__ import annotations

import math
from typing import Any, Iterator

from .values import BuiltinClass, InstanceProperty, JSArray, JSObject, JSTypeError, call_with_this, undefined


_ABSENT = object()


def _callback(fn: Any, kind: str) -> None:
    if not callable(fn) or fn is undefined or isinstance(fn, (JSObject, JSArray)):
        raise JSTypeError(f"{kind}.prototype.forEach callback must be a function")


def _key(value: Any) -> Any:
    if isinstance(value, bool):
        return ("bool", value)
    if isinstance(value, float):
        if value != value:
            return ("nan",)
        if value.is_integer() and not math.isinf(value):
            return int(value)
    return value


class Map(metaclass=BuiltinClass):
    def __init__(self, entries: Any = undefined) -> None:
        self._data: dict[Any, tuple[Any, Any]] = {}
        if entries not in (undefined, None):
            for entry in for_of(entries):
                self.set(entry[0], entry[1])

    @InstanceProperty
    def size(self) -> int:
        return len(self._data)

    def get(self, key: Any) -> Any:
        return self._data.get(_key(key), (None, undefined))[1]

    def set(self, key: Any, value: Any) -> "Map":
        self._data[_key(key)] = (key, value)
        return self

    def has(self, key: Any) -> bool:
        return _key(key) in self._data

    def delete(self, key: Any) -> bool:
        return self._data.pop(_key(key), None) is not None

    def clear(self) -> Any:
        self._data.clear()
        return undefined

    def keys(self) -> JSArray:
        return JSArray(k for k, _ in self._data.values())

    def values(self) -> JSArray:
        return JSArray(v for _, v in self._data.values())

    def entries(self) -> JSArray:
        return JSArray(JSArray([k, v]) for k, v in self._data.values())

    def forEach(self, fn: Any = undefined, this_arg: Any = undefined) -> Any:
        _callback(fn, "Map")
        for key, value in list(self._data.values()):
            call_with_this(fn, this_arg, value, key, self)
        return undefined

    def __iter__(self) -> Iterator[JSArray]:
        return iter(self.entries())

    def js_json_properties(self) -> list[tuple[str, Any]]:
        return []


class Set(metaclass=BuiltinClass):
    def __init__(self, values: Any = undefined) -> None:
        self._data: dict[Any, Any] = {}
        if values not in (undefined, None):
            for value in for_of(values):
                self.add(value)

    @InstanceProperty
    def size(self) -> int:
        return len(self._data)

    def add(self, value: Any) -> "Set":
        self._data.setdefault(_key(value), value)
        return self

    def has(self, value: Any) -> bool:
        return _key(value) in self._data

    def delete(self, value: Any) -> bool:
        return self._data.pop(_key(value), _ABSENT) is not _ABSENT

    def clear(self) -> Any:
        self._data.clear()
        return undefined

    def values(self) -> JSArray:
        return JSArray(self._data.values())

    keys = values

    def entries(self) -> JSArray:
        return JSArray(JSArray([v, v]) for v in self._data.values())

    def forEach(self, fn: Any = undefined, this_arg: Any = undefined) -> Any:
        _callback(fn, "Set")
        for value in list(self._data.values()):
            call_with_this(fn, this_arg, value, value, self)
        return undefined

    def __iter__(self) -> Iterator[Any]:
        return iter(list(self._data.values()))

    def js_json_properties(self) -> list[tuple[str, Any]]:
        return []


def _object_key(value: Any, kind: str) -> Any:
    if value is None or value is undefined or isinstance(value, (str, int, float, bool)):
        raise JSTypeError(f"Invalid value used {'as weak map key' if kind == 'map' else 'in weak set'}")
    return value


class WeakMap(Map):
    """``WeakMap``: a Map whose keys must be objects.  (It holds them strongly: the runtime's
    garbage collection is Python's, and an app cannot observe the difference.)"""

    def set(self, key: Any, value: Any) -> "Map":
        return super().set(_object_key(key, "map"), value)


class WeakSet(Set):
    """``WeakSet``: a Set of objects (held strongly, as WeakMap's keys are)."""

    def add(self, value: Any) -> "Set":
        return super().add(_object_key(value, "set"))


def for_of(iterable: Any) -> Iterator[Any]:
    """What ``for (x of iterable)`` visits: array elements (live, as JS sees pushes), string
    characters, Map entries, Set values."""
    if isinstance(iterable, JSArray):
        index = 0
        read = list.__getitem__ if type(iterable) is JSArray else type(iterable).__getitem__  # (accessor elements)
        while index < len(iterable):
            yield read(iterable, index)
            index += 1
    elif isinstance(iterable, (str, Map, Set)):
        yield from iterable
    elif iterable is undefined or iterable is None:
        raise JSTypeError(f"{iterable!r} is not iterable")
    elif isinstance(iterable, JSObject):
        yield from _iterator_protocol(iterable)
    else:
        try:
            yield from iter(iterable)
        except TypeError:
            raise JSTypeError("value is not iterable") from None


def _iterator_protocol(iterable: Any) -> Iterator[Any]:
    """An object's ``[Symbol.iterator]()``, then its ``next()`` until a result is ``done``."""
    from .ops import get, truthy
    from .strings import invoke
    from .symbols import Symbol
    from .values import call_with_this

    method = iterable[Symbol.iterator]
    if not callable(method) or method is undefined or isinstance(method, (JSObject, JSArray)):
        raise JSTypeError("object is not iterable (cannot read property Symbol(Symbol.iterator))")
    iterator = call_with_this(method, iterable)
    if iterator is None or iterator is undefined or isinstance(iterator, (str, int, float, bool)):
        raise JSTypeError("Result of the Symbol.iterator method is not an object")
    while True:
        step = invoke(iterator, "next")
        if step is None or step is undefined or isinstance(step, (str, int, float, bool)):
            raise JSTypeError(f"Iterator result {step!r} is not an object")
        if truthy(get(step, "done")):
            return
        yield get(step, "value")


def _register_prototypes() -> None:
    from .prototypes import class_prototype

    class_prototype("Map", Map, ("get", "set", "has", "delete", "clear", "keys", "values", "entries", "forEach"), ("size",))
    class_prototype("Set", Set, ("add", "has", "delete", "clear", "entries", "values", "forEach"), ("size",))
    class_prototype("WeakMap", WeakMap, ("get", "set", "has", "delete"))
    class_prototype("WeakSet", WeakSet, ("add", "has", "delete"))


_register_prototypes()
