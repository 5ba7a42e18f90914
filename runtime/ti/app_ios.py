"""``Ti.App.iOS``: background events, completion handlers, fetch interval, local notifications.

The scheduling state (fetch interval, pending completion handlers, push registration) is the
simulated device's (runtime/device.py): these methods check their arguments as the SDK does and
call the device."""

from __future__ import annotations

import calendar
import os
import time
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, Callable

from ..js.ops import is_number, to_str
from ..device import FETCH_INTERVAL_MIN, FETCH_INTERVAL_NEVER
from ..js.values import JSArray, JSObject, JSTypeError, undefined
from .proxy import Proxy

if TYPE_CHECKING:
    from ..app import App
    from ..loop import Timer

# Events that need a UIBackgroundModes entry; without it the device logs an error and installs
# no observer (the SDK's TiAppiOSProxy does so when a listener is added).
_MODE_FOR_EVENT = {"backgroundfetch": "fetch", "silentpush": "remote-notification"}


REPEATS = ("daily", "weekly", "monthly", "yearly")


def _next_occurrence(due: float, repeat: str) -> float:
    """The next time a repeating notification fires, in the local calendar (as iOS repeats)."""
    moment = datetime.fromtimestamp(due).astimezone()
    if repeat == "daily":
        return (moment + timedelta(days=1)).timestamp()
    if repeat == "weekly":
        return (moment + timedelta(weeks=1)).timestamp()
    month = moment.month + (1 if repeat == "monthly" else 12)
    year = moment.year + (month - 1) // 12
    month = (month - 1) % 12 + 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day).timestamp()


def local_timezone() -> str:
    """The IANA name of the machine's time zone (what ``NSTimeZone.defaultTimeZone.name`` gives
    on a device), from ``TZ`` or ``/etc/localtime``; "UTC" when neither names one."""
    name = os.environ.get("TZ", "").lstrip(":")
    if "/" in name or name == "UTC":
        return name
    try:
        target = os.path.realpath("/etc/localtime")
    except OSError:
        return "UTC"
    return target.split("zoneinfo/", 1)[1] if "zoneinfo/" in target else "UTC"


class LocalNotification(Proxy):
    js_class = "Ti.App.iOS.LocalNotification"

    def __init__(self, app: "App", params: JSObject, timer: "Timer | None") -> None:
        super().__init__(app)
        object.__setattr__(self, "_params", params)
        object.__setattr__(self, "_timer", timer)
        object.__setattr__(self, "_pending", True)

    def cancel(self) -> None:
        timer = self.__dict__.get("_timer")
        if timer is not None:
            timer.cancel()
        object.__setattr__(self, "_pending", False)

    def _identifier(self) -> str:
        given = self._params.identifier
        return to_str(given) if given is not undefined and given is not None else "notification"

    def _describe(self) -> JSObject:
        """The notification as the SDK describes a request (``getPendingNotifications``, the
        ``notification`` event): content fields null when unset, the local time zone's name,
        the ``identifier`` (the SDK's default is "notification") and the next ``date``."""
        from ..js.builtins import Date

        params = self._params
        info = JSObject(timezone=local_timezone())
        for key in ("alertBody", "alertTitle", "alertSubtitle", "alertLaunchImage", "badge", "category", "sound"):
            value = params[key]
            if value is not undefined or key not in ("sound",):
                info[key] = None if value is undefined else value
        info["userInfo"] = params.userInfo if isinstance(params.userInfo, JSObject) else JSObject()
        info["identifier"] = self._identifier()
        due = self.__dict__.get("_next_due")
        if due is not None:
            info["date"] = Date(due * 1000)
        return info


class AppiOS(Proxy):
    js_class = "Ti.App.iOS"

    BACKGROUNDFETCHINTERVAL_MIN = FETCH_INTERVAL_MIN  # (UIKit's values: runtime/device.py)
    BACKGROUNDFETCHINTERVAL_NEVER = FETCH_INTERVAL_NEVER
    # UIBackgroundFetchResult values.
    FETCH_NEWDATA = 0
    FETCH_NODATA = 1
    FETCH_FAILED = 2

    def __init__(self, app: "App") -> None:
        super().__init__(app)
        # The runtime's state, kept under names JS cannot reach.
        object.__setattr__(self, "_notifications", [])
        object.__setattr__(self, "_delivered", [])
        object.__setattr__(self, "UserNotificationCenter", UserNotificationCenter(app, self))

    # -- listeners with the device's mode check ----------------------------------------------------
    def addEventListener(self, name: str, callback: Callable[..., Any]) -> None:
        mode = _MODE_FOR_EVENT.get(name)
        if mode is not None and mode not in self._app.background_modes:
            self._app.log(
                "ERROR",
                f"Cannot add {name} eventListener: the UIBackgroundModes key in tiapp.xml must contain "
                f"'{mode}'",
            )
            return
        super().addEventListener(name, callback)

    # -- background completion handlers (the device keeps them) -------------------------------------
    def endBackgroundHandler(self, handler_id: Any) -> None:
        if not isinstance(handler_id, str):
            raise JSTypeError("Invalid type passed to function. expected: String")
        if not self._app.device.end_handler(handler_id):
            self._app.log(
                "ERROR",
                f"The specified completion handler with ID = {handler_id} has already expired or "
                "removed from the system",
            )

    # -- background fetch ----------------------------------------------------------------------
    def setMinimumBackgroundFetchInterval(self, seconds: Any) -> None:
        if not is_number(seconds):
            raise JSTypeError("Invalid type passed to function. expected: Number")
        self._app.device.set_fetch_interval(float(seconds))

    # -- local notifications -------------------------------------------------------------------
    def scheduleLocalNotification(self, params: Any) -> Any:
        if not isinstance(params, JSObject):
            raise JSTypeError("Invalid type passed to function. expected: Object")
        date = params.date
        if date is undefined and params.region is undefined:
            self._app.log("ERROR", 'Notifications in iOS 10 require the "date" or "region" property')
            return undefined
        due_ms = date.getTime() if hasattr(date, "getTime") else float(date) if is_number(date) else None
        if due_ms is None:
            raise JSTypeError("Invalid type passed to function. expected: Date or Number")
        repeat = to_str(params.repeat) if params.repeat is not undefined else None
        if repeat is not None and repeat not in REPEATS:
            self._app.log("WARN", f"Unknown notification repeat {repeat!r}; use daily, weekly, monthly or yearly")
            repeat = None
        delay = max(0.0, due_ms / 1000 - time.time())
        # A date at or before "now" fires at once, as UILocalNotification did; the modern SDK's
        # calendar trigger may never fire such a date on a device (not verified on a device).
        note = LocalNotification(self._app, params, None)
        if params.identifier is not undefined:  # a request with the same identifier replaces it
            for other in self._pending_notifications():
                if other._identifier() == note._identifier():
                    other.cancel()
        self._schedule(note, delay, due_ms / 1000, repeat, keeps_alive=True)
        self._notifications.append(note)
        return note

    def _pending_notifications(self) -> list[LocalNotification]:
        return [n for n in self._notifications if n.__dict__.get("_pending")]

    def cancelLocalNotification(self, which: Any = undefined) -> None:
        """Cancel the pending notification(s) whose ``identifier`` (iOS 10 and later) or
        ``userInfo.id`` (earlier SDKs, and apps written for them) is ``which``."""
        for note in self._pending_notifications():
            user_info = note._params.userInfo
            own_id = user_info.id if isinstance(user_info, JSObject) else undefined
            if note._identifier() == to_str(which) or (own_id is not undefined and (own_id == which or to_str(own_id) == to_str(which))):
                note.cancel()

    def cancelLocalNotifications(self, which: Any = undefined) -> None:
        """Each of an array of ids (a single id works too)."""
        for item in which if isinstance(which, list) else [which]:
            self.cancelLocalNotification(item)

    def cancelAllLocalNotifications(self) -> None:
        for note in self._pending_notifications():
            note.cancel()

    def _schedule(self, note: LocalNotification, delay: float, due: float, repeat: str | None, keeps_alive: bool) -> None:
        def fire() -> None:
            self._deliver_notification(note)
            if repeat is None:
                object.__setattr__(note, "_pending", False)
                self._delivered.append(note)
            else:
                following = _next_occurrence(due, repeat)
                # Later repeats do not keep a run alive: a daily reminder would never let it end.
                self._schedule(note, following - time.time(), following, repeat, keeps_alive=False)

        object.__setattr__(note, "_timer", self._app.loop.call_later(delay, fire, keeps_alive=keeps_alive))
        object.__setattr__(note, "_next_due", due)

    def _deliver_notification(self, note: LocalNotification) -> None:
        body = note._params.alertBody
        self._app.log("NOTIFICATION", "" if body is undefined else to_str(body))
        if self._app.state == "foreground":
            # As the SDK's willPresentNotification: the request's description (date, timezone,
            # identifier, userInfo with the app's own id...), fired on Ti.App.iOS.
            self._app.device.fire("notification", note._describe())

    def registerUserNotificationSettings(self, settings: Any = undefined) -> None:
        self._app.device.fire("usernotificationsettings", JSObject(types=getattr(settings, "types", undefined)))

    # UIUserNotificationType / UNAuthorizationOptions bits, and the UserNotifications enums, as
    # Numbers (apps OR the types together: TYPE_ALERT | TYPE_SOUND).
    USER_NOTIFICATION_TYPE_NONE, USER_NOTIFICATION_TYPE_BADGE = 0, 1
    USER_NOTIFICATION_TYPE_SOUND, USER_NOTIFICATION_TYPE_ALERT = 2, 4
    USER_NOTIFICATION_TYPE_CAR_PLAY, USER_NOTIFICATION_TYPE_CRITICAL_ALERT = 8, 16
    USER_NOTIFICATION_TYPE_PROVISIONAL = 64
    USER_NOTIFICATION_ACTIVATION_MODE_FOREGROUND, USER_NOTIFICATION_ACTIVATION_MODE_BACKGROUND = 0, 1
    USER_NOTIFICATION_BEHAVIOR_DEFAULT, USER_NOTIFICATION_BEHAVIOR_TEXTINPUT = 0, 1
    USER_NOTIFICATION_AUTHORIZATION_STATUS_NOT_DETERMINED, USER_NOTIFICATION_AUTHORIZATION_STATUS_DENIED = 0, 1
    USER_NOTIFICATION_AUTHORIZATION_STATUS_AUTHORIZED, USER_NOTIFICATION_AUTHORIZATION_STATUS_PROVISIONAL = 2, 3
    USER_NOTIFICATION_SETTING_NOT_SUPPORTED, USER_NOTIFICATION_SETTING_DISABLED = 0, 1
    USER_NOTIFICATION_SETTING_ENABLED = 2
    USER_NOTIFICATION_ALERT_STYLE_NONE, USER_NOTIFICATION_ALERT_STYLE_BANNER = 0, 1
    USER_NOTIFICATION_ALERT_STYLE_ALERT = 2

    def __getattr__(self, name: str) -> Any:
        # Other constants not modelled: kept by name.
        if name.isupper():
            return f"Ti.App.iOS.{name}"
        return super().__getattr__(name)


class UserNotificationCenter(Proxy):
    """``Ti.App.iOS.UserNotificationCenter``: the app's pending and delivered local
    notifications, described as the SDK does, and its settings (authorized: a simulated user
    who allowed notifications)."""

    js_class = "Ti.App.iOS.UserNotificationCenter"

    def __init__(self, app: "App", ios: AppiOS) -> None:
        super().__init__(app)
        object.__setattr__(self, "_ios", ios)

    def _answer(self, callback: Any, payload: JSObject) -> None:
        if callable(callback) and callback is not undefined:
            self._app.call(callback, payload)

    def getPendingNotifications(self, callback: Any = undefined) -> None:
        notes = [n._describe() for n in self._ios._pending_notifications()]
        self._answer(callback, JSObject(notifications=JSArray(notes)))

    def getDeliveredNotifications(self, callback: Any = undefined) -> None:
        notes = [n._describe() for n in self._ios._delivered]
        self._answer(callback, JSObject(notifications=JSArray(notes)))

    def removePendingNotifications(self, notifications: Any = undefined) -> None:
        """The pending requests whose ``identifier`` one of ``notifications`` has; all of them
        without an argument or with an empty array."""
        wanted = {to_str(n.identifier) for n in notifications if isinstance(n, JSObject)} if isinstance(notifications, list) else set()
        for note in self._ios._pending_notifications():
            if not wanted or note._identifier() in wanted:
                note.cancel()

    def removeDeliveredNotifications(self, notifications: Any = undefined) -> None:
        wanted = {to_str(n.identifier) for n in notifications if isinstance(n, JSObject)} if isinstance(notifications, list) else set()
        self._ios._delivered[:] = [n for n in self._ios._delivered if wanted and n._identifier() not in wanted]

    def requestUserNotificationSettings(self, callback: Any = undefined) -> None:
        ios = self._ios
        enabled = ios.USER_NOTIFICATION_SETTING_ENABLED
        self._answer(callback, JSObject(
            authorizationStatus=ios.USER_NOTIFICATION_AUTHORIZATION_STATUS_AUTHORIZED, soundSetting=enabled,
            badgeSetting=enabled, alertSetting=enabled, notificationCenterSetting=enabled,
            lockScreenSetting=enabled, carPlaySetting=ios.USER_NOTIFICATION_SETTING_NOT_SUPPORTED,
            alertStyle=ios.USER_NOTIFICATION_ALERT_STYLE_BANNER, showPreviewsSetting=enabled,
            criticalAlertSetting=ios.USER_NOTIFICATION_SETTING_NOT_SUPPORTED, providesAppNotificationSettings=False))
