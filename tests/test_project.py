"""Whole projects: tiapp.xml + CommonJS modules, converted to a package and run with the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cli import SAMPLES, ti2py
from conftest import read_body, reply

PROJECT = SAMPLES / "projects" / "newsreader"
SERVER_PREFIX = "https://news.example.com/"


def _news_server(server, uploads: list) -> None:
    server.route("/latest", lambda h: reply(h, json.dumps(["a.txt", "b.txt"]).encode(), content_type="application/json"))
    for name in ("a", "b", "c"):
        server.route(f"/articles/{name}.txt", lambda h, name=name: reply(h, name.encode() * 5000, content_type="text/plain"))

    def logs(handler) -> None:
        uploads.append((handler.command, dict(handler.headers), read_body(handler)))
        reply(handler, b"stored", status=201, content_type="text/plain")

    server.route("/logs", logs)


def _convert(tmp_path: Path) -> Path:
    out = tmp_path / "newsreader"
    done = ti2py("convert", str(PROJECT), "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert "converted Resources/lib/sync.js" in done.stderr
    return out


def _run(out: Path, server, tmp_path: Path, *actions: str):
    done = ti2py("run", str(out), "--url-map", f"{SERVER_PREFIX}={server.url}", "--data-dir",
                 str(tmp_path / "data"), "--timeout", "30", *actions)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "[ERROR]" not in done.stdout, done.stdout
    return done.stdout


def test_project_converts_to_a_package_with_its_configuration(tmp_path: Path) -> None:
    out = _convert(tmp_path)
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*.py")) == [
        "__init__.py", "app.py", "lib/config.py", "lib/store.py", "lib/sync.py"]
    init = (out / "__init__.py").read_text()
    assert '"background_modes": ["fetch", "remote-notification"]' in init
    assert 'require("/lib/config")' in (out / "lib" / "sync.py").read_text(), "./config resolved to its project id"
    assert "def main(module, exports):" in (out / "lib" / "store.py").read_text()


def test_background_fetch_push_and_upload_through_the_project(tmp_path: Path, scripted_server) -> None:
    uploads: list = []
    _news_server(scripted_server, uploads)
    out = _convert(tmp_path)

    first = _run(out, scripted_server, tmp_path, "--background-fetch")
    assert "[INFO] NewsReader started with 0 saved articles" in first
    assert "[INFO] subscribed to news" in first
    assert "[INFO] saved a.txt (5000 bytes)" in first and "[INFO] saved b.txt (5000 bytes)" in first
    assert "[NOTIFICATION] 2 new articles" in first
    docs = tmp_path / "data" / "Documents"
    assert (docs / "articles" / "b.txt").read_bytes() == b"b" * 5000

    push = json.dumps({"aps": {"content-available": 1}, "article": "c.txt"})
    second = _run(out, scripted_server, tmp_path, "--push", push, "--tap", "Upload log")
    assert "[INFO] NewsReader started with 2 saved articles" in second, "Ti.App.Properties persisted"
    assert "[INFO] log: push for c.txt" in second and "[INFO] saved c.txt (5000 bytes)" in second
    assert "[INFO] server said 201: stored" in second
    assert "bytes" in second and "[INFO] uploaded " in second
    method, headers, body = uploads[-1]
    assert method == "PUT" and headers["Content-Type"] == "text/plain" and headers["X-Client"] == "NewsReader/1.0"
    assert body == (docs / "sync.log").read_bytes() == b"background fetch\npush for c.txt\n"


def test_failed_project_conversion_leaves_previous_output(tmp_path: Path) -> None:
    out = _convert(tmp_path)
    before = {p: p.read_bytes() for p in out.rglob("*.py")}
    broken = tmp_path / "broken"
    (broken / "Resources" / "lib").mkdir(parents=True)
    (broken / "tiapp.xml").write_text((PROJECT / "tiapp.xml").read_text())
    (broken / "Resources" / "app.js").write_text("var lib = require('lib/bad');\n")
    (broken / "Resources" / "lib" / "bad.js").write_text("exports.x = ;\n")
    done = ti2py("convert", str(broken), "-o", str(out), "--strict")  # all or nothing
    assert done.returncode == 1
    assert "Resources/lib/bad.js:1:13: error: Unexpected token ;" in done.stderr
    assert "converted 1 of 2 files" in done.stderr and "left as it was" in done.stderr
    assert {p: p.read_bytes() for p in out.rglob("*.py")} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["broken", "newsreader"], "no staging folders left"


def test_tiapp_with_entities_is_refused(tmp_path: Path) -> None:
    project = tmp_path / "evil"
    (project / "Resources").mkdir(parents=True)
    (project / "Resources" / "app.js").write_text("Ti.API.info('x');\n")
    (project / "tiapp.xml").write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]>\n'
        "<ti:app xmlns:ti=\"http://ti.appcelerator.org\"><id>&lol2;</id></ti:app>\n"
    )
    done = ti2py("convert", str(project), "-o", str(tmp_path / "out"))
    assert done.returncode == 1 and "refused" in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "out").exists()


def test_missing_modes_and_modules_are_warned(tmp_path: Path) -> None:
    project = tmp_path / "plain"
    (project / "Resources").mkdir(parents=True)
    (project / "tiapp.xml").write_text("<ti:app xmlns:ti='http://ti.appcelerator.org'><id>com.x.plain</id></ti:app>")
    (project / "Resources" / "app.js").write_text(
        "var s = require('com.appcelerator.urlSession');\n"
        "Ti.App.iOS.addEventListener('backgroundfetch', function (e) {});\n"
    )
    done = ti2py("convert", str(project), "-o", str(tmp_path / "out"))
    assert done.returncode == 0
    assert "[W202]" in done.stderr and "[W203]" in done.stderr
    run = ti2py("run", str(tmp_path / "out"), "--data-dir", str(tmp_path / "d"))
    assert "[ERROR] Cannot add backgroundfetch eventListener" in run.stdout


def test_bare_file_gets_the_modes_its_code_uses(tmp_path: Path) -> None:
    source = tmp_path / "fetch.js"
    source.write_text("Ti.App.iOS.addEventListener('backgroundfetch', function (e) {\n"
                      "    Ti.API.info('fetched ' + e.handlerId.substring(0, 6));\n"
                      "    Ti.App.iOS.endBackgroundHandler(e.handlerId);\n});\n")
    converted = ti2py("convert", str(source), "-o", str(tmp_path / "fetch.py"))
    assert "[W201]" in converted.stderr
    done = ti2py("run", str(tmp_path / "fetch.py"), "--data-dir", str(tmp_path / "d"), "--background-fetch")
    assert "[INFO] fetched Fetch-" in done.stdout and "[ERROR]" not in done.stdout


def test_second_conversion_reuses_unchanged_files(tmp_path: Path) -> None:
    import shutil

    project = tmp_path / "project"
    shutil.copytree(PROJECT, project)
    out = tmp_path / "out"
    first = ti2py("convert", str(project), "-o", str(out), "--jobs", "2")
    assert first.returncode == 0 and "reused" not in first.stderr
    before = {p.relative_to(out): p.read_bytes() for p in out.rglob("*.py")}
    second = ti2py("convert", str(project), "-o", str(out))
    assert "4 unchanged, reused" in second.stderr
    assert {p.relative_to(out): p.read_bytes() for p in out.rglob("*.py")} == before
    store = project / "Resources" / "lib" / "store.js"
    store.write_text(store.read_text().replace("'articles'", "'saved-articles'"))
    third = ti2py("convert", str(project), "-o", str(out))
    assert "3 unchanged, reused" in third.stderr
    assert "saved-articles" in (out / "lib" / "store.py").read_text()
    fresh = ti2py("convert", str(project), "-o", str(tmp_path / "fresh"), "--no-cache", "--jobs", "1")
    assert fresh.returncode == 0
    assert (tmp_path / "fresh" / "lib" / "store.py").read_bytes() == (out / "lib" / "store.py").read_bytes()


def _localized_project(tmp_path: Path, strings: str) -> Path:
    project = tmp_path / "hello"
    (project / "Resources").mkdir(parents=True)
    (project / "i18n" / "en").mkdir(parents=True)
    (project / "tiapp.xml").write_text("<ti:app xmlns:ti='http://ti.appcelerator.org'><id>com.x.hello</id></ti:app>")
    (project / "i18n" / "en" / "strings.xml").write_text(strings, encoding="utf-8")
    (project / "Resources" / "app.js").write_text(
        "Ti.API.info(L('welcome') + ' | ' + String.format(L('items'), 3, 'Jo') + ' | ' + L('missing', 'fallback')"
        " + ' | ' + L('missing') + ' | ' + Ti.Locale.getString('quote'));\n"
    )
    return project


def test_localized_strings_reach_l_and_string_format(tmp_path: Path) -> None:
    project = _localized_project(tmp_path, (
        '<?xml version="1.0" encoding="UTF-8"?>\n<resources>\n'
        '  <string name="welcome">Willkommen, café</string>\n'
        '  <string name="items">%d items for %s</string>\n'
        '  <string name="quote">&quot;quoted&quot; &amp; more</string>\n</resources>\n'))
    done = ti2py("convert", str(project), "-o", str(tmp_path / "out"))
    assert done.returncode == 0, done.stderr
    assert "[W011]" not in done.stderr, "L is a known global"
    run = ti2py("run", str(tmp_path / "out"), "--data-dir", str(tmp_path / "d"))
    assert '[INFO] Willkommen, café | 3 items for Jo | fallback | missing | "quoted" & more' in run.stdout, run.stdout


def test_malformed_strings_file_is_a_clear_error(tmp_path: Path) -> None:
    project = _localized_project(tmp_path, "<resources><string name='a'>x</resources>\n")
    done = ti2py("convert", str(project), "-o", str(tmp_path / "out"))
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "i18n/en/strings.xml:1:" in done.stderr and "not well-formed XML" in done.stderr
    assert not (tmp_path / "out").exists()


def test_modules_share_prototype_methods_and_exports(tmp_path: Path) -> None:
    """A method defined (and reading `this`) in one module, called in another that cannot see
    it; module.exports objects, relative requires with `.js`, one instance per module."""
    project = tmp_path / "mods"
    (project / "Resources" / "lib").mkdir(parents=True)
    (project / "tiapp.xml").write_text("<ti:app xmlns:ti='http://ti.appcelerator.org'><id>com.x.mods</id></ti:app>")
    files = {
        "app.js": "var A = require('lib/a');\nvar b = require('./lib/b.js');\nvar again = require('lib/a');\n"
                  "var t = new A.Thing('t');\n"
                  "Ti.API.info(A.name + ' ' + (A === again) + ' ' + b.twice(4) + ' ' + b.fromA() + ' ' + t.label()"
                  " + ' ' + t.label.call({n: 'other'}) + ' ' + (t.label === A.Thing.prototype.label));\n"
                  "var counter = require('lib/counter');\ncounter.inc(); counter.inc();\n"
                  "Ti.API.info(require('lib/counter').value() + A.viaThis);\n",
        "lib/a.js": "exports.name = 'A';\nthis.viaThis = 'T';\nfunction Thing(n) { this.n = n; }\n"
                    "Thing.prototype.label = function () { return 'thing ' + this.n; };\nexports.Thing = Thing;\n",
        "lib/b.js": "var a = require('./a');\n"
                    "module.exports = { twice: function (x) { return x * 2; }, fromA: function () { return a.name + '!'; } };\n",
        "lib/counter.js": "var count = 0;\nmodule.exports.inc = function () { count++; };\n"
                          "module.exports.value = function () { return count; };\n",
    }
    for name, text in files.items():
        (project / "Resources" / name).write_text(text)
    done = ti2py("convert", str(project), "-o", str(tmp_path / "out"))
    assert done.returncode == 0, done.stderr
    run = ti2py("run", str(tmp_path / "out"), "--data-dir", str(tmp_path / "d"))
    assert "[INFO] A true 8 A! thing t thing other true\n[INFO] 2T\n" in run.stdout, run.stdout


def test_the_library_loads_a_converted_project_by_its_folder(tmp_path: Path) -> None:
    from ti2py.runtime import App

    out = _convert(tmp_path)
    app = App("newsreader", data_dir=tmp_path / "data", out=None)
    app.load(out)  # the folder, as `ti2py run OUT` takes it
    app.run_until_idle(timeout=10)
    assert "[INFO] NewsReader started with 0 saved articles" in app.log_lines()
    assert app.background_modes == {"fetch", "remote-notification"}, "the project's tiapp.xml modes"
    assert not app.log_lines("ERROR")
    not_a_project = tmp_path / "plain"
    not_a_project.mkdir()
    with pytest.raises(ValueError, match="not a converted project .*ti2py convert PROJECT -o"):
        App("other", data_dir=tmp_path / "data2", out=None).load(not_a_project)
