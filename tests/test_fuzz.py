"""Bad JavaScript never crashes the translator: 2,000 mutants of the corpus each end in Python
that compiles or in diagnostics with line:column; never a traceback, never an internal error."""

from __future__ import annotations

import multiprocessing
import random
import traceback
from pathlib import Path

CASES = 2000
SEED = 20261125
TOKENS = ["{", "}", "(", ")", "[", "]", ";", ",", "'", '"', "`", "function", "var", "let", "=", "+", "-",
          ".", "?.", "??", "=>", "/*", "*/", "//", "\\", "\u2028", "0x", "1e", "class", "new", "this", "return",
          "if", "else", "for", "while", "switch", "case", ":", "delete", "typeof", "++", "&&", "||", "!",
          "\ud83d\ude00", "\x00", "#", "@", "/re/g", "...", "async", "yield", "with"]

REPO = Path(__file__).resolve().parent.parent


def corpus() -> list[str]:
    files = sorted((REPO / "tests" / "golden").glob("*/input.js")) + sorted((REPO / "samples").rglob("*.js"))
    return [f.read_text(encoding="utf-8") for f in files]


def mutate(source: str, rng: random.Random) -> str:
    for _ in range(rng.randint(1, 3)):
        if not source:
            return rng.choice(TOKENS)
        i = rng.randrange(len(source))
        j = min(len(source), i + rng.randint(1, 40))
        operation = rng.randrange(6)
        if operation == 0:
            source = source[:i] + source[j:]  # delete a span
        elif operation == 1:
            source = source[:i] + source[i:j] + source[i:]  # duplicate a span
        elif operation == 2:
            source = source[:i] + rng.choice(TOKENS) + source[i:]  # insert a token
        elif operation == 3:
            lines = source.splitlines(keepends=True)
            a, b = rng.randrange(len(lines)), rng.randrange(len(lines))
            lines[a], lines[b] = lines[b], lines[a]
            source = "".join(lines)  # swap two lines
        elif operation == 4:
            source = source[:i]  # truncate
        else:
            source = source[:i] + source[i:j][::-1] + source[j:]  # reverse a span
    return source


def check(source: str) -> str | None:
    """None if the translator behaved; else a description of what went wrong."""
    from ti2py.transpiler import convert

    try:
        result = convert(source, "fuzz.js")
    except Exception:  # that is the failure this test looks for
        return "raised:\n" + traceback.format_exc(limit=4)
    codes = [d.code for d in result.diagnostics.items]
    if "E900" in codes:
        return "internal error: " + result.diagnostics.render()
    if any(d.line < 1 or d.column < 1 for d in result.diagnostics.items):
        return "a diagnostic without line:column"
    if result.code is None:
        return None if any(d.severity.value == "error" for d in result.diagnostics.items) else "no code and no error"
    try:
        compile(result.code, "fuzz.py", "exec")
    except SyntaxError as exc:
        return f"generated Python does not compile: {exc}"
    return None


def test_mutants_never_crash_the_translator() -> None:
    rng = random.Random(SEED)
    sources = corpus()
    mutants = [mutate(rng.choice(sources), rng) for _ in range(CASES)]
    with multiprocessing.get_context("fork").Pool(2) as pool:
        outcomes = pool.map(check, mutants, chunksize=25)
    failures = [(m, o) for m, o in zip(mutants, outcomes) if o is not None]
    assert not failures, f"{len(failures)} of {CASES} failed; first:\n{failures[0][1]}\n--- input ---\n{failures[0][0][:2000]}"
    assert len(mutants) == CASES
