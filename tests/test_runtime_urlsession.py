"""The URL-session runtime over real HTTP on 127.0.0.1, driven from Python directly."""

from __future__ import annotations

import pytest

from pathlib import Path

from ti2py.runtime import App, JSObject, Ti, js, require

# Every download here runs on both transfer paths (runtime/direct.py and httpx).
pytestmark = pytest.mark.usefixtures("download_engine")


def _download_app(url: str, record: list) -> None:
    url_session = require("com.appcelerator.urlSession")
    config = url_session.createSessionConfiguration(JSObject(identifier="com.test"))
    session = url_session.createSession(JSObject(configuration=config))
    for name in ("downloadprogress", "downloadcompleted", "sessioncompleted"):
        Ti.App.iOS.addEventListener(name, lambda e, name=name: record.append((name, e)))
    record.append(("task", session.downloadTask(JSObject(url=url))))


def test_download_streams_file_and_fires_events_in_order(tmp_path: Path, file_server, payload) -> None:
    url = file_server.add("img.jpg", payload)
    app = App("t", data_dir=tmp_path / "data", out=None)
    record: list = []
    app.call(_download_app, url, record)
    assert app.run_until_idle(10)
    names = [name for name, _ in record]
    assert names[0] == "task" and record[0][1] == 1
    assert names[-2:] == ["downloadcompleted", "sessioncompleted"]
    assert set(names[1:-2]) == {"downloadprogress"}
    last_progress = [e for n, e in record if n == "downloadprogress"][-1]
    assert last_progress.totalBytesWritten == last_progress.totalBytesExpectedToWrite == len(payload)
    blob = record[-2][1].data
    assert blob.js_bytes() == payload and Path(blob.nativePath).is_relative_to(app.data_dir / "tmp")
    done = record[-1][1]
    assert (done.success, done.errorCode, done.statusCode, done.sessionIdentifier) == (True, 0, 200, "com.test")


def test_404_is_a_completed_exchange(tmp_path: Path, file_server) -> None:
    app = App("t", data_dir=tmp_path / "data", out=None)
    record: list = []
    app.call(_download_app, file_server.url + "missing.png", record)
    assert app.run_until_idle(10)
    done = record[-1][1]
    assert record[-1][0] == "sessioncompleted"
    assert (done.success, done.statusCode) == (True, 404)


def test_connection_refused_reports_nsurl_error(tmp_path: Path, file_server) -> None:
    url = file_server.url
    file_server.httpd.shutdown()
    file_server.httpd.server_close()
    app = App("t", data_dir=tmp_path / "data", out=None)
    record: list = []
    app.call(_download_app, url + "x", record)
    assert app.run_until_idle(10)
    done = record[-1][1]
    assert (done.success, done.errorCode, done.message) == (False, -1004, "Could not connect to the server.")
    assert js.JSON.stringify(done.errorCode) == "-1004"


def test_download_path_keeps_cookies_and_decodes_gzip(tmp_path: Path, scripted_server, download_engine: str,
                                                      monkeypatch) -> None:
    """A cookie the server set on a data task goes with a later download (one cookie jar per
    session, whichever path carries the download), and a gzip body is stored decoded."""
    import gzip

    from conftest import reply
    from ti2py.runtime import direct

    fetched: list[str] = []
    real_fetch = direct.fetch
    monkeypatch.setattr(direct, "fetch", lambda exchange, *rest: fetched.append(exchange.url) or real_fetch(exchange, *rest))

    body = b"0123456789" * 50_000

    def login(handler) -> None:
        handler.send_response(200)
        handler.send_header("Set-Cookie", "token=abc; Path=/")
        handler.send_header("Content-Length", "2")
        handler.end_headers()
        handler.wfile.write(b"ok")

    def archive(handler) -> None:
        if "token=abc" not in (handler.headers.get("Cookie") or ""):
            reply(handler, b"no cookie", status=403)
            return
        packed = gzip.compress(body)
        handler.send_response(200)
        handler.send_header("Content-Encoding", "gzip")
        handler.send_header("Content-Length", str(len(packed)))
        handler.end_headers()
        handler.wfile.write(packed)

    login_url = scripted_server.route("/login", login)
    archive_url = scripted_server.route("/archive", archive)
    app = App("t", data_dir=tmp_path / "data", out=None)
    record: list = []

    def start() -> None:
        module = require("com.appcelerator.urlSession")
        session = module.createSession(JSObject(configuration=module.createSessionConfiguration(JSObject(identifier="c"))))
        Ti.App.iOS.addEventListener("downloadcompleted", lambda e: record.append(e))

        def logged_in(e) -> None:
            session.downloadTask(JSObject(url=archive_url))

        Ti.App.iOS.addEventListener("sessioncompleted", lambda e: record.append(e) if e.taskIdentifier != 1 else None)
        task = session.dataTask(JSObject(url=login_url))
        Ti.App.iOS.addEventListener("sessioncompleted", lambda e: logged_in(e) if e.taskIdentifier == task else None)

    app.call(start)
    assert app.run_until_idle(10)
    completed, finished = record
    assert finished.statusCode == 200 and completed.data.js_bytes() == body
    assert fetched == ([archive_url] if download_engine == "direct" else []), "the download took the path under test"


def test_a_direct_download_builds_no_httpx_pool(tmp_path: Path, file_server, payload, download_engine: str) -> None:
    """httpx's connection pool (httpcore, a TLS context) is built on a client's first request:
    a download that goes the direct way never pays for it.  In its own process, so what this
    test process imported does not count."""
    import json
    import subprocess
    import sys

    url = file_server.add("pool.bin", payload)
    script = (
        "import json, sys\n"
        "from ti2py.runtime import App, JSObject\n"
        f"app = App('pool', data_dir={str(tmp_path / 'data')!r}, out=None)\n"
        "done = []\n"
        "app.Ti.App.iOS.addEventListener('sessioncompleted', lambda e: done.append(e.success))\n"
        "def start():\n"
        "    module = app.require('com.appcelerator.urlSession')\n"
        "    config = module.createSessionConfiguration(JSObject(identifier='pool'))\n"
        f"    module.createSession(JSObject(configuration=config)).downloadTask(JSObject(url={url!r}))\n"
        "app.call(start)\n"
        "assert app.run_until_idle(20)\n"
        "print(json.dumps([done, 'httpcore' in sys.modules]))\n"
    )
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    done, pool_built = json.loads(run.stdout.strip().splitlines()[-1])
    assert done == [True]
    assert pool_built == (download_engine == "httpx")
