"""The ``ti2py`` command: convert, run, demo.

Exit codes: 0 success; 1 translation errors (or ``--check`` found a difference); 2 usage
errors in every command (bad options or settings, missing input); 3 ``run`` timed out; 4 a
project converted in part (the files that failed are stubs that throw their error; ``--strict``
writes nothing instead); 5 ``run``'s app had an uncaught error or a failed transfer.

Only argparse is imported up front: the translator (parser, formatter) when a file is
converted, the runtime when an app runs, so ``--help``, ``--version`` and usage errors answer
at once, and a conversion does not pay for the runtime.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Sequence, TextIO

from .. import __version__

if TYPE_CHECKING:
    from rich.progress import Progress, TaskID

    from .config import Settings
    from .alloy import AlloyOptions
    from .pipeline import Result
    from .project import ProjectResult

EXIT_OK, EXIT_ERRORS, EXIT_USAGE = 0, 1, 2
EXIT_PARTIAL = 4  # a project was written with some files failed (see project.py)


class UsageError(Exception):
    pass


def _read_source(path: Path) -> str:
    if not path.exists():
        raise UsageError(f"{path}: no such file")
    if path.is_dir():
        raise UsageError(f"{path}: is a folder; give a .js file or a project folder with tiapp.xml")
    try:
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UsageError(f"{path}: not UTF-8 text (byte {exc.start})") from None
    except OSError as exc:
        raise UsageError(f"{path}: cannot read: {exc.strerror}") from None


STDIN = "-"  # `ti2py convert -` reads the program from standard input
STDIN_NAME = "<stdin>"  # its name in diagnostics and in the converted module's header


def _read_stdin(stdin: TextIO) -> str:
    """Standard input as UTF-8 (a BOM dropped), whatever the locale says, as files are read."""
    raw = getattr(stdin, "buffer", None)
    if raw is None:  # a StringIO given by a caller: already text
        return stdin.read().removeprefix("\ufeff")
    try:
        return raw.read().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UsageError(f"{STDIN_NAME}: not UTF-8 text (byte {exc.start})") from None


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def report(result: "Result", err: TextIO, verbosity: int = 1, settings: "Settings | None" = None,
           colour: bool | None = None) -> None:
    """The diagnostics, then a closing count line (``ti2py: app.js: 1 error, 3 warnings``).

    ``verbosity`` 0 (``-q``) shows only what fails the conversion; 1 also warnings and notes,
    and the count line whenever there is something to count; 2 (``-v``) adds the time of each
    stage.  ``settings``: --select/--ignore and inline ``ti2py-disable`` comments choose what is
    shown and counted.  ``colour``: None decides by the stream and NO_COLOR/FORCE_COLOR."""
    from .terminal import paint_count, paint_diagnostic, wants_colour

    if settings is not None:
        result = filtered(result, settings)
    paint = wants_colour(err) if colour is None else colour
    diagnostics = result.diagnostics
    failing = {"error"} | ({"warning"} if diagnostics.warnings_as_errors else set())
    shown = [d for d in diagnostics.sorted() if verbosity > 0 or d.severity.value in failing]
    if shown:
        rendered = [d.render(result.source) for d in shown]
        print("\n".join(paint_diagnostic(text) for text in rendered) if paint else "\n".join(rendered), file=err)
    errors = sum(1 for d in diagnostics.items if d.severity.value == "error")
    warnings = sum(1 for d in diagnostics.items if d.severity.value == "warning")
    counts = [_plural(errors, "error")] if errors else []
    counts += [_plural(warnings, "warning")] if warnings else []
    line = None
    if not result.ok:
        line = f"ti2py: {diagnostics.file}: {', '.join(counts) or 'failed'}; no output written"
    elif counts and verbosity > 0:
        line = f"ti2py: {diagnostics.file}: {', '.join(counts)}"
    if line is not None:
        print(paint_count(line) if paint else line, file=err)
    if verbosity > 1 and result.timings:
        from .format import formatter_name

        stages = ", ".join(f"{stage} {seconds * 1000:.0f} ms" for stage, seconds in result.timings.items())
        print(f"ti2py: {diagnostics.file}: {stages} (formatter: {formatter_name()})", file=err)


def filtered(result: "Result", settings: "Settings") -> "Result":
    """``result`` as the settings report it: warnings and notes outside --select, inside
    --ignore or silenced by a ``ti2py-disable`` comment are dropped (errors never are), and with
    --werror a warning left fails the file (no code)."""
    import dataclasses

    from .config import disabled_lines, silenced
    from .diagnostics import Diagnostics, Severity

    disabled = disabled_lines(result.source) if result.source else {}
    kept = [d for d in result.diagnostics.items if d.severity is Severity.ERROR
            or (settings.shows(d.code) and not silenced(d.code, d.line, disabled))]
    diagnostics = Diagnostics(result.diagnostics.file, kept, warnings_as_errors=settings.werror)
    code = None if settings.werror and any(d.severity is Severity.WARNING for d in kept) else result.code
    return dataclasses.replace(result, code=code, diagnostics=diagnostics)


def convert_settings(args: argparse.Namespace, start: Path) -> "Settings":
    """[tool.ti2py] of the nearest pyproject.toml above ``start``, under the command line's options."""
    from .config import ConfigError, settings_for

    try:
        return settings_for(start, select=args.select, ignore=args.ignore, werror=args.werror, strict=args.strict,
                            jobs=args.jobs, use_config=not args.no_config)
    except ConfigError as exc:
        raise UsageError(str(exc)) from None


def convert_one(source: str, name: str, output_name: str | None, settings: "Settings",
                commonjs: bool = False) -> "Result":
    from .pipeline import convert

    # Converted without --werror: the policy is applied after the filters (an ignored warning fails nothing).
    return filtered(convert(source, name, output_name=output_name, commonjs=commonjs), settings)


def cmd_convert(args: argparse.Namespace, out: TextIO, err: TextIO, stdin: TextIO | None = None) -> int:
    if args.watch:
        return watch_convert_command(args, out, err)
    source_path: Path = args.input
    from_stdin = str(source_path) == STDIN
    output: Path | None = None if args.output is None or str(args.output) == STDIN else args.output
    if args.out_dir is not None:
        return convert_folder_command(args, out, err)
    if (args.check or args.diff) and output is None:
        raise UsageError(f"{'--check' if args.check else '--diff'} needs -o OUT.py (the file to compare with)")
    if not from_stdin and source_path.is_dir():
        return convert_project_command(args, out, err)
    # A missing file is reported before the translator loads.
    source = _read_stdin(stdin or sys.stdin) if from_stdin else _read_source(source_path)
    settings = convert_settings(args, Path.cwd() if from_stdin else source_path)
    name = STDIN_NAME if from_stdin else str(source_path)
    result = convert_one(source, name, output.name if output else None, settings)
    report(result, err, args.verbosity)
    if not result.ok or result.code is None:
        return EXIT_ERRORS
    if args.check or args.diff:
        assert output is not None
        return compare_output(output, result.code, name, args, out, err)
    if output is None:
        out.write(result.code)
    else:
        from ti2py.runtime.paths import write_atomically

        write_atomically(output, result.code)
        if args.verbosity > 0:
            print(f"ti2py: wrote {output}", file=err)
    return EXIT_OK


def watch_convert_command(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """``convert --watch``: convert, then again after every save (see watch.py)."""
    from .config import find_config
    from .watch import WatchUnavailable, watch_convert

    if str(args.input) == STDIN or args.check or args.diff:
        raise UsageError("--watch converts a file or folder to -o/-d again on each save (not with -, --check or --diff)")
    if args.output is None and args.out_dir is None:
        raise UsageError("--watch needs -o OUT (or -d OUT_DIR): the output is written again on each save")
    once = argparse.Namespace(**{**vars(args), "watch": False})
    first = [True]

    def convert_once() -> int:
        if first[0]:
            first[0] = False
            return cmd_convert(once, out, err)  # a usage error here ends the command (exit 2)
        try:
            return cmd_convert(once, out, err)
        except UsageError as exc:  # e.g. the file is gone for a moment: say so, keep watching
            print(f"ti2py: {exc}", file=err, flush=True)
            return EXIT_USAGE

    targets = [args.input]
    config = None if args.no_config else find_config(args.input)
    if config is not None:
        targets.append(config)
    try:
        return watch_convert(targets, convert_once, err)
    except WatchUnavailable as exc:
        raise UsageError(str(exc)) from None


def compare_output(output: Path, code: str, source_name: str, args: argparse.Namespace, out: TextIO,
                   err: TextIO) -> int:
    """--check / --diff: the unified diff from ``output`` to a fresh conversion; writes nothing.
    --check exits 1 when they differ, --diff alone 0."""
    current = output.read_text(encoding="utf-8") if output.is_file() else ""
    if current == code:
        if args.verbosity > 0:
            print(f"ti2py: {output} is up to date", file=err)
        return EXIT_OK
    out.writelines(_diff(current, code, str(output), source_name))
    print(f"ti2py: {output} would change" if current else f"ti2py: {output} does not exist", file=err)
    return EXIT_ERRORS if args.check else EXIT_OK


def convert_folder_command(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """``ti2py convert src -d lib``: every ``.js`` below ``src`` to the same path under ``lib``
    with ``.py`` (as ``babel src -d lib``); files that fail are not written, the others are."""
    source_dir: Path = args.input
    if str(source_dir) == STDIN or args.output is not None:
        raise UsageError("-d OUT_DIR converts a folder of .js files; give the folder and no -o")
    if not source_dir.is_dir():
        raise UsageError(f"{source_dir}: {'no such folder' if not source_dir.exists() else 'not a folder'} "
                         "(-d OUT_DIR converts a folder of .js files)")
    out_dir: Path = args.out_dir
    files = sorted(p for p in source_dir.rglob("*.js") if p.is_file() and not _hidden(p.relative_to(source_dir))
                   and out_dir.resolve() not in p.resolve().parents)
    if not files:
        raise UsageError(f"{source_dir}: no .js files")
    settings = convert_settings(args, source_dir)
    from .project import is_commonjs

    failed = changed = 0
    for path in files:
        relative = path.relative_to(source_dir)
        target = out_dir / relative.with_suffix(".py")
        source = _read_source(path)
        # As in a project: a file that names `exports` is a CommonJS module (module, exports its parameters).
        commonjs = is_commonjs(relative.with_suffix("").as_posix(), source)
        result = convert_one(source, str(path), target.name, settings, commonjs=commonjs)
        report(result, err, args.verbosity)
        if result.code is None:
            failed += 1
            continue
        if args.check or args.diff:
            current = target.read_text(encoding="utf-8") if target.is_file() else ""
            if current != result.code:
                changed += 1
                out.writelines(_diff(current, result.code, str(target), str(path)))
            continue
        from ti2py.runtime.paths import write_atomically

        write_atomically(target, result.code)
    done = len(files) - failed
    if args.check or args.diff:
        if args.verbosity > 0 or changed:
            state = f"{_plural(changed, 'file')} would change" if changed else "up to date"
            print(f"ti2py: {out_dir}: {state}" + (f"; {failed} failed" if failed else ""), file=err)
        return EXIT_ERRORS if failed or (changed and args.check) else EXIT_OK
    if args.verbosity > 0 or failed:
        line = f"ti2py: wrote {done} of {_plural(len(files), 'file')} to {out_dir}"
        print(line + (f"; {failed} failed (not written)" if failed else ""), file=err)
    return EXIT_ERRORS if failed else EXIT_OK


def _hidden(relative: Path) -> bool:
    return any(part.startswith(".") or part == "node_modules" for part in relative.parts)


def _diff(current: str, fresh: str, name: str, source: str) -> list[str]:
    import difflib

    return list(difflib.unified_diff(
        current.splitlines(keepends=True), fresh.splitlines(keepends=True),
        fromfile=f"{name} (current)", tofile=f"{name} (converted from {source})",
    ))


def convert_project_command(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from .project import ProjectError, convert_project, write_project

    if args.output is None:
        raise UsageError("converting a project needs -o OUT_DIR (a package folder is written)")
    if not any((args.input / name).exists() for name in ("tiapp.xml", "tiapp.example.xml", "Resources", "app")):
        # Not a Titanium project at all: the command line is wrong (exit 2).  A project without
        # tiapp.xml (a Studio template) converts with defaults and a warning.
        raise UsageError(f"{args.input}: neither tiapp.xml nor Resources/; give a .js file, a Titanium project folder, "
                         "or -d OUT_DIR to convert a folder of .js files")
    settings = convert_settings(args, args.input)
    reporter = _ProgressReporter(err, quiet=args.verbosity == 0)
    try:
        with reporter:
            result = convert_project(args.input, progress=reporter.update, jobs=settings.jobs,
                                     previous=None if args.no_cache else args.output,
                                     alloy=_alloy_options(args, err))
    except ProjectError as exc:
        print(f"ti2py: {exc}", file=err)
        return EXIT_ERRORS
    apply_project_settings(result, settings)
    for warning in result.warnings:
        print(f"ti2py: warning: {warning}", file=err)
    for converted in result.files.values():
        report(converted, err, args.verbosity, settings)
    if not result.ok and (settings.strict or args.check):
        why = " (--strict)" if settings.strict else ""
        print(f"ti2py: {args.input}: {result.summary()}; {args.output} left as it was{why}", file=err)
        return EXIT_ERRORS
    if args.check or args.diff:
        changed = False
        for module_id, converted in sorted(result.files.items()):
            target = args.output / f"{module_id}.py"
            current = target.read_text(encoding="utf-8") if target.is_file() else ""
            if current != converted.code:
                changed = True
                out.writelines(_diff(current, converted.code or "", str(target), module_id + ".js"))
        if changed or args.verbosity > 0:
            print(f"ti2py: {args.output} {'would change' if changed else 'is up to date'}", file=err)
        return EXIT_ERRORS if changed and args.check else EXIT_OK
    try:
        write_project(result, args.output)
    except ProjectError as exc:
        print(f"ti2py: {exc}", file=err)
        return EXIT_ERRORS
    names = sorted(result.files)
    shown = ", ".join(names) if len(names) <= 8 else ", ".join(names[:8]) + f", ... ({len(names) - 8} more)"
    reused = f"; {len(result.reused)} unchanged, reused" if result.reused else ""
    if args.verbosity > 0:
        print(f"ti2py: wrote {args.output} ({len(names)} modules: {shown}{reused})", file=err)
        if result.failed:
            print(f"ti2py: {args.input}: {result.summary()}", file=err)
        if args.verbosity > 1:
            for module_id in result.failed:
                if module_id not in result.failed_app:
                    print(f"ti2py:   not converted: {result.files[module_id].diagnostics.file}", file=err)
    return EXIT_OK if result.ok else EXIT_PARTIAL


def apply_project_settings(result: "ProjectResult", settings: "Settings") -> None:
    """--werror after --select/--ignore: a file with a warning left fails (a stub, as any failed
    file).  Its result is not cached (the cache holds what the converter said, unfiltered)."""
    for module_id, converted in list(result.files.items()):
        view = filtered(converted, settings)
        if converted.code is not None and view.code is None:
            result.files[module_id] = view
            result.fingerprints.pop(module_id, None)


def _add_alloy_arguments(convert_cmd: argparse.ArgumentParser) -> None:
    """Alloy projects (transpiler/alloy.py): where the Alloy compiler is, or installing it."""
    alloy = convert_cmd.add_argument_group("Alloy projects (a folder with app/)")
    alloy.add_argument("--alloy", type=Path, metavar="PATH",
                       help="the Alloy compiler (default: the project's node_modules/.bin/alloy, PATH, ti2py's cache)")
    alloy.add_argument("--install-alloy", action="store_true",
                       help="if no compiler is found, install alloy 3 with npm into ti2py's cache "
                            "($TI2PY_ALLOY_CACHE, default ~/.ti2py/alloy)")


def _alloy_options(args: argparse.Namespace, err: TextIO) -> "AlloyOptions":
    from .alloy import AlloyOptions

    return AlloyOptions(compiler=args.alloy, install=args.install_alloy, log=err)


class _ProgressReporter:
    """Progress of a multi-file conversion: a rich bar on a terminal, plain lines otherwise."""

    def __init__(self, err: TextIO, quiet: bool = False) -> None:
        self.err = err
        self.quiet = quiet
        self.bar: Progress | None = None
        self.task: TaskID | None = None
        if err.isatty() and not quiet:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

            self.bar = Progress(TextColumn("converting {task.description}"), BarColumn(), MofNCompleteColumn(),
                                console=Console(file=err), transient=True)

    def __enter__(self) -> "_ProgressReporter":
        if self.bar is not None:
            self.bar.__enter__()
            self.task = self.bar.add_task("", total=1)
        return self

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)

    def update(self, name: str, done: int, total: int) -> None:
        if self.bar is not None and self.task is not None:
            self.bar.update(self.task, description=name, completed=done, total=total)
        elif not self.quiet:
            print(f"ti2py: converted {name} ({done}/{total})", file=self.err, flush=True)


def cmd_run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from ti2py.runtime.runner import options_from_args, run_app

    try:
        options = options_from_args(args)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    app_path: Path = args.app
    if not app_path.exists():  # checked here too, so that it is a usage error (exit 2) as for convert
        raise UsageError(f"{app_path}: no such file")
    if app_path.is_dir() and not ((app_path / "__init__.py").is_file() and (app_path / "app.py").is_file()):
        raise UsageError(f"{app_path}: not a converted project (convert it with ti2py convert PROJECT -o OUT, "
                         "then ti2py run OUT)")
    if getattr(args, "watch", False):
        return watch_run_command(args, err)
    if app_path.suffix == ".js":
        import dataclasses

        from .config import ConfigError, settings_for

        try:  # [tool.ti2py] chooses what is reported, as for convert (a warning never stops a run)
            settings = dataclasses.replace(settings_for(app_path, select=None, ignore=None, werror=None, strict=None,
                                                        jobs=None), werror=False)
        except ConfigError as exc:
            raise UsageError(str(exc)) from None
        source = _read_source(app_path)
        result = convert_one(source, str(app_path), None, settings)
        report(result, err)
        if result.code is None:
            return EXIT_ERRORS
        import tempfile

        with tempfile.TemporaryDirectory(prefix="ti2py-run-") as folder:
            converted = Path(folder) / (app_path.stem + ".py")
            converted.write_text(result.code, encoding="utf-8")
            options.name = options.name or app_path.stem
            return run_app(converted, options, out, err)
    return run_app(app_path, options, out, err)


def watch_run_command(args: argparse.Namespace, err: TextIO) -> int:
    """``run --watch``: the run in a subprocess, started again whenever the app's file changes
    (the options were checked by cmd_run first)."""
    from .watch import WatchUnavailable, run_command, watch_run

    try:
        return watch_run(args.app, run_command(args.argv), err)
    except WatchUnavailable as exc:
        raise UsageError(str(exc)) from None


def cmd_push(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from ti2py.runtime.push import send

    if not args.token and not args.channel:
        raise UsageError("push needs --token T or --channel NAME")
    try:
        results = send(args.payload, tokens=args.token, channel=args.channel, push_type=args.push_type)
    except ValueError as exc:
        raise UsageError(f"push payload: {exc}") from None
    if not results:
        print(f"ti2py push: no device is subscribed to channel {args.channel!r}", file=err)
        return EXIT_ERRORS
    failed = 0
    for token, status, detail in results:
        if status == 200:
            print(f"delivered to {token[:12]}... (apns-id {detail})", file=out)
        else:
            failed += 1
            print(f"not delivered to {token[:12]}...: {status or 'no connection'} {detail}", file=err)
    return EXIT_ERRORS if failed else EXIT_OK


def cmd_reset(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """``ti2py reset APP``: empty the app's data folder (the one ``ti2py run APP`` uses), under
    its lock, so a run in progress is never pulled from under (exit 2 then)."""
    from ti2py.runtime.paths import FolderInUse
    from ti2py.runtime.runner import data_folder_of, reset_data_folder

    try:
        folder = args.data_dir or data_folder_of(args.app)
    except (OSError, ValueError, SyntaxError) as exc:
        raise UsageError(str(exc)) from None
    if not folder.is_dir():
        print(f"ti2py reset: {folder}: no data yet; nothing to reset", file=err)
        return EXIT_OK
    try:
        removed = reset_data_folder(folder)
    except FolderInUse as exc:
        raise UsageError(str(exc)) from None
    print(f"ti2py reset: emptied {folder} ({_plural(removed, 'file')} removed)", file=err)
    return EXIT_OK


def cmd_serve(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """``ti2py serve DIR``: the demo's local file server on 127.0.0.1, until Ctrl-C."""
    import threading

    from ti2py.runtime.devserver import DevServer

    root: Path = args.folder
    if not root.is_dir():
        raise UsageError(f"{root}: {'no such folder' if not root.exists() else 'not a folder'}")
    if args.rate is not None and args.rate <= 0:
        raise UsageError("--rate takes a positive number of bytes per second")
    log = None if args.quiet else (lambda line: print(f"ti2py serve: {line}", file=err, flush=True))
    try:
        server = DevServer(root, rate=args.rate, port=args.port, log=log)
    except OSError as exc:
        raise UsageError(f"cannot listen on 127.0.0.1:{args.port}: {exc.strerror}") from None
    stop = threading.Event()
    previous = _stop_on_sigterm(stop)
    with server:
        print(f"ti2py serve: serving {root} on {server.url} (Ctrl-C stops)", file=err, flush=True)
        for prefix in args.prefix or ["https://YOUR.HOST/"]:
            print(f"--url-map {prefix}={server.url}", file=out, flush=True)
        try:
            while not stop.wait(0.5):
                pass
        except KeyboardInterrupt:
            pass
        finally:
            _restore_sigterm(previous)
    print(f"ti2py serve: stopped after {_plural(len(server.requests), 'request')}", file=err, flush=True)
    return EXIT_OK


def _stop_on_sigterm(stop: "object") -> object:
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        return None
    return signal.signal(signal.SIGTERM, lambda *_: stop.set())  # type: ignore[attr-defined]


def _restore_sigterm(previous: object) -> None:
    import signal

    if previous is not None:
        signal.signal(signal.SIGTERM, previous)  # type: ignore[arg-type]


def add_service_commands(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """`ti2py reset` and `ti2py serve` (their code imports the runtime only when they run)."""
    reset_cmd = commands.add_parser("reset", help="empty an app's data folder (properties, files, saved transfers)",
                                    description="Empty the data folder `ti2py run APP` uses; refused while it runs.")
    reset_cmd.add_argument("app", type=Path, nargs="?", default=None,
                           help="a converted app (.py, .js or package folder) or an app id (com.example.app)")
    reset_cmd.add_argument("--data-dir", type=Path, help="empty this data folder instead")
    reset_cmd.set_defaults(handler=cmd_reset)

    serve_cmd = commands.add_parser("serve", help="serve a folder over HTTP on 127.0.0.1 (the demo's local server)",
                                    description="Serve DIR on 127.0.0.1 until Ctrl-C: files by path, a generated "
                                                "image for a missing .jpg/.png, uploads accepted and discarded.")
    serve_cmd.add_argument("folder", type=Path, metavar="DIR", help="the folder to serve")
    serve_cmd.add_argument("--port", type=int, default=8000, help="the port (default 8000; 0: any free port)")
    serve_cmd.add_argument("--for", dest="prefix", action="append", metavar="URL",
                           help="print `--url-map URL=<this server>` for it (repeatable)")
    serve_cmd.add_argument("--rate", type=float, metavar="BYTES_PER_S", help="limit each download's speed")
    serve_cmd.add_argument("-q", "--quiet", action="store_true", help="do not log each request")
    serve_cmd.set_defaults(handler=cmd_serve)


def cmd_demo(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from .demo import run_demo

    return run_demo(out=out, err=err, keep=args.keep, plain=args.plain)


def add_convert_options(convert_cmd: argparse.ArgumentParser) -> None:
    """The options of `ti2py convert` besides its input and -o.  Those that [tool.ti2py] can set
    default to None here, so that a value from pyproject.toml applies unless the command line gives one."""
    convert_cmd.add_argument("-d", "--out-dir", type=Path, metavar="OUT_DIR",
                             help="convert every .js below the input folder to OUT_DIR/<same path>.py (like babel -d)")
    convert_cmd.add_argument("--check", action="store_true",
                             help="do not write; exit 1 with a diff if OUT differs from a fresh conversion")
    convert_cmd.add_argument("--diff", action="store_true",
                             help="do not write; print the diff from OUT to a fresh conversion (exit 0 unless --check)")
    convert_cmd.add_argument("--werror", action=argparse.BooleanOptionalAction, default=None,
                             help="treat warnings (those --select/--ignore leave) as errors")
    convert_cmd.add_argument("--strict", action=argparse.BooleanOptionalAction, default=None,
                             help="projects: write nothing unless every file converts (default: write the rest, exit 4)")
    convert_cmd.add_argument("--select", action="append", metavar="CODES",
                             help="report only these warning/note codes or prefixes (W011,W1; repeatable)")
    convert_cmd.add_argument("--ignore", action="append", metavar="CODES",
                             help="do not report these warning/note codes or prefixes (repeatable)")
    convert_cmd.add_argument("--no-config", action="store_true",
                             help="ignore [tool.ti2py] in pyproject.toml files above the input")
    convert_cmd.add_argument("--jobs", type=int, metavar="N", help="projects: convert N files at once (default: all cores)")
    convert_cmd.add_argument("--no-cache", action="store_true",
                             help="projects: convert every file again, even if unchanged since the last output")
    convert_cmd.add_argument("--watch", action="store_true",
                             help="convert again on every save, until Ctrl-C (needs: pip install 'ti2py[watch]')")


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The whole command line; ``command``: the subcommand being run, if known.  The arguments
    of ``run`` live with the runtime (runner.py), so they are added only for ``run`` itself
    (or when the command is not known): ``ti2py --help`` and ``ti2py convert`` never import
    the runtime."""
    parser = argparse.ArgumentParser(
        prog="ti2py", description="Convert Titanium JavaScript apps to readable Python, and run them.",
    )
    parser.add_argument("--version", action="version", version=f"ti2py {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    convert_cmd = commands.add_parser("convert", help="convert a .js file or a project folder to Python",
                                      description="Convert a Titanium app.js to a Python module, or a project "
                                                  "folder (tiapp.xml + Resources/) to a runnable package.")
    convert_cmd.add_argument("input", type=Path,
                             help="the JavaScript file, the project folder, a folder of .js files (with -d), or - for stdin")
    convert_cmd.add_argument("-o", "--output", type=Path,
                             help="where to write the .py (default, or -: stdout), or the package folder for a project")
    add_convert_options(convert_cmd)
    _add_alloy_arguments(convert_cmd)
    loudness = convert_cmd.add_mutually_exclusive_group()
    loudness.add_argument("-q", "--quiet", dest="verbosity", action="store_const", const=0,
                          help="print only what fails the conversion (errors; warnings with --werror)")
    loudness.add_argument("-v", "--verbose", dest="verbosity", action="store_const", const=2,
                          help="also print the time of each stage and the formatter used")
    convert_cmd.set_defaults(handler=cmd_convert, verbosity=1)

    run_cmd = commands.add_parser("run", help="run a converted app until it is idle",
                                  description="Run a converted app (.py, or a .js converted on the fly).")
    if command in (None, "run"):
        from ti2py.runtime.runner import add_run_arguments

        add_run_arguments(run_cmd)
        run_cmd.add_argument("--watch", action="store_true",
                             help="start the run again whenever the app's file (or folder) changes, until Ctrl-C")
    run_cmd.set_defaults(handler=cmd_run)

    push_cmd = commands.add_parser("push", help="send a push to a running app (started with --push-gateway)",
                                   description="Send a push through the local APNs-style gateway of running apps.")
    push_cmd.add_argument("payload", help='JSON, e.g. \'{"alert": "", "content-available": 1}\' or the APNs shape')
    push_cmd.add_argument("--token", action="append", default=[], metavar="T", help="a device token (repeatable)")
    push_cmd.add_argument("--channel", metavar="NAME", help="every device subscribed to this ti.cloud channel")
    push_cmd.add_argument("--push-type", metavar="TYPE", help="apns-push-type (default: background for silent pushes)")
    push_cmd.set_defaults(handler=cmd_push)

    add_service_commands(commands)

    demo_cmd = commands.add_parser("demo", help="convert and run a bundled sample against a bundled local server")
    demo_cmd.add_argument("--keep", type=Path, metavar="DIR", help="keep the converted sample in DIR")
    demo_cmd.add_argument("--plain", action="store_true", help="plain log lines even on a terminal")
    demo_cmd.set_defaults(handler=cmd_demo)
    return parser


def main(argv: Sequence[str] | None = None, out: TextIO | None = None, err: TextIO | None = None,
         stdin: TextIO | None = None) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    words = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser(_command_word(words))
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse already printed the usage message
        return int(exc.code or 0) and EXIT_USAGE
    if getattr(args, "handler", None) is None:
        parser.print_help(err)
        return EXIT_USAGE
    args.argv = words  # the command line as given (run --watch starts it again without --watch)
    try:
        if args.handler is cmd_convert:
            return cmd_convert(args, out, err, stdin)
        return args.handler(args, out, err)
    except UsageError as exc:
        print(f"ti2py: {exc}", file=err)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("ti2py: interrupted", file=err)
        return 130


def __getattr__(name: str) -> object:
    # `write_atomically` was imported here at start-up; it still can be (demo.py does), loading
    # the runtime only for whoever asks.
    if name == "write_atomically":
        from ti2py.runtime.paths import write_atomically

        return write_atomically
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _command_word(words: Sequence[str]) -> str:
    """The subcommand named in ``words`` ("" if none: `ti2py --help`, `ti2py --version`); no
    top-level option takes a value, so it is the first word that is not an option."""
    return next((word for word in words if not word.startswith("-")), "")


if __name__ == "__main__":
    raise SystemExit(main())
