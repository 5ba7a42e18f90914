"""Download tasks kept in the app's data folder (SQLite), so transfers outlive the process.

One row per download task that has not yet been delivered to the app: its session identifier,
task identifier, URL, partial file, expected size and validator (ETag or Last-Modified, for
``If-Range``), and state: ``running`` (bytes may still be missing) or ``finished`` (the file is
complete; its events were not delivered yet).  Rows are removed once the app has seen the task's
``sessioncompleted``.  One connection in WAL mode, shared by the network and app threads under a
lock, with ``synchronous=NORMAL``: a commit is a write to the WAL, which survives the process
being killed (what resuming needs), without an fsync per commit.  (Each fsync waited for the disk
to take the download's own dirty pages: 20-350 ms per update on a busy disk, several per task.
A power cut may lose the last commits, never the database; a download's file is not synced
either.)
A file that is not a readable database (truncated, overwritten) is moved aside with a warning
and a fresh one is started: its transfers are lost, the app is not.
"""

from __future__ import annotations

import sqlite3
import threading
import weakref
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from .paths import move_aside

SCHEMA = """
CREATE TABLE IF NOT EXISTS tasks (
    session_id TEXT NOT NULL,
    task_id INTEGER NOT NULL,
    url TEXT NOT NULL,
    partial TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'running',
    status INTEGER NOT NULL DEFAULT 0,
    expected INTEGER NOT NULL DEFAULT 0,
    validator TEXT,
    PRIMARY KEY (session_id, task_id)
);
CREATE TABLE IF NOT EXISTS sessions (
    session_id TEXT PRIMARY KEY,
    last_task_id INTEGER NOT NULL DEFAULT 0
);
"""


@dataclass
class StoredTask:
    session_id: str
    task_id: int
    url: str
    partial: Path
    state: str
    status: int
    expected: int
    validator: str | None


class TransferStore:
    def __init__(self, path: Path, warn: Callable[[str], None] = lambda message: None) -> None:
        self.path = path
        self._lock = threading.Lock()
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._open()
        except sqlite3.DatabaseError as exc:
            aside = move_aside(path, companions=("-wal", "-shm"))
            warn(f"{path.name} could not be read ({exc}); moved aside to {aside.name}, its transfers are lost")
            self._open()

    def _open(self) -> None:
        db = sqlite3.connect(self.path, timeout=10, isolation_level=None, check_same_thread=False)
        try:
            # The set-up goes unsynced (on a new file the WAL switch alone took 15-25 ms of
            # fsyncs): it changes nothing in a store set up before, and a new file it left damaged
            # would hold nothing to lose (it is moved aside at the next open).
            db.execute("PRAGMA synchronous=OFF")
            db.execute("PRAGMA journal_mode=WAL")
            db.executescript(SCHEMA)
            db.execute("PRAGMA synchronous=NORMAL")
            # A damaged page is found here, at start, not by a failing query in the middle of a run.
            if db.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise sqlite3.DatabaseError("the database is damaged")
        except BaseException:
            db.close()
            raise
        self._db = db
        # Closed when the store is no longer used, or at exit: the WAL is then copied into the
        # database file (a killed process leaves it for the next run to read).
        self._closer = weakref.finalize(self, db.close)

    def close(self) -> None:
        self._closer()

    def _run(self, sql: str, *args: object) -> list[tuple]:
        with self._lock:
            return self._db.execute(sql, args).fetchall()

    def next_task_id(self, session_id: str) -> int:
        """Task identifiers continue across runs, so a re-attached task keeps its number."""
        rows = self._run("SELECT last_task_id FROM sessions WHERE session_id = ?", session_id)
        last = rows[0][0] if rows else 0
        self._run("INSERT INTO sessions (session_id, last_task_id) VALUES (?, ?) "
                  "ON CONFLICT(session_id) DO UPDATE SET last_task_id = excluded.last_task_id", session_id, last + 1)
        return last + 1

    def add(self, session_id: str, task_id: int, url: str, partial: Path) -> None:
        self._run("INSERT OR REPLACE INTO tasks (session_id, task_id, url, partial) VALUES (?, ?, ?, ?)",
                  session_id, task_id, url, str(partial))

    def update(self, session_id: str, task_id: int, **fields: object) -> None:
        columns = ", ".join(f"{name} = ?" for name in fields)
        self._run(f"UPDATE tasks SET {columns} WHERE session_id = ? AND task_id = ?",  # fixed names
                  *fields.values(), session_id, task_id)

    def remove(self, session_id: str, task_id: int) -> None:
        self._run("DELETE FROM tasks WHERE session_id = ? AND task_id = ?", session_id, task_id)

    def partial_files(self) -> set[Path]:
        """Every persisted task's file (what the start-up clean-up must keep)."""
        return {Path(row[0]) for row in self._run("SELECT partial FROM tasks")}

    def pending(self, session_id: str) -> list[StoredTask]:
        rows = self._run("SELECT session_id, task_id, url, partial, state, status, expected, validator FROM tasks "
                         "WHERE session_id = ? ORDER BY task_id", session_id)
        return [StoredTask(r[0], r[1], r[2], Path(r[3]), r[4], r[5], r[6], r[7]) for r in rows]
