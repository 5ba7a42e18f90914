"""The URL-session runtime over real HTTP on 127.0.0.1, driven from Python directly."""

from __future__ import annotations

from pathlib import Path

from runtime import App, JSObject, Ti, js, require


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
    assert blob.bytes() == payload and Path(blob.nativePath).is_relative_to(app.data_dir / "tmp")
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
