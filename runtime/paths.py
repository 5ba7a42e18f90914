"""Where ti2py keeps state shared between runs (``$TI2PY_HOME``, default ``~/.ti2py``), atomic
writes, the one-app-per-data-folder lock, and the clean-up of what a crash left behind."""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
import threading
import time
from pathlib import Path
from typing import Any, BinaryIO, Callable

try:
    import fcntl
except ImportError:  # pragma: no cover - not POSIX
    fcntl = None  # type: ignore[assignment]


def ti2py_home() -> Path:
    return Path(os.environ.get("TI2PY_HOME") or Path.home() / ".ti2py")


def read_json(path: Path, default: Any) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return default


def replace_atomically(path: Path, fill: Callable[[BinaryIO], object]) -> None:
    """Write a temp file beside ``path`` with ``fill(stream)``, then rename it over ``path``: a
    reader never sees half a file, and a failure leaves neither a partial file nor the temp."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            fill(stream)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def write_atomically(path: Path, data: str | bytes) -> None:
    """Text (UTF-8, newlines as given) or bytes, written with :func:`replace_atomically`."""
    content = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
    replace_atomically(path, lambda stream: stream.write(content))


def copy_atomically(source: Path, path: Path) -> None:
    """A copy of ``source`` at ``path``, streamed (never read whole into memory)."""

    def fill(stream: BinaryIO) -> None:
        with open(source, "rb") as original:
            shutil.copyfileobj(original, stream, 1024 * 1024)

    replace_atomically(path, fill)


def write_json(path: Path, value: Any) -> None:
    write_atomically(path, json.dumps(value, indent=1, sort_keys=True))


# -- one running app per data folder ---------------------------------------------------------------
LOCK_NAME = ".ti2py.lock"
_claimed: dict[Path, list[int]] = {}  # data folder -> [descriptor holding its lock, apps using it]
# Re-entrant: an App's finalizer gives its claim back, and the garbage collector may run it while
# this thread is inside claim_folder (a plain Lock deadlocked the test suite there).
_claim_guard = threading.RLock()


class FolderInUse(RuntimeError):
    """Another process runs an app on this data folder."""

    def __init__(self, folder: Path, holder: str) -> None:
        who = f" (pid {holder})" if holder.isdigit() else ""
        super().__init__(f"the data folder {folder} is in use by another running app{who}; "
                         "stop it first or give this run its own --data-dir")
        self.folder = folder


def claim_folder(folder: Path) -> bool:
    """Take ``folder``'s lock (``flock`` on a file inside it) for this process, or raise
    :class:`FolderInUse`.  The kernel releases it when the process ends, even by SIGKILL, so a
    crash never leaves a stale lock.  Apps in one process share the claim (a test that starts
    an app again on the same folder is one process); each claim is given back with
    :func:`release_folder`.  True when this call took the lock (no app here had it)."""
    with _claim_guard:
        if folder in _claimed:
            _claimed[folder][1] += 1
            return False
        folder.mkdir(parents=True, exist_ok=True)
        if fcntl is None:  # no flock (Windows): nothing to hold
            _claimed[folder] = [-1, 1]
            return True
        descriptor = os.open(folder / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            holder = os.pread(descriptor, 32, 0).decode("ascii", "replace").strip()
            os.close(descriptor)
            raise FolderInUse(folder, holder) from None
        os.ftruncate(descriptor, 0)
        os.pwrite(descriptor, f"{os.getpid()}\n".encode(), 0)  # for the message a second run prints
        _claimed[folder] = [descriptor, 1]
        return True


def release_folder(folder: Path) -> None:
    """Give one claim back; the lock goes with the last (the next run may then start)."""
    with _claim_guard:
        claim = _claimed.get(folder)
        if claim is None:
            return
        claim[1] -= 1
        if claim[1] <= 0:
            del _claimed[folder]
            if claim[0] >= 0:
                os.close(claim[0])


# -- files a crash left behind ------------------------------------------------------------------------
# replace_atomically's temp names: ".<name>.<8 characters of mkstemp>.tmp".
ATOMIC_TEMP = re.compile(r"^\..+\.[a-z0-9_]{8}\.tmp$")


def remove_orphans(folder: Path, keep: set[Path], downloads: Path) -> list[Path]:
    """Delete what an interrupted run left in ``folder``: temp files of atomic writes anywhere
    below it, and downloads in ``downloads`` (``CFNetworkDownload_*.tmp``) that no persisted task
    refers to (``keep``); iOS deletes a download's file once its events are delivered, too.
    Links are not followed.  Returns what was removed."""
    removed: list[Path] = []
    for parent, folders, files in os.walk(folder):
        base = Path(parent)
        for name in files:
            path = base / name
            orphan_download = base == downloads and name.startswith("CFNetworkDownload_") and name.endswith(".tmp")
            if (ATOMIC_TEMP.match(name) or (orphan_download and path not in keep)) and not path.is_symlink():
                path.unlink(missing_ok=True)
                removed.append(path)
    return removed


def move_aside(path: Path, companions: tuple[str, ...] = ()) -> Path:
    """Rename an unreadable file to ``<name>.corrupt-<time>`` (kept for inspection, out of the
    way of a fresh one); files named ``<name><suffix>`` for each of ``companions`` go with it."""
    stamp = time.strftime("%Y%m%dT%H%M%S")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    count = 1
    while target.exists():
        count += 1
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{count}")
    os.replace(path, target)
    for suffix in companions:
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            os.replace(companion, target.with_name(target.name + suffix))
    return target
