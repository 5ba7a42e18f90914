"""Confinement, proven by running the attacks as converted JavaScript: files (no path, parent
walk, move, rename, copy, delete, listing or link leaves the app's folders), network
(credentials on redirects, bounded decoding, truncated bodies, --timeout and Ctrl-C), state (one
run per data folder, corrupt stores moved aside, Properties) and the push gateway (malformed
bodies get APNs-style errors).  Each test checks that nothing outside happened: a decoy folder
intact, a marker not created, a second server that saw no credentials."""

from __future__ import annotations

import errno
import gzip
import json
import os
import random
import signal
import socket
import subprocess
import sys
import threading
import time
import zlib
from pathlib import Path
from typing import Any, Callable

import pytest

from conftest import ScriptedServer, reply
from ti2py.runtime import App
from ti2py.transpiler import convert


# -- helpers -----------------------------------------------------------------------------------------
def _module(tmp_path: Path, source: str, name: str = "app") -> Path:
    result = convert(source, f"{name}.js")
    assert result.ok, result.diagnostics.render()
    module = tmp_path / f"{name}.py"
    module.write_text(result.code or "")
    return module


def run_js(tmp_path: Path, source: str, *, data: Path | None = None, timeout: float = 20, **options: Any) -> App:
    """Convert ``source``, run it on an App until idle, return the App."""
    module = _module(tmp_path, source)
    app = App("confined", data_dir=data or tmp_path / "data", out=None, **options)
    app.load(module)
    assert app.run_until_idle(timeout), "the app must go idle"
    return app


def infos(app: App) -> list[str]:
    return [line.removeprefix("[INFO] ") for line in app.log_lines("INFO")]


def tree(folder: Path) -> dict[str, bytes | None]:
    """Every path below ``folder`` with its content (None for folders), links not followed."""
    found: dict[str, bytes | None] = {}
    for parent, folders, files in os.walk(folder):
        for name in folders:
            found[os.path.relpath(os.path.join(parent, name), folder)] = None
        for name in files:
            path = Path(parent, name)
            found[os.path.relpath(path, folder)] = path.read_bytes()
    return found


def js_string(text: str) -> str:
    return json.dumps(text)


# -- 3. files ----------------------------------------------------------------------------------------
FILE_ATTACKS = r"""
var fs = Ti.Filesystem;
function attempt(label, fn) {
    try {
        var result = fn();
        Ti.API.info(label + ': ' + result);
    } catch (e) {
        Ti.API.info(label + ': threw');
    }
}
var docs = fs.getFile(fs.applicationDataDirectory);
Ti.API.info('parent of Documents: ' + docs.getParent());
Ti.API.info('parent of tmp: ' + fs.getFile(fs.tempDirectory).getParent());
Ti.API.info('parent of Resources: ' + fs.getFile(fs.resourcesDirectory).getParent());
var sub = fs.getFile(fs.applicationDataDirectory, 'sub');
sub.createDirectory();
Ti.API.info('parent of sub is Documents: ' + (sub.getParent().nativePath === docs.nativePath));
var dir = sub, steps = 0;
while (dir && steps < 10) { dir = dir.getParent(); steps++; }
Ti.API.info('a parent walk stops after ' + steps);
attempt('walk out and list', function () { return docs.getParent().getParent().getParent().getDirectoryListing(); });
attempt('walk out and delete', function () { return docs.getParent().getParent().getParent().deleteDirectory(true); });
attempt('relative ../..', function () { return fs.getFile('../../decoy/secret.txt').read(); });
attempt('Documents/../..', function () { return fs.getFile(fs.applicationDataDirectory + '../../decoy/secret.txt').read(); });
attempt('joined ..', function () { return fs.getFile(fs.applicationDataDirectory, '..', '..', 'decoy', 'secret.txt').read(); });
attempt('absolute', function () { return fs.getFile(DECOY + '/secret.txt').read(); });
attempt('file URL', function () { return fs.getFile('file://' + DECOY + '/secret.txt').read(); });
attempt('absolute write', function () { return fs.getFile(DECOY + '/marker.txt').write('x'); });
attempt('data folder file', function () { return fs.getFile(fs.applicationDataDirectory + '../properties.json').deleteFile(); });
attempt('link read', function () { return fs.getFile(fs.applicationDataDirectory, 'link', 'secret.txt').read(); });
attempt('link listing', function () { return fs.getFile(fs.applicationDataDirectory, 'link').getDirectoryListing(); });
attempt('link delete', function () { return fs.getFile(fs.applicationDataDirectory, 'link').deleteDirectory(true); });
attempt('link write', function () { return fs.getFile(fs.applicationDataDirectory, 'link/marker.txt').write('x'); });
attempt('Documents listing', function () { return docs.getDirectoryListing().join(','); });
var note = fs.getFile(fs.applicationDataDirectory, 'note.txt');
note.write('mine');
attempt('move ../..', function () { return note.move('../../decoy/moved.txt'); });
attempt('move Documents/../..', function () { return note.move(fs.applicationDataDirectory + '../../decoy/moved.txt'); });
attempt('move absolute', function () { return note.move(DECOY + '/moved.txt'); });
attempt('move file URL', function () { return note.move('file://' + fs.applicationDataDirectory + '../../decoy/moved.txt'); });
attempt('move into link', function () { return note.move(fs.applicationDataDirectory + 'link/moved.txt'); });
attempt('rename ../..', function () { return note.rename('../../decoy/renamed.txt'); });
attempt('rename ..', function () { return note.rename('..'); });
attempt('copy Documents/../..', function () { return note.copy(fs.applicationDataDirectory + '../../decoy/copied.txt'); });
attempt('copy into link', function () { return note.copy(fs.applicationDataDirectory + 'link/copied.txt'); });
attempt('copy onto a link file', function () { return note.copy(fs.applicationDataDirectory + 'filelink'); });
attempt('write through a link file', function () { return fs.getFile(fs.applicationDataDirectory, 'filelink').write('x'); });
attempt('delete Documents', function () { return docs.deleteDirectory(true); });
attempt('delete tmp', function () { return fs.getFile(fs.tempDirectory).deleteDirectory(true); });
attempt('move Documents away', function () { return docs.move(fs.tempDirectory + 'stolen'); });
attempt('copy inside', function () { return note.copy(fs.tempDirectory + 'copy.txt'); });
attempt('rename inside', function () { return note.rename('renamed.txt'); });
attempt('delete sub', function () { return sub.deleteDirectory(true); });
"""

FILE_RESULTS = [
    "parent of Documents: null",
    "parent of tmp: null",
    "parent of Resources: null",
    "parent of sub is Documents: true",
    "a parent walk stops after 2",
    "walk out and list: threw",
    "walk out and delete: threw",
    "relative ../..: threw",
    "Documents/../..: threw",
    "joined ..: threw",
    "absolute: null",  # an absolute path elsewhere is taken inside the read-only Resources
    "file URL: null",
    "absolute write: false",
    "data folder file: threw",
    "link read: threw",
    "link listing: threw",
    "link delete: threw",
    "link write: threw",
    "Documents listing: filelink,link,sub",
    "move ../..: false",
    "move Documents/../..: false",
    "move absolute: false",
    "move file URL: false",
    "move into link: false",
    "rename ../..: false",
    "rename ..: false",
    "copy Documents/../..: false",
    "copy into link: false",
    "copy onto a link file: false",
    "write through a link file: threw",
    "delete Documents: false",
    "delete tmp: false",
    "move Documents away: false",
    "copy inside: true",
    "rename inside: true",
    "delete sub: true",
]


def decoy_and_data(tmp_path: Path) -> tuple[Path, Path]:
    """A decoy folder outside the app's folders, and a data folder with links pointing out to it."""
    decoy = tmp_path / "decoy"
    (decoy / "inner").mkdir(parents=True)
    (decoy / "secret.txt").write_text("secret")
    (decoy / "inner" / "keep.bin").write_bytes(b"\x00keep")
    data = tmp_path / "data"
    (data / "Documents").mkdir(parents=True)
    (data / "properties.json").write_text("{}")
    os.symlink(decoy, data / "Documents" / "link")  # a link inside the data folder, pointing out
    os.symlink(decoy / "secret.txt", data / "Documents" / "filelink")
    return decoy, data


def test_file_attacks_from_js_never_leave_the_app_folders(tmp_path: Path) -> None:
    decoy, data = decoy_and_data(tmp_path)
    before = tree(decoy)

    app = run_js(tmp_path, f"var DECOY = {js_string(str(decoy))};\n" + FILE_ATTACKS, data=data)

    assert infos(app) == FILE_RESULTS
    assert tree(decoy) == before, "the decoy folder must be untouched"
    assert (data / "properties.json").read_text() == "{}"
    assert (data / "Documents" / "sub").exists() is False and (data / "tmp").is_dir()
    assert (data / "Documents" / "renamed.txt").read_text() == "mine"
    assert (data / "tmp" / "copy.txt").read_text() == "mine"
    assert not list(tmp_path.rglob("marker.txt")) and not list(decoy.rglob("moved.txt"))


# -- 4. network --------------------------------------------------------------------------------------
CREDENTIALS = ("authorization", "cookie", "proxy-authorization")


def _redirect(location: str) -> Callable[[Any], None]:
    def route(handler: Any) -> None:
        handler.send_response(302)
        handler.send_header("Location", location)
        handler.send_header("Content-Length", "0")
        handler.end_headers()

    return route


def _recorder(seen: list[dict[str, str]]) -> Callable[[Any], None]:
    def route(handler: Any) -> None:
        seen.append({k.lower(): v for k, v in handler.headers.items()})
        reply(handler, b"landed", content_type="text/plain")

    return route


CREDENTIAL_REDIRECTS = r"""
var urlSession = require('com.appcelerator.urlSession');
var config = urlSession.createSessionConfiguration({identifier: 'creds'});
config.HTTPHeaderFields = {Authorization: 'Bearer s3cret', Cookie: 'sid=s3cret',
                           'Proxy-Authorization': 'Basic s3cret', 'X-Trace': 'kept'};
var session = urlSession.createSession({configuration: config});
Ti.App.iOS.addEventListener('sessioncompleted', function (e) {
    Ti.API.info('task ' + e.taskIdentifier + ' ' + e.success + ' ' + e.statusCode);
});
session.downloadTask({url: A + 'same'});
session.downloadTask({url: A + 'cross'});
session.dataTask({url: A + 'cross', method: 'GET', requestHeaders: {Authorization: 'Bearer task'}});
var xhr = Ti.Network.createHTTPClient({
    onload: function () { Ti.API.info('xhr ' + this.status + ' ' + this.responseText); },
    onerror: function (e) { Ti.API.info('xhr error ' + e.code); }
});
xhr.open('GET', A + 'cross');
xhr.setRequestHeader('Authorization', 'Bearer xhr');
xhr.setRequestHeader('Proxy-Authorization', 'Basic xhr');
xhr.send();
var basic = Ti.Network.createHTTPClient({username: 'user', password: 'pass',
    onload: function () { Ti.API.info('basic ' + this.status); }});
basic.open('GET', A + 'cross');
basic.send();
"""


def test_credentials_never_follow_a_redirect_to_another_origin(tmp_path: Path, download_engine: str,
                                                               scripted_server: ScriptedServer) -> None:
    same: list[dict[str, str]] = []
    other: list[dict[str, str]] = []
    with ScriptedServer() as elsewhere:  # another port of 127.0.0.1: another origin
        elsewhere.route("/land", _recorder(other))
        scripted_server.route("/same", _redirect(scripted_server.url + "land"))
        scripted_server.route("/land", _recorder(same))
        scripted_server.route("/cross", _redirect(elsewhere.url + "land"))
        app = run_js(tmp_path, f"var A = {js_string(scripted_server.url)};\n" + CREDENTIAL_REDIRECTS)
    assert sorted(infos(app)) == ["basic 200", "task 1 true 200", "task 2 true 200", "task 3 true 200",
                                  "xhr 200 landed"]
    assert len(other) == 4 and len(same) == 1
    for headers in other:
        assert not [name for name in CREDENTIALS if name in headers], headers
    # Other headers still go: the session's two cross-origin tasks carry X-Trace (the four
    # requests arrive in any order: the tasks run concurrently).
    assert sum(headers.get("x-trace") == "kept" for headers in other) == 2
    assert same[0]["authorization"] == "Bearer s3cret"  # a redirect within the origin keeps them


def _gzip_bomb(blocks: int = 4096) -> tuple[bytes, bytes]:
    """A gzip stream of ``blocks`` MiB of zeros as (head, block): each 1 MiB block compresses
    to about 1 KB on its own (a full flush), so 4 MB on the wire inflate to 4 GiB."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    head = compressor.compress(b"\0" * (1 << 20)) + compressor.flush(zlib.Z_FULL_FLUSH)
    block = compressor.compress(b"\0" * (1 << 20)) + compressor.flush(zlib.Z_FULL_FLUSH)
    return head, block


def _bomb_route(blocks: int = 4096) -> Callable[[Any], None]:
    head, block = _gzip_bomb()

    def route(handler: Any) -> None:
        handler.send_response(200)
        handler.send_header("Content-Encoding", "gzip")
        handler.send_header("Content-Length", str(len(head) + blocks * len(block)))
        handler.end_headers()
        handler.wfile.write(head)
        for _ in range(blocks):
            handler.wfile.write(block)

    return route


def _encoded_route(body: bytes, encoding: str = "gzip", length: int | None = None) -> Callable[[Any], None]:
    def route(handler: Any) -> None:
        handler.send_response(200)
        handler.send_header("Content-Encoding", encoding)
        handler.send_header("Content-Length", str(len(body) if length is None else length))
        handler.send_header("Connection", "close")
        handler.end_headers()
        handler.wfile.write(body)
        handler.close_connection = True

    return route


DOWNLOADS = r"""
var urlSession = require('com.appcelerator.urlSession');
var session = urlSession.createSession({configuration: urlSession.createSessionConfiguration({identifier: 'enc'})});
var most = {};
Ti.App.iOS.addEventListener('downloadprogress', function (e) {
    most[e.taskIdentifier] = Math.max(most[e.taskIdentifier] || 0, e.totalBytesWritten);
});
Ti.App.iOS.addEventListener('downloadcompleted', function (e) {
    Ti.API.info('file ' + e.taskIdentifier + ' ' + e.data.text);
});
Ti.App.iOS.addEventListener('sessioncompleted', function (e) {
    Ti.API.info('task ' + e.taskIdentifier + ' ' + e.success + ' ' + e.errorCode + ' most ' + (most[e.taskIdentifier] || 0));
});
for (var i = 0; i < PATHS.length; i++) {
    session.downloadTask({url: A + PATHS[i]});
}
"""

HTTP_CLIENTS = r"""
PATHS.forEach(function (path) {
    var xhr = Ti.Network.createHTTPClient({
        onload: function () { Ti.API.info(path + ' loaded ' + this.responseText.length); },
        onerror: function (e) { Ti.API.info(path + ' error ' + e.code); }
    });
    xhr.open('GET', A + path);
    xhr.send();
});
"""

TEXT = b"ti2py " * 5000


def _max_rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # (kB on Linux)


def _encoding_routes(server: ScriptedServer) -> list[str]:
    whole = gzip.compress(TEXT)
    server.route("/bomb", _bomb_route())
    server.route("/good", _encoded_route(whole))
    server.route("/deflate", _encoded_route(zlib.compress(TEXT), "deflate"))
    server.route("/cut", _encoded_route(whole[: len(whole) // 2]))  # complete HTTP, half a gzip stream
    server.route("/short", _encoded_route(whole[: len(whole) // 2], length=len(whole)))  # fewer bytes than promised
    server.route("/plain-short", _encoded_route(TEXT[:100], "identity", length=len(TEXT)))
    raw = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)  # "deflate" without the zlib wrapper, as some servers send it
    server.route("/raw-deflate", _encoded_route(raw.compress(TEXT) + raw.flush(), "deflate"))
    return ["bomb", "good", "deflate", "cut", "short", "plain-short", "raw-deflate"]


def test_compressed_downloads_are_bounded_and_checked(tmp_path: Path, download_engine: str,
                                                      scripted_server: ScriptedServer) -> None:
    paths = _encoding_routes(scripted_server)
    rss = _max_rss_mb()
    app = run_js(tmp_path, f"var A = {js_string(scripted_server.url)}, PATHS = {json.dumps(paths)};\n" + DOWNLOADS,
                 timeout=60)
    lines = infos(app)
    text = TEXT.decode()
    results = {line.split()[1]: line for line in lines if line.startswith("task ")}
    bomb = results["1"].split()
    assert bomb[2:4] == ["false", "-1103"], results["1"]  # NSURLErrorDataLengthExceedsMaximum
    assert int(bomb[-1]) <= 17 * 1024 * 1024, "the bomb was cut at the 16 MiB floor"
    assert results["2"].startswith("task 2 true 0") and f"file 2 {text}" in lines
    assert results["3"].startswith("task 3 true 0") and f"file 3 {text}" in lines
    assert results["4"].startswith("task 4 false -1015")  # a gzip stream cut short: cannot decode
    assert results["5"].startswith("task 5 false -1005")  # the connection closed before Content-Length
    assert results["6"].startswith("task 6 false -1005")
    assert results["7"].startswith("task 7 true 0") and f"file 7 {text}" in lines
    assert _max_rss_mb() - rss < 150, "decoding must not hold the inflated body"
    assert not [p.name for p in (tmp_path / "data" / "tmp").iterdir() if not p.name.startswith("CFNetworkDownload")]
    left = {p.stat().st_size for p in (tmp_path / "data" / "tmp").iterdir()}
    assert left <= {len(TEXT)}, "no partial file of a failed download is left behind"


def test_http_client_decoding_is_bounded_and_checked(tmp_path: Path, scripted_server: ScriptedServer) -> None:
    paths = _encoding_routes(scripted_server)
    rss = _max_rss_mb()
    app = run_js(tmp_path, f"var A = {js_string(scripted_server.url)}, PATHS = {json.dumps(paths)};\n" + HTTP_CLIENTS,
                 timeout=60)
    assert sorted(infos(app)) == sorted([
        "bomb error -1103", f"good loaded {len(TEXT)}", f"deflate loaded {len(TEXT)}", "cut error -1015",
        "short error -1005", "plain-short error -1005", f"raw-deflate loaded {len(TEXT)}",
    ])
    assert _max_rss_mb() - rss < 150, "the bomb must not be inflated into memory"


# -- 4. --timeout and Ctrl-C end a run within about a second, on every path ------------------------------
DOWNLOAD_APP = r"""
var urlSession = require('com.appcelerator.urlSession');
var session = urlSession.createSession({configuration: urlSession.createSessionConfiguration({identifier: 'slow'})});
Ti.App.iOS.addEventListener('sessioncompleted', function (e) { Ti.API.info('completed ' + e.success); });
session.downloadTask({url: A + PATH});
"""
SYNC_CLIENT_APP = r"""
var xhr = Ti.Network.createHTTPClient({onload: function () { Ti.API.info('loaded'); }});
xhr.open('GET', A + PATH, false);
xhr.send();
"""
LOOP_APP = r"""
Ti.API.info('looping');
var n = 0;
while (true) {
    n++;
}
"""

CASES = {  # name: (app, path served, TI2PY_DIRECT_DOWNLOADS)
    "stalled server, direct": (DOWNLOAD_APP, "stall", "1"),
    "stalled server, httpx": (DOWNLOAD_APP, "stall", "0"),
    "1 byte/s, direct": (DOWNLOAD_APP, "trickle", "1"),
    "1 byte/s, httpx": (DOWNLOAD_APP, "trickle", "0"),
    "1 byte/s, synchronous HTTPClient": (SYNC_CLIENT_APP, "trickle", "1"),
    "while (true) {}": (LOOP_APP, "", "1"),
}


@pytest.fixture
def slow_server() -> Any:
    """/stall sends headers and then nothing; /trickle sends one byte a second.  Both stop when
    the test ends; ``requested`` is set when a request arrives."""
    stop = threading.Event()
    with ScriptedServer() as server:
        server.requested = threading.Event()  # type: ignore[attr-defined]

        def slow(handler: Any, every: float | None) -> None:
            handler.send_response(200)
            handler.send_header("Content-Length", "100000")
            handler.end_headers()
            handler.wfile.flush()
            server.requested.set()  # type: ignore[attr-defined]
            while not stop.wait(every if every is not None else 30):
                handler.wfile.write(b"x")
                handler.wfile.flush()

        server.route("/stall", lambda handler: slow(handler, None))
        server.route("/trickle", lambda handler: slow(handler, 1.0))
        yield server
        stop.set()


def _start(tmp_path: Path, case: str, server: ScriptedServer, *extra: str) -> subprocess.Popen[str]:
    source, path, direct = CASES[case]
    module = _module(tmp_path, f"var A = {js_string(server.url)}, PATH = {js_string(path)};\n" + source)
    env = dict(os.environ, TI2PY_DIRECT_DOWNLOADS=direct, PYTHONUNBUFFERED="1")
    return subprocess.Popen([sys.executable, "-m", "ti2py.transpiler.cli", "run", str(module), "--plain",
                             "--data-dir", str(tmp_path / "data"), *extra],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


def _wait_until_busy(process: subprocess.Popen[str], case: str, server: ScriptedServer) -> None:
    if CASES[case][1]:
        assert server.requested.wait(20), "the request never arrived"  # type: ignore[attr-defined]
        time.sleep(0.3)  # well inside the read
    else:
        assert process.stdout is not None and process.stdout.readline().strip() == "[INFO] looping"
        time.sleep(0.3)


@pytest.mark.parametrize("case", list(CASES))
def test_timeout_ends_the_run_within_a_second(tmp_path: Path, case: str, slow_server: ScriptedServer) -> None:
    process = _start(tmp_path, case, slow_server, "--timeout", "2")
    _wait_until_busy(process, case, slow_server)
    busy_at = time.monotonic()
    out, err = process.communicate(timeout=30)
    # The deadline is 2 s after start-up; the run was busy before it, so it ends by then plus a second.
    assert time.monotonic() - busy_at < 3.0, err
    assert process.returncode == 3, (out, err)
    assert "ti2py run: timed out after 2 s" in err and "Traceback" not in err
    if not CASES[case][1]:
        assert "app code was still running at app.js:5" in err  # where the loop was


@pytest.mark.parametrize("case", list(CASES))
def test_ctrl_c_ends_the_run_within_a_second(tmp_path: Path, case: str, slow_server: ScriptedServer) -> None:
    process = _start(tmp_path, case, slow_server, "--timeout", "60")
    _wait_until_busy(process, case, slow_server)
    sent = time.monotonic()
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=30)
    assert time.monotonic() - sent < 1.5, err
    assert process.returncode == 130, (out, err)
    assert "interrupted" in err and "Traceback" not in err


# -- 5. state ------------------------------------------------------------------------------------------
WAITING_APP = r"""
Ti.API.info('started');
setTimeout(function () { Ti.API.info('done'); }, 3000);
"""


def test_one_run_per_data_folder_and_the_lock_survives_no_crash(tmp_path: Path) -> None:
    module = _module(tmp_path, WAITING_APP)
    command = [sys.executable, "-m", "ti2py.transpiler.cli", "run", str(module), "--plain",
               "--data-dir", str(tmp_path / "data")]
    first = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert first.stdout is not None and first.stdout.readline().strip() == "[INFO] started"
        second = subprocess.run(command, capture_output=True, text=True, timeout=30)
        assert second.returncode == 2, second
        assert f"is in use by another running app (pid {first.pid})" in second.stderr
        assert "Traceback" not in second.stderr and "started" not in second.stdout  # it never ran
    finally:
        first.kill()  # a crash: the kernel drops the lock with the process
        first.wait()
    third = subprocess.run(command + ["--timeout", "10"], capture_output=True, text=True, timeout=30)
    assert third.returncode == 0 and "[INFO] done" in third.stdout, third


DOWNLOAD_ONE = r"""
var urlSession = require('com.appcelerator.urlSession');
var session = urlSession.createSession({configuration: urlSession.createSessionConfiguration({identifier: 'one'})});
Ti.App.iOS.addEventListener('downloadcompleted', function (e) { Ti.API.info('downloaded ' + e.data.length); });
Ti.App.iOS.addEventListener('sessioncompleted', function (e) {
    Ti.API.info('completed ' + e.success + ' ' + e.errorCode);
});
Ti.App.Properties.setString('after', 'written');
Ti.API.info('property ' + Ti.App.Properties.getString('after'));
session.downloadTask({url: URL});
"""


@pytest.mark.parametrize("damage", ["garbage", "truncated"])
def test_a_corrupt_store_is_moved_aside_and_the_app_starts(tmp_path: Path, damage: str, file_server: Any,
                                                           payload: bytes) -> None:
    data = tmp_path / "data"
    if damage == "truncated":  # a real store with a row, cut in half; a JSON object cut short
        seed = App("seed", data_dir=data, out=None)
        seed.transfers.add("one", 7, "http://127.0.0.1:1/x", data / "tmp" / "CFNetworkDownload_x.tmp")
        seed.transfers.close()  # as the end of that run does: the row is in the database file
        del seed
        database = data / "transfers.sqlite3"
        database.write_bytes(database.read_bytes()[:2048])
        (data / "properties.json").write_text('{"a": "b", "c": ')
    else:
        data.mkdir()
        (data / "transfers.sqlite3").write_bytes(b"not a database " * 400)
        (data / "properties.json").write_bytes(b"\xff\xfe{\x00")
    url = file_server.add("one.bin", payload)
    app = run_js(tmp_path, f"var URL = {js_string(url)};\n" + DOWNLOAD_ONE, data=data)
    assert infos(app) == ["property written", f"downloaded {len(payload)}", "completed true 0"]
    warnings = "\n".join(app.log_lines("WARN"))
    assert "transfers.sqlite3 could not be read" in warnings and "properties.json could not be read" in warnings
    assert len(list(data.glob("transfers.sqlite3.corrupt-*"))) == 1
    assert len(list(data.glob("properties.json.corrupt-*"))) == 1
    assert json.loads((data / "properties.json").read_text()) == {"after": "written"}


PROPERTIES_APP = r"""
var P = Ti.App.Properties;
P.setString('bool', true);
P.setString('one', 1);
P.setString('half', 1.5);
P.setString('big', 1e21);
P.setString('nothing', null);
P.setObject('undefined', undefined);
var loop = {};
loop.self = loop;
try { P.setObject('cycle', loop); } catch (e) { Ti.API.info('a cycle throws ' + e.name); }
P.setString('after', 'still written');
P.setInt('int', '42.9');
P.setBool('yes', 'yes');
P.setDouble('double', '2.5');
P.setObject('list', [1, 'two', {three: 3}]);
Ti.API.info(JSON.stringify([P.getString('bool'), P.getString('one'), P.getString('half'), P.getString('big'),
    P.getString('nothing'), P.hasProperty('undefined'), P.hasProperty('cycle'), P.getString('after'),
    P.getInt('int'), P.getBool('yes'), P.getDouble('double'), P.getObject('list')]));
"""


def test_properties_convert_as_the_sdk_and_a_failed_write_breaks_nothing(tmp_path: Path) -> None:
    app = run_js(tmp_path, PROPERTIES_APP)
    assert infos(app) == [
        "a cycle throws TypeError",
        '["true","1","1.5","1e+21","null",false,false,"still written",42,true,2.5,[1,"two",{"three":3}]]',
    ]
    assert "setObject('undefined'): undefined has no JSON form" in "\n".join(app.log_lines("WARN"))
    stored = json.loads((tmp_path / "data" / "properties.json").read_text())
    assert stored["after"] == "still written" and stored["bool"] == "true" and "undefined" not in stored


def test_properties_survive_a_failing_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from ti2py.runtime.ti import properties

    real = properties.write_atomically
    failures = iter([True, False])

    def full_once(path: Path, data: str | bytes) -> None:
        if next(failures, False):
            raise OSError(errno.ENOSPC, "No space left on device")
        real(path, data)

    monkeypatch.setattr(properties, "write_atomically", full_once)
    app = run_js(tmp_path, "Ti.App.Properties.setString('lost', 'x');\nTi.App.Properties.setString('kept', 'y');\n"
                           "Ti.API.info(Ti.App.Properties.hasProperty('lost') + ' ' + Ti.App.Properties.getString('kept'));")
    assert infos(app) == ["false y"]
    assert "could not save (No space left on device)" in "\n".join(app.log_lines("ERROR"))
    assert json.loads((tmp_path / "data" / "properties.json").read_text()) == {"kept": "y"}


def test_orphaned_temp_files_are_removed_at_start(tmp_path: Path) -> None:
    from ti2py.runtime.persist import TransferStore

    data = tmp_path / "data"
    for folder in ("Documents/notes", "tmp"):
        (data / folder).mkdir(parents=True)
    orphans = [data / "Documents" / "notes" / ".todo.txt.k3j_9x0a.tmp", data / ".properties.json.abcdefgh.tmp",
               data / "tmp" / "CFNetworkDownload_orphan.tmp"]
    kept = [data / "tmp" / "CFNetworkDownload_resumable.tmp", data / "Documents" / "mine.tmp",
            data / "tmp" / "tmpx1y2z3w4", data / "Documents" / "notes" / "todo.txt"]
    for path in orphans + kept:
        path.write_bytes(b"partial")
    store = TransferStore(data / "transfers.sqlite3")  # a download a later run resumes: its file stays
    store.add("later", 1, "http://127.0.0.1:1/x", data / "tmp" / "CFNetworkDownload_resumable.tmp")
    run_js(tmp_path, "Ti.API.info('started');", data=data)
    assert [p for p in orphans if p.exists()] == []
    assert [p for p in kept if not p.exists()] == []


def test_a_full_disk_during_a_download_is_an_error_event_and_leaves_no_file(
        tmp_path: Path, download_engine: str, monkeypatch: pytest.MonkeyPatch, file_server: Any, payload: bytes) -> None:
    from ti2py.runtime import net

    class FullDisk:
        """A download file that takes 64 KiB, then fails as a full disk does."""

        def __init__(self, path: Path, append: bool) -> None:
            self.file = open(path, "ab" if append else "wb", buffering=0)
            self.room = 64 * 1024

        def write(self, data: bytes) -> int:
            if len(data) > self.room:
                raise OSError(errno.ENOSPC, "No space left on device")
            self.room -= len(data)
            return self.file.write(data)

        def close(self) -> None:
            self.file.close()

        def __enter__(self) -> "FullDisk":
            return self

        def __exit__(self, *exc: object) -> None:
            self.close()

    monkeypatch.setattr(net, "open_download_file", FullDisk)
    url = file_server.add("big.bin", payload)
    app = run_js(tmp_path, f"var URL = {js_string(url)};\n" + DOWNLOAD_ONE)
    assert infos(app) == ["property written", "completed false -3003"]  # NSURLErrorCannotWriteToFile
    assert list((tmp_path / "data" / "tmp").iterdir()) == [], "no partial file is left behind"


# -- 6. the push gateway ------------------------------------------------------------------------------
PUSH_APP = r"""
Ti.Network.registerForPushNotifications({callback: function (e) { Ti.API.info('alert'); }});
Ti.App.iOS.addEventListener('silentpush', function (e) {
    Ti.API.info('push ' + e.n);
    Ti.App.iOS.endBackgroundHandler(e.handlerId);
});
"""
REASONS = {"BadPayload", "PayloadEmpty", "PayloadTooLarge"}


def _fuzz_bodies(count: int, seed: int = 20261201) -> list[tuple[str, bytes]]:
    """(kind, body) pairs, ``count`` of them, mixing valid pushes with every malformed shape."""
    rng = random.Random(seed)

    def valid(i: int) -> str:
        extra = {f"k{j}": rng.choice([rng.random(), rng.randint(-9, 9), "t\u00e9xt \u2603", None, True, [1, {"x": []}]])
                 for j in range(rng.randint(0, 4))}
        return json.dumps({"aps": {"content-available": 1}, "n": i, **extra}, ensure_ascii=rng.random() < 0.5)

    makers: dict[str, Callable[[int], bytes]] = {
        "valid": lambda i: valid(i).encode(),
        "valid with a lone surrogate escape": lambda i: valid(i)[:-1].encode() + b', "s": "\\ud800"}',
        "utf-16": lambda i: valid(i).encode(rng.choice(["utf-16", "utf-16-le", "utf-16-be"])),
        "invalid utf-8": lambda i: valid(i)[:-1].encode() + b', "s": "\xff\xc3("}',
        "utf-8 BOM": lambda i: b"\xef\xbb\xbf" + valid(i).encode(),
        "deep": lambda i: rng.choice([b"[" * 1500 + b"]" * 1500, b'{"a":' * 700 + b"1" + b"}" * 700]),
        "NaN/Infinity": lambda i: valid(i)[:-1].encode() + rng.choice([b', "x": NaN}', b', "x": -Infinity}']),
        "too large": lambda i: json.dumps({"aps": {"content-available": 1}, "pad": "x" * rng.randint(4100, 9000)}).encode(),
        "not an object": lambda i: rng.choice([b"[1, 2]", b'"text"', b"42", b"null", b"true", b"[]"]),
        "empty": lambda i: rng.choice([b"", b" ", b"\r\n\t "]),
        "truncated": lambda i: valid(i).encode()[: rng.randint(1, 20)],
        "trailing text": lambda i: valid(i).encode() + b" x",
        "random bytes": lambda i: b"\x80" + rng.randbytes(rng.randint(1, 300)),
    }
    kinds = list(makers)
    bodies = []
    for i in range(count):
        kind = kinds[i % len(kinds)] if i < len(kinds) else rng.choice(kinds)
        bodies.append((kind, makers[kind](i)))
    return bodies


def _raw_exchange(port: int, request: bytes) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=15) as connection:
        connection.sendall(request)
        connection.shutdown(socket.SHUT_WR)  # (a body shorter than announced: the client stops here)
        answer = b""
        while chunk := connection.recv(65536):
            answer += chunk
        return answer


def test_gateway_fuzz_every_body_gets_an_apns_reply_and_no_traceback(tmp_path: Path,
                                                                     capfd: pytest.CaptureFixture[str]) -> None:
    import httpx

    from ti2py.runtime.js import JSON
    from ti2py.runtime.push import PushGateway

    app = run_js(tmp_path, PUSH_APP)
    gateway = PushGateway(app).start()
    accepted = []
    try:
        url = f"{gateway.url}/3/device/{app.device_token}"
        with httpx.Client(trust_env=False, timeout=15) as client:
            for kind, body in _fuzz_bodies(500):
                response = client.post(url, content=body, headers={"apns-push-type": "background"})
                if kind.startswith("valid"):
                    assert response.status_code == 200, (kind, body[:80], response.text)
                    accepted.append(body)
                    continue
                assert response.status_code in (400, 413), (kind, body[:80], response.status_code)
                assert response.headers["content-type"] == "application/json"
                assert response.json()["reason"] in REASONS, (kind, response.text)
        # Requests no HTTP client library would send: each still gets an HTTP reply.
        path = f"/3/device/{app.device_token}".encode()
        for head in (b"Transfer-Encoding: chunked\r\n\r\n5\r\n{}{}{\r\n0\r\n\r\n", b"Content-Length: abc\r\n\r\n{}",
                     b"Content-Length: -5\r\n\r\n{}", b"Content-Length: 50\r\n\r\n{}", b"\r\n{}",
                     b"Content-Length: 99999999999\r\n\r\n{}"):
            answer = _raw_exchange(gateway.port, b"POST " + path + b" HTTP/1.1\r\nHost: x\r\n" + head)
            assert answer.startswith(b"HTTP/1.1 4"), (head, answer[:100])
    finally:
        gateway.close()
    assert app.run_until_idle(30)
    assert len(gateway.delivered) == len(accepted) and len(accepted) > 50
    for text in gateway.delivered:
        assert isinstance(JSON.parse(text), dict)  # what the app's JSON.parse reads
    assert len([line for line in infos(app) if line.startswith("push ")]) == len(accepted)
    assert app.log_lines("ERROR") == []
    assert "Traceback" not in capfd.readouterr().err
