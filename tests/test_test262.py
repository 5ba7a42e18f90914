"""test262 conformance: a fixed sample of the suite runs through bench/test262.py's runner and must
fail only where tests/test262_expected_failures.txt says; plus tests of the runner itself on tiny
synthetic suites.

The sample is the runner's default (the SAMPLE_SIZE tests whose path hashes smallest), about a
minute on 2 cores.  When a listed test passes, the test says so (a warning): run
``python bench/test262.py --all --update-expectations`` and commit the shorter list."""

from __future__ import annotations

import sys
import textwrap
import warnings
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))

import test262  # noqa: E402
from test262 import FAILED, PASSED, REFUSED, TIMED_OUT, Result, TestFile  # noqa: E402

SUITE = test262.default_suite()
SUITE_MISSING = (f"the test262 suite is not at {SUITE} (a folder with harness/ and test/): "
                 "set TI2PY_TEST262=PATH to run the conformance sample")

# A harness small enough for any translator state: the runner's logic is under test, not the
# real harness (tests/test262 runs that one on the real suite).
ASSERT_JS = """\
function Test262Error(message) {
  this.message = message || "";
}
Test262Error.prototype.toString = function () {
  return "Test262Error: " + this.message;
};
function assert(mustBeTrue, message) {
  if (mustBeTrue !== true) {
    throw new Test262Error(message);
  }
}
assert.sameValue = function (actual, expected, message) {
  if (actual !== expected) {
    throw new Test262Error(message);
  }
};
"""
DONE_JS = """\
function asyncDone(error) {
  print(error ? "Test262:AsyncTestFailure:" + error : "Test262:AsyncTestComplete");
}
"""


def make_suite(root: Path, tests: dict[str, str], sta: str = "var staLoaded = true;\n") -> Path:
    """A suite folder laid out as test262's: harness/ (assert, sta, doneprintHandle, one include)
    and test/<path> for each of ``tests`` (frontmatter + body)."""
    harness = root / "harness"
    harness.mkdir(parents=True)
    (harness / "assert.js").write_text(ASSERT_JS)
    (harness / "sta.js").write_text(sta)
    (harness / "doneprintHandle.js").write_text(DONE_JS)
    (harness / "twice.js").write_text("function twice(x) {\n  return 2 * x;\n}\n")
    for path, text in tests.items():
        target = root / "test" / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(textwrap.dedent(text))
    return root


def run(suite: Path, time_limit: float = 10.0) -> dict[str, Result]:
    tests = [TestFile.read(suite, path) for path in test262.list_tests(suite)]
    return {r.path: r for r in test262.run_tests(suite, tests, jobs=2, time_limit=time_limit)}


# -- the runner -----------------------------------------------------------------------------------

def test_frontmatter_shapes() -> None:
    meta = test262.parse_frontmatter(textwrap.dedent("""\
        // Copyright
        /*---
        esid: sec-array.prototype.map
        description: >
          Folded text: over two lines,
          with a colon
        info: |
          negative: not a key of its own
        includes: [compareArray.js, propertyHelper.js]
        flags:
          - onlyStrict
          - async
        negative:
          phase: parse
          type: SyntaxError
        features: [let, 'arrow-function']
        ---*/
        var x;
        """))
    assert meta["esid"] == "sec-array.prototype.map"
    assert meta["description"] == "Folded text: over two lines,\nwith a colon"
    assert meta["info"] == "negative: not a key of its own"
    assert meta["includes"] == ["compareArray.js", "propertyHelper.js"]
    assert meta["flags"] == ["onlyStrict", "async"]
    assert meta["negative"] == {"phase": "parse", "type": "SyntaxError"}
    assert meta["features"] == ["let", "arrow-function"]
    assert test262.parse_frontmatter("var noFrontmatter;") == {}


def test_prelude_order_follows_interpreting_md(tmp_path: Path) -> None:
    suite = make_suite(tmp_path, {"a/b/t.js": """\
        /*---
        includes: [twice.js]
        flags: [onlyStrict, async]
        ---*/
        asyncDone();
        """})
    test = TestFile.read(suite, "a/b/t.js")
    assert (test.area, test.strict, test.is_async, test.includes) == ("a/b", True, True, ("twice.js",))
    text = test262.program(suite, test)
    assert text.startswith('"use strict";\n' + test262.HOST_PRELUDE)
    positions = [text.index(marker) for marker in ("function Test262Error", "staLoaded", "function asyncDone",
                                                   "function twice", "asyncDone();")]
    assert positions == sorted(positions)


def test_outcomes_of_a_synthetic_suite(tmp_path: Path) -> None:
    suite = make_suite(tmp_path, {
        "lang/a/pass.js": "/*---\nincludes: [twice.js]\n---*/\nassert.sameValue(twice(2), 4, 'twice');\n",
        "lang/a/fail.js": "/*---\ndescription: x\n---*/\nassert.sameValue(1, 2, 'one is not two');\n",
        "lang/a/negative-parse.js": "/*---\nnegative:\n  phase: parse\n  type: SyntaxError\n---*/\nvar = ;\n",
        "lang/a/negative-parse-accepted.js": "/*---\nnegative:\n  phase: parse\n  type: SyntaxError\n---*/\nvar ok;\n",
        "lang/a/negative-runtime.js": "/*---\nnegative:\n  phase: runtime\n  type: ReferenceError\n---*/\nunresolvable;\n",
        "lang/b/refused.js": "/*---\nflags: [onlyStrict]\n---*/\nwith (Math) {}\n",
        "lang/b/async-pass.js": "/*---\nflags: [async]\n---*/\nPromise.resolve().then(function () { asyncDone(); });\n",
        "lang/b/async-silent.js": "/*---\nflags: [async]\n---*/\nPromise.resolve(1);\n",
        "lang/b/async-fail.js": "/*---\nflags: [async]\n---*/\nasyncDone('it broke');\n",
        "lang/b/busy.js": "/*---\ndescription: a timer that never stops\n---*/\nsetInterval(function () {}, 10);\n",
        "lang/b/loop.js": "/*---\ndescription: an endless loop\n---*/\nwhile (true) {}\n",
        "lang/b/ok_FIXTURE.js": "not a test\n",
    })
    results = run(suite, time_limit=2.0)
    outcomes = {path: r.outcome for path, r in results.items()}
    assert outcomes == {
        "lang/a/pass.js": PASSED,
        "lang/a/fail.js": FAILED,
        "lang/a/negative-parse.js": PASSED,  # refused by the converter, as a parse-phase test must be
        "lang/a/negative-parse-accepted.js": FAILED,
        "lang/a/negative-runtime.js": PASSED,
        "lang/b/refused.js": REFUSED,
        "lang/b/async-pass.js": PASSED,
        "lang/b/async-silent.js": FAILED,
        "lang/b/async-fail.js": FAILED,
        "lang/b/busy.js": TIMED_OUT,  # the test process noticed
        "lang/b/loop.js": TIMED_OUT,  # the runner killed it
    }, {p: r.cause for p, r in results.items()}
    assert "one is not two" in results["lang/a/fail.js"].cause
    assert results["lang/a/fail.js"].cause.startswith("Uncaught ")
    assert results["lang/a/negative-parse-accepted.js"].cause == "converted, but a parse-phase SyntaxError was expected"
    assert results["lang/b/refused.js"].cause.startswith("E001 ")
    assert results["lang/b/async-fail.js"].cause.startswith("Test262:AsyncTestFailure:")
    assert "AsyncTestComplete" in results["lang/b/async-silent.js"].cause
    assert results["lang/b/loop.js"].cause == "killed after 2 s"
    table = test262.table(list(results.values()))
    assert "| lang/a " in table and "| lang/b " in table
    total = next(line for line in table.splitlines() if line.startswith("| total"))
    assert [cell.strip() for cell in total.strip("|").split("|")] == ["total", "11", "4", "4", "1", "2", "36.4"]


def test_a_harness_the_converter_refuses_is_named_not_a_pass(tmp_path: Path) -> None:
    # Refusing a negative parse test proves nothing when the prelude alone is refused.
    suite = make_suite(tmp_path, {
        "x/y/negative.js": "/*---\nnegative:\n  phase: parse\n  type: SyntaxError\n---*/\nvar = ;\n",
        "x/y/plain.js": "/*---\ndescription: x\n---*/\nassert(true);\n",
    }, sta="var big = 10n;\n")  # a BigInt literal: not translated
    results = run(suite)
    for path in ("x/y/negative.js", "x/y/plain.js"):
        assert results[path].outcome == REFUSED
        assert results[path].cause.startswith("the harness does not convert: E"), results[path].cause


def test_a_translator_crash_is_a_failure_with_its_cause(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from ti2py.transpiler import pipeline

    def crash(*args: object, **kwargs: object) -> None:
        raise RuntimeError("the translator fell over")

    suite = make_suite(tmp_path, {"c/d/t.js": "/*---\ndescription: x\n---*/\nassert(true);\n"})
    test = TestFile.read(suite, "c/d/t.js")
    monkeypatch.setattr(pipeline, "convert", crash)
    result = test262.run_one(suite, test, tmp_path, 5.0)
    assert (result.outcome, result.cause) == (FAILED, "translator crash: RuntimeError: the translator fell over")


def test_sample_is_fixed_and_spread() -> None:
    paths = [f"area{i % 7}/sub/t{i}.js" for i in range(1000)]
    chosen = test262.sample(paths, 50)
    assert chosen == test262.sample(list(reversed(paths)), 50) == sorted(chosen)
    assert len(chosen) == 50 and len({p.split("/")[0] for p in chosen}) == 7
    # A new test leaves the rest of the sample as it was (at most one entry changes).
    assert len(set(chosen) - set(test262.sample(paths + ["area0/sub/new.js"], 50))) <= 1


def test_update_expectations_rewrites_only_the_tests_that_ran(tmp_path: Path) -> None:
    path = tmp_path / "expected.txt"
    path.write_text("# header\na/old.js  # failed: Uncaught Error: old\na/fixed.js  # refused: E100 x\n")
    test262.update_expectations([Result("a/fixed.js", PASSED), Result("a/new.js", TIMED_OUT, "killed after 10 s"),
                                 Result("a/long.js", FAILED, "Uncaught TypeError: " + "x" * 300)], path)
    expected = test262.read_expectations(path)
    assert expected["a/old.js"] == "failed: Uncaught Error: old"
    assert "a/fixed.js" not in expected
    assert expected["a/new.js"] == "timed out: killed after 10 s"
    assert len(expected["a/long.js"]) <= 112 and expected["a/long.js"].endswith("...")
    test262.update_expectations([Result("a/new.js", PASSED)], path, whole_suite=True)
    assert test262.read_expectations(path) == {}


def test_suite_location_defaults_beside_the_checkout(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("TI2PY_TEST262", raising=False)
    assert test262.default_suite() == REPO.parent / "shared" / "test262"
    monkeypatch.setenv("TI2PY_TEST262", str(tmp_path))
    assert test262.default_suite() == tmp_path


# -- the real suite ---------------------------------------------------------------------------------

@pytest.mark.skipif(not (SUITE / "test").is_dir() or not (SUITE / "harness").is_dir(), reason=SUITE_MISSING)
def test_test262_sample_fails_only_where_expected() -> None:
    paths = test262.sample(test262.list_tests(SUITE), test262.SAMPLE_SIZE)
    results = test262.run_tests(SUITE, [TestFile.read(SUITE, p) for p in paths])
    expected = test262.read_expectations()
    unexpected = [r for r in results if r.outcome != PASSED and r.path not in expected]
    now_passing = [r.path for r in results if r.outcome == PASSED and r.path in expected]
    print("\n" + test262.table(results))
    if now_passing:
        warnings.warn(f"{len(now_passing)} test262 tests listed as failing now pass (run "
                      f"`python bench/test262.py --all --update-expectations`): " + ", ".join(now_passing[:20]))
    assert not unexpected, f"{len(unexpected)} test262 tests fail that are not in {test262.EXPECTATIONS.name}:\n" + \
        "\n".join(f"  {r.path}  # {test262.failure_line(r)}" for r in unexpected)
