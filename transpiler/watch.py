"""``--watch``: convert again on every save, or restart ``ti2py run`` when the app changes.

The file events come from watchfiles (Rust's notify: inotify, FSEvents, ReadDirectoryChangesW,
and polling where none works), an optional extra: ``pip install 'ti2py[watch]'``.  The folder
holding a watched file is watched rather than the file, so an editor that saves by writing a new
file and renaming it over the old one is seen too.  Ctrl-C or SIGTERM ends watching (exit 0).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path
from typing import Callable, Iterable, Iterator, TextIO

# What a change to is worth acting on: sources, a project's settings, converted modules.
SOURCE_SUFFIXES = (".js", ".json", ".xml", ".toml")
RUN_SUFFIXES = (".py", ".js", ".json")


class WatchUnavailable(RuntimeError):
    pass


def _changes(targets: list[Path], suffixes: tuple[str, ...], stop: threading.Event | None = None) -> Iterator[list[Path]]:
    """Each batch of changed files among ``targets`` (files, or folders watched recursively)."""
    try:
        import watchfiles
    except ImportError:
        raise WatchUnavailable("--watch needs the watchfiles package: pip install 'ti2py[watch]'") from None
    files = {t.resolve() for t in targets if not t.is_dir()}
    folders = [t.resolve() for t in targets if t.is_dir()]
    roots = sorted({str(f.parent) for f in files} | {str(f) for f in folders})

    def wanted(path: Path) -> bool:
        if path in files:
            return True
        for folder in folders:
            if folder in path.parents:  # below a watched folder, not in a hidden folder or file (.git, swap files)
                hidden = any(part.startswith(".") for part in path.relative_to(folder).parts)
                return not hidden and path.suffix in suffixes
        return False

    # yield_on_timeout: an empty batch every half second, the first of which says the watch is set
    # up (a save before that would be missed), so "watching" is printed only then.
    ready = False
    for batch in watchfiles.watch(*roots, stop_event=stop, debounce=200, step=50, rust_timeout=500,
                                  yield_on_timeout=True, raise_interrupt=False):
        changed = [path for path in sorted({Path(name).resolve() for _, name in batch}) if wanted(path)]
        if changed or not ready:
            ready = True
            yield changed


class _Stop:
    """An event set by SIGTERM (as Ctrl-C's SIGINT ends watchfiles' wait), restored on exit."""

    def __init__(self) -> None:
        self.event = threading.Event()
        self.previous = None
        if threading.current_thread() is threading.main_thread():
            self.previous = signal.signal(signal.SIGTERM, lambda *_: self.event.set())

    def __enter__(self) -> threading.Event:
        return self.event

    def __exit__(self, *exc: object) -> None:
        if self.previous is not None:
            signal.signal(signal.SIGTERM, self.previous)


def _names(paths: Iterable[Path]) -> str:
    names = [os.path.relpath(p) for p in paths]
    return ", ".join(names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3 else "")


def watch_convert(targets: list[Path], convert_once: Callable[[], int], err: TextIO) -> int:
    """Convert now, then after each change to a source below ``targets``."""
    convert_once()
    try:
        with _Stop() as stop:
            for changed in _changes(targets, SOURCE_SUFFIXES, stop):
                if not changed:  # the watch is set up
                    print(f"ti2py: watching {_names(targets)} for changes (Ctrl-C stops)", file=err, flush=True)
                    continue
                print(f"ti2py: {_names(changed)} changed; converting", file=err, flush=True)
                convert_once()
    except KeyboardInterrupt:
        pass
    print("ti2py: stopped watching", file=err, flush=True)
    return 0  # the last conversion's outcome was reported; ending the watch is not a failure


def watch_run(app: Path, command: list[str], err: TextIO, grace: float = 5.0) -> int:
    """Run ``command`` (a ``ti2py run`` without --watch), and start it again whenever ``app``
    changes: a run still going is interrupted first (SIGINT, as Ctrl-C; killed after ``grace``
    seconds).  A run that ended is started again at the next change."""
    child: subprocess.Popen[bytes] | None = None

    def start() -> subprocess.Popen[bytes]:
        return subprocess.Popen(command)

    def stop_child() -> None:
        if child is not None and child.poll() is None:
            child.send_signal(signal.SIGINT)
            try:
                child.wait(grace)
            except subprocess.TimeoutExpired:
                child.kill()
                child.wait()

    child = start()
    try:
        with _Stop() as stop:
            for changed in _changes([app], RUN_SUFFIXES, stop):
                if not changed:  # the watch is set up
                    print(f"ti2py: watching {_names([app])} for changes; the run restarts on each (Ctrl-C stops)",
                          file=err, flush=True)
                    continue
                stop_child()
                print(f"ti2py: {_names(changed)} changed; restarting the run", file=err, flush=True)
                child = start()
    except KeyboardInterrupt:
        pass
    finally:
        stop_child()
    print("ti2py: stopped watching", file=err, flush=True)
    return 0


def run_command(argv: list[str]) -> list[str]:
    """The ``ti2py`` command line ``argv`` without ``--watch``, as a command for a subprocess."""
    return [sys.executable, "-m", "ti2py.transpiler.cli", *(word for word in argv if word != "--watch")]
