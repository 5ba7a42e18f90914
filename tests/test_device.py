"""The simulated device: lifecycle, scheduled background fetch, handler budgets, notifications."""

from __future__ import annotations

import time
from datetime import datetime
from pathlib import Path

from ti2py.runtime import App, Date, JSObject


def _fetch_app(tmp_path: Path, interval: float | None, end_handler: bool = True, **kwargs: object) -> tuple[App, list]:
    app = App("fetch", data_dir=tmp_path, out=None, **kwargs)  # type: ignore[arg-type]
    ios = app.Ti.App.iOS
    fetches: list = []

    def on_fetch(e: JSObject) -> None:
        fetches.append(time.monotonic())
        if end_handler:
            ios.endBackgroundHandler(e.handlerId)

    ios.addEventListener("backgroundfetch", on_fetch)
    if interval is not None:
        ios.setMinimumBackgroundFetchInterval(interval)
    return app, fetches


def _stay(app: App, seconds: float) -> None:
    app.loop.call_later(seconds, lambda: None)
    assert app.run_until_idle(seconds + 5)


def test_fetches_come_at_the_interval_only_in_the_background(tmp_path: Path) -> None:
    app, fetches = _fetch_app(tmp_path, interval=0.2, fetch_min_interval=0.05)
    _stay(app, 0.5)
    assert fetches == [], "no fetch while in the foreground"
    app.set_state("background")
    _stay(app, 1.05)
    assert 4 <= len(fetches) <= 5, len(fetches)
    gaps = [b - a for a, b in zip(fetches, fetches[1:])]
    assert min(gaps) >= 0.19, gaps
    assert app.state == "suspended", "with its handler ended, a backgrounded app is suspended"


def test_min_interval_maps_to_the_configured_floor(tmp_path: Path) -> None:
    app, fetches = _fetch_app(tmp_path, interval=0, fetch_min_interval=0.3)
    app.set_state("background")
    _stay(app, 1.0)
    assert len(fetches) == 3


def test_never_and_unset_interval_schedule_nothing(tmp_path: Path) -> None:
    for interval in (None, 1.7976931348623157e308):
        app, fetches = _fetch_app(tmp_path, interval=interval, fetch_min_interval=0.05)
        app.set_state("background")
        _stay(app, 0.4)
        assert fetches == []


def test_overrunning_handlers_lower_fetch_frequency(tmp_path: Path) -> None:
    app, fetches = _fetch_app(tmp_path, interval=0.1, end_handler=False, fetch_min_interval=0.1, handler_budget=0.05)
    app.set_state("background")
    _stay(app, 1.6)
    # Waits double after each overrun: 0.1, 0.2, 0.4, 0.8 ... so about 4 fetches, not 16.
    assert 3 <= len(fetches) <= 5, len(fetches)
    assert app.snapshot()["expiredHandlers"] >= 3
    assert any("fewer background fetches" in line for line in app.log_lines("WARN"))
    assert any("was not ended with Ti.App.iOS.endBackgroundHandler within 0.05 s" in line for line in app.log_lines("WARN"))


def test_lifecycle_events(tmp_path: Path) -> None:
    app = App("life", data_dir=tmp_path, out=None)
    seen: list = []
    for name in ("pause", "paused", "resume", "resumed"):
        app.Ti.App.addEventListener(name, lambda e, name=name: seen.append((name, e.type)))
    app.set_state("background")
    app.set_state("suspended")
    app.set_state("foreground")
    assert app.run_until_idle(5)
    assert [name for name, _ in seen] == ["pause", "paused", "resume", "resumed"]


def test_repeating_notification_and_user_info(tmp_path: Path) -> None:
    app = App("notes", data_dir=tmp_path, out=None)
    received: list = []
    app.Ti.App.iOS.addEventListener("notification", lambda e: received.append(e))
    holder: dict = {}

    def schedule() -> None:
        holder["note"] = app.Ti.App.iOS.scheduleLocalNotification(
            JSObject(alertBody="stand up", date=Date(), repeat="daily", userInfo=JSObject(kind="health")))

    app.call(schedule)
    assert app.run_until_idle(5), "later repeats do not keep the run alive"
    assert app.log_lines("NOTIFICATION") == ["[NOTIFICATION] stand up"]
    assert received[0].userInfo.kind == "health" and received[0].alertBody == "stand up"
    note = holder["note"]
    next_day = datetime.fromtimestamp(note._next_due)
    assert 86000 < note._next_due - time.time() <= 86400 and next_day.date() > datetime.now().date()
    note.cancel()


def test_background_notification_has_no_foreground_event(tmp_path: Path) -> None:
    app = App("notes", data_dir=tmp_path, out=None)
    received: list = []
    app.Ti.App.iOS.addEventListener("notification", lambda e: received.append(e))
    app.set_state("background")
    app.call(lambda: app.Ti.App.iOS.scheduleLocalNotification(JSObject(alertBody="hi", date=Date().getTime())))
    assert app.run_until_idle(5)
    assert app.log_lines("NOTIFICATION") == ["[NOTIFICATION] hi"] and received == []


def test_the_device_owns_the_scheduling_state_the_ti_proxies_set(tmp_path: Path) -> None:
    """Ti.App.iOS and Ti.Network keep no scheduling state of their own: what the app sets through
    them (fetch interval, handlers begun and ended, push registration) is the Device's."""
    app = App("owner", data_dir=tmp_path, out=None, handler_budget=0.2)
    ios, network = app.Ti.App.iOS, app.Ti.Network
    seen: list = []
    ios.setMinimumBackgroundFetchInterval(-5)  # clamped to BACKGROUNDFETCHINTERVAL_MIN
    assert app.device.fetch_interval == ios.BACKGROUNDFETCHINTERVAL_MIN == 0.0
    ios.setMinimumBackgroundFetchInterval(900)
    assert app.device.fetch_interval == 900.0 and app.device.fetch_wait() == 900.0
    network.registerForPushNotifications(JSObject(callback=lambda e: seen.append(e.data.aps.alert)))
    assert app.device.push_registered and network.remoteNotificationsEnabled
    ended, expired = app.device.begin_handler("Fetch"), app.device.begin_handler("Fetch")
    assert ended != expired and app.device.pending_handlers() == sorted([ended, expired])
    ios.endBackgroundHandler(ended)
    assert app.device.pending_handlers() == [expired] and not app.device.end_handler(ended)
    _stay(app, 0.4)
    assert app.device.pending_handlers() == [] and app.device.expired_handlers == 1 and app.device.penalty == 2
    app.push({"aps": {"alert": "hello"}}, background=False)
    assert app.run_until_idle(5) and seen == ["hello"]
    network.unregisterForPushNotifications()
    assert not app.device.push_registered and app.device.push_callback() is None
    state = {name for obj in (ios, network) for name in vars(obj)}
    assert not state & {"_fetch_interval", "_pending_handlers", "_expired_handlers", "_push_config"}, state
