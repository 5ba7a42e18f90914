"""``Ti.App.Properties``: typed key/value storage persisted in the app's data folder.

Values convert as the SDK converts them: ``setString`` stores JS's ``String(value)`` ("true",
"1", not Python's "True", "1.0"), ``setInt`` the integer part of ``Number(value)``, ``setDouble``
the number, ``setBool`` the value's truthiness, ``setObject`` the JSON text.  A write is
applied only once it is on disk, so a write that fails (a value with no JSON form, a full disk)
leaves the store as it was and every later write works.  A ``properties.json`` that cannot be
read is moved aside with a warning and the app starts with no properties.
"""

from __future__ import annotations

import json
import math
from typing import TYPE_CHECKING, Any

from ..js.json_codec import JSON
from ..js.ops import to_number, to_str, truthy
from ..js.values import JSArray, undefined
from ..paths import move_aside, write_atomically
from .proxy import Proxy

if TYPE_CHECKING:
    from ..app import App

_MISSING = object()


class Properties(Proxy):
    js_class = "Ti.App.Properties"

    def __init__(self, app: "App") -> None:
        super().__init__(app)
        path = app.data_dir / "properties.json"
        object.__setattr__(self, "_path", path)
        object.__setattr__(self, "_store", self._load())

    def _load(self) -> dict[str, Any]:
        if not self._path.is_file():
            return {}
        try:
            store = json.loads(self._path.read_text(encoding="utf-8"))
            if not isinstance(store, dict):
                raise ValueError("not a JSON object")
            return store
        except (OSError, ValueError) as exc:  # (UnicodeDecodeError and JSONDecodeError are ValueErrors)
            aside = move_aside(self._path)
            self._app.log("WARN", f"properties.json could not be read ({exc}); moved aside to {aside.name}, "
                                  "the app starts with no properties")
            return {}

    def _get(self, key: Any, default: Any) -> Any:
        return self._store.get(to_str(key), default)

    def _set(self, key: Any, value: Any) -> None:
        """Store ``value``: the new store is written first, and kept only if that worked."""
        store = {**self._store, to_str(key): value}
        self._commit(store)

    def _commit(self, store: dict[str, Any]) -> None:
        try:
            write_atomically(self._path, json.dumps(store, sort_keys=True))
        except OSError as exc:
            self._app.log("ERROR", f"Ti.App.Properties: could not save ({exc.strerror or exc}); the change is lost")
            return
        object.__setattr__(self, "_store", store)

    def getString(self, key: str, default: Any = None) -> Any:
        return self._get(key, default)

    def setString(self, key: str, value: Any) -> None:
        self._set(key, to_str(value))

    getInt = getDouble = getBool = getString

    def setInt(self, key: str, value: Any) -> None:
        number = to_number(value)
        self._set(key, int(number) if math.isfinite(number) else 0)  # (NSInteger of NaN/Infinity: 0)

    def setDouble(self, key: str, value: Any) -> None:
        number = to_number(value)
        # JSON has no NaN/Infinity; the SDK's NSUserDefaults would keep them (UNVERIFIED), we keep 0.
        self._set(key, number if math.isfinite(number) else 0)

    def setBool(self, key: str, value: Any) -> None:
        self._set(key, truthy(value))

    def getObject(self, key: str, default: Any = None) -> Any:
        text = self._store.get(to_str(key))
        if not isinstance(text, str):
            return default
        try:
            return JSON.parse(text)
        except Exception:  # a hand-edited value: as missing
            return default

    def setObject(self, key: str, value: Any) -> None:
        text = JSON.stringify(value)  # (a cycle throws TypeError here, before anything is stored)
        if text is undefined:
            self._app.log("WARN", f"Ti.App.Properties.setObject('{to_str(key)}'): {to_str(value)} has no JSON "
                                  "form; nothing was stored")
            return
        self._set(key, text)

    getList, setList = getObject, setObject

    def hasProperty(self, key: str) -> bool:
        return to_str(key) in self._store

    def removeProperty(self, key: str) -> None:
        if self._store.get(to_str(key), _MISSING) is not _MISSING:
            self._commit({k: v for k, v in self._store.items() if k != to_str(key)})

    def listProperties(self) -> JSArray:
        return JSArray(sorted(self._store))
