"""The JavaScript value model that generated code runs on.

Decided once, used everywhere:

* ``null`` is Python ``None``; ``undefined`` is the singleton :data:`undefined`.
* Numbers are Python ``int``/``float``.  NaN is the singleton :data:`NaN`, a float whose
  truth value is False, so Python truthiness equals JS truthiness for every runtime value.
* Strings are Python ``str``; booleans are ``bool``.
* Objects are :class:`JSObject`: attribute access for identifier keys, item access for any key,
  missing keys read as ``undefined``, keys enumerated in JS order.
* Arrays are :class:`JSArray`, a ``list`` with the JS methods, identity equality and JS truthiness.
* Errors are :class:`JSError` and subclasses: Python exceptions carrying JS ``name``/``message``.
"""

from __future__ import annotations

import math
from typing import Any, Callable, Iterable, Iterator


class _Undefined:
    """JS ``undefined``: falsy, equal only to itself, and an error to read properties from."""

    __slots__ = ()
    _instance: "_Undefined | None" = None

    def __new__(cls) -> "_Undefined":
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "undefined"

    __str__ = __repr__

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        raise JSTypeError(f"Cannot read properties of undefined (reading '{name}')", base="undefined", prop=name)

    def __setattr__(self, name: str, value: Any) -> None:
        raise JSTypeError(f"Cannot set properties of undefined (setting '{name}')", base="undefined", prop=name)

    def __getitem__(self, key: Any) -> Any:
        raise JSTypeError(f"Cannot read properties of undefined (reading '{key}')", base="undefined", prop=str(key))

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        raise JSTypeError("undefined is not a function", base="undefined", call=True)

    def __reduce__(self) -> str:
        return "undefined"


undefined: Any = _Undefined()


class _NaN(float):
    """NaN whose truth value is False, as in JS."""

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "NaN"


NaN: float = _NaN("nan")
Infinity: float = math.inf


class JSError(Exception):
    """A JS ``Error``; subclasses carry the JS constructor name in :attr:`name`."""

    name = "Error"

    def __init__(self, message: Any = "", **details: Any) -> None:
        self.message = "" if message is undefined else str(message)
        self.details = details
        super().__init__(self.message)

    def __str__(self) -> str:
        return f"{self.name}: {self.message}" if self.message else self.name

    def toString(self) -> str:  # noqa: N802 - JS method name
        return str(self)


class JSTypeError(JSError):
    name = "TypeError"


class JSRangeError(JSError):
    name = "RangeError"


class JSSyntaxError(JSError):
    name = "SyntaxError"


class JSReferenceError(JSError):
    name = "ReferenceError"


def is_array_index(key: str) -> bool:
    """True for the canonical integer keys JS enumerates first ("0", "17", not "01" or "-1")."""
    return key.isdigit() and (key == "0" or key[0] != "0") and int(key) < 2**32 - 1


def js_key_order(keys: Iterable[str]) -> list[str]:
    """JS own-key order: array-index keys ascending, then the rest in insertion order."""
    keys = list(keys)
    index_keys = sorted((k for k in keys if is_array_index(k)), key=int)
    return index_keys + [k for k in keys if not is_array_index(k)]


class JSObject:
    """A plain JS object.

    ``JSObject(width=200, title="x")`` or ``JSObject({"content-available": 1})``.  Identifier keys
    read as attributes (``e.success``); any key reads with ``obj["a-b"]``.  A missing key is
    ``undefined``.  Keys are stored as strings, as JS does.
    """

    def __init__(self, _items: Any = None, /, **props: Any) -> None:
        if _items:
            for key, value in dict(_items).items():
                self.__dict__[to_property_key(key)] = value
        self.__dict__.update(props)

    # -- property protocol ---------------------------------------------------------------
    def __getattr__(self, name: str) -> Any:
        # Only called for missing attributes: look along the prototype chain (set by `new`).
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        proto = self.__dict__.get("__proto__")
        while proto is not None:
            if name in proto.__dict__:
                return proto.__dict__[name]
            proto = proto.__dict__.get("__proto__")
        return undefined

    def __getitem__(self, key: Any) -> Any:
        name = to_property_key(key)
        value = self.__dict__.get(name, undefined)
        if value is undefined and "__proto__" in self.__dict__ and name != "__proto__":
            return self.__getattr__(name)
        return value

    def __setitem__(self, key: Any, value: Any) -> None:
        self.__dict__[to_property_key(key)] = value

    def __delitem__(self, key: Any) -> None:
        self.__dict__.pop(to_property_key(key), None)

    def __contains__(self, key: Any) -> bool:
        return to_property_key(key) in self.__dict__

    def __iter__(self) -> Iterator[str]:
        return iter(own_keys(self))

    def __bool__(self) -> bool:
        return True

    def keys(self) -> list[str]:
        """Own enumerable keys in JS order (the prototype link is not one)."""
        return js_key_order(k for k in self.__dict__ if k != "__proto__")

    def items(self) -> list[tuple[str, Any]]:
        return [(k, self.__dict__[k]) for k in self.keys()]

    def hasOwnProperty(self, key: Any) -> bool:  # noqa: N802 - JS method name
        return to_property_key(key) in self.__dict__

    def __repr__(self) -> str:
        body = ", ".join(f"{k}: {v!r}" for k, v in own_items(self))
        return "{" + body + "}"


class JSArray(list):
    """A JS array: a Python list with the JS methods, identity equality and JS truthiness."""

    __hash__ = object.__hash__  # type: ignore[assignment]

    def __eq__(self, other: object) -> bool:
        return self is other

    def __ne__(self, other: object) -> bool:
        return self is not other

    def __bool__(self) -> bool:
        return True

    def __repr__(self) -> str:
        return "[" + ", ".join(repr(v) for v in self) + "]"

    @property
    def length(self) -> int:
        return len(self)

    @length.setter
    def length(self, value: int) -> None:
        n = int(value)
        if n < len(self):
            del self[n:]
        else:
            self.extend([undefined] * (n - len(self)))

    def __getitem__(self, index: Any) -> Any:  # type: ignore[override]
        if isinstance(index, slice):
            return JSArray(list.__getitem__(self, index))
        if isinstance(index, bool):
            return undefined
        if isinstance(index, float) and index.is_integer():
            index = int(index)
        if isinstance(index, str) and is_array_index(index):
            index = int(index)
        if isinstance(index, int) and 0 <= index < len(self):
            return list.__getitem__(self, index)
        if index == "length":
            return len(self)
        return undefined

    def __setitem__(self, index: Any, value: Any) -> None:  # type: ignore[override]
        if isinstance(index, float) and index.is_integer():
            index = int(index)
        if isinstance(index, str) and is_array_index(index):
            index = int(index)
        if isinstance(index, int) and index >= 0:
            if index >= len(self):
                self.extend([undefined] * (index + 1 - len(self)))
            list.__setitem__(self, index, value)
        elif index == "length":
            self.length = value
        else:
            raise JSTypeError(f"cannot set non-index property {index!r} on an array")

    # -- JS methods (the ones apps reach most; more arrive with the fidelity work) -----------
    def push(self, *items: Any) -> int:
        self.extend(items)
        return len(self)

    def pop(self) -> Any:  # type: ignore[override]
        return list.pop(self) if self else undefined

    def shift(self) -> Any:
        return list.pop(self, 0) if self else undefined

    def unshift(self, *items: Any) -> int:
        list.__setitem__(self, slice(0, 0), items)
        return len(self)

    def indexOf(self, item: Any, start: int = 0) -> int:  # noqa: N802
        from .ops import strict_eq

        for i in range(int(start), len(self)):
            if strict_eq(list.__getitem__(self, i), item):
                return i
        return -1

    def join(self, sep: Any = ",") -> str:
        from .ops import to_str

        sep = "," if sep is undefined else to_str(sep)
        return sep.join("" if v is None or v is undefined else to_str(v) for v in self)

    def slice(self, start: Any = 0, end: Any = undefined) -> "JSArray":
        begin, stop = _relative_range(len(self), start, end)
        return JSArray(list.__getitem__(self, slice(begin, stop)))

    def concat(self, *others: Any) -> "JSArray":
        out = JSArray(self)
        for other in others:
            if isinstance(other, JSArray):
                out.extend(other)
            else:
                out.append(other)
        return out

    def forEach(self, fn: Callable[..., Any]) -> Any:  # noqa: N802
        for i, v in enumerate(list(self)):
            _call_with_arity(fn, v, i, self)
        return undefined

    def map(self, fn: Callable[..., Any]) -> "JSArray":
        return JSArray(_call_with_arity(fn, v, i, self) for i, v in enumerate(list(self)))

    def filter(self, fn: Callable[..., Any]) -> "JSArray":
        return JSArray(v for i, v in enumerate(list(self)) if _call_with_arity(fn, v, i, self))

    def sort(self, comparator: Any = None) -> "JSArray":  # type: ignore[override]
        """JS sort: stable; by string value without a comparator (so 10 sorts before 9);
        ``undefined`` last; a comparator's result is read as a number."""
        from functools import cmp_to_key

        from .ops import adapt_args, to_number, to_str

        present = [v for v in self if v is not undefined]
        missing = len(self) - len(present)
        if comparator is None or comparator is undefined:
            present.sort(key=lambda v: to_str(v).encode("utf-16-be"))
        else:
            call = comparator if len(adapt_args(comparator, (0, 0))) == 2 else (
                lambda a, b: comparator(*adapt_args(comparator, (a, b))))

            def compare(a: Any, b: Any) -> int:
                result = call(a, b)
                if type(result) is not int:
                    result = to_number(result)
                    if result != result:
                        return 0
                return (result > 0) - (result < 0)

            try:
                # Fast: the comparator's numbers serve directly (bools count as 0/1, as in JS).
                present = sorted(present, key=cmp_to_key(call))
            except TypeError:
                # It returned something else (a string, undefined...): read it as a JS number.
                present = sorted(present, key=cmp_to_key(compare))
        list.__setitem__(self, slice(None), present + [undefined] * missing)
        return self

    def reverse(self) -> "JSArray":  # type: ignore[override]
        list.reverse(self)
        return self

    def splice(self, start: Any, count: Any = undefined, *items: Any) -> "JSArray":
        from .ops import to_integer

        length = len(self)
        begin = to_integer(start)
        begin = max(length + begin, 0) if begin < 0 else min(begin, length)
        n = length - begin if count is undefined else min(max(to_integer(count), 0), length - begin)
        removed = JSArray(list.__getitem__(self, slice(begin, begin + n)))
        list.__setitem__(self, slice(begin, begin + n), items)
        return removed

    def reduce(self, fn: Callable[..., Any], *initial: Any) -> Any:
        items = list(self)
        if initial:
            accumulator, start = initial[0], 0
        elif items:
            accumulator, start = items[0], 1
        else:
            from .values import JSTypeError as _TypeError

            raise _TypeError("Reduce of empty array with no initial value")
        for index in range(start, len(items)):
            accumulator = _call_with_arity(fn, accumulator, items[index], index, self)
        return accumulator

    def some(self, fn: Callable[..., Any]) -> bool:
        return any(_call_with_arity(fn, v, i, self) for i, v in enumerate(list(self)))

    def every(self, fn: Callable[..., Any]) -> bool:
        return all(_call_with_arity(fn, v, i, self) for i, v in enumerate(list(self)))

    def toString(self) -> str:  # noqa: N802
        return self.join(",")


def _relative_range(length: int, start: Any, end: Any) -> tuple[int, int]:
    from .ops import to_integer

    s = to_integer(start)
    e = length if end is undefined else to_integer(end)
    s = max(length + s, 0) if s < 0 else min(s, length)
    e = max(length + e, 0) if e < 0 else min(e, length)
    return s, e


def adapt_args(fn: Any, args: tuple[Any, ...], skip: int = 0) -> tuple[Any, ...]:
    """The arguments a JS call passes to a translated function: extra ones dropped, missing ones
    ``undefined`` (Python would raise TypeError for either).  ``skip``: leading parameters the
    caller fills itself (``this``).  Functions taking ``*args``, and non-functions, get ``args``."""
    code = getattr(fn, "__code__", None)
    if code is None or code.co_flags & 0x04:
        return args
    count = code.co_argcount - skip - (1 if getattr(fn, "__self__", None) is not None else 0)
    if len(args) > count:
        return args[:count]
    missing = count - len(args) - len(getattr(fn, "__defaults__", None) or ())
    return args + (undefined,) * missing if missing > 0 else args


def _call_with_arity(fn: Callable[..., Any], *args: Any) -> Any:
    """Call ``fn`` as JS would (see :func:`adapt_args`): callbacks of array methods and the like."""
    return fn(*adapt_args(fn, args))


def own_keys(obj: JSObject) -> list[str]:
    """``obj``'s own keys in JS order.  The runtime uses this, never ``obj.keys()``: a JS property
    named ``keys`` or ``items`` lives in the same namespace and would shadow the method."""
    return JSObject.keys(obj)


def own_items(obj: JSObject) -> list[tuple[str, Any]]:
    return JSObject.items(obj)


def to_property_key(key: Any) -> str:
    """ToPropertyKey for the primitive keys apps use."""
    if isinstance(key, str):
        return key
    from .ops import to_str

    return to_str(key)
