"""parse.parse_with_comments's own way (the parser run without esprima's per-node comment
callback) gives what esprima's public parseScript gives: the same tree, the same comments, the
same syntax errors, on every JS program the project has and on a sample of test262 (its
negative tests are syntax errors of every kind)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import esprima
import pytest

from ti2py.transpiler.parse import _INTERNALS, parse_with_comments

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))

import test262  # noqa: E402

pytestmark = pytest.mark.skipif(_INTERNALS is None, reason="this esprima-fork version takes the public way only")


def outcome(source: str, fast: bool) -> Any:
    try:
        ast, comments = parse_with_comments(source, fast=fast)
    except esprima.Error as exc:
        return ("error", exc.index, exc.lineNumber, exc.column, exc.message)
    tree = ast.toDict()
    tree.pop("comments", None)
    return ("tree", tree, getattr(ast, "hashbang", None),
            [(c.type, c.value, list(c.range), bool(getattr(c, "hashbang", False))) for c in comments])


def project_programs() -> list[Path]:
    return sorted(p for folder in ("tests", "samples") for p in (REPO / folder).rglob("*.js"))


EDGE_CASES = {
    "hashbang": "#!/usr/bin/env node\n// first\nvar a; /* b */",
    "comments before anything": "/* a */ // b\n\n// c\n",
    "html-like comments": "<!-- old\nvar a = 1; --> not a comment here\n",
    "html close at line start": "var a = 1;\n--> a comment\n",
    "astral characters": "var s = '\U0001F600'; // after \U0001F600\nvar t = 1; /* \U0001F600 */",
    "regex and division": "var a = b\n/* x */ / 2 // c\nvar r = /\\/\\*not/g; // d",
    "early error": "let x; var x;",
    "mixed ?? and ||": "a ?? b || c",
    "unterminated comment": "var a = 1; /* never closed",
    "template with comment-like text": "var t = `// ${a /* real */} /* not */`;",
}


@pytest.mark.parametrize("name", sorted(EDGE_CASES))
def test_edge_cases_match_parse_script(name: str) -> None:
    source = EDGE_CASES[name]
    assert outcome(source, fast=True) == outcome(source, fast=False)


def test_every_project_program_matches_parse_script() -> None:
    programs = project_programs()
    assert len(programs) > 100  # the corpus, goldens, fixtures and samples are all there
    differing = [p.relative_to(REPO).as_posix() for p in programs
                 if outcome(p.read_text(encoding="utf-8"), fast=True) != outcome(p.read_text(encoding="utf-8"), fast=False)]
    assert not differing


@pytest.mark.skipif(not (test262.default_suite() / "test").is_dir(), reason="the test262 suite is not beside the checkout")
def test_test262_sample_matches_parse_script() -> None:
    suite = test262.default_suite()
    paths = test262.sample(test262.list_tests(suite), 600)
    differing = []
    errors = 0
    for path in paths:
        source = (suite / "test" / path).read_text(encoding="utf-8")
        fast = outcome(source, fast=True)
        errors += fast[0] == "error"
        if fast != outcome(source, fast=False):
            differing.append(path)
    assert errors > 10  # negative tests are in the sample: errors are compared too
    assert not differing
