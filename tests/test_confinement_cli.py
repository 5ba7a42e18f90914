"""Issue 14's attacks run by the shipped CLI (`ti2py run`, a real subprocess), one or more per
point, each checking that nothing outside happened: names (the JS globals a converted program
reaches are exactly the name table's), files (a decoy folder beside the data folder stays
byte-identical), network (a second server records that no credential followed a redirect; a
gzip bomb leaves the process's peak memory and the disk bounded), state (damaged stores are
moved aside) and the push gateway (malformed bodies get APNs-style replies, the app gets
exactly the valid ones).  The same attacks run in-process, in more variants, in
test_confinement_runtime.py and test_confinement_names.py."""

from __future__ import annotations

import builtins
import gzip
import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx

from conftest import ScriptedServer
from test_confinement_runtime import (CREDENTIAL_REDIRECTS, CREDENTIALS, FILE_ATTACKS, FILE_RESULTS, TEXT,
                                      _bomb_route, _encoded_route, _fuzz_bodies, _recorder, _redirect, decoy_and_data,
                                      js_string, tree)
from ti2py.transpiler.names import GLOBALS, RUNTIME_EXPORTS


def _command(app: Path, data: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "ti2py.transpiler.cli", "run", str(app), "--plain", "--data-dir", str(data), *extra]


def _run(tmp_path: Path, source: str, *extra: str, data: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``source`` through `ti2py run`."""
    app = tmp_path / "app.js"
    app.write_text(source, encoding="utf-8")
    return subprocess.run(_command(app, data or tmp_path / "data", *extra), capture_output=True, text=True,
                          cwd=tmp_path, timeout=180)


def _infos(done: subprocess.CompletedProcess[str]) -> list[str]:
    return [line.removeprefix("[INFO] ") for line in done.stdout.splitlines() if line.startswith("[INFO] ")]


# -- 1. names -------------------------------------------------------------------------------------------
def test_the_js_globals_a_converted_program_reaches_are_exactly_the_name_table_s(tmp_path: Path) -> None:
    """A property test from JS's side: of every name a program could try (the table's JS globals,
    Python's builtins, the runtime's exports and helpers, the module's own globals, keywords and
    their NFKC look-alikes), exactly the table's globals are defined when the program runs."""
    candidates = set(GLOBALS) | set(dir(builtins)) | set(RUNTIME_EXPORTS) | {
        "main", "js", "ti2py", "self", "cls", "__name__", "__file__", "__builtins__", "__ti2py_lines__",
        "__ti2py_source__", "__import__", "os", "sys", "subprocess", "run_module", "ｅｖａｌ", "ｏｐｅｎ", "ｐｒｉｎｔ",
        "ＪＳＯＮ", "Ｔｉ", "$", "_", "__", "dollar", "Exception", "BaseException"}
    js_names = sorted(name for name in candidates if name.isidentifier() and name not in
                      {"undefined", "NaN", "Infinity", "eval", "arguments"} | _JS_RESERVED)
    source = "var defined = [];\n" + "".join(
        f"if (typeof {name} !== 'undefined') {{ defined.push({json.dumps(name)}); }}\n" for name in js_names
    ) + "Ti.API.info(JSON.stringify(defined));\n"
    done = _run(tmp_path, source)
    assert done.returncode == 0, done.stderr
    [line] = _infos(done)
    defined = set(json.loads(line))
    expected = {name for name in js_names if name in GLOBALS}
    assert defined == expected, (sorted(defined - expected), sorted(expected - defined))
    assert len(js_names) > 200 and "print" in js_names and "open" in js_names


_JS_RESERVED = {"break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do", "else",
                "enum", "export", "extends", "false", "finally", "for", "function", "if", "import", "in", "instanceof",
                "new", "null", "return", "super", "switch", "this", "throw", "true", "try", "typeof", "var", "void",
                "while", "with", "yield", "let", "static", "implements", "interface", "package", "private",
                "protected", "public", "await"}


# -- 3. files ---------------------------------------------------------------------------------------------
def test_file_attacks_run_by_the_cli_never_leave_the_app_folders(tmp_path: Path) -> None:
    decoy, data = decoy_and_data(tmp_path)
    before = tree(decoy)
    done = _run(tmp_path, f"var DECOY = {js_string(str(decoy))};\n" + FILE_ATTACKS, data=data)
    assert done.returncode == 0, done.stderr
    assert _infos(done) == FILE_RESULTS
    assert tree(decoy) == before, "the decoy folder must be untouched"
    assert (data / "properties.json").read_text() == "{}"
    assert not list(tmp_path.rglob("marker.txt")) and not list(decoy.rglob("moved.txt"))


# -- 4. network -----------------------------------------------------------------------------------------
def test_credentials_stay_with_their_origin_and_a_gzip_bomb_stays_bounded_in_a_cli_run(tmp_path: Path) -> None:
    same: list[dict[str, str]] = []
    other: list[dict[str, str]] = []
    with ScriptedServer() as server, ScriptedServer() as elsewhere:  # two ports: two origins
        elsewhere.route("/land", _recorder(other))
        server.route("/same", _redirect(server.url + "land"))
        server.route("/land", _recorder(same))
        server.route("/cross", _redirect(elsewhere.url + "land"))
        server.route("/bomb", _bomb_route())
        whole = gzip.compress(TEXT)
        server.route("/cut", _encoded_route(whole[: len(whole) // 2]))  # half a gzip stream
        bombs = r"""
var bomb = urlSession.createSession({configuration: urlSession.createSessionConfiguration({identifier: 'bomb'})});
bomb.downloadTask({url: A + 'bomb'});
bomb.downloadTask({url: A + 'cut'});
var big = Ti.Network.createHTTPClient({onload: function () { Ti.API.info('bomb loaded'); },
                                       onerror: function (e) { Ti.API.info('xhr bomb error ' + e.code); }});
big.open('GET', A + 'bomb');
big.send();
"""
        app = tmp_path / "app.js"
        app.write_text(f"var A = {js_string(server.url)};\n" + CREDENTIAL_REDIRECTS + bombs, encoding="utf-8")
        process = subprocess.Popen(_command(app, tmp_path / "data", "--timeout", "120"), stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, text=True, cwd=tmp_path)
        assert process.stdout is not None and process.stderr is not None
        out, err = process.stdout.read(), process.stderr.read()
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
    assert process.returncode == 5, err  # (the two bomb downloads are failed transfers)
    lines = [line.removeprefix("[INFO] ") for line in out.splitlines() if line.startswith("[INFO] ")]
    assert sorted(lines) == sorted(["basic 200", "task 1 true 200", "task 2 true 200", "task 3 true 200",
                                    "xhr 200 landed", "task 1 false undefined", "task 2 false undefined",
                                    "xhr bomb error -1103"]), out  # (each session numbers its own tasks)
    assert len(other) == 4 and len(same) == 1
    assert [h for h in other if any(name in h for name in CREDENTIALS)] == []
    assert same[0]["authorization"] == "Bearer s3cret"  # within the origin they stay
    print(f"peak RSS of the run: {usage.ru_maxrss / 1024:.0f} MB")
    assert usage.ru_maxrss < 250 * 1024, f"peak RSS {usage.ru_maxrss} kB: the bomb (4 GiB inflated) was held"
    assert sum(p.stat().st_size for p in (tmp_path / "data").rglob("*") if p.is_file()) < 20 * 1024 * 1024
    assert "Traceback" not in err


# -- 5. state ----------------------------------------------------------------------------------------------
def test_a_cli_run_on_damaged_stores_moves_them_aside_and_starts(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "transfers.sqlite3").write_bytes(b"not a database " * 400)
    (data / "properties.json").write_bytes(b"\xff\xfe{\x00")
    source = ("Ti.App.Properties.setString('k', true);\n"
              "Ti.API.info('started ' + Ti.App.Properties.getString('k'));\n")
    done = _run(tmp_path, source, data=data)
    assert done.returncode == 0, done.stderr
    assert _infos(done) == ["started true"]
    assert "transfers.sqlite3 could not be read" in done.stdout and "properties.json could not be read" in done.stdout
    assert len(list(data.glob("transfers.sqlite3.corrupt-*"))) == 1 and len(list(data.glob("properties.json.corrupt-*"))) == 1
    assert json.loads((data / "properties.json").read_text()) == {"k": "true"}
    assert "Traceback" not in done.stderr


# -- 6. the push gateway -----------------------------------------------------------------------------------
PUSH_APP = r"""
Ti.Network.registerForPushNotifications({callback: function (e) { Ti.API.info('alert'); }});
Ti.App.iOS.addEventListener('silentpush', function (e) {
    Ti.API.info('push ' + e.n + ' ' + JSON.stringify(JSON.parse(JSON.stringify(e.aps))));
    Ti.App.iOS.endBackgroundHandler(e.handlerId);
});
"""


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_the_push_gateway_of_a_cli_run_answers_every_malformed_body(tmp_path: Path, home: Path) -> None:
    port = _free_port()
    app = tmp_path / "app.js"
    app.write_text(PUSH_APP, encoding="utf-8")
    process = subprocess.Popen(_command(app, tmp_path / "data", "--push-gateway", str(port), "--wait", "6"),
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=tmp_path)
    try:
        deadline = time.monotonic() + 30
        devices: dict[str, Any] = {}
        while time.monotonic() < deadline and not devices:
            time.sleep(0.1)
            devices = json.loads((home / "devices.json").read_text()) if (home / "devices.json").exists() else {}
        [token] = [t for t, d in devices.items() if str(port) in d.get("gateway", "")]
        accepted = []
        with httpx.Client(trust_env=False, timeout=15) as client:
            for kind, body in _fuzz_bodies(80, seed=14):
                answer = client.post(f"http://127.0.0.1:{port}/3/device/{token}", content=body,
                                     headers={"apns-push-type": "background"})
                if kind.startswith("valid"):
                    assert answer.status_code == 200, (kind, answer.text)
                    accepted.append(json.loads(body))
                else:
                    assert answer.status_code in (400, 413) and answer.json()["reason"], (kind, body[:60], answer.text)
        out, err = process.communicate(timeout=60)
    finally:
        process.kill()
    pushes = [line for line in out.splitlines() if line.startswith("[INFO] push ")]
    assert sorted(pushes) == sorted(f"[INFO] push {p['n']} {json.dumps(p['aps'], separators=(',', ':'))}"
                                    for p in accepted)
    assert len(accepted) > 5 and "[ERROR]" not in out and "Traceback" not in err, err
