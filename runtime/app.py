"""One running Titanium app: its event loop, log, data folder, OS state and test controls."""

from __future__ import annotations

import contextvars
import hashlib
import importlib.util
import linecache
import re
import sys
import time
import traceback
import typing
import weakref
from dataclasses import dataclass, field
from pathlib import Path
from types import FunctionType, ModuleType
from typing import Any, Callable, TextIO

from . import resolution
from .js import realm
from .js.functions import bind_exported_methods
from .js.ops import to_str
from .js.values import adapt_args
from .js.values import JSError, JSObject, JSTypeError, own_items, undefined
from .loop import EventLoop
from .package import is_converted_project, read_package_config
from .paths import claim_folder, release_folder, remove_orphans, ti2py_home

if typing.TYPE_CHECKING:
    from .persist import TransferStore

_current: contextvars.ContextVar["App | None"] = contextvars.ContextVar("ti2py_app", default=None)


def current_app() -> "App":
    """The app whose code is running in this context (each App enters itself to run its code:
    :meth:`App.load`, :meth:`App.run_until_idle`), never another App of the process."""
    app = _current.get()
    if app is None:
        raise RuntimeError("no ti2py App is running app code here: run it through an App "
                           "(App.load, App.call then App.run_until_idle)")
    return app


@dataclass
class LogEntry:
    level: str
    message: str
    time: float = field(default_factory=time.time)

    def __str__(self) -> str:
        return f"[{self.level}] {self.message}"


ALL_BACKGROUND_MODES = frozenset({"fetch", "remote-notification"})


@dataclass(frozen=True)
class ViewState:
    """What :meth:`App.inspect` tells of a view: the texts a user finds it by (title, text,
    hintText, id; a row's labels; a dialog's buttons), whether it is shown (progress bars,
    activity indicators, dialogs; None for others) or open (windows, tab groups, navigation
    windows), a dialog's buttons and every value a progress bar was set to."""

    labels: tuple[str, ...]
    shown: bool | None
    opened: bool | None
    buttons: tuple[str, ...]
    history: tuple[Any, ...]


class App:
    """A converted Titanium app and the simulated device it runs on.

    ``App(name)`` is cheap; :meth:`load` runs the app's top-level code; the controls
    (:meth:`tap`, :meth:`background_fetch`, :meth:`push`, :meth:`run_until_idle`) drive it.
    """

    def __init__(
        self,
        name: str = "app",
        *,
        app_id: str | None = None,
        data_dir: str | Path | None = None,
        background_modes: set[str] | frozenset[str] | None = None,
        url_map: list[tuple[str, str]] | None = None,
        out: TextIO | None = sys.stdout,
        progress_interval: float = 0.1,
        handler_budget: float = 30.0,
        request_timeout: float = 60.0,
        fetch_min_interval: float = 600.0,
    ) -> None:
        self.name = name
        self.app_id = app_id or f"com.ti2py.{name}"
        root = Path(data_dir) if data_dir is not None else ti2py_home() / "apps" / self.app_id
        self.data_dir = root.resolve()
        # Not given: the converted module's own declaration applies when it is loaded.
        self._modes_given = background_modes is not None
        self.background_modes = frozenset(ALL_BACKGROUND_MODES if background_modes is None else background_modes)
        self.commonjs_root: Path | None = None  # folder of the converted project's modules
        self.package_config: dict[str, Any] = {}  # TIAPP of a converted project's __init__.py
        # Native modules to replace by logging stand-ins (``ti2py run --stub-module ID``).
        self.stub_modules: set[str] = set()
        self.url_map = list(url_map or [])
        self.out = out
        self.progress_interval = progress_interval
        self.handler_budget = handler_budget
        self.request_timeout = request_timeout
        self.loop = EventLoop()
        self.loop.on_error = self.report_uncaught
        self.logs: list[LogEntry] = []
        self.observers: list[Callable[[str, str, Any], None]] = []
        self.module: ModuleType | None = None
        self.realm = realm.Realm()  # this app's `globalThis` and built-in prototypes
        from .ti import install_globals

        _install_globals(self.realm.global_object)  # setTimeout, JSON, Ti... as the global object's
        install_globals(self.realm.global_object)  # then `require`, which a script may replace
        self._modules: dict[str, JSObject] = {}  # module id -> its `module` object (exports)
        self._natives: dict[str, Any] = {}  # native module id -> the module
        self._resolved: dict[tuple[str, str], str] = {}  # (id asked for, caller's folder) -> file
        self._module_folders: dict[str, str] = {}  # converted module's .py -> its folder below Resources/
        self._not_module_files: set[str] = set()
        self._transfers: "TransferStore | None" = None
        # file -> (map, JS names): entry (py, js, col, n) names names[n] (0: the module's own file;
        # others: the sources a compiler's source map named, e.g. Alloy's app/controllers/x.js)
        self._line_maps: dict[str, tuple[list[tuple[int, int, int, int]], tuple[str, ...]]] = {}
        self.console_timers: dict[str, float] = {}  # console.time labels -> start (monotonic s)
        self.http_clients: dict[bool, Any] = {}  # HTTPClient's httpx clients, by certificate checking
        # One running app per data folder (FolderInUse otherwise), claimed before anything in it
        # is read or written; the first claim in this process clears what a crash left there.
        if claim_folder(self.data_dir):
            self._remove_orphans()
        weakref.finalize(self, release_folder, self.data_dir)  # an app no longer used gives it back
        from .ti.root import TiRoot  # late: the Ti tree needs the App class

        from .device import Device

        self.device = Device(self, fetch_min_interval=fetch_min_interval)
        self.Ti = TiRoot(self)

    @property
    def global_object(self) -> JSObject:
        """The app's ``globalThis`` (top-level ``this`` of app.js)."""
        return self.realm.global_object

    # -- folders -------------------------------------------------------------------------------
    def folder(self, name: str) -> Path:
        path = self.data_dir / name
        path.mkdir(parents=True, exist_ok=True)
        return path

    @property
    def transfers(self) -> "TransferStore":
        """The app's persisted download tasks (``transfers.sqlite3`` in its data folder)."""
        if self._transfers is None:
            from .persist import TransferStore

            self._transfers = TransferStore(self.data_dir / "transfers.sqlite3", lambda text: self.log("WARN", text))
        return self._transfers

    def _remove_orphans(self) -> None:
        """Temp files of interrupted atomic writes, and downloads no persisted task refers to."""
        keep = self.transfers.partial_files() if (self.data_dir / "transfers.sqlite3").exists() else set()
        remove_orphans(self.data_dir, keep, self.data_dir / "tmp")

    @property
    def device_token(self) -> str:
        """A stable local APNs-style device token (64 hex digits) for this app's data folder."""
        return hashlib.sha256(f"{self.app_id}:{self.data_dir}".encode()).hexdigest()

    # -- logging and observing -------------------------------------------------------------------
    def log(self, level: str, message: str) -> None:
        entry = LogEntry(level, message)
        self.logs.append(entry)
        self.notify("log", level, entry)
        if self.out is not None:
            print(entry, file=self.out, flush=True)

    def notify(self, kind: str, name: str, data: Any) -> None:
        for observer in list(self.observers):
            observer(kind, name, data)

    def log_lines(self, level: str | None = None) -> list[str]:
        return [str(e) for e in self.logs if level is None or e.level == level]

    # -- running code --------------------------------------------------------------------------
    def _enter(self) -> tuple[contextvars.Token, contextvars.Token]:
        return _current.set(self), realm.enter(self.realm)

    @staticmethod
    def _leave(tokens: tuple[contextvars.Token, contextvars.Token]) -> None:
        realm.leave(tokens[1])
        _current.reset(tokens[0])

    def load(self, source: str | Path | ModuleType, *, run_main: bool = True) -> ModuleType:
        """Import a converted app (a module, its ``.py`` file, or the folder of a converted
        project) and run its top-level code on the loop."""
        if isinstance(source, ModuleType):
            module = source
        else:
            path = Path(source).resolve()
            if path.is_dir():
                if not is_converted_project(path):
                    raise ValueError(f"{path}: not a converted project (no __init__.py and app.py); "
                                     f"convert it with: ti2py convert PROJECT -o {path}")
                path = path / "app.py"
            elif not path.is_file():
                raise FileNotFoundError(f"{path}: no such file")
            token = self._enter()
            try:
                module = self._import(path)
            finally:
                self._leave(token)
        self.module = module
        declared = getattr(module, "__ti2py_background_modes__", None)
        if declared is not None and not self._modes_given:
            self.background_modes = frozenset(declared)
        module_file = getattr(module, "__file__", None)
        if self.commonjs_root is None and module_file:
            self._enter_package(_package_root(Path(module_file).resolve().parent))
            modes = self.package_config.get("background_modes")
            if modes is not None and not self._modes_given:
                self.background_modes = frozenset(modes)
        self._remember_lines(module, "app.js")
        main = getattr(module, "main", None)
        if run_main and callable(main):
            bootstraps = self.package_config.get("bootstraps") or []
            if bootstraps:
                self.loop.post(self._run_bootstraps, list(bootstraps), main)
            else:
                self.loop.post(main)
        return module

    def _run_bootstraps(self, module_ids: list[str], then: Callable[[], Any]) -> None:
        """As Titanium (7.5+) does before app.js: require each ``*.bootstrap.js`` in order; one
        whose exports have an ``execute`` function is called with a callback, and the next file
        (then app.js) waits until that callback is called."""
        if not module_ids:
            then()
            return
        from .js.host import host_get

        exports = self.require(module_ids[0])
        execute = dict.get(exports, "execute", undefined) if isinstance(exports, JSObject) else host_get(exports, "execute")
        if execute is undefined or execute is None or not callable(execute):
            self._run_bootstraps(module_ids[1:], then)
            return
        started: list[bool] = []

        def finished(*_args: Any) -> None:
            if not started:  # a second call does not start app.js twice
                started.append(True)
                self.loop.post(self._run_bootstraps, module_ids[1:], then)

        call_js(execute, finished)

    def call(self, callback: Callable[..., Any], *args: Any) -> None:
        """Queue a call into app code (one job on the app thread).  As in JS, the callback gets
        as many of ``args`` as it declares (padded with ``undefined``)."""
        self.loop.post(call_js, callback, *args)

    def run_until_idle(self, timeout: float | None = 30.0) -> bool:
        """Run queued app code, timers and transfers until nothing is left; False on timeout."""
        token = self._enter()
        try:
            return self.loop.run_until_idle(timeout)
        finally:
            self._leave(token)

    # -- events --------------------------------------------------------------------------------
    def make_event(self, source: Any, name: str, payload: Any) -> JSObject:
        event = JSObject()
        if isinstance(payload, JSObject):
            for key, value in own_items(payload):
                event[key] = value
        elif isinstance(payload, dict):
            for key, value in payload.items():
                event[key] = value
        # Titanium adds these to every event it fires.
        event["type"] = name
        event["source"] = source
        event["bubbles"] = False
        event["cancelBubble"] = False
        return event

    def dispatch(self, source: Any, name: str, payload: Any = None) -> None:
        """Queue event ``name`` to each listener ``source`` has now, one job per listener."""
        event = self.make_event(source, name, payload)
        # Observers hear of the event when it reaches the front of the queue, just before its
        # listeners run, so a trace interleaves with what the handlers log.
        self.loop.post(self.notify, "event", name, event)
        for listener in source.js_listeners_of(name):
            self.loop.post(call_js, listener, event)

    # -- the OS side: globals, URLs, app state -------------------------------------------------
    def _enter_package(self, root: Path) -> None:
        """Take the converted project at ``root`` as this app's: its modules, its configuration
        and its ``Resources/`` (what ``Ti.Filesystem.resourcesDirectory`` holds)."""
        self.commonjs_root = root
        if (root / "__init__.py").is_file():
            try:
                self.package_config = read_package_config(root)
            except (ValueError, SyntaxError):
                self.package_config = {}
        if (root / "Resources").is_dir():
            self.Ti.Filesystem.js_use_resources(root / "Resources")

    def require(self, module_id: Any) -> Any:
        """``require(id)`` as Titanium SDK 7+ resolves it (runtime/resolution.py): a native module
        (for an id that is not a path), else a file of the converted project found from the folder
        of the module that calls ``require`` (``./x``, ``/lib/util``, ``lib/util``, an npm package
        in ``node_modules``, a package's inner file ``pkg/sub/file``), each created once per app.
        A ``.js`` file runs as a CommonJS module; a ``.json`` file is its parsed value.  A native
        module ti2py lacks comes from the app (modules/native.py) or is an error that says how to
        supply it."""
        from .modules import FACTORIES
        from .modules.native import missing_module_error, stub_module, user_factory

        request = to_str(module_id)
        is_path = request.startswith(("/", "./", "../")) or request in (".", "..")
        if not is_path:
            if request in self._natives:
                return self._natives[request]
            if request in self.stub_modules:
                self._natives[request] = stub_module(self, request)
                return self._natives[request]
            factory = user_factory(self, request) or FACTORIES.get(request)
            if factory is not None:
                self._natives[request] = factory(self)
                return self._natives[request]
        folder = "" if request.startswith("/") else self._caller_folder()
        key = (request, folder)
        found = self._resolved.get(key)
        if found is None and self.commonjs_root is not None:
            found = resolution.resolve(request.removeprefix("app://"), folder, _PackageFiles(self.commonjs_root))
            if found is not None:
                self._resolved[key] = found
        if found is None:
            raise missing_module_error(request, request in self.package_config.get("modules", []))
        canonical = resolution.module_id(found)
        if canonical in self._modules:
            return self._modules[canonical]["exports"]
        if not found.endswith(".js"):  # JSON: its parsed value, as Node and Titanium give it
            from .js.json_codec import JSON

            assert self.commonjs_root is not None
            text = (self.commonjs_root / RESOURCES_COPY / found).read_text(encoding="utf-8-sig")
            self._modules[canonical] = JSObject(id=canonical, exports=JSON.parse(text))
            return self._modules[canonical]["exports"]
        path = self._commonjs_path(canonical)
        if path is None:
            raise missing_module_error(request, False)
        module_object = JSObject(id=canonical, exports=JSObject())
        self._modules[canonical] = module_object  # cached first: circular requires see partial exports
        try:
            self._run_module(path, module_object)
        except BaseException:
            del self._modules[canonical]  # as in Node: a module that threw is loaded again next time
            raise
        return module_object["exports"]

    def _caller_folder(self) -> str:
        """The folder (below Resources/) of the innermost converted module on the call stack: the
        one whose code called ``require`` (directly, through an alias, or via ``call``/``apply``)."""
        root = self.commonjs_root
        frame = sys._getframe(2)
        while frame is not None and root is not None:
            filename = frame.f_code.co_filename
            folder = self._module_folders.get(filename)
            if folder is None and filename.endswith(".py") and filename not in self._not_module_files:
                path = Path(filename)
                if path.is_absolute() and path.is_relative_to(root) and not path.is_relative_to(_RUNTIME_ROOT):
                    folder = path.relative_to(root).parent.as_posix().removeprefix(".")
                    self._module_folders[filename] = folder
                else:
                    self._not_module_files.add(filename)
            if folder is not None:
                return folder
            frame = frame.f_back  # type: ignore[assignment]
        return ""

    def run_script(self, name: Any, what: str = "Ti.include") -> None:
        """Run a project file as a script (``Ti.include``, a ``url:`` window's file): each time
        it is asked for, as Titanium does, in the app's global scope (passes/requires.py)."""
        text = to_str(name)
        canonical = _canonical_id(text.removeprefix("app://"))
        path = self._commonjs_path(canonical) if canonical is not None else None
        if path is None or canonical is None:
            raise JSError(f"{what}: couldn't find {text} in Resources")
        self._run_module(path, JSObject(id=canonical, exports=JSObject()))

    def _run_module(self, path: Path, module_object: JSObject) -> None:
        loaded = self._import(path)
        self._remember_lines(loaded, path.name)
        # A CommonJS module's main takes (module, exports); a script's, nothing.
        call_js(loaded.main, module_object, module_object["exports"])
        bind_exported_methods(module_object["exports"])

    def _remember_lines(self, module: ModuleType, source_name: str) -> None:
        """Keep a converted module's Python-line -> JS-line map, for errors that name app.js:LINE."""
        sources = getattr(module, "__ti2py_sources__", ())
        self._line_maps[getattr(module, "__file__", "") or ""] = (
            _parse_line_map(getattr(module, "__ti2py_lines__", "")),
            (getattr(module, "__ti2py_source__", source_name), *(sources if isinstance(sources, tuple) else ())))

    def _commonjs_path(self, module_id: str) -> Path | None:
        """The converted file of a canonical project id, never outside the project's modules
        (its Resources/ copy and the app's own ti2py_modules/ are data and native code)."""
        if self.commonjs_root is None or module_id.split("/", 1)[0] in _NOT_MODULES:
            return None
        path = (self.commonjs_root / (module_id + ".py")).resolve()
        if not path.is_file() or not path.is_relative_to(self.commonjs_root):
            return None
        return path

    def _import(self, path: Path) -> ModuleType:
        spec = importlib.util.spec_from_file_location(f"ti2py_module_{abs(hash(path))}", path)
        if spec is None or spec.loader is None:
            raise ImportError(f"cannot load {path}")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module

    def map_url(self, url: str) -> str:
        """Apply the ``--url-map FROM=TO`` prefix rewrites (first match wins)."""
        for prefix, replacement in self.url_map:
            if url.startswith(prefix):
                return replacement + url[len(prefix):]
        return url

    @property
    def state(self) -> str:
        """``foreground``, ``background`` or ``suspended``."""
        return self.device.state

    def set_state(self, state: str) -> None:
        """Move the app to ``foreground``/``background``/``suspended`` (pause/resume events fire)."""
        self.device.set_state(state)

    # -- test and CLI controls ---------------------------------------------------------------------
    def find_views(self, kind: str | None = None, **props: Any) -> list[Any]:
        """The app's views of a class (``"Button"``) whose properties match ``props``, in creation
        order.  (A method of the App, which converted code cannot reach: on ``Ti.UI`` it would be
        a JS property no device has.)"""
        return self.Ti.UI.js_find(kind, **props)

    def screen(self) -> list[Any]:
        """The views a user can reach now, the front-most first: shown dialogs, then the tabs of
        open tab groups and each open window's views (top of each stack first)."""
        return self.Ti.UI.js_screen()

    def inspect(self, view: Any) -> "ViewState":
        """What the simulated screen shows of ``view`` (a view, window, tab group or dialog) now.

        The driver's side of a view lives here, on the App, because converted code cannot reach
        the App: as members of the view they would be JS properties no device has."""
        from .ti.ui import ActivityIndicator, NavigationWindow, ProgressBar, TabGroup, View, Window, Dialog

        shown = view.js_is_shown() if isinstance(view, (ProgressBar, ActivityIndicator, Dialog)) else None
        opened = view.js_is_open() if isinstance(view, (Window, TabGroup, NavigationWindow)) else None
        return ViewState(
            labels=tuple(view.js_labels()) if isinstance(view, (View, Dialog)) else (),
            shown=shown, opened=opened,
            buttons=tuple(view.js_button_names()) if isinstance(view, Dialog) else (),
            history=tuple(view.js_history) if isinstance(view, ProgressBar) else (),
        )

    def opened_urls(self) -> list[str]:
        """Every URL the app asked ``Ti.Platform.openURL`` to open, in order."""
        return list(self.Ti.Platform.js_opened_urls)

    def media_request(self) -> str | None:
        """``"camera"`` or ``"gallery"`` while the app waits for the user to choose (answer with
        :meth:`pick_media`), else None."""
        return self.Ti.Media.js_picking_kind()

    def sounds(self) -> list[Any]:
        """Every sound and audio player the app created."""
        return list(self.Ti.Media.js_sounds)

    def finish_sound(self, sound: Any) -> None:
        """The sound played to its end: ``complete`` with ``success: true``."""
        sound.js_finish()

    def tap(self, target: str) -> None:
        """Tap what a user would find by this title, text or ``id``: a button of a shown dialog,
        a tab, a table row or list item (by its title or the text of its labels), a button or
        any view, on screen (the newest dialog, the open tab groups and windows, front-most
        first; any view the app made while it shows no window).  LookupError names what is there."""
        from .ti.ui import ListView, TableView, TableViewRow, View, Dialog, enclosing_row, item_labels

        ui = self.Ti.UI
        on_screen = ui.js_screen()
        ordered = on_screen or list(ui.js_views)
        for view in ordered:
            if isinstance(view, Dialog) and view.js_is_shown():
                names = view.js_button_names()
                if target in names:
                    view.js_tap_button(names.index(target))
                    return
            if isinstance(view, ListView):
                for item, section_index, item_index in view.js_all_items():
                    if target in item_labels(item):
                        view.js_tap_item(section_index, item_index)
                        return
            if isinstance(view, TableView):
                continue  # its rows are candidates of their own
            if isinstance(view, TableViewRow):
                labels = View.js_labels(view)  # its own; a label inside it is tapped itself, next
            else:
                labels = view.js_labels() if isinstance(view, View) else []
            if target in labels:
                row = enclosing_row(view)
                table = row.js_table_of() if row is not None else None
                if table is not None and not isinstance(view, TableViewRow):
                    table.js_tap_row(row, source=view)  # a label or button inside a row
                else:
                    view.js_tap()
                return
        names = []
        for view in ordered:
            names.extend(view.js_labels() if isinstance(view, (View, Dialog)) else [])
            if isinstance(view, ListView):
                for item, _, _ in view.js_all_items():
                    names.extend(item_labels(item)[:1])
        shown = ", ".join(repr(n) for n in dict.fromkeys(names)) or "nothing"
        where = "on screen" if on_screen else "no window is open; views"
        raise LookupError(f"nothing to tap titled {target!r} ({where}: {shown})")

    def back(self) -> None:
        """The navigation bar's Back button: close the front-most window pushed on a tab or a
        navigation window (its root stays); LookupError when there is nothing to go back from."""
        from .ti.ui import NavigationWindow, Tab, TabGroup

        for shown in reversed(self.Ti.UI.js_front):
            holder = shown.js_active if isinstance(shown, TabGroup) else shown if isinstance(shown, NavigationWindow) else None
            if isinstance(holder, (Tab, NavigationWindow)):
                stack = [w for w in holder.js_stack() if w.js_is_open()]
                if len(stack) > 1:
                    stack[-1].close()
                    return
                raise LookupError("no window to go back from (the front-most stack shows its root)")
        raise LookupError("no window to go back from")

    def type(self, target: str, text: str, *, submit: bool = True) -> None:
        """Type ``text`` into the text field, text area or search bar found by ``id``,
        ``hintText``, title or current value: ``focus``, a ``change`` per character, then
        ``return`` (``submit``), as the keyboard does."""
        from .ti.ui import TextField

        fields = [v for v in self.Ti.UI.js_screen() + self.Ti.UI.js_views if isinstance(v, TextField)]
        for field_ in fields:
            if target in field_.js_labels() or to_str(field_.__dict__.get("value", "")) == target:
                field_.js_type_text(text, submit=submit)
                return
        found = ", ".join(repr(n) for f in dict.fromkeys(fields) for n in f.js_labels()[:1]) or "none"
        raise LookupError(f"no text field {target!r} (fields: {found})")

    def set_location(self, latitude: float, longitude: float, **coords: Any) -> None:
        """Move the device: ``Ti.Geolocation``'s position, and a ``location`` event to its
        listeners (``altitude=``, ``accuracy=``, ``speed=``, ``heading=`` set those coords)."""
        self.Ti.Geolocation.js_move_to(latitude, longitude, **coords)

    def set_heading(self, degrees: float) -> None:
        self.Ti.Geolocation.js_turn_to(degrees)

    def authorize_location(self, status: str) -> None:
        """What the user answered for location services: ``always``, ``when-in-use`` (the
        default), ``denied``, ``restricted`` or ``unknown`` (not asked yet)."""
        self.Ti.Geolocation.js_authorize(status)

    def shake(self) -> None:
        """Shake the device (``Ti.Gesture``'s ``shake``)."""
        self.Ti.Gesture.js_shake()

    def rotate(self, orientation: str | int) -> None:
        """Turn the device: ``portrait``, ``upside-portrait``, ``landscape-left``,
        ``landscape-right``, ``face-up``, ``face-down`` (or a ``Ti.UI`` orientation Number)."""
        names = {"portrait": 1, "upside-portrait": 2, "landscape-left": 3, "landscape-right": 4, "face-up": 5, "face-down": 6}
        self.Ti.Gesture.js_rotate(names[orientation] if isinstance(orientation, str) else int(orientation))

    def pick_media(self, path: str | Path | None) -> None:
        """Answer the camera or photo gallery the app opened: the file at ``path`` is chosen
        (``success`` with a Blob), or ``None`` cancels."""
        self.Ti.Media.js_pick(path)

    def background_fetch(self) -> str | None:
        """Send the app to the background and deliver ``backgroundfetch`` now (like Xcode's
        Simulate Background Fetch).  Returns the handlerId, or None if the app cannot get it."""
        return self.device.deliver_fetch()

    def push(self, payload: Any, *, background: bool = True) -> str | None:
        """Deliver a remote notification; see :meth:`runtime.device.Device.deliver_push`."""
        return self.device.deliver_push(payload, background=background)

    # -- inspection ----------------------------------------------------------------------------------
    def snapshot(self) -> dict[str, Any]:
        """The app's observable state as plain JSON data: log, UI views, handlers, notifications."""
        from .ti.filesystem import Blob
        from .ti.ui import ProgressBar

        def plain(value: Any) -> Any:
            if isinstance(value, Blob):
                return {"blob": True, "length": value.length, "nativePath": value.nativePath, "mimeType": value.mimeType}
            if isinstance(value, (str, int, float, bool)) or value is None:
                return value
            if value is undefined:
                return "undefined"
            if isinstance(value, JSObject):
                return {k: plain(v) for k, v in own_items(value)}
            if isinstance(value, list):
                return [plain(v) for v in value]
            return to_str(value)

        views = []
        for view in self.Ti.UI.js_views:
            entry: dict[str, Any] = {"class": view.js_class, "properties": {k: plain(v) for k, v in view.js_properties().items()}}
            if isinstance(view, ProgressBar):
                entry["visible"] = view.js_is_shown()
                entry["history"] = [plain(v) for v in view.js_history]
            views.append(entry)
        return {
            "app": {"name": self.name, "id": self.app_id, "state": self.state, "dataDir": str(self.data_dir)},
            "log": [str(entry) for entry in self.logs],
            "ui": views,
            "pendingHandlers": self.device.pending_handlers(),
            "expiredHandlers": self.device.expired_handlers,
        }

    # -- errors --------------------------------------------------------------------------------
    def report_uncaught(self, exc: BaseException) -> None:
        """Log an exception that escaped an app handler, as the device's JS engine would."""
        message = describe_js_error(exc, set(self._line_maps))
        where = self.js_location(exc)
        self.log("ERROR", f"Uncaught {message}" + (f" ({where})" if where else ""))

    def js_location(self, exc: BaseException) -> str:
        """``app.js:LINE:COL`` of the innermost converted frame of the traceback."""
        for frame in reversed(traceback.extract_tb(exc.__traceback__)):
            known = self._line_maps.get(frame.filename)
            if known is not None and known[0] and frame.lineno is not None:
                js_line, js_col, source = _lookup_line(known[0], frame.lineno)
                name = known[1][source] if source < len(known[1]) else known[1][0]
                return f"{name}:{js_line}:{js_col}" if js_line else ""
        return ""


# The global functions and namespaces converted code names directly, also as properties of the
# global object (`globalThis.setTimeout`, `global.JSON`), non-enumerable as the engine's own are.
_GLOBAL_PROPERTIES = ("setTimeout", "setInterval", "clearTimeout", "clearInterval", "alert", "L",
                      "console", "Ti", "Titanium", "JSON", "Math", "parseInt", "parseFloat", "isNaN", "Date",
                      "String", "Number", "Boolean")


def _install_globals(global_object: JSObject) -> None:
    from . import js as js_module
    from . import ti

    names = {name: getattr(ti, name) for name in ti.__all__}
    define = js_module.Object.defineProperty
    for name in _GLOBAL_PROPERTIES:
        value = names[name] if name in names else getattr(js_module, name, undefined)
        if isinstance(value, FunctionType):  # a host function: a JS function with call/apply/bind
            value = _host_function(value)
        if value is not undefined:
            define(global_object, name, JSObject(value=value, writable=True, configurable=True, enumerable=False))


def _host_function(fn: Callable[..., Any]) -> Any:
    from .js.functions import StrictThisFunction

    def run(this: Any, *args: Any) -> Any:
        return fn(*args)

    run.__name__ = fn.__name__
    return StrictThisFunction(run)


_NOT_MODULES = frozenset({"Resources", "ti2py_modules", "__init__", "__pycache__"})
RESOURCES_COPY = "Resources"  # the package's copy of the project's Resources/ (transpiler/project.py)
_RUNTIME_ROOT = Path(__file__).resolve().parent


class _PackageFiles:
    """The converted project's files as resolution.py sees them: a ``.js`` file is there when its
    converted module is; any other file when the package's copy of Resources/ holds it."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def is_file(self, rel: str) -> bool:
        if rel.endswith(".js"):
            parts = rel.split("/")
            if parts[0] in _NOT_MODULES or any(part in ("__init__.js", "__pycache__") for part in parts):
                return False
            path = self.root / (rel[:-3] + ".py")
        else:
            path = self.root / RESOURCES_COPY / rel
        try:
            return path.is_file() and path.resolve().is_relative_to(self.root)
        except OSError:
            return False

    def read_text(self, rel: str) -> str | None:
        try:
            return (self.root / RESOURCES_COPY / rel).read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError):
            return None


def _package_root(folder: Path) -> Path:
    """The converted project a module's folder belongs to: the nearest folder at or above it
    whose ``__init__.py`` holds a ``TIAPP`` configuration (``programs/x.py`` of a package runs
    with the package's modules), else the folder itself (a module converted on its own)."""
    for candidate in (folder, *folder.parents):
        if (candidate / "__init__.py").is_file():
            try:
                read_package_config(candidate)
            except (ValueError, SyntaxError, OSError):
                continue
            return candidate
    return folder


def _canonical_id(requested: str) -> str | None:
    """A project file's id from what code asked for: ``/ui/x``, ``ui/x.js`` and ``ui/./x`` are
    ``ui/x`` (relative ids were made canonical at conversion); None if it leaves Resources/."""
    parts: list[str] = []
    for part in requested.removesuffix(".js").split("/"):
        if part in ("", "."):
            continue
        if part == ".." or part.startswith("__"):
            return None
        parts.append(part)
    return "/".join(parts) or None


def call_js(fn: Callable[..., Any], *args: Any) -> Any:
    """Call a translated JS function the way JS would: extra arguments dropped, missing ones undefined."""
    return fn(*adapt_args(fn, args))


def _parse_line_map(text: str) -> list[tuple[int, int, int, int]]:
    """``py:js:col`` entries, or ``py:js:col:n`` where the line is of the module's n-th source."""
    entries = []
    for item in text.replace(" ", "").split(";"):
        if item:
            parts = [int(part) for part in item.split(":")]
            entries.append((parts[0], parts[1], parts[2], parts[3] if len(parts) > 3 else 0))
    return entries


def _lookup_line(entries: list[tuple[int, int, int, int]], py_line: int) -> tuple[int, int, int]:
    best = (0, 0, 0)
    for py, js, col, source in entries:
        if py <= py_line:
            best = (js, col, source)
        else:
            break
    return best


def _failing_expression(exc: BaseException, files: set[str]) -> str | None:
    """The source text of the expression that raised, from the app frame's column positions
    (Python 3.11+), or else found on the failing line by the property name."""
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename in files]
    if not frames:
        return None
    frame = frames[-1]
    line = linecache.getline(frame.filename, frame.lineno or 0)
    colno, end_colno = getattr(frame, "colno", None), getattr(frame, "end_colno", None)
    if colno is not None and end_colno is not None and frame.lineno == getattr(frame, "end_lineno", frame.lineno):
        text = line.encode()[colno:end_colno].decode(errors="replace").strip()
        return text or None
    prop = getattr(exc, "details", {}).get("prop") if isinstance(exc, JSError) else getattr(exc, "name", None)
    if prop:
        match = re.search(r"[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*\." + re.escape(str(prop)) + r"\b", line)
        if match:
            return match.group(0)
    return None


def describe_js_error(exc: BaseException, files: set[str] | None = None) -> str:
    """``TypeError: ...`` in JavaScriptCore's words, naming the failing expression when known."""
    if isinstance(exc, JSTypeError) and exc.js_details:
        expr = _failing_expression(exc, files or set())
        base = exc.js_details.get("base")
        if exc.js_details.get("call") and expr:
            callee = expr.split("(", 1)[0]
            return f"TypeError: {callee} is not a function. (In '{expr}', '{callee}' is {base})"
        if expr and "prop" in exc.js_details:
            return f"TypeError: {base} is not an object (evaluating '{expr}')"
        return str(exc)
    if isinstance(exc, JSError):
        return str(exc)
    if isinstance(exc, AttributeError) and getattr(exc, "obj", "") is None:
        expr = _failing_expression(exc, files or set()) or exc.name
        return f"TypeError: null is not an object (evaluating '{expr}')"
    if isinstance(exc, AttributeError):
        expr = _failing_expression(exc, files or set()) or f"{type(getattr(exc, 'obj', None)).__name__}.{exc.name}"
        return f"TypeError: {expr} is not a function (evaluating '{expr}')"
    if isinstance(exc, TypeError) and "not callable" in str(exc):
        expr = _failing_expression(exc, files or set())
        callee = expr.split("(", 1)[0] if expr else "value"
        return f"TypeError: {callee} is not a function"
    if isinstance(exc, ZeroDivisionError):
        return "RangeError: division by zero"
    if isinstance(exc, NameError) and getattr(exc, "name", None):
        # A JS name that exists nowhere (ti2py renames Python keywords by adding "_").
        return f"ReferenceError: Can't find variable: {str(exc.name).rstrip('_') or exc.name}"
    if isinstance(exc, RecursionError):
        return "RangeError: Maximum call stack size exceeded."
    return f"Error: {type(exc).__name__}: {exc}"


__all__ = ["App", "LogEntry", "ViewState", "call_js", "current_app", "describe_js_error"]
