"""Ti.App.Properties, Ti.Filesystem and Blobs; upload and data tasks over real HTTP."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import read_body, reply, run_translated
from ti2py.runtime import App, JSArray, JSObject, require, undefined


def test_properties_all_types_persist_across_apps(tmp_path: Path) -> None:
    first = App("p", data_dir=tmp_path, out=None)
    props = first.Ti.App.Properties
    props.setString("s", "text")
    props.setInt("i", 42)
    props.setBool("b", True)
    props.setDouble("d", 2.5)
    props.setList("l", JSArray([1, "two", None]))
    props.setObject("o", JSObject(nested=JSObject(ok=True)))
    second = App("p", data_dir=tmp_path, out=None).Ti.App.Properties
    assert (second.getString("s"), second.getInt("i"), second.getBool("b"), second.getDouble("d")) == ("text", 42, True, 2.5)
    assert list(second.getList("l")) == [1, "two", None] and second.getObject("o").nested.ok is True
    assert second.getString("missing", "fallback") == "fallback" and second.hasProperty("i")
    second.removeProperty("i")
    assert not App("p", data_dir=tmp_path, out=None).Ti.App.Properties.hasProperty("i")
    assert list(second.listProperties()) == ["b", "d", "l", "o", "s"]


def test_filesystem_files_directories_and_blobs(tmp_path: Path) -> None:
    app = App("fs", data_dir=tmp_path, out=None)
    fs = app.Ti.Filesystem
    folder = fs.getFile(fs.applicationDataDirectory, "notes")
    assert not folder.exists() and folder.createDirectory() and folder.isDirectory()
    note = fs.getFile(folder.nativePath, "a.txt")
    assert note.write("hello") and note.write(" world", True)
    blob = note.read()
    assert (blob.text, blob.length, blob.mimeType) == ("hello world", 11, "text/plain")
    assert Path(blob.nativePath).read_text() == "hello world"
    copy = fs.getFile(fs.tempDirectory, "copy.txt")
    copy.write(blob)
    assert copy.read().text == "hello world" and Path(copy.nativePath).parent == tmp_path / "tmp"
    assert list(folder.getDirectoryListing()) == ["a.txt"]
    assert note.deleteFile() and not note.exists() and list(folder.getDirectoryListing()) == []
    # The module sample's double slash is tolerated.
    assert fs.getFile(fs.applicationDataDirectory + "/x.bin").write("1")
    # Relative paths resolve into the read-only Resources folder, as on iOS.
    assert fs.getFile("/default.png").write("x") is False
    assert "Resources folder is read-only" in app.log_lines("WARN")[0]


def _echo(server, seen: list) -> str:
    def echo(handler) -> None:
        body = read_body(handler)
        seen.append((handler.command, handler.path, dict(handler.headers), body))
        reply(handler, json.dumps({"got": len(body), "method": handler.command}).encode(), status=201,
              content_type="application/json")

    return server.route("/echo", echo)


def _session_app(tmp_path: Path, record: list) -> App:
    app = App("up", data_dir=tmp_path / "data", out=None, progress_interval=0.0)
    for name in ("uploadprogress", "sessioncompleted"):
        app.Ti.App.iOS.addEventListener(name, lambda e, name=name: record.append((name, e)))
    return app


def test_upload_from_blob_and_from_path_with_progress(tmp_path: Path, scripted_server) -> None:
    seen: list = []
    url = _echo(scripted_server, seen)
    record: list = []
    app = _session_app(tmp_path, record)
    payload = b"z" * 200_000

    def start() -> None:
        module = require("com.appcelerator.urlSession")
        config = module.createSessionConfiguration(JSObject(identifier="up"))
        config.HTTPHeaderFields = JSObject({"X-App": "t"})
        session = module.createSession(JSObject(configuration=config))
        file = app.Ti.Filesystem.getFile(app.Ti.Filesystem.applicationDataDirectory, "up.bin")
        file.write(payload.decode())
        session.uploadTask(JSObject(url=url, data=file.read(), requestHeaders=JSObject({"X-Kind": "blob"})))
        session.uploadTask(JSObject(url=url, data=file.nativePath, method="PUT"))

    app.call(start)
    assert app.run_until_idle(10)
    methods = sorted((m, h.get("X-Kind"), h.get("X-App"), len(b)) for m, _, h, b in seen)
    assert methods == [("POST", "blob", "t", 200_000), ("PUT", None, "t", 200_000)]
    progress = [e for n, e in record if n == "uploadprogress"]
    assert progress and {e.totalBytesExpectedToSend for e in progress} == {200_000}
    assert max(e.totalBytesSent for e in progress) == 200_000
    done = [e for n, e in record if n == "sessioncompleted"]
    assert {(e.success, e.statusCode) for e in done} == {(True, 201)}
    assert {json.loads(e.responseText)["method"] for e in done} == {"POST", "PUT"}


def test_data_task_sends_json_and_reports_response_text(tmp_path: Path, scripted_server) -> None:
    seen: list = []
    url = _echo(scripted_server, seen)
    record: list = []
    app = _session_app(tmp_path, record)
    callbacks: list = []

    def start() -> None:
        module = require("com.appcelerator.urlSession")
        session = module.createSession(JSObject(configuration=module.createSessionConfiguration(JSObject(identifier="d"))))
        session.dataTask(JSObject(url=url, data=JSObject(a=1, list=JSArray(["x"])),
                                  requestHeaders=JSObject({"Content-Type": "application/json"})))
        session.reset(lambda e: callbacks.append(("reset", e.completed)))
        session.flush(lambda e: callbacks.append(("flush", e.completed)))

    app.call(start)
    assert app.run_until_idle(10)
    ((method, _, headers, body),) = seen
    assert method == "POST" and headers["Content-Type"] == "application/json"
    assert body == b'{"a":1,"list":["x"]}'
    (done,) = [e for n, e in record if n == "sessioncompleted"]
    assert (done.success, done.statusCode, json.loads(done.responseText)["got"]) == (True, 201, len(body))
    assert callbacks == [("reset", True), ("flush", True)]


def test_upload_argument_errors_follow_the_module(tmp_path: Path) -> None:
    app = App("up", data_dir=tmp_path, out=None)
    results: dict = {}

    def start() -> None:
        module = require("com.appcelerator.urlSession")
        session = module.createSession(JSObject(configuration=module.createSessionConfiguration(JSObject(identifier="e"))))
        results["empty"] = session.uploadTask(JSObject(url="", data="x"))
        results["bad data"] = session.uploadTask(JSObject(url="http://127.0.0.1:9/", data=5))

    app.call(start)
    assert app.run_until_idle(5)
    assert results == {"empty": undefined, "bad data": None}
    assert app.log_lines("ERROR") == ["[ERROR] The url for upload task is empty",
                                      "[ERROR] The data for upload task must be a Blob or a file path"]


def test_file_methods_apps_use_stay_inside_the_app_folders(tmp_path: Path) -> None:
    log = run_translated(tmp_path, """
var dir = Ti.Filesystem.getFile(Ti.Filesystem.applicationDataDirectory, 'cache');
dir.createDirectory();
var f = Ti.Filesystem.getFile(dir.nativePath, 'a.txt');
f.write('one'); f.append('two');
Ti.API.info(f.read().text + ' ' + f.extension() + ' ' + f.getParent().name + ' ' + f.isFile() + ' ' + (f.modificationTimestamp() > 0));
Ti.API.info(f.rename('../escape.txt') + ' ' + f.rename('b.txt') + ' ' + JSON.stringify(dir.getDirectoryListing()));
var b = Ti.Filesystem.getFile(dir.nativePath, 'b.txt');
var copy = Ti.Filesystem.getFile(Ti.Filesystem.tempDirectory, 'c.txt');
Ti.API.info(b.copy(copy) + ' ' + copy.read().text + ' ' + b.move(Ti.Filesystem.tempDirectory + 'd.txt') + ' ' + b.exists());
Ti.API.info(dir.deleteDirectory() + ' ' + Ti.Filesystem.getFile(Ti.Filesystem.applicationDataDirectory).deleteDirectory(true));
Ti.API.info(copy.move('/etc/passwd') + ' ' + copy.exists());  // a bare path means Resources, read-only
Ti.API.info(Ti.Filesystem.getFile('app.js').copy(Ti.Filesystem.getFile('other.js')));
""")
    assert log == [
        "onetwo txt cache true true",
        'false true ["b.txt"]',
        "true onetwo true false",
        "true false",  # an empty folder goes; the app's own Documents folder never does
        "false true",
        "false",  # Resources is read-only
    ]
    assert (tmp_path / "data" / "tmp" / "d.txt").read_text() == "onetwo"
