"""`ti2py run` draws the app's progress bars on a terminal, and plain log lines elsewhere."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from cli import on_a_terminal

APP = """
var bar = Ti.UI.createProgressBar({ min: 0, max: 1, value: 0, message: 'Copying' });
bar.show();
var step = 0;
var timer = setInterval(function () {
    step = step + 1;
    bar.value = step / 4;
    Ti.API.info('step ' + step);
    if (step === 4) { clearInterval(timer); }
}, 50);
"""


def _run(tmp_path: Path, use_tty: bool) -> str:
    source = tmp_path / "copy.js"
    source.write_text(APP)
    args = [sys.executable, "-m", "ti2py.transpiler.cli", "run", str(source), "--data-dir", str(tmp_path / "d")]
    env = dict(os.environ, COLUMNS="100", TERM="xterm-256color")
    if not use_tty:
        return subprocess.run(args, capture_output=True, text=True, timeout=60, env=env).stdout
    return on_a_terminal(args, env)[1].decode("utf-8", errors="replace")


def test_terminal_gets_a_live_progress_bar(tmp_path: Path) -> None:
    screen = _run(tmp_path, use_tty=True)
    assert "Copying" in screen and "100%" in screen and "\x1b[" in screen
    assert "[INFO] step 4" in screen


def test_pipe_gets_plain_lines(tmp_path: Path) -> None:
    output = _run(tmp_path, use_tty=False)
    assert output.splitlines() == [f"[INFO] step {n}" for n in range(1, 5)]
    assert "\x1b[" not in output
