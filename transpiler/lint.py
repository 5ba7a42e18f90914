"""Titanium checks driven by a small schema of the API: mistakes a device would only show at run time.

* a method name that differs only in case from a real one (``session.DownloadTask``);
* a variable that is read but never assigned anywhere (always ``undefined``);
* old-generation ``urlSession`` functions (deprecated in module 2.1.0);
* ``urlSession.downloadTask`` on the module, which the native module lacks (the seed's usage);
* ``Ti.App.iOS`` event names that do not exist.
"""

from __future__ import annotations

import difflib

from . import ir
from .diagnostics import Diagnostics
from .passes.hoist import var_names

URLSESSION_MODULE = "com.appcelerator.urlSession"
SESSION_METHODS = ("downloadTask", "uploadTask", "dataTask", "finishTasksAndInvalidate", "invalidateAndCancel", "reset", "flush")
MODULE_METHODS = ("createSessionConfiguration", "createSession")
DEPRECATED = {
    "createURLSessionBackgroundConfiguration": "createSessionConfiguration({identifier: ...})",
    "createURLSession": "createSession({configuration: ...})",
    "backgroundDownloadTaskWithURL": "session.downloadTask({url: ...})",
    "finishTasksAndInvalidate": "session.finishTasksAndInvalidate()",
    "invalidateAndCancel": "session.invalidateAndCancel()",
}
IOS_METHODS = ("addEventListener", "removeEventListener", "fireEvent", "scheduleLocalNotification",
               "setMinimumBackgroundFetchInterval", "endBackgroundHandler", "registerUserNotificationSettings",
               "cancelAllLocalNotifications", "registerBackgroundService")
KNOWN_METHODS = SESSION_METHODS + MODULE_METHODS + tuple(DEPRECATED) + IOS_METHODS + (
    "registerForPushNotifications", "subscribeToken", "unsubscribeToken", "subscribe", "createWindow",
    "createProgressBar", "createImageView", "createButton", "createLabel", "createView", "getFile", "write",
    "read", "info", "warn", "error", "debug", "show", "hide", "open", "close", "add",
)
IOS_EVENTS = ("backgroundfetch", "silentpush", "backgroundtransfer", "downloadprogress", "uploadprogress",
              "downloadcompleted", "sessioncompleted", "sessioneventscompleted", "notification",
              "localnotificationaction", "remotenotificationaction", "usernotificationsettings",
              "watchkitextensionrequest", "pause", "resume", "paused", "resumed")


def _dotted(expr: ir.Expr) -> str:
    if isinstance(expr, ir.Name):
        return expr.id
    if isinstance(expr, ir.Member) and isinstance(expr.prop, str):
        return f"{_dotted(expr.obj)}.{expr.prop}"
    return "(...)"


MODE_FOR_EVENT = {"backgroundfetch": "fetch", "silentpush": "remote-notification"}


def lint(program: ir.Program, diag: Diagnostics, declared_modes: list[str] | None = None) -> list[str]:
    """Report Titanium mistakes; return the UIBackgroundModes the code's listeners need."""
    assert program.main is not None
    nodes = list(ir.walk(program.main))  # walked once: every check reads this list
    modes = _check_background_modes(nodes, diag, declared_modes)
    modules = _names_bound_to_urlsession(nodes)
    assigned = _assigned_anywhere(nodes)
    never_assigned = _declared_without_value(nodes) - assigned
    reported_unassigned: set[str] = set()
    for node in nodes:
        if isinstance(node, ir.Call) and isinstance(node.callee, ir.Member) and isinstance(node.callee.prop, str):
            _check_call(node, node.callee, modules, diag)
        if isinstance(node, ir.Member) and isinstance(node.obj, ir.Name):
            name = node.obj.id
            if name in never_assigned and name not in reported_unassigned:
                reported_unassigned.add(name)
                diag.warning(
                    "W102", f"`{name}` is used but never assigned: it is undefined here, so reading "
                    f"`{_dotted(node)}` throws a TypeError when this runs", node.loc.line, node.loc.col + 1,
                    hint=f"assign it first, e.g. `{name} = urlSession.createSession({{configuration: sessionConfig}});`"
                    if "session" in name.lower() else f"assign `{name}` before this line runs",
                )
    return modes


def _check_background_modes(nodes: list[ir.Node], diag: Diagnostics, declared: list[str] | None) -> list[str]:
    needed: list[str] = []
    for node in nodes:
        if not (isinstance(node, ir.Call) and isinstance(node.callee, ir.Member) and node.callee.prop == "addEventListener"
                and _dotted(node.callee.obj) in ("Ti.App.iOS", "Titanium.App.iOS") and node.args):
            continue
        event = node.args[0]
        if not (isinstance(event, ir.Literal) and event.value in MODE_FOR_EVENT):
            continue
        mode = MODE_FOR_EVENT[event.value]
        line, col = event.loc.line, event.loc.col + 1
        if declared is None:
            diag.warning("W201", f"`{event.value}` needs the `{mode}` background mode; no tiapp.xml declares it, "
                         "so ti2py enables it for this file", line, col,
                         hint=f"a device needs <key>UIBackgroundModes</key><array><string>{mode}</string></array> "
                              "in tiapp.xml")
        elif mode not in declared:
            diag.warning("W202", f"tiapp.xml does not declare the `{mode}` background mode: on a device this "
                         f"`{event.value}` listener is refused and never called", line, col,
                         hint=f"add <string>{mode}</string> to UIBackgroundModes in tiapp.xml")
        if mode not in needed:
            needed.append(mode)
    return sorted(needed)


def _check_call(node: ir.Call, callee: ir.Member, modules: set[str], diag: Diagnostics) -> None:
    method = str(callee.prop)
    line, col = node.loc.line, node.loc.col + 1
    receiver = _dotted(callee.obj)
    if method not in KNOWN_METHODS:
        close = [m for m in KNOWN_METHODS if m.lower() == method.lower()]
        if close:
            diag.warning("W101", f"`{receiver}.{method}` is not a method of the Titanium API; "
                         f"did you mean `{close[0]}`?", line, col,
                         hint="on a device this call throws a TypeError")
    is_module = isinstance(callee.obj, ir.Name) and callee.obj.id in modules
    if is_module and method in DEPRECATED:
        diag.warning("W103", f"`{receiver}.{method}` is deprecated since urlSession 2.1.0 (SDK 6.1.0)", line, col,
                     hint=f"use {DEPRECATED[method]}")
    if is_module and method == "downloadTask":
        diag.note("N201", f"`{receiver}.downloadTask` is not in the native module (it is a Session method); "
                  "ti2py runs it on the module's most recently created session, as the seed example expects",
                  line, col, hint="portable code calls session.downloadTask({url: ...})")
    if method == "addEventListener" and receiver in ("Ti.App.iOS", "Titanium.App.iOS") and node.args:
        event = node.args[0]
        if isinstance(event, ir.Literal) and isinstance(event.value, str) and event.value not in IOS_EVENTS:
            guess = difflib.get_close_matches(event.value, IOS_EVENTS, n=1)
            diag.warning("W104", f"Ti.App.iOS has no `{event.value}` event" + (f"; did you mean `{guess[0]}`?" if guess else ""),
                         event.loc.line, event.loc.col + 1)


def _names_bound_to_urlsession(nodes: list[ir.Node]) -> set[str]:
    names = set()
    for node in nodes:
        if isinstance(node, ir.VarDecl):
            for name, init in node.decls:
                if _is_require(init, URLSESSION_MODULE):
                    names.add(name)
        elif isinstance(node, ir.Assign) and isinstance(node.target, ir.Name) and _is_require(node.value, URLSESSION_MODULE):
            names.add(node.target.id)
    return names


def _is_require(expr: ir.Expr | None, module_id: str) -> bool:
    return (
        isinstance(expr, ir.Call) and isinstance(expr.callee, ir.Name) and expr.callee.id == "require"
        and len(expr.args) == 1 and isinstance(expr.args[0], ir.Literal) and expr.args[0].value == module_id
    )


def _assigned_anywhere(nodes: list[ir.Node]) -> set[str]:
    names = set()
    for node in nodes:
        if isinstance(node, ir.Assign) and isinstance(node.target, ir.Name):
            if not (isinstance(node.value, ir.Literal) and node.value.value is ir.UNDEFINED):
                names.add(node.target.id)
        elif isinstance(node, ir.VarDecl):
            names.update(n for n, init in node.decls if init is not None)
        elif isinstance(node, (ir.ForIn, ir.ForOf)):
            names.add(node.target)  # each iteration assigns the loop variable
        elif isinstance(node, ir.Function):
            names.update(node.params)
            if node.rest:
                names.add(node.rest)
            if node.name:
                names.add(node.name)
    return names


def _declared_without_value(nodes: list[ir.Node]) -> set[str]:
    names: set[str] = set()
    for node in nodes:
        if isinstance(node, ir.Function):
            names.update(var_names(node.body))
    return names
