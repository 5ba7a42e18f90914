"""The whole conversion, stage by stage: parse -> IR -> lower -> scope -> lint -> facts -> emit -> format."""

from __future__ import annotations

import gc
import time
import weakref
from dataclasses import dataclass, field, replace
from pathlib import PurePath
from typing import Callable

from . import __version__
from .build import build
from .diagnostics import Diagnostics
from .emit import emit
from .facts import find_facts
from .format import add_runtime_imports, format_code, line_map, lines_statement, render_module
from .lint import lint
from .parse import parse
from . import ir
from .passes.blockscope import rename_shadowing
from .passes.callbacks import lift_functions
from .passes.confine import confine_properties, is_confined
from .passes.counted import mark_counted_loops
from .passes.hoist import hoist_functions, predeclare_vars
from .passes.jumps import lower_jumps
from .passes.optional import lower_optional
from .passes.switch import lower_plain_switches
from .passes.requires import Resolver, rewrite_requires, share_script_globals
from .scope import analyse

@dataclass(frozen=True)
class Pass:
    """One lowering pass: ``run`` takes the program and gives the lowered program; ``needed``
    says from the builder's flags or the census whether the program has anything for it (else
    it is skipped)."""

    name: str
    run: Callable[[ir.Program], ir.Program]
    why: str
    needed: Callable[[ir.Program], bool] = lambda program: True


@dataclass(frozen=True)
class Census:
    """What kinds of node a program holds, from one walk before the lowering passes: a pass
    with nothing to lower in the program is skipped (it would only walk it)."""

    kinds: frozenset[type]
    labelled_jumps: bool  # a `break label` / `continue label` (labelled blocks make them too)
    lexical: bool  # a let/const, a let/const loop head, or a catch parameter: a binding of a block
    confined: bool  # a static member the confine pass makes computed


# The census of the last program asked about (held weakly: the cache keeps no program alive).
_last_census: list[tuple[weakref.ref[ir.Program], Census]] = []


def census(program: ir.Program) -> Census:
    """The census of ``program`` (kept for the program being lowered: each pass's ``needed`` asks)."""
    last = _last_census[0] if _last_census else None  # one read: safe if threads convert too
    if last is not None and last[0]() is program:
        return last[1]
    kinds: set[type] = set()
    labelled = lexical = confined = False
    stack: list[ir.Node] = [program]
    while stack:
        node = stack.pop()
        kind = type(node)
        kinds.add(kind)
        if kind is ir.Member:
            confined = confined or is_confined(node)
        elif kind is ir.Break or kind is ir.Continue:
            labelled = labelled or node.label is not None  # type: ignore[attr-defined]
        elif kind is ir.VarDecl:
            lexical = lexical or node.kind != "var"  # type: ignore[attr-defined]
        elif kind is ir.ForIn or kind is ir.ForOf:
            lexical = lexical or node.declared and node.kind != "var"  # type: ignore[attr-defined]
        elif kind is ir.Try:
            lexical = lexical or node.param is not None  # type: ignore[attr-defined]
        stack.extend(node.children())
    found = Census(frozenset(kinds), labelled, lexical, confined)
    _last_census[:] = [(weakref.ref(program), found)]
    return found


def _on_body(rewrite: Callable[[list[ir.Stmt]], list[ir.Stmt]]) -> Callable[[ir.Program], ir.Program]:
    return lambda program: replace(program, body=rewrite(program.body))


# The lowering passes, in the order they run (each one's fixtures: tests/passes/<name>/).
LOWERING_PASSES: list[Pass] = [
    Pass("optional", lower_optional, "a?.b -> OptionalChain", lambda p: p.has_optional_chains),
    Pass("confine", _on_body(confine_properties), "o.__class__ -> o['__class__']: data, never a Python attribute",
         lambda p: census(p).confined),
    Pass("callbacks", _on_body(lift_functions), "function expressions -> named defs; (a, b) => a - b -> js.ascending"),
    Pass("blockscope", _on_body(rename_shadowing), "an inner let/const that shadows an outer name: its own name",
         lambda p: census(p).lexical),
    Pass("jumps", _on_body(lower_jumps), "switch fall-through and labelled break/continue -> Python's jumps",
         lambda p: ir.Switch in census(p).kinds or census(p).labelled_jumps),
    Pass("switch", _on_body(lower_plain_switches), "a switch without fall-through -> an if/elif chain",
         lambda p: ir.Switch in census(p).kinds),
    Pass("hoist", _on_body(hoist_functions), "function declarations before their first use"),
    Pass("predeclare", _on_body(predeclare_vars), "`x = undefined` where a read may come first"),
    Pass("counted", _on_body(mark_counted_loops), "for (i = 0; i < n; i++) that can be for i in range(n)",
         lambda p: p.has_for_loops),
]


def lower(program: ir.Program) -> ir.Program:
    """``program`` lowered by each pass of LOWERING_PASSES in turn.  Every pass is pure (it
    copies only what it changes and shares the rest), so nothing is copied up front and the
    input is left as it was; later stages (scope analysis) annotate the result in place."""
    lowered = program
    for each in LOWERING_PASSES:
        if each.needed(program):
            lowered = each.run(lowered)
    return ir.Program(lowered.body, loc=program.loc, reads_names=program.reads_names,
                      reads_lengths=program.reads_lengths, strict=program.strict,
                      global_object_names=program.global_object_names)


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
    methods: list[str] = field(default_factory=list)  # names of its methods that read `this` (project.py)
    method_calls: list[str] = field(default_factory=list)  # names of the methods it calls, `x.name(...)`
    project_methods: list[str] = field(default_factory=list)  # other files' methods it was converted knowing
    free_names: list[str] = field(default_factory=list)  # names it reads from the global object (project.py)
    shared_globals: list[str] = field(default_factory=list)  # other files' such names it was converted knowing

    @property
    def ok(self) -> bool:
        return self.code is not None


def convert(source: str, filename: str = "app.js", *, output_name: str | None = None,
            warnings_as_errors: bool = False, commonjs: bool = False,
            resolve_require: Resolver | None = None, declared_modes: list[str] | None = None,
            script: bool = False, project_methods: frozenset[str] = frozenset(),
            shared_globals: frozenset[str] = frozenset()) -> Result:
    """Convert JavaScript ``source`` (named ``filename`` in diagnostics and the header).

    ``commonjs``: the file is a module (``module``/``exports`` are its parameters).
    ``resolve_require``: maps a ``require`` id to a canonical project module id (or None).
    ``declared_modes``: UIBackgroundModes from tiapp.xml; None for a bare file.
    ``script``: a project file whose top-level names are globals other files see (Ti.include).
    ``project_methods``: names of methods that read ``this`` in the project's other files.
    ``shared_globals``: names the project's other files read as globals (this script's top-level
    variables of those names are kept on the global object, where they find them)."""
    # The stages build large trees without reference cycles; the cyclic garbage collector would
    # only walk them again and again (it took 40% of the time on an 8,000-line app).  It is
    # paused for the conversion and collects afterwards as usual.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _convert(source, filename, output_name=output_name, warnings_as_errors=warnings_as_errors,
                        commonjs=commonjs, resolve_require=resolve_require, declared_modes=declared_modes,
                        script=script, project_methods=project_methods, shared_globals=shared_globals)
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
             project_methods: frozenset[str] = frozenset(), shared_globals: frozenset[str] = frozenset()) -> Result:
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
    program = build(parsed, diag, script=not commonjs, shared=shared_globals)
    del parsed  # the parse tree is not needed after this: freed now, not at the end
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
    assert program.main is not None
    walked = ir.nodes_and_parents(program.main)  # one walk for the linter and the facts (neither changes the tree)
    modes = lint(program, diag, declared_modes, walked[0])
    lap("lint")
    facts = find_facts(program, project_methods, walked)
    lap("facts")
    body, locs = emit(program, diag, facts)
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
        strict=program.strict,
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
    try:
        module = format_code(module)
    except SyntaxError as exc:  # (as above)
        diag.error("E900", f"internal error: generated Python does not parse ({exc})", 1, 1)
        return Result(None, diag, source, timings)
    lap("format")
    mapping = line_map(module, locs)
    # In the formatter's shape (a long map is wrapped in parentheses), so the module stays
    # formatter-stable; it stands after main(), so no mapped line moves.
    module = module.replace(LINES_PLACEHOLDER, lines_statement(mapping), 1)
    lap("line map")
    return Result(module, diag, source, timings, requires=requires, background_modes=modes, unformatted=unformatted,
                  methods=sorted(facts.own_method_names), method_calls=sorted(facts.member_calls),
                  free_names=sorted(program.free_names))
