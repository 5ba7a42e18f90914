"""The runtime used directly from Python and pytest: load an app, drive it, read log and UI."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from cli import DOG_PATH, SAMPLES, SEED_PREFIX
from ti2py.runtime import App, JSObject
from ti2py.transpiler import convert


def _converted(tmp_path: Path, sample: str) -> Path:
    result = convert((SAMPLES / sample).read_text(), "app.js")
    assert result.code is not None
    path = tmp_path / "app.py"
    path.write_text(result.code)
    return path


def test_tap_and_inspect(tmp_path: Path, file_server, payload: bytes) -> None:
    file_server.add(DOG_PATH, payload)
    app = App("seed1", data_dir=tmp_path / "data", url_map=[(SEED_PREFIX, file_server.url)], out=None)
    app.load(_converted(tmp_path, "seed/url_session_download.js"))
    assert app.run_until_idle(10)
    (window,) = app.find_views("Window")
    assert app.inspect(window).opened and window.backgroundColor == "white"
    (bar,) = app.find_views("ProgressBar")
    assert not app.inspect(bar).shown and bar.value == 0 and bar.message == "Downloading Image"
    app.tap("Download Image (url)")
    assert app.run_until_idle(30)
    assert app.inspect(bar).history[-1] == 1 and not app.inspect(bar).shown
    (image,) = app.find_views("ImageView")
    assert image.image.js_bytes() == payload
    assert "[ALERT] Downloads completed successfully." in app.log_lines()
    assert app.log_lines("NOTIFICATION") == ["[NOTIFICATION] Download completed!"]


def test_log_goes_to_the_given_stream(tmp_path: Path) -> None:
    stream = io.StringIO()
    app = App("t", data_dir=tmp_path, out=stream)
    app.call(lambda: app.Ti.API.info("a", 1, None, JSObject()))
    assert app.run_until_idle(5)
    assert stream.getvalue() == "[INFO] a 1 null [object Object]\n"


def test_handler_error_is_logged_and_the_app_keeps_running(tmp_path: Path) -> None:
    app = App("t", data_dir=tmp_path, out=None)

    def broken(e: object) -> None:
        raise ZeroDivisionError

    app.Ti.App.iOS.addEventListener("silentpush", broken)
    app.Ti.App.iOS.addEventListener("silentpush", lambda e: app.Ti.API.info("second listener ran"))
    app.Ti.Network.registerForPushNotifications(JSObject())
    handler = app.push({"content-available": 1, "alert": "", "x": 1})
    assert app.run_until_idle(5)
    assert handler is not None and handler.startswith("SilentPush-")
    assert app.log_lines("ERROR")[0].startswith("[ERROR] Uncaught")
    assert "[INFO] second listener ran" in app.log_lines()


def test_fetch_listener_needs_the_background_mode(tmp_path: Path) -> None:
    app = App("t", data_dir=tmp_path, out=None, background_modes=set())
    app.call(lambda: app.Ti.App.iOS.addEventListener("backgroundfetch", lambda e: None))
    assert app.run_until_idle(5)
    assert app.log_lines("ERROR") == [
        "[ERROR] Cannot add backgroundfetch eventListener: the UIBackgroundModes key in tiapp.xml must contain 'fetch'"
    ]
    assert app.Ti.App.iOS.js_listeners_of("backgroundfetch") == []


def test_end_background_handler_once_then_expired(tmp_path: Path) -> None:
    app = App("t", data_dir=tmp_path, out=None)
    ios = app.Ti.App.iOS
    ios.setMinimumBackgroundFetchInterval(ios.BACKGROUNDFETCHINTERVAL_MIN)
    handler_id = app.background_fetch()
    assert handler_id is not None and handler_id.startswith("Fetch-")
    ios.endBackgroundHandler(handler_id)
    ios.endBackgroundHandler(handler_id)
    assert app.log_lines("ERROR") == [
        f"[ERROR] The specified completion handler with ID = {handler_id} has already expired or removed from the system"
    ]


def test_handler_not_ended_expires_after_the_budget(tmp_path: Path) -> None:
    app = App("t", data_dir=tmp_path, out=None, handler_budget=0.05)
    app.Ti.App.iOS.setMinimumBackgroundFetchInterval(0)
    app.background_fetch()
    app.loop.call_later(0.2, lambda: None)  # keep the loop alive past the budget
    assert app.run_until_idle(5)
    assert app.snapshot()["expiredHandlers"] == 1
    assert "was not ended with Ti.App.iOS.endBackgroundHandler" in app.log_lines("WARN")[0]


def test_old_api_warns_once_per_function(tmp_path: Path, file_server, payload: bytes) -> None:
    file_server.add("files/report.png", payload)
    app = App("old", data_dir=tmp_path / "d", url_map=[("https://example.com/", file_server.url)], out=None)
    app.load(_converted(tmp_path, "old_api_download.js"))
    assert app.run_until_idle(20)
    warnings = app.log_lines("WARN")
    assert len(warnings) == 4 and all("DEPRECATED in 2.1.0" in w for w in warnings)
    info = app.log_lines("INFO")
    assert info[0] == "[INFO] started task 1 (number)"
    assert info[1] == f"[INFO] got {len(payload)} bytes for task 1"
    assert info[2] == "[INFO] task 1 done: success=true status=200"


def test_gallery_sample_saves_files_and_properties(tmp_path: Path, file_server) -> None:
    for name in ("one", "two", "three"):
        file_server.add(f"images/{name}.png", name.encode() * 1000)
    app = App("gallery", data_dir=tmp_path / "d", url_map=[("https://cdn.example.com/", file_server.url)], out=None)
    app.load(_converted(tmp_path, "gallery_sync.js"))
    assert app.run_until_idle(30)
    docs = tmp_path / "d" / "Documents"
    assert (docs / "two.png").read_bytes() == b"two" * 1000
    assert app.log_lines("INFO")[-1] == "[INFO] all 3 images synced"
    assert list(app.Ti.App.Properties.getObject("fetched")) == ["one.png", "two.png", "three.png"]


@pytest.mark.parametrize("module_call", ["downloadTask"])
def test_module_level_download_needs_a_session(tmp_path: Path, module_call: str) -> None:
    app = App("t", data_dir=tmp_path, out=None)
    module = app.require("com.appcelerator.urlSession")
    app.call(lambda: getattr(module, module_call)(JSObject(url="http://127.0.0.1:9/x")))
    assert app.run_until_idle(5)
    assert "createSession first" in app.log_lines("ERROR")[0]
