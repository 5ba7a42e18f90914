"""The ``ti2py`` command: convert, run, demo.

Exit codes: 0 success; 1 translation errors (or ``--check`` found a difference); 2 usage
errors (bad options, missing input); 3 ``run`` timed out; 4 a project converted in part (the
files that failed are stubs that throw their error; ``--strict`` writes nothing instead).

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
    from .alloy import AlloyOptions
    from .pipeline import Result

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


def report(result: "Result", err: TextIO, verbosity: int = 1) -> None:
    """The diagnostics, then a closing count line (``ti2py: app.js: 1 error, 3 warnings``).

    ``verbosity`` 0 (``-q``) shows only what fails the conversion; 1 also warnings and notes,
    and the count line whenever there is something to count; 2 (``-v``) adds the time of each
    stage."""
    diagnostics = result.diagnostics
    failing = {"error"} | ({"warning"} if diagnostics.warnings_as_errors else set())
    shown = [d for d in diagnostics.sorted() if verbosity > 0 or d.severity.value in failing]
    if shown:
        print("\n".join(d.render(result.source) for d in shown), file=err)
    errors = sum(1 for d in diagnostics.items if d.severity.value == "error")
    warnings = sum(1 for d in diagnostics.items if d.severity.value == "warning")
    counts = [_plural(errors, "error")] if errors else []
    counts += [_plural(warnings, "warning")] if warnings else []
    if not result.ok:
        print(f"ti2py: {diagnostics.file}: {', '.join(counts) or 'failed'}; no output written", file=err)
    elif counts and verbosity > 0:
        print(f"ti2py: {diagnostics.file}: {', '.join(counts)}", file=err)
    if verbosity > 1 and result.timings:
        from .format import formatter_name

        stages = ", ".join(f"{stage} {seconds * 1000:.0f} ms" for stage, seconds in result.timings.items())
        print(f"ti2py: {diagnostics.file}: {stages} (formatter: {formatter_name()})", file=err)


def cmd_convert(args: argparse.Namespace, out: TextIO, err: TextIO, stdin: TextIO | None = None) -> int:
    source_path: Path = args.input
    from_stdin = str(source_path) == STDIN
    output: Path | None = None if args.output is None or str(args.output) == STDIN else args.output
    if args.check and output is None:
        raise UsageError("--check needs -o OUT.py (the file to compare with)")
    if not from_stdin and source_path.is_dir():
        return convert_project_command(args, out, err)
    # A missing file is reported before the translator loads.
    source = _read_stdin(stdin or sys.stdin) if from_stdin else _read_source(source_path)
    from .pipeline import convert

    name = STDIN_NAME if from_stdin else str(source_path)
    result = convert(source, name, output_name=output.name if output else None, warnings_as_errors=args.werror)
    report(result, err, args.verbosity)
    if not result.ok or result.code is None:
        return EXIT_ERRORS
    if args.check:
        assert output is not None
        current = output.read_text(encoding="utf-8") if output.is_file() else ""
        if current == result.code:
            if args.verbosity > 0:
                print(f"ti2py: {output} is up to date", file=err)
            return EXIT_OK
        out.writelines(_diff(current, result.code, str(output), name))
        print(f"ti2py: {output} would change" if current else f"ti2py: {output} does not exist", file=err)
        return EXIT_ERRORS
    if output is None:
        out.write(result.code)
    else:
        from ti2py.runtime.paths import write_atomically

        write_atomically(output, result.code)
        if args.verbosity > 0:
            print(f"ti2py: wrote {output}", file=err)
    return EXIT_OK


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
        raise UsageError(f"{args.input}: neither tiapp.xml nor Resources/; give a .js file or a Titanium project folder")
    reporter = _ProgressReporter(err, quiet=args.verbosity == 0)
    try:
        with reporter:
            result = convert_project(args.input, warnings_as_errors=args.werror, progress=reporter.update,
                                     jobs=args.jobs, previous=None if args.no_cache else args.output,
                                     alloy=_alloy_options(args, err))
    except ProjectError as exc:
        print(f"ti2py: {exc}", file=err)
        return EXIT_ERRORS
    for warning in result.warnings:
        print(f"ti2py: warning: {warning}", file=err)
    for converted in result.files.values():
        report(converted, err, args.verbosity)
    if not result.ok and (args.strict or args.check):
        why = " (--strict)" if args.strict else ""
        print(f"ti2py: {args.input}: {result.summary()}; {args.output} left as it was{why}", file=err)
        return EXIT_ERRORS
    if args.check:
        changed = False
        for module_id, converted in sorted(result.files.items()):
            target = args.output / f"{module_id}.py"
            current = target.read_text(encoding="utf-8") if target.is_file() else ""
            if current != converted.code:
                changed = True
                out.writelines(_diff(current, converted.code or "", str(target), module_id + ".js"))
        if changed or args.verbosity > 0:
            print(f"ti2py: {args.output} {'would change' if changed else 'is up to date'}", file=err)
        return EXIT_ERRORS if changed else EXIT_OK
    try:
        write_project(result, args.output)
    except ProjectError as exc:
        print(f"ti2py: {exc}", file=err)
        return EXIT_ERRORS
    names = sorted(result.files)
    shown = ", ".join(names) if len(names) <= 8 else ", ".join(names[:8]) + f", ... ({len(names) - 8} more)"
    reused = f"; {len(result.reused)} unchanged, reused" if result.reused else ""
    if args.verbosity == 0:
        return EXIT_OK
    print(f"ti2py: wrote {args.output} ({len(names)} modules: {shown}{reused})", file=err)
    if not result.ok:
        print(f"ti2py: {args.input}: {result.summary()}", file=err)
        return EXIT_PARTIAL
    return EXIT_OK


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
        self.bar = None
        self.task = None
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
    if app_path.suffix == ".js":
        from .pipeline import convert

        source = _read_source(app_path)
        result = convert(source, str(app_path))
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


def cmd_demo(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from .demo import run_demo

    return run_demo(out=out, err=err, keep=args.keep, plain=args.plain)


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
    convert_cmd.add_argument("input", type=Path, help="the JavaScript file, the project folder, or - for stdin")
    convert_cmd.add_argument("-o", "--output", type=Path,
                             help="where to write the .py (default, or -: stdout), or the package folder for a project")
    convert_cmd.add_argument("--check", action="store_true",
                             help="do not write; exit 1 with a diff if OUT differs from a fresh conversion")
    convert_cmd.add_argument("--werror", action="store_true", help="treat warnings as errors")
    convert_cmd.add_argument("--strict", action="store_true",
                             help="projects: write nothing unless every file converts (default: write the rest, exit 4)")
    convert_cmd.add_argument("--jobs", type=int, metavar="N", help="projects: convert N files at once (default: all cores)")
    convert_cmd.add_argument("--no-cache", action="store_true",
                             help="projects: convert every file again, even if unchanged since the last output")
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
    run_cmd.set_defaults(handler=cmd_run)

    push_cmd = commands.add_parser("push", help="send a push to a running app (started with --push-gateway)",
                                   description="Send a push through the local APNs-style gateway of running apps.")
    push_cmd.add_argument("payload", help='JSON, e.g. \'{"alert": "", "content-available": 1}\' or the APNs shape')
    push_cmd.add_argument("--token", action="append", default=[], metavar="T", help="a device token (repeatable)")
    push_cmd.add_argument("--channel", metavar="NAME", help="every device subscribed to this ti.cloud channel")
    push_cmd.add_argument("--push-type", metavar="TYPE", help="apns-push-type (default: background for silent pushes)")
    push_cmd.set_defaults(handler=cmd_push)

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
