"""The fault matrix: each failure gives the device's event sequence and NSURLError code, never a
hang, never a leaked temp file."""

from __future__ import annotations

import shutil
import socket
import ssl
import struct
import subprocess
import threading
from pathlib import Path

import pytest

from conftest import reply
from ti2py.runtime import App, JSObject, require

# Every download here runs on both transfer paths (runtime/direct.py and httpx).
pytestmark = pytest.mark.usefixtures("download_engine")


def _download(tmp_path: Path, url: str, **app_options: object) -> tuple[list[str], JSObject, App]:
    app = App("faults", data_dir=tmp_path / "data", out=None, **app_options)  # type: ignore[arg-type]
    events: list = []
    for name in ("downloadprogress", "downloadcompleted", "sessioncompleted"):
        app.Ti.App.iOS.addEventListener(name, lambda e, name=name: events.append((name, e)))

    def start() -> None:
        module = require("com.appcelerator.urlSession")
        session = module.createSession(JSObject(configuration=module.createSessionConfiguration(JSObject(identifier="f"))))
        session.downloadTask(JSObject(url=url))

    app.call(start)
    assert app.run_until_idle(20), "a fault must never hang the app"
    names = [name for name, _ in events]
    assert names[-1] == "sessioncompleted" and names.count("sessioncompleted") == 1
    leftovers = [p.name for p in (tmp_path / "data" / "tmp").iterdir()] if names[-2:-1] != ["downloadcompleted"] else []
    assert leftovers == [], f"temp files left behind: {leftovers}"
    return names, events[-1][1], app


def _assert_error(done: JSObject, code: int, message: str) -> None:
    assert (done.success, done.errorCode, done.message) == (False, code, message)
    assert "statusCode" not in done


def test_connection_refused(tmp_path: Path) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    names, done, _ = _download(tmp_path, f"http://127.0.0.1:{port}/x")
    assert names == ["sessioncompleted"]
    _assert_error(done, -1004, "Could not connect to the server.")


def _partial(send_reset: bool):
    def route(handler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Length", "100000")
        handler.end_headers()
        handler.wfile.write(b"x" * 10000)
        handler.wfile.flush()
        if send_reset:
            handler.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        handler.close_connection = True
        handler.connection.close()

    return route


@pytest.mark.parametrize("reset", [True, False], ids=["reset-mid-body", "body-shorter-than-length"])
def test_body_cut_short(tmp_path: Path, scripted_server, reset: bool) -> None:
    url = scripted_server.route("/cut", _partial(reset))
    names, done, _ = _download(tmp_path, url, progress_interval=0.0)
    assert "downloadcompleted" not in names
    _assert_error(done, -1005, "The network connection was lost.")


@pytest.mark.parametrize("status", [404, 500])
def test_http_errors_are_completed_exchanges(tmp_path: Path, scripted_server, status: int) -> None:
    url = scripted_server.route("/err", lambda h: reply(h, b"<h1>error page</h1>", status=status, content_type="text/html"))
    names, done, _ = _download(tmp_path, url)
    assert names[-2:] == ["downloadcompleted", "sessioncompleted"]
    assert (done.success, done.errorCode, done.statusCode) == (True, 0, status)


def test_redirect_loop(tmp_path: Path, scripted_server) -> None:
    def loop(handler) -> None:
        handler.send_response(302)
        handler.send_header("Location", "/loop")
        handler.send_header("Content-Length", "0")
        handler.end_headers()

    url = scripted_server.route("/loop", loop)
    names, done, _ = _download(tmp_path, url)
    assert names == ["sessioncompleted"]
    _assert_error(done, -1007, "too many HTTP redirects")
    assert len(scripted_server.hits) == 17  # the first request and 16 redirects, as NSURLSession allows


def test_unsupported_url_and_file_url_are_not_fetched(tmp_path: Path) -> None:
    for url in ("file:///etc/passwd", "ftp://127.0.0.1/x", "javascript:alert(1)"):
        names, done, app = _download(tmp_path, url)
        assert names == ["sessioncompleted"]
        _assert_error(done, -1002, "unsupported URL")


@pytest.mark.skipif(shutil.which("openssl") is None, reason="openssl is needed to make a self-signed certificate")
def test_self_signed_https(tmp_path: Path) -> None:
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(cert),
                    "-days", "1", "-subj", "/CN=127.0.0.1"], check=True, capture_output=True)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    port = listener.getsockname()[1]

    def serve() -> None:
        try:
            connection, _ = listener.accept()
            with context.wrap_socket(connection, server_side=True):
                pass
        except (ssl.SSLError, OSError):
            pass  # the client refuses our certificate: that is the point

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        names, done, _ = _download(tmp_path, f"https://127.0.0.1:{port}/secret")
    finally:
        listener.close()
    assert names == ["sessioncompleted"]
    assert (done.success, done.errorCode) == (False, -1202)
    assert done.message.startswith("The certificate for this server is invalid.")
