"""JS symbols: ``Symbol("x")``, ``Symbol.for``, the well-known symbols, symbols as property keys.

A symbol is a :class:`JSSymbol`, a primitive (``typeof`` "symbol") that equals only itself.  As a
property key it is stored as it is (a JSObject is a dict, so the symbol is the dict key), never
turned into a string; ``Object.keys``, ``for...in`` and ``getOwnPropertyNames`` leave symbol keys
out and ``Object.getOwnPropertySymbols`` lists them.  ToString and ToNumber of a symbol throw a
TypeError, as in JS; ``String(sym)`` and ``sym.toString()`` give ``Symbol(description)``.

The well-known symbols the runtime honours: ``Symbol.iterator`` (``for...of``, spread and
``Array.from`` call an object's iterator method), ``Symbol.hasInstance`` (``instanceof``),
``Symbol.toPrimitive`` (conversions of an object) and ``Symbol.toStringTag``
(``Object.prototype.toString``).  The others exist as values.
"""

from __future__ import annotations

from typing import Any

from .realm import RealmNamespace, RealmPrototype
from .values import JSSymbol, JSTypeError, undefined

_REGISTRY: dict[str, JSSymbol] = {}  # Symbol.for's keys (shared across realms, as in JS)


def _description_of(value: Any) -> str | None:
    from .ops import to_str

    return None if value is undefined else to_str(value)


class _SymbolConstructor(RealmNamespace):
    """The JS global ``Symbol``: a function (not a constructor) with the well-known symbols."""

    js_namespace = "Symbol"
    prototype = RealmPrototype("Symbol")

    iterator = JSSymbol("Symbol.iterator")
    asyncIterator = JSSymbol("Symbol.asyncIterator")
    hasInstance = JSSymbol("Symbol.hasInstance")
    toPrimitive = JSSymbol("Symbol.toPrimitive")
    toStringTag = JSSymbol("Symbol.toStringTag")
    species = JSSymbol("Symbol.species")
    isConcatSpreadable = JSSymbol("Symbol.isConcatSpreadable")
    unscopables = JSSymbol("Symbol.unscopables")
    match = JSSymbol("Symbol.match")
    matchAll = JSSymbol("Symbol.matchAll")
    replace = JSSymbol("Symbol.replace")
    search = JSSymbol("Symbol.search")
    split = JSSymbol("Symbol.split")

    @staticmethod
    def js_has_instance(value: Any) -> bool:
        """``Object(sym) instanceof Symbol``: a Symbol wrapper (a symbol itself is no instance)."""
        from .realm import current
        from .values import JSObject

        return isinstance(value, JSObject) and JSObject.isPrototypeOf(current().prototype("Symbol"), value)

    def __call__(self, description: Any = undefined) -> JSSymbol:
        return JSSymbol(_description_of(description))

    @staticmethod
    def for_(key: Any = undefined) -> JSSymbol:
        from .ops import to_str

        name = to_str(key)
        found = _REGISTRY.get(name)
        if found is None:
            found = _REGISTRY[name] = JSSymbol(name)
        return found

    @staticmethod
    def keyFor(symbol: Any = undefined) -> Any:
        if type(symbol) is not JSSymbol:
            raise JSTypeError(f"{symbol!r} is not a symbol")
        description = symbol.description
        return description if isinstance(description, str) and _REGISTRY.get(description) is symbol else undefined

    def __getitem__(self, name: Any) -> Any:
        from .host import host_get

        return host_get(self, name)  # `Symbol["for"]`: generated code spells keyword members so


setattr(_SymbolConstructor, "for", staticmethod(_SymbolConstructor.for_))
Symbol = _SymbolConstructor()
WELL_KNOWN = {name: value for name, value in vars(_SymbolConstructor).items() if type(value) is JSSymbol}


def _symbol_this(this: Any) -> JSSymbol:
    from .wrappers import primitive_of

    value = primitive_of(this, this)
    if type(value) is not JSSymbol:
        raise JSTypeError("Symbol.prototype method called on a value that is not a symbol")
    return value


def _register() -> None:
    from .prototypes import builtin_prototype
    from .realm import register_prototype

    register_prototype("Symbol", lambda: builtin_prototype(
        "Symbol", {"toString": lambda this: _symbol_this(this).toString(), "valueOf": _symbol_this},
        Symbol, {"description": lambda this: _symbol_this(this).description}))
    JSSymbol.constructor = Symbol  # type: ignore[attr-defined]  # (`Symbol().constructor === Symbol`)


_register()


__all__ = ["Symbol", "JSSymbol", "WELL_KNOWN"]
