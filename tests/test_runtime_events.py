"""Event payloads and NSURLError codes of the URL-session runtime, against scripted local servers."""

from __future__ import annotations

import pytest

import threading
import time
from pathlib import Path

from ti2py.runtime import App, Date, JSObject, Ti, require, undefined

# Every download here runs on both transfer paths (runtime/direct.py and httpx).
pytestmark = pytest.mark.usefixtures("download_engine")


def _session_app(tmp_path: Path, **kwargs: object) -> tuple[App, list]:
    app = App("t", data_dir=tmp_path / "data", out=None, **kwargs)  # type: ignore[arg-type]
    record: list = []
    for name in ("downloadprogress", "downloadcompleted", "sessioncompleted"):
        app.Ti.App.iOS.addEventListener(name, lambda e, name=name: record.append((name, e)))
    return app, record


def _start(app: App, url: str) -> dict:
    holder: dict = {}

    def start() -> None:
        module = require("com.appcelerator.urlSession")
        config = module.createSessionConfiguration(JSObject(identifier="com.events"))
        holder["session"] = module.createSession(JSObject(configuration=config))
        holder["task"] = holder["session"].downloadTask(JSObject(url=url))

    app.call(start)
    return holder


def test_chunked_body_reports_zero_expected_bytes(tmp_path: Path, scripted_server) -> None:
    def chunked(handler) -> None:
        handler.send_response(200)
        handler.send_header("Transfer-Encoding", "chunked")
        handler.end_headers()
        for piece in (b"a" * 1000, b"b" * 500):
            handler.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece))
        handler.wfile.write(b"0\r\n\r\n")

    url = scripted_server.route("/chunked", chunked)
    app, record = _session_app(tmp_path)
    _start(app, url)
    assert app.run_until_idle(10)
    progress = [e for n, e in record if n == "downloadprogress"]
    assert progress and all(e.totalBytesExpectedToWrite == 0 for e in progress)
    assert progress[-1].totalBytesWritten == 1500
    assert record[-1][1].success is True


def test_stalled_server_times_out_with_1001(tmp_path: Path, scripted_server) -> None:
    release = threading.Event()
    url = scripted_server.route("/stall", lambda handler: release.wait(5))
    app, record = _session_app(tmp_path, request_timeout=0.3)
    _start(app, url)
    try:
        assert app.run_until_idle(10)
    finally:
        release.set()
    done = record[-1][1]
    assert (done.success, done.errorCode, done.message) == (False, -1001, "The request timed out.")


def test_invalidate_and_cancel_mid_transfer_gives_999(tmp_path: Path, scripted_server) -> None:
    def slow(handler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Length", str(100_000))
        handler.end_headers()
        for _ in range(100):
            handler.wfile.write(b"x" * 1000)
            handler.wfile.flush()
            time.sleep(0.02)

    url = scripted_server.route("/slow", slow)
    app, record = _session_app(tmp_path, progress_interval=0.0)
    holder = _start(app, url)
    cancelled = []

    def cancel_on_first_progress(e) -> None:
        if not cancelled:
            cancelled.append(e.totalBytesWritten)
            holder["session"].invalidateAndCancel()

    app.Ti.App.iOS.addEventListener("downloadprogress", cancel_on_first_progress)
    assert app.run_until_idle(10)
    names = [n for n, _ in record]
    assert cancelled and cancelled[0] < 100_000, "progress reports the data as it arrives, not at the end"
    assert "downloadcompleted" not in names
    done = record[-1][1]
    assert (done.success, done.errorCode, done.message) == (False, -999, "cancelled")
    assert list((tmp_path / "data" / "tmp").iterdir()) == [], "a cancelled download leaves no temp file"
    # An invalidated session makes no new tasks.
    app.call(lambda: holder.__setitem__("again", holder["session"].downloadTask(JSObject(url=url))))
    assert app.run_until_idle(5)
    assert holder["again"] is undefined
    assert "the session has been invalidated" in app.log_lines("ERROR")[-1]


def test_unsupported_url_gives_1002(tmp_path: Path) -> None:
    app, record = _session_app(tmp_path)
    _start(app, "ftp://127.0.0.1/file")
    assert app.run_until_idle(10)
    assert (record[-1][1].errorCode, record[-1][1].message) == (-1002, "unsupported URL")


def test_empty_url_logs_and_returns_undefined(tmp_path: Path) -> None:
    app, _ = _session_app(tmp_path)
    holder = _start(app, "")
    assert app.run_until_idle(5)
    assert holder["task"] is undefined
    assert app.log_lines("ERROR") == ["[ERROR] The url for download task is empty"]


def test_notification_dates_as_date_or_milliseconds(tmp_path: Path) -> None:
    app = App("t", data_dir=tmp_path, out=None)

    def schedule() -> None:
        now = Date().getTime()
        Ti.App.iOS.scheduleLocalNotification(JSObject(alertBody="later", date=now + 150))
        Ti.App.iOS.scheduleLocalNotification(JSObject(alertBody="now", date=Date()))
        Ti.App.iOS.scheduleLocalNotification(JSObject(alertBody="cancelled", date=now + 100)).cancel()
        Ti.App.iOS.scheduleLocalNotification(JSObject(alertBody="no date"))

    started = time.monotonic()
    app.call(schedule)
    assert app.run_until_idle(5)
    assert time.monotonic() - started >= 0.14, "the run waits for the pending notification"
    assert app.log_lines("NOTIFICATION") == ["[NOTIFICATION] now", "[NOTIFICATION] later"]
    assert app.log_lines("ERROR") == ['[ERROR] Notifications in iOS 10 require the "date" or "region" property']


def test_unmodelled_ui_keeps_properties_and_accepts_calls(tmp_path: Path) -> None:
    app = App("t", data_dir=tmp_path, out=None)
    seen: dict = {}

    def build() -> None:
        label = Ti.UI.createLabel(JSObject(text="hi"))
        label.setColor("#fff")
        label.animate(JSObject(opacity=0))
        seen["color"] = label.getColor()
        seen["text"] = label.text
        seen["style"] = Ti.UI.iPhone.ProgressBarStyle.BAR
        seen["fill"] = Ti.UI.FILL
        bar = Ti.UI.createProgressBar(JSObject(value=0))
        bar.setValue(0.5)
        seen["bar"] = bar

    app.call(build)
    assert app.run_until_idle(5)
    assert (seen["color"], seen["text"]) == ("#fff", "hi")
    assert str(seen["style"]) == "Ti.UI.iPhone.ProgressBarStyle.BAR" and str(seen["fill"]) == "Ti.UI.FILL"
    assert app.inspect(seen["bar"]).history == (0, 0.5)
    assert not app.log_lines("ERROR")
