"""Static type knowledge, so the emitter pays for JS semantics only where Python would differ.

``infer(expr)`` gives a :class:`JSType` or None (unknown).  Variables get a type only when every
assignment in the program gives that type
and none can leave them undefined (no bare ``var x;``, not a parameter).  The Titanium schema adds
what the API returns and what event payloads hold.
"""

from __future__ import annotations


from typing import Any, Callable

from . import ir
from .jstype import JSON_STRINGIFIABLE, JSType
from .names import GLOBALS
from .flow import FunctionFlow, assigned_elsewhere, own_returns

def _typed(kind: JSType | None, *names: str) -> dict[str, JSType | None]:
    return dict.fromkeys(names, kind)


# Fields of Ti event payloads and what they hold (as the SDK's iOS events document them); the
# numbers among them are integers (byte counts, task ids, error and HTTP status codes).
EVENT_FIELDS = {
    **_typed(JSType.NUM, "totalBytesWritten", "totalBytesExpectedToWrite", "bytesWritten", "totalBytesSent",
             "totalBytesExpectedToSend", "bytesSent", "taskIdentifier", "errorCode", "statusCode"),
    **_typed(JSType.STR, "handlerId", "sessionIdentifier", "sessionId", "deviceToken", "responseText"),
    **_typed(None, "message", "success"),
}

# Calls whose result type is fixed.
CALL_RESULTS = {
    **{("Math", name): JSType.NUM for name in ("floor", "ceil", "round", "abs", "random", "max", "min", "sqrt")},
    ("Date", "now"): JSType.NUM,
}
GLOBAL_CALL_RESULTS = {name: g.call_type for name, g in GLOBALS.items() if g.call_type}
# What JSArray / string methods return, when the receiver's type is known.
ARRAY_RESULTS = {
    **_typed(JSType.ARRAY, "slice", "concat", "map", "filter", "sort", "reverse", "splice"),
    **_typed(JSType.STR, "join", "toString"),
    **_typed(JSType.NUM, "indexOf", "push", "unshift"),
    **_typed(JSType.BOOL, "some", "every"),
}
STRING_RESULTS = {
    **_typed(JSType.ARRAY, "split"),
    **_typed(JSType.STR, "substring", "substr", "slice", "charAt", "toUpperCase", "toLowerCase", "trim", "replace",
             "concat", "repeat"),
    **_typed(JSType.NUM, "indexOf", "lastIndexOf", "charCodeAt"),
}
METHOD_RESULTS = {
    **_typed(JSType.NUM, "getTime", "indexOf"),
    **_typed(JSType.STR, "toFixed", "toUpperCase", "toLowerCase", "trim", "join", "toString", "substring", "charAt"),
}


# Array methods whose callback gets (item, index, array), and methods that return the same items.
ITEM_CALLBACKS = frozenset({"filter", "map", "forEach", "some", "every", "find", "findIndex"})
ARRAY_VIEWS = frozenset({"slice", "filter", "sort", "reverse"})
# Uses of an array that neither store a non-integer in it nor let it escape.
READ_METHODS = ITEM_CALLBACKS | ARRAY_VIEWS | frozenset({
    "indexOf", "lastIndexOf", "includes", "join", "reduce", "concat", "pop", "shift", "toString"})


# Kinds of value that are never a Python str, int, float or bool at run time.
OBJECT_KINDS = frozenset({JSType.OBJECT, JSType.ARRAY, JSType.FUNCTION, JSType.REGEXP})


def _titanium_root(expr: ir.Expr, assignments: dict[str, list[ir.Expr | None]]) -> bool:
    """``Ti.App.iOS``, ``Titanium.Network``: a member chain of the Ti namespace (which the program
    does not bind), or a call of one (``Ti.UI.createButton(...)``: a Ti proxy)."""
    if isinstance(expr, ir.Call):
        expr = expr.callee
    while isinstance(expr, ir.Member) and not expr.computed:
        expr = expr.obj
    return isinstance(expr, ir.Name) and expr.id in ("Ti", "Titanium") and expr.id not in assignments


def _titanium_listeners(calls: list[ir.Node], assignments: dict[str, list[ir.Expr | None]]) -> set[str]:
    """Names of the functions given to a Ti object's ``addEventListener``: the runtime calls
    them with an event object (a program's own ``addEventListener`` may pass anything).  The
    object is a Ti namespace or proxy, or a variable only ever given one."""
    def titanium(expr: ir.Expr) -> bool:
        if isinstance(expr, ir.Name):
            values = assignments.get(expr.id, [])
            return bool(values) and all(v is not None and _titanium_root(v, assignments) for v in values)
        return isinstance(expr, ir.Member) and _titanium_root(expr, assignments)

    given: dict[str, bool] = {}  # (a name given to another object's addEventListener too: not one)
    for call in calls:
        if isinstance(call, ir.Call) and isinstance(call.callee, ir.Member) and call.callee.prop == "addEventListener" \
                and len(call.args) > 1 and isinstance(call.args[1], ir.Name):
            given[call.args[1].id] = given.get(call.args[1].id, True) and titanium(call.callee.obj)
    return {name for name, ok in given.items() if ok}


def _event_reads(listener: ir.Function) -> set[int]:
    """The reads of ``listener``'s first parameter inside it: the event object the runtime
    passes, unless something in it may bind or change that name (a nested declaration, an
    assignment, a catch clause, a ``with`` body, ``arguments`` or ``eval``): then none."""
    if listener.defaults:
        return set()  # (a default value may assign the parameter)
    event = listener.params[0]
    reads: set[int] = set()
    for stmt in listener.body:
        for node in ir.walk(stmt):
            if isinstance(node, ir.Name):
                if node.id in ("arguments", "eval"):
                    return set()
                if node.id == event:
                    reads.add(id(node))
            elif ir.assigned_name(node) == event or isinstance(node, ir.WithName) and node.key == event \
                    or isinstance(node, ir.VarDecl) and any(name == event for name, _ in node.decls) \
                    or isinstance(node, ir.Try) and node.param == event \
                    or isinstance(node, ir.Function) and (event in node.params or event in (node.rest, node.name)):
                return set()
    return reads


def _scan_array_uses(nodes: list[ir.Node], callees: dict[int, ir.Call]) -> tuple[
        dict[str, int], dict[str, int], dict[str, list[ir.Expr]], set[str]]:
    """How each name is used as an array, for every name (the rounds of typing callbacks pick
    their candidates from it): reads of the name, the uses that keep an array of integers one
    (assigned, indexed, its length, read methods, pushes), the pushed values, and the names whose
    items are written some other way."""
    seen: dict[str, int] = {}
    allowed: dict[str, int] = {}
    pushed: dict[str, list[ir.Expr]] = {}
    bad: set[str] = set()
    for node in nodes:
        kind = type(node)  # (exact classes: no IR node class has subclasses)
        if kind is ir.Name:
            seen[node.id] = seen.get(node.id, 0) + 1  # type: ignore[attr-defined]
        elif isinstance(node, ir.Assign):
            target = node.target
            if isinstance(target, ir.Name):
                allowed[target.id] = allowed.get(target.id, 0) + 1
            elif isinstance(target, ir.Member) and isinstance(target.obj, ir.Name):
                bad.add(target.obj.id)  # `a[i] = x`, `a.length = n`
        elif isinstance(node, (ir.Update, ir.Unary)):
            if isinstance(node.arg, ir.Member) and isinstance(node.arg.obj, ir.Name) \
                    and (isinstance(node, ir.Update) or node.op == "delete"):
                bad.add(node.arg.obj.id)
        elif isinstance(node, ir.Member) and isinstance(node.obj, ir.Name):
            name = node.obj.id
            call = callees.get(id(node))
            if node.computed or node.prop == "length" or (call is not None and node.prop in READ_METHODS):
                allowed[name] = allowed.get(name, 0) + 1
            elif call is not None and node.prop in ("push", "unshift"):
                allowed[name] = allowed.get(name, 0) + 1
                pushed.setdefault(name, []).extend(call.args)
    return seen, allowed, pushed, bad


def _natural_arrays(types: "Types", uses: "_CallbackUses", assignments: dict[str, list[ir.Expr | None]]) -> set[str]:
    """Array variables that only ever hold non-negative integers: assigned such arrays, pushed
    such numbers, otherwise only read (an array passed anywhere else could be changed there)."""
    candidates = {name for name, kind in types.names.items() if kind == JSType.ARRAY}
    if not candidates:
        return set()
    if uses.array_scan is None:  # (the program does not change between rounds: scanned once)
        uses.array_scan = _scan_array_uses(uses.array_uses, uses.callees)
    seen, allowed, pushed, bad = uses.array_scan
    return types.narrow(
        "natural_arrays", {name for name in candidates - bad if seen.get(name, 0) == allowed.get(name, 0)},
        lambda name: all(v is not None and types.is_natural_array(v) for v in assignments.get(name, [None]))
        and all(not isinstance(a, ir.Spread) and types.is_natural(a) for a in pushed.get(name, [])))


def _int_maps(types: "Types", nodes: list[ir.Node], parents: dict[int, ir.Node],
              assignments: dict[str, list[ir.Expr | None]]) -> set[str]:
    """Object variables used as maps of integers: made by literals of integer values, every
    property write an integer, every other use a read (``o[k]``, ``k in o``, ``for (k in o)``,
    ``delete o[k]``, ``JSON.stringify(o)``); ``o[k]`` is then an integer or undefined."""
    candidates = {name for name, kind in types.names.items() if kind == JSType.OBJECT}
    if not candidates:
        return set()
    written: dict[str, list[ir.Expr]] = {}
    bad: set[str] = set()
    for node in nodes:
        if not (isinstance(node, ir.Name) and node.id in candidates):
            continue
        parent = parents.get(id(node))
        if isinstance(parent, ir.Member) and parent.obj is node:
            grand = parents.get(id(parent))
            if isinstance(grand, ir.Assign) and grand.target is parent:
                if grand.op != "=":
                    bad.add(node.id)
                written.setdefault(node.id, []).append(grand.value)
            elif isinstance(grand, ir.Update) or isinstance(grand, ir.Call) and grand.callee is parent \
                    and parent.prop != "hasOwnProperty":
                bad.add(node.id)
        elif isinstance(parent, ir.ForIn) and parent.obj is node or isinstance(parent, ir.Binary) and parent.op == "in":
            continue
        elif isinstance(parent, ir.Call) and isinstance(parent.callee, ir.Member) and (
                isinstance(parent.callee.obj, ir.Name) and (parent.callee.obj.id, parent.callee.prop)
                in (("JSON", "stringify"), ("Object", "keys"))):
            continue
        elif not (isinstance(parent, ir.Assign) and parent.target is node):
            bad.add(node.id)  # passed, returned, stored, compared: it could change anywhere

    def literal_of_ints(value: ir.Expr | None) -> bool:
        return isinstance(value, ir.ObjectLit) and all(
            p.kind == "init" and not isinstance(p.value, ir.Spread) and types.is_int(p.value) for p in value.props)

    return types.narrow(
        "int_maps", candidates - bad,
        lambda name: all(literal_of_ints(v) for v in assignments.get(name, [None]))
        and all(types.is_int(v) for v in written.get(name, [])))


def _present_reads(types: "Types", nodes: list[ir.Node]) -> set[int]:
    """``o[k]`` inside ``for (k in o)`` over an integer map, where the body neither deletes from
    ``o`` nor assigns ``k``: the key is there, so the read is an integer."""
    found: set[int] = set()
    for loop in nodes:
        if not (isinstance(loop, ir.ForIn) and isinstance(loop.obj, ir.Name) and loop.obj.id in types.int_maps):
            continue
        obj, key = loop.obj.id, loop.target
        inside = [n for stmt in loop.body for n in ir.walk(stmt)]
        if any(isinstance(n, ir.Unary) and n.op == "delete" or isinstance(n, ir.Function)
               or isinstance(n, ir.Assign) and isinstance(n.target, ir.Name) and n.target.id in (obj, key)
               for n in inside):
            continue
        found.update(id(n) for n in inside if isinstance(n, ir.Member) and n.computed and isinstance(n.obj, ir.Name)
                     and n.obj.id == obj and isinstance(n.prop, ir.Name) and n.prop.id == key)
    return found


def _ends_in_return(body: list[ir.Stmt]) -> bool:
    real = [s for s in body if not isinstance(s, ir.CommentOnly)]
    return bool(real) and isinstance(real[-1], (ir.Return, ir.Throw))


def _known_functions(kinds: dict[type, list[ir.Node]], main: ir.Function | None) -> dict[str, list[ir.Function]]:
    """Names bound only by function declarations (never a variable, parameter or target);
    ``kinds``: the program's nodes by class, each list in walk order."""
    defs: dict[str, list[ir.Function]] = {}
    rebound = assigned_elsewhere(kinds)
    for decl in kinds.get(ir.FunctionDecl, []):
        if isinstance(decl, ir.FunctionDecl) and decl.fn.name and decl.fn is not main:
            defs.setdefault(decl.fn.name, []).append(decl.fn)
    for assign in kinds.get(ir.Assign, []):
        if isinstance(assign, ir.Assign) and isinstance(assign.target, ir.Name):
            rebound.add(assign.target.id)
    for var in kinds.get(ir.VarDecl, []):
        if isinstance(var, ir.VarDecl):
            rebound.update(name for name, _ in var.decls)
    return {name: fns for name, fns in defs.items() if name not in rebound}


PENDING = JSType.PENDING
# The nodes that give a variable a value (what Types records first, for every variable).
_BINDING_KINDS = frozenset({ir.VarDecl, ir.Assign, ir.WithName, ir.Update, ir.Function, ir.ForIn, ir.ForOf, ir.Try})


class _CallbackUses:
    """What each round of typing callbacks reads, listed once: the program's names and functions
    (walk order), the nodes that use arrays, each call by its callee and by its one argument."""

    def __init__(self, names: list[ir.Name], functions: list[ir.Function], array_uses: list[ir.Node],
                 callees: dict[int, ir.Call], arg_of: dict[int, ir.Call]) -> None:
        self.names, self.functions, self.array_uses = names, functions, array_uses
        self.callees, self.arg_of = callees, arg_of
        self.callback_names = {fn.name for fn in functions if fn.name and fn.params}
        self.array_scan: tuple[dict[str, int], dict[str, int], dict[str, list[ir.Expr]], set[str]] | None = None


class Types:
    """Types of program variables, computed once from every assignment in the program."""

    # Refinements of number, string and array variables, each a greatest fixed point (see narrow).
    int_names: set[str]
    natural_names: set[str]
    int_maps: set[str]
    ascii_names: set[str]
    natural_arrays: set[str]

    def __init__(self, program: ir.Program, nodes: list[ir.Node] | None = None,
                 parents: dict[int, ir.Node] | None = None, kinds: dict[type, list[ir.Node]] | None = None) -> None:
        self.names: dict[str, JSType | None] = {}
        # ids of the reads of listeners' event parameters (see _event_reads): an event object.
        self.event_reads: set[int] = set()
        assignments: dict[str, list[ir.Expr | None]] = {}
        decremented: set[str] = set()  # targets of `--` (an update is recorded as a number)
        param_slots: dict[tuple[int, int], tuple[str, int]] = {}  # (function, index) -> where its entry is
        if nodes is None or parents is None:
            nodes, parents = ir.nodes_and_parents(program.main or program)
        binding_kinds = _BINDING_KINDS
        for node in nodes:
            kind = type(node)
            if kind not in binding_kinds:  # most nodes: one look-up (no IR node class has subclasses)
                continue
            if isinstance(node, ir.VarDecl):
                for name, init in node.decls:
                    assignments.setdefault(name, []).append(init)
            elif isinstance(node, ir.Assign):
                if isinstance(node.target, ir.Name):
                    value = node.value if node.op == "=" else ir.Binary(node.op[:-1], node.target, node.value)
                    assignments.setdefault(node.target.id, []).append(value)
            elif isinstance(node, ir.WithName):
                if isinstance(node.name, ir.Name):
                    assignments.setdefault(node.name.id, []).append(None)  # a `with` body may assign it anything
            elif isinstance(node, ir.Update):
                if isinstance(node.arg, ir.Name):
                    assignments.setdefault(node.arg.id, []).append(ir.Literal(0))
                    if node.op == "--":
                        decremented.add(node.arg.id)
            elif isinstance(node, ir.Function):
                if node.rest:
                    assignments.setdefault(node.rest, []).append(ir.ArrayLit([]))
                for index, param in enumerate(node.params):
                    param_slots[(id(node), index)] = (param, len(assignments.setdefault(param, [])))
                    assignments[param].append(None)
                if node.name:
                    assignments.setdefault(node.name, []).append(ir.FunctionExpr(node))
            elif isinstance(node, ir.ForIn):
                assignments.setdefault(node.target, []).append(ir.Literal(""))
            elif isinstance(node, ir.ForOf):
                assignments.setdefault(node.target, []).append(None)
            elif isinstance(node, ir.Try) and node.param:
                assignments.setdefault(node.param, []).append(None)
        all_nodes = nodes
        kinds = kinds if kinds is not None else ir.by_type(all_nodes)  # (the nodes by class: facts.py has them)
        self._kinds = kinds
        titanium = _titanium_listeners(kinds.get(ir.Call, []), assignments)
        for node in kinds.get(ir.Function, []):
            if isinstance(node, ir.Function) and node.is_listener and node.params and node.name in titanium:
                self.event_reads |= _event_reads(node)
        self.functions = _known_functions(kinds, program.main)
        self.callees = self._follow_functions(all_nodes, parents, param_slots, assignments)
        self.natural_arrays: set[str] = set()
        self.in_bounds: set[int] = set()  # ids of `a[i]` reads known to be inside the array
        self.int_maps: set[str] = set()  # objects used as maps of integers (see _int_maps)
        self.present_reads: set[int] = set()  # ids of `o[k]` reads in `for (k in o)` of such a map
        self.natural_returns: set[str] = set()  # functions that always return an integer >= 0
        self._return_shapes: list[tuple[str, bool, list[ir.Return]]] | None = None
        # The refinements are computed after the kinds; a kind that asks about one before (an
        # `x || 1` typed while solving) gets the safe answer: not known to be an integer.
        self.int_names, self.natural_names, self.ascii_names = set(), set(), set()
        self._solve(assignments, decremented)
        # Variables only ever given object literals: plain JSObjects (not a Date, Map, class...).
        self.literal_objects = {name for name, values in assignments.items()
                                if values and all(isinstance(v, ir.ObjectLit) for v in values)}
        # Arrays of non-negative integers: their callbacks take such integers, and a read
        # `a[i]` under `i < a.length` gets one; each finding can enable the next, so a few rounds.
        # Each step of a round reads only some kinds of node: those, in walk order, listed once.
        # (Each list's order does not matter to the step that reads it.)
        array_uses = [n for kind in (ir.Name, ir.Assign, ir.Update, ir.Unary, ir.Member) for n in kinds.get(kind, [])]
        calls: list[ir.Call] = kinds.get(ir.Call, [])  # type: ignore[assignment]
        callbacks = _CallbackUses(kinds.get(ir.Name, []), kinds.get(ir.Function, []),  # type: ignore[arg-type]
                                  array_uses, {id(n.callee): n for n in calls},
                                  {id(n.args[0]): n for n in calls if len(n.args) == 1})
        loops_and_calls = [*kinds.get(ir.For, []), *calls]
        for _ in range(3):
            before = (len(self.natural_arrays), len(self.in_bounds), len(self.natural_returns), len(self.int_maps),
                      len(self.present_reads))
            typed = self._callback_params(callbacks, param_slots, assignments)
            self._find_in_bounds(loops_and_calls, assignments)
            self._find_natural_returns(kinds.get(ir.Function, []))
            _int_maps(self, kinds.get(ir.Name, []), parents, assignments)
            self.present_reads = _present_reads(self, kinds.get(ir.ForIn, []))
            if not typed and before == (len(self.natural_arrays), len(self.in_bounds), len(self.natural_returns),
                                        len(self.int_maps), len(self.present_reads)):
                break
            self._solve(assignments, decremented)
        self.proven_names = self._proven_names(assignments)

    def _proven_names(self, assignments: dict[str, list[ir.Expr | None]]) -> dict[str, JSType | None]:
        """The variables' kinds again, without taking an event parameter for an object: a
        listener's caller is whoever runs ``addEventListener`` (a program's own emitter may pass
        a string), so only these kinds may prove a value is no Python primitive."""
        if not self.event_reads:
            return self.names
        names, events = self.names, self.event_reads
        self.event_reads = set()
        try:
            self._solve_kinds(assignments)
            return self.names
        finally:
            self.names, self.event_reads = names, events

    def proven_object(self, expr: ir.Expr) -> bool:
        """Whether ``expr`` is surely an object, array, function or regexp, never a string,
        number or boolean (whose Python attributes JS code must not reach; runtime/js/exposed.py)."""
        names, events = self.names, self.event_reads
        self.names, self.event_reads = self.proven_names, set()
        try:
            return self.infer(expr) in OBJECT_KINDS
        finally:
            self.names, self.event_reads = names, events

    def _follow_functions(self, nodes: list[ir.Node], parents: dict[int, ir.Node], param_slots: dict[tuple[int, int], tuple[str, int]],
                          assignments: dict[str, list[ir.Expr | None]]) -> dict[int, set[str]]:
        """Type each function's result as a variable ("return f"), and its parameters from the
        arguments of every call that may reach it, when flow.py finds them all; the calls'
        reachable functions are returned (so a call's result gets their result's type)."""
        flow = FunctionFlow(nodes, parents, self.functions, self._kinds)
        for name, fns in self.functions.items():
            results = assignments.setdefault(f"return {name}", [])
            for fn in fns:
                results.extend(r.value or ir.Literal(ir.UNDEFINED) for r in flow.returns[id(fn)])
                if not _ends_in_return(fn.body):
                    results.append(ir.Literal(ir.UNDEFINED))
            sites = flow.call_sites.get(name)
            if name in flow.escaped or not sites or any(isinstance(a, ir.Spread) for c in sites for a in c.args):
                continue
            # Functions sharing a name share their call sites: a parameter name gets those
            # arguments once (listing them again per function would be N² values for N
            # same-named functions, and a type is a property of the set, not of repeats).
            # The arguments at each position are listed once per name, not once per function.
            given: set[tuple[str, int]] = set()
            args_at: dict[int, list[ir.Expr]] = {}
            for fn in fns:
                if fn.rest or fn.defaults or fn.is_listener:
                    continue
                for index in range(len(fn.params)):
                    param, position = param_slots[(id(fn), index)]
                    args = args_at.get(index)
                    if args is None:
                        args = args_at[index] = [c.args[index] if index < len(c.args) else ir.Literal(ir.UNDEFINED)
                                                 for c in sites]
                    assignments[param][position] = args[0]
                    if (param, index) not in given:
                        given.add((param, index))
                        assignments[param].extend(args[1:])
        return flow.callees

    def _solve(self, assignments: dict[str, list[ir.Expr | None]], decremented: set[str]) -> None:
        self._solve_kinds(assignments)
        def always(holds: Callable[[ir.Expr], bool]) -> Callable[[str], bool]:
            return lambda name: all(v is not None and holds(v) for v in assignments[name])

        # Which number variables only ever hold integers (str() of one is JS's string of it).
        self.narrow("int_names", {n for n, kind in self.names.items() if kind == JSType.NUM}, always(self.is_int))
        # Integers that are never negative (loop counters, sizes, remainders of those).
        self.narrow("natural_names", self.int_names - decremented, always(self.is_natural))
        self.narrow("ascii_names", {n for n, kind in self.names.items() if kind == JSType.STR}, always(self.is_ascii))

    def _solve_kinds(self, assignments: dict[str, list[ir.Expr | None]]) -> None:
        # Optimistic fixed point: a variable starts as "no information yet" (PENDING), which
        # combines with anything; a variable with two different types, or an unknowable
        # assignment (a parameter, a bare `var x;`), ends unknown (None).
        self.names = {name: PENDING for name in assignments}
        for _ in range(8):
            changed = False
            for name, values in assignments.items():
                kinds = {self.infer(v) if v is not None else None for v in values}
                kinds.discard(PENDING)
                kind = (kinds.pop() if len(kinds) == 1 else None) if kinds else PENDING
                if self.names[name] != kind:
                    self.names[name] = kind
                    changed = True
            if not changed:
                break
        self.names = {name: (None if kind == PENDING else kind) for name, kind in self.names.items()}

    def narrow(self, attribute: str, start: set[str], keeps: Callable[[str], bool]) -> set[str]:
        """The greatest fixed point: ``attribute`` starts as ``start`` (every name optimistically
        in) and loses the names ``keeps`` rejects, until it stops changing (``keeps`` may read it)."""
        setattr(self, attribute, start)
        for _ in range(8):
            kept = {name for name in getattr(self, attribute) if keeps(name)}
            if kept == getattr(self, attribute):
                break
            setattr(self, attribute, kept)
        return getattr(self, attribute)

    # -- arrays that only ever hold non-negative integers, and their callbacks --------------------
    def _callback_params(self, uses: "_CallbackUses", param_slots: dict[tuple[int, int], tuple[str, int]],
                         assignments: dict[str, list[ir.Expr | None]]) -> bool:
        """Give the item and index parameters of callbacks used only on arrays of non-negative
        integers that type; True if any parameter got it."""
        self.natural_arrays = _natural_arrays(self, uses, assignments)
        if not self.natural_arrays:
            return False
        # Whether every use of each callback's name is as the one argument of an item method
        # (`a.forEach(f)`) of such an array; a name used nowhere is not one.
        only_on_natural: dict[str, bool] = {}
        for use in uses.names:
            if use.id not in uses.callback_names:
                continue
            call = uses.arg_of.get(id(use))
            ok = (call is not None and isinstance(call.callee, ir.Member) and not call.callee.computed
                  and call.callee.prop in ITEM_CALLBACKS
                  and self.is_natural_array(call.callee.obj))
            only_on_natural[use.id] = only_on_natural.get(use.id, True) and ok
        typed = False
        for node in uses.functions:
            if node.name and node.params and only_on_natural.get(node.name, False):
                for index in range(min(2, len(node.params))):  # the item, and its index
                    name, position = param_slots[(id(node), index)]
                    given = assignments[name][position]
                    if not (isinstance(given, ir.Literal) and type(given.value) is int and given.value == 0):
                        assignments[name][position] = ir.Literal(0)
                        typed = True  # only a new fact asks for another round
        return typed

    def _find_in_bounds(self, nodes: list[ir.Node], assignments: dict[str, list[ir.Expr | None]]) -> None:
        """``for (...; i < a.length; i++) { ... a[i] ... }`` where nothing in the body assigns
        ``i``, ``a`` is assigned once in the whole program and never shrinks: each ``a[i]``
        there is an item, never undefined."""
        shrinking = {n.callee.obj.id for n in nodes if isinstance(n, ir.Call) and isinstance(n.callee, ir.Member)
                     and isinstance(n.callee.obj, ir.Name) and n.callee.prop in ("pop", "shift", "splice")}
        for loop in nodes:
            if not isinstance(loop, ir.For) or not isinstance(loop.test, ir.Binary) or loop.test.op != "<":
                continue
            index, bound = loop.test.left, loop.test.right
            if not (isinstance(index, ir.Name) and isinstance(bound, ir.Member) and bound.prop == "length"
                    and isinstance(bound.obj, ir.Name) and bound.obj.id in self.natural_arrays
                    and bound.obj.id not in shrinking and index.id in self.natural_names
                    and len(assignments.get(bound.obj.id, [])) == 1):
                continue
            inside = [n for stmt in loop.body for n in ir.walk(stmt)]
            if any(isinstance(n, ir.Assign) and isinstance(n.target, ir.Name) and n.target.id == index.id
                   or isinstance(n, ir.Update) and isinstance(n.arg, ir.Name) and n.arg.id == index.id
                   for n in inside):
                continue
            self.in_bounds.update(id(n) for n in inside if isinstance(n, ir.Member) and n.computed
                                  and isinstance(n.obj, ir.Name) and n.obj.id == bound.obj.id
                                  and isinstance(n.prop, ir.Name) and n.prop.id == index.id)

    def _find_natural_returns(self, nodes: list[ir.Node]) -> None:
        """Functions whose every ``return`` gives an integer >= 0 and that end in a return."""
        if self._return_shapes is None:  # each function's returns, found once for all rounds
            self._return_shapes = []
            for fn in nodes:
                if isinstance(fn, ir.Function) and fn.name:
                    body = [s for s in fn.body if not isinstance(s, ir.CommentOnly)]
                    self._return_shapes.append((fn.name, bool(body) and isinstance(body[-1], ir.Return),
                                                [n for stmt in fn.body for n in own_returns(stmt)]))
        verdicts: dict[str, bool] = {}
        for name, ends_in_return, returns in self._return_shapes:
            ok = ends_in_return and all(r.value is not None and self.is_natural(r.value) for r in returns)
            verdicts[name] = verdicts.get(name, True) and ok
        self.natural_returns = {name for name, ok in verdicts.items() if ok}

    def reached(self, call: ir.Call) -> set[str] | None:
        """The user functions ``call`` may call, if it can call nothing else."""
        if isinstance(call.callee, ir.Name) and call.callee.id in self.functions:
            return {call.callee.id}
        return self.callees.get(id(call))

    def is_natural_array(self, expr: ir.Expr) -> bool:
        """Is ``expr`` an array whose items are all integers >= 0 (no holes)?"""
        if isinstance(expr, ir.Name):
            return expr.id in self.natural_arrays
        if isinstance(expr, ir.ArrayLit):
            return all(not isinstance(e, ir.Spread) and self.is_natural(e) for e in expr.elements)
        if isinstance(expr, ir.Call) and isinstance(expr.callee, ir.Member) and not expr.callee.computed \
                and expr.callee.prop in ARRAY_VIEWS:
            return self.is_natural_array(expr.callee.obj)
        if (isinstance(expr, ir.Call) and isinstance(expr.callee, ir.Member) and expr.callee.prop == "map"
                and len(expr.args) == 1 and isinstance(expr.args[0], ir.Name)):
            return expr.args[0].id in self.natural_returns and self.is_natural_array(expr.callee.obj)
        return False

    def is_ascii(self, expr: ir.Expr) -> bool:
        """Is ``expr`` always an ASCII string (so Python's ``len`` counts what JS's ``length``
        counts: UTF-16 units and code points differ only beyond ASCII)?"""
        if isinstance(expr, ir.Literal):
            return isinstance(expr.value, str) and expr.value.isascii()
        if isinstance(expr, ir.Name):
            return expr.id in self.ascii_names
        if isinstance(expr, ir.Binary) and expr.op == "+" and self.infer(expr) == JSType.STR:
            return all(self.is_ascii(side) or self.is_int(side) for side in (expr.left, expr.right))
        if isinstance(expr, ir.Template):
            return all(q.isascii() for q in expr.quasis) and all(self.is_ascii(e) or self.is_int(e) for e in expr.exprs)
        if isinstance(expr, ir.Conditional):
            return self.is_ascii(expr.consequent) and self.is_ascii(expr.alternate)
        if isinstance(expr, ir.Assign):
            return expr.op == "=" and self.is_ascii(expr.value)
        if isinstance(expr, ir.Call):
            reached = self.reached(expr)
            return reached is not None and bool(reached) and all(f"return {name}" in self.ascii_names for name in reached)
        return False

    def is_natural(self, expr: ir.Expr) -> bool:
        """Is ``expr`` always an integer >= 0?  (Then JS's ``%`` by a positive integer is Python's.)"""
        if isinstance(expr, ir.Literal):
            return type(expr.value) is int and expr.value >= 0
        if isinstance(expr, ir.Name):
            return expr.id in self.natural_names
        if isinstance(expr, ir.Binary):
            if expr.op in ("+", "*"):
                return self.is_natural(expr.left) and self.is_natural(expr.right)
            if expr.op == "%":
                return self.is_natural(expr.left) and self.is_int(expr)
            return False
        if isinstance(expr, ir.Update):
            return expr.op == "++" and self.is_natural(expr.arg)
        if isinstance(expr, ir.Call):
            reached = self.reached(expr)
            return reached is not None and bool(reached) and all(f"return {name}" in self.natural_names for name in reached)
        if isinstance(expr, ir.Member):
            return self.is_int(expr)  # a length, or an item of an array of such integers
        if isinstance(expr, ir.Conditional):
            return self.is_natural(expr.consequent) and self.is_natural(expr.alternate)
        if isinstance(expr, ir.Assign):
            return expr.op == "=" and self.is_natural(expr.value)
        return False

    def _int_or_missing(self, expr: ir.Expr) -> bool:
        """An integer, or undefined (a read of an integer map, which may lack the key)."""
        if isinstance(expr, ir.Member) and isinstance(expr.obj, ir.Name) and expr.obj.id in self.int_maps:
            return True
        return self.is_int(expr)

    def is_int(self, expr: ir.Expr) -> bool:
        """Is ``expr`` always an integer number (never NaN, an infinity or a fraction)?  Sums,
        differences and products of integers are integers in Python as in JS below 2**53, the
        range the generated code's plain arithmetic already assumes."""
        if isinstance(expr, ir.Literal):
            return type(expr.value) is int
        if isinstance(expr, ir.Name):
            return expr.id in self.int_names
        if isinstance(expr, ir.Binary):
            if expr.op in ("+", "-", "*"):
                return self.is_int(expr.left) and self.is_int(expr.right)
            if expr.op == "%":  # x % 0 is NaN: only by a non-zero literal
                right = expr.right
                return self.is_int(expr.left) and isinstance(right, ir.Literal) and type(right.value) is int \
                    and right.value != 0
            return False
        if isinstance(expr, ir.Update):
            return self.is_int(expr.arg)
        if isinstance(expr, ir.Call):
            reached = self.reached(expr)
            return reached is not None and bool(reached) and all(f"return {name}" in self.int_names for name in reached)
        if isinstance(expr, ir.Unary):
            return expr.op == "-" and not isinstance(expr.arg, ir.Literal) and self.is_int(expr.arg)
        if isinstance(expr, ir.Member):
            if expr.computed:
                return id(expr) in self.in_bounds or id(expr) in self.present_reads
            if id(expr.obj) in self.event_reads:
                return EVENT_FIELDS.get(str(expr.prop)) == JSType.NUM
            return expr.prop == "length" and self.infer(expr.obj) in (JSType.STR, JSType.ARRAY)
        if isinstance(expr, ir.Logical):
            # `o[k] || 0` on a map of integers: the integer, or 0 for a missing key.
            return expr.op == "||" and self._int_or_missing(expr.left) and self.is_int(expr.right)
        if isinstance(expr, ir.Conditional):
            return self.is_int(expr.consequent) and self.is_int(expr.alternate)
        if isinstance(expr, ir.Assign):
            return expr.op == "=" and self.is_int(expr.value)
        return False

    def infer(self, expr: ir.Expr | None) -> JSType | None:
        """The JS type ``expr`` always has, if known (PENDING while the kinds are being solved)."""
        if expr is None:
            return None
        rule = _INFER_RULES.get(type(expr))  # (exact classes: no IR node class has subclasses)
        return rule(self, expr) if rule is not None else None

    def _literal(self, expr: ir.Literal) -> JSType | None:
        value = expr.value
        if value is ir.UNDEFINED:
            return JSType.UNDEFINED
        if value is None:
            return JSType.NULL
        if isinstance(value, bool):
            return JSType.BOOL
        if isinstance(value, (int, float)):
            return JSType.NUM
        if isinstance(value, str):
            return JSType.STR
        return None

    def _name(self, expr: ir.Name) -> JSType | None:
        if expr.id in ("undefined", "NaN", "Infinity") and expr.id not in self.names:
            return JSType.UNDEFINED if expr.id == "undefined" else JSType.NUM
        if id(expr) in self.event_reads:
            return JSType.OBJECT
        return self.names.get(expr.id)

    def _logical(self, expr: ir.Logical) -> JSType | None:
        if expr.op == "||" and self._int_or_missing(expr.left) and self.infer(expr.right) == JSType.NUM:
            return JSType.NUM
        left, right = self.infer(expr.left), self.infer(expr.right)
        if PENDING in (left, right):
            return right if left == PENDING else left
        return left if left == right else None

    def _conditional(self, expr: ir.Conditional) -> JSType | None:
        a, b = self.infer(expr.consequent), self.infer(expr.alternate)
        if PENDING in (a, b):
            return b if a == PENDING else a
        return a if a == b else None

    def _member(self, expr: ir.Member) -> JSType | None:
        if expr.computed and (id(expr) in self.in_bounds or id(expr) in self.present_reads):
            return JSType.NUM  # an item of an array of non-negative integers read inside it; a map's integer
        if not expr.computed and isinstance(expr.prop, str):
            if expr.prop == "length" and self.infer(expr.obj) in (JSType.STR, JSType.ARRAY):
                return JSType.NUM
            if id(expr.obj) in self.event_reads:
                return EVENT_FIELDS.get(expr.prop)
        return None

    def _call(self, expr: ir.Call) -> JSType | None:
        callee = expr.callee
        reached = self.reached(expr)
        if reached:
            kinds = {self.names.get(f"return {name}", PENDING) for name in reached}
            return kinds.pop() if len(kinds) == 1 else None
        if isinstance(callee, ir.Name):
            if callee.id == "js.unpack":  # an array pattern's values
                return JSType.ARRAY
            return GLOBAL_CALL_RESULTS.get(callee.id)
        if isinstance(callee, ir.Member) and isinstance(callee.prop, str):
            if isinstance(callee.obj, ir.Name) and (callee.obj.id, callee.prop) == ("JSON", "stringify"):
                # A string, except undefined for undefined and functions.
                arg = self.infer(expr.args[0]) if expr.args else JSType.UNDEFINED
                return JSType.STR if arg in JSON_STRINGIFIABLE else None
            if isinstance(callee.obj, ir.Name) and (callee.obj.id, callee.prop) in CALL_RESULTS:
                return CALL_RESULTS[(callee.obj.id, callee.prop)]
            receiver = self.infer(callee.obj)
            if receiver == PENDING:
                return PENDING
            if callee.computed:
                return None  # `a[m](...)`: which method runs is known only when it runs
            if receiver == JSType.ARRAY and callee.prop in ARRAY_RESULTS:
                return ARRAY_RESULTS[callee.prop]
            if receiver == JSType.STR and callee.prop in STRING_RESULTS:
                return STRING_RESULTS[callee.prop]
            if callee.prop in METHOD_RESULTS and receiver in (JSType.STR, JSType.ARRAY, JSType.NUM, JSType.OBJECT):
                return METHOD_RESULTS[callee.prop]
            if callee.prop == "getTime":
                return JSType.NUM
        return None

    def _new(self, expr: ir.New) -> JSType | None:
        if isinstance(expr.callee, ir.Name) and expr.callee.id == "Array":
            # an array, unless the program binds a name Array of its own
            return JSType.ARRAY if "Array" not in self.names else None
        return JSType.OBJECT

    def _binary(self, expr: ir.Binary) -> JSType | None:
        op = expr.op
        if op in ("==", "!=", "===", "!==", "<", ">", "<=", ">=", "in", "instanceof"):
            return JSType.BOOL
        if op == "+":
            left, right = self.infer(expr.left), self.infer(expr.right)
            if left == JSType.STR or right == JSType.STR:
                return JSType.STR
            if PENDING in (left, right):
                return PENDING
            if left in (JSType.NUM, JSType.BOOL, JSType.NULL) and right in (JSType.NUM, JSType.BOOL, JSType.NULL):
                return JSType.NUM
            return None
        return JSType.NUM


_UNARY_RESULTS = {"!": JSType.BOOL, "typeof": JSType.STR, "-": JSType.NUM, "+": JSType.NUM, "~": JSType.NUM,
                  "void": JSType.UNDEFINED, "delete": JSType.BOOL}


def _always(kind: JSType) -> Callable[[Types, Any], JSType]:
    return lambda types, expr: kind


# How Types.infer types each kind of expression: one look-up by class (it runs for every value
# of every variable, in every round of the solver).
_INFER_RULES: dict[type, Callable[[Types, Any], JSType | None]] = {
    ir.Literal: Types._literal, ir.Name: Types._name, ir.Logical: Types._logical,
    ir.Conditional: Types._conditional, ir.Member: Types._member, ir.Call: Types._call, ir.New: Types._new,
    ir.Binary: Types._binary,
    ir.Template: _always(JSType.STR), ir.ArrayLit: _always(JSType.ARRAY), ir.Regex: _always(JSType.REGEXP),
    ir.ObjectLit: _always(JSType.OBJECT), ir.FunctionExpr: _always(JSType.FUNCTION), ir.Update: _always(JSType.NUM),
    ir.Unary: lambda types, expr: _UNARY_RESULTS.get(expr.op),
    ir.Assign: lambda types, expr: types.infer(expr.value) if expr.op == "=" else None,
}
