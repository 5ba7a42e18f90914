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
from types import ModuleType
from typing import Any, Callable, TextIO

from .js import realm
from .js.functions import bind_exported_methods
from .js.ops import to_str
from .js.values import adapt_args
from .js.values import JSError, JSObject, JSTypeError, own_items, undefined
from .loop import EventLoop
from .paths import claim_folder, release_folder, remove_orphans, ti2py_home

if typing.TYPE_CHECKING:
    from .persist import TransferStore

_current: contextvars.ContextVar["App | None"] = contextvars.ContextVar("ti2py_app", default=None)
_last_created: list["App"] = []


def current_app() -> "App":
    """The app whose code is running on this thread (or the most recently created one)."""
    app = _current.get()
    if app is None:
        if not _last_created:
            raise RuntimeError("no ti2py App exists; create one with runtime.App(...)")
        app = _last_created[-1]
    return app


@dataclass
class LogEntry:
    level: str
    message: str
    time: float = field(default_factory=time.time)

    def __str__(self) -> str:
        return f"[{self.level}] {self.message}"


ALL_BACKGROUND_MODES = frozenset({"fetch", "remote-notification"})


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
        self._modules: dict[str, Any] = {}
        self._transfers: "TransferStore | None" = None
        self._line_maps: dict[str, tuple[list[tuple[int, int, int]], str]] = {}  # file -> (map, JS name)
        # One running app per data folder (FolderInUse otherwise), claimed before anything in it
        # is read or written; the first claim in this process clears what a crash left there.
        if claim_folder(self.data_dir):
            self._remove_orphans()
        weakref.finalize(self, release_folder, self.data_dir)  # an app no longer used gives it back
        from .ti.root import TiRoot  # late: the Ti tree needs the App class

        from .device import Device

        self.device = Device(self, fetch_min_interval=fetch_min_interval)
        self.Ti = TiRoot(self)
        _last_created.append(self)
        del _last_created[:-8]

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
        self._notify("log", level, entry)
        if self.out is not None:
            print(entry, file=self.out, flush=True)

    def _notify(self, kind: str, name: str, data: Any) -> None:
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
        """Import a converted app (a path or module) and run its top-level code on the loop."""
        if isinstance(source, ModuleType):
            module = source
        else:
            token = self._enter()
            try:
                module = self._import(Path(source).resolve())
            finally:
                self._leave(token)
        self.module = module
        declared = getattr(module, "__ti2py_background_modes__", None)
        if declared is not None and not self._modes_given:
            self.background_modes = frozenset(declared)
        module_file = getattr(module, "__file__", None)
        if self.commonjs_root is None and module_file:
            self._enter_package(Path(module_file).resolve().parent)
        self._remember_lines(module, "app.js")
        main = getattr(module, "main", None)
        if run_main and callable(main):
            self.loop.post(main)
        return module

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
        self.loop.post(self._notify, "event", name, event)
        for listener in source._listeners_of(name):
            self.loop.post(call_js, listener, event)

    # -- the OS side: globals, URLs, app state -------------------------------------------------
    def _enter_package(self, root: Path) -> None:
        """Take the converted project at ``root`` as this app's: its modules, its configuration
        and its ``Resources/`` (what ``Ti.Filesystem.resourcesDirectory`` holds)."""
        self.commonjs_root = root
        if (root / "__init__.py").is_file():
            from .runner import read_package_config

            try:
                self.package_config = read_package_config(root)
            except (ValueError, SyntaxError):
                self.package_config = {}
        if (root / "Resources").is_dir():
            self.Ti.Filesystem._roots["Resources"] = root / "Resources"

    def require(self, module_id: Any) -> Any:
        """``require(id)``: a native module, or a module of the converted project (``lib/util``,
        ``/lib/util`` and ``lib/util.js`` -> ``<project>/lib/util.py``), each created once per
        app.  A native module ti2py lacks comes from the app (modules/native.py) or is an error
        that says how to supply it."""
        from .modules import FACTORIES
        from .modules.native import missing_module_error, stub_module, user_factory

        module_id = to_str(module_id)
        if module_id in self._modules:
            entry = self._modules[module_id]
            return entry["exports"] if isinstance(entry, JSObject) else entry
        if module_id in self.stub_modules:
            self._modules[module_id] = stub_module(self, module_id)
            return self._modules[module_id]
        factory = user_factory(self, module_id) or FACTORIES.get(module_id)
        if factory is not None:
            self._modules[module_id] = factory(self)
            return self._modules[module_id]
        canonical = _canonical_id(module_id)
        path = self._commonjs_path(canonical) if canonical is not None else None
        if path is None or canonical is None:
            raise missing_module_error(module_id, module_id in self.package_config.get("modules", []))
        if canonical in self._modules:  # the same file by another spelling (/lib/util, lib/util.js)
            return self.require(canonical)
        module_object = JSObject(id=canonical, exports=JSObject())
        self._modules[canonical] = module_object  # cached first: circular requires see partial exports
        try:
            self._run_module(path, module_object)
        except BaseException:
            del self._modules[canonical]  # as in Node: a module that threw is loaded again next time
            raise
        return module_object["exports"]

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
        self._line_maps[getattr(module, "__file__", "") or ""] = (
            _parse_line_map(getattr(module, "__ti2py_lines__", "")), getattr(module, "__ti2py_source__", source_name))

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

    def on_handler_ended(self, handler_id: str) -> None:
        """The app ended a background handler: iOS may suspend it again."""
        self._notify("handler", handler_id, None)
        self.device.handler_ended()

    # -- test and CLI controls ---------------------------------------------------------------------
    def find_views(self, kind: str | None = None, **props: Any) -> list[Any]:
        """The app's views of a class (``"Button"``) whose properties match ``props``, in creation
        order.  (A method of the App, which converted code cannot reach: on ``Ti.UI`` it would be
        a JS property no device has.)"""
        return self.Ti.UI._find(kind, **props)

    def tap(self, title: str) -> None:
        """Tap the (first) button with this title."""
        buttons = [b for b in self.find_views("Button") if to_str(getattr(b, "title", "")) == title]
        if not buttons:
            titles = ", ".join(repr(to_str(b.title)) for b in self.find_views("Button")) or "none"
            raise LookupError(f"no button titled {title!r} (buttons: {titles})")
        buttons[0]._tap()

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
        for view in self.Ti.UI.views:
            entry: dict[str, Any] = {"class": view.js_class, "properties": {k: plain(v) for k, v in view._properties().items() if k != "history"}}
            if isinstance(view, ProgressBar):
                entry["visible"] = view.shown
                entry["history"] = [plain(v) for v in view.history]
            views.append(entry)
        ios = self.Ti.App.iOS
        return {
            "app": {"name": self.name, "id": self.app_id, "state": self.state, "dataDir": str(self.data_dir)},
            "log": [str(entry) for entry in self.logs],
            "ui": views,
            "pendingHandlers": sorted(ios.pending_handlers),
            "expiredHandlers": ios.expired_handlers,
        }

    # -- errors --------------------------------------------------------------------------------
    def report_uncaught(self, exc: BaseException) -> None:
        """Log an exception that escaped an app handler, as the device's JS engine would."""
        message = describe_js_error(exc, set(self._line_maps))
        where = self._js_location(exc)
        self.log("ERROR", f"Uncaught {message}" + (f" ({where})" if where else ""))

    def _js_location(self, exc: BaseException) -> str:
        """``app.js:LINE:COL`` of the innermost converted frame of the traceback."""
        for frame in reversed(traceback.extract_tb(exc.__traceback__)):
            known = self._line_maps.get(frame.filename)
            if known is not None and known[0] and frame.lineno is not None:
                js_line, js_col = _lookup_line(known[0], frame.lineno)
                return f"{known[1]}:{js_line}:{js_col}" if js_line else ""
        return ""


_NOT_MODULES = frozenset({"Resources", "ti2py_modules", "__init__", "__pycache__"})


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


def _parse_line_map(text: str) -> list[tuple[int, int, int]]:
    entries = []
    for item in text.replace(" ", "").split(";"):
        if item:
            py, js, col = (int(part) for part in item.split(":"))
            entries.append((py, js, col))
    return entries


def _lookup_line(entries: list[tuple[int, int, int]], py_line: int) -> tuple[int, int]:
    best = (0, 0)
    for py, js, col in entries:
        if py <= py_line:
            best = (js, col)
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
    if isinstance(exc, JSTypeError) and exc.details:
        expr = _failing_expression(exc, files or set())
        base = exc.details.get("base")
        if exc.details.get("call") and expr:
            callee = expr.split("(", 1)[0]
            return f"TypeError: {callee} is not a function. (In '{expr}', '{callee}' is {base})"
        if expr and "prop" in exc.details:
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
        return f"ReferenceError: Can't find variable: {exc.name.rstrip('_') or exc.name}"
    if isinstance(exc, RecursionError):
        return "RangeError: Maximum call stack size exceeded."
    return f"Error: {type(exc).__name__}: {exc}"


__all__ = ["App", "LogEntry", "call_js", "current_app", "describe_js_error"]
