"""JS ``Promise`` on the app's event loop.

Reactions (``then``/``catch``/``finally`` callbacks) run as microtasks: after the job that
settled the promise and before any other job or timer, so ``setTimeout(f, 0)`` still runs after
every ``then`` queued before it, as in JavaScript.  A rejection nobody handles by the end of the
job is logged as JavaScriptCore reports it: ``Unhandled Promise Rejection: Error: ...``.
"""

from __future__ import annotations

import functools
import types
from typing import Any, Callable

from .host import host_get
from .realm import RealmPrototype
from .ops import caught, thrown, to_str
from .values import JSArray, JSError, JSObject, JSTypeError, call_with_this, undefined

PENDING, FULFILLED, REJECTED = "pending", "fulfilled", "rejected"
Reaction = tuple[Any, Any, "Promise"]  # (onFulfilled, onRejected, the promise `then` returned)


def _app() -> Any:
    from ..app import current_app

    return current_app()


def _is_function(value: Any) -> bool:
    return callable(value) and value is not undefined and not isinstance(value, JSObject)


class Promise:
    """``new Promise((resolve, reject) => ...)`` and its ``then``/``catch``/``finally``."""

    def __init__(self, executor: Any = undefined) -> None:
        self._state = PENDING
        self._value: Any = undefined
        self._reactions: list[Reaction] = []
        self._handled = False
        if executor is _NO_EXECUTOR:
            return
        if not _is_function(executor):
            raise JSTypeError(f"Promise resolver {to_str(executor)} is not a function")
        resolve, reject = self._resolving_functions()
        try:
            call_with_this(executor, undefined, resolve, reject)
        except Exception as exc:  # the executor threw: the promise rejects with what it threw
            reject(caught(exc))

    # -- settling --------------------------------------------------------------------------------
    def _resolving_functions(self) -> tuple[Callable[..., None], Callable[..., None]]:
        settled = False

        def resolve(value: Any = undefined) -> None:
            nonlocal settled
            if not settled:
                settled = True
                self._resolve(value)

        def reject(reason: Any = undefined) -> None:
            nonlocal settled
            if not settled:
                settled = True
                self._settle(REJECTED, reason)

        return resolve, reject

    def _resolve(self, value: Any) -> None:
        if value is self:
            self._settle(REJECTED, JSTypeError("Cannot resolve a promise with itself"))
            return
        if isinstance(value, Promise):
            then: Any = value.then
        elif isinstance(value, JSObject):
            try:
                then = value["then"]  # a thenable: any object with a then method
            except Exception as exc:
                self._settle(REJECTED, caught(exc))
                return
        else:
            then = None
        if then is not None and _is_function(then):
            _app().loop.queue_microtask(self._adopt, value, then)
        else:
            self._settle(FULFILLED, value)

    def _adopt(self, thenable: Any, then: Any) -> None:
        resolve, reject = self._resolving_functions()
        try:
            call_with_this(then, thenable, resolve, reject)
        except Exception as exc:
            reject(caught(exc))

    def _settle(self, state: str, value: Any) -> None:
        self._state, self._value = state, value
        reactions, self._reactions = self._reactions, []
        loop = _app().loop
        for reaction in reactions:
            loop.queue_microtask(self._react, reaction)
        if state == REJECTED and not self._handled:
            loop.post(self._report_if_unhandled)  # after this job's microtasks: a catch may come

    def _report_if_unhandled(self) -> None:
        if not self._handled:
            reason = self._value
            _app().log("ERROR", f"Unhandled Promise Rejection: {to_str(reason) if not isinstance(reason, JSError) else reason}")

    def _react(self, reaction: Reaction) -> None:
        on_fulfilled, on_rejected, derived = reaction
        handler = on_fulfilled if self._state == FULFILLED else on_rejected
        if not _is_function(handler):  # no handler for this outcome: it passes on unchanged
            if self._state == FULFILLED:
                derived._resolve(self._value)
            else:
                derived._settle(REJECTED, self._value)
            return
        try:
            result = call_with_this(handler, undefined, self._value)
        except Exception as exc:
            derived._settle(REJECTED, caught(exc))
            return
        derived._resolve(result)

    # -- JS API ------------------------------------------------------------------------------------
    def then(self, on_fulfilled: Any = undefined, on_rejected: Any = undefined) -> "Promise":
        derived = Promise(_NO_EXECUTOR)
        self._handled = True
        reaction = (on_fulfilled, on_rejected, derived)
        if self._state == PENDING:
            self._reactions.append(reaction)
        else:
            _app().loop.queue_microtask(self._react, reaction)
        return derived

    def catch_(self, on_rejected: Any = undefined) -> "Promise":
        return self.then(undefined, on_rejected)

    def finally_(self, on_finally: Any = undefined) -> "Promise":
        if not _is_function(on_finally):
            return self.then(on_finally, on_finally)

        def passed(value: Any) -> Any:
            return Promise.resolve(call_with_this(on_finally, undefined)).then(lambda *_: value)

        def failed(reason: Any) -> Any:
            def again(*_: Any) -> Any:
                raise thrown(reason)

            return Promise.resolve(call_with_this(on_finally, undefined)).then(again)

        return self.then(passed, failed)

    def __getitem__(self, name: str) -> Any:
        # `p.catch(...)`/`p.finally(...)`: generated code spells Python keywords as p["catch"].
        return host_get(self, name + "_" if name in ("catch", "finally") else name)

    def toString(self) -> str:
        return "[object Promise]"

    # -- statics -----------------------------------------------------------------------------------
    @staticmethod
    def resolve(value: Any = undefined) -> "Promise":
        if isinstance(value, Promise):
            return value
        promise = Promise(_NO_EXECUTOR)
        promise._resolve(value)
        return promise

    @staticmethod
    def reject(reason: Any = undefined) -> "Promise":
        promise = Promise(_NO_EXECUTOR)
        promise._settle(REJECTED, reason)
        return promise

    @staticmethod
    def all(items: Any = undefined) -> "Promise":
        return _combine(items, "all")

    @staticmethod
    def allSettled(items: Any = undefined) -> "Promise":
        return _combine(items, "allSettled")

    @staticmethod
    def race(items: Any = undefined) -> "Promise":
        from .collections import for_of

        result = Promise(_NO_EXECUTOR)
        resolve, reject = result._resolving_functions()
        for item in for_of(items):
            Promise.resolve(item).then(resolve, reject)
        return result

    @staticmethod
    def any(items: Any = undefined) -> "Promise":
        return _combine(items, "any")


_NO_EXECUTOR = object()
Promise.catch = Promise.catch_  # type: ignore[attr-defined]  # `p.catch(...)` is valid Python


def async_function(fn: Callable[..., Any]) -> Callable[..., Promise]:
    """An ``async function``: generated code writes each ``await x`` as ``(yield x)``; calling it
    runs the body up to the first ``await`` at once and returns a Promise of its result.  Each
    awaited value settles through a Promise (one microtask at least, as in JS), then the body
    resumes with the value, or with the rejection thrown at the ``await``."""

    @functools.wraps(fn)
    def run(*args: Any) -> Promise:
        promise = Promise(_NO_EXECUTOR)
        resolve, reject = promise._resolving_functions()
        try:
            body = fn(*args)
        except Exception as exc:
            reject(caught(exc))
            return promise
        if not isinstance(body, types.GeneratorType):  # no `await` in it: a plain function
            resolve(body)
            return promise

        def step(resume: Callable[[Any], Any], value: Any) -> None:
            try:
                awaited = resume(value)
            except StopIteration as stop:
                resolve(stop.value if stop.value is not None else undefined)
                return
            except Exception as exc:
                reject(caught(exc))
                return
            Promise.resolve(awaited).then(lambda result=undefined: step(body.send, result),
                                          lambda reason=undefined: step(body.throw, thrown(reason)))

        step(body.send, None)
        return promise

    return run


def _combine(items: Any, mode: str) -> Promise:
    """``Promise.all`` / ``allSettled`` / ``any``: one promise for a list of values or promises."""
    from .collections import for_of

    result = Promise(_NO_EXECUTOR)
    resolve, reject = result._resolving_functions()
    entries = list(for_of(items))
    values: list[Any] = [undefined] * len(entries)
    remaining = len(entries)

    def finish_one(index: int, value: Any) -> None:
        nonlocal remaining
        values[index] = value
        remaining -= 1
        if remaining == 0:
            if mode == "any":
                reject(JSError("All promises were rejected"))
            else:
                resolve(JSArray(values))

    def handlers(index: int) -> tuple[Callable[..., None], Callable[..., None]]:
        def fulfilled(value: Any = undefined) -> None:
            if mode == "all":
                finish_one(index, value)
            elif mode == "allSettled":
                finish_one(index, JSObject(status="fulfilled", value=value))
            else:
                resolve(value)

        def rejected(reason: Any = undefined) -> None:
            if mode == "all":
                reject(reason)
            elif mode == "allSettled":
                finish_one(index, JSObject(status="rejected", reason=reason))
            else:
                finish_one(index, reason)

        return fulfilled, rejected

    for index, item in enumerate(entries):
        Promise.resolve(item).then(*handlers(index))
    if not entries:
        if mode == "any":
            reject(JSError("All promises were rejected"))
        else:
            resolve(JSArray())
    return result


__all__ = ["Promise", "async_function"]

Promise.prototype = RealmPrototype("Promise")  # type: ignore[attr-defined]
