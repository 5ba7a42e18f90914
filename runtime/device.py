"""The simulated iOS side of an app: lifecycle, background fetch scheduling, push delivery.

States, as iOS has them: ``foreground`` -> ``background`` (running, e.g. inside a fetch or push
handler) -> ``suspended`` (no handler pending: app code does not run until iOS wakes it).

Background fetch follows what the SDK and Apple document: nothing is scheduled
until the app sets an interval (iOS's default is NEVER); fetches come no more often than that
interval, and never more often than ``fetch_min_interval`` (what BACKGROUNDFETCHINTERVAL_MIN
means here, configurable because iOS decides it); each handler that overran its budget doubles
the wait, as iOS gives resource-heavy apps fewer chances (up to 16x).

The device owns this state: the fetch interval, the pending background completion handlers (each
with its expiry timer), how many of them expired, and the push registration.  The JS-facing
proxies (``Ti.App.iOS``, ``Ti.Network``) keep none of it; they check their arguments as the SDK
does and call the narrow interface below (:meth:`Device.set_fetch_interval`,
:meth:`Device.begin_handler`, :meth:`Device.end_handler`, :meth:`Device.fire`,
:meth:`Device.register_push`, :meth:`Device.push_callback`...), as do the URL sessions and the App.
"""

from __future__ import annotations

import sys
import time
from typing import TYPE_CHECKING, Any

from .js.ops import to_str
from .js.values import JSObject, own_items, undefined
from .loop import Timer

if TYPE_CHECKING:
    from .app import App

MAX_PENALTY = 16

# UIApplicationBackgroundFetchIntervalMinimum is 0.0 and ...Never is DBL_MAX in UIKit (Apple's
# documented values; Titanium's own numbers for them are not verified).  Ti.App.iOS shows them as
# BACKGROUNDFETCHINTERVAL_MIN and BACKGROUNDFETCHINTERVAL_NEVER.
FETCH_INTERVAL_MIN = 0.0
FETCH_INTERVAL_NEVER = sys.float_info.max


class Device:
    def __init__(self, app: "App", fetch_min_interval: float = 600.0) -> None:
        self.app = app
        self.state = "foreground"
        self.fetch_min_interval = fetch_min_interval
        self.fetches_delivered = 0
        self._fetch_timer: Timer | None = None
        self._penalty_logged = 1
        # iOS's default fetch interval is "never": apps must set one.
        self._fetch_interval = FETCH_INTERVAL_NEVER
        self._pending_handlers: dict[str, Timer] = {}  # handlerId -> the timer that expires it
        self._expired_handlers = 0
        self._push_config: JSObject | None = None  # the app's push registration, None when not registered

    # -- lifecycle ---------------------------------------------------------------------------------
    def set_state(self, state: str) -> None:
        """Move to ``foreground``, ``background`` or ``suspended``, with the events Titanium fires."""
        if state not in ("foreground", "background", "suspended"):
            raise ValueError(f"unknown app state {state!r}")
        previous, self.state = self.state, state
        if state == previous:
            return
        self.app.notify("state", state, None)
        ti_app = self.app.Ti.App
        if previous == "foreground":
            self.app.dispatch(ti_app, "pause", {})
            self.app.dispatch(ti_app, "paused", {})
        elif state == "foreground":
            self.app.dispatch(ti_app, "resume", {})
            self.app.dispatch(ti_app, "resumed", {})
        self._reschedule_fetch()

    def wake(self) -> None:
        """iOS runs the app's code again (for a fetch, a push or session events)."""
        if self.state == "suspended":
            self.set_state("background")

    def _handler_ended(self) -> None:
        """A background handler ended: with none left, a backgrounded app is suspended."""
        if self.state == "background" and not self._pending_handlers:
            self.set_state("suspended")

    # -- native events ---------------------------------------------------------------------------
    def fire(self, name: str, payload: JSObject | dict[str, Any]) -> None:
        """Queue a native event (``backgroundfetch``, ``silentpush``, a session's events, a
        notification...) to the listeners of ``Ti.App.iOS``, where iOS's events reach the app."""
        self.app.dispatch(self.app.Ti.App.iOS, name, payload)

    # -- background completion handlers -----------------------------------------------------------
    def begin_handler(self, prefix: str) -> str:
        """Store a completion handler as iOS does and return its ``<prefix>-<unix time %f>`` id;
        unless ended within the app's ``handler_budget`` it expires (:attr:`expired_handlers`)."""
        stamp = time.time()
        handler_id = f"{prefix}-{stamp:f}"
        while handler_id in self._pending_handlers:
            stamp += 0.000001
            handler_id = f"{prefix}-{stamp:f}"
        timer = self.app.loop.call_later(self.app.handler_budget, lambda: self._expire(handler_id), keeps_alive=False)
        self._pending_handlers[handler_id] = timer
        return handler_id

    def _expire(self, handler_id: str) -> None:
        if self._pending_handlers.pop(handler_id, None) is not None:
            self._expired_handlers += 1
            # The SDK's 29 s timer calls the handler with UIBackgroundFetchResultFailed.
            self.app.log(
                "WARN",
                f"Background handler {handler_id} was not ended with Ti.App.iOS.endBackgroundHandler "
                f"within {self.app.handler_budget:g} s; iOS calls it with UIBackgroundFetchResultFailed",
            )

    def end_handler(self, handler_id: str) -> bool:
        """The app ended handler ``handler_id``: True, or False when it is not pending (it expired,
        was ended already or never existed)."""
        timer = self._pending_handlers.pop(handler_id, None)
        if timer is None:
            return False
        timer.cancel()
        self.app.notify("handler", handler_id, None)
        self._handler_ended()  # iOS may suspend the app again
        return True

    def pending_handlers(self) -> list[str]:
        """The ids of the handlers begun and neither ended nor expired, sorted."""
        return sorted(self._pending_handlers)

    @property
    def expired_handlers(self) -> int:
        """How many handlers ran past their time (each halves the app's fetch chances)."""
        return self._expired_handlers

    # -- background fetch --------------------------------------------------------------------------
    @property
    def fetch_interval(self) -> float:
        """The minimum seconds between fetches the app asked for (FETCH_INTERVAL_NEVER: none)."""
        return self._fetch_interval

    def set_fetch_interval(self, seconds: float) -> None:
        """``Ti.App.iOS.setMinimumBackgroundFetchInterval``: clamped to MIN..NEVER, rescheduling."""
        self._fetch_interval = min(max(float(seconds), FETCH_INTERVAL_MIN), FETCH_INTERVAL_NEVER)
        self._reschedule_fetch()

    @property
    def penalty(self) -> int:
        """How much longer iOS waits between fetches because of handler overruns."""
        return min(MAX_PENALTY, 2 ** self._expired_handlers)

    def fetch_wait(self) -> float | None:
        """Seconds until the next scheduled fetch, or None when none is scheduled."""
        if "fetch" not in self.app.background_modes or self._fetch_interval >= FETCH_INTERVAL_NEVER:
            return None
        return max(self._fetch_interval, self.fetch_min_interval) * self.penalty

    def _reschedule_fetch(self) -> None:
        if self._fetch_timer is not None:
            self._fetch_timer.cancel()
            self._fetch_timer = None
        wait = self.fetch_wait() if self.state != "foreground" else None
        if wait is not None:
            # Scheduled fetches do not keep a run alive on their own (iOS may never fetch).
            self._fetch_timer = self.app.loop.call_later(wait, self._scheduled_fetch, keeps_alive=False)

    def _scheduled_fetch(self) -> None:
        self._fetch_timer = None
        if self.state != "foreground":
            self.deliver_fetch()
        self._reschedule_fetch()

    def deliver_fetch(self) -> str | None:
        """Deliver ``backgroundfetch`` now (scheduled, or forced like Xcode's Simulate Background
        Fetch); returns the handlerId, or None if the app cannot receive it."""
        app = self.app
        if self.state == "foreground":
            self.set_state("background")
        if "fetch" not in app.background_modes:
            app.log("WARN", "Background fetch not delivered: UIBackgroundModes does not contain 'fetch'")
            return None
        if self.penalty > self._penalty_logged:
            self._penalty_logged = self.penalty
            app.log("WARN", f"iOS now gives this app {self.penalty}x fewer background fetches: "
                    f"{self._expired_handlers} handler(s) ran past their time")
        self.wake()
        handler_id = self.begin_handler("Fetch")
        self.fetches_delivered += 1
        self.fire("backgroundfetch", JSObject(handlerId=handler_id))
        return handler_id

    # -- push ------------------------------------------------------------------------------------------
    def register_push(self, config: JSObject) -> None:
        """``Ti.Network.registerForPushNotifications``: keep the app's registration (its
        ``callback`` gets the visible pushes)."""
        self._push_config = config

    def unregister_push(self) -> None:
        self._push_config = None

    @property
    def push_registered(self) -> bool:
        """Whether the app registered for remote notifications (``remoteNotificationsEnabled``)."""
        return self._push_config is not None

    def push_callback(self) -> Any:
        """The ``callback`` the app registered for received pushes, or None."""
        if self._push_config is None:
            return None
        callback = self._push_config.callback
        return callback if callable(callback) and callback is not undefined else None

    def deliver_push(self, payload: Any, *, background: bool = True) -> str | None:
        """Deliver a remote notification (dashboard or APNs shape).  ``content-available: 1`` fires
        ``silentpush`` with every top-level key merged in and a ``SilentPush-<time>`` handlerId;
        a visible alert goes to the registration's ``callback``."""
        from .push import normalise_payload

        app = self.app
        user_info = normalise_payload(payload)
        if background and self.state == "foreground":
            self.set_state("background")
        if not self.push_registered:
            app.log("WARN", "Push not delivered: the app has not called Ti.Network.registerForPushNotifications")
            return None
        self.wake()
        aps = user_info.aps
        handler_id = None
        alert = aps.alert if isinstance(aps, JSObject) else undefined
        if isinstance(aps, JSObject) and to_str(aps["content-available"]) == "1" and "remote-notification" in app.background_modes:
            handler_id = self.begin_handler("SilentPush")
            event = JSObject()
            for key, value in own_items(user_info):
                event[key] = value
            event["handlerId"] = handler_id
            self.fire("silentpush", event)
        callback = self.push_callback()
        if alert not in (undefined, None, "") and callback is not None:
            app.call(callback, JSObject(type="remote", data=user_info, inBackground=self.state != "foreground"))
        return handler_id
