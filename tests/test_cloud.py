"""ti.cloud's Users and Objects, modelled locally: JS apps run by the real ``ti2py run``.

The answers must have the shape the SDK's callbacks read (``success``, ``error``, ``code``,
``message``, records under ``users`` or the object's classname), arrive asynchronously, and the
store must outlive the run (one ACS app's data, in the app's data folder)."""

from __future__ import annotations

from pathlib import Path

from cli import run_app_lines

SIGN_UP_AND_USE = r"""
var Cloud = require('ti.cloud');
function show(label) {
    return function (e) {
        var parts = [label, e.success, e.error];
        if (!e.success) { parts.push(e.code, e.message); }
        Ti.API.info(parts.join(' | '));
        if (e.success && e.users) { Ti.API.info(label + ' user ' + e.users[0].username + ' ' + (e.users[0].password === undefined)); }
        if (e.success && e.tasks) { Ti.API.info(label + ' tasks ' + e.tasks.map(function (t) { return t.title + ':' + t.done; }).join(',')); }
    };
}
Ti.API.info('before any answer');
Cloud.Users.logout();  // no callback: nothing to answer, and nothing thrown
Cloud.Objects.create({classname: 'tasks', fields: {title: 'early'}}, show('create signed out'));
Cloud.Users.create({username: 'alice', password: 'pw1', password_confirmation: 'pw2'}, show('mismatch'));
Cloud.Users.create({username: 'alice', password: 'pw1', password_confirmation: 'pw1', first_name: 'Alice'}, show('sign up'));
Cloud.Users.create({username: 'alice', password: 'other', password_confirmation: 'other'}, show('again'));
Cloud.Objects.create({classname: 'tasks', fields: {title: 'milk', done: false, rank: 2}}, function (e) {
    show('create')(e);
    var id = e.tasks[0].id;
    Cloud.Objects.create({classname: 'tasks', fields: JSON.stringify({title: 'bread', done: false, rank: 1})}, show('create json'));
    Cloud.Objects.update({classname: 'tasks', id: id, fields: {done: true}}, show('update'));
    Cloud.Objects.query({classname: 'tasks', order: 'rank'}, show('all by rank'));
    Cloud.Objects.query({classname: 'tasks', where: {done: false}}, show('open'));
    Cloud.Objects.query({classname: 'tasks', where: {rank: {'$gte': 2}}}, show('rank >= 2'));
    Cloud.Objects.update({classname: 'tasks', id: 'nope', fields: {done: true}}, show('bad id'));
    Cloud.Users.logout(show('logout'));
    Cloud.Users.showMe(show('me after logout'));
});
"""

COME_BACK = r"""
var Cloud = require('ti.cloud');
Cloud.Users.login({login: 'alice', password: 'wrong'}, function (e) {
    Ti.API.info('wrong password | ' + e.success + ' | ' + e.code + ' | ' + e.message);
    Cloud.Users.login({login: 'alice', password: 'pw1'}, function (e) {
        Ti.API.info('login | ' + e.success + ' | ' + e.users[0].first_name);
        Cloud.Objects.query({classname: 'tasks', order: '-rank'}, function (e) {
            Ti.API.info('kept | ' + e.tasks.map(function (t) { return t.title; }).join(',') + ' | ' + e.meta.method_name);
        });
    });
});
"""


def test_users_and_objects_answer_as_acs_does(tmp_path: Path) -> None:
    lines = [line.removeprefix("[INFO] ") for line in run_app_lines(tmp_path, SIGN_UP_AND_USE)]
    assert lines == [
        "before any answer",
        "create signed out | false | true | 401 | You need to sign in or sign up before continuing.",
        "mismatch | false | true | 400 | Password confirmation doesn't match Password",
        "sign up | true | false",
        "sign up user alice true",
        "again | false | true | 400 | Username is already taken",
        "create | true | false",
        "create tasks milk:false",
        "create json | true | false",
        "create json tasks bread:false",
        "update | true | false",
        "update tasks milk:true",
        "all by rank | true | false",
        "all by rank tasks bread:false,milk:true",
        "open | true | false",
        "open tasks bread:false",
        "rank >= 2 | true | false",
        "rank >= 2 tasks milk:true",
        "bad id | false | true | 400 | Invalid object id",
        "logout | true | false",
        "me after logout | false | true | 401 | You need to sign in or sign up before continuing.",
    ]
    # The next run of the same app (same data folder) finds the user and the objects.
    lines = [line.removeprefix("[INFO] ") for line in run_app_lines(tmp_path, COME_BACK)]
    assert lines == [
        "wrong password | false | 401 | Invalid email/username or password",
        "login | true | Alice",
        "kept | milk,bread | queryObjects",
    ]
