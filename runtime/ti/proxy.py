"""Titanium proxy objects: properties, ``setX``/``getX`` accessors and event listeners.

Every Ti object in the runtime is a :class:`Proxy`.  Properties are plain Python attributes, so
converted code reads ``progress.value = 0.5`` exactly as the JavaScript did.  A property never
set reads as ``undefined``; ``setFoo(v)``/``getFoo()`` work for every property, as on a device.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable, Iterable

from ..js.host import host_get, host_set
from ..js.values import JSObject, own_items, undefined

if TYPE_CHECKING:
    from ..app import App


def _accessor_property(name: str, prefix: str) -> str | None:
    if len(name) > len(prefix) and name.startswith(prefix) and name[len(prefix)].isupper():
        rest = name[len(prefix):]
        return rest[0].lower() + rest[1:]
    return None


class Proxy:
    """Base of every Titanium object: keeps the properties it is given and fires events."""

    js_class = "Ti.Proxy"

    def __init__(self, app: "App", props: Any = None) -> None:
        object.__setattr__(self, "_app", app)
        object.__setattr__(self, "_listeners", {})
        if props is not None and props is not undefined:
            pairs = own_items(props) if isinstance(props, JSObject) else props.items() if isinstance(props, dict) else []
            for key, value in pairs:
                host_set(self, key, value)  # `_app`, `__class__`... are the app's data, not ours

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        prop = _accessor_property(name, "set")
        if prop is not None:
            return lambda value=undefined, *_: host_set(self, prop, value)
        prop = _accessor_property(name, "get")
        if prop is not None:
            return lambda: host_get(self, prop)
        return undefined

    def __setattr__(self, name: str, value: Any) -> None:
        descriptor = getattr(type(self), name, None)
        if isinstance(descriptor, property) and descriptor.fset is None:
            return  # a read-only property (runtime state): the write is ignored, as in sloppy JS
        object.__setattr__(self, name, value)

    def __getitem__(self, key: Any) -> Any:
        return host_get(self, str(key))

    def __setitem__(self, key: Any, value: Any) -> None:
        host_set(self, str(key), value)

    def js_properties(self) -> dict[str, Any]:
        """The JS-visible properties set on this proxy (for inspection in tests)."""
        return {k: v for k, v in self.__dict__.items() if not k.startswith("_")}

    def js_json_properties(self) -> Iterable[tuple[str, Any]]:
        # Titanium proxies expose their properties through native accessors, not own enumerable
        # keys, so JSON.stringify(proxy) gives "{}" on a device (UNVERIFIED detail; chosen as the
        # JavaScriptCore behaviour for host objects).
        return []

    def toString(self) -> str:
        return f"[object {self.js_class.split('.')[-1]}]"

    def __repr__(self) -> str:
        props = ", ".join(f"{k}={v!r}" for k, v in self.js_properties().items())
        return f"<{self.js_class} {props}>"

    # -- events -------------------------------------------------------------------------------
    def addEventListener(self, name: str, callback: Callable[..., Any]) -> None:
        self._listeners.setdefault(name, []).append(callback)

    def removeEventListener(self, name: str, callback: Callable[..., Any]) -> None:
        callbacks = self._listeners.get(name, [])
        if callback in callbacks:
            callbacks.remove(callback)

    def js_listeners_of(self, name: str) -> list[Callable[..., Any]]:
        return list(self._listeners.get(name, []))

    def fireEvent(self, name: str, data: Any = undefined) -> None:
        """Queue ``name`` to every listener on the app's event loop (one listener call per job)."""
        self._app.dispatch(self, name, data)


class Namespace(Proxy):
    """A Ti namespace or constant group the runtime does not model (e.g. ``Ti.UI.iOS``).

    Any member reads as another namespace named by its path, so ``Ti.UI.iOS.ProgressBarStyle.PLAIN``
    is a value the app can pass around; calling one does nothing and returns a generic proxy."""

    js_class = "Ti.Namespace"

    def __init__(self, app: "App", path: str) -> None:
        super().__init__(app)
        object.__setattr__(self, "_path", path)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        child = Namespace(self._app, f"{self._path}.{name}")
        object.__setattr__(self, name, child)
        return child

    def __call__(self, *args: Any) -> Any:
        props = args[0] if args and isinstance(args[0], JSObject) else None
        return GenericProxy(self._app, props, js_class=self._path)

    def js_properties(self) -> dict[str, Any]:
        return {}

    def toString(self) -> str:
        return self._path

    def __repr__(self) -> str:
        return self._path


class Unmodelled(Namespace):
    """A Ti namespace the runtime does not model (``Ti.Contacts``, ``Ti.Media.Android``...):
    its constants read as their names and its sub-namespaces as more of these, so code that
    only passes them around runs; a method or property reads as undefined, so a call is the JS
    TypeError naming it (``Ti.Contacts.getAllPeople is not a function``), never a silent
    stand-in.  ``ti2py convert`` warns about the same names."""

    js_class = "Ti.Unmodelled"
    js_stand_in = True  # not modelled API: the catalog leaves it out

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        if name[:1].isupper() and not name.isupper():
            child = Unmodelled(self._app, f"{self._path}.{name}")
            object.__setattr__(self, name, child)
            return child
        if name.isupper():
            return f"{self._path}.{name}"
        return undefined

    def __call__(self, *args: Any) -> Any:
        from ..js.values import JSTypeError

        raise JSTypeError(f"{self._path} is not a function (ti2py does not model it)")


class GenericProxy(Proxy):
    """A Ti object the runtime does not model: it keeps its properties and ignores method calls."""

    def __init__(self, app: "App", props: Any = None, js_class: str = "Ti.Proxy") -> None:
        object.__setattr__(self, "js_class", js_class)
        super().__init__(app, props)
        object.__setattr__(self, "_children", [])

    def __getattr__(self, name: str) -> Any:
        value = super().__getattr__(name)
        if value is undefined and not name.startswith("_"):
            # Unknown methods (animate, setTouchEnabled, ...) are accepted and do nothing, so UI
            # the runtime does not model never stops the app's logic.
            return _NoOp(name)
        return value

    def add(self, *views: Any) -> None:
        self._children.extend(views)


class _NoOp:
    """A method of a modelled-as-generic proxy: callable, returns undefined; reads as undefined."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return undefined

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "undefined"
