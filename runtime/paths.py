"""Where ti2py keeps state shared between runs: ``$TI2PY_HOME`` (default ``~/.ti2py``)."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any, BinaryIO, Callable


def ti2py_home() -> Path:
    return Path(os.environ.get("TI2PY_HOME") or Path.home() / ".ti2py")


def read_json(path: Path, default: Any) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return default


def replace_atomically(path: Path, fill: Callable[[BinaryIO], None]) -> None:
    """Write a temp file beside ``path`` with ``fill(stream)``, then rename it over ``path``: a
    reader never sees half a file, and a failure leaves neither a partial file nor the temp."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            fill(stream)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def write_atomically(path: Path, data: str | bytes) -> None:
    """Text (UTF-8, newlines as given) or bytes, written with :func:`replace_atomically`."""
    content = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
    replace_atomically(path, lambda stream: stream.write(content))


def copy_atomically(source: Path, path: Path) -> None:
    """A copy of ``source`` at ``path``, streamed (never read whole into memory)."""

    def fill(stream: BinaryIO) -> None:
        with open(source, "rb") as original:
            shutil.copyfileobj(original, stream, 1024 * 1024)

    replace_atomically(path, fill)


def write_json(path: Path, value: Any) -> None:
    write_atomically(path, json.dumps(value, indent=1, sort_keys=True))
