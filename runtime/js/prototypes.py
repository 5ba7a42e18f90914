"""The built-in prototype objects each realm makes (realm.py keeps them, one set per App):
methods as built-in function objects with the specification's ``name`` and ``length``, stored
as writable, non-enumerable, configurable properties, getters as accessor properties, and the
``constructor`` link."""

from __future__ import annotations

from typing import Any, Callable

from .lengths import length_of
from .realm import RealmPrototype, register_prototype
from .values import Accessor, JSObject, JSTypeError, define_property, InstanceProperty


def builtin_prototype(kind: str, methods: dict[str, Callable[..., Any]], constructor: Any = None,
                      getters: dict[str, Callable[[Any], Any]] | None = None) -> JSObject:
    """``<kind>.prototype`` with ``methods`` (each called as ``method(this, *args)``)."""
    from .functions import StrictThisFunction, ThisFunction, builtin

    def borrowed(name: str, method: Callable[..., Any], length: int) -> ThisFunction:
        def run(this: Any, *args: Any) -> Any:
            return method(this, *args)

        run.__name__ = name
        return builtin(StrictThisFunction(run), name, length)  # a built-in gets `this` as passed

    prototype = JSObject()
    if constructor is not None:  # `Array.prototype.constructor === Array`
        define_property(prototype, "constructor", Accessor(value=constructor, writable=True, enumerable=False))
    for name, method in methods.items():
        function = borrowed(name, method, length_of(f"{kind}.prototype", name))
        define_property(prototype, name, Accessor(value=function, writable=True, enumerable=False))
    for name, getter in (getters or {}).items():
        define_property(prototype, name, Accessor(borrowed(f"get {name}", getter, 0), enumerable=False))
    if kind in _ITERABLE_KINDS:  # `[][Symbol.iterator]()`, and what for...of finds on a subclass
        from .symbols import Symbol

        define_property(prototype, Symbol.iterator, Accessor(
            value=borrowed("[Symbol.iterator]", _iterate, 0), writable=True, enumerable=False))
    return prototype


_ITERABLE_KINDS = frozenset({"Array", "String", "Map", "Set"})


def _iterate(this: Any) -> Any:
    """``<kind>.prototype[Symbol.iterator]``: an iterator object (``next()``) over what
    ``for...of`` visits in ``this``."""
    from .collections import for_of
    from .generators import JSGenerator
    from .wrappers import primitive_of

    source = primitive_of(this, this)
    return JSGenerator(item for item in for_of(source))


def class_prototype(kind: str, cls: type, names: tuple[str, ...], getters: tuple[str, ...] = (),
                    own_getters: dict[str, Callable[[Any], Any]] | None = None,
                    own_methods: dict[str, Callable[..., Any]] | None = None) -> None:
    """``Map.prototype``-like prototypes of a runtime class: each method runs the instance's own
    one and throws TypeError for a ``this`` that is no instance (``Map.prototype.get.call({})``).
    ``own_getters``, ``own_methods``: ones that decide for themselves what ``this`` they take."""

    def this_of(this: Any, name: str) -> Any:
        # (a WeakMap is a Map subclass here, but no Map to Map.prototype's methods)
        if not isinstance(this, cls) or getattr(type(this), "js_kind", kind) != kind:
            raise JSTypeError(f"{kind}.prototype.{name} called on an incompatible receiver")
        return this

    def method(name: str) -> Callable[..., Any]:
        return lambda this, *args: getattr(this_of(this, name), name)(*args)

    def getter(name: str) -> Callable[[Any], Any]:
        return lambda this: getattr(this_of(this, name), name)

    register_prototype(kind, lambda: builtin_prototype(
        kind, {**{name: method(name) for name in names}, **(own_methods or {})}, cls, {**{name: getter(name) for name in getters}, **(own_getters or {})}))
    cls.prototype = RealmPrototype(kind)  # type: ignore[attr-defined]
    cls.js_kind = kind  # type: ignore[attr-defined]
    cls.constructor = InstanceProperty(lambda self: cls)  # type: ignore[attr-defined]  # (`new Map().constructor`)
