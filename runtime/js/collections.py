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


class _Ordered(metaclass=BuiltinClass):
    """Entries in insertion order, iterated live as JS does: an entry deleted before an iterator
    reaches it is skipped, one added meanwhile is visited.  Each entry is ``[key, value, live]``;
    a deleted one stays in the order (marked dead) while an iteration is under way, and the order
    is compacted when none is."""

    def __init__(self) -> None:
        self._data: dict[Any, list[Any]] = {}
        self._order: list[list[Any]] = []
        self._walkers = 0

    def _put(self, key: Any, value: Any) -> None:
        entry = self._data.get(_key(key))
        if entry is not None:
            entry[1] = value
            return
        entry = [key, value, True]
        self._data[_key(key)] = entry
        self._order.append(entry)

    def _remove(self, key: Any) -> bool:
        entry = self._data.pop(_key(key), None)
        if entry is None:
            return False
        entry[2] = False
        if not self._walkers and len(self._order) > 8 and len(self._data) * 2 < len(self._order):
            self._order = [each for each in self._order if each[2]]
        return True

    def _clear(self) -> None:
        for entry in self._order:
            entry[2] = False
        self._data.clear()
        if not self._walkers:
            self._order = []

    def _walk(self) -> Iterator[list[Any]]:
        """The live entries, in order, as an iteration started now meets them."""
        self._walkers += 1
        try:
            position = 0
            while position < len(self._order):
                entry = self._order[position]
                position += 1
                if entry[2]:
                    yield entry
        finally:
            self._walkers -= 1

    @InstanceProperty
    def size(self) -> int:
        return len(self._data)

    def has(self, key: Any) -> bool:
        return _key(key) in self._data

    def delete(self, key: Any) -> bool:
        return self._remove(key)

    def clear(self) -> Any:
        self._clear()
        return undefined

    def _each(self, fn: Any, this_arg: Any, kind: str) -> Any:
        _callback(fn, kind)
        for key, value, _ in self._walk():
            call_with_this(fn, this_arg, value, key, self)
        return undefined

    def js_json_properties(self) -> list[tuple[str, Any]]:
        return []


def _iterator(entries: Iterator[Any]) -> Any:
    """A Map or Set iterator: ``next()``, and itself as its ``[Symbol.iterator]()``."""
    from .generators import JSGenerator

    return JSGenerator(entries)


class Map(_Ordered):
    def __init__(self, entries: Any = undefined) -> None:
        super().__init__()
        if entries not in (undefined, None):
            for entry in for_of(entries):
                self.set(entry[0], entry[1])

    def get(self, key: Any) -> Any:
        entry = self._data.get(_key(key))
        return undefined if entry is None else entry[1]

    def set(self, key: Any, value: Any) -> "Map":
        self._put(key, value)
        return self

    def keys(self) -> Any:
        return _iterator(entry[0] for entry in self._walk())

    def values(self) -> Any:
        return _iterator(entry[1] for entry in self._walk())

    def entries(self) -> Any:
        return _iterator(iter(self))

    def forEach(self, fn: Any = undefined, this_arg: Any = undefined) -> Any:
        return self._each(fn, this_arg, "Map")

    def __iter__(self) -> Iterator[JSArray]:
        return (JSArray([entry[0], entry[1]]) for entry in self._walk())


class Set(_Ordered):
    def __init__(self, values: Any = undefined) -> None:
        super().__init__()
        if values not in (undefined, None):
            for value in for_of(values):
                self.add(value)

    def add(self, value: Any) -> "Set":
        if _key(value) not in self._data:
            self._put(value, value)
        return self

    def values(self) -> Any:
        return _iterator(iter(self))

    keys = values

    def entries(self) -> Any:
        return _iterator(JSArray([entry[0], entry[0]]) for entry in self._walk())

    def forEach(self, fn: Any = undefined, this_arg: Any = undefined) -> Any:
        return self._each(fn, this_arg, "Set")

    def __iter__(self) -> Iterator[Any]:
        return (entry[0] for entry in self._walk())


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
        try:
            yield get(step, "value")
        except GeneratorExit:  # the loop was left early: IteratorClose calls the iterator's return()
            _close_iterator(iterator)
            raise


def _close_iterator(iterator: Any) -> None:
    from .ops import get
    from .values import call_with_this

    close = get(iterator, "return")
    if close is None or close is undefined:
        return
    if not callable(close) or isinstance(close, (JSObject, JSArray)):
        raise JSTypeError("The iterator's 'return' method is not a function")
    result = call_with_this(close, iterator)
    if result is None or result is undefined or isinstance(result, (str, int, float, bool)):
        raise JSTypeError(f"Iterator result {result!r} is not an object")


def _register_prototypes() -> None:
    from .prototypes import class_prototype

    class_prototype("Map", Map, ("get", "set", "has", "delete", "clear", "keys", "values", "entries", "forEach"), ("size",))
    class_prototype("Set", Set, ("add", "has", "delete", "clear", "entries", "values", "forEach"), ("size",))
    class_prototype("WeakMap", WeakMap, ("get", "set", "has", "delete"))
    class_prototype("WeakSet", WeakSet, ("add", "has", "delete"))


_register_prototypes()
