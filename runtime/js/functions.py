"""JS functions that use ``this``, constructors, prototypes: ``new``, ``instanceof``, call/apply/bind.

A translated function that reads ``this`` takes it as its first parameter and is wrapped by
:func:`this_function`; calling it plainly passes ``undefined`` (strict mode), a method call
through :func:`runtime.js.invoke` passes the receiver, and :func:`new` passes a fresh object
whose prototype is the function's ``prototype``.
"""

from __future__ import annotations

from types import BuiltinFunctionType, FunctionType, MethodType
from typing import Any, Callable

from . import values as values_module
from .exposed import is_exposed_attribute
from .values import (
    Accessor, JSError, JSObject, JSTypeError, adapt_args, call_with_this, default_prototype, hide_keys, link_prototype, read_property_for,
    undefined,
)


class ThisFunction:
    """A JS function object: callable, with ``prototype``, ``call``, ``apply`` and ``bind``."""

    def __init__(self, fn: Callable[..., Any]) -> None:
        self._fn = fn
        self.__name__ = fn.__name__
        self.__qualname__ = getattr(fn, "__qualname__", fn.__name__)
        self.__dict__["prototype"] = default_prototype(self)

    _js_strict = False  # sloppy mode: a `this` of undefined or null is the global object

    def with_this(self, this: Any, args: tuple[Any, ...], **new_target: Any) -> Any:
        if not self._js_strict and not isinstance(this, (JSObject, values_module.JSArray)):
            this = _sloppy_this(this)
        return self._fn(this, *adapt_args(self._fn, args, skip=1), **new_target)

    def __call__(self, *args: Any) -> Any:
        return self.with_this(undefined, args)

    def call(self, this: Any = undefined, *args: Any) -> Any:
        return self.with_this(this, args)

    def apply(self, this: Any = undefined, args: Any = undefined) -> Any:
        return self.with_this(this, arguments_from(args))

    def bind(self, this: Any = undefined, *bound: Any) -> Callable[..., Any]:
        return BoundFunction(self, this, bound)

    def __getattr__(self, name: str) -> Any:
        if name in ("length", "name"):  # own properties of every function (`restArguments` reads length)
            return function_property(self, name)
        if name in ("caller", "arguments") and self._js_strict:
            raise JSTypeError("'caller', 'callee', and 'arguments' properties may not be accessed on strict mode "
                              "functions or the arguments objects for calls to them")
        # Static members are inherited from the parent class (set by extend).
        parent = dict.get(self.__dict__, HERITAGE)
        if parent is not None and not name.startswith("__"):
            from .host import host_get

            return host_get(parent, name)
        if name.startswith("_") or name.startswith("js_") or name == "with_this":
            raise AttributeError(name)
        table = self.__dict__.get(values_module.SIDE_TABLE)
        if table is not None and name in table:  # (an accessor Object.defineProperty gave it)
            value = table[name]
            return value.read(self) if type(value) is values_module.Accessor else value
        return inherited_function_member(self, name)

    # JS `f.name` / `f.length` (generated code may read them as attributes).
    @property
    def name(self) -> Any:
        found = function_property(self, "name")
        return undefined if found is NOT_A_FUNCTION_PROPERTY else found

    @name.setter
    def name(self, value: Any) -> None:
        pass  # read-only, as in sloppy-mode JS

    @property
    def length(self) -> Any:
        found = function_property(self, "length")
        return undefined if found is NOT_A_FUNCTION_PROPERTY else found

    @length.setter
    def length(self, value: Any) -> None:
        pass

    @property
    def js_identity(self) -> "ThisFunction":
        """The function ``===`` compares (a MethodOf wrapper is its method)."""
        return self

    def __repr__(self) -> str:
        return f"function {self.__name__}() {{ ... }}"


def _sloppy_this(this: Any) -> Any:
    """The ``this`` a sloppy-mode function sees: the global object for undefined or null, a
    wrapper object for a primitive (``typeof this`` is "object"), any other value as it is."""
    if this is undefined or this is None:
        from .realm import global_object

        return global_object()
    if isinstance(this, (str, bool, int, float, values_module.JSSymbol)):
        from .wrappers import wrap

        return wrap(this)
    return this


class MethodOf(ThisFunction):
    """A prototype's method read from an instance, ``obj.method``: called plainly it runs with
    ``this`` = obj (where JS would need the call written as ``obj.method()``, which a module that
    cannot see the method's ``this`` translates as a plain call); ``call``/``apply``/``bind``
    still choose ``this``."""

    # The wrapper shares its method's attribute dict, so the function's own properties (a
    # namespace function such as underscore's `_`, whose `extend`, `each`... are its properties)
    # read and write the same through either; receiver and method sit in slots beside it.
    __slots__ = ("_method_of", "_receiver")

    def __init__(self, method: ThisFunction, receiver: Any) -> None:  # no super().__init__: the wrapper shares the method's state
        attributes = self.__dict__  # not through __setattr__, which writes to the method
        attributes["_fn"] = method._fn
        attributes["__name__"] = method.__name__
        attributes["__qualname__"] = method.__qualname__
        attributes["prototype"] = method.prototype
        attributes["js_method"] = method
        attributes["_receiver"] = receiver

    def __call__(self, *args: Any) -> Any:
        return self.with_this(self.__dict__["_receiver"], args)

    # The wrapped function's own JS properties (`Backbone.Model.extend`, set after the module
    # exported it) are the wrapper's: reads and writes go to the function.
    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.__dict__["js_method"], name)

    def __setattr__(self, name: str, value: Any) -> None:
        setattr(self.__dict__["js_method"], name, value)

    @property
    def js_identity(self) -> ThisFunction:
        return self.__dict__["js_method"]

    @property
    def _js_strict(self) -> bool:  # type: ignore[override]
        return self.__dict__["js_method"]._js_strict


class BoundFunction(ThisFunction):
    """What ``f.bind(thisArg, ...args)`` gives: a function object (own properties, ``call``,
    ``hasOwnProperty``...) named ``bound f``, whose length is what ``f`` still takes; calling it
    calls ``f`` with the bound ``this`` and arguments first, ``new`` constructs ``f``."""

    def __init__(self, target: Any, this: Any, bound: tuple[Any, ...]) -> None:
        def run(_this: Any, *args: Any) -> Any:
            return call_with_this(target, this, *bound, *args)

        super().__init__(run)
        del self.__dict__["prototype"]  # (a bound function has none)
        self.__dict__["js_target"] = target
        self.__dict__["js_bound"] = bound
        name = function_property(target, "name") if is_function_value(target) else ""
        length = function_property(target, "length") if is_function_value(target) else 0
        self.__dict__["js_name"] = "bound " + (name if isinstance(name, str) else "")
        self.__dict__["js_length"] = max(0, length - len(bound)) if isinstance(length, (int, float)) else 0

    _js_strict = True  # (the bound `this` is passed as it is)


def arguments_from(args: Any) -> tuple[Any, ...]:
    """CreateListFromArrayLike for ``f.apply(this, args)``: no arguments for undefined or null, a
    TypeError for another primitive, else ``args[0]`` to ``args[length - 1]`` (an array-like
    object's getters run)."""
    if type(args) is values_module.JSArray:
        return tuple(args)
    if args is undefined or args is None:
        return ()
    if not is_object(args):
        raise JSTypeError("CreateListFromArrayLike called on non-object")
    from .array_generic import get_index, length_of

    return tuple(get_index(args, index) for index in range(length_of(args)))


def plain_function(fn: Callable[..., Any], name: str, length: int) -> ThisFunction:
    """A translated function that does not read ``this`` (``Function(...)``'s result) as a
    function object: own properties, inherited ``constructor``/``hasOwnProperty``/``call``."""
    if isinstance(fn, ThisFunction):
        return fn

    def run(_this: Any, *args: Any) -> Any:
        return fn(*adapt_args(fn, args))

    made = ThisFunction(run)
    made.__dict__["js_name"] = name
    made.__dict__["js_length"] = length
    made.__dict__["prototype"] = default_prototype(made)
    return made


def inherited_function_member(fn: Any, name: str) -> Any:
    """``f.hasOwnProperty``, ``f.toString``: what a function inherits from Function.prototype, then
    Object.prototype (built in, or added by the program); else undefined."""
    from . import realm

    for kind in ("Function", "Object"):
        value = realm.prototype_member(kind, name)
        if value is not realm.NOT_ADDED:
            return _method_of(value, fn)
    return undefined


def method_of_object(obj: Any, name: str) -> Any:
    """``obj.hasOwnProperty``... for a host value that is not a function: Object.prototype's."""
    from . import realm

    value = realm.prototype_member("Object", name)
    return undefined if value is realm.NOT_ADDED else _method_of(value, obj)


def _method_of(value: Any, receiver: Any) -> Any:
    return MethodOf(value, receiver) if isinstance(value, ThisFunction) else value


values_module.method_of = _method_of


_FUNCTION_INTERNALS = frozenset({"prototype", "name", "length"})  # (own, but never enumerable)


def function_own_keys(fn: Any) -> list[str]:
    """The enumerable own properties a program gave a function (``Model.extend = extend``):
    what ``for (k in fn)`` and ``_.extend(child, parent)`` see (``prototype`` is not one)."""
    if isinstance(fn, MethodOf):
        fn = fn.__dict__["js_method"]
    attributes = getattr(fn, "__dict__", None)
    if not isinstance(attributes, dict):
        return []
    from .host import attributes_of

    return [key for key in attributes if type(key) is str and is_exposed_attribute(key) and key not in _FUNCTION_INTERNALS
            and attributes_of(fn, key)[1]]


def bind_exported_methods(exports: Any) -> None:
    """A CommonJS module's exported methods that read ``this`` get its exports object as
    ``this`` when another module calls them (``require('lib/store').add(5)``): the caller cannot
    see that ``add`` reads ``this``, so it writes a plain call.  ``call``/``apply``/``bind``
    still choose ``this``."""
    if isinstance(exports, JSObject):
        for key, value in list(JSObject.items(exports)):
            if type(value) in values_module.method_types:
                exports[key] = MethodOf(value, exports)


def named(name: str | None = None, length: int | None = None) -> Callable[[Any], Any]:
    """Decorator giving a translated function its JS ``name`` or ``length`` where its Python
    name or parameters differ (``{m: function () {}}`` is ``def on_m``; a getter, ``get x``, is
    ``def get_x``; ``function (a, b = 1)`` has length 1, a function reading ``arguments`` takes
    ``*arguments``)."""

    def name_it(fn: Any) -> Any:
        attributes = _attributes(fn)
        if name is not None:
            attributes["js_name"] = name
        if length is not None:
            attributes["js_length"] = length
        return fn

    return name_it


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


# Where a derived class keeps the value of its `extends` clause (None: `extends null`): the
# constructor its super() calls, and where its static members are inherited from.
HERITAGE = "js_heritage"


def extend(child: ThisFunction, parent: Any) -> None:
    """``class child extends parent``: instances inherit parent's prototype, the class its statics."""
    if parent is None:  # `extends null`: instances inherit nothing, super() has nothing to call
        dict.__setitem__(child.prototype, "__proto__", None)
        child.__dict__[HERITAGE] = None
        return
    if parent is child:  # (`class x extends x`: the class's own name is not initialized yet there)
        from .values import JSReferenceError

        raise JSReferenceError(f"Cannot access '{child.__name__}' before initialization")
    if not is_constructor(parent):
        raise JSTypeError("Class extends value is not a constructor or null")
    if isinstance(parent, type) and issubclass(parent, JSError):
        # `class E extends Error`: instances are errors of that kind, on E.prototype (whose own
        # link is the realm's prototype of that kind: `name`, `toString`).
        link_prototype(child.prototype, parent.prototype)
        child.__dict__[HERITAGE] = parent
        return
    from .ops import get

    from .realm import RealmPrototype

    proto = get(parent, "prototype")
    if isinstance(proto, RealmPrototype):
        proto = proto.target()
    if proto is None:
        dict.__setitem__(child.prototype, "__proto__", None)
    elif isinstance(proto, (JSObject, JSError, values_module.JSArray)):
        link_prototype(child.prototype, proto)
    elif not is_object(proto) or proto is undefined:
        raise JSTypeError(f"Class extends value does not have valid prototype property {_to_str(proto)}")
    child.__dict__[HERITAGE] = parent


def is_constructor(value: Any) -> bool:
    """Can ``new value()`` run: a translated function or class (not an arrow, method or generator
    that JS gives no [[Construct]]), a bound constructor, or a built-in constructor."""
    if isinstance(value, BoundFunction):
        return is_constructor(value.__dict__["js_target"])
    if isinstance(value, ThisFunction):
        return "prototype" in value.__dict__ or "js_construct" in value.__dict__
    if type(value) is FunctionType:
        return "js_construct" in value.__dict__ or "js_builtin" not in value.__dict__ and \
            "js_method_definition" not in value.__dict__ and not _is_arrow_or_generator(value)
    if isinstance(value, type):
        return not issubclass(value, (bool, int, float, str))
    return bool(getattr(type(value), "js_constructs", False))


def _is_arrow_or_generator(fn: FunctionType) -> bool:
    from inspect import CO_GENERATOR

    return fn.__name__ == "<lambda>" or bool(fn.__code__.co_flags & CO_GENERATOR) or hasattr(fn, "__wrapped__")


def end_class(cls: Any) -> None:
    """The end of ``class C {...}``: the methods and accessors its body put on ``C.prototype``
    are not enumerable, as JS defines them (``for (k in new C())`` lists only own fields; a method
    added to the prototype later is enumerable)."""
    prototype = cls.prototype if isinstance(cls, ThisFunction) else prototype_of(cls)
    hide_keys(prototype, [key for key in dict.keys(prototype) if type(key) is str and key != "__proto__"])
    for value in dict.values(prototype):
        if type(value) is Accessor:  # (`get x() {}`: not enumerable either)
            value.enumerable = False
            _method_definition(value.get)
            _method_definition(value.set)
        elif value is not cls:  # (its `constructor` is the class)
            _method_definition(value)
    if isinstance(cls, ThisFunction):  # its static methods neither (`static m() {}`)
        from .host import set_attributes, side_table

        for key in [*function_own_keys(cls), *(k for k in side_table(cls, create=False) or () if type(k) is str)]:
            set_attributes(cls, key, (True, False, True))
            _method_definition(cls.__dict__.get(key))
        for accessor in type(cls).__dict__.get("_js_own_accessors", {}).values():  # (`static get x()`)
            accessor.enumerable, accessor.configurable = False, True
            _method_definition(accessor.get)
            _method_definition(accessor.set)
    if isinstance(cls, ThisFunction):  # (a class that is a plain Python function cannot refuse calls)
        kind = type(cls)
        if "_js_own_accessors" in kind.__dict__:  # its own class already (static accessors)
            for refused in ("__call__", "call", "apply", "with_this"):
                setattr(kind, refused, _refuse_call)
            kind.js_class = True  # type: ignore[attr-defined]
        else:
            refusing = _CLASS_KINDS.get(kind)
            if refusing is None:
                refusing = _CLASS_KINDS[kind] = type(kind.__name__, (kind,), {
                    "__call__": _refuse_call, "call": _refuse_call, "apply": _refuse_call, "with_this": _refuse_call,
                    "js_class": True})
            object.__setattr__(cls, "__class__", refusing)


_CLASS_KINDS: dict[type, type] = {}


def _method_definition(fn: Any) -> None:
    """A class's method or accessor function: no ``prototype``, and ``new`` refuses it."""
    if isinstance(fn, ThisFunction) and not isinstance(fn, MethodOf) and not getattr(type(fn), "js_class", False):
        fn.__dict__.pop("prototype", None)
        fn.__dict__["js_method_definition"] = True
    elif type(fn) is FunctionType:
        fn.__dict__["js_method_definition"] = True


def _refuse_call(self: Any, *args: Any) -> Any:
    """A class constructor called without ``new`` (``C()``, ``C.call(o)``) throws, as in JS."""
    raise JSTypeError("Cannot call a class constructor without |new|")


def define_method(owner: Any, key: str, method: Any) -> None:
    """A class body's ``static name() {}`` / ``static length() {}``: the method replaces the
    class's own ``name`` or ``length`` (which a plain assignment leaves as they are)."""
    set_function_property(owner, key, method)


def define_function_accessor(fn: ThisFunction, name: str, accessor: Any) -> ThisFunction:
    """``static get x() {...}``: an accessor among a class's own properties.  The function moves
    to a class of its own whose Python property ``x`` runs the getter or setter with the
    function as ``this`` (a class-level property wins over the instance's attribute dict); a
    name that is no Python attribute (``static get 0b10()``, ``static get __class__()``) keeps
    the accessor in the function's side table of JS properties, which host.py reads."""
    from .host import host_set_accessor

    if not is_exposed_attribute(name):
        host_set_accessor(fn, name, accessor)
        return fn
    kind = type(fn)
    if "_js_own_accessors" not in kind.__dict__:
        kind = type(kind.__name__, (kind,), {"_js_own_accessors": {}})
        fn.__dict__.pop(name, None)
        object.__setattr__(fn, "__class__", kind)
    own: dict[str, Any] = kind.__dict__["_js_own_accessors"]
    previous = own.get(name)
    if previous is not None and not accessor.is_data and not previous.is_data:
        # `get x` and then `set x` (or the reverse): one property with both halves.
        accessor.get = accessor.get or previous.get
        accessor.set = accessor.set or previous.set
    own[name] = accessor
    setattr(kind, name, property(accessor.read, accessor.write))
    return fn


class UninitializedThis:
    """``this`` in a derived class's constructor before its ``super(...)`` returns: no object yet
    (the parent constructor makes it), only the ``new.target`` that super() passes up, and the
    object super() made once it ran (what the constructor gives when it returns undefined).
    Reading or writing its properties throws JS's ReferenceError."""

    __slots__ = ("js_new_target", "js_bound")

    def __init__(self, new_target: Any) -> None:
        object.__setattr__(self, "js_new_target", new_target)
        object.__setattr__(self, "js_bound", None)

    def __getattr__(self, name: str) -> Any:
        raise this_before_super()

    def __setattr__(self, name: str, value: Any) -> None:
        raise this_before_super()

    def __getitem__(self, key: Any) -> Any:
        raise this_before_super()

    def __setitem__(self, key: Any, value: Any) -> None:
        raise this_before_super()


def this_before_super() -> JSError:
    from .values import JSReferenceError

    return JSReferenceError("Must call super constructor in derived class before accessing 'this' or returning from "
                            "derived constructor")


def checked_this(this: Any) -> Any:
    """``this`` read in a derived class's constructor where super() may not have run yet."""
    if type(this) is UninitializedThis:
        raise this_before_super()
    return this


def super_call(cls: ThisFunction, this: Any, *args: Any) -> Any:
    """``super(...args)`` in the constructor of ``cls``: the parent constructor makes the
    instance (an array for ``extends Array``, a Map...) on ``new.target``'s prototype; the
    result is the constructor's ``this`` from then on."""
    parent = cls.__dict__.get(HERITAGE)
    if not is_constructor(parent):
        raise JSTypeError(f"Super constructor {_to_str(parent)} of anonymous class is not a constructor")
    first = type(this) is UninitializedThis and this.js_bound is None
    made = construct(parent, args, this.js_new_target if type(this) is UninitializedThis else cls)
    if not first:
        from .values import JSReferenceError

        raise JSReferenceError("Super constructor may only be called once")
    object.__setattr__(this, "js_bound", made)
    return made


def construct(constructor: Any, args: tuple[Any, ...], new_target: Any) -> Any:
    """[[Construct]] of ``constructor`` with ``new.target`` (``new C()``: C itself; ``super()``:
    the class ``new`` named, whose prototype the instance gets)."""
    if new_target is constructor:
        return new(constructor, *args)
    if isinstance(constructor, ThisFunction) and HERITAGE in constructor.__dict__:
        return _construct_derived(constructor, args, new_target)
    if type(constructor) is BoundFunction:
        return construct(constructor.__dict__["js_target"], (*constructor.__dict__["js_bound"], *args), new_target)
    prototype = new_target.prototype if isinstance(new_target, ThisFunction) else undefined
    if isinstance(constructor, (ThisFunction, FunctionType)) and _own_construct(constructor) is None:
        return _construct_ordinary(constructor, args, new_target, prototype)
    made = new(constructor, *args)  # a built-in makes its own kind of object
    return with_prototype(made, prototype) if isinstance(prototype, (JSObject, JSError)) else made


def _construct_derived(cls: ThisFunction, args: tuple[Any, ...], new_target: Any) -> Any:
    # Its `this` is bound by its super() call; what it returns is checked once it has returned
    # (after any `finally`): an object replaces the instance, undefined gives it, else a TypeError.
    this = UninitializedThis(new_target)
    # (ThisFunction's own with_this: a class refuses every other call)
    result = ThisFunction.with_this(cls, this, args, **_new_target_argument(cls, new_target))
    if type(result) is UninitializedThis or result is undefined:
        return checked_this(this.js_bound if this.js_bound is not None else this)
    if not is_object(result):
        raise JSTypeError("Derived constructors may only return object or undefined")
    return result


def _construct_ordinary(constructor: Any, args: tuple[Any, ...], new_target: Any, prototype: Any) -> Any:
    instance = JSObject()
    if isinstance(prototype, (JSObject, JSError, values_module.JSArray)):  # (`P.prototype = new Error()`)
        link_prototype(instance, prototype)
    target = _new_target_argument(constructor, new_target)
    if isinstance(constructor, ThisFunction):
        result = ThisFunction.with_this(constructor, instance, args, **target)
    else:
        result = constructor(*adapt_args(constructor, args), **target)
    return result if is_object(result) else instance


def _new_target_argument(constructor: Any, new_target: Any) -> dict[str, Any]:
    """A function that reads ``new.target`` takes it as a keyword-only parameter."""
    code = getattr(constructor._fn if isinstance(constructor, ThisFunction) else constructor, "__code__", None)
    takes = code is not None and "new_target" in code.co_varnames[code.co_argcount:code.co_argcount + code.co_kwonlyargcount]
    return {"new_target": new_target} if takes else {}


def with_prototype(made: Any, prototype: Any) -> Any:
    """A built-in's instance (an array, a Map, an error...) made for a subclass: it links to the
    subclass's prototype, whose methods and accessors it then finds before its built-in ones."""
    if isinstance(made, JSObject):
        link_prototype(made, prototype)
        return made
    attributes = getattr(made, "__dict__", None)
    if type(attributes) is not dict:
        return made
    attributes["__proto__"] = prototype
    kind = type(made)
    if not kind.__dict__.get("js_subclass_instance", False):
        subclassed = _SUBCLASS_KINDS.get(kind)
        if subclassed is None:
            metaclass: Any = type(kind)
            subclassed = _SUBCLASS_KINDS[kind] = metaclass(kind.__name__, (kind,), {
                "__getattribute__": _subclass_member, "js_subclass_instance": True, "__module__": kind.__module__})
        made.__class__ = subclassed
    return made


_SUBCLASS_KINDS: dict[type, type] = {}


def _subclass_member(self: Any, name: str) -> Any:
    """A member of a subclassed built-in's instance: its own, else the subclass prototypes' (up
    to the built-in prototype), else the built-in's."""
    if name[0] != "_" and is_exposed_attribute(name) and name not in object.__getattribute__(self, "__dict__"):
        found = values_module.subclass_member(self, name)
        if found is not values_module.NOT_FOUND:  # (a method comes bound to the instance; a class, as it is)
            return MethodOf(found, self) if type(found) in values_module.method_types else found
    return super(type(self), self).__getattribute__(name)


def prototype_link(value: Any) -> Any:
    """The prototype object ``value`` links to (a JSObject's, a subclassed built-in's), else None."""
    if isinstance(value, JSObject):
        return dict.get(value, "__proto__")
    if getattr(type(value), "js_subclass_instance", False):
        return object.__getattribute__(value, "__dict__").get("__proto__")
    return None


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


def super_property(home: Any, this: Any, name: str) -> Any:
    """``super.name`` in a method whose home object is ``home`` (an object literal, a class's
    prototype, or the class for a static method): the member of the home object's prototype,
    read on ``this``; a method comes bound to ``this``."""
    if isinstance(home, ThisFunction) and HERITAGE in home.__dict__:  # a derived class's static method
        from .ops import get

        parent = home.__dict__[HERITAGE]
        member = inherited_function_member(this, name) if parent is None else get(parent, name)
    elif isinstance(home, JSObject) and dict.__contains__(home, "__proto__"):
        proto = dict.get(home, "__proto__")
        if proto is None:
            raise JSTypeError(f"Cannot read properties of null (reading '{name}')")
        if getattr(type(this), "js_subclass_instance", False):
            return _super_member_of_builtin(proto, this, name)
        member = read_property_for(proto, name, this)
        if member is undefined:  # (the chain ends on Object.prototype)
            return method_of_object(this, name)
    elif isinstance(home, JSObject):  # (a plain object's implicit link: Object.prototype)
        return method_of_object(this, name)
    else:  # a base class's static method: Function.prototype's
        member = inherited_function_member(this, name)
    if isinstance(member, ThisFunction):
        method = member.__dict__.get("js_method", member)
        return lambda *args: method.with_this(this, args)
    return member


def is_callable(value: Any) -> bool:
    """IsCallable: a function of any kind (undefined is a callable Python object, objects and
    arrays are dicts and lists with methods: neither is a JS function)."""
    return value is not undefined and callable(value) and not isinstance(value, (JSObject, values_module.JSArray))


def _super_member_of_builtin(proto: Any, this: Any, name: str) -> Any:
    """``super.name`` on an instance of a subclass of a built-in: a subclass's member, else the
    built-in's own method of the instance (``super.add(v)`` in ``class S extends Set``)."""
    member = values_module.member_before_builtin(proto, name, this)
    if member is values_module.NOT_FOUND:
        kind: Any = type(this).__mro__[1]  # (the built-in's class, under the subclass instances' one)
        try:
            return kind.__getattribute__(this, name)
        except AttributeError:
            return undefined
    return _method_of(member, this)


def is_object(value: Any) -> bool:
    """A JS object (not a primitive): what a constructor may return instead of its instance."""
    return not (value is None or value is undefined or isinstance(value, (str, bool, int, float, values_module.JSSymbol)))


def prototype_of(fn: FunctionType) -> Any:
    """The ``prototype`` of a translated function that does not read ``this``: made on first
    use, as every JS function has one (a module's constructor may be such a function)."""
    attributes = fn.__dict__
    if "prototype" not in attributes:
        attributes["prototype"] = default_prototype(fn)
    return attributes["prototype"]


# A function's `name` and `length` are read-only but configurable: `delete f.name` removes it
# and `Object.defineProperty(f, "name", ...)` redefines it.  What the program did to them is kept
# in the function's attribute dict under this key ({name: value, or DELETED}).
FUNCTION_OVERRIDES = "_js_function_properties"
DELETED = object()
FUNCTION_TYPES: tuple[type, ...] = (FunctionType, MethodType, BuiltinFunctionType, values_module.BuiltinClass)


def is_function_value(value: Any) -> bool:
    """A function the runtime models as a JS function object: translated, a ThisFunction, or a
    built-in (a Python function, method or builtin)."""
    return isinstance(value, FUNCTION_TYPES) or isinstance(value, ThisFunction)


def _attributes(fn: Any) -> dict[str, Any]:
    if isinstance(fn, MethodOf):  # (a method read from its owner: the method's own properties)
        fn = fn.__dict__["js_method"]
    attributes = getattr(fn.__func__ if isinstance(fn, MethodType) else fn, "__dict__", None)
    return attributes if type(attributes) is dict else {}


def function_property(fn: Any, name: str) -> Any:
    """``fn.prototype``, ``fn.name``, ``fn.length`` of a function value (translated or built in);
    NOT_A_FUNCTION_PROPERTY if ``name`` is none of these, or the program deleted it."""
    if isinstance(fn, values_module.BuiltinClass):
        return _constructor_class_property(fn, name)
    attributes = _attributes(fn)
    overrides = attributes.get(FUNCTION_OVERRIDES)
    if overrides is not None and name in overrides:
        value = overrides[name]
        return NOT_A_FUNCTION_PROPERTY if value is DELETED else value
    if name == "prototype":
        if "prototype" in attributes:
            return attributes["prototype"]
        # A built-in method has none; a translated function gets one on first use.
        return prototype_of(fn) if type(fn) is FunctionType and "js_builtin" not in attributes \
            and "js_method_definition" not in attributes else NOT_A_FUNCTION_PROPERTY
    if name == "name":
        given = attributes.get("js_name")
        if given is not None:
            return given
        text = str(getattr(fn, "__name__", "")).rstrip("_")
        return "" if text == "<lambda>" else text
    if name == "length":
        given = attributes.get("js_length")
        if given is not None:
            return given
        target = fn._fn if isinstance(fn, ThisFunction) else fn
        target = getattr(target, "__wrapped__", target)  # an async function's or generator's body
        code = getattr(target, "__code__", None)
        if code is None:
            return 0
        return code.co_argcount - (1 if isinstance(fn, (ThisFunction, MethodType)) else 0)
    return NOT_A_FUNCTION_PROPERTY


def constructor_class_name(cls: type) -> str:
    """The JS name of a runtime class that is a built-in constructor (``Map``, ``Date``; an
    error class's ``name``: ``TypeError`` for JSTypeError)."""
    own_name = vars(cls).get("name")
    return vars(cls).get("js_kind") or (own_name if isinstance(own_name, str) else cls.__name__)


def constructor_statics(cls: type) -> list[str]:
    """The static methods of a built-in constructor class (``Date.now``, ``Promise.all``)."""
    from .lengths import LENGTHS

    return [name for name in LENGTHS.get(constructor_class_name(cls), {}) if name in vars(cls)]


def _constructor_class_property(cls: type, name: str) -> Any:
    from .lengths import length_of

    if name == "prototype":
        return getattr(cls, "prototype", NOT_A_FUNCTION_PROPERTY)
    if name == "name":
        return constructor_class_name(cls)
    if name == "length":
        return length_of("", constructor_class_name(cls))
    return NOT_A_FUNCTION_PROPERTY


def set_function_property(fn: Any, name: str, value: Any) -> None:
    """``Object.defineProperty(f, "name" | "length" | "prototype", ...)``, ``delete f.name`` (DELETED)."""
    target = fn.__func__ if isinstance(fn, MethodType) else fn.__dict__["js_method"] if isinstance(fn, MethodOf) else fn
    attributes = getattr(target, "__dict__", None)
    if type(attributes) is dict:
        attributes.setdefault(FUNCTION_OVERRIDES, {})[name] = value


def builtin(fn: Any, name: str, length: int) -> Any:
    """Mark a runtime function as a JS built-in: its JS ``name`` and ``length``, no ``prototype``."""
    target = fn.__func__ if isinstance(fn, MethodType) else fn
    target.__dict__["js_name"] = name
    target.__dict__["js_length"] = length
    target.__dict__["js_builtin"] = True
    if isinstance(target, ThisFunction):
        if isinstance(target.__dict__.get("prototype"), JSObject):  # (the default one; Boolean's stays)
            del target.__dict__["prototype"]
    else:  # generated code may read `fn.name` / `fn.length` as attributes of a Python function
        target.__dict__["name"] = name
        target.__dict__["length"] = length
    return fn


NOT_A_FUNCTION_PROPERTY = object()


def source_text(fn: Any) -> str:
    """``Function.prototype.toString``: the translator keeps no JS source, so every function
    shows the form the specification gives built-in functions, ``function name() { [native code] }``
    with the JS name the runtime was told (a built-in's, a class's; not a Python name the
    translator chose: ``function () {}`` is ``def fn_2``), left out where it is no identifier."""
    name = _attributes(fn).get("js_name") if is_function_value(fn) else getattr(fn, "__name__", "")
    shown = name if isinstance(name, str) and name.isidentifier() and not name.startswith("_") else ""
    return f"function {shown}() {{ [native code] }}"


def function_to_string(this: Any) -> str:
    """``Function.prototype.toString`` called on ``this`` (a TypeError for a non-function)."""
    if not is_callable(this):
        raise JSTypeError("Function.prototype.toString requires that 'this' be a Function")
    return source_text(this)


def new(constructor: Any, *args: Any) -> Any:
    """``new constructor(...args)``: a fresh object on the constructor's prototype, unless the
    constructor returns an object of its own (a Ti proxy, say), which ``new`` then yields."""
    construct_own = _own_construct(constructor)
    if construct_own is not None:  # a built-in constructor that makes its own kind of object
        return construct_own(*args)
    if type(constructor) is BoundFunction:
        return new(constructor.__dict__["js_target"], *constructor.__dict__["js_bound"], *args)
    if isinstance(constructor, ThisFunction) and HERITAGE in constructor.__dict__:
        return _construct_derived(constructor, args, constructor)
    if isinstance(constructor, (ThisFunction, FunctionType)):
        if "js_builtin" in _attributes(constructor):  # (`new parseInt()`, `new "".charAt()`)
            raise JSTypeError(f"{function_property(constructor, 'name') or 'function'} is not a constructor")
        if "js_method_definition" in constructor.__dict__:  # (`new obj.method()` of a class's method)
            raise JSTypeError(f"{constructor.__name__} is not a constructor")
        prototype = constructor.prototype if isinstance(constructor, ThisFunction) else prototype_of(constructor)
        return _construct_ordinary(constructor, args, constructor, prototype)
    if isinstance(constructor, type):
        return constructor(*args)
    if getattr(type(constructor), "js_constructs", False):  # the Array, Object and Function globals
        return constructor(*args)
    raise JSTypeError(f"{getattr(constructor, '__name__', 'value')} is not a constructor")


def _own_construct(constructor: Any) -> Any:
    if type(constructor) is FunctionType:
        return getattr(constructor, "js_construct", None)
    return constructor.__dict__.get("js_construct") if isinstance(constructor, ThisFunction) else None


def instanceof(value: Any, constructor: Any) -> bool:
    """``value instanceof constructor``: is ``constructor.prototype`` on value's prototype chain?
    (A ``[Symbol.hasInstance]`` method of the right-hand side decides instead, as in JS.)"""
    if isinstance(constructor, JSObject) or _js_properties(constructor):
        custom = _has_instance_method(constructor)
        if custom is not None:
            from .ops import truthy
            from .values import call_with_this

            return truthy(call_with_this(custom, constructor, value))
    if isinstance(constructor, (ThisFunction, FunctionType)):
        target = constructor.prototype if isinstance(constructor, ThisFunction) else prototype_of(constructor)
        if hasattr(type(target), "target") and not isinstance(target, JSObject):  # String.prototype
            target = target.target()
        proto = prototype_link(value)
        while proto is not None:
            if proto is target:
                return True
            proto = dict.get(proto.__dict__, "__proto__")
        return False
    if isinstance(constructor, type):
        if isinstance(value, constructor):
            return True
        # An object whose prototype chain holds an instance (`P.prototype = new Error()`), or
        # the class's prototype object (`Object.create(Error.prototype)`).
        proto = prototype_link(value)
        own_prototype = constructor.prototype if proto is not None and issubclass(constructor, JSError) else None
        while proto is not None:
            if isinstance(proto, constructor) or proto is own_prototype:
                return True
            proto = dict.get(proto.__dict__, "__proto__")
        return False
    has_instance = getattr(type(constructor), "js_has_instance", None)  # the Array and Object globals
    if has_instance is not None:
        return bool(has_instance(value))
    raise JSTypeError("Right-hand side of 'instanceof' is not callable")


def _js_properties(value: Any) -> Any:
    attributes = getattr(value, "__dict__", None)
    return attributes.get("_js_properties") if type(attributes) is dict else None


def _has_instance_method(constructor: Any) -> Any:
    from .ops import get
    from .symbols import Symbol

    method = get(constructor, Symbol.hasInstance)
    if method is undefined or method is None:
        return None
    if not callable(method) or isinstance(method, (JSObject, values_module.JSArray)):
        raise JSTypeError("Symbol.hasInstance is not a function")
    return method


def call_method(fn: Any, name: str, args: tuple[Any, ...]) -> Any:
    """``fn.call/apply/bind(...)`` on any function, translated or built in."""
    if isinstance(fn, ThisFunction):
        return getattr(fn, name)(*args)
    kind = None
    if isinstance(fn, MethodType) and isinstance(fn.__self__, values_module.JSArray) \
            and fn.__name__ in values_module.ARRAY_METHOD_NAMES:
        kind = "Array"
    elif isinstance(fn, MethodType):
        kind = getattr(type(fn.__self__), "js_kind", None)  # Map, Set, RegExp...
    if kind is not None:
        # `[].map.call(arrayLike, f)`, `s.add.call(other, 1)`: the method is <kind>.prototype's,
        # `this` the first argument.
        from . import realm

        method = realm.prototype_member(kind, fn.__name__)
        if isinstance(method, ThisFunction):
            return getattr(method, name)(*args)
    rest = args[1:]  # a plain function has no `this` to bind: the first argument is dropped
    if name == "call":
        return fn(*rest)
    if name == "apply":
        return fn(*arguments_from(rest[0] if rest else undefined))
    return BoundFunction(fn, args[0] if args else undefined, rest)


__all__ = ["named", "ThisFunction", "StrictThisFunction", "bind_exported_methods", "this_function", "strict_this_function", "new", "instanceof", "call_method", "extend", "super_call", "checked_this",
           "super_member", "super_property", "JSError"]
