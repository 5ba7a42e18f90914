"""The benchmark runs (quick mode): a smoke test that every part works, not a check of figures."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def test_bench_quick_mode_prints_the_table() -> None:
    done = subprocess.run([sys.executable, str(REPO / "bench" / "run.py"), "--quick"], capture_output=True,
                          text=True, timeout=600, cwd=REPO)
    assert done.returncode == 0, done.stderr[-3000:]
    table = done.stdout
    for area in ("conversion", "formatting", "many files", "generated code", "transfer", "concurrency", "start-up"):
        assert f"| {area}" in table, area
    assert "quick run on" in table
