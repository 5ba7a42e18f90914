"""``Ti.Network``: push registration with a local device token, and HTTPClient."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..js.values import JSObject, undefined
from .http_client import HTTPClient
from .proxy import Proxy

if TYPE_CHECKING:
    from ..app import App


class Network(Proxy):
    js_class = "Ti.Network"

    # UIRemoteNotificationType bit values (Apple's; Titanium's own numbers are not verified).
    NOTIFICATION_TYPE_BADGE = 1
    NOTIFICATION_TYPE_SOUND = 2
    NOTIFICATION_TYPE_ALERT = 4
    NOTIFICATION_TYPE_NEWSSTAND = 8
    online = True
    networkType = 1  # NETWORK_WIFI
    NETWORK_NONE, NETWORK_WIFI, NETWORK_MOBILE, NETWORK_LAN, NETWORK_UNKNOWN = 0, 1, 2, 3, 4

    def __init__(self, app: "App") -> None:
        super().__init__(app)
        object.__setattr__(self, "_push_config", None)

    @property
    def remoteNotificationsEnabled(self) -> bool:
        return self._push_config is not None

    @property
    def remoteDeviceUUID(self) -> Any:
        return self._app.device_token if self._push_config is not None else undefined

    def registerForPushNotifications(self, config: Any) -> None:
        object.__setattr__(self, "_push_config", config if isinstance(config, JSObject) else JSObject())
        success = self._push_config.success
        if callable(success) and success is not undefined:
            self._app.call(success, JSObject(type="remote", deviceToken=self._app.device_token, success=True, code=0))

    def unregisterForPushNotifications(self) -> None:
        object.__setattr__(self, "_push_config", None)

    def _push_callback(self) -> Any:
        """The ``callback`` the app registered for received pushes, if any (runtime side)."""
        if self._push_config is None:
            return None
        callback = self._push_config.callback
        return callback if callable(callback) and callback is not undefined else None

    HTTPClient = HTTPClient  # Ti.Network.HTTPClient.DONE and the other readyState constants

    def createHTTPClient(self, props: Any = undefined) -> Any:
        return HTTPClient(self._app, props)
