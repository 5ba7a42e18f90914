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
from .ops import caught, thrown, to_str
from .values import BuiltinClass, JSArray, JSError, JSObject, JSTypeError, call_with_this, undefined

PENDING, FULFILLED, REJECTED = "pending", "fulfilled", "rejected"
Reaction = tuple[Any, Any, "Promise"]  # (onFulfilled, onRejected, the promise `then` returned)


def _app() -> Any:
    from ..app import current_app

    return current_app()


def _is_function(value: Any) -> bool:
    return callable(value) and value is not undefined and not isinstance(value, JSObject)


class Promise(metaclass=BuiltinClass):
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
        """The resolve and reject functions an executor is given: anonymous built-ins (no
        ``prototype``, not constructors), each settling the promise at most once."""
        from .functions import StrictThisFunction, builtin

        def visible(settle: Callable[..., None]) -> Any:
            return builtin(StrictThisFunction(lambda _this, value=undefined, *_: settle(value)), "", 1)

        resolve, reject = self._settling_functions()
        return visible(resolve), visible(reject)

    def _settling_functions(self) -> tuple[Callable[..., None], Callable[..., None]]:
        """resolve and reject as the runtime itself calls them."""
        settled = False

        def resolve(value: Any = undefined) -> Any:
            nonlocal settled
            if not settled:
                settled = True
                self._resolve(value)
            return undefined

        def reject(reason: Any = undefined) -> Any:
            nonlocal settled
            if not settled:
                settled = True
                self._settle(REJECTED, reason)
            return undefined

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
        derived = _species_promise(self) if getattr(type(self), "js_subclass_instance", False) else Promise(_NO_EXECUTOR)
        self._handled = True
        reaction = (on_fulfilled, on_rejected, derived)
        if self._state == PENDING:
            self._reactions.append(reaction)
        else:
            _app().loop.queue_microtask(self._react, reaction)
        return derived

    def catch_(self, on_rejected: Any = undefined) -> Any:
        return _catch(self, on_rejected)

    def finally_(self, on_finally: Any = undefined) -> Any:
        return _finally(self, on_finally)

    def __getitem__(self, name: str) -> Any:
        # `p.catch(...)`/`p.finally(...)`: generated code spells Python keywords as p["catch"];
        # they are Promise.prototype's functions (`p.finally === Promise.prototype.finally`).
        if name in ("catch", "finally"):
            from .functions import MethodOf
            from .realm import prototype_member

            return MethodOf(prototype_member("Promise", name), self)
        return host_get(self, name)

    def toString(self) -> str:
        return "[object Promise]"

_NO_EXECUTOR = object()
Promise.catch = Promise.catch_  # `p.catch(...)` is valid Python


def async_function(fn: Callable[..., Any]) -> Callable[..., Promise]:
    """An ``async function``: generated code writes each ``await x`` as ``(yield x)``; calling it
    runs the body up to the first ``await`` at once and returns a Promise of its result.  Each
    awaited value settles through a Promise (one microtask at least, as in JS), then the body
    resumes with the value, or with the rejection thrown at the ``await``."""

    @functools.wraps(fn)
    def run(*args: Any) -> Promise:
        promise = Promise(_NO_EXECUTOR)
        resolve, reject = promise._settling_functions()
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
            _resolve_static(Promise, awaited).then(lambda result=undefined: step(body.send, result),
                                          lambda reason=undefined: step(body.throw, thrown(reason)))

        step(body.send, None)
        return promise

    return run


def _catch(this: Any, on_rejected: Any = undefined, *_: Any) -> Any:
    """Promise.prototype.catch, generic: ``this.then(undefined, onRejected)``."""
    from .strings import invoke

    return invoke(this, "then", undefined, on_rejected)


def _finally(this: Any, on_finally: Any = undefined, *_: Any) -> Any:
    """Promise.prototype.finally, generic: ``this.then`` with functions that run ``onFinally``,
    wait for what it returns (through the constructor's ``resolve``), then pass the outcome on."""
    from .descriptors import is_object
    from .strings import invoke

    if not is_object(this):
        raise JSTypeError("Promise.prototype.finally called on a value that is not an object")
    if not _is_function(on_finally):
        return invoke(this, "then", on_finally, on_finally)
    constructor = _species_constructor(this)

    def passed(value: Any = undefined, *_: Any) -> Any:
        settled = _resolve_static(constructor, call_with_this(on_finally, undefined))
        return invoke(settled, "then", lambda *_: value)

    def failed(reason: Any = undefined, *_: Any) -> Any:
        def again(*_: Any) -> Any:
            raise thrown(reason)

        settled = _resolve_static(constructor, call_with_this(on_finally, undefined))
        return invoke(settled, "then", again)

    return invoke(this, "then", passed, failed)


def _species_constructor(this: Any) -> Any:
    """SpeciesConstructor(this, Promise): ``this.constructor``'s ``[Symbol.species]``, else Promise."""
    from .descriptors import is_object
    from .ops import get
    from .symbols import Symbol

    constructor = get(this, "constructor")
    if constructor is undefined:
        return Promise
    if not is_object(constructor):
        raise JSTypeError("The promise's constructor is not an object")
    species = get(constructor, Symbol.species)
    return Promise if species is undefined or species is None else species
def _species_promise(promise: Promise) -> Promise:
    """The promise ``then`` returns for an instance of a subclass of Promise: one made by its
    ``constructor`` (``class P extends Promise``: ``p.then(f)`` is a P too)."""
    constructor = host_get(promise, "constructor")
    if constructor is undefined or constructor is Promise:
        return Promise(_NO_EXECUTOR)
    made = _capability(constructor)[0]
    if not isinstance(made, Promise):
        raise JSTypeError("the promise's constructor made no promise")
    return made


def _constructor(this: Any) -> Any:
    """The ``C`` of ``Promise.all.call(C, ...)``: Promise itself for a plain ``Promise.all(...)``."""
    if this is undefined or this is None:
        return Promise
    if not callable(this) or isinstance(this, (JSObject, JSArray)):
        raise JSTypeError(f"{to_str(this)} is not a constructor")
    return this


def _capability(constructor: Any) -> tuple[Any, Any, Any]:
    """NewPromiseCapability(C): a new promise of ``C`` and the resolve and reject functions its
    executor was given."""
    if constructor is Promise:
        promise = Promise(_NO_EXECUTOR)
        return (promise, *promise._settling_functions())
    from .functions import builtin, new

    got: list[Any] = [undefined, undefined]

    def executor(resolve: Any = undefined, reject: Any = undefined, *_: Any) -> Any:
        if got[0] is not undefined or got[1] is not undefined:
            raise JSTypeError("Promise executor has already been invoked with non-undefined arguments")
        got[0], got[1] = resolve, reject
        return undefined

    promise = new(constructor, builtin(executor, "", 2))
    if not _is_function(got[0]) or not _is_function(got[1]):
        raise JSTypeError("Promise resolve or reject function is not callable")
    return promise, got[0], got[1]


def _resolve_static(this: Any, value: Any = undefined) -> Any:
    """``Promise.resolve(x)``: ``x`` itself if it is a promise of this constructor."""
    constructor = _constructor(this)
    if isinstance(value, Promise) and (constructor is Promise and type(value) is Promise
                                       or host_get(value, "constructor") is constructor):
        return value
    promise, resolve, _reject = _capability(constructor)
    call_with_this(resolve, undefined, value)
    return promise


def _reject_static(this: Any, reason: Any = undefined) -> Any:
    promise, _resolve, reject = _capability(_constructor(this))
    call_with_this(reject, undefined, reason)
    return promise


def _aggregate_error(errors: list[Any]) -> Any:
    error = JSError("All promises were rejected")
    error.name = "AggregateError"
    error.errors = JSArray(errors)  # type: ignore[attr-defined]
    return error


def _combine(this: Any, items: Any, mode: str) -> Any:
    """``Promise.all`` / ``allSettled`` / ``any`` / ``race`` as the specification runs them:
    each item goes through ``C.resolve``, then its ``then`` with element functions that count
    once; a failure while iterating rejects the returned promise."""
    from .collections import for_of
    from .ops import get

    constructor = _constructor(this)
    promise, resolve, reject = _capability(constructor)
    values: list[Any] = []
    remaining = 1

    def finish() -> None:
        if mode == "any":
            call_with_this(reject, undefined, _aggregate_error(values))
        else:
            call_with_this(resolve, undefined, JSArray(values))

    def element(index: int, kind: str) -> Callable[..., Any]:
        called = False

        def settle_one(value: Any = undefined, *_: Any) -> Any:
            nonlocal called, remaining
            if called:
                return undefined
            called = True
            if kind == "fulfilled" and mode == "allSettled":
                value = JSObject(status="fulfilled", value=value)
            elif kind == "rejected" and mode == "allSettled":
                value = JSObject(status="rejected", reason=value)
            values[index] = value
            remaining -= 1
            if remaining == 0:
                finish()
            return undefined

        return settle_one

    try:
        promise_resolve = get(constructor, "resolve")
        if not _is_function(promise_resolve):
            raise JSTypeError("Promise resolve is not a function")
        for index, item in enumerate(for_of(items)):
            next_promise = call_with_this(promise_resolve, constructor, item)
            if mode == "race":
                on_fulfilled, on_rejected = resolve, reject
            else:
                values.append(undefined)
                remaining += 1
                on_fulfilled = element(index, "fulfilled") if mode != "any" else resolve
                on_rejected = element(index, "rejected") if mode != "all" else reject
            then = get(next_promise, "then")
            if not _is_function(then):
                raise JSTypeError("then is not a function")
            call_with_this(then, next_promise, on_fulfilled, on_rejected)
    except Exception as exc:
        call_with_this(reject, undefined, caught(exc))
        return promise
    remaining -= 1
    if remaining == 0 and mode != "race":
        finish()
    return promise


def _install_statics() -> None:
    from .functions import StrictThisFunction, builtin

    def static(name: str, fn: Callable[..., Any], length: int) -> None:
        fn.__name__ = name
        setattr(Promise, name, builtin(StrictThisFunction(fn), name, length))

    static("resolve", _resolve_static, 1)
    static("reject", _reject_static, 1)
    for mode in ("all", "allSettled", "any", "race"):
        static(mode, (lambda mode: lambda this, items=undefined, *_: _combine(this, items, mode))(mode), 1)


_install_statics()
setattr(Promise, "finally", Promise.finally_)


def _register_prototype() -> None:
    from .prototypes import class_prototype

    class_prototype("Promise", Promise, ("then",), own_methods={"catch": _catch, "finally": _finally})


_register_prototype()


__all__ = ["Promise", "async_function"]
