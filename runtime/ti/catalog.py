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

from ..js.values import JSArray
from .proxy import GenericProxy, Namespace, Proxy

# Python-side members that are not JS API (the runtime's own helpers with a leading underscore
# are hidden from JS by that alone; `js_` names are the value model's protocol, hidden too).
_RUNTIME_SIDE = frozenset({
    "properties", "listeners", "js_json_properties", "bytes", "push_callback",
    # Python-side state and controls of the simulated device (read-only from JS):
    "views", "windows", "tab_groups", "dialogs", "front", "screen", "find", "history", "shown", "opened",
    "focused", "labels", "walk", "tap", "tap_row", "tap_index", "tap_item", "tap_button", "type_text",
    "button_names", "rows", "items", "top_window", "focus_again", "table", "describe",
    "pending_handlers", "expired_handlers", "notifications", "delivered", "fetch_interval",
    "pending_notifications", "begin_handler", "fire", "opened_urls", "sounds", "picking", "pick", "finish",
    "move_to", "turn_to", "authorize", "rotate", "shake", "tasks", "sessions",
})


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
                and not cls.__dict__.get("stand_in", False):
            found.append(cls)
    return sorted(found, key=lambda cls: (cls.js_class, cls.__qualname__))


def api_members(cls: type[Proxy]) -> tuple[frozenset[str], frozenset[str]]:
    """(methods, properties and constants) JS sees on instances of ``cls``, inherited ones too."""
    methods: set[str] = set()
    values: set[str] = set()
    for klass in inspect.getmro(cls):
        if klass is not Proxy and "js_class" not in vars(klass):
            continue  # (a JS array's own methods are JS, not Ti, API)
        for name, member in vars(klass).items():
            if name.startswith("_") or name in _RUNTIME_SIDE or name == "js_class":
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
