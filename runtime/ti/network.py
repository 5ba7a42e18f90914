"""``Ti.Network``: push registration with a local device token, and HTTPClient."""

from __future__ import annotations

from typing import Any

from ..js.values import JSObject, undefined
from .http_client import HTTPClient
from .proxy import Proxy


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

    # The push registration is the simulated device's (runtime/device.py).
    @property
    def remoteNotificationsEnabled(self) -> bool:
        return self._app.device.push_registered

    @property
    def remoteDeviceUUID(self) -> Any:
        return self._app.device_token if self._app.device.push_registered else undefined

    def registerForPushNotifications(self, config: Any) -> None:
        registration = config if isinstance(config, JSObject) else JSObject()
        self._app.device.register_push(registration)
        success = registration.success
        if callable(success) and success is not undefined:
            self._app.call(success, JSObject(type="remote", deviceToken=self._app.device_token, success=True, code=0))

    def unregisterForPushNotifications(self) -> None:
        self._app.device.unregister_push()

    HTTPClient = HTTPClient  # Ti.Network.HTTPClient.DONE and the other readyState constants

    def createHTTPClient(self, props: Any = undefined) -> Any:
        return HTTPClient(self._app, props)
