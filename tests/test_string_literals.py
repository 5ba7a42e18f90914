"""JS string literals of any content become Python literals of the same value (a property test
over random strings, checked against node)."""

from __future__ import annotations

import ast
import json
import random
import subprocess
from pathlib import Path

import pytest

from differential import NODE, NODE_MISSING
from ti2py.transpiler import convert

HARD = ["'", '"', '"""', "'''", "\\", "\\\\", "\n", "\r", "\t", "\b", "\f", "\v", "\x00", "\x1f", "\x7f",
        "\u2028", "\u2029", "\u0085", "\ufeff", "é", "日本", "e\u0301", "😀", "𝄞", "\ud800", "\udfff",
        "\ud83d", "${", "`", "{", "}", "#", "%s", "{0}", " ", "\\u0041", "$&"]
CASES = 300


def random_string(rng: random.Random) -> str:
    parts = [rng.choice(HARD) if rng.random() < 0.6 else chr(rng.randrange(0x20, 0x7F)) for _ in range(rng.randint(0, 12))]
    return "".join(parts)


def _js_escape(ch: str, quote: str) -> str:
    code = ord(ch)
    if ch == "\\":
        return "\\\\"
    if ch == quote:
        return "\\" + ch
    if code > 0xFFFF:
        high, low = divmod(code - 0x10000, 0x400)
        return f"\\u{0xD800 + high:04x}\\u{0xDC00 + low:04x}"
    if code < 0x20 or code == 0x7F or code in (0x2028, 0x2029) or 0xD800 <= code <= 0xDFFF:
        return {"\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f", "\v": "\\v"}.get(ch, f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")
    return ch


def js_literals(value: str) -> list[str]:
    """The same value written three ways: double quotes, single quotes with \\u escapes for
    everything non-ASCII, and a template literal."""
    double = '"' + "".join(_js_escape(c, '"') for c in value) + '"'
    single = "'" + "".join(_js_escape(c, "'") if ord(c) < 0x80 else "".join(
        f"\\u{unit:04x}" for unit in _units(c)) for c in value) + "'"
    template = "`" + "".join("\\$" if c == "$" else _js_escape(c, "`") for c in value) + "`"
    return [double, single, template]


def _units(ch: str) -> list[int]:
    data = ch.encode("utf-16-le", "surrogatepass")
    return [int.from_bytes(data[i:i + 2], "little") for i in range(0, len(data), 2)]


def js_value(value: str) -> str:
    """What JS holds for the string: surrogate pairs read as one character."""
    return value.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")


def _cases() -> list[tuple[str, str]]:
    rng = random.Random(7)
    return [(value, literal) for value in (random_string(rng) for _ in range(CASES)) for literal in js_literals(value)]


def test_python_literal_has_the_js_value() -> None:
    cases = _cases()
    source = "".join(f"var s{i} = {literal};\n" for i, (_, literal) in enumerate(cases))
    result = convert(source, "strings.js")
    assert result.code is not None, result.diagnostics.render(source)
    tree = ast.parse(result.code)
    main = next(node for node in tree.body if isinstance(node, ast.FunctionDef) and node.name == "main")
    values = {stmt.targets[0].id: ast.literal_eval(stmt.value) for stmt in main.body if isinstance(stmt, ast.Assign)}
    for i, (value, literal) in enumerate(cases):
        assert values[f"s{i}"] == js_value(value), literal


@pytest.mark.skipif(NODE is None, reason=NODE_MISSING)
def test_node_agrees_on_the_values(tmp_path: Path) -> None:
    cases = _cases()
    script = tmp_path / "values.js"
    script.write_text("console.log(JSON.stringify([\n" + ",\n".join(literal for _, literal in cases) + "\n]));\n",
                      encoding="utf-8", errors="surrogatepass")
    done = subprocess.run([NODE, str(script)], capture_output=True, text=True, timeout=30, check=True)
    assert json.loads(done.stdout) == [js_value(value) for value, _ in cases]


def test_literals_interpolated_with_numbers_keep_their_value(tmp_path: Path) -> None:
    """A literal joined to an integer becomes an f-string: braces, quotes, backslashes and line
    breaks must survive its escaping (run, compared with the JS values)."""
    from ti2py.runtime import App

    cases = _cases()[::3]
    lines = ["var n = 7;"] + [f"Ti.API.info(JSON.stringify({literal} + n + {literal}));" for _, literal in cases]
    source = "\n".join(lines) + "\n"
    result = convert(source, "fstrings.js")
    assert result.code is not None, result.diagnostics.render(source)
    assert result.code.count('f"') + result.code.count("f'") >= len(cases) // 2, "the f-string path is exercised"
    module = tmp_path / "fstrings.py"
    module.write_text(result.code, encoding="utf-8")
    app = App("fstrings", data_dir=tmp_path / "data", out=None)
    app.load(module)
    assert app.run_until_idle(10)
    printed = [line.removeprefix("[INFO] ") for line in app.log_lines()]
    expected = []
    for value, _ in cases:
        text = js_value(value) + "7" + js_value(value)
        expected.append(json.dumps(text, ensure_ascii=False))
    assert [json.loads(p) for p in printed] == [json.loads(e) for e in expected]
