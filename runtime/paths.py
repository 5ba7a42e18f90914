"""Where ti2py keeps state shared between runs: ``$TI2PY_HOME`` (default ``~/.ti2py``)."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any


def ti2py_home() -> Path:
    return Path(os.environ.get("TI2PY_HOME") or Path.home() / ".ti2py")


def read_json(path: Path, default: Any) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return default


def write_json(path: Path, value: Any) -> None:
    """Write beside, then rename, so a concurrent reader never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    with os.fdopen(handle, "w", encoding="utf-8") as stream:
        json.dump(value, stream, indent=1, sort_keys=True)
    os.replace(temp, path)
