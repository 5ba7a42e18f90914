"""The JS corpus (tests/js/corpus/*.js): each program prints the same in node and, converted, on
the ti2py runtime.  Add a program by dropping a .js file there; it must only use Ti.API for output."""

from __future__ import annotations

from pathlib import Path

import pytest

from differential import NODE, NODE_MISSING, local_time_zone, run_node, run_python, time_zone
from ti2py.transpiler import convert

CORPUS = Path(__file__).parent / "js" / "corpus"
PROGRAMS = sorted(p.stem for p in CORPUS.glob("*.js"))


def test_corpus_is_there() -> None:
    assert len(PROGRAMS) >= 150


@pytest.mark.skipif(NODE is None, reason=NODE_MISSING)
@pytest.mark.parametrize("name", PROGRAMS)
def test_program_prints_what_node_prints(name: str, tmp_path: Path) -> None:
    source = CORPUS / f"{name}.js"
    result = convert(source.read_text(encoding="utf-8"), source.name)
    assert result.code is not None, result.diagnostics.render(source.read_text())
    converted = tmp_path / f"{name}.py"
    converted.write_text(result.code, encoding="utf-8")
    expected = run_node(source)
    assert expected, "the program printed nothing: the comparison would prove nothing"
    with local_time_zone(time_zone(source)):
        assert run_python(converted, tmp_path / "data") == expected
