"""Golden files: tests/golden/<case>/input.js -> expected.py and expected.diagnostics.

Regenerate after an intended change with:  TI2PY_UPDATE_GOLDEN=1 pytest tests/test_golden.py
and review the diff like any other code change.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from ti2py.transpiler import convert

GOLDEN = Path(__file__).parent / "golden"
CASES = sorted(p.name for p in GOLDEN.iterdir() if (p / "input.js").is_file())
UPDATE = os.environ.get("TI2PY_UPDATE_GOLDEN") == "1"


def _expect(path: Path, actual: str | None) -> None:
    if UPDATE:
        if actual:
            path.write_text(actual, encoding="utf-8")
        else:
            path.unlink(missing_ok=True)
        return
    expected = path.read_text(encoding="utf-8") if path.exists() else None
    assert (actual or None) == expected, f"{path} differs; rerun with TI2PY_UPDATE_GOLDEN=1 and review the diff"


@pytest.mark.parametrize("case", CASES)
def test_golden(case: str) -> None:
    folder = GOLDEN / case
    source = (folder / "input.js").read_text(encoding="utf-8")
    result = convert(source, "input.js", output_name="expected.py")
    _expect(folder / "expected.py", result.code)
    rendered = result.diagnostics.render(source)
    _expect(folder / "expected.diagnostics", rendered + "\n" if rendered else None)


def test_there_are_enough_cases() -> None:
    seeds = [c for c in CASES if c.startswith("seed_")]
    assert len(seeds) == 4 and len(CASES) - len(seeds) >= 10


def test_golden_copies_of_samples_match_the_samples() -> None:
    """Seed and sample goldens are copies (cases stay self-contained); they must not drift."""
    samples = Path(__file__).parent.parent / "samples"
    for case in CASES:
        name = case.removeprefix("seed_")
        original = samples / ("seed" if case.startswith("seed_") else "") / f"{name}.js"
        if original.is_file():
            assert (GOLDEN / case / "input.js").read_bytes() == original.read_bytes(), case


def test_goldens_are_black_stable() -> None:
    """Whichever formatter wrote them (ruff by default), the outputs are exactly black's format."""
    import black

    from ti2py.transpiler.format import BLACK_MODE

    for case in CASES:
        expected = GOLDEN / case / "expected.py"
        if expected.exists():
            text = expected.read_text(encoding="utf-8")
            assert black.format_str(text, mode=BLACK_MODE) == text, case

