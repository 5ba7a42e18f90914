"""``Ti.UI``: a headless model of the views apps build, inspectable and drivable from tests.

The views apps open first behave as on an iOS device, with the events it fires in its order
(the order where the SDK documents none is marked UNVERIFIED):

- Window: ``open()`` fires ``open`` then ``focus``; ``close()`` fires ``blur`` then ``close``.
- TabGroup/Tab: ``open()`` opens the active tab's window (``open``, ``focus``), then the tab and
  the group get ``focus`` with ``index``, ``previousIndex`` (-1 the first time), ``tab`` and
  ``previousTab``.  ``setActiveTab(i or tab)`` (or ``activeTab = ``, or a tap on the tab) blurs
  the old tab's window, tab and the group, then focuses the new ones; ``tab.open(win)`` pushes a
  window on the tab's stack (``tab.close(win)`` pops it).
- NavigationWindow: ``open()`` opens its ``window``; ``openWindow``/``closeWindow`` push and pop.
- TableView/Section/Row: ``data`` (rows, plain objects or sections), ``setData``, ``appendRow``,
  ``insertRowBefore/After``, ``deleteRow``, ``updateRow``, ``appendSection``; a tap on a row fires
  ``click`` with ``index`` (across sections), ``row``, ``rowData``, ``section``, ``detail`` and
  ``searchMode``, on the row and then the table (Titanium events bubble to the parent view).
- ListView/ListSection/items: ``sections``, ``setItems``/``appendItems``/``insertItemsAt``/
  ``deleteItemsAt``/``replaceItemsAt``/``updateItemAt``/``getItemAt``; a tap on an item fires
  ``itemclick`` with ``sectionIndex``, ``itemIndex``, ``itemId``, ``bindId``, ``section`` and
  ``accessoryClicked``.
- AlertDialog/OptionDialog: ``show()``/``hide()``; a tap on a button fires ``click`` with
  ``index`` and ``cancel`` (iOS gives the ``cancel`` property's value, or -1).
- TextField/TextArea/SearchBar: ``value``; typing fires ``focus``, then ``change`` with the
  value after each character, then ``return`` (Return pressed); ``focus()``/``blur()``.
- ScrollView ``scrollTo`` (``scroll``), ScrollableView ``scrollToView`` (``scrollend``), WebView
  ``url``/``html`` (``beforeload`` then ``load`` once set and in an open window), ActivityIndicator and ProgressBar
  ``show``/``hide``, Switch/Slider ``value`` (``change`` when the user sets it).

A modelled view reads a property it was never given as undefined, and a method it lacks is a
TypeError naming it.  Every other ``create*`` factory gives a generic view that keeps its
properties and children and accepts any method, so UI the runtime does not model never stops the
app's logic.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any, Callable, Iterator

from ..js.host import host_set
from ..js.ops import to_number, to_str
from ..js.values import JSArray, JSObject, own_items, undefined
from .proxy import GenericProxy, Namespace, Proxy

if TYPE_CHECKING:
    from ..app import App


def _set(obj: Any, name: str, value: Any) -> None:
    object.__setattr__(obj, name, value)


def _present(value: Any) -> bool:
    return value is not undefined and value is not None


def _num(value: Any, default: float = 0) -> Any:
    number = to_number(value) if _present(value) else default
    number = default if number != number else number
    return int(number) if float(number).is_integer() else number


class View(GenericProxy):
    js_class = "Ti.UI.View"

    def __init__(self, app: "App", props: Any = None) -> None:
        _set(self, "_parent", None)
        super().__init__(app, props, js_class=type(self).js_class)
        self._app.Ti.UI.js_views.append(self)

    def __getattr__(self, name: str) -> Any:
        # A modelled view reads a property it never got as undefined, as on a device (an
        # unmodelled view kind, a stand-in, accepts any method instead).
        value = Proxy.__getattr__(self, name)
        if value is undefined and type(self).__dict__.get("js_stand_in", False):
            return GenericProxy.__getattr__(self, name)
        return value

    # Layout and bar methods apps call on any view; headless, they change nothing visible.
    def applyProperties(self, props: Any = undefined) -> None:
        for key, value in (own_items(props) if isinstance(props, JSObject) else []):
            host_set(self, key, value)

    def toImage(self, callback: Any = undefined, *args: Any) -> Any:
        """A snapshot of the view as a PNG Blob: empty headless (nothing is drawn), so code that
        saves or shows it carries on; with a callback, it gets the Blob (as newer SDKs do)."""
        from .filesystem import Blob

        blob = Blob(self._app, data=b"", mime_type="image/png")
        if callable(callback) and callback is not undefined:
            from ..app import call_js

            self._app.loop.post(call_js, callback, blob)
        return blob

    def startLayout(self) -> None:
        pass

    def finishLayout(self) -> None:
        pass

    def updateLayout(self, props: Any = undefined) -> None:
        self.applyProperties(props)

    def insertAt(self, params: Any = undefined) -> None:
        view = params.view if isinstance(params, JSObject) else undefined
        if isinstance(view, View):
            self.add(view)
            self._children.remove(view)
            self._children.insert(int(_num(params.position)), view)

    def replaceAt(self, params: Any = undefined) -> None:
        view = params.view if isinstance(params, JSObject) else undefined
        at = int(_num(params.position)) if isinstance(params, JSObject) else -1
        if isinstance(view, View) and 0 <= at < len(self._children):
            self.add(view)
            self._children.remove(view)
            self._children[at] = view

    def _walk(self) -> Iterator["View"]:
        yield self
        for child in self._children:
            if isinstance(child, View):
                yield from child._walk()

    def add(self, *views: Any) -> None:
        for view in views:
            items = view if isinstance(view, list) else [view]  # add([a, b]), as newer SDKs allow
            for item in items:
                if isinstance(item, View):
                    if isinstance(item._parent, View) and item in item._parent._children:
                        item._parent._children.remove(item)
                    _set(item, "_parent", self)
                self._children.append(item)

    def remove(self, view: Any) -> None:
        if view in self._children:
            self._children.remove(view)
            if isinstance(view, View):
                _set(view, "_parent", None)

    @property
    def children(self) -> JSArray:
        return JSArray(self._children)

    @property
    def parent(self) -> Any:
        return self._parent if self._parent is not None else undefined

    def removeAllChildren(self) -> None:
        for child in self._children:
            if isinstance(child, View):
                _set(child, "_parent", None)
        self._children.clear()

    def show(self, *args: Any) -> None:
        _set(self, "visible", True)

    def hide(self, *args: Any) -> None:
        _set(self, "visible", False)

    def animate(self, animation: Any = undefined, callback: Any = undefined) -> None:
        """No screen: the animated properties take their end values at once and the callback
        runs after the animation's delay + duration, so code waiting for it carries on."""
        timing: dict[str, float] = {"duration": 0, "delay": 0}
        if isinstance(animation, (JSObject, Proxy)):
            pairs = own_items(animation) if isinstance(animation, JSObject) else animation.js_properties().items()
            for key, value in pairs:
                if key in timing:
                    timing[key] = to_number(value) or 0
                elif key not in ("curve", "autoreverse", "repeat", "transform"):
                    host_set(self, key, value)
        if callable(callback) and callback is not undefined:
            from ..app import call_js

            self._app.loop.call_later((timing["delay"] + timing["duration"]) / 1000,
                                      lambda: call_js(callback, JSObject(type="complete", source=self)))

    # -- runtime side ------------------------------------------------------------------------
    def js_labels(self) -> list[str]:
        """What a user sees to find this view by: its ``title``, ``text`` or ``hintText``, and
        its ``id`` (tests and ``--tap`` address views by any of them)."""
        found = []
        for key in ("title", "text", "hintText", "id", "titleid"):
            value = self.__dict__.get(key, undefined)
            if isinstance(value, (str, int, float)) and not isinstance(value, bool):
                found.append(to_str(value))
        return found

    def js_tap(self) -> None:
        """A tap on this view: ``click`` (x, y) here, bubbling to its parents."""
        fire_bubbling(self._app, self, "click", JSObject(x=0, y=0))


def enclosing_row(view: Any) -> "TableViewRow | None":
    """The nearest table row around ``view`` (its parent, or theirs...), or None."""
    row = view.__dict__.get("_parent")
    while row is not None and not isinstance(row, TableViewRow):
        row = row.__dict__.get("_parent")
    return row


def fire_bubbling(app: "App", source: View, name: str, payload: Any, chain: list[Any] | None = None) -> JSObject:
    """Queue ``name`` to the listeners of ``source`` and then of each parent view (or of
    ``chain``), one job per listener, with one event object whose ``source`` stays the view the
    event started at; a listener that sets ``cancelBubble`` stops it going further up."""
    from ..app import call_js

    event = app.make_event(source, name, payload)
    event["bubbles"] = True
    targets: list[Any] = chain if chain is not None else []
    if chain is None:
        node: Any = source
        while isinstance(node, Proxy):
            targets.append(node)
            node = node.__dict__.get("_parent")
    app.loop.post(app.notify, "event", name, event)
    for depth, target in enumerate(targets):
        for listener in target.js_listeners_of(name):
            def deliver(listener: Callable[..., Any] = listener, first: bool = depth == 0) -> None:
                if first or not event["cancelBubble"]:
                    call_js(listener, event)

            app.loop.post(deliver)
    return event


class Window(View):
    js_class = "Ti.UI.Window"

    def open(self, *args: Any) -> None:
        if self.js_is_open():
            return
        _set(self, "_opened", True)
        self._app.Ti.UI._windows.append(self)
        if self.__dict__.get("_holder") is None:
            self._app.Ti.UI.js_front.append(self)
        from .include import open_url_window  # a `url: 'x.js'` window runs x.js as it opens

        open_url_window(self._app, self)
        self.fireEvent("open")
        self.fireEvent("focus")
        for view in self._walk():  # an old NavigationGroup added to the window shows its root
            if isinstance(view, NavigationWindow) and not view.js_is_open():
                NavigationWindow.open(view)
            elif isinstance(view, WebView):
                view._on_shown()

    def close(self, *args: Any) -> None:
        if not self.js_is_open():
            return
        _set(self, "_opened", False)
        if self in self._app.Ti.UI.js_front:
            self._app.Ti.UI.js_front.remove(self)
        self.fireEvent("blur")
        self.fireEvent("close")
        holder = self.__dict__.get("_holder")
        if holder is not None:
            holder._closed(self)  # the window below gets focus back

    def hideNavBar(self, *args: Any) -> None:
        _set(self, "navBarHidden", True)

    def showNavBar(self, *args: Any) -> None:
        _set(self, "navBarHidden", False)

    def hideTabBar(self, *args: Any) -> None:
        _set(self, "tabBarHidden", True)

    def showTabBar(self, *args: Any) -> None:
        _set(self, "tabBarHidden", False)

    def js_is_open(self) -> bool:
        return bool(self.__dict__.get("_opened"))

    def _focus_again(self) -> None:
        if self.js_is_open():
            self.fireEvent("focus")


class _Stack:
    """Windows pushed on a tab or a navigation window: the top one has focus."""

    def js_stack(self) -> list[Window]:
        found = self.__dict__.get("_windows")
        if found is None:
            found = []
            object.__setattr__(self, "_windows", found)
        return found

    def _push(self, window: Any) -> None:
        if not isinstance(window, Window):
            return
        stack = self.js_stack()
        if stack and stack[-1].js_is_open() and stack[-1] is not window:
            stack[-1].fireEvent("blur")
        if window not in stack:
            stack.append(window)
        _set(window, "_holder", self)
        window.open()

    def _closed(self, window: Window) -> None:
        stack = self.js_stack()
        was_top = bool(stack) and stack[-1] is window
        if window in stack:
            stack.remove(window)
        if was_top and stack:
            stack[-1]._focus_again()


class Tab(_Stack, View):
    """A tab of a TabGroup; ``open(win)`` opens a window in it (its ``url:`` script runs then)."""

    js_class = "Ti.UI.Tab"

    def open(self, window: Any = undefined, *args: Any) -> None:
        if isinstance(window, Window):
            root = self.__dict__.get("window")
            if isinstance(root, Window) and root not in self.js_stack():
                self.js_stack().insert(0, root)
            object.__setattr__(self._app.Ti.UI, "currentTab", self)
            self._push(window)

    def close(self, window: Any = undefined, *args: Any) -> None:
        if isinstance(window, Window):
            window.close()

    @property
    def active(self) -> bool:
        group = self.__dict__.get("_group")
        return isinstance(group, TabGroup) and group.js_active is self

    def _top_window(self) -> Window | None:
        stack = [w for w in self.js_stack() if w.js_is_open()]
        if stack:
            return stack[-1]
        root = self.__dict__.get("window")
        return root if isinstance(root, Window) and root.js_is_open() else None

    def js_tap(self) -> None:
        group = self.__dict__.get("_group")
        if isinstance(group, TabGroup):
            group.setActiveTab(self)


class TabGroup(View):
    """Opening a tab group opens the window of its active tab (the first unless set), as iOS does."""

    js_class = "Ti.UI.TabGroup"

    def __init__(self, app: "App", props: Any = None) -> None:
        _set(self, "_tabs", [])
        _set(self, "js_active", None)
        super().__init__(app, props)

    def addTab(self, tab: Any) -> None:
        if isinstance(tab, Proxy) and tab not in self._tabs:
            self._tabs.append(tab)
            _set(tab, "_group", self)
            if self.js_is_open() and self.js_active is None:
                self._select(tab)

    def removeTab(self, tab: Any) -> None:
        if tab in self._tabs:
            self._tabs.remove(tab)
            if self.js_active is tab:
                _set(self, "js_active", None)
                if self.js_is_open() and self._tabs:
                    self._select(self._tabs[0])

    @property
    def tabs(self) -> JSArray:
        return JSArray(self._tabs)

    @tabs.setter
    def tabs(self, value: Any) -> None:  # createTabGroup({tabs: [...]}), as newer SDKs allow
        _set(self, "_tabs", [])
        for tab in value if isinstance(value, list) else []:
            self.addTab(tab)

    def getTabs(self) -> JSArray:
        return self.tabs

    @property
    def activeTab(self) -> Any:
        if self.js_active is not None:
            return self.js_active
        return self._tabs[0] if self._tabs else undefined

    @activeTab.setter
    def activeTab(self, value: Any) -> None:
        self.setActiveTab(value)

    def getActiveTab(self) -> Any:
        return self.activeTab

    def setActiveTab(self, which: Any = undefined) -> None:
        tab = which
        if not isinstance(which, Proxy):
            index = to_number(which) if _present(which) else float("nan")
            tab = self._tabs[int(index)] if index == index and 0 <= index < len(self._tabs) else None
        if tab is None or tab not in self._tabs:
            return
        if not self.js_is_open():
            _set(self, "js_active", tab)  # the tab that opens first
            return
        self._select(tab)

    def _select(self, tab: Any) -> None:
        previous = self.js_active if self.js_active in self._tabs else None
        if previous is tab:
            return
        index = self._tabs.index(tab)
        previous_index = self._tabs.index(previous) if previous is not None else -1
        payload = JSObject(index=index, previousIndex=previous_index, tab=tab,
                           previousTab=previous if previous is not None else undefined)
        if previous is not None:
            # Leaving a tab (order UNVERIFIED): its window, the tab and then the group lose focus.
            window = previous._top_window() if isinstance(previous, Tab) else None
            if window is not None:
                window.fireEvent("blur")
            previous.fireEvent("blur", payload)
            self.fireEvent("blur", payload)
        _set(self, "js_active", tab)
        object.__setattr__(self._app.Ti.UI, "currentTab", tab)
        root = tab.__dict__.get("window")
        if isinstance(tab, Tab):
            current = tab._top_window()
            if current is not None:
                current.fireEvent("focus")
            elif isinstance(root, Window):
                _set(root, "_holder", tab)
                if root not in tab.js_stack():
                    tab.js_stack().insert(0, root)
                root.open()
        tab.fireEvent("focus", payload)
        self.fireEvent("focus", payload)

    def open(self, *args: Any) -> None:
        if self.js_is_open():
            return
        _set(self, "_opened", True)
        self._app.Ti.UI._tab_groups.append(self)
        self._app.Ti.UI.js_front.append(self)
        self.fireEvent("open")
        first = self.js_active if self.js_active in self._tabs else (self._tabs[0] if self._tabs else None)
        _set(self, "js_active", None)
        if first is not None:
            self._select(first)

    def close(self, *args: Any) -> None:
        if not self.js_is_open():
            return
        _set(self, "_opened", False)
        for shown in (self._app.Ti.UI._tab_groups, self._app.Ti.UI.js_front):
            if self in shown:
                shown.remove(self)
        self.fireEvent("blur")
        self.fireEvent("close")

    def js_is_open(self) -> bool:
        return bool(self.__dict__.get("_opened"))


class NavigationWindow(_Stack, View):
    """``Ti.UI.NavigationWindow`` (and the older ``Ti.UI.iOS/iPhone.NavigationGroup``): a stack of
    windows whose first is ``window``."""

    js_class = "Ti.UI.NavigationWindow"

    def open(self, *args: Any) -> None:
        if self.__dict__.get("_opened"):
            return
        _set(self, "_opened", True)
        if not isinstance(self._parent, View):  # an old NavigationGroup shows inside its window
            self._app.Ti.UI.js_front.append(self)
        self.fireEvent("open")
        root = self.__dict__.get("window")
        if isinstance(root, Window):
            self._push(root)

    def close(self, *args: Any) -> None:
        if not self.__dict__.get("_opened"):
            return
        _set(self, "_opened", False)
        if self in self._app.Ti.UI.js_front:
            self._app.Ti.UI.js_front.remove(self)
        for window in reversed(list(self.js_stack())):
            window.close()
        self.fireEvent("close")

    def openWindow(self, window: Any = undefined, *args: Any) -> None:
        if not self.__dict__.get("_opened"):
            NavigationWindow.open(self)
        self._push(window)

    def closeWindow(self, window: Any = undefined, *args: Any) -> None:
        if isinstance(window, Window):
            window.close()

    def popToRootWindow(self, *args: Any) -> None:
        for window in list(self.js_stack())[1:][::-1]:
            window.close()

    def js_is_open(self) -> bool:
        return bool(self.__dict__.get("_opened"))

    def _top_window(self) -> Window | None:
        stack = [w for w in self.js_stack() if w.js_is_open()]
        return stack[-1] if stack else None


# -- tables ------------------------------------------------------------------------------------
class TableViewRow(View):
    js_class = "Ti.UI.TableViewRow"

    def js_labels(self) -> list[str]:
        found = super().js_labels()
        for child in self._walk():  # a row's labels show its text
            if child is not self:
                found.extend(child.js_labels())
        return found

    def js_table_of(self) -> "TableView | None":
        section = self.__dict__.get("_section")
        table = section.__dict__.get("_table") if isinstance(section, TableViewSection) else None
        return table if isinstance(table, TableView) else None

    def js_tap(self) -> None:
        table = self.js_table_of()
        if table is not None:
            table.js_tap_row(self)
        else:
            super().js_tap()


class TableViewSection(View):
    js_class = "Ti.UI.TableViewSection"

    def __init__(self, app: "App", props: Any = None) -> None:
        _set(self, "_rows", [])
        _set(self, "_table", None)
        super().__init__(app, props)

    def add(self, *rows: Any) -> None:
        for row in rows:
            self._rows.append(_as_row(self._app, row, self))
        self._changed()

    @property
    def rows(self) -> JSArray:
        return JSArray(self._rows)

    @rows.setter
    def rows(self, value: Any) -> None:
        _set(self, "_rows", [_as_row(self._app, row, self) for row in (value if isinstance(value, list) else [])])

    @property
    def rowCount(self) -> int:
        return len(self._rows)

    def remove(self, row: Any) -> None:
        if row in self._rows:
            self._rows.remove(row)
            self._changed()

    def _changed(self) -> None:
        table = self._table
        if isinstance(table, TableView):
            self._app.notify("ui", "table", table)


def _as_row(app: "App", item: Any, section: TableViewSection) -> Any:
    """A row as the table keeps it: a TableViewRow proxy (a plain object becomes one, as the SDK
    makes a row from the object's properties)."""
    row = item if isinstance(item, Proxy) else TableViewRow(app, item if isinstance(item, JSObject) else None)
    _set(row, "_section", section)
    _set(row, "_parent", section)
    return row


class TableView(View):
    js_class = "Ti.UI.TableView"

    def __init__(self, app: "App", props: Any = None) -> None:
        _set(self, "_sections", [])
        super().__init__(app, props)

    # data: rows, plain objects and sections; rows outside a section go to an untitled one.
    def _make_sections(self, items: Any) -> list[TableViewSection]:
        sections: list[TableViewSection] = []
        loose: TableViewSection | None = None
        for item in items if isinstance(items, list) else []:
            if isinstance(item, TableViewSection):
                sections.append(item)
                loose = None
                continue
            if loose is None:
                loose = TableViewSection(self._app)
                sections.append(loose)
            loose._rows.append(_as_row(self._app, item, loose))
        for section in sections:
            _set(section, "_table", self)
            _set(section, "_parent", self)
        return sections

    @property
    def data(self) -> JSArray:
        return JSArray(self._sections)

    @data.setter
    def data(self, value: Any) -> None:
        _set(self, "_sections", self._make_sections(value))
        self._app.notify("ui", "table", self)

    def setData(self, value: Any = undefined, *args: Any) -> None:
        self.data = value

    @property
    def sections(self) -> JSArray:
        return JSArray(self._sections)

    @sections.setter
    def sections(self, value: Any) -> None:
        self.data = value

    @property
    def sectionCount(self) -> int:
        return len(self._sections)

    def _all_rows(self) -> list[tuple[Any, TableViewSection]]:
        return [(row, section) for section in self._sections for row in section._rows]

    def _locate(self, index: Any) -> tuple[TableViewSection, int] | None:
        number = to_number(index) if _present(index) else float("nan")
        if number != number:
            return None
        position = int(number)
        for section in self._sections:
            if position < len(section._rows):
                return section, position
            position -= len(section._rows)
        return None

    def appendRow(self, row: Any = undefined, *args: Any) -> None:
        rows = row if isinstance(row, list) else [row]
        if not self._sections:
            first = TableViewSection(self._app)
            _set(first, "_table", self)
            _set(first, "_parent", self)
            self._sections.append(first)
        section = self._sections[-1]
        for item in rows:
            section._rows.append(_as_row(self._app, item, section))
        self._app.notify("ui", "table", self)

    def appendSection(self, section: Any = undefined, *args: Any) -> None:
        for item in section if isinstance(section, list) else [section]:
            if isinstance(item, TableViewSection):
                _set(item, "_table", self)
                _set(item, "_parent", self)
                self._sections.append(item)
        self._app.notify("ui", "table", self)

    def _insert(self, index: Any, row: Any, after: bool) -> None:
        found = self._locate(index)
        if found is None:
            self.appendRow(row)
            return
        section, position = found
        section._rows.insert(position + (1 if after else 0), _as_row(self._app, row, section))
        self._app.notify("ui", "table", self)

    def insertRowBefore(self, index: Any = undefined, row: Any = undefined, *args: Any) -> None:
        self._insert(index, row, after=False)

    def insertRowAfter(self, index: Any = undefined, row: Any = undefined, *args: Any) -> None:
        self._insert(index, row, after=True)

    def deleteRow(self, row: Any = undefined, *args: Any) -> None:
        if isinstance(row, Proxy):
            for section in self._sections:
                if row in section._rows:
                    section._rows.remove(row)
        else:
            found = self._locate(row)
            if found is not None:
                del found[0]._rows[found[1]]
        self._app.notify("ui", "table", self)

    def updateRow(self, index: Any = undefined, row: Any = undefined, *args: Any) -> None:
        found = self._locate(index)
        if found is not None:
            section, position = found
            section._rows[position] = _as_row(self._app, row, section)
            self._app.notify("ui", "table", self)

    def scrollToIndex(self, *args: Any) -> None:
        pass

    def scrollToTop(self, *args: Any) -> None:
        pass

    def deselectRow(self, *args: Any) -> None:
        pass

    def selectRow(self, *args: Any) -> None:
        pass

    def js_tap_row(self, row: Any, source: Any = None) -> None:
        """A tap on ``row``: ``click`` on the row, then (bubbling) its section and the table."""
        index = 0
        for candidate, section in self._all_rows():
            if candidate is row:
                payload = JSObject(index=index, row=row, rowData=row, section=section, detail=False,
                                   searchMode=False)
                start = source if isinstance(source, View) else row
                chain = [start] + ([row] if start is not row else []) + [section, self]
                fire_bubbling(self._app, start, "click", payload, chain=chain)
                return
            index += 1
        raise LookupError("the row is not in this table")

    def _tap_index(self, index: int) -> None:
        self.js_tap_row(self._all_rows()[index][0])


# -- list views --------------------------------------------------------------------------------
class ListSection(View):
    js_class = "Ti.UI.ListSection"

    def __init__(self, app: "App", props: Any = None) -> None:
        _set(self, "_items", [])
        _set(self, "_list", None)
        super().__init__(app, props)

    @property
    def items(self) -> JSArray:
        return JSArray(self._items)

    @items.setter
    def items(self, value: Any) -> None:
        _set(self, "_items", list(value) if isinstance(value, list) else [])

    def setItems(self, items: Any = undefined, *args: Any) -> None:
        self.items = items

    def getItems(self) -> JSArray:
        return self.items

    def appendItems(self, items: Any = undefined, *args: Any) -> None:
        self._items.extend(items if isinstance(items, list) else [])

    def insertItemsAt(self, index: Any = undefined, items: Any = undefined, *args: Any) -> None:
        at = int(_num(index))
        self._items[at:at] = items if isinstance(items, list) else []

    def deleteItemsAt(self, index: Any = undefined, count: Any = undefined, *args: Any) -> None:
        at = int(_num(index))
        del self._items[at:at + int(_num(count, 1))]

    def replaceItemsAt(self, index: Any = undefined, count: Any = undefined, items: Any = undefined, *args: Any) -> None:
        at = int(_num(index))
        self._items[at:at + int(_num(count, 1))] = items if isinstance(items, list) else []

    def updateItemAt(self, index: Any = undefined, item: Any = undefined, *args: Any) -> None:
        at = int(_num(index))
        if 0 <= at < len(self._items):
            self._items[at] = item

    def getItemAt(self, index: Any = undefined) -> Any:
        at = int(_num(index, -1))
        return self._items[at] if 0 <= at < len(self._items) else undefined

    @property
    def length(self) -> int:
        return len(self._items)


def item_labels(item: Any) -> list[str]:
    """What a user sees of a list item: ``properties.title``/``itemId`` and each bound view's
    ``text``/``title``/``value``."""
    found: list[str] = []
    if not isinstance(item, JSObject):
        return found
    for key, value in own_items(item):
        if isinstance(value, JSObject):
            for attr in ("title", "text", "itemId", "value", "subtitle"):
                part = dict.get(value, attr)
                if isinstance(part, str) or (isinstance(part, (int, float)) and not isinstance(part, bool)):
                    found.append(to_str(part))
    return found


class ListView(View):
    js_class = "Ti.UI.ListView"

    def __init__(self, app: "App", props: Any = None) -> None:
        _set(self, "_sections", [])
        super().__init__(app, props)

    @property
    def sections(self) -> JSArray:
        return JSArray(self._sections)

    @sections.setter
    def sections(self, value: Any) -> None:
        _set(self, "_sections", [s for s in (value if isinstance(value, list) else []) if isinstance(s, Proxy)])
        for section in self._sections:
            _set(section, "_list", self)
            _set(section, "_parent", self)

    def setSections(self, value: Any = undefined, *args: Any) -> None:
        self.sections = value

    def appendSection(self, section: Any = undefined, *args: Any) -> None:
        self.sections = list(self._sections) + (list(section) if isinstance(section, list) else [section])

    def insertSectionAt(self, index: Any = undefined, section: Any = undefined, *args: Any) -> None:
        sections = list(self._sections)
        at = int(_num(index))
        sections[at:at] = list(section) if isinstance(section, list) else [section]
        self.sections = sections

    def deleteSectionAt(self, index: Any = undefined, *args: Any) -> None:
        at = int(_num(index))
        if 0 <= at < len(self._sections):
            self.sections = self._sections[:at] + self._sections[at + 1:]

    def replaceSectionAt(self, index: Any = undefined, section: Any = undefined, *args: Any) -> None:
        at = int(_num(index))
        if 0 <= at < len(self._sections):
            self.sections = self._sections[:at] + [section] + self._sections[at + 1:]

    @property
    def sectionCount(self) -> int:
        return len(self._sections)

    def scrollToItem(self, *args: Any) -> None:
        pass

    def js_all_items(self) -> list[tuple[Any, int, int]]:
        """(item, sectionIndex, itemIndex) of every item, in order."""
        return [(item, s, i) for s, section in enumerate(self._sections)
                for i, item in enumerate(getattr(section, "_items", []))]

    def js_tap_item(self, section_index: int, item_index: int, bind_id: Any = undefined) -> None:
        section = self._sections[section_index]
        item = section._items[item_index]
        properties = item.properties if isinstance(item, JSObject) else undefined
        item_id = properties.itemId if isinstance(properties, JSObject) else undefined
        payload = JSObject(sectionIndex=section_index, itemIndex=item_index, section=section,
                           itemId=item_id, bindId=bind_id, accessoryClicked=False)
        fire_bubbling(self._app, self, "itemclick", payload, chain=[self])


# -- dialogs -----------------------------------------------------------------------------------
class Dialog(Proxy):
    """A modal dialog: ``show()`` puts it on screen until a button is tapped or ``hide()``."""

    def __init__(self, app: "App", props: Any = None) -> None:
        super().__init__(app, props)
        _set(self, "_shown", False)
        app.Ti.UI.js_views.append(self)

    def show(self, *args: Any) -> None:
        _set(self, "_shown", True)
        dialogs = self._app.Ti.UI._dialogs
        if self in dialogs:
            dialogs.remove(self)
        dialogs.append(self)
        self._app.notify("ui", "dialog", self)

    def hide(self, *args: Any) -> None:
        _set(self, "_shown", False)
        if self in self._app.Ti.UI._dialogs:
            self._app.Ti.UI._dialogs.remove(self)

    def js_is_shown(self) -> bool:
        return bool(self.__dict__.get("_shown"))

    def js_button_names(self) -> list[str]:
        raise NotImplementedError

    def js_labels(self) -> list[str]:
        return self.js_button_names()

    def _walk(self) -> Iterator[Any]:
        yield self

    def _click_payload(self, index: int) -> JSObject:
        cancel = self.__dict__.get("cancel", undefined)
        return JSObject(index=index, cancel=cancel if _present(cancel) else -1)

    def js_tap_button(self, index: int) -> None:
        self.hide()
        self._app.dispatch(self, "click", self._click_payload(index))

    def js_tap(self) -> None:
        self.js_tap_button(0)


class AlertDialog(Dialog):
    js_class = "Ti.UI.AlertDialog"

    def js_button_names(self) -> list[str]:
        names = self.__dict__.get("buttonNames", undefined)
        if isinstance(names, list) and names:
            return [to_str(n) for n in names]
        ok = self.__dict__.get("ok", undefined)
        return [to_str(ok) if _present(ok) else "OK"]  # iOS always gives a dialog one button


class OptionDialog(Dialog):
    js_class = "Ti.UI.OptionDialog"

    def js_button_names(self) -> list[str]:
        names = self.__dict__.get("options", undefined)
        return [to_str(n) for n in names] if isinstance(names, list) else []

    def _click_payload(self, index: int) -> JSObject:
        payload = super()._click_payload(index)
        destructive = self.__dict__.get("destructive", undefined)
        payload["destructive"] = destructive if _present(destructive) else -1
        return payload


# -- fields and controls -------------------------------------------------------------------------
class TextField(View):
    js_class = "Ti.UI.TextField"

    def __init__(self, app: "App", props: Any = None) -> None:
        super().__init__(app, props)
        if not _present(self.__dict__.get("value", undefined)):
            _set(self, "value", "")

    def focus(self, *args: Any) -> None:
        if not self.__dict__.get("_focused"):
            _set(self, "_focused", True)
            self.fireEvent("focus", JSObject(value=self.value))

    def blur(self, *args: Any) -> None:
        if self.__dict__.get("_focused"):
            _set(self, "_focused", False)
            self.fireEvent("blur", JSObject(value=self.value))

    def js_type_text(self, text: str, submit: bool = True) -> None:
        """The user types ``text`` at the end of the field: ``focus`` (if it had none), a
        ``change`` after each character, then ``return`` when ``submit``."""
        self.focus()
        value = self._shown_text()
        for char in text:
            value += char
            _set(self, "value", value)
            self.fireEvent("change", JSObject(value=value))
        if submit:
            self.fireEvent("return", JSObject(value=value))

    def hasText(self) -> bool:
        return bool(self._shown_text())

    def _shown_text(self) -> str:
        """What the field shows: its value as a string, nothing for null or undefined (as the
        SDK sets a native text field's text; `tf.value = Ti.App.Properties.getString(k)` of a
        missing key is null)."""
        value = self.value
        return "" if value is None or value is undefined else to_str(value)


class TextArea(TextField):
    js_class = "Ti.UI.TextArea"


class SearchBar(TextField):
    js_class = "Ti.UI.SearchBar"


class Switch(View):
    js_class = "Ti.UI.Switch"

    def js_tap(self) -> None:
        _set(self, "value", not bool(self.__dict__.get("value", False)))
        self.fireEvent("change", JSObject(value=self.value))


class Slider(View):
    js_class = "Ti.UI.Slider"


class ScrollView(View):
    js_class = "Ti.UI.ScrollView"

    def scrollTo(self, x: Any = 0, y: Any = 0, *args: Any) -> None:
        _set(self, "contentOffset", JSObject(x=_num(x), y=_num(y)))
        self.fireEvent("scroll", JSObject(x=_num(x), y=_num(y), dragging=False, decelerating=False))

    def scrollToBottom(self, *args: Any) -> None:
        self.fireEvent("scroll", JSObject(x=0, y=0, dragging=False, decelerating=False))


class ScrollableView(View):
    js_class = "Ti.UI.ScrollableView"

    def __init__(self, app: "App", props: Any = None) -> None:
        _set(self, "js_views", [])
        super().__init__(app, props)

    @property
    def views(self) -> JSArray:
        return JSArray(self.js_views)

    @views.setter
    def views(self, value: Any) -> None:
        _set(self, "js_views", list(value) if isinstance(value, list) else [])
        for view in self.js_views:
            if isinstance(view, View):
                _set(view, "_parent", self)

    def addView(self, view: Any = undefined) -> None:
        self.views = self.js_views + [view]

    def scrollToView(self, which: Any = undefined, *args: Any) -> None:
        index = self.js_views.index(which) if which in self.js_views else int(_num(which))
        if 0 <= index < len(self.js_views):
            _set(self, "currentPage", index)
            self.fireEvent("scrollend", JSObject(currentPage=index, view=self.js_views[index]))


class WebView(View):
    js_class = "Ti.UI.WebView"

    def __setattr__(self, name: str, value: Any) -> None:
        super().__setattr__(name, value)
        if name in ("url", "html") and _present(value):
            self._load(to_str(value) if name == "url" else "about:blank")

    def __init__(self, app: "App", props: Any = None) -> None:
        _set(self, "_ready", False)
        super().__init__(app, props)
        _set(self, "_ready", True)
        for name in ("url", "html"):
            if _present(self.__dict__.get(name, undefined)):
                self._load(to_str(self.__dict__[name]) if name == "url" else "about:blank")
                break

    def _load(self, url: str) -> None:
        """No page is fetched: the page "loads" (``beforeload`` then ``load``) once the view is
        in an open window, as a device loads it when it is shown."""
        if not self.__dict__.get("_ready"):
            return
        _set(self, "_pending", url)
        node: Any = self._parent
        while isinstance(node, View) and not isinstance(node, Window):
            node = node._parent
        if isinstance(node, Window) and node.js_is_open():
            self._on_shown()

    def _on_shown(self) -> None:
        url = self.__dict__.get("_pending")
        if url is not None:
            _set(self, "_pending", None)
            self.fireEvent("beforeload", JSObject(url=url, navigationType=5))
            self.fireEvent("load", JSObject(url=url))

    def setUrl(self, url: Any = undefined) -> None:
        self.url = url

    def setHtml(self, html: Any = undefined, *args: Any) -> None:
        self.html = html

    def evalJS(self, *args: Any) -> str:
        return ""  # no page script runs headless

    def reload(self) -> None:
        url = self.__dict__.get("url", undefined)
        self._load(to_str(url) if _present(url) else "about:blank")

    def canGoBack(self) -> bool:
        return False

    def canGoForward(self) -> bool:
        return False


class ProgressBar(View):
    js_class = "Ti.UI.ProgressBar"

    def __init__(self, app: "App", props: Any = None) -> None:
        _set(self, "_visible", False)  # hidden by default on a device
        _set(self, "js_history", [])  # every value the app set, in order
        super().__init__(app, props)

    def __setattr__(self, name: str, value: Any) -> None:
        super().__setattr__(name, value)
        if name == "value":
            self.js_history.append(value)
            self._app.notify("ui", "progress", self)

    def show(self, *args: Any) -> None:
        _set(self, "_visible", True)
        self._app.notify("ui", "progress", self)

    def hide(self, *args: Any) -> None:
        _set(self, "_visible", False)
        self._app.notify("ui", "progress", self)

    def js_is_shown(self) -> bool:
        return bool(self._visible)


class ActivityIndicator(View):
    """Hidden until ``show()``, as on a device."""

    js_class = "Ti.UI.ActivityIndicator"

    def __init__(self, app: "App", props: Any = None) -> None:
        _set(self, "_visible", False)
        super().__init__(app, props)

    def show(self, *args: Any) -> None:
        _set(self, "_visible", True)
        self._app.notify("ui", "activity", self)

    def hide(self, *args: Any) -> None:
        _set(self, "_visible", False)
        self._app.notify("ui", "activity", self)

    def js_is_shown(self) -> bool:
        return bool(self._visible)


class ImageView(View):
    js_class = "Ti.UI.ImageView"

    # An ImageView with `images` animates them: start/stop/pause/resume keep the state.
    def start(self) -> None:
        _set(self, "animating", True)
        _set(self, "paused", False)
        self.fireEvent("start")

    def stop(self) -> None:
        _set(self, "animating", False)
        self.fireEvent("stop")

    def pause(self) -> None:
        _set(self, "paused", True)
        self.fireEvent("pause")

    def resume(self) -> None:
        _set(self, "paused", False)


class Label(View):
    js_class = "Ti.UI.Label"


class Button(View):
    js_class = "Ti.UI.Button"


_MODELLED: dict[str, type] = {
    "Window": Window, "ProgressBar": ProgressBar, "ImageView": ImageView, "Button": Button, "Label": Label,
    "Tab": Tab, "TabGroup": TabGroup, "NavigationWindow": NavigationWindow,
    "TableView": TableView, "TableViewRow": TableViewRow, "TableViewSection": TableViewSection,
    "ListView": ListView, "ListSection": ListSection,
    "AlertDialog": AlertDialog, "OptionDialog": OptionDialog,
    "TextField": TextField, "TextArea": TextArea, "SearchBar": SearchBar, "Switch": Switch, "Slider": Slider,
    "ScrollView": ScrollView, "ScrollableView": ScrollableView, "WebView": WebView,
    "ActivityIndicator": ActivityIndicator,
}


class UI(Proxy):
    js_class = "Ti.UI"

    # Orientations are UIDeviceOrientation values on iOS (Ti.Gesture.orientation compares to them).
    UNKNOWN, PORTRAIT, UPSIDE_PORTRAIT, LANDSCAPE_LEFT, LANDSCAPE_RIGHT, FACE_UP, FACE_DOWN = range(7)

    def __init__(self, app: "App") -> None:
        super().__init__(app)
        # The runtime's state, under names JS cannot reach.
        _set(self, "js_views", [])
        _set(self, "_windows", [])
        _set(self, "_tab_groups", [])
        _set(self, "_dialogs", [])
        _set(self, "js_front", [])

    def __getattr__(self, name: str) -> Any:
        if name.startswith("create") and len(name) > 6:
            kind = name[6:]
            cls = _MODELLED.get(kind)
            if cls is not None:
                return lambda props=undefined, *_: cls(self._app, props)
            generic = _generic_view_class(kind)
            return lambda props=undefined, *_: generic(self._app, props)
        if name.startswith("__"):
            raise AttributeError(name)
        # Ti.UI.iOS, Ti.UI.iPhone, Ti.UI.FILL, ...: constants and namespaces kept by name.
        child = _UINamespace(self._app, f"Ti.UI.{name}")
        _set(self, name, child)
        return child

    def js_find(self, kind: str | None = None, **props: Any) -> list[Any]:
        """Views of a class (``"Button"``) whose properties match ``props``, in creation order."""
        return [
            v for v in self.js_views
            if (kind is None or v.js_class.endswith("." + kind))
            and all(getattr(v, k, undefined) == val for k, val in props.items())
        ]

    # -- what is on screen -------------------------------------------------------------------
    def js_screen(self) -> list[Any]:
        """The views a user can reach now, the front-most first: shown dialogs, then the tabs of
        open tab groups and each open window's views (top of each stack first)."""
        seen: list[Any] = []

        def visit(view: Any) -> None:
            if isinstance(view, View):
                for item in view._walk():
                    if item not in seen:
                        seen.append(item)
                        if isinstance(item, TableView):
                            for row, _ in item._all_rows():
                                visit(row)
                        elif isinstance(item, ScrollableView):
                            for page in item.js_views:
                                visit(page)
                        elif isinstance(item, NavigationWindow) and item is not view:
                            inner = item._top_window()
                            if inner is not None:
                                visit(inner)

        for dialog in reversed(self._dialogs):
            seen.append(dialog)
        for shown in reversed(self.js_front):
            if isinstance(shown, TabGroup):
                seen.extend(tab for tab in shown._tabs if tab not in seen)
                active = shown.js_active
                top = active._top_window() if isinstance(active, Tab) else None
            elif isinstance(shown, NavigationWindow):
                top = shown._top_window()
            else:
                visit(shown)
                continue
            if top is not None:  # a window in a tab or navigation window: its navigation bar shows
                for bar_view in _navigation_bar_views(top):
                    visit(bar_view)
                visit(top)
        return seen


def _navigation_bar_views(window: Any) -> list[Any]:
    """The views a window puts in the navigation bar above it (``leftNavButton``,
    ``titleControl``, ``rightNavButton`` and the ``...NavButtons`` arrays)."""
    found: list[Any] = []
    for name in ("leftNavButton", "leftNavButtons", "titleControl", "rightNavButton", "rightNavButtons"):
        value = window.__dict__.get(name)
        for item in (value if isinstance(value, list) else [value]):
            if isinstance(item, View):
                found.append(item)
    return found


class _UINamespace(Namespace):
    """``Ti.UI.iOS``/``Ti.UI.iPhone``: their ``create*`` factories give the modelled views where
    one exists (``Ti.UI.iOS.createNavigationWindow``, ``Ti.UI.iPhone.createNavigationGroup``)."""

    def __getattr__(self, name: str) -> Any:
        if name.startswith("create") and len(name) > 6:
            kind = name[6:]
            cls = _MODELLED.get("NavigationWindow" if kind == "NavigationGroup" else kind)
            if cls is not None:
                app = self._app
                if kind == "NavigationGroup":
                    return lambda props=undefined, *_: _navigation_group(app, props)
                return lambda props=undefined, *_: cls(app, props)
        return super().__getattr__(name)


def _navigation_group(app: "App", props: Any) -> NavigationWindow:
    """The old ``Ti.UI.iPhone.NavigationGroup``: ``open(win)``/``close(win)`` push and pop, and
    it is shown by adding it to a window (which then opens its root)."""
    group = NavigationWindow(app, props)
    _set(group, "open", group.openWindow)
    _set(group, "close", group.closeWindow)
    return group


@functools.lru_cache(maxsize=None)
def _generic_view_class(kind: str) -> type:
    """One class per unmodelled view kind (``Ti.UI.createCoverFlowView``), made once: a view that
    keeps its properties and children.  Not part of the modelled API (the catalog leaves it out)."""
    return type(kind, (View,), {"js_class": f"Ti.UI.{kind}", "js_stand_in": True})
