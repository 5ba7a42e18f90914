"""``ti.cloud``: push-channel subscriptions kept in a local registry (no account, no network).

The registry is ``push-registry.json`` in the app's data folder: channel name -> device tokens.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..js.values import JSObject, undefined
from ..ti.proxy import Namespace, Proxy

if TYPE_CHECKING:
    from ..app import App


def registry_path(app: "App") -> Path:
    return app.data_dir / "push-registry.json"


def load_registry(path: Path) -> dict[str, list[str]]:
    return json.loads(path.read_text()) if path.is_file() else {}


def _save_registry(path: Path, registry: dict[str, list[str]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    partial.write_text(json.dumps(registry, indent=1, sort_keys=True))
    os.replace(partial, path)


class PushNotifications(Proxy):
    js_class = "Cloud.PushNotifications"

    def _respond(self, callback: Any, payload: JSObject) -> None:
        if callable(callback) and callback is not undefined:
            self._app.call(callback, payload)

    def _change(self, params: Any, callback: Any, subscribe: bool, needs_login: bool) -> None:
        token = getattr(params, "device_token", undefined)
        channel = getattr(params, "channel", undefined)
        if needs_login and not self._app.Ti.App.Properties.hasProperty("ti2py.cloud.user"):
            self._respond(callback, JSObject(success=False, error=True, code=401,
                                             message="You need to sign in or sign up before continuing."))
            return
        if not isinstance(token, str) or not token or not isinstance(channel, str) or not channel:
            self._respond(callback, JSObject(success=False, error=True, code=400,
                                             message="Missing required parameter: device_token and channel"))
            return
        path = registry_path(self._app)
        registry = load_registry(path)
        tokens = registry.setdefault(channel, [])
        if subscribe and token not in tokens:
            tokens.append(token)
        elif not subscribe and token in tokens:
            tokens.remove(token)
        _save_registry(path, registry)
        self._respond(callback, JSObject(success=True, error=False, code=200, meta=JSObject(code=200, status="ok")))

    def subscribeToken(self, params: Any = undefined, callback: Any = undefined) -> None:  # noqa: N802
        self._change(params, callback, subscribe=True, needs_login=False)

    def unsubscribeToken(self, params: Any = undefined, callback: Any = undefined) -> None:  # noqa: N802
        self._change(params, callback, subscribe=False, needs_login=False)

    def subscribe(self, params: Any = undefined, callback: Any = undefined) -> None:
        # The real service needs a logged-in Cloud user; locally any token may subscribe.
        self._change(params, callback, subscribe=True, needs_login=False)

    def unsubscribe(self, params: Any = undefined, callback: Any = undefined) -> None:
        self._change(params, callback, subscribe=False, needs_login=False)


class CloudModule(Namespace):
    js_class = "ti.cloud"

    def __init__(self, app: "App") -> None:
        super().__init__(app, "Cloud")
        object.__setattr__(self, "PushNotifications", PushNotifications(app))
