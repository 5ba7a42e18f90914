"""``Ti.Database`` on the standard library's sqlite3, shaped as the iOS SDK implements it.

Where the files live: ``Library/Private Documents/<name>.sql`` below the app's data folder, the
folder iOS Titanium has used since 1.8 (``open('x')`` is ``x.sql`` there; an absolute path or a
``file:`` URL is used as given, plus ``.sql``).  Connections are in autocommit mode, so every
statement is on disk when ``execute`` returns, as with the SDK's sqlite handle, and an app's own
``BEGIN``/``COMMIT`` work as written.

``execute`` returns a :class:`ResultSet` for a statement that yields columns (``SELECT``,
``PRAGMA``, ``... RETURNING``) and ``undefined`` otherwise: the current SDK's method returns nil
for those, which JavaScriptCore hands to JS as undefined (SDKs before 8.0 returned null).  A
statement sqlite rejects throws a JS ``Error`` ("failed to execute SQL statement: <sqlite's
message>"); the SDK's error carries sqlite's words in ``nativeReason``, and so does this one.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Sequence

from ..js.builtins import Date
from ..js.ops import is_number, to_number, to_str
from ..js.values import JSArray, JSError, undefined
from ..paths import copy_atomically
from .filesystem import Blob, File
from .proxy import Proxy

if TYPE_CHECKING:
    from ..app import App

DATABASE_FOLDER = "Library/Private Documents"
EXTENSION = ".sql"

def _sql_error(reason: str, detail: str) -> JSError:
    """The JS Error the SDK throws: its reason, and sqlite's message (also as ``nativeReason``)."""
    error = JSError(f"{reason}: {detail}")
    error.nativeReason = detail  # type: ignore[attr-defined]  # a JS property of the error, as the SDK sets
    return error


class _Count(int):
    """``fieldCount``: a Number that can also be called, because iOS apps written before SDK 3.3
    call ``rows.fieldCount()`` (the method the SDK had then) while newer ones read the property."""

    def __call__(self) -> int:
        return int(self)


class Database(Proxy):
    """``Ti.Database``: ``open``, ``install`` and the ``FIELD_TYPE_*`` constants."""

    js_class = "Ti.Database"
    # The iOS SDK's DatabaseFieldType enum: UNKNOWN (-1), then STRING, INT, FLOAT, DOUBLE.
    FIELD_TYPE_UNKNOWN, FIELD_TYPE_STRING, FIELD_TYPE_INT, FIELD_TYPE_FLOAT, FIELD_TYPE_DOUBLE = -1, 0, 1, 2, 3

    def open(self, name: Any = undefined) -> "DB":
        return DB(self._app, to_str(name), self._path_for(to_str(name)))

    def install(self, path: Any = undefined, name: Any = undefined) -> "DB":
        """Copy the database at ``path`` (in the read-only Resources folder unless absolute) to
        the app's database folder, unless one named ``name`` is installed already; then open it.
        (iOS resolves a relative path against the running script's folder; the runtime resolves
        it against Resources/, where app.js and most apps' databases are.)"""
        source = self._app.Ti.Filesystem.getFile(to_str(path))
        source_path = Path(source.nativePath)
        if not source_path.is_file():
            raise _sql_error("invalid database install path", to_str(path))
        target = self._path_for(to_str(name))
        if not target.exists():
            copy_atomically(source_path, target)
        return self.open(name)

    def _path_for(self, name: str) -> Path:
        if name.startswith(("/", "file:")):
            # An absolute path, as the SDK allows: kept inside the app's folders like every
            # Ti.Filesystem path (a path outside them raises there).
            file = self._app.Ti.Filesystem.getFile(name + EXTENSION)
            if not file.writable:
                raise _sql_error("couldn't open database", f"{name} is in the read-only Resources folder")
            return Path(file.nativePath)
        if not name or "/" in name or name in (".", ".."):
            raise _sql_error("couldn't open database", f"invalid database name {name!r}")
        return self._app.folder(DATABASE_FOLDER) / (name + EXTENSION)


class DB(Proxy):
    """``Ti.Database.DB``: one open sqlite file."""

    js_class = "Ti.Database.DB"

    def __init__(self, app: "App", name: str, path: Path) -> None:
        super().__init__(app)
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            # One JS thread uses it at a time, but tests may drive the app from another thread.
            connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        except sqlite3.Error as exc:
            raise _sql_error("couldn't open database", f"{name}: {exc}") from None
        object.__setattr__(self, "_name", name)
        object.__setattr__(self, "_path", path)
        object.__setattr__(self, "_connection", connection)
        object.__setattr__(self, "_results", [])

    # -- properties ------------------------------------------------------------------------------
    @property
    def name(self) -> str:
        return self._name

    @property
    def file(self) -> File:
        return File(self._app, self._path)

    @property
    def lastInsertRowId(self) -> int:
        return self._scalar("SELECT last_insert_rowid()")

    @property
    def rowsAffected(self) -> int:
        # sqlite3_changes(), as the SDK reads it: rows changed by the last INSERT/UPDATE/DELETE.
        return self._scalar("SELECT changes()")

    def _scalar(self, query: str) -> int:
        connection: sqlite3.Connection | None = self._connection
        return int(connection.execute(query).fetchone()[0]) if connection is not None else 0

    # -- statements ------------------------------------------------------------------------------
    def execute(self, sql: Any = undefined, *bindings: Any) -> Any:
        # One array is the list of bindings; otherwise the arguments after the SQL are.
        params = list(bindings[0]) if bindings and isinstance(bindings[0], JSArray) else list(bindings)
        result = self._run(to_str(sql), params)
        return undefined if result is None else result

    def executeAll(self, queries: Any = undefined) -> JSArray:
        """Each query in turn (no bindings): a ResultSet or null each.  A failure throws an Error
        with ``index`` (the failing query) and ``results`` (those before it), as the SDK does."""
        results = JSArray()
        for index, sql in enumerate(queries if isinstance(queries, JSArray) else []):
            try:
                result = self._run(to_str(sql), [])
            except JSError as failed:
                error = _sql_error("failed to execute SQL statements", failed.__dict__.get("nativeReason", failed.message))
                error.index = index  # type: ignore[attr-defined]
                error.results = results  # type: ignore[attr-defined]
                raise error from None
            results.append(result)
        return results

    # The async variants run the statement now and call back as a later job: the SDK runs it on a
    # background queue and calls back on the JS thread, so the callback never runs synchronously.
    def executeAsync(self, sql: Any = undefined, *rest: Any) -> None:
        """``executeAsync(sql, ...bindings, callback)``: callback(error, resultSet)."""
        if not rest or not _is_function(rest[-1]):
            raise JSError("callback function must be supplied")
        callback, bindings = rest[-1], rest[:-1]
        self._later(callback, lambda: self.execute(sql, *bindings))

    def executeAllAsync(self, queries: Any = undefined, callback: Any = undefined) -> None:
        if not _is_function(callback):
            raise JSError("callback function must be supplied")
        self._later(callback, lambda: self.executeAll(queries))

    def _later(self, callback: Callable[..., Any], work: Callable[[], Any]) -> None:
        try:
            result = work()
        except JSError as error:
            self._app.call(callback, error, error.__dict__.get("results", undefined))
            return
        self._app.call(callback, undefined, None if result is undefined else result)

    def _run(self, sql: str, params: list[Any]) -> "ResultSet | None":
        connection: sqlite3.Connection | None = self._connection
        if connection is None:
            raise _sql_error("failed to execute SQL statement", "database has been closed")
        statement, rest = _first_statement(sql.strip())
        if rest:
            # sqlite3_prepare compiles the first statement only; iOS silently drops the rest.
            self._app.log("WARN", f"Ti.Database: only the first SQL statement ran; ignored: {rest[:60]}")
        try:
            cursor = connection.execute(statement, [_sql_value(v) for v in params])
            if cursor.description is None:
                return None
            names = [column[0] for column in cursor.description]
            rows = cursor.fetchall()
        except (sqlite3.Error, ValueError, OverflowError) as exc:
            raise _sql_error("failed to execute SQL statement", str(exc)) from None
        result = ResultSet(self._app, self, names, rows)
        self._results.append(result)
        return result

    # -- lifetime --------------------------------------------------------------------------------
    def close(self) -> None:
        """Close the file; on iOS this also closes every ResultSet of this database."""
        for result in list(self._results):
            result.close()
        connection: sqlite3.Connection | None = self._connection
        if connection is not None:
            connection.close()
            object.__setattr__(self, "_connection", None)

    def remove(self) -> None:
        """Delete the database's files (sqlite's journal files too).  As on iOS, the handle is not
        closed first; statements after this fail or write to a file that is gone."""
        for suffix in ("", "-journal", "-wal", "-shm"):
            Path(str(self._path) + suffix).unlink(missing_ok=True)

    def _forget(self, result: "ResultSet") -> None:
        if result in self._results:
            self._results.remove(result)


class ResultSet(Proxy):
    """``Ti.Database.ResultSet``: the rows of one statement (read when it ran), and a cursor.

    As on iOS, ``next()`` past the last row closes the set; a closed set reads as empty
    (``fieldCount``/``rowCount`` 0, ``field()`` undefined)."""

    js_class = "Ti.Database.ResultSet"

    def __init__(self, app: "App", db: DB, names: list[str], rows: list[tuple[Any, ...]]) -> None:
        super().__init__(app)
        object.__setattr__(self, "_db", db)
        object.__setattr__(self, "_names", names)
        # Column lookup by name ignores case, as the SDK's sqlite wrapper lowercases names; the
        # first column of a name wins.
        lookup: dict[str, int] = {}
        for index, name in enumerate(names):
            lookup.setdefault(name.lower(), index)
        object.__setattr__(self, "_lookup", lookup)
        object.__setattr__(self, "_rows", rows)
        object.__setattr__(self, "_index", 0)
        object.__setattr__(self, "_open", True)

    @property
    def validRow(self) -> bool:
        return self._open and self._index < len(self._rows)

    def isValidRow(self) -> bool:
        return self.validRow

    @property
    def rowCount(self) -> int:
        # (The iOS SDK counts by rewinding its cursor on the first read, which moves a half-read
        # set back to its first row; the rows here are read when the statement runs, so the
        # count never moves the cursor.)
        return len(self._rows) if self._open else 0

    @property
    def fieldCount(self) -> _Count:
        return _Count(len(self._names) if self._open else 0)

    def next(self) -> bool:
        if not self._open:
            return False
        object.__setattr__(self, "_index", self._index + 1)
        if self._index >= len(self._rows):
            self.close()
            return False
        return True

    def field(self, index: Any = undefined, type_: Any = undefined) -> Any:
        if not self.validRow:
            return undefined
        column = to_number(index)
        if not (is_number(column) and column == column and 0 <= column < len(self._names)):
            raise JSError(f"Attempted to access out-of-range column index {to_str(index)}")
        return self._value(self._rows[self._index][int(column)], type_)

    def fieldByName(self, name: Any = undefined, type_: Any = undefined) -> Any:
        if not self.validRow:
            return undefined
        column = self._lookup.get(to_str(name).lower())
        if column is None:
            raise JSError(f"Attempted to access unknown result column {to_str(name)}")
        return self._value(self._rows[self._index][column], type_)

    def fieldName(self, index: Any = undefined) -> Any:
        if not self._open:
            return undefined
        column = to_number(index)
        if not (is_number(column) and column == column and 0 <= column < len(self._names)):
            raise JSError(f"Value {to_str(index)} is out of range [0, {len(self._names) - 1}]")
        return self._names[int(column)]

    getFieldName = fieldName  # Android's name for it; some cross-platform apps call it

    def close(self) -> None:
        object.__setattr__(self, "_open", False)
        self._db._forget(self)

    def _value(self, value: Any, type_: Any) -> Any:
        """A column's value as JS sees it: TEXT a String, INTEGER/REAL a Number, BLOB a Ti.Blob,
        NULL null; cast when a FIELD_TYPE_* is given, throwing where the SDK cannot cast."""
        if isinstance(value, bytes):
            value = Blob(self._app, data=value, mime_type="application/octet-stream")
        kind = to_number(type_) if is_number(type_) or isinstance(type_, str) else Database.FIELD_TYPE_UNKNOWN
        if kind == Database.FIELD_TYPE_UNKNOWN or kind != kind:
            return value
        if kind == Database.FIELD_TYPE_STRING:
            return None if value is None else to_str(value)
        number = to_number(value) if not isinstance(value, Blob) else float("nan")
        if kind == Database.FIELD_TYPE_INT:
            if number != number or (isinstance(value, str) and not _is_int_text(value)):
                raise JSError(f"Invalid type passed to function: Couldn't cast from {_kind(value)} to int")
            return int(number)
        if number != number:
            name = "float" if kind == Database.FIELD_TYPE_FLOAT else "double"
            raise JSError(f"Invalid type passed to function: Couldn't cast from {_kind(value)} to {name}")
        return float(number)


def _is_function(value: Any) -> bool:
    return callable(value) and value is not undefined and not isinstance(value, Proxy)


def _first_statement(sql: str) -> tuple[str, str]:
    """The first complete SQL statement of ``sql`` and the rest (stripped)."""
    start = 0
    while True:
        semicolon = sql.find(";", start)
        if semicolon < 0:
            return sql, ""
        if sqlite3.complete_statement(sql[: semicolon + 1]):
            return sql[: semicolon + 1], sql[semicolon + 1:].strip()
        start = semicolon + 1


def _sql_value(value: Any) -> Any:
    """A JS binding as sqlite stores it, as the SDK converts one (a Date is its seconds since
    1970, a Blob its bytes, other objects their string form)."""
    if value is None or value is undefined:
        return None
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, (int, float, str)):
        return value
    if isinstance(value, Blob):
        return value.js_bytes()
    if isinstance(value, Date):
        return value.getTime() / 1000
    return to_str(value)


def _is_int_text(text: str) -> bool:
    stripped = text.strip()
    return stripped.lstrip("+-").isdigit()


def _kind(value: Any) -> str:
    names: Sequence[tuple[type, str]] = ((str, "NSString"), (Blob, "TiBlob"), (type(None), "NSNull"))
    return next((name for kind, name in names if isinstance(value, kind)), "NSNumber")


__all__ = ["DB", "Database", "ResultSet", "DATABASE_FOLDER"]
