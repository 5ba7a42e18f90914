"""Translated programs print exactly what node prints (the golden cases that use only plain JS)."""

from __future__ import annotations

from pathlib import Path

import pytest

from differential import NODE, NODE_MISSING, local_time_zone, run_node, run_python, time_zone

GOLDEN = Path(__file__).parent / "golden"
TITANIUM_ONLY = ("require(", "Ti.UI", "Ti.App", "Ti.Network", "setTimeout", "Ti.Filesystem")


def _pure_js_cases() -> list[str]:
    cases = []
    for folder in sorted(GOLDEN.iterdir()):
        source = folder / "input.js"
        if source.is_file() and (folder / "expected.py").is_file():
            text = source.read_text(encoding="utf-8")
            if not any(marker in text for marker in TITANIUM_ONLY):
                cases.append(folder.name)
    return cases


CASES = _pure_js_cases()


def test_harness_covers_cases() -> None:
    assert len(CASES) >= 8, CASES


@pytest.mark.skipif(NODE is None, reason=NODE_MISSING)
@pytest.mark.parametrize("case", CASES)
def test_same_output_as_node(case: str, tmp_path: Path) -> None:
    folder = GOLDEN / case
    expected = run_node(folder / "input.js")
    with local_time_zone(time_zone(folder / "input.js")):
        actual = run_python(folder / "expected.py", tmp_path)
    assert expected, "the JS program printed nothing: the comparison would prove nothing"
    assert actual == expected
