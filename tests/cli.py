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


def ti2py(*args: str, cwd: Path | None = None, timeout: float = 120, env: dict[str, str] | None = None,
          input: str | None = None) -> subprocess.CompletedProcess[str]:
    merged = dict(os.environ, **(env or {}))
    return subprocess.run(
        [sys.executable, "-m", "ti2py.transpiler.cli", *args],
        capture_output=True, text=True, timeout=timeout, cwd=cwd, env=merged, input=input,
    )
