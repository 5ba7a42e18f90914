"""No process-wide runtime state: two Apps in one process never see each other, and an app that
assigns over the runtime's own properties (``session.tasks = null``) changes nothing the runtime
relies on."""

from __future__ import annotations

from pathlib import Path

import pytest

from ti2py.runtime import App, current_app
from ti2py.transpiler import convert


def _load(tmp_path: Path, name: str, source: str, **options: object) -> App:
    result = convert(source, f"{name}.js")
    assert result.code is not None, result.diagnostics.render()
    path = tmp_path / f"{name}.py"
    path.write_text(result.code)
    app = App(name, data_dir=tmp_path / name, out=None, **options)  # type: ignore[arg-type]
    app.load(path)
    assert app.run_until_idle(10)
    return app


def test_two_apps_in_one_process_never_see_each_other(tmp_path: Path) -> None:
    first = _load(tmp_path, "first", "this.counter = 2; console.time('t');\n"
                                     "Ti.API.info('first ' + this.counter);\n")
    second = _load(tmp_path, "second", "Ti.API.info('second ' + typeof counter); console.timeEnd('t');\n"
                                       "console.time('t');\n")
    again = _load(tmp_path, "third", "console.timeEnd('t'); Ti.API.info('third ' + typeof counter);\n")
    assert first.log_lines() == ["[INFO] first 2"]
    assert second.log_lines() == ["[INFO] second undefined"]  # no timer 't' in this app: timeEnd prints nothing
    assert again.log_lines() == ["[INFO] third undefined"]
    with pytest.raises(RuntimeError, match="no ti2py App is running"):
        current_app()  # outside any app's code there is no "current" app to fall back on
    ended = []
    first.call(lambda: ended.append(current_app() is first))
    assert first.run_until_idle(5) and ended == [True]


def test_assigning_over_runtime_state_changes_nothing_it_relies_on(tmp_path: Path, file_server) -> None:  # type: ignore[no-untyped-def]
    file_server.add("file.bin", b"x" * 5000)
    app = _load(tmp_path, "clobber", f"""
var urlSession = require('com.appcelerator.urlSession');
var session = urlSession.createSession({{configuration: urlSession.createSessionConfiguration({{identifier: 'c'}})}});
session.tasks = null; session.configuration = null; session.valid = false; urlSession.sessions = null;
Ti.UI.views = null; Ti.UI.windows = 0; Ti.App.iOS.pending_handlers = null; Ti.App.iOS.fetch_interval = -1;
Ti.Platform.opened_urls = 'x';
Ti.App.iOS.addEventListener('sessioncompleted', function (e) {{
  Ti.API.info('completed ' + e.success + ' ' + e.statusCode);
}});
var win = Ti.UI.createWindow();
var b = Ti.UI.createButton({{title: 'Get'}});
b.addEventListener('click', function () {{ session.downloadTask({{url: '{file_server.url}file.bin'}}); }});
win.add(b);
win.open();
Ti.Platform.openURL('tel:123');
""")
    app.tap("Get")
    assert app.run_until_idle(30)
    assert app.log_lines("INFO")[-1] == "[INFO] completed true 200"
    assert app.find_views("Button")[0].title == "Get" and app.opened_urls() == ["tel:123"]
    assert app.snapshot()["pendingHandlers"] == [] and app.device.fetch_interval > 1e300
    assert [line for line in app.log_lines("ERROR")] == []
