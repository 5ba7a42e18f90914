"""Run a converted app from the command line: ``ti2py run APP.py`` and ``python APP.py``.

The app loads, runs until idle, then each requested action (tap, background fetch, push) runs in
the order given, each followed by running until idle again.  Exit codes: 0 idle, 1 the app could
not be loaded, 2 usage (or the data folder is in use by another run), 3 timed out, 130
interrupted (Ctrl-C).

``--timeout`` and Ctrl-C end a run within about a second on every path: app code that never
returns (``while (true) {}``) is interrupted by an alarm signal in the thread that runs it (the
main thread), downloads in flight are cancelled (their sockets shut), and the run stops with a
message and a non-zero exit.
"""

from __future__ import annotations

import argparse
import contextlib
import ast
import json
import signal
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Sequence, TextIO

from . import direct
from .app import App
from .js.ops import to_str
from .js.values import JSObject, own_items
from .paths import FolderInUse, write_atomically

EXIT_OK, EXIT_LOAD_FAILED, EXIT_USAGE, EXIT_TIMEOUT, EXIT_INTERRUPTED = 0, 1, 2, 3, 130


class _Deadline(BaseException):
    """Raised by the alarm in the app thread when --timeout runs out.  A BaseException, so app
    code's try/catch (``except Exception`` in converted code) cannot swallow it."""


class _Alarm:
    """Arms SIGALRM for the run's deadline, where signals can be had (the main thread, POSIX);
    elsewhere the event loop's own deadline still applies, but an endless loop is not cut."""

    def __init__(self, seconds: float) -> None:
        self.armed = threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer")
        if self.armed:
            self.previous = signal.signal(signal.SIGALRM, self._fire)
            signal.setitimer(signal.ITIMER_REAL, max(seconds, 0.001))

    def _fire(self, signum: int, frame: Any) -> None:
        if self.armed:  # (an alarm that lands while disarming is ignored)
            raise _Deadline

    def disarm(self) -> None:
        if self.armed:
            self.armed = False
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self.previous)


@dataclass
class Action:
    kind: str  # tap | background-fetch | push
    value: str = ""

    def apply(self, app: App) -> None:
        if self.kind == "tap":
            app.tap(self.value)
        elif self.kind == "type":
            target, sep, text = self.value.partition("=")
            if not sep:
                raise LookupError(f"--type takes FIELD=TEXT (a field's id, hint or title), got {self.value!r}")
            app.type(target, text)
        elif self.kind == "back":
            app.back()
        elif self.kind == "background-fetch":
            app.background_fetch()
        elif self.kind == "push":
            app.push(self.value)
        elif self.kind == "foreground":
            app.set_state("foreground")
        elif self.kind == "background":
            app.set_state("background")
        elif self.kind == "wait":
            # A timer that holds the run open; scheduled fetches and gateway pushes arrive meanwhile.
            app.loop.call_later(float(self.value), lambda: None)


@dataclass
class RunOptions:
    actions: list[Action] = field(default_factory=list)
    url_map: list[tuple[str, str]] = field(default_factory=list)
    timeout: float = 60.0
    fetch_interval: float | None = None  # what BACKGROUNDFETCHINTERVAL_MIN means, in seconds
    push_gateway: int | None = None  # port for the local APNs-style gateway (0: any free port)
    data_dir: Path | None = None
    trace: bool = False
    report: Path | None = None  # write the app's final state here as JSON
    live: bool | None = None  # None: a live view when stdout is a terminal
    name: str | None = None
    stub_modules: list[str] = field(default_factory=list)  # native modules replaced by logging stand-ins


class _OrderedAction(argparse.Action):
    """Collect --tap/--background-fetch/--push in the order given on the command line."""

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, values: Any,
                 option_string: str | None = None) -> None:
        actions = getattr(namespace, "actions", None) or []
        kind = self.dest.replace("_", "-")
        actions.append(Action(kind, values if isinstance(values, str) else ""))
        namespace.actions = actions


def parse_url_map(items: Sequence[str]) -> list[tuple[str, str]]:
    pairs = []
    for item in items:
        source, sep, target = item.partition("=")
        if not sep or not source or not target:
            raise ValueError(f"--url-map takes FROM=TO, got {item!r}")
        pairs.append((source, target))
    return pairs


def add_run_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("app", type=Path, help="a converted app (.py, or a converted project folder)")
    parser.add_argument("--tap", dest="tap", metavar="TITLE", action=_OrderedAction,
                        help="tap what shows this title, text or id: a button, tab, table row, list item or "
                             "dialog button (repeatable; actions run in order)")
    parser.add_argument("--type", dest="type", metavar="FIELD=TEXT", action=_OrderedAction,
                        help="type TEXT into the text field with this id, hint or title, then Return")
    parser.add_argument("--back", dest="back", nargs=0, action=_OrderedAction,
                        help="the navigation bar's Back: close the window pushed last on a tab or navigation window")
    parser.add_argument("--background-fetch", dest="background_fetch", nargs=0, action=_OrderedAction,
                        help="send the app to the background and deliver a backgroundfetch event")
    parser.add_argument("--push", dest="push", metavar="JSON", action=_OrderedAction,
                        help='deliver a push with this payload, e.g. \'{"alert": "", "content-available": 1}\'')
    parser.add_argument("--background", dest="background", nargs=0, action=_OrderedAction,
                        help="send the app to the background (scheduled fetches can then arrive)")
    parser.add_argument("--foreground", dest="foreground", nargs=0, action=_OrderedAction,
                        help="bring the app back to the foreground")
    parser.add_argument("--wait", dest="wait", metavar="S", action=_OrderedAction,
                        help="keep the app running S seconds here, even if idle (scheduled fetches and pushes arrive)")
    parser.add_argument("--fetch-interval", type=float, metavar="S",
                        help="seconds that BACKGROUNDFETCHINTERVAL_MIN stands for (default 600; iOS decides on a device)")
    parser.add_argument("--push-gateway", type=int, nargs="?", const=0, metavar="PORT",
                        help="listen for pushes on 127.0.0.1 (APNs-style; `ti2py push` finds it)")
    parser.add_argument("--url-map", action="append", default=[], metavar="FROM=TO",
                        help="rewrite URLs starting with FROM to start with TO (repeatable)")
    parser.add_argument("--timeout", type=float, default=60.0, metavar="S", help="give up after S seconds (default 60)")
    parser.add_argument("--data-dir", type=Path, help="the app's data folder (default ~/.ti2py/apps/<app id>)")
    parser.add_argument("--trace", action="store_true", help="print every Ti.App.iOS event as it is delivered")
    parser.add_argument("--plain", action="store_true", help="plain log lines even on a terminal")
    parser.add_argument("--stub-module", action="append", default=[], metavar="ID",
                        help="replace the native module ID by a stand-in that logs each call (repeatable)")
    parser.add_argument("--report", type=Path, metavar="FILE",
                        help="write the app's final state (log, UI views, handlers) to FILE as JSON")


def options_from_args(args: argparse.Namespace) -> RunOptions:
    for action in getattr(args, "actions", None) or []:
        if action.kind == "wait":
            try:
                if float(action.value) < 0:
                    raise ValueError
            except ValueError:
                raise ValueError(f"--wait takes a number of seconds, got {action.value!r}") from None
        if action.kind == "push":
            from .push import MAX_DEPTH, parse_push_body

            try:
                json.loads(action.value)
            except json.JSONDecodeError as exc:
                raise ValueError(f"--push needs a JSON object: {exc}") from None
            # The gateway's rule: only a payload the app's own JSON.parse reads reaches it.
            if parse_push_body(action.value.encode("utf-8", "surrogatepass"))[1] is not None:
                raise ValueError(f"--push needs a JSON object (no NaN/Infinity, at most {MAX_DEPTH} levels deep)")
    return RunOptions(
        actions=list(getattr(args, "actions", None) or []),
        url_map=parse_url_map(args.url_map),
        timeout=args.timeout,
        fetch_interval=args.fetch_interval,
        push_gateway=args.push_gateway,
        data_dir=args.data_dir,
        trace=args.trace,
        report=args.report,
        live=False if args.plain else None,
        stub_modules=list(getattr(args, "stub_module", None) or []),
    )


def summarise(name: str, event: JSObject) -> str:
    """One line describing an event for the trace."""
    if name in ("downloadprogress", "uploadprogress"):
        done = event.totalBytesWritten if name == "downloadprogress" else event.totalBytesSent
        total = event.totalBytesExpectedToWrite if name == "downloadprogress" else event.totalBytesExpectedToSend
        return f"task {to_str(event.taskIdentifier)}: {to_str(done)}/{to_str(total)} bytes"
    skip = {"type", "source", "bubbles", "cancelBubble", "data"}
    parts = [f"{k}={to_str(v) if not isinstance(v, JSObject) else '{...}'}" for k, v in own_items(event) if k not in skip]
    if "data" in event:
        blob = event.data
        parts.append(f"data=<Blob {getattr(blob, 'length', '?')} bytes>")
    return " ".join(parts)


class _Trace:
    """Prints each Ti.App.iOS event and app-state change as it reaches the app."""

    def __init__(self, write: Callable[[str], None]) -> None:
        self.write = write

    def __call__(self, kind: str, name: str, data: Any) -> None:
        if kind == "event" and isinstance(data, JSObject) and name not in ("click", "open", "close"):
            self.write(f"[EVENT] {name} {summarise(name, data)}".rstrip())
        elif kind == "state":
            self.write(f"[STATE] app is now {'suspended' if name == 'suspended' else 'in the ' + name}")


class _LiveView:
    """Progress bars for the app's visible ProgressBars, drawn with rich on a terminal."""

    def __init__(self) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn

        self.console = Console()
        self.progress = Progress(TextColumn("{task.description}"), BarColumn(), TaskProgressColumn(), console=self.console)
        self.tasks: dict[int, Any] = {}

    def __call__(self, kind: str, name: str, data: Any) -> None:
        if kind != "ui" or name != "progress":
            return
        bar = data
        key = id(bar)
        if key not in self.tasks:
            if not bar.shown:
                return
            self.tasks[key] = self.progress.add_task(to_str(getattr(bar, "message", "")) or "progress", total=1.0)
        value = getattr(bar, "value", 0)
        try:
            fraction = float(value)
        except (TypeError, ValueError):
            fraction = 0.0
        self.progress.update(self.tasks[key], completed=max(0.0, min(1.0, fraction)), visible=bar.shown or fraction >= 1)

    def write(self, line: str) -> None:
        # Through rich's console, so lines appear above the live bars instead of through them.
        self.progress.console.print(line, markup=False, highlight=False, soft_wrap=True)

    def print_log(self, kind: str, name: str, data: Any) -> None:
        if kind == "log":
            self.write(str(data))


def read_package_config(folder: Path) -> dict[str, Any]:
    """The ``TIAPP`` dict of a converted project, read as a literal (the file is not executed)."""
    tree = ast.parse((folder / "__init__.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "TIAPP" for t in node.targets):
            value = ast.literal_eval(node.value)
            if isinstance(value, dict):
                return value
    raise ValueError(f"{folder}/__init__.py has no TIAPP configuration")


def run_app(path: Path, options: RunOptions, out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    """Load the converted app at ``path`` (a module, or a converted project folder), apply the
    actions, and wait until it is idle."""
    config: dict[str, Any] = {}
    if path.is_dir():
        if not (path / "__init__.py").is_file() or not (path / "app.py").is_file():
            print(f"ti2py run: {path}: not a converted project (convert it with ti2py convert PROJECT -o {path})", file=err)
            return EXIT_LOAD_FAILED
        try:
            config = read_package_config(path)
        except (ValueError, SyntaxError) as exc:
            print(f"ti2py run: {exc}", file=err)
            return EXIT_LOAD_FAILED
        path = path / "app.py"
    elif not path.is_file():
        print(f"ti2py run: {path}: no such file", file=err)
        return EXIT_LOAD_FAILED
    live = out.isatty() if options.live is None else options.live
    view = _LiveView() if live else None
    modes = config.get("background_modes")
    try:
        app = App(
            options.name or config.get("name") or path.stem,
            app_id=config.get("id"),
            data_dir=options.data_dir,
            background_modes=set(modes) if modes is not None else None,
            url_map=options.url_map,
            out=None if view is not None else out,
            **({"fetch_min_interval": options.fetch_interval} if options.fetch_interval is not None else {}),
        )
        app.stub_modules.update(options.stub_modules)
    except FolderInUse as exc:
        print(f"ti2py run: {exc}", file=err)
        return EXIT_USAGE
    except OSError as exc:  # a data folder that cannot be created or locked (permissions, a file there)
        print(f"ti2py run: cannot use the data folder: {exc.strerror or exc} ({exc.filename or options.data_dir})",
              file=err)
        return EXIT_LOAD_FAILED
    if view is not None:
        app.observers.append(view)
        app.observers.append(view.print_log)
    if options.trace:
        app.observers.append(_Trace(view.write if view is not None else lambda line: print(line, file=out, flush=True)))
    try:
        module = app.load(path)
    except SyntaxError as exc:
        print(f"ti2py run: {path}:{exc.lineno}: not a Python module: {exc.msg}", file=err)
        return EXIT_LOAD_FAILED
    except Exception as exc:  # noqa: BLE001 - loading runs user code; report, do not crash
        print(f"ti2py run: {path}: could not load: {type(exc).__name__}: {exc}", file=err)
        return EXIT_LOAD_FAILED
    if not callable(getattr(module, "main", None)):
        print(f"ti2py run: {path}: not a converted app (it has no main())", file=err)
        return EXIT_LOAD_FAILED
    gateway = None
    if options.push_gateway is not None:
        from .push import PushGateway

        try:
            gateway = PushGateway(app, options.push_gateway).start()
        except OSError as exc:
            print(f"ti2py run: cannot start the push gateway: {exc.strerror}", file=err)
            return EXIT_USAGE
        print(f"ti2py run: push gateway on {gateway.url} for device {app.device_token}", file=err, flush=True)
    try:
        return _drive(app, options, view, err)
    except KeyboardInterrupt:
        print("ti2py run: interrupted", file=err, flush=True)
        return EXIT_INTERRUPTED
    except _Deadline:  # the alarm landed as the run was ending anyway
        print(f"ti2py run: timed out after {options.timeout:g} s", file=err, flush=True)
        return EXIT_TIMEOUT
    finally:
        # Downloads in flight would hold the process open at exit (their threads are joined).
        direct.cancel_all()
        if gateway is not None:
            gateway.close()
        if options.report is not None:
            _write_report(options.report, app)


def _write_report(path: Path, app: App) -> None:
    write_atomically(path, json.dumps(app.snapshot(), indent=2))


def _drive(app: App, options: RunOptions, view: "_LiveView | None", err: TextIO) -> int:
    deadline = time.monotonic() + options.timeout
    steps: list[Callable[[], None]] = [lambda: None] + [lambda a=a: a.apply(app) for a in options.actions]

    context = view.progress if view is not None else contextlib.nullcontext()
    alarm = _Alarm(options.timeout)
    try:
        with context:
            for step in steps:
                try:
                    step()
                except LookupError as exc:
                    print(f"ti2py run: {exc.args[0]}", file=err)
                    return EXIT_USAGE
                except ValueError as exc:
                    print(f"ti2py run: {exc}", file=err)
                    return EXIT_USAGE
                if not app.run_until_idle(max(0.0, deadline - time.monotonic())):
                    print(f"ti2py run: timed out after {options.timeout:g} s (the app was still busy)", file=err)
                    return EXIT_TIMEOUT
    except _Deadline as exc:
        where = app._js_location(exc)
        running = f"app code was still running at {where}" if where else "the app was still busy"
        print(f"ti2py run: timed out after {options.timeout:g} s ({running})", file=err, flush=True)
        return EXIT_TIMEOUT
    finally:
        alarm.disarm()
    return EXIT_OK


def run_module(path: str, argv: Sequence[str] | None = None) -> None:
    """Entry point of ``python APP.py``: the same options as ``ti2py run`` (the path is implied)."""
    parser = argparse.ArgumentParser(prog=Path(path).name, description="Run this converted Titanium app.")
    add_run_arguments(parser)
    args = parser.parse_args([path, *(sys.argv[1:] if argv is None else argv)])
    try:
        options = options_from_args(args)
    except ValueError as exc:
        parser.error(str(exc))
    raise SystemExit(run_app(Path(path), options))
