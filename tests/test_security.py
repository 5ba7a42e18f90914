"""What the runtime and translator guarantee: confined files, only http(s), loopback-only gateway,
renamed collisions, and no evaluation of input text."""

from __future__ import annotations

import builtins
import os
from pathlib import Path

import pytest

from cli import SAMPLES
from differential import NODE, NODE_MISSING, run_node, run_python
from ti2py.runtime import App
from ti2py.runtime.js import JSError
from ti2py.runtime.push import PushGateway
from ti2py.transpiler import convert


def test_filesystem_paths_cannot_escape(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("secret")
    app = App("fs", data_dir=tmp_path / "data", out=None)
    fs = app.Ti.Filesystem
    docs = Path(fs.applicationDataDirectory)
    os.symlink(outside, docs / "link")
    for path in (fs.applicationDataDirectory + "../../outside/secret.txt", "../../../outside/secret.txt"):
        with pytest.raises(JSError, match="outside the app's folders"):
            fs.getFile(path)
    with pytest.raises(JSError, match="outside the app's folders"):
        fs.getFile(fs.applicationDataDirectory, "link", "secret.txt").write("overwritten")
    assert (outside / "secret.txt").read_text() == "secret"
    # An absolute path elsewhere is taken inside the read-only Resources folder, as iOS would.
    etc = fs.getFile("/etc/passwd")
    assert etc.read() is None and Path(etc.nativePath).is_relative_to(tmp_path / "data")


def test_push_carrying_a_file_url_gets_an_error_event_not_the_file(tmp_path: Path) -> None:
    result = convert((SAMPLES / "silent_push_fixed.js").read_text(), "app.js")
    assert result.code is not None
    (tmp_path / "app.py").write_text(result.code)
    app = App("sp", data_dir=tmp_path / "data", out=None)
    app.load(tmp_path / "app.py")
    assert app.run_until_idle(10)
    app.push({"alert": "", "content-available": 1, "download_url": "file:///etc/passwd"})
    assert app.run_until_idle(10)
    log = "\n".join(app.log_lines())
    assert '"success":false,"errorCode":-1002,"message":"unsupported URL"' in log
    assert "Download completed" not in log and "root:" not in log


def test_gateway_listens_on_loopback_only(tmp_path: Path) -> None:
    gateway = PushGateway(App("g", data_dir=tmp_path, out=None)).start()
    try:
        assert gateway.httpd.server_address[0] == "127.0.0.1"
    finally:
        gateway.close()


def test_translator_never_evaluates_input(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the translator must not evaluate text")

    monkeypatch.setattr(builtins, "eval", refuse)
    monkeypatch.setattr(builtins, "exec", refuse)
    hostile = "var x = '__import__(\"os\").system(\"touch /tmp/pwned\")';\neval(x);\nTi.API.info(x);\n"
    for source in [hostile, *(p.read_text() for p in SAMPLES.rglob("*.js"))]:
        convert(source, "app.js")


COLLISIONS = """
var print = function (s) { return 'print:' + s; };
var len = 3, self = 'me', __import__ = 'imp', Ti = { name: 'mine' }, js = 'j', JSObject = 'o';
var main = function () { return 'main'; };
Titanium.API.info(print(len) + ' ' + self + ' ' + __import__ + ' ' + Ti.name + ' ' + js + ' ' + JSObject + ' ' + main());
"""


def test_colliding_names_are_renamed_and_still_work(tmp_path: Path) -> None:
    result = convert(COLLISIONS, "app.js")
    assert result.code is not None
    for renamed in ("def print_(", "len_ =", "self_ =", "__import___ =", "Ti_ =", "js_ =", "JSObject_ =", "def main_("):
        assert renamed in result.code, renamed
    (tmp_path / "app.py").write_text(result.code)
    (tmp_path / "app.js").write_text(COLLISIONS)
    expected = ["[INFO] print:3 me imp mine j o main"]
    assert run_python(tmp_path / "app.py", tmp_path / "data") == expected
    if NODE is None:
        pytest.skip(NODE_MISSING)
    assert run_node(tmp_path / "app.js") == expected
