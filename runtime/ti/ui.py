"""``Ti.UI``: a headless model of the views apps build, inspectable from tests.

Window, ProgressBar, ImageView and Button behave as on a device (a progress bar is hidden until
``show()``; a button fires ``click``).  Every other ``create*`` factory gives a generic proxy that
keeps its properties, so UI the runtime does not model never stops the app's logic.
"""

from __future__ import annotations

import functools

from typing import TYPE_CHECKING, Any, Iterator

from ..js.host import host_set
from ..js.ops import to_number
from ..js.values import JSArray, JSObject, own_items, undefined
from .proxy import GenericProxy, Namespace, Proxy

if TYPE_CHECKING:
    from ..app import App


class View(GenericProxy):
    js_class = "Ti.UI.View"

    def __init__(self, app: "App", props: Any = None) -> None:
        super().__init__(app, props, js_class=type(self).js_class)
        self._app.Ti.UI.views.append(self)

    def _walk(self) -> Iterator["View"]:
        yield self
        for child in self._children:
            if isinstance(child, View):
                yield from child._walk()

    def remove(self, view: Any) -> None:
        if view in self._children:
            self._children.remove(view)

    @property
    def children(self) -> JSArray:
        return JSArray(self._children)

    def removeAllChildren(self) -> None:  # noqa: N802
        self._children.clear()

    def animate(self, animation: Any = undefined, callback: Any = undefined) -> None:
        """No screen: the animated properties take their end values at once and the callback
        runs after the animation's delay + duration, so code waiting for it carries on."""
        timing = {"duration": 0, "delay": 0}
        if isinstance(animation, (JSObject, Proxy)):
            pairs = own_items(animation) if isinstance(animation, JSObject) else animation._properties().items()
            for key, value in pairs:
                if key in timing:
                    timing[key] = to_number(value) or 0
                elif key not in ("curve", "autoreverse", "repeat", "transform"):
                    host_set(self, key, value)
        if callable(callback) and callback is not undefined:
            from ..app import call_js

            self._app.loop.call_later((timing["delay"] + timing["duration"]) / 1000,
                                      lambda: call_js(callback, JSObject(type="complete", source=self)))


class Window(View):
    js_class = "Ti.UI.Window"

    def open(self, *args: Any) -> None:
        object.__setattr__(self, "_opened", True)
        self._app.Ti.UI.windows.append(self)
        from .include import open_url_window  # a `url: 'x.js'` window runs x.js as it opens

        open_url_window(self._app, self)
        self.fireEvent("open")

    def close(self, *args: Any) -> None:
        object.__setattr__(self, "_opened", False)
        self.fireEvent("close")

    @property
    def opened(self) -> bool:
        return bool(self.__dict__.get("_opened"))


class Tab(View):
    """A tab of a TabGroup: ``open(win)`` opens a window in it (its ``url:`` script runs then)."""

    js_class = "Ti.UI.Tab"

    def open(self, window: Any = undefined, *args: Any) -> None:
        if isinstance(window, Window):
            window.open()


class TabGroup(View):
    """Opening a tab group opens the window of its active tab (the first unless set), as iOS does."""

    js_class = "Ti.UI.TabGroup"

    def __init__(self, app: "App", props: Any = None) -> None:
        object.__setattr__(self, "_tabs", [])
        super().__init__(app, props)

    def addTab(self, tab: Any) -> None:  # noqa: N802
        self._tabs.append(tab)

    def removeTab(self, tab: Any) -> None:  # noqa: N802
        if tab in self._tabs:
            self._tabs.remove(tab)

    @property
    def tabs(self) -> JSArray:
        return JSArray(self._tabs)

    @tabs.setter
    def tabs(self, value: Any) -> None:  # createTabGroup({tabs: [...]}), as newer SDKs allow
        object.__setattr__(self, "_tabs", list(value) if isinstance(value, list) else [])

    def open(self, *args: Any) -> None:
        active = self.__dict__.get("activeTab")
        tab = active if active in self._tabs else (self._tabs[0] if self._tabs else None)
        window = getattr(tab, "window", undefined) if tab is not None else undefined
        if isinstance(window, Window) and not window.opened:
            window.open()
        self.fireEvent("open")

    def close(self, *args: Any) -> None:
        self.fireEvent("close")


class ProgressBar(View):
    js_class = "Ti.UI.ProgressBar"

    def __init__(self, app: "App", props: Any = None) -> None:
        object.__setattr__(self, "_visible", False)  # hidden by default on a device
        object.__setattr__(self, "history", [])  # every value the app set, in order
        super().__init__(app, props)

    def __setattr__(self, name: str, value: Any) -> None:
        object.__setattr__(self, name, value)
        if name == "value":
            self.history.append(value)
            self._app._notify("ui", "progress", self)

    def show(self) -> None:
        object.__setattr__(self, "_visible", True)
        self._app._notify("ui", "progress", self)

    def hide(self) -> None:
        object.__setattr__(self, "_visible", False)
        self._app._notify("ui", "progress", self)

    @property
    def shown(self) -> bool:
        return self._visible


class ImageView(View):
    js_class = "Ti.UI.ImageView"


class Button(View):
    js_class = "Ti.UI.Button"

    def _tap(self) -> None:
        """Simulate a tap: queues a ``click`` event to the button's listeners."""
        self.fireEvent("click", JSObject(x=0, y=0))


_MODELLED = {"Window": Window, "ProgressBar": ProgressBar, "ImageView": ImageView, "Button": Button,
             "Tab": Tab, "TabGroup": TabGroup}


class UI(Proxy):
    js_class = "Ti.UI"

    def __init__(self, app: "App") -> None:
        super().__init__(app)
        object.__setattr__(self, "views", [])
        object.__setattr__(self, "windows", [])

    def __getattr__(self, name: str) -> Any:
        if name.startswith("create") and len(name) > 6:
            kind = name[6:]
            cls = _MODELLED.get(kind)
            if cls is not None:
                return lambda props=undefined: cls(self._app, props)
            generic = _generic_view_class(kind)
            return lambda props=undefined: generic(self._app, props)
        if name.startswith("__"):
            raise AttributeError(name)
        # Ti.UI.iOS, Ti.UI.iPhone, Ti.UI.FILL, ...: constants and namespaces kept by name.
        child = Namespace(self._app, f"Ti.UI.{name}")
        object.__setattr__(self, name, child)
        return child

    def _find(self, kind: str | None = None, **props: Any) -> list[View]:
        """Views of a class (``"Button"``) whose properties match ``props``, in creation order."""
        return [
            v for v in self.views
            if (kind is None or v.js_class.endswith("." + kind))
            and all(getattr(v, k, undefined) == val for k, val in props.items())
        ]


@functools.lru_cache(maxsize=None)
def _generic_view_class(kind: str) -> type:
    """One class per unmodelled view kind (``Ti.UI.createCoverFlowView``), made once: a view that
    keeps its properties and children.  Not part of the modelled API (the catalog leaves it out)."""
    return type(kind, (View,), {"js_class": f"Ti.UI.{kind}", "stand_in": True})
