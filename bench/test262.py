"""test262 conformance: run tc39/test262's tests through ti2py (convert, then run on the runtime).

    python bench/test262.py                      # the fixed sample the test suite runs
    python bench/test262.py --all                # every test of the suite (20-60 minutes on 2 cores)
    python bench/test262.py --area built-ins/Array --all
    python bench/test262.py --all --update-expectations   # rewrite tests/test262_expected_failures.txt
    python bench/test262.py --suite PATH --jobs 2 --json results.json

The suite folder (test262's ``harness/`` and ``test/``) is ``--suite PATH``, else ``$TI2PY_TEST262``,
else ``shared/test262`` beside the checkout.  Each test is assembled as test262's INTERPRETING.md
says: ``"use strict";`` for ``flags: [onlyStrict]``, the host prelude (``print``), ``harness/assert.js``,
``harness/sta.js``, ``harness/doneprintHandle.js`` for ``flags: [async]``, the ``includes:``, then
the test.  A test with neither ``onlyStrict`` nor ``noStrict`` runs once, non-strict.

Every test runs in a process of its own, forked from this one (the translator and runtime already
imported), so one test's changes to built-in prototypes never reach another, and a test that
loops forever is killed at the time limit.  Outcomes: passed; failed (threw, wrong result, a
translator crash, or a negative test that did not fail as named); refused (the converter rejected
a test that should run, or the harness a negative test needs); timed out.

Importable: tests/test_test262.py runs a sample through :func:`run_tests`.
"""

from __future__ import annotations

import argparse
import dataclasses
import functools
import gc
import hashlib
import json
import multiprocessing
import multiprocessing.connection
import os
import re
import resource
import shutil
import signal
import sys
import tempfile
import time
from collections import deque
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Sequence

REPO = Path(__file__).resolve().parent.parent
EXPECTATIONS = REPO / "tests" / "test262_expected_failures.txt"
DEFAULT_TIME_LIMIT = 10.0  # seconds per test, conversion included
SAMPLE_SIZE = 400  # the fixed sample of the test suite (tests/test_test262.py) and of a bare run
MEMORY_LIMIT = 4 * 1024**3  # address space per test process: `a.length = 2**32 - 1` must not take the machine
CAUSE_WIDTH = 100
PROGRESS_EVERY = 5.0  # seconds between progress lines on stderr

PASSED, FAILED, REFUSED, TIMED_OUT = "passed", "failed", "refused", "timed out"
OUTCOMES = (PASSED, FAILED, REFUSED, TIMED_OUT)

# The host hook test262 asks for (INTERPRETING.md, "Host-Defined Functions"): print() hands a
# line to the runner; async tests report Test262:AsyncTestComplete / Test262:AsyncTestFailure
# with it.  console.log writes the app's log, which the runner reads.
HOST_PRELUDE = "function print(message) {\n  console.log(String(message));\n}\n"
ASYNC_COMPLETE = "Test262:AsyncTestComplete"
ASYNC_FAILURE = "Test262:AsyncTestFailure"
_LOCATION = re.compile(r" \([^()]*:\d+:\d+\)$")  # the " (app.js:12:5)" a runtime error line ends with


def default_suite() -> Path:
    """``$TI2PY_TEST262``, else ``shared/test262`` beside the repository root (as CI lays it out)."""
    configured = os.environ.get("TI2PY_TEST262")
    return Path(configured) if configured else REPO.parent / "shared" / "test262"


# -- test files ---------------------------------------------------------------------------------

def parse_frontmatter(text: str) -> dict[str, Any]:
    """The YAML between ``/*---`` and ``---*/``, for the shapes test262 uses: ``key: scalar``,
    ``key: [a, b]``, a ``- item`` list or a ``key: value`` mapping indented under a key, and
    ``|``/``>`` block scalars.  (PyYAML is not a dependency of the project.)"""
    start = text.find("/*---")
    end = text.find("---*/", start + 5)
    if start < 0 or end < 0:
        return {}
    lines = text[start + 5:end].splitlines()
    data: dict[str, Any] = {}
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        if not line.strip() or line[0].isspace() or ":" not in line:
            continue
        key, _, value = line.partition(":")
        value = value.strip()
        nested: list[str] = []
        while index < len(lines) and (not lines[index].strip() or lines[index][0].isspace()):
            nested.append(lines[index])
            index += 1
        data[key.strip()] = _yaml_value(value, nested)
    return data


def _yaml_value(value: str, nested: list[str]) -> Any:
    if value.startswith("[") and value.endswith("]"):
        return [_yaml_scalar(item) for item in value[1:-1].split(",") if item.strip()]
    if value and value[0] in "|>":
        return "\n".join(line.strip() for line in nested).strip()
    if value:
        return _yaml_scalar(value)
    items = [line.strip() for line in nested if line.strip()]
    if items and all(item.startswith("- ") or item == "-" for item in items):
        return [_yaml_scalar(item[1:]) for item in items]
    mapping: dict[str, Any] = {}
    for item in items:
        key, _, inner = item.partition(":")
        mapping[key.strip()] = _yaml_value(inner.strip(), [])
    return mapping


def _yaml_scalar(text: str) -> str:
    text = text.strip()
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "'\"":
        return text[1:-1]
    return text


@dataclass(frozen=True)
class TestFile:
    """One test262 test: its path relative to the suite's ``test/`` folder and its metadata."""

    __test__ = False  # not a pytest test class, whatever its name says
    path: str
    includes: tuple[str, ...] = ()
    flags: frozenset[str] = frozenset()
    negative_phase: str | None = None  # parse | early | resolution | runtime
    negative_type: str | None = None

    @property
    def area(self) -> str:
        """The table's row: the first two folders (``built-ins/Array``, ``language/expressions``)."""
        return "/".join(self.path.split("/")[:2])

    @property
    def strict(self) -> bool:
        return "onlyStrict" in self.flags

    @property
    def is_async(self) -> bool:
        return "async" in self.flags

    @property
    def harness(self) -> tuple[str, ...]:
        """Harness files in the order INTERPRETING.md gives."""
        return ("assert.js", "sta.js", *(("doneprintHandle.js",) if self.is_async else ()), *self.includes)

    @classmethod
    def read(cls, suite: Path, path: str) -> "TestFile":
        meta = parse_frontmatter((suite / "test" / path).read_text(encoding="utf-8"))
        negative = meta.get("negative") if isinstance(meta.get("negative"), dict) else {}
        return cls(
            path=path,
            includes=tuple(_as_list(meta.get("includes"))),
            flags=frozenset(_as_list(meta.get("flags"))),
            negative_phase=negative.get("phase") or None,
            negative_type=negative.get("type") or None,
        )


def _as_list(value: Any) -> list[str]:
    if not value:  # absent, or a key with nothing under it
        return []
    return [str(item) for item in value] if isinstance(value, list) else [str(value)]


def list_tests(suite: Path, area: str | None = None) -> list[str]:
    """Every test's path under ``test/`` (sorted; ``_FIXTURE`` files are not tests), optionally
    only those under ``area``."""
    root = suite / "test"
    paths = sorted(p.relative_to(root).as_posix() for p in root.rglob("*.js") if "_FIXTURE" not in p.name)
    if area:
        prefix = area.strip("/")
        paths = [p for p in paths if p == prefix or p.startswith(prefix + "/")]
    return paths


def sample(paths: Sequence[str], size: int) -> list[str]:
    """A fixed selection of ``size`` paths: those whose SHA-256 is smallest.  It spreads over all
    areas, does not depend on the machine, and mostly stays the same when the suite grows."""
    chosen = sorted(paths, key=lambda p: hashlib.sha256(p.encode()).hexdigest())[:size]
    return sorted(chosen)


@functools.lru_cache(maxsize=None)
def _harness_text(suite: Path, name: str) -> str:
    return (suite / "harness" / name).read_text(encoding="utf-8")


def prelude(suite: Path, test: TestFile) -> str:
    """What runs before the test's own text: strictness, the host's print, the harness (nothing
    for ``flags: [raw]``, whose text runs as it is)."""
    if "raw" in test.flags:
        return ""
    parts = ['"use strict";\n'] if test.strict else []
    parts.append(HOST_PRELUDE)
    parts.extend(_harness_text(suite, name) + "\n" for name in test.harness)
    return "".join(parts)


def program(suite: Path, test: TestFile) -> str:
    return prelude(suite, test) + (suite / "test" / test.path).read_text(encoding="utf-8")


# -- one test, in its own process ---------------------------------------------------------------

@dataclass
class Result:
    path: str
    outcome: str
    cause: str = ""
    seconds: float = 0.0

    @property
    def area(self) -> str:
        return "/".join(self.path.split("/")[:2])


def one_line(text: str, width: int = CAUSE_WIDTH) -> str:
    """The first non-empty line of ``text``, trimmed to ``width`` characters."""
    line = next((part.strip() for part in str(text).splitlines() if part.strip()), "")
    return line if len(line) <= width else line[: width - 3].rstrip() + "..."


def _first_error(result: Any) -> str:
    """``E001 Unexpected token }``: the first error of a conversion, in source order."""
    errors = [d for d in result.diagnostics.sorted() if d.severity.value == "error"]
    chosen = errors[0] if errors else next(iter(result.diagnostics.sorted()), None)
    return one_line(f"{chosen.code} {chosen.message}") if chosen is not None else "no output and no diagnostic"


def run_one(suite: Path, test: TestFile, work: Path, time_limit: float) -> Result:
    """Convert and run one test in this process (the caller gives it a process of its own)."""
    from ti2py.runtime import App
    from ti2py.transpiler import convert

    started = time.monotonic()

    def done(outcome: str, cause: str = "") -> Result:
        return Result(test.path, outcome, one_line(cause), round(time.monotonic() - started, 3))

    try:
        converted = convert(program(suite, test), "test.js")
    except Exception as exc:  # a translator crash is a result, never the end of the run
        return done(FAILED, f"translator crash: {type(exc).__name__}: {exc}")
    if test.negative_phase in ("parse", "early"):
        # The converter is the parser and early-error checker: refusing the test is failing there.
        if converted.code is None:
            return done(PASSED)
        return done(FAILED, f"converted, but a {test.negative_phase}-phase {test.negative_type} was expected")
    if converted.code is None:
        return done(REFUSED, _first_error(converted))
    module = work / "test.py"
    module.write_text(converted.code, encoding="utf-8")
    app = App("test262", data_dir=work / "data", out=None)
    try:
        app.load(module)
        idle = app.run_until_idle(max(0.1, time_limit - (time.monotonic() - started)))
    except Exception as exc:  # loading runs generated code; its failure is the test's
        return done(FAILED, f"could not load the converted test: {type(exc).__name__}: {exc}")
    uncaught = [_LOCATION.sub("", e.message) for e in app.logs if e.level == "ERROR" and e.message.startswith("Uncaught ")]
    printed = [e.message for e in app.logs if e.message.startswith("Test262:")]
    if test.negative_phase == "runtime":
        thrown = uncaught[0].removeprefix("Uncaught ").split(":", 1)[0] if uncaught else None
        if thrown == test.negative_type:
            return done(PASSED)
        return done(FAILED, f"expected an uncaught {test.negative_type}, got {uncaught[0] if uncaught else 'none'}")
    if uncaught:
        return done(FAILED, uncaught[0])
    if not idle:
        return done(TIMED_OUT, f"still busy after {time_limit:g} s")
    if test.is_async:
        failure = next((line for line in printed if line.startswith(ASYNC_FAILURE)), None)
        if failure is not None:
            return done(FAILED, failure)
        if ASYNC_COMPLETE not in printed:
            return done(FAILED, f"the async test never printed {ASYNC_COMPLETE}")
    return done(PASSED)


def _child(writer: multiprocessing.connection.Connection, suite: Path, test: TestFile, work: Path,
           time_limit: float) -> None:
    """A test process: its own process group (the parent kills the group, ruff included), no
    output of its own, bounded memory; sends one Result and exits without waiting for threads."""
    try:
        os.setpgid(0, 0)
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.dup2(devnull, 2)
        try:
            resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
        except (ValueError, OSError):  # some systems (macOS) refuse to lower it: run unbounded there
            pass
        os.environ["TI2PY_HOME"] = str(work / "home")  # registries and device files stay in the test's folder
        result = run_one(suite, test, work, time_limit)
    except BaseException as exc:  # whatever happens, the parent gets a result
        result = Result(test.path, FAILED, one_line(f"runner: {type(exc).__name__}: {exc}"))
    try:
        writer.send(dataclasses.asdict(result))
    finally:
        os._exit(0)


# -- the pool -----------------------------------------------------------------------------------

@dataclass
class _Running:
    test: TestFile
    process: Any  # multiprocessing.Process (its type depends on the start method)
    reader: multiprocessing.connection.Connection
    work: Path
    started: float


def _context() -> Any:
    # fork: each test process starts with the translator and runtime already imported (a few ms,
    # where a fresh interpreter would take half a second).
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else None)


def _stop(running: _Running) -> None:
    """Kill a test process and whatever it started (its process group), then reap it."""
    pid = running.process.pid
    try:
        os.killpg(pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError, OSError):
        running.process.kill()
    running.process.join()


def _collect(running: _Running, elapsed: float) -> Result:
    message = None
    try:
        if running.reader.poll():
            message = running.reader.recv()
    except (EOFError, OSError):
        message = None
    running.process.join(5)
    if running.process.is_alive():
        _stop(running)
    if message is not None:
        return Result(**message)
    code = running.process.exitcode
    how = f"signal {signal.Signals(-code).name}" if code is not None and code < 0 else f"exit code {code}"
    return Result(running.test.path, FAILED, f"the test process died without a result ({how})", round(elapsed, 3))


def _warm_up() -> None:
    """Convert and run a small program here, before any fork: the translator's and the runtime's
    first-use costs (lazy imports, templates, the formatter's start-up) are then paid once, not in
    every test process (that took a test from 0.15 s to 0.5 s)."""
    from ti2py.runtime import App
    from ti2py.transpiler import convert

    source = HOST_PRELUDE + "var o = {n: [1, 2]};\ntry { print(JSON.stringify(o)); } catch (e) { throw new Error(e); }\n"
    with tempfile.TemporaryDirectory(prefix="ti2py-test262-warm-") as folder:
        converted = convert(source, "warm.js")
        if converted.code is not None:
            module = Path(folder) / "warm.py"
            module.write_text(converted.code, encoding="utf-8")
            app = App("warm", data_dir=Path(folder) / "data", out=None)
            app.load(module)
            app.run_until_idle(10)
    # Objects made so far are shared with every fork: kept out of the collector's walks, their
    # pages stay shared instead of being copied into each test process.
    gc.freeze()


def run_tests(suite: Path, tests: Sequence[TestFile], *, jobs: int | None = None,
              time_limit: float = DEFAULT_TIME_LIMIT,
              progress: Callable[[int, int, list[Result]], None] | None = None) -> list[Result]:
    """Run ``tests``, ``jobs`` at a time (default: one per core), each in a process of its own
    that is killed after ``time_limit`` seconds.  Results come back in the tests' order."""
    _warm_up()
    todo = deque(tests)
    total = len(todo)
    jobs = max(1, jobs or os.cpu_count() or 1)
    context = _context()
    running: list[_Running] = []
    results: dict[str, Result] = {}
    order = [t.path for t in todo]
    last_report = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="ti2py-test262-") as scratch:
        serial = 0
        try:
            while todo or running:
                while todo and len(running) < jobs:
                    test = todo.popleft()
                    serial += 1
                    work = Path(scratch) / str(serial)
                    work.mkdir()
                    reader, writer = context.Pipe(duplex=False)
                    process = context.Process(target=_child, args=(writer, suite, test, work, time_limit), daemon=True)
                    process.start()
                    writer.close()  # the child's end: once it exits, the parent's read sees EOF
                    running.append(_Running(test, process, reader, work, time.monotonic()))
                # A child gets a second beyond the limit to report its own "still busy" first.
                deadline = min(r.started for r in running) + time_limit + 1.0
                wait = max(0.0, min(deadline - time.monotonic(), PROGRESS_EVERY))
                ready = set(multiprocessing.connection.wait(
                    [r.reader for r in running] + [r.process.sentinel for r in running], timeout=wait))
                now = time.monotonic()
                for item in list(running):
                    elapsed = now - item.started
                    if item.reader in ready or item.process.sentinel in ready:
                        result = _collect(item, elapsed)
                    elif elapsed > time_limit + 1.0:
                        _stop(item)
                        result = Result(item.test.path, TIMED_OUT, f"killed after {time_limit:g} s", round(elapsed, 3))
                    else:
                        continue
                    running.remove(item)
                    item.reader.close()
                    shutil.rmtree(item.work, ignore_errors=True)
                    results[result.path] = _blame_the_harness(suite, item.test, result)
                if progress is not None and (now - last_report >= PROGRESS_EVERY or not (todo or running)):
                    last_report = now
                    progress(len(results), total, list(results.values()))
        finally:
            for item in running:  # interrupted: leave no test process behind
                _stop(item)
    return [results[path] for path in order]


@functools.lru_cache(maxsize=None)
def _harness_refusal(suite: Path, strict: bool, is_async: bool, includes: tuple[str, ...]) -> str | None:
    """Why the converter refuses a prelude alone (strictness, print, harness files), or None."""
    from ti2py.transpiler import convert

    flags = frozenset(flag for flag, on in (("onlyStrict", strict), ("async", is_async)) if on)
    try:
        converted = convert(prelude(suite, TestFile("", includes=includes, flags=flags)), "harness.js")
    except Exception as exc:  # the runner's verdict, never its end
        return one_line(f"translator crash: {type(exc).__name__}: {exc}")
    return None if converted.code is not None else _first_error(converted)


def _blame_the_harness(suite: Path, test: TestFile, result: Result) -> Result:
    """A refusal proves something about a test only if the converter takes its prelude.  Where it
    does not, a negative parse test that "passed" is refused instead, and a refused test's cause
    names the harness (one cause for all the tests it blocks, not one per test)."""
    negative_parse = test.negative_phase in ("parse", "early")
    if result.outcome == REFUSED or (negative_parse and result.outcome == PASSED):
        refusal = _harness_refusal(suite, test.strict, test.is_async, test.includes)
        if refusal is not None:
            return dataclasses.replace(result, outcome=REFUSED, cause=one_line(f"the harness does not convert: {refusal}"))
    return result


# -- expectations -------------------------------------------------------------------------------

def read_expectations(path: Path = EXPECTATIONS) -> dict[str, str]:
    """``{test path: cause}`` from the expectations file (``path  # cause`` lines; ``#`` starts
    a comment line)."""
    if not path.is_file():
        return {}
    expected: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        test, _, cause = line.partition("  # ")
        expected[test.strip()] = cause.strip()
    return expected


def failure_line(result: Result) -> str:
    """The expectations file's entry for a result that did not pass: ``refused: E001 ...``."""
    return one_line(f"{result.outcome}: {result.cause}" if result.cause else result.outcome, CAUSE_WIDTH + 12)


def update_expectations(results: Sequence[Result], path: Path = EXPECTATIONS, *, whole_suite: bool = False) -> None:
    """Rewrite the entries of the tests in ``results``; the others stay as they were, unless the
    run covered the whole suite (then entries of tests that no longer exist go too)."""
    expected = {} if whole_suite else read_expectations(path)
    for result in results:
        if result.outcome == PASSED:
            expected.pop(result.path, None)
        else:
            expected[result.path] = failure_line(result)
    header = ("# test262 tests known not to pass (tests/test_test262.py fails on any other that fails).\n"
              "# One line per test: its path under test/, then '  # outcome: cause'.  Written by\n"
              "#   python bench/test262.py --all --update-expectations\n")
    body = "".join(f"{test}  # {cause}\n" for test, cause in sorted(expected.items()))
    tmp = path.with_suffix(".tmp")
    tmp.write_text(header + body, encoding="utf-8")
    tmp.replace(path)


# -- report -------------------------------------------------------------------------------------

def table(results: Sequence[Result]) -> str:
    """Per-area counts as a Markdown table, with a total row."""
    areas: dict[str, dict[str, int]] = {}
    for result in results:
        counts = areas.setdefault(result.area, dict.fromkeys(OUTCOMES, 0))
        counts[result.outcome] += 1
    total = {outcome: sum(counts[outcome] for counts in areas.values()) for outcome in OUTCOMES}
    header = ["area", "tests", *OUTCOMES, "pass %"]
    rows = [header]
    for area, counts in [*sorted(areas.items()), ("total", total)]:
        tests = sum(counts.values())
        rows.append([area, str(tests), *(str(counts[o]) for o in OUTCOMES), f"{100 * counts[PASSED] / (tests or 1):.1f}"])
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    lines = []
    for index, row in enumerate(rows):
        cells = [cell.ljust(width) if i == 0 else cell.rjust(width) for i, (cell, width) in enumerate(zip(row, widths))]
        lines.append("| " + " | ".join(cells) + " |")
        if index == 0:
            lines.append("|" + "|".join("-" * (width + 2) for width in widths) + "|")
    return "\n".join(lines)


def _progress_printer(started: float) -> Callable[[int, int, list[Result]], None]:
    def report(done: int, total: int, results: list[Result]) -> None:
        elapsed = time.monotonic() - started
        passed = sum(r.outcome == PASSED for r in results)
        rate = done / elapsed if elapsed else 0.0
        left = f", ~{(total - done) / rate / 60:.0f} min left" if rate and done < total else ""
        print(f"test262: {done}/{total} run, {passed} passed ({rate:.1f} tests/s{left})", file=sys.stderr, flush=True)

    return report


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--suite", type=Path, help="the test262 folder (harness/, test/); default $TI2PY_TEST262 or ../shared/test262")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="tests run at once (default: one per core)")
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--sample", type=int, metavar="N", help=f"a fixed sample of N tests (default {SAMPLE_SIZE})")
    which.add_argument("--all", action="store_true", help="every test")
    parser.add_argument("--area", metavar="PREFIX", help="only tests under this path, e.g. built-ins/Array")
    parser.add_argument("--timeout", type=float, default=DEFAULT_TIME_LIMIT, metavar="S",
                        help=f"per-test time limit, conversion included (default {DEFAULT_TIME_LIMIT:g})")
    parser.add_argument("--update-expectations", action="store_true",
                        help=f"rewrite {EXPECTATIONS.relative_to(REPO)} for the tests that ran")
    parser.add_argument("--json", type=Path, metavar="FILE", help="write every result and the counts to FILE")
    args = parser.parse_args(argv)
    suite = (args.suite or default_suite()).resolve()
    if not (suite / "test").is_dir() or not (suite / "harness").is_dir():
        print(f"test262: {suite} is not a test262 folder (harness/ and test/); give --suite PATH or set TI2PY_TEST262",
              file=sys.stderr)
        return 2
    paths = list_tests(suite, args.area)
    if not args.all:
        paths = sample(paths, args.sample if args.sample is not None else SAMPLE_SIZE)
    if not paths:
        print("test262: no tests selected", file=sys.stderr)
        return 2
    started = time.monotonic()
    tests = [TestFile.read(suite, path) for path in paths]
    results = run_tests(suite, tests, jobs=args.jobs, time_limit=args.timeout, progress=_progress_printer(started))
    elapsed = time.monotonic() - started
    print(table(results))
    scope = "all tests" if args.all else f"a sample of {len(results)} tests"
    print(f"\n{scope}{' under ' + args.area if args.area else ''}, {args.jobs} jobs, "
          f"Python {sys.version.split()[0]}, in {elapsed:.0f} s")
    if args.json is not None:
        counts = {o: sum(r.outcome == o for r in results) for o in OUTCOMES}
        args.json.write_text(json.dumps({"suite": str(suite), "seconds": round(elapsed, 1), "counts": counts,
                                         "results": [dataclasses.asdict(r) for r in results]}, indent=1) + "\n")
    if args.update_expectations:
        update_expectations(results, whole_suite=args.all and not args.area)
        print(f"test262: {EXPECTATIONS.relative_to(REPO)} updated", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
