"""`--watch`: `ti2py convert` writes again on each save, `ti2py run` starts again; Ctrl-C ends both
(real subprocesses, real files, watchfiles' real events; the test extra installs watchfiles)."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import IO, Callable

from cli import REPO


def _wait(condition: Callable[[], bool], seconds: float = 30) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False


def _start(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "ti2py.transpiler.cli", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, cwd=REPO)


def _read_until(stream: IO[str], text: str, seen: list[str], seconds: float = 30) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        line = stream.readline()
        if not line:
            return False
        seen.append(line)
        if text in line:
            return True
    return False


def _save(path: Path, text: str) -> None:
    """As many editors save: a new file renamed over the old one."""
    temp = path.with_name(f".{path.name}.swp")
    temp.write_text(text)
    temp.replace(path)


def test_convert_watch_converts_again_on_each_save(tmp_path: Path) -> None:
    source, target = tmp_path / "app.js", tmp_path / "app.py"
    source.write_text("Ti.API.info('one');\n")
    process = _start("convert", str(source), "-o", str(target), "--watch")
    try:
        seen: list[str] = []
        assert process.stderr is not None and _read_until(process.stderr, "watching", seen), seen
        assert "'one'" in target.read_text() or '"one"' in target.read_text()
        _save(source, "Ti.API.info('two');\n")
        assert _wait(lambda: '"two"' in target.read_text()), "converted again after the save"
        source.write_text("var a = ;\n")  # a broken save is reported, and watching goes on
        assert _read_until(process.stderr, "no output written", seen), seen
        assert '"two"' in target.read_text(), "a failed conversion leaves the last output"
        _save(source, "Ti.API.info('three');\n")
        assert _wait(lambda: '"three"' in target.read_text())
        process.send_signal(signal.SIGINT)
        _, rest = process.communicate(timeout=20)
    finally:
        process.kill()
    assert process.returncode == 0 and "Traceback" not in rest and rest.strip().endswith("stopped watching")


def test_run_watch_restarts_the_app_when_it_changes(tmp_path: Path) -> None:
    source = tmp_path / "app.js"
    # An app that stays busy (a long timer): the restart must interrupt it.
    source.write_text("Ti.API.info('version 1');\nsetTimeout(function () { Ti.API.info('late'); }, 60000);\n")
    process = _start("run", str(source), "--data-dir", str(tmp_path / "d"), "--timeout", "120", "--watch")
    try:
        seen: list[str] = []
        assert process.stdout is not None and _read_until(process.stdout, "[INFO] version 1", seen), seen
        assert process.stderr is not None and _read_until(process.stderr, "watching", seen), seen
        _save(source, "Ti.API.info('version 2');\n")
        assert _read_until(process.stdout, "[INFO] version 2", seen), seen
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=30)
    finally:
        process.kill()
    assert "[INFO] late" not in "".join(seen)
    assert process.returncode == 0 and "app.js changed; restarting the run" in err and "Traceback" not in err, err


def test_watch_usage_errors_exit_2(tmp_path: Path) -> None:
    source = tmp_path / "app.js"
    source.write_text("Ti.API.info(1);\n")
    for args in (("convert", str(source), "--watch"), ("convert", "-", "-o", "x.py", "--watch"),
                 ("convert", str(source), "-o", "x.py", "--check", "--watch"), ("run", "missing.js", "--watch")):
        done = subprocess.run([sys.executable, "-m", "ti2py.transpiler.cli", *args], capture_output=True, text=True,
                              timeout=60, cwd=tmp_path, input="")
        assert done.returncode == 2 and "Traceback" not in done.stderr, (args, done.stderr)


def test_convert_watch_of_a_folder_converts_what_changed_below_it(tmp_path: Path) -> None:
    src, lib = tmp_path / "src", tmp_path / "lib"
    (src / "sub").mkdir(parents=True)
    (src / "app.js").write_text("Ti.API.info('app');\n")
    (src / "sub" / "m.js").write_text("exports.n = 1;\n")
    process = _start("convert", str(src), "-d", str(lib), "--watch")
    try:
        seen: list[str] = []
        assert process.stderr is not None and _read_until(process.stderr, "watching", seen), seen
        assert "exports.n = 1" in (lib / "sub" / "m.py").read_text()
        _save(src / "sub" / "m.js", "exports.n = 2;\n")
        assert _wait(lambda: "exports.n = 2" in (lib / "sub" / "m.py").read_text())
        (src / "sub" / "new.js").write_text("exports.added = true;\n")
        assert _wait(lambda: (lib / "sub" / "new.py").is_file()), "a new file below the folder converts too"
        process.send_signal(signal.SIGINT)
        _, rest = process.communicate(timeout=20)
    finally:
        process.kill()
    assert process.returncode == 0, rest
