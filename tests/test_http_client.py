"""Ti.Network.HTTPClient: translated JS apps doing real HTTP against a local scripted server."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from conftest import ScriptedServer, read_body, reply, run_translated


def _run(tmp_path: Path, source: str, server: ScriptedServer, **app_options: object) -> list[str]:
    return run_translated(tmp_path, source.replace("BASE", server.url), **app_options)


def _json_route(server: ScriptedServer, path: str, value: object) -> None:
    server.route(path, lambda h: reply(h, json.dumps(value).encode(), content_type="application/json; charset=utf-8"))


def test_get_json_with_this_ready_states_and_headers(tmp_path: Path, scripted_server: ScriptedServer) -> None:
    _json_route(scripted_server, "/feed", {"items": [{"id": 1}, {"id": 2}]})
    log = _run(tmp_path, """
var states = [];
var xhr = Ti.Network.createHTTPClient({
  onreadystatechange: function () { states.push(this.readyState); },
  onload: function (e) {
    var feed = JSON.parse(this.responseText);
    Ti.API.info(this.status + ' ' + this.statusText + ' ' + e.success + ' ' + e.code + ' ' + feed.items[1].id);
    Ti.API.info(this.getResponseHeader('CONTENT-TYPE') + ' | ' + this.responseHeaders['Content-Type'] + ' | ' + (this.getResponseHeader('x-none') === null));
    Ti.API.info(states.join(',') + ' ' + (this.readyState === Ti.Network.HTTPClient.DONE) + ' ' + (e.source === xhr));
    Ti.API.info(this.responseData.length + ' ' + this.responseData.mimeType + ' ' + (this.getAllResponseHeaders().indexOf('Content-Length: ') >= 0));
  },
  onerror: function (e) { Ti.API.info('error ' + e.error); }
});
xhr.open('GET', 'BASEfeed');
xhr.send();
Ti.API.info('sent ' + xhr.readyState);
""", scripted_server)
    body = len(json.dumps({"items": [{"id": 1}, {"id": 2}]}))
    assert log == [
        "sent 1",
        "200 OK true 0 2",
        "application/json; charset=utf-8 | application/json; charset=utf-8 | true",
        "1,2,3,4 true true",
        f"{body} application/json true",
    ]


@pytest.mark.parametrize("with_onerror", [True, False])
def test_an_http_error_goes_to_onerror_when_the_app_handles_errors(tmp_path: Path, scripted_server: ScriptedServer,
                                                                    with_onerror: bool) -> None:
    scripted_server.route("/gone", lambda h: reply(h, b"no such feed", status=410, content_type="text/plain"))
    onerror = "onerror: function (e) { Ti.API.info('error ' + e.code + ' ' + e.error + ' ' + e.success + ' ' + this.status + ' ' + this.responseText); }," if with_onerror else ""
    log = _run(tmp_path, f"""
var xhr = Ti.Network.createHTTPClient({{
  {onerror}
  onload: function (e) {{ Ti.API.info('load ' + this.status + ' ' + this.responseText); }}
}});
xhr.open('GET', 'BASEgone');
xhr.send();
""", scripted_server)
    assert log == (["error 410 HTTP error false 410 no such feed"] if with_onerror else ["load 410 no such feed"])


def test_post_bodies_headers_and_content_types(tmp_path: Path, scripted_server: ScriptedServer) -> None:
    seen: list[tuple[str, str, str, bytes]] = []

    def echo(handler) -> None:
        body = read_body(handler)
        seen.append((handler.command, handler.headers.get("X-Token", ""), handler.headers.get("Content-Type", ""), body))
        reply(handler, b"ok")

    scripted_server.route("/echo", echo)
    log = _run(tmp_path, """
function send(data, type, next) {
  var c = Ti.Network.createHTTPClient({ onload: function () { Ti.API.info('sent ' + this.responseText); if (next) next(); } });
  c.open('POST', 'BASEecho');
  c.setRequestHeader('X-Token', 't1');
  if (type) c.setRequestHeader('Content-Type', type);
  c.send(data);
}
send({name: 'ti "2"', n: 2}, null, function () {
  send('a=1&b=%20', null, function () {
    send(JSON.stringify({k: 'é'}), 'application/json', null);
  });
});
""", scripted_server)
    assert log == ["sent ok"] * 3
    (method, token, form_type, form), (_, _, text_type, text), (_, _, json_type, json_body) = seen
    assert (method, token) == ("POST", "t1")
    assert form_type.startswith("multipart/form-data; boundary=")
    boundary = form_type.split("boundary=")[1].encode()
    assert form.count(b"--" + boundary) == 3 and form.endswith(b"--" + boundary + b"--\r\n")
    assert b'Content-Disposition: form-data; name="name"\r\n\r\nti "2"\r\n' in form
    assert b'name="n"\r\n\r\n2\r\n' in form
    assert (text_type, text) == ("", b"a=1&b=%20")  # iOS sets no Content-Type for a string
    assert (json_type, json.loads(json_body)) == ("application/json", {"k": "é"})


def test_network_failures_and_timeouts_reach_onerror(tmp_path: Path, scripted_server: ScriptedServer) -> None:
    scripted_server.route("/slow", lambda h: (time.sleep(1.5), reply(h, b"late")))
    log = _run(tmp_path, """
var c = Ti.Network.createHTTPClient({
  onerror: function (e) {
    Ti.API.info('refused ' + e.code + ' ' + e.error + ' ' + this.status);
    var slow = Ti.Network.createHTTPClient({
      timeout: 300,
      onload: function () { Ti.API.info('should have timed out'); },
      onerror: function (e) { Ti.API.info('timeout ' + e.code + ' ' + e.error); }
    });
    slow.open('GET', 'BASEslow');
    slow.send();
  }
});
c.open('GET', 'http://127.0.0.1:9/');
c.send();
""", scripted_server)
    assert log == ["refused -1004 Could not connect to the server. 0", "timeout -1001 The request timed out."]


def test_redirects_progress_file_and_cookies(tmp_path: Path, scripted_server: ScriptedServer) -> None:
    big = bytes(range(256)) * 4096  # 1 MiB

    def redirect(handler) -> None:
        handler.send_response(302)
        handler.send_header("Location", "/big")
        handler.send_header("Set-Cookie", "session=s1; Path=/")
        handler.send_header("Content-Length", "0")
        handler.end_headers()

    def whoami(handler) -> None:
        reply(handler, (handler.headers.get("Cookie") or "no cookie").encode(), content_type="text/plain")

    scripted_server.route("/start", redirect)
    scripted_server.route("/big", lambda h: reply(h, big))
    scripted_server.route("/whoami", whoami)
    log = _run(tmp_path, """
var progress = [];
var file = Ti.Filesystem.getFile(Ti.Filesystem.applicationDataDirectory, 'big.bin');
var c = Ti.Network.createHTTPClient({
  file: file,
  ondatastream: function (e) { progress.push(e.progress); },
  onload: function () {
    var rising = progress.every(function (p, i) { return i === 0 || p >= progress[i - 1]; });
    Ti.API.info(this.location.split('/').pop() + ' ' + file.exists() + ' ' + file.size + ' ' + this.responseData.length + ' ' + rising + ' ' + progress[progress.length - 1]);
    var again = Ti.Network.createHTTPClient({ onload: function () { Ti.API.info(this.responseText); } });
    again.open('GET', 'BASEwhoami');
    again.send();
  }
});
c.open('GET', 'BASEstart');
c.send();
""", scripted_server, progress_interval=0.0)
    assert log == [f"big true {len(big)} {len(big)} true 1", "session=s1"]
    assert (tmp_path / "data" / "Documents" / "big.bin").read_bytes() == big
    assert not [p for p in (tmp_path / "data").rglob("*.part")], "no partial file is left behind"


def test_synchronous_requests_deliver_before_send_returns(tmp_path: Path, scripted_server: ScriptedServer) -> None:
    _json_route(scripted_server, "/one", {"n": 1})
    log = _run(tmp_path, """
var c = Ti.Network.createHTTPClient({ onload: function () { Ti.API.info('load ' + JSON.parse(this.responseText).n); } });
c.open('GET', 'BASEone', false);
c.send();
Ti.API.info('after send ' + c.readyState + ' ' + c.status);
""", scripted_server)
    assert log == ["load 1", "after send 4 200"]


def test_abort_and_misuse(tmp_path: Path, scripted_server: ScriptedServer) -> None:
    scripted_server.route("/slow", lambda h: (time.sleep(0.5), reply(h, b"late")))
    log = _run(tmp_path, """
var c = Ti.Network.createHTTPClient({
  onload: function () { Ti.API.info('load after abort'); },
  onerror: function () { Ti.API.info('error after abort'); }
});
c.open('GET', 'BASEslow');
c.send();
c.abort();
Ti.API.info('aborted ' + c.readyState);
try { Ti.Network.createHTTPClient().send(); } catch (e) { Ti.API.info(e.message); }
""", scripted_server)
    assert log == ["aborted 0", "send: call open() first (an HTTPClient sends one request per open())"]
