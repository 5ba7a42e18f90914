"""Run the ti2py CLI as a real subprocess, the way a user does."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "samples"
SEED_PREFIX = "https://raw.github.com/"
DOG_PATH = "appcelerator-developer-relations/KitchenSink/master/Resources/images/dog@2x~iphone.jpg"


def on_a_terminal(args: list[str], env: dict[str, str], rows: int = 0, columns: int = 0) -> tuple[int, bytes]:
    """Run ``args`` with a pty as stdout and stderr (of ``rows`` x ``columns`` when given): its
    exit code and everything it wrote, escape sequences included."""
    import fcntl
    import pty
    import struct
    import termios

    leader, follower = pty.openpty()
    if rows and columns:
        fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
    process = subprocess.Popen(args, stdout=follower, stderr=follower, env=env)
    os.close(follower)
    chunks = []
    while True:
        try:
            data = os.read(leader, 65536)
        except OSError:  # the pty closes with the process (EIO on Linux)
            break
        if not data:
            break
        chunks.append(data)
    process.wait(timeout=60)
    os.close(leader)
    return process.returncode, b"".join(chunks)


def ti2py(*args: str, cwd: Path | None = None, timeout: float = 120, env: dict[str, str] | None = None,
          input: str | None = None) -> subprocess.CompletedProcess[str]:
    merged = dict(os.environ, **(env or {}))
    return subprocess.run(
        [sys.executable, "-m", "ti2py.transpiler.cli", *args],
        capture_output=True, text=True, timeout=timeout, cwd=cwd, env=merged, input=input,
    )


def run_app_lines(tmp_path: Path, source: str, *, expect_success: bool = True) -> list[str]:
    """``source`` as ``app.js`` in ``tmp_path``, run by ``ti2py run`` on a data folder of its own:
    the log lines (``[INFO] ...``). ``expect_success``: the run must exit 0 (no uncaught error)."""
    app = tmp_path / "app.js"
    app.write_text(source, encoding="utf-8")
    done = ti2py("run", str(app), "--data-dir", str(tmp_path / "data"), "--plain", cwd=tmp_path)
    if expect_success:
        assert done.returncode == 0, done.stderr
    return [line for line in done.stdout.splitlines() if line.startswith("[")]
