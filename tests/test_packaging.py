"""The installed distribution, used from outside the checkout: console script, templates, samples."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from cli import SAMPLES

BIN = Path(sys.executable).parent


def _installed(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(BIN / "ti2py"), *args], capture_output=True, text=True, cwd=cwd, timeout=120)


def test_console_script_converts_outside_the_checkout(tmp_path: Path) -> None:
    source = tmp_path / "app.js"
    source.write_text((SAMPLES / "seed" / "background_fetch.js").read_text())
    done = _installed("convert", "app.js", "-o", "app.py", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "app.py").read_text().startswith('"""app.js, converted to Python.')


def test_converted_module_runs_with_plain_python(tmp_path: Path) -> None:
    (tmp_path / "hello.js").write_text("Ti.API.info('hi from ' + Ti.App.name);\n")
    assert _installed("convert", "hello.js", "-o", "hello.py", cwd=tmp_path).returncode == 0
    done = subprocess.run([sys.executable, "hello.py", "--data-dir", "data"], capture_output=True, text=True,
                          cwd=tmp_path, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "[INFO] hi from hello\n"


def test_demo_runs_offline(tmp_path: Path) -> None:
    done = _installed("demo", "--plain", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "[EVENT] downloadprogress task 1:" in done.stdout
    assert "[ALERT] Downloads completed successfully." in done.stdout
    assert "the server answered 1 request(s)" in done.stdout


def test_runtime_imports_without_the_translator() -> None:
    code = "import sys, runtime; print(sorted(m for m in sys.modules if m.startswith('transpiler')))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and done.stdout.strip() == "[]"


def test_every_source_folder_is_packaged() -> None:
    tomllib = pytest.importorskip("tomllib")  # Python 3.11+

    repo = Path(__file__).resolve().parent.parent
    config = tomllib.loads((repo / "pyproject.toml").read_text())["tool"]["setuptools"]
    listed = set(config["packages"])
    mapped = {v: k for k, v in config["package-dir"].items()}
    found = set()
    for top in ("transpiler", "runtime", "templates", "samples"):
        for folder in [repo / top, *(p for p in (repo / top).rglob("*") if p.is_dir())]:
            if "__pycache__" in folder.parts or not any(f.suffix in (".py", ".js", ".j2") for f in folder.iterdir()):
                continue
            rel = folder.relative_to(repo).as_posix()
            head = rel.split("/")[0]
            dotted = rel.replace("/", ".")
            if head in mapped:
                dotted = mapped[head] + dotted[len(head):]
            found.add(dotted)
    assert found <= listed, f"not in pyproject packages: {sorted(found - listed)}"
