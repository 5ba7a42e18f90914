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
    code = "import sys, ti2py.runtime; print(sorted(m for m in sys.modules if m.startswith('ti2py.transpiler')))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and done.stdout.strip() == "[]"


def test_every_source_folder_and_sample_is_packaged() -> None:
    import fnmatch

    tomllib = pytest.importorskip("tomllib")  # Python 3.11+
    repo = Path(__file__).resolve().parent.parent
    config = tomllib.loads((repo / "pyproject.toml").read_text())["tool"]["setuptools"]
    listed = set(config["packages"])
    folder_of = {package: Path(path) for package, path in config["package-dir"].items()}

    def folder(package: str) -> Path:
        for prefix, path in folder_of.items():
            if package == prefix or package.startswith(prefix + "."):
                return (repo / path / package[len(prefix):].lstrip(".").replace(".", "/")).resolve()
        raise AssertionError(f"{package} has no folder in package-dir")

    for top in ("transpiler", "runtime", "templates", "samples"):
        for init in (repo / top).rglob("__init__.py"):
            dotted = "ti2py." + init.parent.relative_to(repo).as_posix().replace("/", ".")
            assert dotted in listed, f"{dotted} is not in pyproject packages"
    data = config["package-data"]
    for sample in (repo / "samples").rglob("*"):
        if sample.is_file() and sample.suffix in (".js", ".xml"):
            covered = any(
                fnmatch.fnmatch(sample.relative_to(folder(package)).as_posix(), pattern)
                for package, patterns in data.items() if sample.is_relative_to(folder(package))
                for pattern in patterns
            )
            assert covered, f"{sample.relative_to(repo)} would not be installed"
