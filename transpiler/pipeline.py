"""The whole conversion, stage by stage: parse -> IR -> lower -> scope -> lint -> emit -> format."""

from __future__ import annotations

import gc
import time
from dataclasses import dataclass, field
from pathlib import PurePath

from . import __version__
from .build import build
from .diagnostics import Diagnostics
from .emit import emit
from .format import add_runtime_imports, format_code, line_map, lines_statement, render_module
from .lint import lint
from .parse import parse
from .passes import lower
from .passes.requires import Resolver, rewrite_requires, share_script_globals
from .scope import analyse

LINES_PLACEHOLDER = '__ti2py_lines__ = ""'


@dataclass
class Result:
    """The outcome of converting one file: Python source (None if it failed) and diagnostics."""

    code: str | None
    diagnostics: Diagnostics
    source: str
    timings: dict[str, float] = field(default_factory=dict)
    requires: list[str] = field(default_factory=list)  # canonical ids of local CommonJS modules
    unformatted: str | None = None  # the module before the formatter ran (for benchmarks)
    background_modes: list[str] = field(default_factory=list)  # modes the code's listeners need

    @property
    def ok(self) -> bool:
        return self.code is not None


def convert(source: str, filename: str = "app.js", *, output_name: str | None = None,
            warnings_as_errors: bool = False, commonjs: bool = False,
            resolve_require: Resolver | None = None, declared_modes: list[str] | None = None,
            script: bool = False, methods: frozenset[str] = frozenset()) -> Result:
    """Convert JavaScript ``source`` (named ``filename`` in diagnostics and the header).

    ``commonjs``: the file is a module (``module``/``exports`` are its parameters).
    ``resolve_require``: maps a ``require`` id to a canonical project module id (or None).
    ``declared_modes``: UIBackgroundModes from tiapp.xml; None for a bare file.
    ``script``: a project file whose top-level names are globals other files see (Ti.include).
    ``methods``: property names under which other files of the project store functions that read
    ``this``: calls of them bind the receiver (``js.invoke``), as calls of this file's own do."""
    # The stages build large trees without reference cycles; the cyclic garbage collector would
    # only walk them again and again (it took 40% of the time on an 8,000-line app).  It is
    # paused for the conversion and collects afterwards as usual.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _convert(source, filename, output_name=output_name, warnings_as_errors=warnings_as_errors,
                        commonjs=commonjs, resolve_require=resolve_require, declared_modes=declared_modes,
                        script=script, methods=methods)
    except RecursionError:
        diag = Diagnostics(filename, warnings_as_errors=warnings_as_errors)
        diag.error("E900", "internal error: the program nests too deeply to convert", 1, 1)
        return Result(None, diag, source)
    except Exception as exc:  # a translator bug: reported as a diagnostic, never a traceback for the user
        diag = Diagnostics(filename, warnings_as_errors=warnings_as_errors)
        where = _innermost_frame(exc)
        diag.error("E900", f"internal error: {type(exc).__name__}: {exc} (in {where}; please report it)", 1, 1)
        return Result(None, diag, source)
    finally:
        if collecting:
            gc.enable()


def _innermost_frame(exc: BaseException) -> str:
    import traceback

    frames = traceback.extract_tb(exc.__traceback__)
    last = frames[-1] if frames else None
    return f"{PurePath(last.filename).name}:{last.lineno}" if last else "?"


def _convert(source: str, filename: str, *, output_name: str | None, warnings_as_errors: bool, commonjs: bool,
             resolve_require: Resolver | None, declared_modes: list[str] | None, script: bool = False,
             methods: frozenset[str] = frozenset()) -> Result:
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
    requires: list[str] = []
    if resolve_require is not None:
        program, found = rewrite_requires(program, resolve_require)
        requires = [module_id for module_id, _ in found]
    if script:
        program = share_script_globals(program)
    lap("build")
    program = lower(program)
    lap("lower")
    program = analyse(program, diag, params=["module", "exports"] if commonjs else [])
    lap("scope")
    modes = lint(program, diag, declared_modes)
    lap("lint")
    body, locs = emit(program, diag, methods)
    lap("emit")
    if diag.failed:
        return Result(None, diag, source, timings)
    module = render_module(
        body,
        title=f"{source_name}, converted to Python.",
        source_name=source_name,
        output_name=output_name or PurePath(source_name).with_suffix(".py").name,
        version=__version__,
        params="module, exports" if commonjs else "",
        background_modes=modes if declared_modes is None else [],
    )
    module = module.replace("\n\n\n__ti2py_source__", f"\n\n\n{LINES_PLACEHOLDER}\n__ti2py_source__", 1)
    lap("template")
    try:
        module = add_runtime_imports(module)
    except SyntaxError as exc:  # a translator bug, never the user's input
        diag.error("E900", f"internal error: generated Python does not parse ({exc})", 1, 1)
        return Result(None, diag, source, timings)
    lap("imports")
    unformatted = module
    module = format_code(module)
    lap("format")
    mapping = line_map(module, locs)
    # In the formatter's shape (a long map is wrapped in parentheses), so the module stays
    # formatter-stable; it stands after main(), so no mapped line moves.
    module = module.replace(LINES_PLACEHOLDER, lines_statement(mapping), 1)
    lap("line map")
    return Result(module, diag, source, timings, requires=requires, background_modes=modes, unformatted=unformatted)
