"""Per-pass fixtures: ``tests/passes/<pass>/<case>/input.js`` and ``output.txt``, the IR after
that lowering pass alone has run on the built program (``ir_text.dump``).

``TI2PY_UPDATE_GOLDEN=1 pytest tests/test_pass_fixtures.py`` rewrites the outputs (the same
switch as the goldens); read the diff before committing it.
"""

from __future__ import annotations

import difflib
import os
from pathlib import Path

import pytest

from ti2py.transpiler import ir_text
from ti2py.transpiler.build import build
from ti2py.transpiler.diagnostics import Diagnostics
from ti2py.transpiler.parse import parse
from ti2py.transpiler.pipeline import LOWERING_PASSES

FIXTURES = Path(__file__).parent / "passes"
PASSES = {each.name: each for each in LOWERING_PASSES}
CASES = sorted(p.parent for p in FIXTURES.glob("*/*/input.js"))
UPDATE = os.environ.get("TI2PY_UPDATE_GOLDEN") == "1"


def _built(case: Path):
    diag = Diagnostics("input.js")
    parsed = parse((case / "input.js").read_text(), diag)
    assert parsed is not None, diag.render()
    return build(parsed, diag)


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c.parent.name}/{c.name}")
def test_pass_output_matches_its_fixture(case: Path) -> None:
    each = PASSES.get(case.parent.name)
    assert each is not None, f"tests/passes/{case.parent.name} names no pass of LOWERING_PASSES"
    program = _built(case)
    before = ir_text.dump(program)
    assert each.needed(program), f"the {each.name} pass would be skipped on this input"
    got = ir_text.dump(each.run(program))
    # A fixture shows what the pass does: its output differs from its input.
    assert got != before, f"the {each.name} pass changes nothing in {case.name}"
    expected_file = case / "output.txt"
    if UPDATE or not expected_file.exists():
        expected_file.write_text(got)
        if not UPDATE:
            pytest.fail(f"{expected_file} was missing and has been written; check it in")
    expected = expected_file.read_text()
    if got != expected:
        diff = "".join(difflib.unified_diff(expected.splitlines(True), got.splitlines(True), "expected", "got"))
        pytest.fail(f"{case.parent.name}/{case.name} differs from output.txt:\n{diff}")


def test_every_pass_has_a_fixture() -> None:
    covered = {case.parent.name for case in CASES}
    assert set(PASSES) <= covered, f"passes without fixtures: {sorted(set(PASSES) - covered)}"


# Passes that still rewrite the tree they are given in place (lower() gives them its own copy);
# each is to become a rewrite through ir.rewrite like the others.
IN_PLACE: set[str] = set()
SOURCES = CASES + sorted(p.parent for p in (Path(__file__).parent / "golden").glob("*/input.js"))


@pytest.mark.parametrize("name", [
    pytest.param(each.name, marks=pytest.mark.xfail(strict=True, reason="still rewrites its input in place"))
    if each.name in IN_PLACE else each.name for each in LOWERING_PASSES])
def test_pass_leaves_its_input_unchanged(name: str) -> None:
    each = PASSES[name]
    checked = 0
    for case in SOURCES:
        diag = Diagnostics("input.js")
        parsed = parse((case / "input.js").read_text(), diag)
        if parsed is None:
            continue  # a golden case of a conversion error
        program = build(parsed, diag)
        if not each.needed(program):
            continue
        before = ir_text.dump(program), _locations(program)
        each.run(program)
        assert (ir_text.dump(program), _locations(program)) == before, f"{name} changed its input ({case})"
        checked += 1
    assert checked, f"no input exercised the {name} pass"


def _locations(program) -> list[tuple[str, object]]:
    from ti2py.transpiler import ir

    return [(type(n).__name__, n.loc) for n in ir.walk(program)]


def test_a_skipped_pass_would_change_nothing() -> None:
    """A pass skipped because its ``needed`` says the program has nothing for it (the builder's
    flags, or the census of node kinds) leaves the program as it is when run anyway."""
    skipped = 0
    for case in SOURCES:
        diag = Diagnostics("input.js")
        parsed = parse((case / "input.js").read_text(), diag)
        if parsed is None:
            continue
        program = build(parsed, diag)
        lowered = program
        for each in LOWERING_PASSES:
            if each.needed(program):
                lowered = each.run(lowered)
                continue
            skipped += 1
            assert ir_text.dump(each.run(lowered)) == ir_text.dump(lowered), f"{each.name} was needed for {case}"
    assert skipped, "no input skipped a pass"
