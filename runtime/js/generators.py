"""JS generators (``function*``): generated code writes ``yield x`` as ``(yield x)`` in a Python
generator; :func:`generator_function` makes calling it return a JS generator object with
``next``/``return``/``throw`` that ``for…of`` and spread iterate."""

from __future__ import annotations

import functools
import inspect
from typing import Any, Callable, Iterator

from .host import host_get
from .ops import thrown
from .values import JSObject, undefined


class JSGenerator:
    """What calling a ``function*`` returns."""

    def __init__(self, body: Iterator[Any]) -> None:
        self._body = body
        self._started = False
        self._done = False

    def _step(self, resume: Callable[[Any], Any], value: Any) -> JSObject:
        if self._done:
            return JSObject(value=undefined, done=True)
        try:
            out = resume(value)
        except StopIteration as stop:
            self._done = True
            return JSObject(value=undefined if stop.value is None else stop.value, done=True)
        except BaseException:
            self._done = True
            raise
        return JSObject(value=out, done=False)

    def next(self, value: Any = undefined) -> JSObject:
        # The first next() starts the body; the value it passes goes nowhere, as in JS.
        started, self._started = self._started, True
        return self._step(self._body.send, value if started else None)  # type: ignore[attr-defined]

    def throw(self, error: Any = undefined) -> JSObject:
        if not self._started:  # JS: a generator that never ran just throws
            self._done = True
            raise thrown(error)
        return self._step(self._body.throw, thrown(error))  # type: ignore[attr-defined]

    def return_(self, value: Any = undefined) -> JSObject:
        if not self._done:
            self._done = True
            self._body.close()  # type: ignore[attr-defined]  # runs the body's finally blocks
        return JSObject(value=value, done=True)

    def __getitem__(self, name: str) -> Any:
        return self.return_ if name == "return" else host_get(self, name)  # `g["return"](v)`

    def __iter__(self) -> Iterator[Any]:
        try:
            while True:
                step = self.next()
                if step["done"]:
                    return
                yield step["value"]
        finally:  # a loop left early (break, return, throw) closes the generator, as JS does
            if not self._done:
                self.return_()

    def toString(self) -> str:
        return "[object Generator]"


def generator_function(fn: Callable[..., Any]) -> Callable[..., JSGenerator]:
    yields = inspect.isgeneratorfunction(fn)  # (a function* without yield still runs on next())

    @functools.wraps(fn)
    def start(*args: Any) -> JSGenerator:
        return JSGenerator(fn(*args) if yields else _lazy(fn, args))

    return start


def _lazy(fn: Callable[..., Any], args: tuple[Any, ...]) -> Iterator[Any]:
    return fn(*args)
    yield  # unreachable: makes this a generator


def delegate(iterable: Any) -> Iterator[Any]:
    """``yield* iterable``: a JS generator hands over its own body (so its return value is
    the ``yield*`` expression's value); anything else iterates as ``for…of`` does."""
    if isinstance(iterable, JSGenerator):
        return iterable._body
    return _each(iterable)


def _each(iterable: Any) -> Iterator[Any]:
    # A plain loop, not `yield from`: the value next(v) sends is dropped here (a string's or a
    # list's iterator has no send()), as JS drops it for a non-generator iterable.
    from .collections import for_of

    for item in for_of(iterable):
        yield item


__all__ = ["JSGenerator", "generator_function", "delegate"]
