"""Run a JS program in node and its ti2py translation on the runtime; compare what they print."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import subprocess
import time
from pathlib import Path
from typing import Iterator

from ti2py.runtime import App

SHIM = Path(__file__).parent / "js" / "ti_shim.js"
NODE = shutil.which("node")
NODE_MISSING = "node is not installed: the differential tests need it (https://nodejs.org or apt-get install nodejs)"


def time_zone(js_file: Path) -> str:
    """The time zone a program runs in: ``// tz: Area/City`` on its first lines, else UTC."""
    head = js_file.read_text(encoding="utf-8").splitlines()[:3]
    found = next((m.group(1) for line in head if (m := re.match(r"//\s*tz:\s*(\S+)", line))), None)
    return found or "UTC"


@contextlib.contextmanager
def local_time_zone(name: str) -> Iterator[None]:
    """This process's local time zone set to ``name`` (for the in-process Python run)."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = name
    time.tzset()
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = before
        time.tzset()


def run_node(js_file: Path) -> list[str]:
    assert NODE is not None, NODE_MISSING
    env = {"TZ": time_zone(js_file), "PATH": "/usr/bin:/bin"}
    done = subprocess.run([NODE, str(SHIM), str(js_file)], capture_output=True, text=True, timeout=30, env=env)
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


def run_python(py_file: Path, data_dir: Path) -> list[str]:
    app = App("differential", data_dir=data_dir, out=None)
    app.load(py_file)
    assert app.run_until_idle(30), "the translated program did not finish"
    # Compare what the program printed; an uncaught error is compared by its JS name and message.
    lines = []
    for line in app.log_lines():
        if line.startswith("[ERROR] Uncaught "):
            line = line.split(" (", 1)[0] if line.endswith(")") else line
        lines.append(line)
    return "\n".join(lines).splitlines()  # node's stdout splits multi-line messages too
