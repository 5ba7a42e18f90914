"""The README's examples, run as written: its shell blocks (in a folder laid out as the README
says: the demo's kept app.js and app.py, the checkout's samples/) through bash, and its pytest
example through pytest in a subprocess, the fixtures coming from the installed plugin.

The one change made to the text: port 8000 becomes a free port, so that a run never collides
with another server on this machine."""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from cli import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")
# Lines not run, each with its reason; every other line of the blocks below is.
NOT_RUN = {
    "--watch": "never ends by itself (tests/test_cli_watch.py runs it)",
    "pip install": "installs from the package index",
    "python -m pytest": "the whole suite (this is part of it)",
    "<64 hex digits>": "a placeholder for a device token",
    "https://…": "a placeholder URL",
    "--push-gateway --wait 60 &": "a minute of waiting for the pushes the next two lines send (test_push.py runs it)",
}
SECTIONS = ["## Converting", "## Running", "### Background fetch as iOS schedules it"]


def _section(title: str) -> str:
    start = README.index(f"\n{title}\n")
    end = README.find("\n## ", start + len(title) + 2)
    sub = README.find("\n### ", start + len(title) + 2)
    ends = [e for e in (end, sub) if e != -1]
    return README[start:min(ends)] if ends else README[start:]


def _blocks(title: str, language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", _section(title), re.S)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _script(block: str, port: int) -> tuple[str, list[str]]:
    """The block as a bash script (each command must succeed), and the lines left out."""
    lines, skipped = ["set -euo pipefail"], []
    for line in block.splitlines():
        command = re.sub(r"\s+#\s.*$", "", line).strip()
        if not command or command.startswith("#"):
            continue
        if any(marker in command for marker in NOT_RUN):
            skipped.append(command)
            continue
        command = command.replace("127.0.0.1:8000", f"127.0.0.1:{port}")
        if command.startswith("ti2py serve"):
            command = command.replace("ti2py serve", f"ti2py serve --port {port} -q", 1)
        lines.append(command)
        if command.endswith("&"):  # a server: wait until it listens
            lines.append(f"for i in $(seq 100); do (exec 3<>/dev/tcp/127.0.0.1/{port}) 2>/dev/null && break; "
                         "sleep 0.1; done")
    return "\n".join(lines) + "\n", skipped


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder as the README's examples expect: the demo's kept files, the checkout's samples/
    (one for the module: the demo runs once)."""
    folder = tmp_path_factory.mktemp("readme") / "work"
    folder.mkdir()
    shutil.copytree(REPO / "samples", folder / "samples")
    done = subprocess.run(["ti2py", "demo", "--keep", ".", "--plain"], cwd=folder, capture_output=True, text=True,
                          timeout=120, env=_env())
    assert done.returncode == 0, done.stdout + done.stderr
    assert (folder / "app.js").is_file() and (folder / "app.py").is_file(), "the demo keeps what it suggests"
    assert "ti2py serve ." in done.stdout and f"ti2py run {Path('app.py')}" in done.stdout
    return folder


def _env() -> dict[str, str]:
    return dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}", NO_COLOR="1")


@pytest.mark.parametrize("title", SECTIONS)
def test_the_shell_examples_run_as_written(sandbox: Path, title: str) -> None:
    blocks = _blocks(title, "sh")
    assert blocks, f"{title} has no shell example"
    output = ""
    for block in blocks:
        script, _ = _script(block, _free_port())
        done = subprocess.run(["bash", "-c", script], cwd=sandbox, capture_output=True, text=True, timeout=300,
                              env=_env())
        assert done.returncode == 0, f"{script}\n--- stdout\n{done.stdout}\n--- stderr\n{done.stderr}"
        assert "Traceback" not in done.stderr
        output += done.stdout
    if title == "## Converting":  # the newsreader example reaches the server it starts
        assert "[INFO] saved welcome.html" in output and "[NOTIFICATION] 2 new articles" in output, output


def test_the_pytest_example_runs_as_written(sandbox: Path) -> None:
    example = _blocks("## The runtime as a library", "python")[0]
    assert "ti2py_app" in example and "ti2py_server" in example and "fire_fetch" in example
    converted = subprocess.run(["ti2py", "convert", "samples/projects/newsreader", "-o", "newsreader_py", "-q"],
                               cwd=sandbox, capture_output=True, text=True, timeout=120, env=_env())
    assert converted.returncode == 0, converted.stderr
    (sandbox / "test_newsreader.py").write_text(example, encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "pytest", "test_newsreader.py", "-q", "-p", "no:cacheprovider"],
                          cwd=sandbox, capture_output=True, text=True, timeout=300, env=_env())
    assert done.returncode == 0, done.stdout + done.stderr
    assert "1 passed" in done.stdout


def test_the_plain_app_example_runs_against_a_local_server(sandbox: Path) -> None:
    example = _blocks("## The runtime as a library", "python")[1]
    port = _free_port()
    server = subprocess.Popen(["ti2py", "serve", ".", "--port", str(port), "-q"], cwd=sandbox, env=_env(),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert server.stdout is not None and server.stdout.readline().startswith("--url-map")
        code = example.replace("127.0.0.1:8000", f"127.0.0.1:{port}") + (
            "\nassert '[ALERT] Downloads completed successfully.' in app.log_lines(), app.log_lines()\n")
        done = subprocess.run([sys.executable, "-c", code], cwd=sandbox, capture_output=True, text=True, timeout=120,
                              env=_env())
    finally:
        server.terminate()
        server.communicate(timeout=20)
    assert done.returncode == 0, done.stderr
    assert server.returncode == 0
