"""The live view of `ti2py run` on a terminal (a real pty): a row per transfer with bytes, speed
and time left, the app's ProgressBar gone once the app hides it, and a closing summary."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

from cli import on_a_terminal
from ti2py.runtime.devserver import DevServer, sample_png

APP = """
var urlSession = require('com.appcelerator.urlSession');
var bar = Ti.UI.createProgressBar({ min: 0, max: 1, value: 0, message: 'Fetching' });
bar.show();
var s = urlSession.createSession({configuration: urlSession.createSessionConfiguration({identifier: 'live.view'})});
Ti.App.iOS.addEventListener('downloadprogress', function (e) {
    bar.value = e.totalBytesWritten / e.totalBytesExpectedToWrite;
});
Ti.App.iOS.addEventListener('sessioncompleted', function (e) {
    bar.hide();
    Ti.App.iOS.scheduleLocalNotification({ alertBody: 'picture saved', date: new Date() });
    setTimeout(function () { missing(); }, 10);
});
s.downloadTask({ url: 'https://img.example.com/picture.png' });
"""
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def _on_a_terminal(args: list[str], env: dict[str, str]) -> tuple[int, str]:
    code, written = on_a_terminal(args, env, rows=40, columns=120)
    return code, ANSI.sub("", written.decode("utf-8", errors="replace"))


def test_transfers_show_bytes_speed_and_eta_then_a_summary(tmp_path: Path) -> None:
    source = tmp_path / "picture.js"
    source.write_text(APP)
    size = len(sample_png())
    env = dict(os.environ, TERM="xterm-256color", TI2PY_HOME=str(tmp_path / "home"))
    with DevServer(rate=1_500_000) as server:  # about 0.6 s for the picture: several frames
        code, screen = _on_a_terminal(
            [sys.executable, "-m", "ti2py.transpiler.cli", "run", str(source), "--fresh",
             "--url-map", f"https://img.example.com/={server.url}"], env)
    assert code == 5, screen  # the app's uncaught ReferenceError
    rows = re.findall(r"download 1 .*? (\d+)% ([\d.]+)/([\d.]+) kB ([\d.]+) [kM]?B/s ETA (\d+:\d\d:\d\d)", screen)
    assert rows, screen
    assert {float(total) for _, _, total, _, _ in rows} == {round(size / 1000, 1)}
    assert rows[-1][0] == "100" and float(rows[-1][1]) == round(size / 1000, 1)
    assert any(0 < int(percent) < 100 for percent, *_ in rows), "seen while it was running"
    # The app hid its bar when the download completed: later frames no longer draw it.
    assert "Fetching" in screen and "Fetching" not in screen.split("[NOTIFICATION] picture saved", 1)[1]
    summary = screen.split("ti2py run: summary", 1)[1]
    assert re.search(r"ran [\d.]+ s; \d+ events: downloadprogress x\d+", summary), summary
    assert "transfers: 1 done (" in summary and ", 0 failed" in summary
    assert "notifications: 1" in summary and "picture saved" in summary
    assert "errors: 1" in summary and "Uncaught ReferenceError" in summary
    assert len(summary.strip().splitlines()) < 20, "one screen"
