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

import itertools
import math
import sys
import weakref
from typing import Any, Callable, Iterable, Iterator, cast

from .exposed import COMPUTED_MEMBER_NAMES, PYTHON_LIST_METHODS, is_exposed_attribute


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


class InstanceProperty(property):
    """A property of a JS class's instances (``new Map().size``, ``err.stack``): read on the class
    itself, which JS sees as the constructor (``Map.size``), it is undefined, never Python's
    property object."""

    def __get__(self, obj: Any, objtype: Any = None) -> Any:
        return undefined if obj is None else super().__get__(obj, objtype)


def _constructor_member(cls: type, name: str) -> Any:
    """What a runtime class that is a JS constructor inherits as a function (``Date.call``,
    ``Map.hasOwnProperty``); an AttributeError for anything else, so that Python's hasattr and
    getattr defaults keep their meaning."""
    from .exposed import is_exposed_attribute
    from .functions import inherited_function_member

    if not is_exposed_attribute(name):
        raise AttributeError(name)
    found = inherited_function_member(cls, name)
    if found is undefined:
        raise AttributeError(name)
    return found


class BuiltinClass(type):
    """The type of the runtime classes that are JS built-in constructors (Date, RegExp, Map, Set,
    Promise): function values, whose ``name``, ``length`` and static methods are their own
    properties, and which inherit from Function.prototype."""

    def __getattr__(cls, name: str) -> Any:
        return _constructor_member(cls, name)

    def __setattr__(cls, name: str, value: Any) -> None:
        if name == "prototype" and "js_builtin" in vars(cls):
            return  # a built-in constructor's prototype is read-only
        super().__setattr__(name, value)


class _ErrorClass(BuiltinClass):
    """The type of the Error classes: ``Error.prototype`` is the realm's Error.prototype object."""

    @property
    def prototype(cls) -> Any:
        from .realm import current

        return current().prototype(cls.name)


class JSError(Exception, metaclass=_ErrorClass):
    """A JS ``Error``; subclasses carry the JS constructor name in :attr:`name`."""

    name = "Error"

    def __init__(self, message: Any = undefined, **details: Any) -> None:
        if message is undefined:
            pass  # no own message: Error.prototype's "" is read
        else:
            from .ops import to_str

            self.message = to_str(message)
            # (an own, non-enumerable property, as the Error constructor defines it)
            self.__dict__["_js_attributes"] = {"message": _MESSAGE_FLAGS}
        self.js_details = details  # (how the runtime words the error; not a JS property)
        super().__init__(self.__dict__.get("message", ""))

    def __str__(self) -> str:
        return f"{self.name}: {self.message}" if self.message else self.name

    def __getattr__(self, name: str) -> Any:
        # Only called for a missing attribute: JS reads a property the error lacks as undefined
        # (Python's and the runtime's own names, with a leading underscore, stay missing).
        if name.startswith("_"):
            raise AttributeError(name)
        if name == "constructor":
            return type(self)  # the Error global is this class (TypeError is JSTypeError...)
        table = self.__dict__.get("_js_properties")
        if table is not None and name in table:  # (a JS property that is not an attribute name)
            value = table[name]
            return value.read(self) if type(value) is Accessor else value
        value = read_property_for(type(self).prototype, name, self)  # Error.prototype's, Object.prototype's
        return method_of(value, self) if type(value) in method_types else value

    def __getitem__(self, key: Any) -> Any:  # `err[k]` (an error is an object: any key)
        from .ops import get

        return get(self, key)

    def __setitem__(self, key: Any, value: Any) -> None:
        from .ops import set_

        set_(self, key, value)

    # Python's exception arguments are not a JS property of an Error: `e.args` is the app's own
    # data, undefined until it sets it (Python's machinery reads them in C, not through this).
    @InstanceProperty
    def args(self) -> Any:
        return self.__dict__.get("_js_args", undefined)

    @args.setter  # type: ignore[no-redef]  # (InstanceProperty is no property to mypy)
    def args(self, value: Any) -> None:
        self.__dict__["_js_args"] = value

    @InstanceProperty
    def stack(self) -> str:
        """JavaScriptCore's ``stack`` is the call sites, one per line; the runtime keeps no JS
        call stack, so it gives the error's own line (apps mostly log it)."""
        return str(self)

    def toString(self) -> str:  # JS method name
        return str(self)


_MESSAGE_FLAGS = (True, False, True)


class JSTypeError(JSError):
    name = "TypeError"


class JSRangeError(JSError):
    name = "RangeError"


class JSSyntaxError(JSError):
    name = "SyntaxError"


class JSReferenceError(JSError):
    name = "ReferenceError"


class JSURIError(JSError):
    name = "URIError"


class JSEvalError(JSError):
    name = "EvalError"  # (nothing throws it now; programs and their tests construct it)


class JSSymbol:
    """A JS symbol (symbols.py): a primitive that equals only itself, usable as a property key."""

    __slots__ = ("description",)

    def __init__(self, description: "str | None" = None) -> None:
        self.description = undefined if description is None else description

    def toString(self) -> str:  # JS method name
        return f"Symbol({'' if self.description is undefined else self.description})"

    def valueOf(self) -> "JSSymbol":  # JS method name
        return self

    def __bool__(self) -> bool:
        return True

    __repr__ = toString


def is_array_index(key: str) -> bool:
    """True for the canonical integer keys JS enumerates first ("0", "17", not "01" or "-1")."""
    return type(key) is str and key.isdigit() and (key == "0" or key[0] != "0") and int(key) < 2**32 - 1


def js_key_order(keys: Iterable[str]) -> list[str]:
    """JS own-key order: array-index keys ascending, then the rest in insertion order."""
    keys = [k for k in keys if type(k) is str]  # (symbol keys are never listed with the names)
    index_keys = sorted((k for k in keys if is_array_index(k)), key=int)
    return index_keys + [k for k in keys if not is_array_index(k)]


class Accessor:
    """A property that is not a plain enumerable, writable value: a getter/setter pair
    (``get full() {...}``, ``Object.defineProperty(o, k, {get, set})``) or a data property
    defined as read-only or non-enumerable.  Stored in the owner's ``__dict__`` like a value."""

    __slots__ = ("get", "set", "value", "writable", "enumerable", "configurable")

    def __init__(self, get: Any = None, set: Any = None, *, value: Any = None, writable: bool = False,
                 enumerable: bool = True, configurable: bool = True) -> None:
        self.get = None if get is undefined else get
        self.set = None if set is undefined else set
        self.value = undefined if value is None else value
        self.writable = writable
        self.enumerable = enumerable
        self.configurable = configurable

    @property
    def is_data(self) -> bool:
        return self.get is None and self.set is None

    def read(self, this: Any) -> Any:
        if self.get is None:
            return self.value if self.is_data else undefined
        return call_with_this(self.get, this)

    def write(self, this: Any, value: Any) -> None:
        if self.set is not None:
            call_with_this(self.set, this, value)
        elif self.is_data and self.writable:
            self.value = value
        else:  # a getter without a setter, or a read-only value
            refuse_in_strict_code("Attempted to assign to readonly property.")


def running_strict_code() -> bool:
    """Is the converted code running now (the innermost converted module on the stack) strict-mode
    code?  Its module says so (``__ti2py_strict__``).  Asked only when JS refuses a write."""
    frame = sys._getframe(1)
    while frame is not None:
        module = frame.f_globals
        if "__ti2py_source__" in module:
            return module.get("__ti2py_strict__") is True
        frame = frame.f_back  # type: ignore[assignment]
    return False


def refuse_in_strict_code(message: str) -> None:
    """A write or delete that JS refuses: ignored in sloppy-mode code, a TypeError in strict mode."""
    if running_strict_code():
        raise JSTypeError(message)


_MISSING = object()
# Set by functions.py: wraps a prototype's method read from an instance so a plain call has the
# instance as `this` (a translated `obj.method()` in a module that cannot see the method).
method_of: "Callable[[Any, Any], Any]" = lambda value, receiver: value
method_types: frozenset[type] = frozenset()
# A JSObject is a dict whose attribute dict is itself, and it hides dict's methods from JS code
# (obj.get is the JS property "get"): the runtime reads and writes properties through these.
_own_get = dict.get
_own_set = dict.__setitem__
_own_has = dict.__contains__
_own_pop = dict.pop
_own_keys = dict.keys
_own_items = dict.items


def _array_link(array: "JSArray", key: str) -> Any:
    """``key`` on an array that is some object's prototype (``F.prototype = [1, 2]``): an index,
    ``length``, a named property or Array.prototype's member (unbound); else _MISSING."""
    if is_array_index(key):
        return list.__getitem__(array, int(key)) if int(key) < len(array) else _MISSING
    if key == "length":
        return len(array)
    if has_array_named(array, key, own=True):
        return array_named(array, key)

    found = realm.prototype_member("Array", key)
    return _MISSING if found is realm.NOT_ADDED else found


def _find_property(obj: "JSObject", key: str) -> Any:
    """The value or Accessor stored under ``key`` on ``obj`` or along its prototype chain."""
    holder: Any = obj
    while holder is not None:
        if isinstance(holder, JSArray):
            return _array_link(holder, key)
        found = _own_get(holder.__dict__, key, _MISSING)
        if found is not _MISSING:
            return found
        holder = _own_get(holder.__dict__, "__proto__")
    return _MISSING


def read_property_for(holder: "JSObject", key: str, this: Any) -> Any:
    """``key`` found from ``holder`` along its prototype chain, read as a property of ``this``
    (``super.x``: a getter runs on the instance, not on the prototype that holds it)."""
    found = _find_property(holder, key)
    if found is _MISSING:
        return undefined
    return found.read(this) if type(found) is Accessor else found


def _write_property(obj: "JSObject", key: str, value: Any) -> None:
    """``obj[key] = value`` where ``key`` may be an accessor here or up the prototype chain."""
    found = _find_property(obj, key)
    if type(found) is not Accessor:
        _own_set(obj, key, value)
    elif found.is_data and found.writable and not _own_has(obj, key):
        _own_set(obj, key, value)  # an inherited writable value is shadowed, as in JS
    else:
        found.write(obj, value)


def _read_through_accessor_class(obj: "JSObject", key: str) -> Any:
    """``obj.key`` where ``key`` has an Accessor on ``obj`` or up its chain: a getter runs on
    ``obj``; an inherited method comes bound to ``obj``, as any inherited method does."""
    if _own_has(obj, key):
        found = _own_get(obj, key)
        return found.read(obj) if type(found) is Accessor else found
    found = _find_property(obj, key)
    if found is _MISSING:
        return undefined
    if type(found) is Accessor:
        if not found.is_data:
            return found.read(obj)
        found = found.value
    return method_of(found, obj) if type(found) in method_types else found


def _accessor_property(key: str) -> property:
    return property(lambda self: _read_through_accessor_class(self, key),
                    lambda self, value: _write_property(self, key, value))


_ACCESSOR_CLASSES: dict[frozenset[str], type] = {}


def accessor_class(keys: frozenset[str]) -> type:
    """The JSObject subclass whose Python properties route ``keys`` through their Accessors
    (a class-level property wins over the instance ``__dict__``, so ``obj.full`` runs the getter)."""
    cls = _ACCESSOR_CLASSES.get(keys)
    if cls is None:
        members: dict[str, Any] = {k: _accessor_property(k) for k in keys if type(k) is str and k.isidentifier()}
        members["_accessor_keys"] = keys
        cls = type("JSObject", (_AccessorObject,), members)
        _ACCESSOR_CLASSES[keys] = cls
    return cls


def inherited_accessor_keys(obj: "JSObject") -> frozenset[str]:
    keys: frozenset[str] = frozenset()
    holder: Any = _own_get(obj, "__proto__")
    while holder is not None:
        keys |= getattr(type(holder), "_accessor_keys", frozenset())  # (an Error prototype has none)
        holder = _own_get(holder.__dict__, "__proto__")
    return keys


def link_prototype(obj: "JSObject", proto: "JSObject | JSError | JSArray") -> None:
    """Set ``obj``'s prototype; getters and setters the chain defines start working on ``obj``."""
    object.__setattr__(obj, "__proto__", proto)
    keys = inherited_accessor_keys(obj) | type(obj)._accessor_keys
    if keys:
        obj.__class__ = accessor_class(keys)


def define_accessor(obj: Any, key: Any, get: Any = undefined, set: Any = undefined) -> Any:
    """``get key() {...}`` / ``set key(v) {...}`` on ``obj`` (a class's prototype or an object)."""
    return define_property(obj, key, Accessor(get, set))


def define_property(obj: Any, key: Any, accessor: Accessor) -> Any:
    if isinstance(obj, tuple(method_types)) and not accessor.is_data:
        from .functions import define_function_accessor  # `static get x()`: on a class itself

        function: Any = obj  # (a translated function or a ThisFunction: method_types)
        return define_function_accessor(function, to_property_key(key), accessor)
    if not isinstance(obj, JSObject):
        if obj is None or obj is undefined or isinstance(obj, (str, bool, int, float)):
            raise JSTypeError("Object.defineProperty called on non-object")
        # An array, a function, a runtime object: the value is stored as an ordinary property
        # (their properties hold no getters or attributes in this model).
        from .ops import set_

        set_(obj, key, accessor.read(obj) if accessor.is_data else accessor.value)
        return obj
    name = to_property_key(key)
    previous = _own_get(obj, name)
    if type(previous) is Accessor and not accessor.is_data:
        # `get x` and then `set x` (or the reverse): one property with both halves.
        accessor.get = accessor.get or previous.get
        accessor.set = accessor.set or previous.set
    _own_set(obj, name, accessor)
    keys = type(obj)._accessor_keys | {name} | inherited_accessor_keys(obj)
    if type(obj)._accessor_keys != keys:
        obj.__class__ = accessor_class(frozenset(keys))
    return obj


def with_accessors(obj: "JSObject") -> "JSObject":
    """An object literal with getters/setters: its Accessor values start acting as properties."""
    keys = frozenset(k for k, v in _own_items(obj) if type(v) is Accessor)
    if keys:
        obj.__class__ = accessor_class(keys | inherited_accessor_keys(obj))
    return obj


_ONLY_STRINGS = frozenset({str})


def _string_keys(obj: "JSObject") -> None:
    """Python code wrote ``obj[1] = x`` (generated code converts keys itself): the key becomes
    the string JS would have made of it."""
    for key in [k for k in _own_keys(obj) if type(k) is not str and type(k) is not JSSymbol]:
        _own_set(obj, to_property_key(key), _own_pop(obj, key))


class _HiddenFromJS:
    """A method of JSObject (or of dict) that JS code must not see: ``obj.keys`` or
    ``obj.update`` read the JS property of that name (own or inherited, else undefined), as a JS
    method ``Store.prototype.update`` needs; the runtime calls ``JSObject.keys(obj)``."""

    def __init__(self, fn: Callable[..., Any]) -> None:
        self.fn = fn

    def __get__(self, obj: Any, owner: Any = None) -> Any:
        if obj is None:
            return self.fn
        raise AttributeError(self.fn.__name__)  # so __getattr__ looks along the prototype chain


# Plain values that are not enumerable: the ``constructor`` of a function's own ``prototype``
# object (``for (k in new F())`` does not list it, ``_.allKeys`` neither).  Kept beside the
# objects, not in them, so their instances stay plain (an Accessor there would make every
# instance route its reads through the chain's accessors).
_HIDDEN_KEYS: "weakref.WeakKeyDictionary[JSObject, frozenset[str]]"


def default_prototype(constructor: Any) -> "JSObject":
    """A new function's ``prototype``: an object whose ``constructor`` (not enumerable) is it."""
    proto = JSObject(constructor=constructor)
    _HIDDEN_KEYS[proto] = _CONSTRUCTOR_ONLY
    return proto


def hide_keys(obj: "JSObject", names: Iterable[str]) -> None:
    """Make the plain values ``names`` of ``obj`` not enumerable (a class's methods)."""
    _HIDDEN_KEYS[obj] = _HIDDEN_KEYS.get(obj, frozenset()) | frozenset(names)


class JSObject(dict):
    """A plain JS object.

    ``JSObject(width=200, title="x")`` or ``JSObject({"content-available": 1})``.  Identifier keys
    read as attributes (``e.success``); any key reads with ``obj["a-b"]``.  A missing key is
    ``undefined``.  Keys are stored as strings, as JS does.

    It is a dict that is also its own attribute dict, so both ``obj.key`` and ``obj["key"]`` are
    Python's own C-level lookups; only a miss runs Python code (the prototype chain, a number
    key).  Writes with a key that is not a string go through ``js.set_`` or ``str()``/``js.key``
    in generated code; a write stores exactly the key it is given.
    """

    get, pop, popitem, update, setdefault, copy, clear, fromkeys, values = (
        _HiddenFromJS(getattr(dict, name))
        for name in ("get", "pop", "popitem", "update", "setdefault", "copy", "clear", "fromkeys", "values"))
    __hash__ = object.__hash__  # type: ignore[assignment]

    def __init__(self, _items: Any = None, /, **props: Any) -> None:
        self.__dict__ = self  # (cheaper here than in a __new__)
        if _items:
            pairs = JSObject.items(_items) if isinstance(_items, JSObject) else dict(_items).items()
            for key, value in pairs:
                _own_set(self, key if type(key) is str else to_property_key(key), value)
        if props:
            dict.update(self, props)

    # -- property protocol ---------------------------------------------------------------
    _accessor_keys: frozenset[str] = frozenset()  # keys with an Accessor here or up the chain

    def __getattr__(self, name: str) -> Any:
        # Only called for missing attributes: look along the prototype chain (set by `new`).
        # Python's own protocol names (`__deepcopy__`...) stay Python's: generated code reads a
        # JS property of such a name as an item, `obj["__class__"]`, which reaches _inherited.
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        return JSObject._inherited(self, name)

    def _inherited(self, name: str) -> Any:
        proto = _own_get(self, "__proto__")
        while proto is not None:
            value = _array_link(proto, name) if isinstance(proto, JSArray) else _own_get(proto.__dict__, name, _MISSING)
            if value is not _MISSING:
                if type(value) is Accessor:
                    if not value.is_data:
                        return value.read(self)
                    value = value.value
                return method_of(value, self) if type(value) in method_types else value
            proto = _own_get(proto.__dict__, "__proto__") if not isinstance(proto, JSArray) else None
        inherited = _OBJECT_METHODS.get(name)  # Object.prototype's methods, last on every chain
        if inherited is not None:
            return inherited.__get__(self)
        return added_prototype_member("Object", name, self)

    def __missing__(self, key: Any) -> Any:
        # obj[key] found nothing: a number key as its string, then the prototype chain.
        if type(key) is not str:
            name = to_property_key(key)
            value = _own_get(self, name, _MISSING)
            if value is not _MISSING:
                return value.read(self) if type(value) is Accessor else value
            key = name
        elif key.isdigit() and _own_has(self, int(key)):  # Python code wrote obj[1] = x
            _string_keys(self)
            return dict.__getitem__(self, key)
        if key == "__proto__":
            return undefined
        if _own_has(self, "__proto__") or key in _OBJECT_PROTOTYPE:
            return JSObject._inherited(self, key)
        # What the program added to Object.prototype, checked inline: a miss is common (a map's
        # absent key, `counts[key] || 0`) and mostly finds nothing.
        current = realm.current_or_none()
        added = current.prototypes.get("Object") if current is not None else None
        return added_prototype_member("Object", key, self) if added is not None and _own_has(added, key) else undefined

    # No __delitem__ here: a class that defines one routes every `obj[key] = value` through a
    # Python-level slot (3x slower stores).  `del obj[key]` is dict's; JS's `delete`, which lets
    # a missing key go, is delete_property (js.delete_ in generated code).

    def __contains__(self, key: Any) -> bool:
        """``key in obj``: own properties, then the prototype chain (as JS's ``in``)."""
        name = key if type(key) is str else to_property_key(key)
        if _own_has(self, name):
            return True
        if name in _OBJECT_PROTOTYPE or (name != "__proto__" and _find_property(self, name) is not _MISSING):
            return True
        # (what the program added to Object.prototype: `Object.prototype[1] = 1`)

        return name != "__proto__" and realm.added_method("Object", name) is not realm.NOT_ADDED

    def __iter__(self) -> Iterator[str]:
        return iter(JSObject.keys(self))

    def __bool__(self) -> bool:
        return True

    def __eq__(self, other: object) -> bool:
        return self is other

    def __ne__(self, other: object) -> bool:
        return self is not other

    def __reduce__(self) -> Any:
        return (JSObject, (dict(_own_items(self)),))

    @_HiddenFromJS
    def keys(self) -> list[str]:
        """Own enumerable keys in JS order (the prototype link is not one)."""
        if not _ONLY_STRINGS.issuperset(map(type, _own_keys(self))):
            _string_keys(self)
        hidden = _HIDDEN_KEYS.get(self, ()) if "constructor" in self else ()  # only prototypes have any
        if type(self)._accessor_keys:
            return js_key_order(k for k, v in _own_items(self)
                                if k != "__proto__" and k not in hidden and (type(v) is not Accessor or v.enumerable))
        if hidden:
            return js_key_order(k for k in _own_keys(self) if k != "__proto__" and k not in hidden)
        return js_key_order(k for k in _own_keys(self) if k != "__proto__")

    @_HiddenFromJS
    def items(self) -> list[tuple[str, Any]]:
        if type(self)._accessor_keys:
            return [(k, _AccessorObject.__getitem__(cast("_AccessorObject", self), k)) for k in JSObject.keys(self)]
        return [(k, dict.__getitem__(self, k)) for k in JSObject.keys(self)]

    def hasOwnProperty(self, key: Any) -> bool:  # JS method name
        return _own_has(self, key if type(key) is str else to_property_key(key))

    def isPrototypeOf(self, other: Any) -> bool:  # JS method name
        proto = _own_get(other, "__proto__") if isinstance(other, JSObject) else None
        while proto is not None:
            if proto is self:
                return True
            proto = _own_get(proto, "__proto__")
        return False

    def propertyIsEnumerable(self, key: Any) -> bool:  # JS method name
        name = key if type(key) is str else to_property_key(key)
        value = _own_get(self, name, _MISSING)
        return (value is not _MISSING and name != "__proto__" and (type(value) is not Accessor or value.enumerable)
                and name not in _HIDDEN_KEYS.get(self, ()))

    def __repr__(self) -> str:
        body = ", ".join(f"{k}: {v!r}" for k, v in own_items(self))
        return "{" + body + "}"


def _object_to_string(self: Any) -> str:
    proto = _own_get(self, "__proto__") if isinstance(self, JSObject) else None
    while proto is not None:  # an object made on an Error prototype prints as an error does
        if isinstance(proto, JSError):
            from .ops import get, to_str

            name, message = to_str(get(self, "name")), to_str(get(self, "message"))
            name = proto.name if name == "undefined" else name
            return f"{name}: {message}" if message not in ("", "undefined") else name
        proto = _own_get(proto.__dict__, "__proto__")
    return "[object Object]"


def _object_value_of(self: Any) -> Any:
    return self


# Object.prototype's methods as an object without them as own or class attributes reads them
# (`obj["hasOwnProperty"](k)`, `({}).toString()`).
_OBJECT_METHODS: dict[str, Any] = {
    "toString": _object_to_string, "toLocaleString": _object_to_string, "valueOf": _object_value_of,
}
_OBJECT_METHODS.update(hasOwnProperty=JSObject.hasOwnProperty, isPrototypeOf=JSObject.isPrototypeOf,
                       propertyIsEnumerable=JSObject.propertyIsEnumerable)


_HIDDEN_KEYS = weakref.WeakKeyDictionary()
_CONSTRUCTOR_ONLY = frozenset({"constructor"})


def _define_getter(self: Any, key: Any = undefined, getter: Any = undefined) -> None:
    """``obj.__defineGetter__(key, fn)``, the legacy spelling of a getter every engine still has."""
    if not callable(getter) or getter is undefined:
        raise JSTypeError("__defineGetter__ requires a function")
    define_property(self, key, Accessor(getter, None))


def _define_setter(self: Any, key: Any = undefined, setter: Any = undefined) -> None:
    """``obj.__defineSetter__(key, fn)``: the legacy spelling of a setter."""
    if not callable(setter) or setter is undefined:
        raise JSTypeError("__defineSetter__ requires a function")
    define_property(self, key, Accessor(None, setter))


_OBJECT_METHODS.update(__defineGetter__=_define_getter, __defineSetter__=_define_setter)


# What every object inherits from Object.prototype (`"toString" in {}` is true).
_OBJECT_PROTOTYPE = frozenset({"constructor", "hasOwnProperty", "isPrototypeOf", "propertyIsEnumerable",
                               "toLocaleString", "toString", "valueOf", "__defineGetter__", "__defineSetter__"})
_RESTRICTED_CLASSES: dict[tuple[type, str], type] = {}


def restrict(obj: "JSObject", level: str) -> "JSObject":
    """``Object.preventExtensions`` ("closed"), ``seal`` ("sealed"), ``freeze`` ("frozen"): the
    object moves to a subclass whose writes check the level and quietly do nothing where JS
    (sloppy mode) does nothing.  Reads stay as fast as before."""
    levels = ("open", "closed", "sealed", "frozen")
    base = type(obj)
    if levels.index(level) <= levels.index(getattr(base, "_restriction", "open")):
        return obj
    base = getattr(base, "_unrestricted", base)
    cls = _RESTRICTED_CLASSES.get((base, level))
    if cls is None:
        cls = type(base.__name__, (_Restricted, base), {"_restriction": level, "_unrestricted": base})
        _RESTRICTED_CLASSES[(base, level)] = cls
    obj.__class__ = cls
    return obj


def delete_property(obj: "JSObject", key: Any) -> None:
    """JS's ``delete obj[key]`` on an object: the own property goes, if there is one; a
    non-configurable one stays (an error in strict-mode code)."""
    name = key if type(key) is str else to_property_key(key)
    if type(obj).__delitem__ is _dict_delitem:  # no rules of its own (a plain JSObject's values
        _own_pop(obj, name, None)               # are never Accessors: those move it to a subclass)
    else:
        del obj[name]  # the class's own rules (frozen, sealed, non-configurable properties)


_dict_delitem = dict.__delitem__


class _Restricted:
    """Mixed in before a JSObject class by :func:`restrict`."""

    _restriction = "open"

    def _may_write(self, key: str) -> bool:
        exists = _own_has(cast(JSObject, self), key)  # (always mixed into a JSObject)
        return (exists and self._restriction != "frozen") or (not exists and self._restriction == "open")

    def __setitem__(self, key: Any, value: Any) -> None:
        name = key if type(key) is str else to_property_key(key)
        if self._may_write(name):
            super().__setitem__(name, value)  # type: ignore[misc]
        else:
            self._refuse(name)

    def __setattr__(self, name: str, value: Any) -> None:
        if name == "__class__":
            object.__setattr__(self, name, value)
        elif self._may_write(name):
            super().__setattr__(name, value)
        else:
            self._refuse(name)

    def _refuse(self, name: str) -> None:
        if _own_has(cast(JSObject, self), name):
            refuse_in_strict_code("Attempted to assign to readonly property.")
        else:
            refuse_in_strict_code("Attempting to define property on object that is not extensible.")

    def __delitem__(self, key: Any) -> None:
        if self._restriction == "closed":
            _delete_unrestricted(cast(JSObject, self), key if type(key) is str else to_property_key(key))
        elif _own_has(cast(JSObject, self), key if type(key) is str else to_property_key(key)):
            refuse_in_strict_code("Unable to delete property.")

    __delattr__ = __delitem__


def _delete_unrestricted(obj: "JSObject", name: str) -> None:
    found = _own_pop(obj, name, None)
    if type(found) is Accessor and not found.configurable:
        _own_set(obj, name, found)  # a non-configurable property stays (sloppy-mode delete gives false)
        refuse_in_strict_code("Unable to delete property.")


class _AccessorObject(JSObject):
    """The base of the classes ``accessor_class`` makes: items may hold an Accessor (a getter,
    a setter, a read-only or non-enumerable value), so reads and writes check for one."""

    def __delitem__(self, key: Any) -> None:
        _delete_unrestricted(self, key if type(key) is str else to_property_key(key))

    def __getitem__(self, key: Any) -> Any:
        name = key if type(key) is str else to_property_key(key)
        value = _own_get(self, name, _MISSING)
        if value is _MISSING:
            return JSObject._inherited(self, name) if name != "__proto__" else undefined
        return value.read(self) if type(value) is Accessor else value

    def __setitem__(self, key: Any, value: Any) -> None:
        name = key if type(key) is str else to_property_key(key)
        if name in type(self)._accessor_keys:
            _write_property(self, name, value)
        else:
            _own_set(self, name, value)


# The longest array this runtime holds: its arrays are dense lists, so a length JS allows but
# that would take gigabytes (`a[4294967294] = 1`) is a RangeError rather than Python's MemoryError.
HELD_LENGTH_LIMIT = 2**26


def array_length(value: Any) -> int:
    """``arr.length = value``: ToNumber(value) if it is a valid array length (an integer below
    2**32), else the RangeError JS throws."""
    from .ops import to_number

    number = to_number(value)
    if number != number or number < 0 or number >= 2**32 or number != int(number):
        raise JSRangeError("Invalid array length")
    return int(number)


def held_length(length: int) -> int:
    """``length`` if this runtime can hold an array that long, else a RangeError that says so."""
    if length > HELD_LENGTH_LIMIT:
        raise JSRangeError(f"Array length {length} is beyond what this runtime holds ({HELD_LENGTH_LIMIT})")
    return length


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

    def __getattr__(self, name: str) -> Any:
        # Not a built-in method: one of Array.prototype (added by the program) or of
        # Object.prototype (`arr.hasOwnProperty`), else undefined.
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        table = self.__dict__.get(SIDE_TABLE)
        if table is not None and type(table.get(name)) is Accessor:  # (a getter Object.defineProperty gave it)
            return table[name].read(self)
        return _array_inherited(self, name)

    @property
    def length(self) -> int:
        return len(self)

    @length.setter
    def length(self, value: Any) -> None:
        n = value if type(value) is int and 0 <= value < 2**32 else array_length(value)
        size = len(self)
        if n < size:
            del self[n:]
        else:
            self.extend([undefined] * (held_length(n) - size))
            make_holes(self, size, n)

    def __getitem__(self, index: Any) -> Any:
        if type(index) is int and 0 <= index < len(self):  # the common case, first
            return list.__getitem__(self, index)
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
        return array_named(self, index if type(index) is str else to_property_key(index))

    def __setitem__(self, index: Any, value: Any) -> None:
        if isinstance(index, float) and index.is_integer():
            index = int(index)
        if isinstance(index, str) and is_array_index(index):
            index = int(index)
        if isinstance(index, int) and index >= 0:
            size = len(self)
            if index >= size:
                self.extend([undefined] * (held_length(index + 1) - size))
                make_holes(self, size, index)  # (the ones skipped over)
            list.__setitem__(self, index, value)
        elif index == "length":
            self.length = value
        else:
            set_array_named(self, index if type(index) is str else to_property_key(index), value)

    # -- JS methods (the ones apps reach most; more arrive with the fidelity work) -----------
    # A method works on the list itself when the array is plain (is_plain); an AttributedArray
    # (holes, getters, read-only elements or length) takes the specification's algorithm.
    def push(self, *items: Any) -> int:
        if type(self) is not JSArray:
            return cast(int, _generic("push")(self, *items))
        self.extend(items)
        return len(self)

    def pop(self) -> Any:  # type: ignore[override]
        if not is_plain(self):
            return _generic("pop")(self)
        return list.pop(self) if len(self) else undefined  # (an array is truthy even when empty)

    def shift(self) -> Any:
        if not is_plain(self):
            return _generic("shift")(self)
        return list.pop(self, 0) if len(self) else undefined

    def unshift(self, *items: Any) -> int:
        if not is_plain(self):
            return cast(int, _generic("unshift")(self, *items))
        list.__setitem__(self, slice(0, 0), items)
        return len(self)

    def indexOf(self, item: Any = undefined, start: Any = 0) -> int:
        from .ops import strict_eq

        if type(start) is not int or start < 0 or not is_plain(self):
            return cast(int, _generic("indexOf")(self, item, start))

        for i in range(int(start), len(self)):
            if strict_eq(list.__getitem__(self, i), item):
                return i
        return -1

    def join(self, sep: Any = ",") -> str:
        from .ops import to_str

        sep = "," if sep is undefined else to_str(sep)
        return sep.join("" if v is None or v is undefined else to_str(v) for v in self)

    def slice(self, start: Any = 0, end: Any = undefined) -> "JSArray":
        if not is_plain(self) or "constructor" in self.__dict__:
            return cast(JSArray, _generic("slice")(self, start, end))
        begin, stop = relative_range(len(self), start, end)
        return JSArray(list.__getitem__(self, slice(begin, stop)))

    def concat(self, *others: Any) -> "JSArray":
        if self.__dict__ or not all(type(other) is JSArray and not other.__dict__ for other in others
                                    if isinstance(other, (JSArray, JSObject))):
            return cast(JSArray, _generic("concat")(self, *others))  # (holes, a species, isConcatSpreadable)
        out = JSArray(self)
        for other in others:
            if isinstance(other, JSArray):
                out.extend(other)
            else:
                out.append(other)
        return out

    # The callback methods read the list live, as JS reads each index when it reaches it, up to
    # the length they started with; a callback that shrinks the array or makes it an
    # AttributedArray (a delete, a getter) hands the rest to the specification's loop.
    def forEach(self, fn: Callable[..., Any], this_arg: Any = undefined) -> Any:
        if this_arg is not undefined or not _is_callback(fn) or not is_plain(self):
            return _generic("forEach")(self, fn, this_arg)
        call = _item_caller(fn, self)
        length = len(self)
        for i, v in enumerate(_live(self, length)):
            if type(self) is not JSArray:
                return _resume("for_each_from")(self, i, length, fn, undefined)
            call(v, i)
        if len(self) < length:
            return _resume("for_each_from")(self, len(self), length, fn, undefined)
        return undefined

    def map(self, fn: Callable[..., Any], this_arg: Any = undefined) -> "JSArray":
        if this_arg is not undefined or not _is_callback(fn) or not is_plain(self) or "constructor" in self.__dict__:
            return cast(JSArray, _generic("map")(self, fn, this_arg))
        length, plain = len(self), JSArray
        if _takes_one(fn):  # the usual `x => ...`: called straight, over a copy (see _items_of)
            return JSArray([fn(v) for v in _items_of(self)])
        call = _item_caller(fn, self)
        out = JSArray([call(v, i) for i, v in enumerate(_live(self, length)) if type(self) is plain])
        if len(out) < length:
            return cast(JSArray, _resume("map_from")(self, len(out), length, fn, undefined, out))
        return out

    def filter(self, fn: Callable[..., Any], this_arg: Any = undefined) -> "JSArray":
        if this_arg is not undefined or not _is_callback(fn) or not is_plain(self) or "constructor" in self.__dict__:
            return cast(JSArray, _generic("filter")(self, fn, this_arg))
        if _takes_one(fn):
            return JSArray([v for v in _items_of(self) if fn(v)])
        length, plain = len(self), JSArray
        visits = itertools.count()  # (counts the items called back, without a tuple per item)
        visit = visits.__next__
        call = _item_caller(fn, self)
        out = JSArray([v for i, v in enumerate(_live(self, length)) if type(self) is plain and visit() >= 0 and call(v, i)])
        visited = next(visits)
        if visited < length:
            return cast(JSArray, _resume("filter_from")(self, visited, length, fn, undefined, out))
        return out

    def sort(self, comparator: Any = None) -> "JSArray":  # type: ignore[override]
        """JS sort: stable; by string value without a comparator (so 10 sorts before 9);
        ``undefined`` last; a comparator's result is read as a number."""
        from functools import cmp_to_key

        if not is_plain(self):
            return cast(JSArray, _generic("sort")(self, undefined if comparator is None else comparator))

        from .ops import adapt_args, to_number, to_str

        present = [v for v in self if v is not undefined]
        missing = len(self) - len(present)
        if comparator is None or comparator is undefined:
            present.sort(key=lambda v: to_str(v).encode("utf-16-be"))
        elif (comparator is ascending or comparator is descending) and all(
                type(v) is int or (type(v) is float and v == v) for v in present):
            # `(a, b) => a - b` on numbers: Python's sort, stable both ways, as JS's.
            present.sort(reverse=comparator is descending)
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
        if not is_plain(self):
            return cast(JSArray, _generic("reverse")(self))
        list.reverse(self)
        return self

    def splice(self, *args: Any) -> "JSArray":
        from .ops import to_integer

        if not is_plain(self) or "constructor" in self.__dict__:
            return cast(JSArray, _generic("splice")(self, *args))
        if not args:  # `a.splice()` removes nothing; `a.splice(i, undefined)` neither
            return JSArray()
        start, count, items = args[0], args[1] if len(args) > 1 else undefined, args[2:]
        length = len(self)
        begin = to_integer(start)
        begin = max(length + begin, 0) if begin < 0 else min(begin, length)
        n = length - begin if len(args) == 1 else min(max(to_integer(count), 0), length - begin)
        removed = JSArray(list.__getitem__(self, slice(begin, begin + n)))
        list.__setitem__(self, slice(begin, begin + n), items)
        return removed

    def reduce(self, fn: Callable[..., Any] = undefined, *initial: Any) -> Any:
        if not _is_callback(fn) or not is_plain(self) or not (initial or len(self)):
            return _generic("reduce")(self, fn, *initial)
        length = len(self)
        accumulator, start = (initial[0], 0) if initial else (list.__getitem__(self, 0), 1)
        for index, value in enumerate(_live(self, length, start), start):
            if type(self) is not JSArray:
                return _reduce_rest(self, index, length, fn, accumulator)
            accumulator = call_with_arity(fn, accumulator, value, index, self)
        if len(self) < length:
            return _reduce_rest(self, max(len(self), start), length, fn, accumulator)
        return accumulator

    def some(self, fn: Callable[..., Any], this_arg: Any = undefined) -> bool:
        if this_arg is not undefined or not _is_callback(fn) or not is_plain(self):
            return cast(bool, _generic("some")(self, fn, this_arg))
        call = _item_caller(fn, self)
        length = len(self)
        for i, v in enumerate(_live(self, length)):
            if type(self) is not JSArray:
                return cast(bool, _resume("some_from")(self, i, length, fn, undefined))
            if call(v, i):
                return True
        return len(self) < length and cast(bool, _resume("some_from")(self, len(self), length, fn, undefined))

    def every(self, fn: Callable[..., Any], this_arg: Any = undefined) -> bool:
        if this_arg is not undefined or not _is_callback(fn) or not is_plain(self):
            return cast(bool, _generic("every")(self, fn, this_arg))
        call = _item_caller(fn, self)
        length = len(self)
        for i, v in enumerate(_live(self, length)):
            if type(self) is not JSArray:
                return cast(bool, _resume("every_from")(self, i, length, fn, undefined))
            if not call(v, i):
                return False
        return len(self) >= length or cast(bool, _resume("every_from")(self, len(self), length, fn, undefined))

    def toString(self) -> str:
        return self.join(",")

    def toLocaleString(self, *_locales: Any) -> str:
        return cast(str, _generic("toLocaleString")(self))

    # -- ES2015+ methods -----------------------------------------------------------------------
    # (find and its kin visit every index, present or not: a callback's changes are read through
    # the generic Get once the array is no longer plain or shorter than it was)
    def find(self, fn: Callable[..., Any], this_arg: Any = undefined) -> Any:
        if this_arg is not undefined or not _is_callback(fn) or not is_plain(self):
            return _generic("find")(self, fn, this_arg)
        call = _item_caller(fn, self)
        return next((v for i, v in _each_index(self, range(len(self))) if call(v, i)), undefined)

    def findIndex(self, fn: Callable[..., Any], this_arg: Any = undefined) -> int:
        if this_arg is not undefined or not _is_callback(fn) or not is_plain(self):
            return cast(int, _generic("findIndex")(self, fn, this_arg))
        call = _item_caller(fn, self)
        return next((i for i, v in _each_index(self, range(len(self))) if call(v, i)), -1)

    def findLast(self, fn: Callable[..., Any], this_arg: Any = undefined) -> Any:
        if this_arg is not undefined or not _is_callback(fn) or not is_plain(self):
            return _generic("findLast")(self, fn, this_arg)
        call = _item_caller(fn, self)
        return next((v for i, v in _each_index(self, range(len(self) - 1, -1, -1)) if call(v, i)), undefined)

    def includes(self, item: Any = undefined, start: Any = 0) -> bool:
        from .ops import same_value_zero, to_integer

        if not is_plain(self):
            return cast(bool, _generic("includes")(self, item, start))

        begin = to_integer(start)
        begin = max(len(self) + begin, 0) if begin < 0 else begin
        return any(same_value_zero(v, item) for v in list.__getitem__(self, slice(begin, None)))

    def lastIndexOf(self, item: Any = undefined, *start: Any) -> int:
        from .ops import strict_eq, to_integer

        if not is_plain(self):
            return cast(int, _generic("lastIndexOf")(self, item, *start))

        if not len(self):
            return -1  # (before fromIndex is read: its valueOf is not called)
        last = len(self) - 1 if not start else to_integer(start[0])
        last = len(self) + last if last < 0 else min(last, len(self) - 1)
        for i in range(last, -1, -1):
            if strict_eq(list.__getitem__(self, i), item):
                return i
        return -1

    def flat(self, depth: Any = 1) -> "JSArray":
        from .ops import to_integer

        levels = 1 if depth is undefined else to_integer(depth)
        out = JSArray()
        for v in self:
            if isinstance(v, JSArray) and levels >= 1:
                out.extend(v.flat(levels - 1))
            else:
                out.append(v)
        return out

    def flatMap(self, fn: Callable[..., Any] = undefined, this_arg: Any = undefined) -> "JSArray":
        return self.map(fn, this_arg).flat(1)

    def fill(self, value: Any = undefined, start: Any = 0, end: Any = undefined) -> "JSArray":
        if not is_plain(self):
            return cast(JSArray, _generic("fill")(self, value, start, end))
        begin, stop = relative_range(len(self), start, end)
        for i in range(begin, stop):
            list.__setitem__(self, i, value)
        return self

    def reduceRight(self, fn: Callable[..., Any] = undefined, *initial: Any) -> Any:
        # (from the end, a callback's deletes and shrinking matter at each step: the generic loop)
        return _generic("reduceRight")(self, fn, *initial)

    def at(self, index: Any = 0) -> Any:
        from .ops import to_integer

        i = to_integer(index)
        i = len(self) + i if i < 0 else i
        return list.__getitem__(self, i) if 0 <= i < len(self) else undefined

    def entries(self) -> "JSArray":
        return JSArray(JSArray([i, v]) for i, v in enumerate(self))

    # (JS returns iterators; arrays iterate, spread and Array.from the same way)
    def keys(self) -> "JSArray":
        return JSArray(range(len(self)))

    def values(self) -> "JSArray":
        return JSArray(self)

    def findLastIndex(self, fn: Callable[..., Any], this_arg: Any = undefined) -> int:
        if this_arg is not undefined or not _is_callback(fn) or not is_plain(self):
            return cast(int, _generic("findLastIndex")(self, fn, this_arg))
        call = _item_caller(fn, self)
        return next((i for i, v in _each_index(self, range(len(self) - 1, -1, -1)) if call(v, i)), -1)

    def copyWithin(self, target: Any = 0, start: Any = 0, end: Any = undefined) -> "JSArray":
        if not is_plain(self) or not all(type(v) is int or v is undefined for v in (target, start, end)):
            # (an argument's valueOf may change the array after its length was read)
            return cast(JSArray, _generic("copyWithin")(self, target, start, end))
        size = len(self)
        to, _ = relative_range(size, target, undefined)
        begin, stop = relative_range(size, start, end)
        chunk = list.__getitem__(self, slice(begin, stop))[: max(0, size - to)]
        list.__setitem__(self, slice(to, to + len(chunk)), chunk)
        return self


# -- array elements with attributes (Object.defineProperty/freeze/seal on an array) ---------------
# An ordinary array's elements are plain writable, enumerable, configurable values.  An array one
# of whose elements the program gave other attributes, or a getter/setter, or whose length it made
# read-only (or that it made non-extensible), moves to AttributedArray: its element flags sit in
# the array's attribute table (host.py's "_js_attributes", keyed by the index as a string), an
# accessor element is an Accessor in the list slot, and reads and writes honour them.  Arrays
# that never meet defineProperty keep JSArray's fast item access.
_ATTRIBUTES = "_js_attributes"
_DEFAULT_FLAGS = (True, True, True)


def element_flags(array: "JSArray", index: int) -> tuple[bool, bool, bool]:
    """(writable, enumerable, configurable) of element ``index``."""
    table = array.__dict__.get(_ATTRIBUTES)
    return table.get(str(index), _DEFAULT_FLAGS) if table else _DEFAULT_FLAGS


def length_writable(array: "JSArray") -> bool:
    return array.__dict__.get("_js_length_writable", True)


def array_extensible(array: "JSArray") -> bool:
    return array.__dict__.get("_js_extensible", True)


class JSArguments(JSArray):
    """A function's ``arguments``: the values it was called with, indexed and with a length, but
    an ordinary object to the language (``Array.isArray`` false, tagged ``[object Arguments]``,
    linked to Object.prototype), which libraries test (underscore's ``_.isArguments``).  Its
    entries are not aliased to the named parameters (a mapped arguments object's are), and it
    still answers the array methods and JSON.stringify writes it as an array."""


def arguments_object(values: tuple[Any, ...]) -> JSArguments:
    """The ``arguments`` of a function that reads it (generated code: ``js.arguments_object(arguments)``)."""
    return JSArguments(values)


class AttributedArray(JSArray):
    """An array with element attributes, accessor elements, a read-only length or no extensions."""

    def __getitem__(self, index: Any) -> Any:
        value = JSArray.__getitem__(self, index)
        if value is undefined and self.__dict__.get(_HOLES):
            return self._element_or_inherited(index)
        return value.read(self) if type(value) is Accessor else value

    def append(self, item: Any) -> None:
        """``a.push(x)`` as a statement (generated code writes list.append for it): JS's push."""
        _generic("push")(self, item)

    def _element_or_inherited(self, index: Any) -> Any:
        """``self[index]`` where it read undefined: a hole's (or a missing index's) inherited element."""
        if isinstance(index, str) and is_array_index(index):
            index = int(index)
        if type(index) is not int or (index < len(self) and not is_hole(self, index)):
            return undefined
        found = inherited_element(self, index)
        return undefined if found is NO_ELEMENT else found

    def __iter__(self) -> Iterator[Any]:
        for index in range(len(self)):
            value = list.__getitem__(self, index)
            if value is undefined and self.__dict__.get(_HOLES):
                value = self._element_or_inherited(index)
            yield value.read(self) if type(value) is Accessor else value

    def __setitem__(self, index: Any, value: Any) -> None:
        if isinstance(index, float) and index.is_integer():
            index = int(index)
        if isinstance(index, str) and is_array_index(index):
            index = int(index)
        if type(index) is int and index >= 0:
            if index < len(self):
                current = list.__getitem__(self, index)
                if type(current) is Accessor:
                    current.write(self, value)
                elif element_flags(self, index)[0]:
                    list.__setitem__(self, index, value)
                    fill_hole(self, index)
            elif length_writable(self) and array_extensible(self):
                JSArray.__setitem__(self, index, value)
            return  # (else ignored, as sloppy-mode JS ignores a write it refuses)
        if index == "length":
            set_array_length(self, value)
        else:
            JSArray.__setitem__(self, index, value)

    @property
    def length(self) -> int:
        return len(self)

    @length.setter
    def length(self, value: Any) -> None:
        set_array_length(self, value)

    def __setattr__(self, name: str, value: Any) -> None:
        # `arr.name = v` (generated code writes an exposed name as an attribute): its setter,
        # or nothing for a read-only one.
        if name.startswith("_") or type(getattr(AttributedArray, name, None)) is property:
            object.__setattr__(self, name, value)
        else:
            set_array_named(self, name, value)


def set_array_length(array: "JSArray", value: Any) -> bool:
    """ArraySetLength: shrink or grow ``array`` to ToUint32(value) (a RangeError when that is not
    the number given); elements that are not configurable stop the shrinking.  False when the
    length could not be set as asked (read-only, or a non-configurable element in the way)."""
    return resize_array(array, to_uint32_length(value))


def to_uint32_length(value: Any) -> int:
    """A new array length: ToUint32(value), a RangeError unless that equals ToNumber(value)."""
    from .ops import to_number, to_uint32

    number = to_number(value) if type(value) is not int else value
    length = to_uint32(number)
    if number != length:
        raise JSRangeError("Invalid array length")
    return length


# The most elements this runtime's arrays hold: an array is a list, so a JS length far beyond it
# (JS arrays may be sparse up to 2**32 - 1) cannot be made; asking for one is a RangeError.
MAX_ARRAY_LENGTH = 50_000_000


def resize_array(array: "JSArray", length: int) -> bool:
    size = len(array)
    if length == size:
        return True
    if not length_writable(array):
        return False
    if length > size:
        if length > MAX_ARRAY_LENGTH:
            raise JSRangeError(f"Array length {length} is beyond what this runtime's arrays hold")
        array.extend([undefined] * (length - size))
        make_holes(array, size, length)
        return True
    holes = array.__dict__.get(_HOLES)
    if holes:
        holes.truncate(length)
    table = array.__dict__.get(_ATTRIBUTES)
    if table:
        for index in range(size - 1, length - 1, -1):
            if not table.get(str(index), _DEFAULT_FLAGS)[2]:
                del array[index + 1:]
                for key in [k for k in table if is_array_index(k) and int(k) > index]:
                    del table[key]
                return False
        for key in [k for k in table if is_array_index(k) and int(k) >= length]:
            del table[key]
    del array[length:]
    return True


class AttributedArguments(AttributedArray, JSArguments):
    """An ``arguments`` object with element attributes (``Object.defineProperty(arguments, ...)``)."""


def attribute_array(array: "JSArray") -> None:
    """Move ``array`` to AttributedArray (a no-op if it is one), for good."""
    if type(array) is JSArray:
        array.__class__ = AttributedArray
    elif type(array) is JSArguments:
        array.__class__ = AttributedArguments
    array.__dict__.pop(_ONLY_HOLES, None)


def enumerable_indexes(array: "JSArray", enumerable_only: bool = True) -> list[str]:
    """The indexes ``Object.keys`` and ``for...in`` list (an AttributedArray may hide some, and
    leaves out its holes); all of its own indexes when not ``enumerable_only``."""
    if type(array) is JSArray:
        return [str(i) for i in range(len(array))]
    table = array.__dict__.get(_ATTRIBUTES) or {}
    return [str(i) for i in range(len(array))
            if not is_hole(array, i) and (not enumerable_only or table.get(str(i), _DEFAULT_FLAGS)[1])]


# -- holes: indexes below the length that are no own property (`[1, , 3]`, `new Array(5)`,
# `delete a[i]`, `a.length = 10`, `a[9] = x` past the end).  Their slots hold undefined; the
# indexes sit in a Holes in the array's attribute dict, and the array is an AttributedArray, whose
# reads of a hole find the prototype chain's element (`Array.prototype[1] = 1`).  An array that
# became one for its holes alone turns back into a plain JSArray once they are all filled.
_HOLES = "_js_holes"
_ONLY_HOLES = "_js_only_holes"


class Holes:
    """A set of indexes kept compact for the usual shapes: one run ``[low, high)`` (``new
    Array(n)``, a length grown) whose filled members are in ``filled``, plus single ``others``."""

    __slots__ = ("low", "high", "filled", "others")

    def __init__(self) -> None:
        self.low = self.high = 0
        self.filled: set[int] = set()
        self.others: set[int] = set()

    def __contains__(self, index: int) -> bool:
        return index in self.others or (self.low <= index < self.high and index not in self.filled)

    def __len__(self) -> int:
        return len(self.others) + self.high - self.low - len(self.filled)

    def add(self, index: int) -> None:
        if self.low <= index < self.high:
            self.filled.discard(index)
        else:
            self.others.add(index)

    def add_run(self, low: int, high: int) -> None:
        if low >= high:
            return
        if self.low == self.high:
            self.low, self.high = low, high
        elif low == self.high:
            self.high = high
        else:
            self.others.update(range(low, high))

    def discard(self, index: int) -> None:
        self.others.discard(index)
        if index == self.low and self.low < self.high:  # (an array filled in order stays small)
            self.low += 1
            while self.low in self.filled:
                self.filled.discard(self.low)
                self.low += 1
        elif self.low < index < self.high:
            self.filled.add(index)

    def truncate(self, length: int) -> None:
        """Forget the holes at ``length`` and beyond (the array shrank)."""
        self.others = {k for k in self.others if k < length}
        self.high = max(min(self.high, length), self.low)
        self.filled = {k for k in self.filled if k < self.high}


def is_hole(array: "JSArray", index: int) -> bool:
    """Whether element ``index`` of ``array`` is a hole (no own property: the slot reads
    undefined, or what the prototype chain holds at that index)."""
    if type(array) is JSArray:
        return False
    holes = array.__dict__.get(_HOLES)
    if not holes:
        return False
    return index in holes and list.__getitem__(array, index) is undefined


def make_hole(array: "JSArray", index: int) -> None:
    _holes_of(array).add(index)
    list.__setitem__(array, index, undefined)


def make_holes(array: "JSArray", low: int, high: int) -> None:
    """Indexes ``low`` to ``high - 1`` of ``array`` (already holding undefined) become holes."""
    if low < high:
        _holes_of(array).add_run(low, high)


def _holes_of(array: "JSArray") -> Holes:
    attributes = array.__dict__
    if type(array) is JSArray:
        array.__class__ = AttributedArray
        attributes[_ONLY_HOLES] = True
    holes = attributes.get(_HOLES)
    if holes is None:
        holes = attributes[_HOLES] = Holes()
    return cast(Holes, holes)


def fill_hole(array: "JSArray", index: int) -> None:
    """Element ``index`` was written: it is no longer a hole."""
    holes = array.__dict__.get(_HOLES)
    if holes:
        holes.discard(index)


def is_plain(array: "JSArray") -> bool:
    """Whether ``array`` is a plain JSArray, the fast paths' case; an AttributedArray that was
    one for its holes alone, all of them filled since, becomes plain again here."""
    if type(array) is JSArray:
        return True
    attributes = array.__dict__
    if attributes.get(_ONLY_HOLES) and not attributes.get(_HOLES):
        del attributes[_ONLY_HOLES]
        attributes.pop(_HOLES, None)
        array.__class__ = JSArray
        return True
    return False


NO_ELEMENT = object()  # what inherited_element gives when the chain holds nothing there


def inherited_element(array: "JSArray", index: int) -> Any:
    """What ``array``'s prototype chain holds at ``index`` (``Array.prototype[1] = 1``), else
    NO_ELEMENT: what a hole, or an index past the end, reads and finds."""
    found = realm.current().prototype("Array")
    name = str(index)
    return found[name] if name in found else NO_ELEMENT


# -- an array's named properties (`a.foo = 1`, `a["x-y"]`) -----------------------------------------
# A name that is a Python attribute (exposed.py's rule) lives in the array's attribute dict, where
# generated `a.foo` reads it; any other name, and the names of Python's own list methods, in the
# side table host.py keeps (so `a["extend"] = 1` never shadows what the runtime calls).
SIDE_TABLE = "_js_properties"


def restriction_of(obj: Any) -> str:
    """What Object.preventExtensions/seal/freeze left on a JSObject: "open", "closed" or the level."""
    return getattr(type(obj), "_restriction", "open")


def own_accessor_keys(obj: "JSObject") -> frozenset[str]:
    """The keys with an Accessor on ``obj`` itself or up its chain, as its class records them."""
    return type(obj)._accessor_keys


def _as_attribute(name: str) -> bool:
    return type(name) is str and is_exposed_attribute(name) and name not in PYTHON_LIST_METHODS


def array_named(array: "JSArray", name: str) -> Any:
    """``array[name]`` for a name that is not an index or ``length``: an own named property, a
    JS method of arrays (built in, or added to Array.prototype), Object.prototype's, else undefined."""
    attributes = array.__dict__
    if _as_attribute(name):
        value = attributes.get(name, _MISSING)
        if value is not _MISSING:
            return value.read(array) if type(value) is Accessor else value
        if name in ARRAY_METHOD_NAMES and name not in attributes.get(SIDE_TABLE, ()):
            return getattr(array, name)
    table = attributes.get(SIDE_TABLE)  # other names, and getters/setters under any name
    if table is not None and name in table:
        value = table[name]
        return value.read(array) if type(value) is Accessor else value
    return _array_inherited(array, name)


def set_array_named(array: "JSArray", name: str, value: Any) -> None:
    table = array.__dict__.get(SIDE_TABLE)
    if table is not None and type(table.get(name)) is Accessor:
        table[name].write(array, value)  # a setter (Object.defineProperty)
        return
    flags = array.__dict__.get("_js_attributes")
    if flags and name in flags and not flags[name][0]:
        return  # read-only (Object.defineProperty)
    if _as_attribute(name):
        array.__dict__[name] = value
    else:
        array.__dict__.setdefault(SIDE_TABLE, {})[name] = value


def delete_array_named(array: "JSArray", name: str) -> None:
    attributes = array.__dict__
    flags = attributes.get("_js_attributes")
    if flags and name in flags:
        if not flags[name][2]:
            return  # not configurable
        del flags[name]
    if _as_attribute(name):
        attributes.pop(name, None)
    attributes.get(SIDE_TABLE, {}).pop(name, None)


def has_array_named(array: "JSArray", name: str, own: bool = False) -> bool:
    """``name in array`` (``own``: ``hasOwnProperty``) for a name that is not an index."""
    attributes = array.__dict__
    if name == "length" or (_as_attribute(name) and name in attributes) or name in attributes.get(SIDE_TABLE, ()):
        return True
    if own:
        return False
    return name in ARRAY_METHOD_NAMES or name == "constructor" or _array_inherited(array, name) is not undefined


def array_named_keys(array: "JSArray", enumerable_only: bool = True) -> list[str]:
    """The named own properties of ``array`` (after its indexes): the enumerable ones, or all."""
    attributes = array.__dict__
    keys = [*(k for k in attributes if _as_attribute(k)), *attributes.get(SIDE_TABLE, ())]
    flags = attributes.get("_js_attributes")
    if flags and enumerable_only:
        keys = [k for k in keys if k not in flags or flags[k][1]]
    return keys


NOT_FOUND = _MISSING


def subclass_member(instance: Any, name: str) -> Any:
    """``name`` on the prototypes a built-in's instance made by a subclass links to (``class A
    extends Array``: A.prototype and its parents, up to the built-in prototype); else NOT_FOUND."""
    return member_before_builtin(object.__getattribute__(instance, "__dict__").get("__proto__"), name, instance)


def member_before_builtin(holder: Any, name: str, instance: Any) -> Any:
    """``name`` found from ``holder`` up the prototype chain, before a built-in prototype, read
    on ``instance``; else NOT_FOUND."""
    builtin_prototypes = realm.current().prototypes.values()
    while isinstance(holder, JSObject) and not any(holder is builtin for builtin in builtin_prototypes):
        found = _own_get(holder, name, _MISSING)
        if found is not _MISSING:
            return found.read(instance) if type(found) is Accessor else found
        holder = _own_get(holder, "__proto__")
    return _MISSING


def _array_inherited(array: "JSArray", name: str) -> Any:
    if "__proto__" in array.__dict__:  # (an instance of a subclass of Array)
        found = subclass_member(array, name)
        if found is not _MISSING:
            return method_of(found, array) if type(found) in method_types else found
    # (a symbol-keyed member, `Symbol.iterator`, is one of Array.prototype's own)
    value = realm.added_method("Array", name) if type(name) is str else realm.prototype_member("Array", name)
    if value is realm.NOT_ADDED and name == "constructor":  # (before the program read Array.prototype)
        value = realm.prototype_member("Array", name)
    if value is realm.NOT_ADDED:
        value = realm.prototype_member("Object", name)
        if value is realm.NOT_ADDED:
            return undefined
    return method_of(value, array) if type(value) in method_types else value


def _is_callback(fn: Any) -> bool:
    return callable(fn) and fn is not undefined and not isinstance(fn, (JSObject, JSArray))


def _generic(name: str) -> Callable[..., Any]:
    """The specification's algorithm of Array.prototype.<name> (array_generic.py)."""
    from .array_generic import GENERIC

    return GENERIC[name]


def _resume(name: str) -> Callable[..., Any]:
    """array_generic's loop ``name`` (``map_from``...), which a fast path hands the rest to."""
    from . import array_generic

    return cast(Callable[..., Any], getattr(array_generic, name))


def _reduce_rest(array: "JSArray", start: int, length: int, fn: Any, accumulator: Any) -> Any:
    from .array_generic import present, reduce_over

    return reduce_over(array, present(array, start, length), fn, accumulator)


def _items_of(array: "JSArray") -> list[Any]:
    """A plain array's items, copied, for map and filter with a one-parameter callback (`x =>
    ...`, the usual pure one): the fastest loop, at the cost of JS's live reads, which only a
    callback that changes the very array it is given, through a closure, could tell apart."""
    return list.__getitem__(array, slice(None))


def _live(array: "JSArray", length: int, start: int = 0) -> Iterator[Any]:
    """The list's items from ``start``, each read when it is reached, up to ``length`` at most."""
    items = list.__iter__(array)
    return itertools.islice(items, start, length)


def _each_index(array: "JSArray", order: range) -> Iterator[tuple[int, Any]]:
    """(index, value) for each index of ``order``, read when reached (undefined past the end)."""
    for index in order:
        if type(array) is JSArray and index < len(array):
            yield index, list.__getitem__(array, index)
        else:
            from .array_generic import get_index

            yield index, get_index(array, index)


def ascending(a: Any, b: Any) -> Any:
    """The comparator ``(a, b) => a - b`` (see transpiler/passes/comparators.py)."""
    from .ops import sub

    return sub(a, b)


def descending(a: Any, b: Any) -> Any:
    """The comparator ``(a, b) => b - a``."""
    from .ops import sub

    return sub(b, a)


def relative_range(length: int, start: Any, end: Any) -> tuple[int, int]:
    from .ops import to_integer

    s = to_integer(start)
    e = length if end is undefined else to_integer(end)
    s = max(length + s, 0) if s < 0 else min(s, length)
    e = max(length + e, 0) if e < 0 else min(e, length)
    return s, e


def added_prototype_member(kind: str, name: str, receiver: Any) -> Any:
    """A property the program added to ``<kind>.prototype`` (a method comes bound to
    ``receiver``), else undefined."""
    value = realm.added_method(kind, name)
    if value is realm.NOT_ADDED:
        return undefined
    if type(value) is Accessor:  # a getter on the prototype (`__defineGetter__`, defineProperty)
        return value.read(receiver)
    return method_of(value, receiver) if type(value) in method_types else value


def call_with_this(fn: Any, this: Any, *args: Any) -> Any:
    """Call a JS function with ``this``: a translated function that reads ``this`` gets it (and
    its arguments); any other function gets the arguments it declares, as JS passes them."""
    with_this = getattr(fn, "with_this", None)
    if with_this is not None and with_this is not undefined:  # (a namespace reads any name as undefined)
        return with_this(this, args)
    return fn(*adapt_args(fn, args))


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


def _plain_arity(fn: Callable[..., Any]) -> int | None:
    """How many positional parameters a plain Python function takes (None: not that simple)."""
    code = getattr(fn, "__code__", None)
    if code is None or code.co_flags & 0x04 or getattr(fn, "__self__", None) is not None \
            or getattr(fn, "__defaults__", None):
        return None
    return code.co_argcount


def _takes_one(fn: Callable[..., Any]) -> bool:
    return _plain_arity(fn) == 1


def _item_caller(fn: Callable[..., Any], array: "JSArray") -> Callable[[Any, int], Any]:
    """``fn`` as an array method calls it, ``fn(item, index, array)``, adapted once per method
    call rather than once per item: a translated one-parameter callback is called with the item."""
    arity = _plain_arity(fn)
    if arity == 1:
        return lambda item, index: fn(item)
    if arity == 2:
        return fn
    return lambda item, index: fn(*adapt_args(fn, (item, index, array)))


def call_with_arity(fn: Callable[..., Any], *args: Any) -> Any:
    """Call ``fn`` as JS would (see :func:`adapt_args`): callbacks of array methods and the like."""
    return fn(*adapt_args(fn, args))


def _shadow_list_method(name: str) -> property:
    """``a.count``, ``a.index``...: the array's JS property of that name (Python's list method
    stays reachable as ``list.count(a, x)``)."""
    return property(lambda self: array_named(self, name), lambda self, value: set_array_named(self, name, value),
                    lambda self: delete_array_named(self, name))


for _name in PYTHON_LIST_METHODS - COMPUTED_MEMBER_NAMES:
    setattr(JSArray, _name, _shadow_list_method(_name))

# The JS methods of arrays, as JSArray defines them (what `name in []` finds on Array.prototype).
ARRAY_METHOD_NAMES = frozenset(
    name for name, member in vars(JSArray).items()
    if not name.startswith("_") and callable(member) and name not in PYTHON_LIST_METHODS)


def own_keys(obj: JSObject) -> list[str]:
    """``obj``'s own keys in JS order.  The runtime uses this, never ``obj.keys()``: a JS property
    named ``keys`` or ``items`` lives in the same namespace and would shadow the method."""
    return JSObject.keys(obj)


def own_items(obj: JSObject) -> list[tuple[str, Any]]:
    return JSObject.items(obj)


def to_property_key(key: Any) -> str:
    """ToPropertyKey for the primitive keys apps use (a symbol stays a symbol)."""
    if isinstance(key, str):
        return key
    if type(key) is JSSymbol:
        return key  # type: ignore[return-value]  # (a symbol key stays a symbol: callers pass keys on unread)
    from .ops import to_str

    return to_str(key)


def object_rest(source: Any, taken: Any) -> JSObject:
    """``{a, b, ...rest} = source``: the own enumerable properties not named before the rest."""
    if source is None or source is undefined:
        raise JSTypeError(f"Cannot destructure '{source!r}' as it is {source!r}.")
    skip = {to_property_key(k) for k in taken}
    rest = JSObject()
    if isinstance(source, JSObject):
        for key, value in own_items(source):
            if key not in skip:
                _own_set(rest, key, value)
    elif isinstance(source, (list, str)):
        for index, value in enumerate(source):
            if str(index) not in skip:
                _own_set(rest, str(index), value)
    return rest


def array_rest(source: Any, start: int) -> "JSArray":
    """``[a, ...rest] = source``: the items from ``start`` on, as a new array."""
    if isinstance(source, (list, str)):
        return JSArray(source[start:]) if not isinstance(source, JSArray) else JSArray(list.__getitem__(source, slice(start, None)))
    from .collections import for_of

    return JSArray(list(for_of(source))[start:])


# Last, as realm.py builds on this module: the current realm holds what programs add to built-in
# prototypes (imported here once, not on every property miss).
from . import realm  # noqa: E402
