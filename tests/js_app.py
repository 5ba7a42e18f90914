"""Run a JavaScript program the way the Ti API tests need: converted by ``ti2py.transpiler``,
loaded on a fresh :class:`ti2py.runtime.App` over a given data folder, run until idle."""

from __future__ import annotations

from pathlib import Path

from ti2py.runtime import App
from ti2py.transpiler import convert


def run_js(source: str, data_dir: Path, *, name: str = "tiapi", workdir: Path | None = None) -> App:
    """The App after ``source`` ran to idle (its log is ``app.log_lines()``)."""
    result = convert(source, "app.js")
    assert result.code is not None, result
    folder = workdir or data_dir.parent / f"{name}_py"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "app.py"
    path.write_text(result.code)
    app = App(name, data_dir=data_dir, out=None)
    app.load(path)
    assert app.run_until_idle(30)
    return app


def info(app: App) -> list[str]:
    """The app's ``[INFO]`` lines, without the level (what the programs print)."""
    return [line.removeprefix("[INFO] ") for line in app.log_lines("INFO")]
