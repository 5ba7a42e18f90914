"""``Ti.App.Properties``: typed key/value storage persisted in the app's data folder."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from ..js.json_codec import JSON
from ..js.values import JSArray
from ..paths import write_atomically
from .proxy import Proxy

if TYPE_CHECKING:
    from ..app import App


class Properties(Proxy):
    js_class = "Ti.App.Properties"

    def __init__(self, app: "App") -> None:
        super().__init__(app)
        path = app.data_dir / "properties.json"
        object.__setattr__(self, "_path", path)
        store = json.loads(path.read_text()) if path.is_file() else {}
        object.__setattr__(self, "_store", store)

    def _save(self) -> None:
        write_atomically(self._path, json.dumps(self._store, sort_keys=True))

    def _get(self, key: str, default: Any) -> Any:
        return self._store.get(key, default)

    def _set(self, key: str, value: Any) -> None:
        self._store[key] = value
        self._save()

    def getString(self, key: str, default: Any = None) -> Any:  # noqa: N802
        return self._get(key, default)

    def setString(self, key: str, value: Any) -> None:  # noqa: N802
        self._set(key, str(value))

    getInt = getDouble = getBool = getString

    def setInt(self, key: str, value: Any) -> None:  # noqa: N802
        self._set(key, int(value))

    def setDouble(self, key: str, value: Any) -> None:  # noqa: N802
        self._set(key, float(value))

    def setBool(self, key: str, value: Any) -> None:  # noqa: N802
        self._set(key, bool(value))

    def getObject(self, key: str, default: Any = None) -> Any:  # noqa: N802
        text = self._store.get(key)
        return default if text is None else JSON.parse(text)

    def setObject(self, key: str, value: Any) -> None:  # noqa: N802
        self._set(key, JSON.stringify(value))

    getList, setList = getObject, setObject

    def hasProperty(self, key: str) -> bool:  # noqa: N802
        return key in self._store

    def removeProperty(self, key: str) -> None:  # noqa: N802
        if self._store.pop(key, None) is not None:
            self._save()

    def listProperties(self) -> JSArray:  # noqa: N802
        return JSArray(sorted(self._store))
