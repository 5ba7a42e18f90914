"""The Ti API the runtime models, read from its classes, so each name is declared once: as the
method or property of the Proxy subclass that implements it.

Every modelled Ti object is a :class:`~ti2py.runtime.ti.proxy.Proxy` subclass whose ``js_class``
names it (``"Ti.Database.ResultSet"``); :func:`api_members` lists what JS can call or read on
each, which is what a check such as the translator's W101 ("a method that differs only in case
from a real one") needs instead of a hand-kept list.
"""

from __future__ import annotations

import inspect
from typing import Any

from ..js.exposed import is_exposed_attribute
from ..js.values import JSArray
from .proxy import GenericProxy, Namespace, Proxy


def ti_classes() -> list[type[Proxy]]:
    """Every modelled Ti class (with its own ``js_class``), Ti and module namespaces included; a
    few are JS arrays rather than proxies (``Ti.XML.NodeList``, so that ``nodes[i]`` reads)."""
    from .. import modules  # noqa: F401
    from . import root  # noqa: F401 - importing the Ti tree defines every Ti class

    found: list[type[Proxy]] = []
    pending: list[type[Any]] = [Proxy, JSArray]
    while pending:
        cls = pending.pop()
        pending.extend(cls.__subclasses__())
        if cls not in (Proxy, Namespace, GenericProxy) and "js_class" in cls.__dict__ and cls not in found \
                and not cls.__dict__.get("js_stand_in", False):
            found.append(cls)
    return sorted(found, key=lambda cls: (cls.js_class, cls.__qualname__))


def api_members(cls: type[Proxy]) -> tuple[frozenset[str], frozenset[str]]:
    """(methods, properties and constants) JS sees on instances of ``cls``, inherited ones too.

    Every public member of a Ti class is JS API: the runtime's own helpers and state have a
    leading underscore when only their module uses them (``_confined_now``), else the ``js_``
    prefix of the runtime's internal protocol (``js_labels``, ``js_tap_row``, which the App's
    driver calls; ``js_class``, which the value model reads); both are out of JS's reach
    (``runtime/js/exposed.py``)."""
    methods: set[str] = set()
    values: set[str] = set()
    for klass in inspect.getmro(cls):
        if not issubclass(klass, Proxy) and "js_class" not in vars(klass):
            continue  # (a JS array's own methods are JS, not Ti, API)
        for name, member in vars(klass).items():
            if not is_exposed_attribute(name):
                continue
            if isinstance(member, property) or not callable(member) or isinstance(member, type):
                values.add(name)
            else:
                methods.add(name)
    return frozenset(methods), frozenset(values - methods)


def api_methods() -> frozenset[str]:
    """Every method name of every modelled Ti class."""
    return frozenset(name for cls in ti_classes() for name in api_members(cls)[0])


__all__ = ["api_members", "api_methods", "ti_classes"]
