"""`ti2py convert`'s conventions, through the real command: -d OUT for a folder of .js files,
--diff, --select/--ignore, ti2py-disable comments, [tool.ti2py] in pyproject.toml, colour."""

from __future__ import annotations

from pathlib import Path

import pytest

from cli import ti2py

NO_COLOUR = {"NO_COLOR": "", "FORCE_COLOR": ""}


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _codes(stderr: str) -> list[str]:
    return [line.rsplit("[", 1)[1].rstrip("]") for line in stderr.splitlines() if ": warning: " in line]


def test_a_folder_of_loose_files_converts_to_a_folder(tmp_path: Path) -> None:
    src = tmp_path / "src"
    _write(src / "app.js", "var util = require('lib/util');\nTi.API.info(util.twice(2));\n")
    _write(src / "lib" / "util.js", "exports.twice = function (n) { return n * 2; };\n")
    _write(src / ".hidden" / "x.js", "var x = 1;\n")
    _write(src / "README.txt", "not JavaScript")
    lib = tmp_path / "lib"
    done = ti2py("convert", str(src), "-d", str(lib), env=NO_COLOUR)
    assert done.returncode == 0, done.stderr
    assert sorted(p.relative_to(lib).as_posix() for p in lib.rglob("*") if p.is_file()) == ["app.py", "lib/util.py"]
    assert done.stderr.strip() == f"ti2py: wrote 2 of 2 files to {lib}"
    compile((lib / "lib" / "util.py").read_text(), "util.py", "exec")
    # A file that fails is reported and not written; the others are (exit 1).
    _write(src / "bad.js", "var a = ;\n")
    again = ti2py("convert", str(src), "-d", str(lib), env=NO_COLOUR)
    assert again.returncode == 1 and "bad.js:1:9: error:" in again.stderr
    assert again.stderr.splitlines()[-1] == f"ti2py: wrote 2 of 3 files to {lib}; 1 failed (not written)"
    assert not (lib / "bad.py").exists()


def test_out_dir_usage_errors_exit_2(tmp_path: Path) -> None:
    js = _write(tmp_path / "one.js", "var a = 1;\n")
    assert ti2py("convert", str(js), "-d", str(tmp_path / "o")).returncode == 2
    assert ti2py("convert", str(tmp_path), "-d", str(tmp_path / "o"), "-o", "x").returncode == 2
    empty = tmp_path / "empty"
    empty.mkdir()
    done = ti2py("convert", str(empty), "-d", str(tmp_path / "o"))
    assert done.returncode == 2 and "no .js files" in done.stderr
    # A folder without tiapp.xml and without -d is a usage error that names -d.
    plain = ti2py("convert", str(tmp_path), "-o", str(tmp_path / "o"))
    assert plain.returncode == 2 and "-d OUT_DIR" in plain.stderr


def test_diff_without_check_prints_the_diff_writes_nothing_and_exits_0(tmp_path: Path) -> None:
    js = _write(tmp_path / "app.js", "var a = 1;\nTi.API.info(a);\n")
    out = tmp_path / "app.py"
    assert ti2py("convert", str(js), "-o", str(out)).returncode == 0
    before = out.read_text()
    _write(js, "var a = 2;\nTi.API.info(a);\n")
    diff = ti2py("convert", str(js), "-o", str(out), "--diff")
    assert diff.returncode == 0 and "-    a = 1\n+    a = 2\n" in diff.stdout
    assert out.read_text() == before, "--diff writes nothing"
    assert ti2py("convert", str(js), "-o", str(out), "--diff", "--check").returncode == 1
    assert ti2py("convert", str(js), "--diff").returncode == 2, "--diff needs a file to compare with"
    # For -d too.
    src, lib = tmp_path / "src", tmp_path / "lib"
    _write(src / "m.js", "var m = 1;\n")
    assert ti2py("convert", str(src), "-d", str(lib)).returncode == 0
    _write(src / "m.js", "var m = 3;\n")
    folder = ti2py("convert", str(src), "-d", str(lib), "--diff")
    assert folder.returncode == 0 and "+    m = 3" in folder.stdout and "m = 1" in (lib / "m.py").read_text()
    assert ti2py("convert", str(src), "-d", str(lib), "--check").returncode == 1


WARNED = "x = 1;\nvar a = b;\nTi.API.info(a + x);\n"  # W010 on line 1, W011 on line 2


def test_select_and_ignore_choose_what_is_reported_and_counted(tmp_path: Path) -> None:
    js = _write(tmp_path / "app.js", WARNED)
    assert _codes(ti2py("convert", str(js), env=NO_COLOUR).stderr) == ["W010", "W011"]
    selected = ti2py("convert", str(js), "--select", "W011", env=NO_COLOUR)
    assert _codes(selected.stderr) == ["W011"] and selected.stderr.splitlines()[-1] == f"ti2py: {js}: 1 warning"
    assert _codes(ti2py("convert", str(js), "--ignore", "W011,W010").stderr) == []
    assert ti2py("convert", str(js), "--ignore", "W0").stderr == "", "a prefix names every code it starts"
    # --werror counts only what is left: ignoring the warnings lets the conversion pass.
    assert ti2py("convert", str(js), "--werror").returncode == 1
    assert ti2py("convert", str(js), "--werror", "--ignore", "W010", "--ignore", "W011").returncode == 0


@pytest.mark.parametrize(("args", "message"), [
    (("--select", "W999"), "unknown diagnostic code 'W999'"),
    (("--ignore", "Q1"), "unknown diagnostic code 'Q1'"),
    (("--ignore", "E001"), "cannot be ignored"),
])
def test_unknown_codes_and_ignored_errors_are_usage_errors(tmp_path: Path, args: tuple[str, ...], message: str) -> None:
    js = _write(tmp_path / "app.js", WARNED)
    done = ti2py("convert", str(js), *args)
    assert done.returncode == 2 and message in done.stderr and "Traceback" not in done.stderr


def test_disable_comments_silence_a_line(tmp_path: Path) -> None:
    js = _write(tmp_path / "app.js", (
        "// ti2py-disable-next-line W010\n"
        "x = 1;\n"
        "var a = b; // ti2py-disable-line W011 -- b comes from a web view\n"
        "var c = d; // ti2py-disable-line W010\n"
        "/* ti2py-disable-next-line */\n"
        "y = e;\n"
        "var s = '// ti2py-disable-next-line';\n"
        "z = f;\n"
        "Ti.API.info(a + c + x + y + s + z);\n"
    ))
    done = ti2py("convert", str(js), env=NO_COLOUR)
    lines = [line.split(": warning")[0] for line in done.stderr.splitlines() if ": warning: " in line]
    # Line 4's comment names another code; line 8 follows a string, not a comment.
    assert lines == [f"{js}:4:9", f"{js}:8:1", f"{js}:8:5"], done.stderr
    assert done.returncode == 0 and done.stderr.splitlines()[-1] == f"ti2py: {js}: 3 warnings"
    syntax = _write(tmp_path / "bad.js", "var a = ; // ti2py-disable-line\n")
    assert ti2py("convert", str(syntax)).returncode == 1, "errors are never silenced"


def test_pyproject_settings_apply_and_the_command_line_wins(tmp_path: Path) -> None:
    project = tmp_path / "proj"
    js = _write(project / "src" / "deep" / "app.js", WARNED)
    _write(project / "pyproject.toml", '[project]\nname = "x"\n\n[tool.ti2py]\nignore = ["W010"]\nwerror = true\n')
    _write(tmp_path / "pyproject.toml", "[tool.ti2py]\nselect = ['N']\n")  # farther away: not used
    found = ti2py("convert", str(js), env=NO_COLOUR)
    assert found.returncode == 1 and _codes(found.stderr) == ["W011"], "nearest file: W010 ignored, werror on"
    assert ti2py("convert", str(js), "--no-werror").returncode == 0
    assert _codes(ti2py("convert", str(js), "--select", "W010", "--no-werror").stderr) == [], "ignore still applies"
    assert _codes(ti2py("convert", str(js), "--ignore", "W011").stderr) == [], "--ignore adds to the file's"
    assert _codes(ti2py("convert", str(js), "--no-config").stderr) == ["W010", "W011"]
    # `ti2py run` of a .js reports what convert would (a warning never stops a run, whatever werror says).
    ran = ti2py("run", str(js), "--fresh", "--exit-zero", env=NO_COLOUR)
    assert ran.returncode == 0 and _codes(ran.stderr) == ["W011"], ran.stderr
    # From standard input, the search starts in the working folder.
    piped = ti2py("convert", "-", cwd=project / "src", input=WARNED)
    assert piped.returncode == 1 and _codes(piped.stderr) == ["W011"]


@pytest.mark.parametrize(("table", "message"), [
    ("selekt = ['W011']", "unknown key 'selekt'"),
    ("select = ['W011X']", "unknown diagnostic code"),
    ("werror = 'yes'", "werror must be a bool"),
    ("ignore = [", "cannot read [tool.ti2py]"),
])
def test_a_bad_setting_is_a_usage_error_naming_the_file(tmp_path: Path, table: str, message: str) -> None:
    js = _write(tmp_path / "app.js", WARNED)
    config = _write(tmp_path / "pyproject.toml", f"[tool.ti2py]\n{table}\n")
    done = ti2py("convert", str(js))
    assert done.returncode == 2 and str(config) in done.stderr and message in done.stderr, done.stderr


def test_projects_take_select_ignore_and_strict_from_pyproject(tmp_path: Path) -> None:
    project = tmp_path / "proj"
    _write(project / "tiapp.xml", "<ti:app xmlns:ti='http://ti.appcelerator.org'><id>com.x.y</id><name>y</name></ti:app>")
    _write(project / "Resources" / "app.js", WARNED)
    _write(project / "pyproject.toml", "[tool.ti2py]\nignore = ['W010']\n")
    done = ti2py("convert", str(project), "-o", str(tmp_path / "out"), env=NO_COLOUR)
    assert done.returncode == 0 and _codes(done.stderr) == ["W011"], done.stderr
    werror = ti2py("convert", str(project), "-o", str(tmp_path / "out"), "--werror", env=NO_COLOUR)
    assert werror.returncode == 4 and "converted 0 of 1 files; 1 failed" in werror.stderr
    passing = ti2py("convert", str(project), "-o", str(tmp_path / "out"), "--werror", "--ignore", "W011")
    assert passing.returncode == 0, passing.stderr


def test_colour_follows_no_color_and_force_color(tmp_path: Path) -> None:
    js = _write(tmp_path / "app.js", WARNED)
    plain = ti2py("convert", str(js), env=NO_COLOUR)  # a pipe: no colour
    forced = ti2py("convert", str(js), env={"FORCE_COLOR": "1", "NO_COLOR": ""})
    both = ti2py("convert", str(js), env={"FORCE_COLOR": "1", "NO_COLOR": "1"})
    assert "\x1b[" not in plain.stderr and "\x1b[" not in both.stderr
    assert "\x1b[1;33mwarning:\x1b[0m" in forced.stderr and "\x1b[1;33m2 warnings\x1b[0m" in forced.stderr
    assert forced.stdout == plain.stdout, "only stderr is painted"
