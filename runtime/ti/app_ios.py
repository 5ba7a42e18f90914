"""``Ti.App.iOS``: background events, completion handlers, fetch interval, local notifications."""

from __future__ import annotations

import calendar
import sys
import time
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, Callable

from ..js.ops import is_number, to_str
from ..js.values import JSObject, JSTypeError, undefined
from .proxy import Proxy

if TYPE_CHECKING:
    from ..app import App
    from ..loop import Timer

# Events that need a UIBackgroundModes entry; without it the device logs an error and installs
# no observer (reference §3, TiAppiOSProxy _listenerAdded).
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


class LocalNotification(Proxy):
    js_class = "Ti.App.iOS.LocalNotification"

    def __init__(self, app: "App", params: JSObject, timer: "Timer | None") -> None:
        super().__init__(app)
        object.__setattr__(self, "_params", params)
        object.__setattr__(self, "_timer", timer)

    def cancel(self) -> None:
        timer = self.__dict__.get("_timer")
        if timer is not None:
            timer.cancel()


class AppiOS(Proxy):
    js_class = "Ti.App.iOS"

    # UIApplicationBackgroundFetchIntervalMinimum is 0.0 and ...Never is DBL_MAX in UIKit
    # (reference §3 marks the numbers UNVERIFIED; these are Apple's documented values).
    BACKGROUNDFETCHINTERVAL_MIN = 0.0
    BACKGROUNDFETCHINTERVAL_NEVER = sys.float_info.max
    # UIBackgroundFetchResult values.
    FETCH_NEWDATA = 0
    FETCH_NODATA = 1
    FETCH_FAILED = 2

    def __init__(self, app: "App") -> None:
        super().__init__(app)
        # iOS's default fetch interval is "never": apps must set one (reference §3).
        object.__setattr__(self, "fetch_interval", self.BACKGROUNDFETCHINTERVAL_NEVER)
        object.__setattr__(self, "pending_handlers", {})
        object.__setattr__(self, "expired_handlers", 0)
        object.__setattr__(self, "notifications", [])

    # -- listeners with the device's mode check ----------------------------------------------------
    def addEventListener(self, name: str, callback: Callable[..., Any]) -> None:  # noqa: N802
        mode = _MODE_FOR_EVENT.get(name)
        if mode is not None and mode not in self._app.background_modes:
            self._app.log(
                "ERROR",
                f"Cannot add {name} eventListener: the UIBackgroundModes key in tiapp.xml must contain "
                f"'{mode}'",
            )
            return
        super().addEventListener(name, callback)

    def fire(self, name: str, payload: JSObject | dict[str, Any]) -> None:
        """Queue a native event to the app's listeners (runtime side)."""
        self._app.dispatch(self, name, payload)

    # -- background completion handlers --------------------------------------------------------
    def begin_handler(self, prefix: str) -> str:
        """Store a completion handler as iOS does and return its ``<prefix>-<unix time %f>`` id."""
        stamp = time.time()
        handler_id = f"{prefix}-{stamp:f}"
        while handler_id in self.pending_handlers:
            stamp += 0.000001
            handler_id = f"{prefix}-{stamp:f}"
        timer = self._app.loop.call_later(
            self._app.handler_budget, lambda: self._expire(handler_id), keeps_alive=False
        )
        self.pending_handlers[handler_id] = timer
        return handler_id

    def _expire(self, handler_id: str) -> None:
        if self.pending_handlers.pop(handler_id, None) is not None:
            object.__setattr__(self, "expired_handlers", self.expired_handlers + 1)
            # The SDK's 29 s timer calls the handler with UIBackgroundFetchResultFailed.
            self._app.log(
                "WARN",
                f"Background handler {handler_id} was not ended with Ti.App.iOS.endBackgroundHandler "
                f"within {self._app.handler_budget:g} s; iOS calls it with UIBackgroundFetchResultFailed",
            )

    def endBackgroundHandler(self, handler_id: Any) -> None:  # noqa: N802
        if not isinstance(handler_id, str):
            raise JSTypeError("Invalid type passed to function. expected: String")
        timer = self.pending_handlers.pop(handler_id, None)
        if timer is None:
            self._app.log(
                "ERROR",
                f"The specified completion handler with ID = {handler_id} has already expired or "
                "removed from the system",
            )
            return
        timer.cancel()
        self._app.on_handler_ended(handler_id)

    # -- background fetch ----------------------------------------------------------------------
    def setMinimumBackgroundFetchInterval(self, seconds: Any) -> None:  # noqa: N802
        if not is_number(seconds):
            raise JSTypeError("Invalid type passed to function. expected: Number")
        clamped = min(max(float(seconds), self.BACKGROUNDFETCHINTERVAL_MIN), self.BACKGROUNDFETCHINTERVAL_NEVER)
        object.__setattr__(self, "fetch_interval", clamped)
        self._app.device.interval_changed()

    # -- local notifications -------------------------------------------------------------------
    def scheduleLocalNotification(self, params: Any) -> Any:  # noqa: N802
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
        # calendar trigger may never fire such a date on a device (reference §3, UNVERIFIED).
        note = LocalNotification(self._app, params, None)
        self._schedule(note, delay, due_ms / 1000, repeat, keeps_alive=True)
        self.notifications.append(note)
        return note

    def _schedule(self, note: LocalNotification, delay: float, due: float, repeat: str | None, keeps_alive: bool) -> None:
        def fire() -> None:
            self._deliver_notification(note._params)
            if repeat is not None:
                following = _next_occurrence(due, repeat)
                # Later repeats do not keep a run alive: a daily reminder would never let it end.
                self._schedule(note, following - time.time(), following, repeat, keeps_alive=False)

        object.__setattr__(note, "_timer", self._app.loop.call_later(delay, fire, keeps_alive=keeps_alive))
        object.__setattr__(note, "next_due", due)

    def _deliver_notification(self, params: JSObject) -> None:
        body = params.alertBody
        self._app.log("NOTIFICATION", "" if body is undefined else to_str(body))
        if self._app.state == "foreground":
            payload = JSObject(alertBody=body, userInfo=params.userInfo if params.userInfo is not undefined else JSObject())
            for key in ("alertTitle", "badge", "sound", "category", "identifier"):
                if params[key] is not undefined:
                    payload[key] = params[key]
            self.fire("notification", payload)

    def registerUserNotificationSettings(self, settings: Any = undefined) -> None:  # noqa: N802
        self.fire("usernotificationsettings", JSObject(types=getattr(settings, "types", undefined)))

    def __getattr__(self, name: str) -> Any:
        # USER_NOTIFICATION_TYPE_* and other constants not modelled: kept by name.
        if name.isupper():
            return f"Ti.App.iOS.{name}"
        return super().__getattr__(name)
