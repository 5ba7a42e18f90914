"""Whole projects as Titanium builds them: every file of Resources/, the iphone/ overlay, files the
app reads, Ti.include and url: windows, partial conversions, no tiapp.xml, native modules."""

from __future__ import annotations

import importlib.metadata
import io
import sys
from pathlib import Path

import pytest

from ti2py.runtime import App
from ti2py.runtime.modules import native
from ti2py.transpiler.cli import main as cli

TIAPP = "<ti:app xmlns:ti='http://ti.appcelerator.org'><id>com.x.{name}</id><name>{name}</name>{extra}</ti:app>"


def _project(root: Path, files: dict[str, str | bytes], *, tiapp: str | None = "", name: str = "proj") -> Path:
    project = root / name
    for rel, text in files.items():
        path = project / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text if isinstance(text, bytes) else text.encode())
    if tiapp is not None:
        (project / "tiapp.xml").write_text(TIAPP.format(name=name, extra=tiapp))
    return project


def _convert(project: Path, out: Path, *args: str) -> tuple[int, str]:
    err = io.StringIO()
    code = cli(["convert", str(project), "-o", str(out), "--jobs", "1", *args], io.StringIO(), err)
    return code, err.getvalue()


def _start(out: Path, tmp_path: Path, stubs: tuple[str, ...] = ()) -> App:
    app = App("proj", data_dir=tmp_path / "data", out=None)
    app.stub_modules.update(stubs)
    app.load(out / "app.py")
    assert app.run_until_idle(20)
    return app


def test_every_file_converts_and_computed_ids_resolve_at_run_time(tmp_path: Path) -> None:
    project = _project(tmp_path, {
        "Resources/app.js": "var names = ['ui/a', '/ui/b', 'ui/c.js'];\n"
                            "for (var i = 0; i < names.length; i++) { Ti.API.info(require(names[i]).label); }\n"
                            "Ti.API.info(require('/ui/a') === require('ui/a.js'));\n"
                            "Ti.API.info(require('ui/plat').label);\n",
        "Resources/ui/a.js": "exports.label = 'a';\n",
        "Resources/ui/b.js": "exports.label = 'b';\n",
        "Resources/ui/c.js": "module.exports = {label: require('./a').label + 'c'};\n",
        "Resources/ui/plat.js": "exports.label = 'generic';\n",
        "Resources/iphone/ui/plat.js": "exports.label = 'iphone';\n",  # replaces ui/plat.js, as an iOS build does
        "Resources/android/ui/plat.js": "exports.label = 'android' +;\n",  # another platform's: left out
        "Resources/mobileweb/x.js": "syntax error here(\n",
    })
    code, err = _convert(project, tmp_path / "out")
    assert code == 0, err
    assert sorted(p.relative_to(tmp_path / "out").as_posix() for p in (tmp_path / "out").glob("**/*.py")) == [
        "__init__.py", "app.py", "ui/a.py", "ui/b.py", "ui/c.py", "ui/plat.py"]
    app = _start(tmp_path / "out", tmp_path)
    assert app.log_lines() == ["[INFO] a", "[INFO] b", "[INFO] ac", "[INFO] true", "[INFO] iphone"]


def test_files_the_app_reads_ship_with_the_package(tmp_path: Path) -> None:
    project = _project(tmp_path, {
        "Resources/app.js": "var f = Ti.Filesystem.getFile(Ti.Filesystem.resourcesDirectory, 'data/items.json');\n"
                            "Ti.API.info(f.exists() + ' ' + JSON.parse(f.read().text).items.length);\n"
                            "Ti.API.info(Ti.Filesystem.getFile('data/items.json').read().text.length);\n"
                            "Ti.API.info(Ti.Filesystem.getFile(Ti.Filesystem.resourcesDirectory, 'page.html').read().text);\n"
                            "Ti.API.info(Ti.Filesystem.getFile(Ti.Filesystem.resourcesDirectory, 'logo.png').size);\n"
                            "Ti.API.info(Ti.Filesystem.getFile(Ti.Filesystem.resourcesDirectory, 'x.txt').write('no'));\n",
        "Resources/data/items.json": '{"items": [1, 2, 3]}',
        "Resources/page.html": "<p>generic</p>",
        "Resources/iphone/page.html": "<p>iphone</p>",
        "Resources/logo.png": b"\x89PNG\r\n\x1a\n" + bytes(24),
    })
    code, err = _convert(project, tmp_path / "out")
    assert code == 0, err
    assert (tmp_path / "out" / "Resources" / "data" / "items.json").is_file()
    app = _start(tmp_path / "out", tmp_path)
    assert app.log_lines("INFO") == ["[INFO] true 3", "[INFO] 20", "[INFO] <p>iphone</p>", "[INFO] 32", "[INFO] false"]
    assert "read-only" in app.log_lines("WARN")[0]


def test_one_bad_file_does_not_sink_the_project(tmp_path: Path) -> None:
    project = _project(tmp_path, {
        "Resources/app.js": "Ti.API.info(require('lib/good').ok);\n"
                            "try { require('lib/bad'); } catch (e) { Ti.API.info('caught ' + e.message); }\n"
                            "var page = 'lib/bad';\ntry { require(page); } catch (e) { Ti.API.info('again'); }\n",
        "Resources/lib/good.js": "exports.ok = 'good';\n",
        "Resources/lib/bad.js": "exports.x = ;\n",
    })
    out = tmp_path / "out"
    code, err = _convert(project, out)
    assert code == 4, err
    assert "Resources/lib/bad.js:1:13: error: Unexpected token ;" in err
    assert "converted 2 of 3 files; 1 failed (Resources/lib/bad.js)" in err
    assert "Traceback" not in err
    app = _start(out, tmp_path)
    assert app.log_lines() == [
        "[INFO] good",
        "[INFO] caught Resources/lib/bad.js:1:13: Unexpected token ; [E001] (the file was not converted by ti2py)",
        "[INFO] again",
    ]
    # A second conversion reuses the failure from the cache, and --strict still writes nothing.
    code, err = _convert(project, out)
    assert code == 4 and "3 unchanged, reused" in err and "Unexpected token ;" in err
    (project / "Resources" / "lib" / "good.js").write_text("exports.ok = 'changed';\n")
    code, err = _convert(project, out, "--strict")
    assert code == 1 and "left as it was" in err
    assert "good" in (out / "lib" / "good.py").read_text() and "changed" not in (out / "lib" / "good.py").read_text()


def test_a_failed_app_js_is_reported_when_the_app_starts(tmp_path: Path) -> None:
    project = _project(tmp_path, {"Resources/app.js": "var = 1;\n", "Resources/lib/x.js": "exports.a = 1;\n"})
    code, err = _convert(project, tmp_path / "out")
    assert code == 4
    app = App("proj", data_dir=tmp_path / "data", out=None)
    app.load(tmp_path / "out" / "app.py")
    app.run_until_idle(5)
    assert app.log_lines("ERROR") == [
        "[ERROR] Uncaught Error: Resources/app.js:1:5: Unexpected token = [E001] (the file was not converted by ti2py)"]


def test_a_project_without_tiapp_xml_converts_with_a_warning(tmp_path: Path) -> None:
    bare = _project(tmp_path, {"Resources/app.js": "Ti.API.info(Ti.App.name + ' ' + Ti.App.id);\n"},
                    tiapp=None, name="My Bare App")
    code, err = _convert(bare, tmp_path / "out")
    assert code == 0 and "warning: " in err and "no tiapp.xml; converting with defaults" in err
    done = io.StringIO()
    assert cli(["run", str(tmp_path / "out"), "--data-dir", str(tmp_path / "d"), "--plain"], done, io.StringIO()) == 0
    assert "[INFO] My Bare App com.example.mybareapp" in done.getvalue()

    example = _project(tmp_path, {"Resources/app.js": "Ti.API.info(Ti.App.id);\n"}, tiapp=None, name="ex")
    (example / "tiapp.example.xml").write_text(TIAPP.format(name="ex", extra="<modules><module>ti.cloud</module></modules>"))
    code, err = _convert(example, tmp_path / "out2")
    assert code == 0 and "using tiapp.example.xml" in err
    assert "'modules': ['ti.cloud']" in (tmp_path / "out2" / "__init__.py").read_text().replace('"', "'")


def test_ti_include_shares_top_level_names_both_ways(tmp_path: Path) -> None:
    project = _project(tmp_path, {
        "Resources/app.js": "var app = {name: 'demo'};\nvar count;\n"
                            "Ti.include('lib/helpers.js');\n"
                            "Ti.API.info(shout('hi') + ' ' + count + ' ' + app.helpers);\n"
                            "Ti.include('/lib/helpers.js');\nTi.API.info(String(count));\n",
        "Resources/lib/helpers.js": "// uses the includer's globals, defines its own\n"
                                    "Ti.include('more.js');\n"
                                    "function shout(s) { return s.toUpperCase() + suffix() + ' ' + app.name; }\n"
                                    "app.helpers = true;\ncount = (count || 0) + 1;\n",
        "Resources/lib/more.js": "function suffix() { return '!'; }\n",
    })
    code, err = _convert(project, tmp_path / "out")
    assert code == 0, err
    assert 'Ti.include("/lib/more.js")' in (tmp_path / "out" / "lib" / "helpers.py").read_text(), \
        "an include path is relative to the including file"
    app = _start(tmp_path / "out", tmp_path)
    assert app.log_lines() == ["[INFO] HI! demo 1 true", "[INFO] 2"]


def test_url_window_runs_its_script_with_current_window(tmp_path: Path) -> None:
    project = _project(tmp_path, {
        "Resources/app.js": "var w = Ti.UI.createWindow({url: 'win.js', title: 'Second'});\n"
                            "w.addEventListener('open', function () { Ti.API.info('opened'); });\nw.open();\n"
                            "Ti.UI.createWindow({url: 'missing.js'}).open();\n"
                            "var tabs = Ti.UI.createTabGroup();\n"
                            "tabs.addTab(Ti.UI.createTab({window: Ti.UI.createWindow({url: 'win.js', title: 'Tab'})}));\n"
                            "tabs.open();\n",
        "Resources/win.js": "var win = Ti.UI.currentWindow;\nTi.API.info('in ' + win.title);\n"
                            "var b = Ti.UI.createButton({title: 'Go'});\n"
                            "b.addEventListener('click', function () { Ti.API.info('tapped in ' + win.title); });\n"
                            "win.add(b);\n",
    })
    code, err = _convert(project, tmp_path / "out")
    assert code == 0, err
    app = _start(tmp_path / "out", tmp_path)
    app.tap("Go")
    app.run_until_idle(5)
    assert app.log_lines() == [
        "[INFO] in Second", "[INFO] opened",
        "[ERROR] Uncaught Error: Ti.UI.Window url 'missing.js': couldn't find missing.js in Resources",
        "[INFO] in Tab",  # a tab group opens its first tab's window
        "[INFO] tapped in Tab",  # the tab group, opened last, is in front of the window "Second"
    ]


def _native_project(tmp_path: Path) -> Path:
    return _project(tmp_path, {
        "Resources/app.js": "try {\n  var map = require('ti.map');\n"
                            "  var view = map.createView({mapType: map.STANDARD_TYPE, region: {latitude: 1}});\n"
                            "  view.addAnnotation('pin');\n  view.setRegion({latitude: 2});\n"
                            "  Ti.API.info('map ' + view.region.latitude);\n"
                            "} catch (e) { Ti.API.info(e.message); }\n",
    }, tiapp="<modules><module platform='iphone'>ti.map</module></modules>")


def test_a_missing_native_module_says_how_to_supply_it(tmp_path: Path) -> None:
    code, err = _convert(_native_project(tmp_path), tmp_path / "out")
    assert code == 0 and "native module 'ti.map' has no ti2py implementation" in err
    app = _start(tmp_path / "out", tmp_path)
    [line] = app.log_lines()
    assert line.startswith("[INFO] Couldn't find module: ti.map (a native module, listed in tiapp.xml <modules>")
    assert "ti2py_modules/ti.map.py" in line and "ti2py.modules" in line and "--stub-module ti.map" in line


def test_stub_module_logs_each_call(tmp_path: Path) -> None:
    _convert(_native_project(tmp_path), tmp_path / "out")
    out = io.StringIO()
    code = cli(["run", str(tmp_path / "out"), "--data-dir", str(tmp_path / "d"), "--plain", "--stub-module", "ti.map"],
               out, io.StringIO())
    assert code == 0
    lines = out.getvalue().splitlines()
    assert lines[1:] == [
        "[STUB] ti.map.createView({mapType: function, region: {latitude: 1}})",
        '[STUB] ti.map.createView().addAnnotation("pin")',
        "[STUB] ti.map.createView().setRegion({latitude: 2})",
        "[INFO] map 2",
    ]
    assert lines[0].startswith('[STUB] require("ti.map")')


def test_the_app_supplies_a_native_module_in_python(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = _native_project(tmp_path)
    (project / "ti2py_modules").mkdir()
    (project / "ti2py_modules" / "ti.map.py").write_text(
        "from ti2py.runtime import JSObject\n\n\nclass View:\n    def __init__(self, props):\n"
        "        self.region = props.region\n\n    def addAnnotation(self, pin):\n        pass\n\n"
        "    def setRegion(self, region):\n        self.region = region\n\n\n"
        "def create(app):\n    return JSObject(STANDARD_TYPE=1, createView=View)\n")
    code, err = _convert(project, tmp_path / "out")
    assert code == 0 and "no ti2py implementation" not in err
    assert _start(tmp_path / "out", tmp_path).log_lines() == ["[INFO] map 2"]

    # The same module from an installed distribution's entry point (group ti2py.modules).
    (tmp_path / "out" / "ti2py_modules" / "ti.map.py").unlink()
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "mymaps.py").write_text((project / "ti2py_modules" / "ti.map.py").read_text())
    monkeypatch.syspath_prepend(str(tmp_path / "pkg"))
    entry = importlib.metadata.EntryPoint(name="ti.map", value="mymaps:create", group=native.ENTRY_POINT_GROUP)
    monkeypatch.setattr(native, "_entry_points", lambda: {"ti.map": entry})
    assert _start(tmp_path / "out", tmp_path).log_lines() == ["[INFO] map 2"]
    sys.modules.pop("mymaps", None)


def test_an_npm_package_file_that_fails_is_reported_but_does_not_make_the_project_partial(tmp_path: Path) -> None:
    # A package ships builds an app never loads (here an ES-module source beside the CommonJS
    # main); one that does not convert is a stub that throws if required, and the exit code is 0.
    project = _project(tmp_path, {
        "Resources/app.js": "var pad = require('leftpad');\nTi.API.info(pad('7', 3));\n"
                            "try { require('leftpad/esm/index.mjs.js'); } catch (e) { Ti.API.info('esm: ' + e.name); }\n",
        "Resources/node_modules/leftpad/package.json": '{"main": "lib/index.js"}',
        "Resources/node_modules/leftpad/lib/index.js":
            "module.exports = function (s, n) { while (s.length < n) { s = '0' + s; } return s; };\n",
        "Resources/node_modules/leftpad/esm/index.mjs.js": "export default function pad() {}\n",
    })
    out = tmp_path / "out"
    code, err = _convert(project, out)
    assert code == 0, err
    assert "converted 2 of 3 files; 1 file of npm packages did not convert" in err
    code, err = _convert(project, out, "-q", "--no-cache")
    assert code == 0 and "did not convert" not in err, err
    app = _start(out, tmp_path)
    assert app.log_lines() == ["[INFO] 007", "[INFO] esm: Error"]


def test_a_partial_conversion_exits_4_when_quiet_too(tmp_path: Path) -> None:
    project = _project(tmp_path, {"Resources/app.js": "Ti.API.info(1);\n", "Resources/lib/bad.js": "exports.x = ;\n"})
    code, err = _convert(project, tmp_path / "out", "-q")
    assert code == 4, err
