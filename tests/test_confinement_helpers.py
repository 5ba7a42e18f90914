"""Python attributes of runtime values that are not JS properties stay invisible to JS (issue 14,
point 2): a JS array is a Python list, yet `[].append` is undefined; a Ti proxy is a Python
object, yet its runtime helpers (`properties()`, `listeners()`, `Ti.UI.find`) are not JS API.
Each program runs through the shipped CLI and prints what a JS engine (node, for the plain-JS
parts) prints."""

from __future__ import annotations

from pathlib import Path

from cli import run_app_lines


def _run(tmp_path: Path, source: str) -> list[str]:
    return run_app_lines(tmp_path, source)


def test_python_list_methods_are_not_array_properties(tmp_path: Path) -> None:
    names = ["append", "extend", "copy", "clear", "count", "index", "insert", "remove"]
    lines = _run(tmp_path, f"""
var names = {names!r};
var a = [1, 2, 3];
var seen = names.map(function (n) {{ return typeof a[n] + '/' + (n in a); }});
Ti.API.info(seen.join(' '));
Ti.API.info(typeof a.append, typeof a.extend, typeof a.copy, 'append' in a, a.hasOwnProperty('copy'));
var f = function (x) {{ return [typeof x.insert, typeof x.remove, typeof x.index]; }};
Ti.API.info(f(a).join());
a.push(4);
Ti.API.info(a.join(), a.length, 'map' in a, 'push' in a, typeof a.map);
""")
    assert lines == [
        "[INFO] " + " ".join(["undefined/false"] * 8),
        "[INFO] undefined undefined undefined false false",
        "[INFO] undefined,undefined,undefined",
        "[INFO] 1,2,3,4 4 true true function",
    ]


def test_list_method_names_are_ordinary_array_data(tmp_path: Path) -> None:
    lines = _run(tmp_path, """
var a = [1, 2];
a.append = 'x'; a['extend'] = 5; a.foo = 7; a['x-y'] = 8;
a.push(3);
a.unshift(0);
var more = a.concat([4]);
Ti.API.info(a.append, a.extend, a.foo, a['x-y'], a.join(), more.join(), a.length);
Ti.API.info(a.hasOwnProperty('append'), 'extend' in a, Object.keys(a).length);
delete a.append;
Ti.API.info(typeof a.append, a.hasOwnProperty('append'));
""")
    assert lines == [
        "[INFO] x 5 7 8 0,1,2,3 0,1,2,3,4 4",
        "[INFO] true true 8",
        "[INFO] undefined false",
    ]


def test_ti_proxy_runtime_helpers_are_not_js_api(tmp_path: Path) -> None:
    # Modelled proxies have no such members; unmodelled views (and Ti.UI's unknown members) are
    # device stand-ins whose unknown methods do nothing, so calling them reaches nothing either.
    lines = _run(tmp_path, """
var view = Ti.UI.createView({width: 10});
var win = Ti.UI.createWindow();
win.add(view);
var handler = function () { Ti.API.info('clicked ' + view.properties); };
view.addEventListener('click', handler);
var modelled = [Ti.App.iOS, Ti.Network, Ti.Filesystem.getFile('x.txt'), Ti.createBuffer({length: 2}), Ti.App.Properties];
var names = ['properties', 'listeners', 'find', 'bytes', 'push_callback', 'js_class', 'js_json_properties', 'walk', 'tap'];
Ti.API.info(modelled.map(function (p) {
  return names.map(function (n) { return typeof p[n]; }).join(',');
}).join(' | '));
var button = Ti.UI.createButton({title: 'b'});
var results = [view.properties(), view.listeners('click'), Ti.UI.find('View'), view.js_class, win.listeners, button.walk, button.tap];
Ti.API.info(results.map(function (r) { return Array.isArray(r) || typeof r === 'string' || (r !== undefined && r[0] === handler); }).join(), view.width);
view.properties = 'mine';
view.fireEvent('click');
""")
    assert lines == [
        "[INFO] " + " | ".join([",".join(["undefined"] * 9)] * 5),
        "[INFO] false,false,false,false,false,false,false 10",
        "[INFO] clicked mine",
    ]
