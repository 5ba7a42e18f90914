"""The seed's three apps and our own samples, end to end with the CLI, against a local HTTP server the test starts."""

from __future__ import annotations

import json
from pathlib import Path

from cli import DOG_PATH, SAMPLES, SEED_PREFIX, ti2py
from conftest import reply


def _convert(name: str, tmp_path: Path) -> Path:
    out = tmp_path / "app.py"
    done = ti2py("convert", str(SAMPLES / name), "-o", str(out))
    assert done.returncode == 0, done.stderr
    return out


def _run(app: Path, server, tmp_path: Path, *actions: str, exit_code: int = 0) -> tuple[object, dict]:
    report = tmp_path / "report.json"
    done = ti2py(
        "run", str(app), "--url-map", f"{SEED_PREFIX}={server.url}", "--data-dir", str(tmp_path / "data"),
        "--report", str(report), "--trace", "--timeout", "60", *actions,
    )
    assert done.returncode == exit_code, done.stdout + done.stderr
    return done, json.loads(report.read_text())


def _view(state: dict, kind: str) -> dict:
    return next(v for v in state["ui"] if v["class"] == f"Ti.UI.{kind}")


def _assert_downloaded(state: dict, payload: bytes) -> None:
    progress = _view(state, "ProgressBar")
    history = [v for v in progress["history"] if isinstance(v, (int, float))]
    assert history[0] == 0 and history[-1] == 1, history
    assert history == sorted(history), "progress must only rise"
    image = _view(state, "ImageView")["properties"]["image"]
    assert image["blob"] and image["length"] == len(payload)
    assert Path(image["nativePath"]).read_bytes() == payload
    assert progress["visible"] is False  # hidden again in downloadcompleted


def test_url_session_download_example(tmp_path: Path, file_server, payload: bytes) -> None:
    file_server.add(DOG_PATH, payload)
    app = _convert("seed/url_session_download.js", tmp_path)
    done, state = _run(app, file_server, tmp_path, "--tap", "Download Image (url)")
    out = done.stdout
    assert "[INFO] Download completed: {" in out
    assert '"success":true,"errorCode":0,"statusCode":200' in out
    assert "[ALERT] Downloads completed successfully." in out
    assert "[NOTIFICATION] Download completed!" in out
    assert out.index("[EVENT] downloadcompleted") < out.index("[EVENT] sessioncompleted")
    _assert_downloaded(state, payload)


def test_background_fetch_example(tmp_path: Path, file_server, payload: bytes) -> None:
    file_server.add(DOG_PATH, payload)
    app = _convert("seed/background_fetch.js", tmp_path)
    done, state = _run(app, file_server, tmp_path, "--background-fetch")
    out = done.stdout
    assert "[INFO] backgroundfetch: {\"handlerId\":\"Fetch-" in out
    assert "[NOTIFICATION] Background download initiated ..." in out
    assert "[NOTIFICATION] Download completed!" in out
    assert "[ALERT] Downloads completed successfully." in out
    # The app is in the background: iOS wakes it for the session's events and says when they are done.
    order = [line.split()[1] for line in out.splitlines() if line.startswith("[EVENT]")]
    assert order.index("backgroundtransfer") < order.index("downloadcompleted") < order.index("sessioneventscompleted")
    assert state["app"]["state"] == "background" and state["pendingHandlers"] == [
        h for h in state["pendingHandlers"] if h.startswith("Session-")
    ]
    _assert_downloaded(state, payload)


def test_silent_push_example_as_written_stops_at_its_type_error(tmp_path: Path, file_server, payload: bytes) -> None:
    url = file_server.add(DOG_PATH, payload)
    app = _convert("seed/silent_push.js", tmp_path)
    push = json.dumps({"alert": "", "content-available": 1, "download_url": url})
    # The app's uncaught TypeError makes the run exit 5 (--exit-zero would keep 0).
    done, state = _run(app, file_server, tmp_path, "--push", push, exit_code=5)
    assert done.stderr.strip().endswith("1 uncaught error (exit 5; --exit-zero to exit 0)")
    out = done.stdout
    assert "[INFO] Subscribed" in out
    assert '[INFO] silentpush: {"aps":{"alert":"","content-available":1},"download_url":' in out
    assert ("[ERROR] Uncaught TypeError: undefined is not an object (evaluating 'session.DownloadTask') "
            "(silent_push.js:42:5)") in out
    assert "[NOTIFICATION]" not in out and "downloadcompleted" not in out
    assert not [p for p in state["log"] if "Download completed" in p]


def test_silent_push_fixed_sample_downloads(tmp_path: Path, file_server, payload: bytes) -> None:
    url = file_server.add(DOG_PATH, payload)
    app = _convert("silent_push_fixed.js", tmp_path)
    push = json.dumps({"alert": "", "content-available": 1, "download_url": url})
    done, state = _run(app, file_server, tmp_path, "--push", push)
    out = done.stdout
    assert "[INFO] Subscribed" in out and "[ERROR]" not in out
    assert "[NOTIFICATION] Background download initiated ..." in out
    assert "[ALERT] Downloads completed successfully." in out
    _assert_downloaded(state, payload)
    registry = json.loads((tmp_path / "home" / "push-registry.json").read_text())
    assert len(registry["silent_push"]) == 1 and len(registry["silent_push"][0]) == 64


def test_broken_snippet_fails_well(tmp_path: Path) -> None:
    out = tmp_path / "snippet.py"
    out.write_text("# previous output\n")
    snippet = SAMPLES / "seed" / "broken_snippet.js"
    done = ti2py("convert", str(snippet), "-o", str(out))
    assert done.returncode == 1
    lines = done.stderr.splitlines()
    assert lines[0] == f"{snippet}:8:1: error: Unexpected token }} [E001]"
    assert lines[1].strip() == "});" and lines[2].strip() == "^"
    assert "object literal needs `key: value`" in done.stderr and "on line 7" in done.stderr
    assert "Traceback" not in done.stderr
    assert out.read_text() == "# previous output\n", "a failed conversion must not touch the output"
    assert not [p for p in tmp_path.iterdir() if p.name != "snippet.py"], "no temp files left behind"


def test_modern_sync_sample_fetches_then_downloads(tmp_path: Path, scripted_server) -> None:
    """async/await around an HTTPClient Promise, in a background fetch, starting URL-session
    downloads: the sample in today's JavaScript runs end to end through the CLI."""
    feed = {"updated": "2026-11-25", "items": [{"file": "a.bin"}, {"file": "b.bin"}]}
    scripted_server.route("/feed.json", lambda h: reply(h, json.dumps(feed).encode(), content_type="application/json"))
    scripted_server.route("/a.bin", lambda h: reply(h, b"a" * 100_000))
    scripted_server.route("/b.bin", lambda h: reply(h, b"b" * 200_000))
    app = _convert("modern_sync.js", tmp_path)
    run = ti2py("run", str(app), "--url-map", f"https://api.example.com/={scripted_server.url}", "--data-dir",
                str(tmp_path / "data"), "--background-fetch", "--timeout", "30")
    assert run.returncode == 0 and "[ERROR]" not in run.stdout, run.stdout + run.stderr
    lines = run.stdout.splitlines()
    assert lines[:2] == ["[INFO] last sync: never", "[INFO] feed has 2 items"]
    assert sorted(lines[2:]) == sorted([
        "[INFO] downloaded task 1: 100000 bytes", "[INFO] session task 1 success=true",
        "[INFO] downloaded task 2: 200000 bytes", "[INFO] session task 2 success=true"])
    again = ti2py("run", str(app), "--data-dir", str(tmp_path / "data"), "--timeout", "5")
    assert "[INFO] last sync: 2026-11-25" in again.stdout, "the property was saved"
