"""ti2py's pytest plugin as a user meets it: a test folder of their own (no conftest), pytest in a
subprocess, the fixtures found through the `pytest11` entry point."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

TESTS = '''
import pytest
from ti2py.runtime.testing import fire_fetch, fire_push, tap, wait_idle


def test_js_converted_on_the_spot(ti2py_app, ti2py_server):
    url = ti2py_server.add("files/a.txt", "hello")
    app = ti2py_app("app.js", url_map=ti2py_server.url_map("https://example.com/"))
    assert app.data_dir.is_relative_to(app.data_dir.parents[1])
    assert "[INFO] started" in app.log_lines()
    tap(app, "Go")
    assert "[INFO] got hello" in app.log_lines()
    assert ti2py_server.requests == ["/files/a.txt"] and url.endswith("/files/a.txt")
    assert fire_fetch(app).startswith("Fetch-") and "[INFO] fetched" in app.log_lines()
    assert fire_push(app, {"content-available": 1, "alert": "", "n": 7}).startswith("SilentPush-")
    assert "[INFO] push 7" in app.log_lines()


def test_two_apps_get_two_data_folders(ti2py_app):
    first, second = ti2py_app("app.js"), ti2py_app("app.js")
    assert first.data_dir != second.data_dir


def test_a_busy_app_fails_with_its_log(ti2py_app):
    app = ti2py_app("app.js")
    app.tap("Spin")
    with pytest.raises(AssertionError, match=r"(?s)still busy after 0.3 s; the end of its log:\\n.*\\[INFO\\] spinning"):
        wait_idle(app, timeout=0.3)


def test_a_file_that_does_not_convert(ti2py_app):
    ti2py_app("broken.js")
'''

APP = '''
Ti.API.info('started');
var go = Ti.UI.createButton({ title: 'Go' });
go.addEventListener('click', function () {
    var client = Ti.Network.createHTTPClient({ onload: function () { Ti.API.info('got ' + this.responseText); } });
    client.open('GET', 'https://example.com/files/a.txt');
    client.send();
});
var spin = Ti.UI.createButton({ title: 'Spin' });
spin.addEventListener('click', function () {
    Ti.API.info('spinning');
    setInterval(function () {}, 50);
});
Ti.App.iOS.addEventListener('backgroundfetch', function (e) {
    Ti.API.info('fetched');
    Ti.App.iOS.endBackgroundHandler(e.handlerId);
});
Ti.Network.registerForPushNotifications({ types: [Ti.Network.NOTIFICATION_TYPE_ALERT],
    success: function () {}, error: function () {} });
Ti.App.iOS.addEventListener('silentpush', function (e) {
    Ti.API.info('push ' + e.n);
    Ti.App.iOS.endBackgroundHandler(e.handlerId);
});
'''


def test_the_fixtures_and_helpers_from_a_users_test_folder(tmp_path: Path) -> None:
    folder = tmp_path / "user_tests"
    folder.mkdir()
    (folder / "test_app.py").write_text(TESTS)
    (folder / "app.js").write_text(APP)
    (folder / "broken.js").write_text("var a = ;\n")
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-rf"], cwd=folder,
                          capture_output=True, text=True, timeout=300)
    summary = done.stdout.strip().splitlines()[-1]
    assert summary.startswith("1 failed, 3 passed"), done.stdout + done.stderr
    assert "FAILED test_app.py::test_a_file_that_does_not_convert" in done.stdout
    assert "broken.js does not convert" in done.stdout and "broken.js:1:9: error: Unexpected token ;" in done.stdout
