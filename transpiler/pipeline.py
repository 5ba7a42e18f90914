"""The whole conversion, stage by stage: parse -> IR -> lower -> scope -> lint -> emit -> format."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import PurePath

import libcst

from . import __version__
from .build import build
from .diagnostics import Diagnostics
from .emit import emit
from .format import add_runtime_imports, format_code, line_map, render_module
from .lint import lint
from .parse import parse
from .passes import lower
from .scope import analyse

LINES_PLACEHOLDER = '__ti2py_lines__ = ""'


@dataclass
class Result:
    """The outcome of converting one file: Python source (None if it failed) and diagnostics."""

    code: str | None
    diagnostics: Diagnostics
    source: str
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.code is not None


def convert(source: str, filename: str = "app.js", *, output_name: str | None = None,
            warnings_as_errors: bool = False) -> Result:
    """Convert JavaScript ``source`` (named ``filename`` in diagnostics and the header)."""
    diag = Diagnostics(filename, warnings_as_errors=warnings_as_errors)
    timings: dict[str, float] = {}
    clock = time.perf_counter()

    def lap(stage: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        timings[stage] = timings.get(stage, 0.0) + now - clock
        clock = now

    source_name = PurePath(filename).name
    parsed = parse(source, diag)
    lap("parse")
    if parsed is None:
        return Result(None, diag, source, timings)
    program = build(parsed, diag)
    lap("build")
    program = lower(program)
    lap("lower")
    program = analyse(program, diag)
    lap("scope")
    lint(program, diag)
    lap("lint")
    body, locs = emit(program, diag)
    lap("emit")
    if diag.failed:
        return Result(None, diag, source, timings)
    module = render_module(
        body,
        title=f"{source_name}, converted to Python.",
        source_name=source_name,
        output_name=output_name or PurePath(source_name).with_suffix(".py").name,
        version=__version__,
    )
    module = module.replace("\n\n\n__ti2py_source__", f"\n\n\n{LINES_PLACEHOLDER}\n__ti2py_source__", 1)
    lap("template")
    try:
        module = add_runtime_imports(module)
    except libcst.ParserSyntaxError as exc:  # a translator bug, never the user's input
        diag.error("E900", f"internal error: generated Python does not parse ({exc.message})", 1, 1)
        return Result(None, diag, source, timings)
    lap("libcst")
    module = format_code(module)
    lap("black")
    mapping = line_map(module, locs)
    module = module.replace(LINES_PLACEHOLDER, f'__ti2py_lines__ = "{mapping}"', 1)
    lap("libcst")
    return Result(module, diag, source, timings)
