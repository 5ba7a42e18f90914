"""npm packages installed once into a cache folder that test runs share, for the tests that run
code from npm (libraries, and apps this project did not write): skipped with the reason when npm
or the registry is not there."""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Iterator

import pytest

NPM = shutil.which("npm")


def cache_root() -> Path:
    """``$TI2PY_NPM_CACHE``, else ``~/.cache/ti2py/npm-libraries``."""
    configured = os.environ.get("TI2PY_NPM_CACHE")
    return Path(configured) if configured else Path.home() / ".cache" / "ti2py" / "npm-libraries"


@contextlib.contextmanager
def locked(folder: Path) -> Iterator[None]:
    """One process at a time installs and converts into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _installed(modules: Path, packages: dict[str, str]) -> bool:
    for name, version in packages.items():
        manifest = modules / name / "package.json"
        if not manifest.is_file() or json.loads(manifest.read_text(encoding="utf-8")).get("version") != version:
            return False
    return True


def install(prefix: Path, packages: dict[str, str]) -> Path:
    """``prefix/node_modules`` with ``packages`` (name -> exact version) in it: npm installs them
    (scripts not run) the first time, or when a version differs."""
    modules = prefix / "node_modules"
    if _installed(modules, packages):
        return modules
    specs = [f"{name}@{version}" for name, version in packages.items()]
    if NPM is None:
        pytest.skip(f"npm is not installed: this test installs {' '.join(specs)} with it (apt-get install npm)")
    shutil.rmtree(prefix, ignore_errors=True)
    prefix.mkdir(parents=True)
    try:
        done = subprocess.run([NPM, "install", "--no-save", "--no-package-lock", "--no-audit", "--no-fund",
                               "--ignore-scripts", "--prefix", str(prefix), *specs],
                              capture_output=True, text=True, timeout=300, cwd=prefix)
    except subprocess.TimeoutExpired:
        pytest.skip(f"npm install {' '.join(specs)} did not finish in 300 s (is the npm registry reachable?)")
    if done.returncode != 0 or not _installed(modules, packages):
        tail = " ".join((done.stderr or done.stdout).strip().splitlines()[-3:])
        pytest.skip(f"npm install {' '.join(specs)} failed (is the npm registry reachable?): {tail}")
    return modules
