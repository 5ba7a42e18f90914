"""``ti.cloud``: push-channel subscriptions kept in a local registry (no account, no network).

The registry is ``$TI2PY_HOME/push-registry.json`` (channel name -> device tokens), shared by
every app on this machine so that ``ti2py push --channel NAME`` finds the devices of a channel.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..js.values import JSObject, undefined
from ..paths import read_json, ti2py_home, write_json
from ..ti.proxy import Namespace, Proxy

if TYPE_CHECKING:
    from ..app import App


def registry_path() -> Path:
    return ti2py_home() / "push-registry.json"


def load_registry(path: Path) -> dict[str, list[str]]:
    registry = read_json(path, {})
    return registry if isinstance(registry, dict) else {}


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
        path = registry_path()
        registry = load_registry(path)
        tokens = registry.setdefault(channel, [])
        if subscribe and token not in tokens:
            tokens.append(token)
        elif not subscribe and token in tokens:
            tokens.remove(token)
        write_json(path, registry)
        self._respond(callback, JSObject(success=True, error=False, code=200, meta=JSObject(code=200, status="ok")))

    def subscribeToken(self, params: Any = undefined, callback: Any = undefined) -> None:
        self._change(params, callback, subscribe=True, needs_login=False)

    def unsubscribeToken(self, params: Any = undefined, callback: Any = undefined) -> None:
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
