"""Alloy projects: compiled by the real Alloy compiler (node), converted, and run end to end.

Skipped, with the reason, when node is missing, or when no Alloy compiler is found and npm cannot
install one (tests/alloy_harness.py installs it once into ti2py's cache, shared across runs)."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

import alloy_harness
from cli import DOG_PATH, SAMPLES, SEED_PREFIX, ti2py

APP = SAMPLES / "alloy_downloads"


@pytest.fixture(scope="session")
def alloy() -> Path:
    return alloy_harness.compiler_or_skip()


def _listing(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _convert(project: Path, out: Path, alloy: Path, *extra: str):
    return ti2py("convert", str(project), "-o", str(out), "-q", "--alloy", str(alloy), *extra, timeout=300)


@pytest.fixture(scope="module")
def converted(alloy: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    before = _listing(APP)
    out = tmp_path_factory.mktemp("alloy") / "downloads_py"
    done = _convert(APP, out, alloy)
    assert done.returncode == 0, done.stderr
    assert _listing(APP) == before, "the Alloy project itself must not be written"
    return out


def _run(app: Path, server, tmp_path: Path, *actions: str):
    report = tmp_path / "report.json"
    done = ti2py("run", str(app), "--url-map", f"{SEED_PREFIX}={server.url}", "--data-dir", str(tmp_path / "data"),
                 "--report", str(report), "--trace", "--timeout", "60", "--plain", *actions)
    return done, json.loads(report.read_text()) if report.is_file() else {}


def _views(state: dict, kind: str) -> list[dict]:
    return [v for v in state["ui"] if v["class"] == f"Ti.UI.{kind}"]


def _assert_downloaded(state: dict, payload: bytes) -> None:
    progress, = _views(state, "ProgressBar")  # declared in app/views/index.xml
    assert progress["properties"]["message"] == "Downloading image" and progress["properties"]["max"] == 1
    assert progress["properties"]["width"] == 200  # from app/styles/index.tss
    history = [v for v in progress["history"] if isinstance(v, (int, float))]
    assert history[0] == 0 and history[-1] == 1 and history == sorted(history), history
    assert progress["visible"] is False  # hidden again by the controller's downloadcompleted
    image, = _views(state, "ImageView")
    assert image["properties"]["image"]["length"] == len(payload)
    assert Path(image["properties"]["image"]["nativePath"]).read_bytes() == payload
    label = next(v for v in _views(state, "Label") if v["properties"].get("id") == "status")
    assert label["properties"]["text"] == f"Downloaded {len(payload)} bytes"


def test_alloy_app_downloads_on_a_tap_of_its_markup_button(converted: Path, tmp_path: Path, file_server,
                                                           payload: bytes) -> None:
    file_server.add(DOG_PATH, payload)
    done, state = _run(converted, file_server, tmp_path, "--tap", "Download Image")
    assert done.returncode == 0, done.stdout + done.stderr
    out = done.stdout
    assert "[ERROR]" not in out, out
    assert "[INFO] download 1 (tap)" in out  # app/lib/downloads.js, Alloy.Globals from app/alloy.js
    assert "[NOTIFICATION] Download completed!" in out and "[ALERT] Downloads completed successfully." in out
    assert out.index("[EVENT] downloadcompleted") < out.index("[EVENT] sessioncompleted")
    _assert_downloaded(state, payload)


def test_alloy_app_downloads_in_a_background_fetch(converted: Path, tmp_path: Path, file_server,
                                                   payload: bytes) -> None:
    file_server.add(DOG_PATH, payload)
    done, state = _run(converted, file_server, tmp_path, "--background-fetch")
    assert done.returncode == 0, done.stdout + done.stderr
    out = done.stdout
    assert "[INFO] backgroundfetch Fetch" in out and "[INFO] download 1 (backgroundfetch)" in out
    assert "[ERROR]" not in out, out
    assert state["app"]["state"] == "background"
    _assert_downloaded(state, payload)


def test_an_uncaught_error_names_the_alloy_controller_line(converted: Path, tmp_path: Path) -> None:
    # Nothing listens on port 9: the download fails, and the controller's sessioncompleted throws.
    done = ti2py("run", str(converted), "--url-map", f"{SEED_PREFIX}=http://127.0.0.1:9/", "--data-dir",
                 str(tmp_path / "data"), "--timeout", "60", "--plain", "--tap", "Download Image")
    assert "[ERROR] Uncaught Error: download failed with -1004 (app/controllers/index.js:35:" in done.stdout, done.stdout


def _project(tmp_path: Path) -> Path:
    project = tmp_path / "project"
    shutil.copytree(APP, project)
    return project


def test_a_compile_error_names_the_view_line_and_writes_nothing(alloy: Path, tmp_path: Path) -> None:
    project = _project(tmp_path)
    view = project / "app" / "views" / "index.xml"
    view.write_text(view.read_text().replace("</Button>", "</Button"), encoding="utf-8")
    before = _listing(project)
    done = _convert(project, tmp_path / "out", alloy)
    assert done.returncode == 1, done.stderr
    assert f"{view}:5: Alloy compile error:" in done.stderr, done.stderr
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "out").exists() and _listing(project) == before


def test_a_controller_syntax_error_names_its_file_and_line(alloy: Path, tmp_path: Path) -> None:
    project = _project(tmp_path)
    controller = project / "app" / "controllers" / "index.js"
    controller.write_text(controller.read_text() + "\nvar broken = ;\n", encoding="utf-8")
    done = _convert(project, tmp_path / "out", alloy)
    assert done.returncode == 1 and f"{controller}:" in done.stderr, done.stderr
    assert "Unexpected token" in done.stderr and not (tmp_path / "out").exists()


def test_no_sdk_version_is_a_clear_error(alloy: Path, tmp_path: Path) -> None:
    project = _project(tmp_path)
    tiapp = project / "tiapp.xml"
    tiapp.write_text(tiapp.read_text().replace("<sdk-version>12.6.1.GA</sdk-version>", ""), encoding="utf-8")
    done = _convert(project, tmp_path / "out", alloy)
    assert done.returncode == 1 and f"{tiapp}:" in done.stderr and "no <sdk-version>" in done.stderr, done.stderr
    assert not (tmp_path / "out").exists()


def test_no_compiler_says_how_to_get_one(tmp_path: Path) -> None:
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "node").symlink_to(node)
    env = {"PATH": str(bin_dir), "TI2PY_ALLOY_CACHE": str(tmp_path / "empty-cache")}
    done = ti2py("convert", str(_project(tmp_path)), "-o", str(tmp_path / "out"), env=env)
    assert done.returncode == 1, done.stderr
    assert "npm install --save-dev alloy" in done.stderr and "--install-alloy" in done.stderr, done.stderr
    assert not (tmp_path / "out").exists() and not (tmp_path / "empty-cache").exists()


def test_no_node_is_a_clear_error(tmp_path: Path) -> None:
    env = {"PATH": str(tmp_path), "TI2PY_ALLOY_CACHE": str(tmp_path / "empty-cache")}
    done = ti2py("convert", str(_project(tmp_path)), "-o", str(tmp_path / "out"), env=env)
    assert done.returncode == 1 and "node was not found on PATH" in done.stderr, done.stderr
    assert not (tmp_path / "out").exists()


def test_the_compiler_is_found_in_the_projects_node_modules(alloy: Path, tmp_path: Path) -> None:
    project = _project(tmp_path)
    (project / "node_modules" / ".bin").mkdir(parents=True)
    (project / "node_modules" / ".bin" / "alloy").symlink_to(alloy.resolve())
    env = {"PATH": os.path.dirname(shutil.which("node") or "") + os.pathsep + "/usr/bin:/bin",
           "TI2PY_ALLOY_CACHE": str(tmp_path / "empty-cache")}
    done = ti2py("convert", str(project), "-o", str(tmp_path / "out"), "-q", env=env, timeout=300)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "out" / "alloy" / "controllers" / "index.py").is_file()
    assert not (project / "Resources").exists() and not (project / "build").exists()
