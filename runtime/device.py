"""The simulated iOS side of an app: lifecycle, background fetch scheduling, push delivery.

States, as iOS has them: ``foreground`` -> ``background`` (running, e.g. inside a fetch or push
handler) -> ``suspended`` (no handler pending: app code does not run until iOS wakes it).

Background fetch follows what the SDK and Apple document: nothing is scheduled
until the app sets an interval (iOS's default is NEVER); fetches come no more often than that
interval, and never more often than ``fetch_min_interval`` (what BACKGROUNDFETCHINTERVAL_MIN
means here, configurable because iOS decides it); each handler that overran its budget doubles
the wait, as iOS gives resource-heavy apps fewer chances (up to 16x).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .js.ops import to_str
from .js.values import JSObject, own_items, undefined
from .loop import Timer

if TYPE_CHECKING:
    from .app import App

MAX_PENALTY = 16


class Device:
    def __init__(self, app: "App", fetch_min_interval: float = 600.0) -> None:
        self.app = app
        self.state = "foreground"
        self.fetch_min_interval = fetch_min_interval
        self.fetches_delivered = 0
        self._fetch_timer: Timer | None = None
        self._penalty_logged = 1

    # -- lifecycle ---------------------------------------------------------------------------------
    def set_state(self, state: str) -> None:
        """Move to ``foreground``, ``background`` or ``suspended``, with the events Titanium fires."""
        if state not in ("foreground", "background", "suspended"):
            raise ValueError(f"unknown app state {state!r}")
        previous, self.state = self.state, state
        if state == previous:
            return
        self.app._notify("state", state, None)
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

    def handler_ended(self) -> None:
        """A background handler ended: with none left, a backgrounded app is suspended."""
        if self.state == "background" and not self.app.Ti.App.iOS._pending_handlers:
            self.set_state("suspended")

    # -- background fetch --------------------------------------------------------------------------
    @property
    def penalty(self) -> int:
        """How much longer iOS waits between fetches because of handler overruns."""
        return min(MAX_PENALTY, 2 ** self.app.Ti.App.iOS._expired_handlers)

    def fetch_wait(self) -> float | None:
        """Seconds until the next scheduled fetch, or None when none is scheduled."""
        ios = self.app.Ti.App.iOS
        if "fetch" not in self.app.background_modes or ios._fetch_interval >= ios.BACKGROUNDFETCHINTERVAL_NEVER:
            return None
        return max(ios._fetch_interval, self.fetch_min_interval) * self.penalty

    def _reschedule_fetch(self) -> None:
        if self._fetch_timer is not None:
            self._fetch_timer.cancel()
            self._fetch_timer = None
        wait = self.fetch_wait() if self.state != "foreground" else None
        if wait is not None:
            # Scheduled fetches do not keep a run alive on their own (iOS may never fetch).
            self._fetch_timer = self.app.loop.call_later(wait, self._scheduled_fetch, keeps_alive=False)

    def interval_changed(self) -> None:
        self._reschedule_fetch()

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
                    f"{app.Ti.App.iOS._expired_handlers} handler(s) ran past their time")
        self.wake()
        ios = app.Ti.App.iOS
        handler_id = ios._begin_handler("Fetch")
        self.fetches_delivered += 1
        ios._fire("backgroundfetch", JSObject(handlerId=handler_id))
        return handler_id

    # -- push ------------------------------------------------------------------------------------------
    def deliver_push(self, payload: Any, *, background: bool = True) -> str | None:
        """Deliver a remote notification (dashboard or APNs shape).  ``content-available: 1`` fires
        ``silentpush`` with every top-level key merged in and a ``SilentPush-<time>`` handlerId;
        a visible alert goes to the registration's ``callback``."""
        from .push import normalise_payload

        app = self.app
        user_info = normalise_payload(payload)
        if background and self.state == "foreground":
            self.set_state("background")
        network = app.Ti.Network
        if not network.remoteNotificationsEnabled:
            app.log("WARN", "Push not delivered: the app has not called Ti.Network.registerForPushNotifications")
            return None
        self.wake()
        aps = user_info.aps
        handler_id = None
        alert = aps.alert if isinstance(aps, JSObject) else undefined
        if isinstance(aps, JSObject) and to_str(aps["content-available"]) == "1" and "remote-notification" in app.background_modes:
            ios = app.Ti.App.iOS
            handler_id = ios._begin_handler("SilentPush")
            event = JSObject()
            for key, value in own_items(user_info):
                event[key] = value
            event["handlerId"] = handler_id
            ios._fire("silentpush", event)
        callback = network._push_callback()
        if alert not in (undefined, None, "") and callback is not None:
            app.call(callback, JSObject(type="remote", data=user_info, inBackground=self.state != "foreground"))
        return handler_id
