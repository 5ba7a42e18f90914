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

from .values import JSObject, undefined

# Built-in methods every realm's prototype of a type starts with (borrowable with call/apply):
# registered by the modules that implement the type.
_TEMPLATES: dict[str, Callable[[], dict[str, Any]]] = {}


def register_prototype(kind: str, make_methods: Callable[[], dict[str, Any]]) -> None:
    _TEMPLATES[kind] = make_methods


class Realm:
    def __init__(self) -> None:
        self.global_object = JSObject()
        self.global_object["global"] = self.global_object  # Node's (and Titanium 9's) name for it
        self.prototypes: dict[str, JSObject] = {}

    def prototype(self, kind: str) -> JSObject:
        found = self.prototypes.get(kind)
        if found is None:
            make = _TEMPLATES.get(kind)
            found = self.prototypes[kind] = JSObject(make() if make is not None else None)
        return found


_current: contextvars.ContextVar[Realm | None] = contextvars.ContextVar("ti2py_realm", default=None)


def current() -> Realm:
    found = _current.get()
    if found is None:
        found = Realm()
        _current.set(found)
    return found


def global_object() -> JSObject:
    return current().global_object


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
    return dict.get(realm.prototypes[kind], name, NOT_ADDED)


class RealmPrototype:
    """``String.prototype`` as a value: every read and write goes to the current realm's object."""

    __slots__ = ("_kind",)

    def __init__(self, kind: str) -> None:
        object.__setattr__(self, "_kind", kind)

    def target(self) -> JSObject:
        return current().prototype(object.__getattribute__(self, "_kind"))

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        return self.target()[name]

    def __setattr__(self, name: str, value: Any) -> None:
        self.target()[name] = value

    def __delattr__(self, name: str) -> None:
        del self.target()[name]

    def __getitem__(self, key: Any) -> Any:
        return self.target()[key]

    def __setitem__(self, key: Any, value: Any) -> None:
        self.target()[key] = value

    def __delitem__(self, key: Any) -> None:
        del self.target()[key]

    def __contains__(self, key: Any) -> bool:
        return key in self.target()

    def __repr__(self) -> str:
        return f"{object.__getattribute__(self, '_kind')}.prototype"


__all__ = ["Realm", "RealmPrototype", "current", "global_object", "enter", "leave", "added_method",
           "register_prototype", "NOT_ADDED", "undefined"]
