"""The global object of the running app (JS's realm), one per App, never shared between Apps.

Top-level ``this``, ``globalThis`` and ``global`` read it.  The App that runs code enters its own
global object here (a context variable, so two Apps in one process or thread pool never see each
other's); code run outside any App gets a global object of its own context.
"""

from __future__ import annotations

import contextvars

from .values import JSObject

_global_object: contextvars.ContextVar[JSObject | None] = contextvars.ContextVar("ti2py_global_object", default=None)


def global_object() -> JSObject:
    found = _global_object.get()
    if found is None:
        found = JSObject()
        _global_object.set(found)
    return found


def enter(obj: JSObject) -> contextvars.Token:
    """Make ``obj`` the global object of the current context (undo with :func:`leave`)."""
    return _global_object.set(obj)


def leave(token: contextvars.Token) -> None:
    _global_object.reset(token)
