"""Transfers survive the app: SIGKILL mid-download, start again, and the download resumes with a
Range request (or restarts cleanly where the server does not allow ranges)."""

from __future__ import annotations

import hashlib
import http.server
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from cli import ti2py
from ti2py.runtime.loopback import LoopbackServer

# Every download here runs on both transfer paths (runtime/direct.py and httpx).
pytestmark = pytest.mark.usefixtures("download_engine")

SIZE = 64 * 1024 * 1024
ETAG = '"big-v1"'
APP = """
var urlSession = require('com.appcelerator.urlSession');
var config = urlSession.createSessionConfiguration({ identifier: 'com.test.resume' });
var session = urlSession.createSession({ configuration: config });
Ti.App.iOS.addEventListener('backgroundtransfer', function (e) {
    Ti.API.info('backgroundtransfer ' + e.sessionId + ' ' + e.handlerId.split('-')[0]);
});
Ti.App.iOS.addEventListener('downloadcompleted', function (e) {
    var out = Ti.Filesystem.getFile(Ti.Filesystem.applicationDataDirectory, 'big.bin');
    out.write(e.data);
    Ti.API.info('saved ' + out.size + ' bytes for task ' + e.taskIdentifier);
});
Ti.App.iOS.addEventListener('sessioncompleted', function (e) {
    Ti.API.info('sessioncompleted ' + e.taskIdentifier + ' ' + e.success + ' ' + e.statusCode);
});
Ti.App.iOS.addEventListener('sessioneventscompleted', function (e) {
    Ti.API.info('sessioneventscompleted ' + e.sessionIdentifier);
});
if (!Ti.App.Properties.getBool('started', false)) {
    Ti.App.Properties.setBool('started', true);
    Ti.API.info('starting task ' + session.downloadTask({ url: 'https://files.example.com/big.bin' }));
}
"""


class RangeServer(LoopbackServer):
    """Serves one file with an ETag; honours ``Range``/``If-Range`` unless told not to."""

    def __init__(self, data: bytes, allow_range: bool, rate: float) -> None:
        self.data, self.allow_range, self.rate = data, allow_range, rate
        self.sent = 0
        self.ranges: list[str] = []
        lock = threading.Lock()
        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                start, wanted = 0, self.headers.get("Range")
                if wanted:
                    server.ranges.append(wanted)
                if wanted and server.allow_range and self.headers.get("If-Range") in (None, ETAG):
                    start = int(wanted.split("=", 1)[1].split("-", 1)[0])
                    self.send_response(206)
                    self.send_header("Content-Range", f"bytes {start}-{len(server.data) - 1}/{len(server.data)}")
                else:
                    self.send_response(200)
                self.send_header("Content-Length", str(len(server.data) - start))
                self.send_header("ETag", ETAG)
                self.end_headers()
                step = 256 * 1024
                try:
                    for at in range(start, len(server.data), step):
                        piece = server.data[at:at + step]
                        self.wfile.write(piece)
                        with lock:
                            server.sent += len(piece)
                        time.sleep(len(piece) / server.rate)
                except (BrokenPipeError, ConnectionResetError):
                    pass

        super().__init__(Handler)
        self.start()


def _partial_size(data_dir: Path) -> int:
    files = list((data_dir / "tmp").glob("CFNetworkDownload_*.tmp")) if (data_dir / "tmp").is_dir() else []
    return max((f.stat().st_size for f in files), default=0)


def _command(app: Path, server: RangeServer, data_dir: Path) -> list[str]:
    return [sys.executable, "-m", "ti2py.transpiler.cli", "run", str(app), "--data-dir", str(data_dir),
            "--url-map", f"https://files.example.com/={server.url}", "--timeout", "120"]


def _kill_during_download(command: list[str], data_dir: Path, at_least: int) -> None:
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    try:
        while _partial_size(data_dir) < at_least and time.monotonic() < deadline and process.poll() is None:
            time.sleep(0.02)
        assert process.poll() is None, "the download finished before it could be killed"
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()


@pytest.fixture(scope="module")
def payload() -> bytes:
    return os.urandom(SIZE)


@pytest.mark.parametrize("allow_range", [True, False], ids=["range-resume", "no-range-restart"])
def test_download_survives_repeated_sigkill(tmp_path: Path, payload: bytes, allow_range: bool) -> None:
    source = tmp_path / "app.js"
    source.write_text(APP)
    app = tmp_path / "app.py"
    assert ti2py("convert", str(source), "-o", str(app)).returncode == 0
    kills = 5 if allow_range else 1
    server = RangeServer(payload, allow_range, rate=48 * 1024 * 1024)
    data_dir = tmp_path / "data"
    try:
        command = _command(app, server, data_dir)
        for kill in range(kills):
            # Each run gets at least 4 MiB further than the last before it is killed.
            _kill_during_download(command, data_dir, at_least=(kill + 1) * 4 * 1024 * 1024 if allow_range else 4 * 1024 * 1024)
        final = subprocess.run(command, capture_output=True, text=True, timeout=180)
    finally:
        server.close()
    assert final.returncode == 0, final.stderr
    lines = final.stdout.splitlines()
    assert "[INFO] backgroundtransfer com.test.resume Session" in lines
    assert f"[INFO] saved {SIZE} bytes for task 1" in lines
    assert "[INFO] sessioncompleted 1 true 200" in lines
    assert lines[-1] == "[INFO] sessioneventscompleted com.test.resume"
    saved = data_dir / "Documents" / "big.bin"
    assert hashlib.sha256(saved.read_bytes()).hexdigest() == hashlib.sha256(payload).hexdigest()
    print(f"{'resume' if allow_range else 'restart'}: {kills} kill(s), fetched {server.sent / SIZE:.1%} of the file")
    if allow_range:
        assert len(server.ranges) >= kills and all(r.startswith("bytes=") for r in server.ranges)
        assert server.sent < 1.10 * SIZE, f"fetched {server.sent / SIZE:.2%} of the file"
    else:
        assert server.sent < 2 * SIZE
    assert not [p for p in (data_dir / "Documents").iterdir() if p.name.startswith(".")], "no temp file left"


def test_events_due_when_the_app_died_are_delivered_on_the_next_run(tmp_path: Path) -> None:
    from ti2py.runtime import App, JSObject

    first = App("due", data_dir=tmp_path / "data", out=None)
    store = first.transfers
    task_id = store.next_task_id("com.test.due")
    partial = first.folder("tmp") / "CFNetworkDownload_done.tmp"
    partial.write_bytes(b"complete body")
    store.add("com.test.due", task_id, "https://x.example/file", partial)
    store.update("com.test.due", task_id, state="finished", status=200, expected=13)

    second = App("due", data_dir=tmp_path / "data", out=None)  # the app, started again
    seen: list = []
    ios = second.Ti.App.iOS

    def main() -> None:
        module = second.require("com.appcelerator.urlSession")
        module.createSession(JSObject(configuration=module.createSessionConfiguration(JSObject(identifier="com.test.due"))))
        for name in ("backgroundtransfer", "downloadcompleted", "sessioncompleted", "sessioneventscompleted"):
            ios.addEventListener(name, lambda e, name=name: seen.append((name, e)))

    second.call(main)
    assert second.run_until_idle(10)
    assert [name for name, _ in seen] == ["backgroundtransfer", "downloadcompleted", "sessioncompleted",
                                          "sessioneventscompleted"]
    assert seen[0][1].sessionId == "com.test.due" and seen[0][1].handlerId.startswith("Session-")
    assert seen[1][1].data.text == "complete body" and seen[1][1].taskIdentifier == task_id
    assert second.transfers.pending("com.test.due") == [], "delivered tasks are forgotten"


def test_request_timeout_comes_from_the_configuration(tmp_path: Path, scripted_server) -> None:
    from ti2py.runtime import App, JSObject

    release = threading.Event()
    url = scripted_server.route("/stall", lambda handler: release.wait(5))
    app = App("t", data_dir=tmp_path / "data", out=None)
    done: list = []
    app.Ti.App.iOS.addEventListener("sessioncompleted", done.append)

    def start() -> None:
        module = app.require("com.appcelerator.urlSession")
        config = module.createSessionConfiguration(JSObject(identifier="com.test.timeout"))
        config.timeoutIntervalForRequest = 0.3
        module.createSession(JSObject(configuration=config)).downloadTask(JSObject(url=url))

    started = time.monotonic()
    app.call(start)
    try:
        assert app.run_until_idle(10)
    finally:
        release.set()
    assert time.monotonic() - started < 3
    assert (done[0].errorCode, done[0].message) == (-1001, "The request timed out.")
