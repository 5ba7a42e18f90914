"""JS functions that use ``this``, constructors, prototypes: ``new``, ``instanceof``, call/apply/bind.

A translated function that reads ``this`` takes it as its first parameter and is wrapped by
:func:`this_function`; calling it plainly passes ``undefined`` (strict mode), a method call
through :func:`runtime.js.invoke` passes the receiver, and :func:`new` passes a fresh object
whose prototype is the function's ``prototype``.
"""

from __future__ import annotations

from types import FunctionType
from typing import Any, Callable

from . import values as values_module
from .values import JSError, JSObject, JSTypeError, adapt_args, link_prototype, read_property_for, undefined


class ThisFunction:
    """A JS function object: callable, with ``prototype``, ``call``, ``apply`` and ``bind``."""

    def __init__(self, fn: Callable[..., Any]) -> None:
        # The Python function, under a name no JS property reaches (moment.js sets `moment.fn`).
        self._js_code = fn
        self.__name__ = fn.__name__
        self.__qualname__ = getattr(fn, "__qualname__", fn.__name__)
        self.__dict__["prototype"] = JSObject(constructor=self)

    _js_strict = False  # sloppy mode: a `this` of undefined or null is the global object

    def with_this(self, this: Any, args: tuple[Any, ...]) -> Any:
        if (this is undefined or this is None) and not self._js_strict:
            from .realm import global_object

            this = global_object()
        return self._js_code(this, *adapt_args(self._js_code, args, skip=1))

    def __call__(self, *args: Any) -> Any:
        return self.with_this(undefined, args)

    def call(self, this: Any = undefined, *args: Any) -> Any:
        return self.with_this(this, args)

    def apply(self, this: Any = undefined, args: Any = undefined) -> Any:
        return self.with_this(this, tuple(args) if args not in (undefined, None) else ())

    def bind(self, this: Any = undefined, *bound: Any) -> Callable[..., Any]:
        return lambda *args: self.with_this(this, bound + args)

    def __getattr__(self, name: str) -> Any:
        # Static members are inherited from the parent class (set by extend).
        parent = dict.get(self.__dict__, "__parent__")
        if parent is not None and not name.startswith("__"):
            from .host import host_get

            return host_get(parent, name)
        if name.startswith("__"):
            raise AttributeError(name)
        return undefined

    @property
    def js_identity(self) -> "ThisFunction":
        """The function ``===`` compares (a MethodOf wrapper is its method)."""
        return self

    def __repr__(self) -> str:
        return f"function {self.__name__}() {{ ... }}"


class MethodOf(ThisFunction):
    """A prototype's method read from an instance, ``obj.method``: called plainly it runs with
    ``this`` = obj (where JS would need the call written as ``obj.method()``, which a module that
    cannot see the method's ``this`` translates as a plain call); ``call``/``apply``/``bind``
    still choose ``this``."""

    # The wrapper shares its method's attribute dict, so the function's own properties (a
    # namespace function such as underscore's `_`, whose `extend`, `each`... are its properties)
    # read and write the same through either; receiver and method sit in slots beside it.
    __slots__ = ("_method_of", "_receiver")

    def __init__(self, method: ThisFunction, receiver: Any) -> None:  # noqa: super().__init__ not wanted
        self._method_of = method
        self._receiver = receiver
        self.__dict__ = method.__dict__

    def __call__(self, *args: Any) -> Any:
        return self.with_this(self._receiver, args)

    @property
    def js_identity(self) -> ThisFunction:
        return self._method_of

    @property
    def _js_strict(self) -> bool:  # type: ignore[override]
        return self._method_of._js_strict


def _method_of(value: Any, receiver: Any) -> Any:
    return MethodOf(value, receiver) if isinstance(value, ThisFunction) else value


values_module.method_of = _method_of


def bind_exported_methods(exports: Any) -> None:
    """A CommonJS module's exported methods that read ``this`` get its exports object as
    ``this`` when another module calls them (``require('lib/store').add(5)``): the caller cannot
    see that ``add`` reads ``this``, so it writes a plain call.  ``call``/``apply``/``bind``
    still choose ``this``."""
    if isinstance(exports, JSObject):
        for key, value in list(JSObject.items(exports)):
            if type(value) in values_module.method_types:
                exports[key] = MethodOf(value, exports)


def this_function(fn: Callable[..., Any]) -> ThisFunction:
    """Decorator for translated functions whose first parameter is JS ``this`` (sloppy-mode code:
    a plain call, or ``call(null)``, passes the global object, as JavaScript does)."""
    return ThisFunction(fn)


class StrictThisFunction(ThisFunction):
    """A function of strict-mode code ("use strict", a class): a plain call's ``this`` is undefined."""

    _js_strict = True


def strict_this_function(fn: Callable[..., Any]) -> ThisFunction:
    """Decorator for translated strict-mode functions whose first parameter is JS ``this``."""
    return StrictThisFunction(fn)


values_module.method_types = frozenset({ThisFunction, StrictThisFunction})


def extend(child: ThisFunction, parent: Any) -> None:
    """``class child extends parent``: instances inherit parent's prototype, the class its statics."""
    if parent is None:  # `extends null`: instances inherit nothing
        return
    if isinstance(parent, type) and issubclass(parent, JSError):
        # `class E extends Error`: instances sit on an error of that kind (instanceof, name).
        link_prototype(child.prototype, parent())
        child.__dict__["__parent__"] = parent
        return
    if isinstance(parent, FunctionType):
        link_prototype(child.prototype, prototype_of(parent))
        child.__dict__["__parent__"] = parent
        return
    if not isinstance(parent, ThisFunction):
        raise JSTypeError("Class extends value is not a constructor or null")
    link_prototype(child.prototype, parent.prototype)
    child.__dict__["__parent__"] = parent


def super_call(parent: ThisFunction, this: Any, *args: Any) -> Any:
    """``super(...args)``: the parent constructor runs on the same object."""
    if isinstance(parent, type) and issubclass(parent, JSError):
        if args and args[0] is not undefined:
            this["message"] = str(args[0]) if isinstance(args[0], str) else _to_str(args[0])
        return undefined
    if isinstance(parent, FunctionType):
        parent(*adapt_args(parent, args))
        return undefined
    parent.with_this(this, args)
    return undefined


def _to_str(value: Any) -> str:
    from .ops import to_str

    return to_str(value)


def super_member(parent: ThisFunction, this: Any, name: str) -> Any:
    """``super.name``: the parent prototype's member; a method comes bound to ``this``, a getter
    runs on ``this`` (not on the prototype that holds it)."""
    member = read_property_for(parent.prototype, name, this)
    if isinstance(member, ThisFunction):
        return lambda *args: member.with_this(this, args)
    return member


def is_object(value: Any) -> bool:
    """A JS object (not a primitive): what a constructor may return instead of its instance."""
    return not (value is None or value is undefined or isinstance(value, (str, bool, int, float)))


def prototype_of(fn: FunctionType) -> Any:
    """The ``prototype`` of a translated function that does not read ``this``: made on first
    use, as every JS function has one (a module's constructor may be such a function)."""
    attributes = fn.__dict__
    if "prototype" not in attributes:
        attributes["prototype"] = JSObject(constructor=fn)
    return attributes["prototype"]


def function_property(fn: Any, name: str) -> Any:
    """``fn.prototype``, ``fn.name``, ``fn.length`` of a translated function; NOT_A_FUNCTION_PROPERTY if ``name``
    is none of these."""
    if name == "prototype":
        return fn.prototype if isinstance(fn, ThisFunction) else prototype_of(fn)
    code = getattr(fn._js_code if isinstance(fn, ThisFunction) else fn, "__code__", None)
    if name == "name":
        return str(getattr(fn, "__name__", "")).rstrip("_")
    if name == "length" and code is not None:
        return code.co_argcount - (1 if isinstance(fn, ThisFunction) else 0)
    return NOT_A_FUNCTION_PROPERTY


NOT_A_FUNCTION_PROPERTY = object()


def new(constructor: Any, *args: Any) -> Any:
    """``new constructor(...args)``: a fresh object on the constructor's prototype, unless the
    constructor returns an object of its own (a Ti proxy, say), which ``new`` then yields."""
    if isinstance(constructor, (ThisFunction, FunctionType)):
        instance = JSObject()
        prototype = constructor.prototype if isinstance(constructor, ThisFunction) else prototype_of(constructor)
        if isinstance(prototype, (JSObject, JSError)):  # (`P.prototype = new Error()`: an error)
            link_prototype(instance, prototype)
        if isinstance(constructor, ThisFunction):
            result = constructor.with_this(instance, args)
        else:
            result = constructor(*adapt_args(constructor, args))
        return result if is_object(result) else instance
    if isinstance(constructor, type):
        return constructor(*args)
    raise JSTypeError(f"{getattr(constructor, '__name__', 'value')} is not a constructor")


def instanceof(value: Any, constructor: Any) -> bool:
    """``value instanceof constructor``: is ``constructor.prototype`` on value's prototype chain?"""
    if isinstance(constructor, (ThisFunction, FunctionType)):
        target = constructor.prototype if isinstance(constructor, ThisFunction) else prototype_of(constructor)
        proto = dict.get(value, "__proto__") if isinstance(value, JSObject) else None
        while proto is not None:
            if proto is target:
                return True
            proto = dict.get(proto.__dict__, "__proto__")
        return False
    if isinstance(constructor, type):
        if isinstance(value, constructor):
            return True
        # An object whose prototype chain holds an instance (`P.prototype = new Error()`).
        proto = dict.get(value, "__proto__") if isinstance(value, JSObject) else None
        while proto is not None:
            if isinstance(proto, constructor):
                return True
            proto = dict.get(proto.__dict__, "__proto__")
        return False
    has_instance = getattr(type(constructor), "js_has_instance", None)  # the Array and Object globals
    if has_instance is not None:
        return bool(has_instance(value))
    raise JSTypeError("Right-hand side of 'instanceof' is not callable")


def call_method(fn: Any, name: str, args: tuple[Any, ...]) -> Any:
    """``fn.call/apply/bind(...)`` on any function, translated or built in."""
    if isinstance(fn, ThisFunction):
        return getattr(fn, name)(*args)
    rest = args[1:]  # a plain function has no `this` to bind: the first argument is dropped
    if name == "call":
        return fn(*rest)
    if name == "apply":
        return fn(*(tuple(rest[0]) if rest and rest[0] not in (undefined, None) else ()))
    return lambda *more: fn(*(rest + more))


__all__ = ["ThisFunction", "StrictThisFunction", "bind_exported_methods", "this_function", "strict_this_function", "new", "instanceof", "call_method", "extend", "super_call",
           "super_member", "JSError"]
