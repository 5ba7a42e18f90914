"""The CLI contract: stdout by default, -o writes atomically, --check diffs, exit codes, determinism."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from cli import SAMPLES, ti2py

SAMPLE = SAMPLES / "seed" / "url_session_download.js"


def test_stdout_when_no_output_given() -> None:
    done = ti2py("convert", str(SAMPLE))
    assert done.returncode == 0
    assert done.stdout.startswith('"""url_session_download.js, converted to Python.')
    assert "def on_downloadprogress(e):" in done.stdout
    compile(done.stdout, "app.py", "exec")  # it is valid Python


def test_check_passes_when_up_to_date_and_diffs_when_not(tmp_path: Path) -> None:
    out = tmp_path / "app.py"
    assert ti2py("convert", str(SAMPLE), "-o", str(out)).returncode == 0
    same = ti2py("convert", str(SAMPLE), "-o", str(out), "--check")
    assert same.returncode == 0 and same.stdout == ""
    out.write_text(out.read_text().replace("Downloads completed successfully.", "edited by hand"))
    stale = ti2py("convert", str(SAMPLE), "-o", str(out), "--check")
    assert stale.returncode == 1
    assert stale.stdout.startswith(f"--- {out} (current)\n+++ {out} (converted from")
    assert "-            alert(\"edited by hand\")" in stale.stdout
    assert "+            alert(\"Downloads completed successfully.\")" in stale.stdout
    assert "edited by hand" in out.read_text(), "--check never writes"


def test_check_of_missing_output_fails(tmp_path: Path) -> None:
    done = ti2py("convert", str(SAMPLE), "-o", str(tmp_path / "none.py"), "--check")
    assert done.returncode == 1 and "does not exist" in done.stderr


def test_usage_errors_exit_2_without_traceback(tmp_path: Path) -> None:
    for args in (
        ("convert", str(tmp_path / "missing.js")),
        ("convert", str(SAMPLE), "--check"),
        ("convert", str(tmp_path)),
        ("convert",),
        ("frobnicate",),
        (),
    ):
        done = ti2py(*args)
        assert done.returncode == 2, (args, done.stderr)
        assert "Traceback" not in done.stderr and done.stderr.strip(), args


def test_non_utf8_input_is_a_usage_error(tmp_path: Path) -> None:
    source = tmp_path / "latin1.js"
    source.write_bytes(b"var s = '\xe9';\n")
    done = ti2py("convert", str(source))
    assert done.returncode == 2 and "not UTF-8" in done.stderr


def test_werror_turns_warnings_into_failure(tmp_path: Path) -> None:
    silent_push = SAMPLES / "seed" / "silent_push.js"
    assert ti2py("convert", str(silent_push)).returncode == 0
    strict = ti2py("convert", str(silent_push), "--werror", "-o", str(tmp_path / "x.py"))
    assert strict.returncode == 1 and not (tmp_path / "x.py").exists()


def test_output_identical_across_runs_and_hash_seeds(tmp_path: Path) -> None:
    outputs = set()
    for seed in ("0", "1", "12345", "random"):
        done = ti2py("convert", str(SAMPLES / "seed" / "silent_push.js"), env={"PYTHONHASHSEED": seed})
        assert done.returncode == 0
        outputs.add(done.stdout)
    assert len(outputs) == 1


def test_output_names_only_the_source_file_not_its_folder(tmp_path: Path) -> None:
    copy = tmp_path / "deep" / "folder" / "app.js"
    copy.parent.mkdir(parents=True)
    shutil.copy(SAMPLE, copy)
    done = ti2py("convert", str(copy))
    assert str(tmp_path) not in done.stdout and "Converted from app.js" in done.stdout


def test_run_accepts_a_js_file_directly(tmp_path: Path) -> None:
    source = tmp_path / "hello.js"
    source.write_text("Ti.API.info('hello ' + (6 * 7));\nalert('done');\n")
    done = ti2py("run", str(source), "--data-dir", str(tmp_path / "data"))
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["[INFO] hello 42", "[ALERT] done"]


def test_run_reports_a_missing_button_and_bad_push(tmp_path: Path) -> None:
    source = tmp_path / "app.js"
    source.write_text("Ti.UI.createButton({title: 'A'});\n")
    tap = ti2py("run", str(source), "--data-dir", str(tmp_path / "d"), "--tap", "B")
    assert tap.returncode == 2 and "nothing to tap titled 'B' (no window is open; views: 'A')" in tap.stderr
    push = ti2py("run", str(source), "--data-dir", str(tmp_path / "d"), "--push", "{not json")
    assert push.returncode == 2 and "--push needs a JSON object" in push.stderr


def test_run_times_out_with_exit_3(tmp_path: Path) -> None:
    source = tmp_path / "app.js"
    source.write_text("setInterval(function () {}, 50);\n")
    done = ti2py("run", str(source), "--data-dir", str(tmp_path / "d"), "--timeout", "0.5")
    assert done.returncode == 3 and "timed out" in done.stderr


def test_installed_console_script_exists() -> None:
    script = Path(sys.executable).parent / "ti2py"
    assert script.is_file(), "pip install should put a ti2py command next to python"
