"""`ti2py run`'s exit codes (5 for uncaught errors and failed transfers, --exit-zero), --fresh,
`ti2py reset`, `ti2py serve`, and exit 2 for usage errors in every subcommand: real subprocesses."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from cli import REPO, SAMPLES, ti2py

COUNTER = ("var n = Ti.App.Properties.getInt('runs', 0) + 1;\n"
           "Ti.App.Properties.setInt('runs', n);\nTi.API.info('run ' + n);\n")


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_an_uncaught_error_exits_5_and_exit_zero_keeps_0(tmp_path: Path) -> None:
    app = _write(tmp_path / "broken.js", "Ti.API.info('before');\nsetTimeout(function () { undefinedThing(); }, 10);\n")
    done = ti2py("run", str(app), "--data-dir", str(tmp_path / "d"))
    assert done.returncode == 5, done.stderr
    assert "[ERROR] Uncaught ReferenceError" in done.stdout
    assert done.stderr.strip().splitlines()[-1] == "ti2py run: 1 uncaught error (exit 5; --exit-zero to exit 0)"
    forced = ti2py("run", str(app), "--data-dir", str(tmp_path / "d"), env={"FORCE_COLOR": "1", "NO_COLOR": ""})
    assert "\x1b[31mti2py run: 1 uncaught error (exit 5" in forced.stderr, "the closing count in colour"
    both = ti2py("run", str(app), "--data-dir", str(tmp_path / "d"), env={"FORCE_COLOR": "1", "NO_COLOR": "1"})
    assert "\x1b[" not in both.stderr
    kept = ti2py("run", str(app), "--data-dir", str(tmp_path / "d"), "--exit-zero")
    assert kept.returncode == 0 and "1 uncaught error (exit 0: --exit-zero)" in kept.stderr
    clean = ti2py("run", str(_write(tmp_path / "ok.js", "Ti.API.info('fine');\n")), "--data-dir", str(tmp_path / "e"))
    assert clean.returncode == 0 and clean.stderr == ""


def test_a_failed_transfer_exits_5(tmp_path: Path) -> None:
    app = _write(tmp_path / "fetch.js", (
        "var urlSession = require('com.appcelerator.urlSession');\n"
        "var s = urlSession.createSession({configuration: urlSession.createSessionConfiguration({identifier: 'a.b'})});\n"
        "Ti.App.iOS.addEventListener('sessioncompleted', function (e) { Ti.API.info('ok=' + e.success); });\n"
        "s.downloadTask({url: 'http://127.0.0.1:9/nothing'});\n"  # port 9: nothing listens
    ))
    done = ti2py("run", str(app), "--data-dir", str(tmp_path / "d"), "--timeout", "30")
    assert "[INFO] ok=false" in done.stdout
    assert done.returncode == 5 and "1 failed transfer" in done.stderr, done.stderr
    assert ti2py("run", str(app), "--data-dir", str(tmp_path / "d"), "--exit-zero").returncode == 0


def test_fresh_runs_on_a_throwaway_folder(tmp_path: Path, home: Path) -> None:
    app = _write(tmp_path / "counter.js", COUNTER)
    assert "[INFO] run 1" in ti2py("run", str(app)).stdout
    assert "[INFO] run 2" in ti2py("run", str(app)).stdout
    temp = tmp_path / "temp"
    temp.mkdir()
    fresh = ti2py("run", str(app), "--fresh", env={"TMPDIR": str(temp)})
    assert fresh.returncode == 0 and "[INFO] run 1" in fresh.stdout
    assert list(temp.iterdir()) == [], "the throwaway folder is deleted when the run ends"
    assert "[INFO] run 3" in ti2py("run", str(app)).stdout, "--fresh left the app's own folder alone"
    both = ti2py("run", str(app), "--fresh", "--data-dir", str(tmp_path / "d"))
    assert both.returncode == 2 and "exclude each other" in both.stderr


def test_reset_empties_the_data_folder_run_uses(tmp_path: Path, home: Path) -> None:
    app = _write(tmp_path / "counter.js", COUNTER)
    ti2py("run", str(app))
    assert "[INFO] run 2" in ti2py("run", str(app)).stdout
    folder = home / "apps" / "com.ti2py.counter"
    done = ti2py("reset", str(app))
    assert done.returncode == 0 and f"emptied {folder}" in done.stderr
    assert [p.name for p in folder.iterdir()] == [".ti2py.lock"]
    assert "[INFO] run 1" in ti2py("run", str(app)).stdout
    assert ti2py("reset", "com.ti2py.counter").returncode == 0, "an app id works too"
    assert "[INFO] run 1" in ti2py("run", str(app)).stdout
    # A converted project: its id from tiapp.xml.
    package = tmp_path / "news"
    assert ti2py("convert", str(SAMPLES / "projects" / "newsreader"), "-o", str(package), "-q").returncode == 0
    (home / "apps" / "com.example.newsreader").mkdir(parents=True)
    (home / "apps" / "com.example.newsreader" / "x").write_text("1")
    assert f"emptied {home / 'apps' / 'com.example.newsreader'}" in ti2py("reset", str(package)).stderr
    nothing = ti2py("reset", "--data-dir", str(tmp_path / "never"))
    assert nothing.returncode == 0 and "nothing to reset" in nothing.stderr


def test_reset_and_fresh_respect_the_lock_of_a_running_app(tmp_path: Path, home: Path) -> None:
    app = _write(tmp_path / "slow.js", COUNTER + "setTimeout(function () { Ti.API.info('done'); }, 4000);\n")
    running = subprocess.Popen([sys.executable, "-m", "ti2py.transpiler.cli", "run", str(app)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO)
    try:
        assert running.stdout is not None and running.stdout.readline().strip() == "[INFO] run 1"
        refused = ti2py("reset", str(app))
        assert refused.returncode == 2 and "in use by another running app" in refused.stderr
        assert ti2py("run", str(app)).returncode == 2, "a second run on the same folder is refused"
        fresh = ti2py("run", str(app), "--fresh", "--timeout", "30")
        assert fresh.returncode == 0 and "[INFO] run 1" in fresh.stdout, "--fresh has a folder of its own"
    finally:
        out, _ = running.communicate(timeout=60)
    assert "[INFO] done" in out
    assert ti2py("reset", str(app)).returncode == 0


def test_serve_prints_the_url_map_serves_files_and_stops_on_ctrl_c(tmp_path: Path) -> None:
    root = tmp_path / "www"
    _write(root / "latest", '["a.html"]')
    process = subprocess.Popen(
        [sys.executable, "-m", "ti2py.transpiler.cli", "serve", str(root), "--port", "0",
         "--for", "https://news.example.com/"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO)
    try:
        assert process.stdout is not None
        line = process.stdout.readline().strip()
        assert line.startswith("--url-map https://news.example.com/=http://127.0.0.1:"), line
        base = line.split("=", 1)[1]
        with urllib.request.urlopen(base + "latest", timeout=10) as answer:
            assert json.loads(answer.read()) == ["a.html"] and answer.headers["Content-Type"] == "application/json"
        with urllib.request.urlopen(base + "images/x.png", timeout=10) as answer:
            assert answer.read(8) == b"\x89PNG\r\n\x1a\n", "a generated image for a missing .png"
        upload = urllib.request.Request(base + "logs", data=b"12345", method="PUT")
        with urllib.request.urlopen(upload, timeout=10) as answer:
            assert json.loads(answer.read()) == {"received": 5}
        with pytest.raises(urllib.error.HTTPError):
            urllib.request.urlopen(base + "missing.txt", timeout=10)
        time.sleep(0.2)
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=20)
    finally:
        process.kill()
    assert process.returncode == 0 and "Traceback" not in err, err
    assert "GET /latest 200 10 bytes" in err and err.strip().endswith("stopped after 4 requests")


@pytest.mark.parametrize("args", [
    ("run", "app.py", "--wait", "x"), ("run", "app.py", "--push", "[1]"), ("run", "app.py", "--url-map", "nope"),
    ("run",), ("push",), ("push", "{}", "--token"), ("demo", "--bogus"), ("reset",), ("reset", "no-such.py"),
    ("run", "."), ("serve",), ("serve", "no-such-folder"), ("serve", ".", "--port", "x"), ("serve", ".", "--rate", "0"),
    ("convert",), ("convert", "samples", "-d"), ("convert", "samples/seed", "-o", "x"),
])
def test_every_subcommand_exits_2_on_a_usage_error(tmp_path: Path, args: tuple[str, ...]) -> None:
    _write(tmp_path / "app.py", "def main():\n    pass\n")
    done = subprocess.run([sys.executable, "-m", "ti2py.transpiler.cli", *args], capture_output=True, text=True,
                          timeout=60, cwd=tmp_path if args[:2] != ("convert", "samples") and "samples/seed" not in args
                          else REPO)
    assert done.returncode == 2, (args, done.stdout, done.stderr)
    assert done.stderr.strip() and "Traceback" not in done.stderr
