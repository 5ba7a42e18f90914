"""The running app's realm: its global object and the prototypes of the built-in types.

One per App, never shared between Apps: ``String.prototype.trim2 = ...`` in one app is not seen by
the next, and top-level ``this``/``globalThis`` are each app's own.  The App that runs code
enters its realm here (a context variable, so two Apps in one process never see each other's);
code run outside any App gets a realm of its own context.

``String.prototype`` and friends are :class:`RealmPrototype` views: stateless stand-ins that
read and write the current realm's prototype object of that type.
"""

from __future__ import annotations

import contextvars
from typing import Any, Callable

from .values import Accessor, JSObject, delete_property, link_prototype, undefined

# Built-in methods every realm's prototype of a type starts with (borrowable with call/apply):
# registered by the modules that implement the type.
_TEMPLATES: dict[str, Callable[[], JSObject]] = {}


def register_prototype(kind: str, make_methods: Callable[[], JSObject]) -> None:
    _TEMPLATES[kind] = make_methods


class Realm:
    def __init__(self) -> None:
        self.global_object = JSObject()
        self.global_object["global"] = self.global_object  # Node's (and Titanium 9's) name for it
        self.prototypes: dict[str, JSObject] = {}
        # What this realm's program did to the built-in namespaces (`Math.max = f`, `delete
        # JSON.parse`): {namespace: {name: value or DELETED}}; see RealmNamespace.
        self.namespace_changes: dict[str, dict[str, Any]] = {}

    def prototype(self, kind: str) -> JSObject:
        found = self.prototypes.get(kind)
        if found is None:
            make = _TEMPLATES.get(kind)
            found = self.prototypes[kind] = make() if make is not None else JSObject()
            if kind != "Object" and "__proto__" not in found:  # built-in prototypes inherit Object.prototype's
                link_prototype(found, self.prototype("Object"))
        return found


_current: contextvars.ContextVar[Realm | None] = contextvars.ContextVar("ti2py_realm", default=None)


current_or_none = _current.get  # the current context's realm, None before one is made


def current() -> Realm:
    found = _current.get()
    if found is None:
        found = Realm()
        _current.set(found)
    return found


def global_object() -> JSObject:
    return current().global_object


_NO_VALUE = object()


def declare_global(name: str, value: Any = _NO_VALUE) -> None:
    """A script's ``var name`` (no ``value``) or ``function name`` when it starts: the global
    object's property, enumerable, writable and never deletable (``delete name`` is false), as JS
    makes its global declarations.  A ``var`` keeps the value a property of that name already has
    (another script's, or the runtime's); a function replaces it."""
    from .properties import own_property
    from .values import define_property

    found = own_property(global_object(), name)
    if found is not None and value is _NO_VALUE:
        return
    if found is not None and not (found.configurable if isinstance(found, Accessor) else found[3]):
        global_object()[name] = value  # not redefinable: JS assigns the function to it
        return
    define_property(global_object(), name, Accessor(value=undefined if value is _NO_VALUE else value,
                                                    writable=True, enumerable=True, configurable=False))


def enter(realm: Realm) -> contextvars.Token:
    """Make ``realm`` the current context's realm (undo with :func:`leave`)."""
    return _current.set(realm)


def leave(token: contextvars.Token) -> None:
    _current.reset(token)


NOT_ADDED = object()  # what added_method gives for a name the program never added


def added_method(kind: str, name: str) -> Any:
    """What the program put on ``<kind>.prototype`` under ``name`` (``NOT_ADDED`` if nothing):
    methods apps add to String, Number, Array or Object, found after the built-in ones."""
    realm = _current.get()
    if realm is None or kind not in realm.prototypes:
        return NOT_ADDED
    return _value(dict.get(realm.prototypes[kind], name, NOT_ADDED))


def _value(found: Any) -> Any:
    return found.value if type(found) is Accessor and found.is_data else found


def prototype_member(kind: str, name: str) -> Any:
    """What ``<kind>.prototype`` of the current realm holds under ``name``, built-in or added
    (``NOT_ADDED`` if nothing)."""
    return _value(dict.get(current().prototype(kind), name, NOT_ADDED))


DELETED = object()
_CHANGED_CLASSES: dict[type, type] = {}


class RealmNamespace:
    """Base of the built-in namespace objects (Math, JSON, Object, Array), which converted code
    imports once per process: a write or delete of a member is the current realm's own, so
    ``Math.max = f`` in one App is not seen by another.  Until some program changes a namespace
    its members are plain class attributes (generated code reads them at C speed); the first
    change moves that namespace to a subclass whose reads consult the realm's changes first."""

    js_namespace = ""  # its name, "Math"

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_") or name.startswith("js_"):
            raise AttributeError(name)
        from .functions import method_of_object  # what every object inherits (`Math.hasOwnProperty`)

        return method_of_object(self, name)

    def __setattr__(self, name: str, value: Any) -> None:
        constant = getattr(type(self), name, None)
        if isinstance(constant, (int, float)) and not isinstance(constant, bool):
            return  # Math.PI and the other constants are read-only
        self._js_change(name, value)

    def __delattr__(self, name: str) -> None:
        self._js_change(name, DELETED)

    def _js_change(self, name: str, value: Any) -> None:
        current().namespace_changes.setdefault(type(self).js_namespace, {})[name] = value
        cls = type(self)
        if cls not in _CHANGED_CLASSES.values():
            changed = _CHANGED_CLASSES.get(cls)
            if changed is None:
                changed = _CHANGED_CLASSES[cls] = type(cls.__name__, (cls,), {"__getattribute__": _changed_read})
            object.__setattr__(self, "__class__", changed)


def _changed_read(self: Any, name: str) -> Any:
    realm = _current.get()
    changes = realm.namespace_changes.get(type(self).js_namespace) if realm is not None else None
    if changes and name in changes:
        value = changes[name]
        if value is DELETED:
            raise AttributeError(name)  # (then __getattr__: what every object inherits, or undefined)
        return value
    return object.__getattribute__(self, name)


def namespace_change(namespace: Any, name: str) -> Any:
    """What the current realm's program set ``namespace.name`` to (DELETED; NOT_ADDED if nothing)."""
    realm = _current.get()
    changes = realm.namespace_changes.get(getattr(type(namespace), "js_namespace", ""), {}) if realm else {}
    return changes.get(name, NOT_ADDED)


class RealmPrototype:
    """``String.prototype`` as a value: every read and write goes to the current realm's object."""

    __slots__ = ("_kind",)

    def __init__(self, kind: str) -> None:
        object.__setattr__(self, "_kind", kind)

    def target(self) -> JSObject:
        return current().prototype(object.__getattribute__(self, "_kind"))

    @property
    def js_identity(self) -> JSObject:
        """What ``===`` compares: the realm's object (``Object.getPrototypeOf("") === String.prototype``)."""
        return self.target()

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        return self.target()[name]

    def __setattr__(self, name: str, value: Any) -> None:
        self.target()[name] = value

    def __delattr__(self, name: str) -> None:
        delete_property(self.target(), name)

    def __getitem__(self, key: Any) -> Any:
        return self.target()[key]

    def __setitem__(self, key: Any, value: Any) -> None:
        self.target()[key] = value

    def __delitem__(self, key: Any) -> None:
        delete_property(self.target(), key)

    def __contains__(self, key: Any) -> bool:
        return key in self.target()

    def __repr__(self) -> str:
        return f"{object.__getattribute__(self, '_kind')}.prototype"


__all__ = ["Realm", "RealmPrototype", "current", "global_object", "enter", "leave", "added_method",
           "register_prototype", "prototype_member", "RealmNamespace", "namespace_change", "DELETED", "NOT_ADDED", "undefined"]
