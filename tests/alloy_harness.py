"""The Alloy sample apps of the npm package ``alloy``, as projects ti2py converts and runs.

Each sample (``node_modules/alloy/samples/apps/<group>/<name>/``) is the ``app/`` folder of a
project; as Alloy's own harness does (its ``jake app:setup``), the project gets a ``tiapp.xml`` and
the sample's ``lib/`` gets the harness libraries of ``samples/lib`` (jasmine and the runtime tester
that a sample's ``specs/`` use), all but ``testUtils.js``.  Compiled for development, a sample with
``specs/`` runs them when it starts (jasmine checks its views' classes and styles): a failed spec
counts as an error.

The compiler comes from ``$TI2PY_ALLOY`` (a path to ``alloy``), else PATH, else ti2py's cache
(installed there with npm on first use, shared across test runs: ``$TI2PY_ALLOY_CACHE``, default
``~/.ti2py/alloy``).

``python tests/alloy_harness.py [NAME...]`` converts and starts every sample (or those named) and
prints one line each and the figure ``N of M sample apps start clean``.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

TIAPP = """<?xml version="1.0" encoding="UTF-8"?>
<ti:app xmlns:ti="http://ti.appcelerator.org">
    <id>com.example.alloy.{slug}</id>
    <name>{slug}</name>
    <version>1.0</version>
    <property name="ti.ui.defaultunit">system</property>
    <modules>{modules}</modules>
    <sdk-version>12.6.1.GA</sdk-version>
</ti:app>
"""


def unavailable() -> str | None:
    """Why the Alloy samples cannot run here (None: they can)."""
    if shutil.which("node") is None:
        return "node is not installed (Alloy's compiler runs on node)"
    if compiler() is None and shutil.which("npm") is None:
        return "npm is not installed, and no Alloy compiler is on PATH or in ti2py's cache"
    return None


def compiler() -> Path | None:
    from ti2py.transpiler.alloy import find_compiler

    given = os.environ.get("TI2PY_ALLOY")
    if given:
        return Path(given)
    return find_compiler(Path(tempfile.gettempdir()) / "ti2py-no-project")


def ensure_compiler() -> Path:
    """The compiler, installed into ti2py's cache with npm if there is none (once; later runs reuse it)."""
    from ti2py.transpiler.alloy import install_compiler

    return compiler() or install_compiler(sys.stderr)


def samples_root(alloy: Path) -> Path:
    """``node_modules/alloy/samples`` of the package the ``alloy`` executable belongs to."""
    package = alloy.resolve().parent.parent  # node_modules/alloy/bin/alloy -> node_modules/alloy
    return package / "samples"


def sample_names(alloy: Path) -> list[str]:
    apps = samples_root(alloy) / "apps"
    return sorted(p.relative_to(apps).as_posix() for p in apps.glob("*/*") if p.is_dir())


# The native modules Alloy's own harness project declares (its tiapp.xml); ti2py runs them as
# logging stand-ins (--stub-module), as the whole-project conversion allows.
HARNESS_MODULES = ("ti.paint", "ti.map")


def make_project(alloy: Path, name: str, target: Path, modules: tuple[str, ...] = HARNESS_MODULES) -> Path:
    """A project folder for sample ``name`` (``ui/tableview``) at ``target``."""
    samples = samples_root(alloy)
    app = target / "app"
    shutil.copytree(samples / "apps" / name, app, ignore=shutil.ignore_patterns("_generated"))
    (app / "lib").mkdir(exist_ok=True)
    for library in sorted((samples / "lib").glob("*.js")):
        if library.name != "testUtils.js":
            shutil.copyfile(library, app / "lib" / library.name)
    entries = "".join(f'<module platform="iphone">{m}</module>' for m in modules)
    (target / "tiapp.xml").write_text(TIAPP.format(slug=name.replace("/", "_"), modules=entries), encoding="utf-8")
    return target


@dataclass
class Outcome:
    name: str
    stage: str  # "convert", "run" or "clean"
    detail: str

    @property
    def clean(self) -> bool:
        return self.stage == "clean"


def convert_and_start(alloy: Path, name: str, work: Path, timeout: float = 15) -> Outcome:
    """Convert the sample with ``ti2py convert`` and start it with ``ti2py run``, both as
    subprocesses: clean when both exit 0 and the app logged no error."""
    project = make_project(alloy, name, work / "project")
    out = work / "out"
    cli = [sys.executable, "-m", "ti2py.transpiler.cli"]
    done = subprocess.run([*cli, "convert", str(project), "-o", str(out), "-q", "--alloy", str(alloy)],
                          capture_output=True, text=True, timeout=300)
    if done.returncode != 0:
        return Outcome(name, "convert", (done.stderr.strip().splitlines() or [f"exit {done.returncode}"])[-1])
    stubs = [word for module in HARNESS_MODULES for word in ("--stub-module", module)]
    done = subprocess.run([*cli, "run", str(out), "--data-dir", str(work / "data"), "--timeout", str(timeout),
                           "--plain", *stubs], capture_output=True, text=True, timeout=timeout + 60)
    # An uncaught error, or a failed spec of the sample's own specs/ (jasmine's reporter logs
    # `[FAIL] name` and `N specs, M failures` at info level).
    errors = [line for line in done.stdout.splitlines()
              if line.startswith("[ERROR]") or "[FAIL]" in line or re.search(r"\b\d+ specs?, [1-9]\d* failures?", line)]
    # A sample that keeps a timer going (momentjs updates a clock every second) is never idle:
    # `--timeout` ends it (exit 3) with "the app was still busy", which is a start, not a failure.
    ticking = done.returncode == 3 and "(the app was still busy)" in done.stderr
    if errors or (done.returncode != 0 and not ticking):
        return Outcome(name, "run", (errors or done.stderr.strip().splitlines() or [f"exit {done.returncode}"])[0])
    lines = done.stdout.strip().splitlines()
    return Outcome(name, "clean", ("(still running its timers) " if ticking else "") + (lines[-1] if lines else ""))


def main(argv: list[str]) -> int:
    reason = unavailable()
    if reason:
        print(f"skipped: {reason}")
        return 0
    alloy = ensure_compiler()
    names = argv or sample_names(alloy)
    outcomes = []
    for name in names:
        with tempfile.TemporaryDirectory(prefix="ti2py-alloy-sample-") as work:
            outcome = convert_and_start(alloy, name, Path(work))
        outcomes.append(outcome)
        print(f"{outcome.stage:8} {name:36} {outcome.detail[:160]}", flush=True)
    clean = sum(o.clean for o in outcomes)
    print(f"{clean} of {len(outcomes)} sample apps start clean")
    return 0 if clean == len(outcomes) else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))


def compiler_or_skip() -> Path:
    """The Alloy compiler for a test (installed into the cache once), else the test is skipped
    with the reason: node or npm missing, or npm could not install it (no registry)."""
    import pytest

    reason = unavailable()
    if reason:
        pytest.skip(reason)
    try:
        return ensure_compiler()
    except Exception as exc:  # npm could not install it: say why
        pytest.skip(f"no Alloy compiler: {exc}")
