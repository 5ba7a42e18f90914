"""Run a converted app from the command line: ``ti2py run APP.py`` and ``python APP.py``.

The app loads, runs until idle, then each requested action (tap, background fetch, push) runs in
the order given, each followed by running until idle again.  Exit codes: 0 idle, 1 the app could
not be loaded, 2 usage (or the data folder is in use by another run), 3 timed out, 5 the app
logged an uncaught error (or an unhandled rejection) or a URL-session transfer failed
(``--exit-zero``: 0 then), 130 interrupted (Ctrl-C).

``--timeout`` and Ctrl-C end a run within about a second on every path: app code that never
returns (``while (true) {}``) is interrupted by an alarm signal in the thread that runs it (the
main thread), downloads in flight are cancelled (their sockets shut), and the run stops with a
message and a non-zero exit.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
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
from .package import is_converted_project, read_package_config
from .paths import FolderInUse, write_atomically

EXIT_OK, EXIT_LOAD_FAILED, EXIT_USAGE, EXIT_TIMEOUT, EXIT_INTERRUPTED = 0, 1, 2, 3, 130
EXIT_APP_ERRORS = 5  # the run ended, but the app had an uncaught error or a transfer failed


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
    exit_zero: bool = False  # exit 0 even when the app had uncaught errors or failed transfers
    fresh: bool = False  # a throwaway data folder, deleted when the run ends


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
    add_run_policy_arguments(parser)


def add_run_policy_arguments(parser: argparse.ArgumentParser) -> None:
    """What a run's exit code says, and which data folder it uses."""
    parser.add_argument("--exit-zero", action="store_true",
                        help="exit 0 even if the app had an uncaught error or a transfer failed (default: exit 5)")
    parser.add_argument("--fresh", action="store_true",
                        help="run on a new, empty data folder that is deleted afterwards (no task of an earlier run resumes)")


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
        exit_zero=getattr(args, "exit_zero", False),
        fresh=_fresh(args),
    )


def _fresh(args: argparse.Namespace) -> bool:
    if getattr(args, "fresh", False) and args.data_dir is not None:
        raise ValueError("--fresh and --data-dir exclude each other (--fresh makes a new data folder)")
    return bool(getattr(args, "fresh", False))


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


class RunSummary:
    """What a run did, gathered as it happens: events by name, notifications, uncaught errors,
    transfers done and failed.  Decides the exit code (5 for errors) and prints the summary."""

    def __init__(self) -> None:
        self.started = time.monotonic()
        self.events: dict[str, int] = {}
        self.notifications: list[str] = []
        self.errors: list[str] = []
        self.transfers_done = 0
        self.failed_transfers: list[str] = []
        self.bytes_done = 0
        self._sizes: dict[tuple[str, str], int] = {}

    def __call__(self, kind: str, name: str, data: Any) -> None:
        if kind == "log":
            if name == "NOTIFICATION":
                self.notifications.append(data.message)
            elif name == "ERROR" and data.message.startswith(("Uncaught ", "Unhandled Promise Rejection")):
                self.errors.append(data.message)
        elif kind == "event" and isinstance(data, JSObject):
            self.events[name] = self.events.get(name, 0) + 1
            key = (to_str(dict.get(data, "sessionIdentifier")), to_str(dict.get(data, "taskIdentifier")))
            if name in ("downloadprogress", "uploadprogress"):
                done = dict.get(data, "totalBytesWritten" if name == "downloadprogress" else "totalBytesSent")
                if isinstance(done, (int, float)):
                    self._sizes[key] = int(done)
            elif name == "sessioncompleted":
                if dict.get(data, "success") is True:
                    self.transfers_done += 1
                    self.bytes_done += self._sizes.pop(key, 0)
                elif dict.get(data, "errorCode") != -999:  # -999: cancelled by the app, not a failure
                    self.failed_transfers.append(f"task {key[1]}: {to_str(dict.get(data, 'message'))}")

    @property
    def failed(self) -> bool:
        return bool(self.errors or self.failed_transfers)

    def problems(self) -> str:
        parts = [_count(len(self.errors), "uncaught error")] if self.errors else []
        parts += [_count(len(self.failed_transfers), "failed transfer")] if self.failed_transfers else []
        return ", ".join(parts)

    def lines(self, limit: int = 5) -> list[str]:
        """The one-screen summary (each list cut at ``limit`` entries)."""
        seconds = time.monotonic() - self.started
        events = sorted(self.events.items(), key=lambda item: (-item[1], item[0]))
        shown = ", ".join(f"{name} x{count}" for name, count in events[:8]) + (", ..." if len(events) > 8 else "")
        lines = [f"ran {seconds:.1f} s; {_count(sum(self.events.values()), 'event')}" + (f": {shown}" if shown else "")]
        lines.append(f"transfers: {self.transfers_done} done ({_size(self.bytes_done)}), "
                     f"{len(self.failed_transfers)} failed")
        lines += [f"  failed {line}" for line in self.failed_transfers[:limit]]
        lines.append(f"notifications: {len(self.notifications)}")
        lines += [f"  {text}" for text in self.notifications[:limit]]
        lines.append(f"errors: {len(self.errors)}")
        lines += [f"  {text}" for text in self.errors[:limit]]
        hidden = max(0, len(self.errors) - limit) + max(0, len(self.notifications) - limit)
        if hidden:
            lines.append(f"  ({hidden} more in the log above)")
        return lines


def _count(number: int, word: str) -> str:
    return f"{number} {word}" if number == 1 else f"{number} {word}s"


def _size(count: int) -> str:
    for unit in ("bytes", "kB", "MB", "GB"):
        if count < 1000 or unit == "GB":
            return f"{count} {unit}" if unit == "bytes" else f"{count:.1f} {unit}"
        count /= 1000  # type: ignore[assignment]
    return f"{count} bytes"


class _LiveView:
    """Progress bars on a terminal, drawn with rich: one for each ProgressBar the app shows
    (hidden when the app hides it), one for each URL-session transfer with its bytes, speed and
    time left; and at the end, the run's summary."""

    def __init__(self) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn

        self.console = Console()
        self.progress = Progress(TextColumn("{task.description}"), BarColumn(), TaskProgressColumn(),
                                 _TransferColumn(), console=self.console)
        self.tasks: dict[int, Any] = {}
        self.transfers: dict[tuple[str, str], Any] = {}

    def __call__(self, kind: str, name: str, data: Any) -> None:
        if kind == "event" and isinstance(data, JSObject):
            self._transfer(name, data)
            return
        if kind != "ui" or name != "progress":
            return
        bar = data
        key = id(bar)
        if key not in self.tasks:
            if not bar.js_is_shown():
                return
            self.tasks[key] = self.progress.add_task(to_str(getattr(bar, "message", "")) or "progress", total=1.0)
        value = getattr(bar, "value", 0)
        try:
            fraction = float(value)
        except (TypeError, ValueError):
            fraction = 0.0
        shown_before = next(t.visible for t in self.progress.tasks if t.id == self.tasks[key])
        self.progress.update(self.tasks[key], completed=max(0.0, min(1.0, fraction)), visible=bar.js_is_shown())
        if shown_before != bar.js_is_shown():
            self.progress.refresh()  # at once: log lines printed next are drawn with the last frame

    def _transfer(self, name: str, event: JSObject) -> None:
        key = (to_str(dict.get(event, "sessionIdentifier")), to_str(dict.get(event, "taskIdentifier")))
        if name in ("downloadprogress", "uploadprogress"):
            download = name == "downloadprogress"
            done = dict.get(event, "totalBytesWritten" if download else "totalBytesSent")
            total = dict.get(event, "totalBytesExpectedToWrite" if download else "totalBytesExpectedToSend")
            if not isinstance(done, (int, float)):
                return
            known = isinstance(total, (int, float)) and total > 0
            if key not in self.transfers:
                label = f"{'download' if download else 'upload'} {key[1]}"
                self.transfers[key] = self.progress.add_task(label, total=total if known else None, transfer=True)
            self.progress.update(self.transfers[key], completed=done, total=total if known else None)
        elif name == "sessioncompleted" and key in self.transfers:
            task = self.transfers.pop(key)
            state = next(t for t in self.progress.tasks if t.id == task)
            if dict.get(event, "success") is True:
                self.progress.update(task, completed=state.total if state.total is not None else state.completed)
            else:
                self.progress.update(task, description=f"{state.description} failed")
            self.progress.refresh()

    def write(self, line: str) -> None:
        # Through rich's console, so lines appear above the live bars instead of through them.
        self.progress.console.print(line, markup=False, highlight=False, soft_wrap=True)

    def print_log(self, kind: str, name: str, data: Any) -> None:
        if kind == "log":
            self.write(str(data))

    def print_summary(self, summary: RunSummary) -> None:
        from rich.panel import Panel
        from rich.text import Text

        text = Text("\n".join(summary.lines()), style="red" if summary.failed else "")
        self.console.print(Panel(text, title="ti2py run: summary", title_align="left", expand=False))


def _transfer_column() -> type:
    from rich.progress import DownloadColumn, ProgressColumn, TimeRemainingColumn, TransferSpeedColumn
    from rich.text import Text

    class TransferColumn(ProgressColumn):
        """Bytes, speed and time left, for transfers only (the app's own bars show a fraction)."""

        def __init__(self) -> None:
            super().__init__()
            self.parts = (DownloadColumn(), TransferSpeedColumn(), TimeRemainingColumn())

        def render(self, task: Any) -> Text:
            if not task.fields.get("transfer"):
                return Text("")
            size, speed, left = (column.render(task) for column in self.parts)
            return Text.assemble(size, " ", speed, " ETA ", left)

    return TransferColumn


def _TransferColumn() -> Any:  # noqa: N802 - a class made on first use, so rich loads only for the live view
    return _transfer_column()()


def data_folder_of(app: Path | None) -> Path:
    """The data folder ``ti2py run APP`` uses by default: ``$TI2PY_HOME/apps/<app id>``, the id
    from a converted project's configuration, else ``com.ti2py.<file name>`` (App's default).
    ``app`` may also be an app id that has a data folder."""
    from .paths import ti2py_home

    apps = ti2py_home() / "apps"
    if app is None:
        raise ValueError("reset needs an app (a .py, .js or converted package, or an app id) or --data-dir")
    if app.is_dir():
        if not (app / "__init__.py").is_file():
            raise ValueError(f"{app}: not a converted project (no __init__.py)")
        config = read_package_config(app)
        return apps / str(config.get("id") or f"com.ti2py.{config.get('name') or app.name}")
    if app.is_file():
        return apps / f"com.ti2py.{app.stem}"
    name = str(app)
    if "/" not in name and not name.endswith((".py", ".js")) and (apps / name).is_dir():
        return apps / name
    raise ValueError(f"{app}: no such file, and no app with that id has data in {apps}")


def reset_data_folder(folder: Path) -> int:
    """Delete everything in ``folder`` but its lock file, holding the lock (FolderInUse if an
    app runs on it).  Returns the number of files removed."""
    import shutil

    from .paths import LOCK_NAME, claim_folder, release_folder

    folder = folder.resolve()
    claim_folder(folder)
    try:
        removed = 0
        for entry in folder.iterdir():
            if entry.name == LOCK_NAME:
                continue
            if entry.is_dir() and not entry.is_symlink():
                removed += sum(1 for p in entry.rglob("*") if not p.is_dir())
                shutil.rmtree(entry)
            else:
                removed += 1
                entry.unlink()
        return removed
    finally:
        release_folder(folder)


def run_app(path: Path, options: RunOptions, out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    """Load the converted app at ``path`` (a module, or a converted project folder), apply the
    actions, and wait until it is idle.  With ``options.fresh``, on a new data folder that is
    deleted afterwards."""
    if not options.fresh:
        return _run_app(path, options, out, err)
    import dataclasses
    import shutil
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="ti2py-fresh-"))
    try:
        return _run_app(path, dataclasses.replace(options, data_dir=folder, fresh=False), out, err)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _run_app(path: Path, options: RunOptions, out: TextIO, err: TextIO) -> int:
    config: dict[str, Any] = {}
    if path.is_dir():
        if not is_converted_project(path):
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
    summary = RunSummary()
    app.observers.append(summary)
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
    except Exception as exc:  # loading runs user code; report, do not crash
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
        code = _drive(app, options, view, err)
        return _closing(code, summary, options, view, err)
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


def _closing(code: int, summary: RunSummary, options: RunOptions, view: "_LiveView | None", err: TextIO) -> int:
    """The summary (on a terminal), and exit 5 instead of 0 when the app had errors."""
    if view is not None:
        view.print_summary(summary)
    if code != EXIT_OK or not summary.failed:
        return code
    if options.exit_zero:
        _print_closing(f"ti2py run: {summary.problems()} (exit 0: --exit-zero)", err)
        return EXIT_OK
    _print_closing(f"ti2py run: {summary.problems()} (exit {EXIT_APP_ERRORS}; --exit-zero to exit 0)", err)
    return EXIT_APP_ERRORS


def _print_closing(line: str, err: TextIO) -> None:
    """The closing count, in red on a terminal: rich decides, by NO_COLOR/FORCE_COLOR and isatty,
    the rule `ti2py convert` follows too (transpiler/terminal.py)."""
    from rich.console import Console
    from rich.text import Text

    Console(file=err, highlight=False, soft_wrap=True).print(Text(line, style="red"))
    err.flush()


def _write_report(path: Path, app: App) -> None:
    write_atomically(path, json.dumps(app.snapshot(), indent=2))


def _drive(app: App, options: RunOptions, view: "_LiveView | None", err: TextIO) -> int:
    deadline = time.monotonic() + options.timeout
    steps: list[Callable[[], None]] = [lambda: None] + [functools.partial(a.apply, app) for a in options.actions]

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
        where = app.js_location(exc)
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
