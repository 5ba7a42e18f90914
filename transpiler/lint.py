"""Titanium checks driven by the API the runtime models: mistakes a device would only show at run time.

* a method name that differs only in case from a real one (``session.DownloadTask``,
  ``Ti.Network.createHttpClient``), the names read from the runtime's classes
  (transpiler/ti_api_names.py, generated from runtime/ti/catalog.py);
* a variable that is read but never assigned anywhere (always ``undefined``);
* old-generation ``urlSession`` functions (deprecated in module 2.1.0);
* ``urlSession.downloadTask`` on the module, which the native module lacks (the seed's usage);
* ``Ti.App.iOS`` event names that do not exist.
"""

from __future__ import annotations

from . import ir
from .diagnostics import Diagnostics
from .passes.hoist import var_names
from .ti_api_names import METHODS, VALUES

URLSESSION_MODULE = "com.appcelerator.urlSession"
DEPRECATED = {
    "createURLSessionBackgroundConfiguration": "createSessionConfiguration({identifier: ...})",
    "createURLSession": "createSession({configuration: ...})",
    "backgroundDownloadTaskWithURL": "session.downloadTask({url: ...})",
    "finishTasksAndInvalidate": "session.finishTasksAndInvalidate()",
    "invalidateAndCancel": "session.invalidateAndCancel()",
}
# Methods the runtime answers without declaring them, so its classes cannot list them: Ti.UI makes
# a factory for any view kind (UI.__getattr__; the modelled kinds are derived below), every view
# has `add` (GenericProxy), and Ti.App.iOS has SDK methods the runtime does not model.
UNDECLARED_METHODS: dict[str, tuple[str, ...]] = {
    "Ti.UI": ("createLabel",),
    "Ti.UI.View": ("add",),
    "Ti.App.iOS": ("cancelAllLocalNotifications", "registerBackgroundService"),
}


def _methods_by_class() -> dict[str, frozenset[str]]:
    """The runtime's methods of each Ti class with the undeclared ones: a factory on Ti.UI for each
    modelled view kind, and every view kind the methods of Ti.UI.View (`add`)."""
    by_class = {js_class: set(names) for js_class, names in METHODS.items()}
    for js_class, names in UNDECLARED_METHODS.items():
        by_class.setdefault(js_class, set()).update(names)
    views = [js_class for js_class in by_class if js_class.startswith("Ti.UI.")]
    by_class.setdefault("Ti.UI", set()).update(f"create{js_class.rsplit('.', 1)[1]}" for js_class in views)
    for js_class in views:
        by_class[js_class].update(by_class["Ti.UI.View"])
    return {js_class: frozenset(names) for js_class, names in by_class.items()}


def _by_lowercase(names: frozenset[str]) -> dict[str, str]:
    """Each name by its lowercase spelling (the first in sorted order where two share one)."""
    index: dict[str, str] = {}
    for name in sorted(names):
        index.setdefault(name.lower(), name)
    return index


METHODS_BY_CLASS = _methods_by_class()  # Ti class (js_class) -> the method names JS can call on it
KNOWN_METHODS: frozenset[str] = frozenset().union(*METHODS_BY_CLASS.values())
# Looked up for every call of a method that is not Ti's (push, toFixed...), so indexed once here.
_CASE_INDEX = {js_class: _by_lowercase(names) for js_class, names in METHODS_BY_CLASS.items()}
_KNOWN_CASE_INDEX = _by_lowercase(KNOWN_METHODS)
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


# The kinds of node the checks below look at (exact classes: no IR node class has subclasses).
_LINTED = frozenset({ir.Call, ir.Member, ir.Prop, ir.Assign, ir.VarDecl, ir.ForIn, ir.ForOf, ir.Function})

MODE_FOR_EVENT = {"backgroundfetch": "fetch", "silentpush": "remote-notification"}


def lint(program: ir.Program, diag: Diagnostics, declared_modes: list[str] | None = None,
         nodes: list[ir.Node] | None = None) -> list[str]:
    """Report Titanium mistakes; return the UIBackgroundModes the code's listeners need.
    ``nodes``: every node of ``program.main`` in the order of :func:`ir.walk`, if the caller has them."""
    assert program.main is not None
    if nodes is None:
        nodes = list(ir.walk(program.main))  # walked once: every check reads this list
    nodes = [n for n in nodes if type(n) in _LINTED]  # (in walk order) the only kinds the checks read
    modes = _check_background_modes(nodes, diag, declared_modes)
    modules = _names_bound_to_urlsession(nodes)
    assigned = _assigned_anywhere(nodes)
    never_assigned = _declared_without_value(nodes) - assigned
    own_methods = _members_defined(nodes)
    reported_unassigned: set[str] = set()
    for node in nodes:
        if isinstance(node, ir.Call) and isinstance(node.callee, ir.Member) and isinstance(node.callee.prop, str):
            _check_call(node, node.callee, modules, own_methods, diag)
        if isinstance(node, ir.Member) and isinstance(node.obj, ir.Name):
            name = node.obj.id
            if name in never_assigned and name not in reported_unassigned:
                reported_unassigned.add(name)
                example = (f"assign it first, e.g. "
                           f"`{name} = urlSession.createSession({{configuration: sessionConfig}});`")
                diag.report("W102", node.loc.line, node.loc.col + 1, name=name, expression=_dotted(node),
                            hint=example if "session" in name.lower() else None)
    return modes


def _check_background_modes(nodes: list[ir.Node], diag: Diagnostics, declared: list[str] | None) -> list[str]:
    needed: list[str] = []
    for node in nodes:
        if not (isinstance(node, ir.Call) and isinstance(node.callee, ir.Member)
                and node.callee.prop == "addEventListener"
                and _dotted(node.callee.obj) in ("Ti.App.iOS", "Titanium.App.iOS") and node.args):
            continue
        event = node.args[0]
        if not (isinstance(event, ir.Literal) and event.value in MODE_FOR_EVENT):
            continue
        mode = MODE_FOR_EVENT[event.value]
        line, col = event.loc.line, event.loc.col + 1
        if declared is None:
            diag.report("W201", line, col, event=event.value, mode=mode)
        elif mode not in declared:
            diag.report("W202", line, col, event=event.value, mode=mode)
        if mode not in needed:
            needed.append(mode)
    return sorted(needed)


def _check_call(node: ir.Call, callee: ir.Member, modules: set[str], own_methods: set[str], diag: Diagnostics) -> None:
    method = str(callee.prop)
    line, col = node.loc.line, node.loc.col + 1
    receiver = _dotted(callee.obj)
    real = _case_variant(receiver, method) if method not in own_methods else None
    if real is not None:
        diag.report("W101", line, col, receiver=receiver, method=method, suggestion=real)
    elif method not in own_methods and _unmodelled(receiver, method):
        diag.report("W105", line, col, receiver=receiver, method=method)
    is_module = isinstance(callee.obj, ir.Name) and callee.obj.id in modules
    if is_module and method in DEPRECATED:
        diag.report("W103", line, col, receiver=receiver, method=method, replacement=DEPRECATED[method])
    if is_module and method == "downloadTask":
        diag.report("N201", line, col, receiver=receiver)
    if method == "addEventListener" and receiver in ("Ti.App.iOS", "Titanium.App.iOS") and node.args:
        event = node.args[0]
        if isinstance(event, ir.Literal) and isinstance(event.value, str) and event.value not in IOS_EVENTS:
            import difflib  # (only for a misspelt event: not on every start)

            guess = difflib.get_close_matches(event.value, IOS_EVENTS, n=1)
            diag.report("W104", event.loc.line, event.loc.col + 1, event=event.value,
                        suggestion=f"; did you mean `{guess[0]}`?" if guess else "")


def _case_variant(receiver: str, method: str) -> str | None:
    """The Titanium method that ``method`` spells in another case, or None.  A receiver that names
    a Ti object (``Ti.Network``) is checked against its own methods; any other receiver (a session
    in a variable) against every Ti class's, since its class is not known here."""
    if receiver == "Titanium" or receiver.startswith("Titanium."):
        receiver = "Ti" + receiver[len("Titanium"):]
    if method in METHODS_BY_CLASS.get(receiver, KNOWN_METHODS):
        return None
    return _CASE_INDEX.get(receiver, _KNOWN_CASE_INDEX).get(method.lower())


def _unmodelled(receiver: str, method: str) -> bool:
    """A call on a Ti object path (``Ti.Contacts.getAllPeople``) that the runtime does not model:
    the path names no modelled Ti class, or the method is not one of its class's (``setX``/
    ``getX`` accessors exist on every modelled proxy).  ``Ti.UI`` is left out (every one of its factories
    gives a view that keeps its properties)."""
    if receiver == "Titanium" or receiver.startswith("Titanium."):
        receiver = "Ti" + receiver[len("Titanium"):]
    if not (receiver == "Ti" or receiver.startswith("Ti.")) or receiver == "Ti.UI" or receiver.startswith("Ti.UI."):
        return False
    owner, _, last = receiver.rpartition(".")
    if last in VALUES.get(owner, ()):
        return False  # a method of a value the API gives (`Ti.version.split`): a string's, not Ti's
    methods = METHODS_BY_CLASS.get(receiver)
    if methods is None:
        return True  # a namespace the runtime does not model at all
    if len(method) > 3 and method[:3] in ("set", "get") and method[3].isupper():
        return False
    return method not in methods


def _members_defined(nodes: list[ir.Node]) -> set[str]:
    """Property names the program itself defines (object literal keys, `obj.name = ...`, class
    methods): a call of one is the app's own method, not a misspelt Titanium one."""
    names: set[str] = set()
    for node in nodes:
        if isinstance(node, ir.Prop) and isinstance(node.key, str):
            names.add(node.key)
        elif isinstance(node, ir.Assign) and isinstance(node.target, ir.Member) and isinstance(node.target.prop, str):
            names.add(node.target.prop)
    return names


def _names_bound_to_urlsession(nodes: list[ir.Node]) -> set[str]:
    names = set()
    for node in nodes:
        if isinstance(node, ir.VarDecl):
            for name, init in node.decls:
                if _is_require(init, URLSESSION_MODULE):
                    names.add(name)
        elif (isinstance(node, ir.Assign) and isinstance(node.target, ir.Name)
              and _is_require(node.value, URLSESSION_MODULE)):
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
