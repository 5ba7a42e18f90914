"""Stage 5: what the whole program tells, found once after scope analysis and before emission.

The emitter writes one statement at a time; choices that depend on the rest of the program (may
this function be called with any number of arguments? does it take ``this``? is ``x`` a number?)
are answered here, in one :class:`ProgramFacts`, from one walk of the tree.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import TypeGuard, TypeVar

from . import ir
from .infer import Types
from .names import GLOBALS

# Built-in methods that take a callback and call it as JS does (extra arguments dropped, missing
# ones undefined): Ti proxies' listeners, Array.prototype, Promise.prototype, String's replace.
CALLBACK_METHODS = frozenset({
    "addEventListener", "removeEventListener", "forEach", "map", "filter", "reduce", "reduceRight", "some",
    "every", "sort", "find", "findIndex", "findLast", "findLastIndex", "flatMap", "then", "catch", "finally",
    "replace", "replaceAll",
})


@dataclass
class ProgramFacts:
    types: Types  # static types of variables and expressions (infer.py)
    declared: set[str]  # every name the program binds: a Python variable, never one of Python's own
    constants: set[str]  # names declared with const
    function_arity: dict[str, int]  # fewest arguments each function is called with by name
    value_used: set[str]  # functions whose call results are used
    escaping: set[str]  # functions whose value reaches code that may call it with any arguments
    function_params: dict[str, int]  # names bound only to one local def: its parameter count
    this_functions: set[int]  # ids of functions that take `this` (read it, or are constructors)
    method_names: set[str]  # property names such functions are stored under (here or in other files)
    own_method_names: set[str]  # those of this file (what project.py tells the other files)
    member_calls: set[str]  # names of the methods this file calls, `x.name(...)`
    function_objects: set[str]  # declared functions made JS function objects (js.this_function)
    # ids of `x.p` reads that test for a property the code then sets (see _lazy_init_reads)
    lazy_init_reads: set[int] = field(default_factory=set)
    # ids of `x.p` reads where the function also uses `x` as a key (see _key_value_reads)
    key_value_reads: set[int] = field(default_factory=set)

    def is_global(self, expr: ir.Expr) -> TypeGuard[ir.Name]:
        """Whether ``expr`` names a JS global of the runtime (not a variable of the program)."""
        return isinstance(expr, ir.Name) and expr.id in GLOBALS and expr.id not in self.declared

    def runtime_callee(self, callee: ir.Expr) -> bool:
        """``Ti.App.addEventListener``, ``setTimeout``, ``items.forEach``: a function of the
        runtime (its globals, or a built-in method that takes a callback), which calls back with
        JS's argument rules.  (A program's own method of such a name is taken for the built-in.)"""
        if isinstance(callee, ir.Member) and not callee.computed and callee.prop in CALLBACK_METHODS:
            return True
        while isinstance(callee, ir.Member):
            callee = callee.obj
        return self.is_global(callee) and isinstance(callee, ir.Name) and callee.id not in ("Object", "Array")


def find_facts(program: ir.Program, project_methods: frozenset[str] = frozenset(),
               walked: tuple[list[ir.Node], dict[int, ir.Node]] | None = None) -> ProgramFacts:
    """The facts of a program after scope analysis (``program.main`` set).  ``project_methods``:
    names of methods that read ``this`` in the project's other files (an npm library's
    ``obj.on(...)``): calls of them here bind the receiver too.  ``walked``: the nodes and
    parents of ``program.main`` (:func:`ir.nodes_and_parents`) if the caller has them."""
    main = program.main
    assert main is not None, "scope analysis must run before the program's facts are found"
    nodes, parents = walked or ir.nodes_and_parents(main)  # walked once: every fact below reads these
    kinds = ir.by_type(nodes)  # and each fact looks only at the kinds of node it is about
    of = functools.partial(_of, kinds)
    arity, used = _call_facts(of(ir.Call), of(ir.ExprStmt))
    this_functions, method_names = _this_facts(main, kinds)
    facts = ProgramFacts(
        types=Types(program, nodes, parents, kinds), declared=_declared(kinds),
        constants=_constants(kinds),
        function_arity=arity, value_used=used, escaping=set(), function_params=_known_functions(main, kinds),
        this_functions=this_functions, method_names=method_names | project_methods,
        own_method_names=set(method_names),
        member_calls={n.callee.prop for n in of(ir.Call) if isinstance(n.callee, ir.Member)
                      and not n.callee.computed and isinstance(n.callee.prop, str)},
        function_objects={n.fn.name for n in of(ir.FunctionDecl) if n.fn.name and id(n.fn) in this_functions},
        lazy_init_reads=_lazy_init_reads([*of(ir.If), *of(ir.Assign)]),
        key_value_reads=_key_value_reads(of(ir.Function)),  # (main, the top-level code, among them)
    )
    facts.escaping = _escaping_functions(facts, kinds, parents)  # reads `declared` through is_global
    return facts


def _lazy_init_reads(nodes: list[ir.Node]) -> set[int]:
    """Reads of ``x.p`` in lazy initialisation, ``if (!x.p) { x.p = ...; }`` (or ``x.p === undefined``,
    ``typeof x.p === 'undefined'``) and ``x.p = x.p || v``: the code expects the property to be
    missing, on whatever ``x`` holds; where that is a function or a number, Python has no
    attribute to read, so the emitter reads these through the runtime (JS gives undefined)."""
    found: set[int] = set()
    for node in nodes:
        if isinstance(node, ir.If):
            tested = _missing_test(node.test)
            if tested is not None and any(
                    isinstance(s, ir.ExprStmt) and isinstance(s.expr, ir.Assign) and _same_member(s.expr.target, tested)
                    for s in node.body):
                found.add(id(tested))
        elif isinstance(node, ir.Assign) and node.op == "=" and isinstance(node.value, ir.Logical) \
                and node.value.op in ("||", "??") and _same_member(node.target, node.value.left):
            found.add(id(node.value.left))
    return found


def _key_value_reads(functions: list[ir.Node]) -> set[int]:
    """Reads of ``x.p`` in a function that also uses ``x`` as a key, ``o[x]`` (``get(obj)`` taking
    a model or its id), or falls back on ``x`` itself, ``x.name || x`` (a list of objects or of
    strings): such an ``x`` is often a string or a number, whose named properties JS reads
    (undefined, or its prototype's) where Python has no attribute, so the emitter reads these
    (every named read of that ``x`` in the function) through the runtime."""
    found: set[int] = set()
    for fn in functions:
        assert isinstance(fn, ir.Function)
        keys: set[str] = set()
        fallbacks: list[ir.Expr] = []
        reads: list[ir.Member] = []
        written: set[int] = set()  # members assigned or updated: stores, not reads
        stack: list[ir.Node] = list(fn.body)
        while stack:  # the function's own code, not the functions inside it
            node = stack.pop()
            kind = type(node)  # (exact classes: no IR node class has subclasses)
            if kind is ir.Member:
                if node.computed:  # type: ignore[attr-defined]
                    if isinstance(node.prop, ir.Name):  # type: ignore[attr-defined]
                        keys.add(node.prop.id)  # type: ignore[attr-defined]
                elif id(node) not in written:
                    reads.append(node)  # type: ignore[arg-type]
            elif kind is ir.Assign:
                written.add(id(node.target))  # type: ignore[attr-defined]
            elif kind is ir.Update:
                written.add(id(node.arg))  # type: ignore[attr-defined]
            elif kind is ir.Logical:
                assert isinstance(node, ir.Logical)  # (rare: the cost of the check does not count)
                if node.op in ("||", "??") and isinstance(node.left, ir.Member) and not node.left.computed \
                        and _same_reference(node.left.obj, node.right):
                    fallbacks.append(node.right)
            elif kind is ir.Function:
                continue
            stack.extend(node.children())
        if keys:
            found.update(id(read) for read in reads if isinstance(read.obj, ir.Name) and read.obj.id in keys)
        if fallbacks:
            found.update(id(read) for read in reads if any(_same_reference(read.obj, f) for f in fallbacks))
    return found


def _same_reference(a: ir.Expr, b: ir.Expr) -> bool:
    """The same name, ``this``, or chain of reads from one (``x``, ``items[i]``, ``a.b[0]``),
    written twice."""
    if isinstance(a, ir.Name) and isinstance(b, ir.Name):
        return a.id == b.id
    if isinstance(a, ir.This) and isinstance(b, ir.This):
        return True
    if isinstance(a, ir.Member) and isinstance(b, ir.Member) and a.computed == b.computed and not a.optional \
            and not b.optional and _same_reference(a.obj, b.obj):
        if not a.computed:
            return a.prop == b.prop
        key_a, key_b = a.prop, b.prop
        if isinstance(key_a, ir.Literal) and isinstance(key_b, ir.Literal):
            return bool(key_a.value == key_b.value)
        return isinstance(key_a, ir.Expr) and isinstance(key_b, ir.Expr) and _same_reference(key_a, key_b)
    return False


def _missing_test(test: ir.Expr) -> ir.Member | None:
    """The member ``!x.p``, ``x.p == null``, ``x.p === undefined`` or ``typeof x.p === 'undefined'`` tests."""
    if isinstance(test, ir.Unary) and test.op == "!" and isinstance(test.arg, ir.Member):
        return test.arg
    if isinstance(test, ir.Binary) and test.op in ("==", "==="):
        left, right = test.left, test.right
        if isinstance(left, ir.Unary) and left.op == "typeof" and isinstance(left.arg, ir.Member) \
                and isinstance(right, ir.Literal) and right.value == "undefined":
            return left.arg
        if isinstance(left, ir.Member) and (isinstance(right, ir.Literal) and right.value in (None, ir.UNDEFINED)
                                            or isinstance(right, ir.Name) and right.id == "undefined"):
            return left
    return None


def _same_member(a: ir.Expr, b: ir.Expr) -> bool:
    """``x.p`` and ``x.p`` (or ``this.p`` twice): the same name's same named property."""
    if not (isinstance(a, ir.Member) and isinstance(b, ir.Member) and not a.computed and not b.computed
            and a.prop == b.prop):
        return False
    if isinstance(a.obj, ir.This) and isinstance(b.obj, ir.This):
        return True
    return isinstance(a.obj, ir.Name) and isinstance(b.obj, ir.Name) and a.obj.id == b.obj.id


N = TypeVar("N", bound=ir.Node)
_Kinds = dict[type, list[ir.Node]]


def _of(kinds: _Kinds, kind: type[N]) -> list[N]:
    return kinds.get(kind, [])  # type: ignore[return-value]


def _declared(kinds: _Kinds) -> set[str]:
    functions = _of(kinds, ir.Function)
    # Every name some function declares (for `typeof x` of a name declared nowhere)...
    declared = {name for n in functions for name in (*n.locals, *n.params)}
    # ...and the names the lowering passes bind (an optional chain's lambda variable)
    declared |= {n.var for n in _of(kinds, ir.OptionalChain)}
    declared |= {n.param for n in _of(kinds, ir.Try) if n.param}
    declared |= {n.target for n in _of(kinds, ir.ForIn)} | {n.target for n in _of(kinds, ir.ForOf)}
    declared |= {n.rest for n in functions if n.rest}
    # ...and every name some statement binds (a lowering's temporaries among them).
    declared |= {name for n in _of(kinds, ir.VarDecl) for name, _ in n.decls}
    declared |= {n.target.id for n in _of(kinds, ir.Assign) if isinstance(n.target, ir.Name)}
    return declared


def _constants(kinds: _Kinds) -> set[str]:
    """Names declared with ``const`` and bound no other way anywhere in the program: the emitter
    knows names, not bindings, so a ``let end`` in one function beside a ``const end`` in another
    must stay assignable (a missed TypeError is better than a wrong one)."""
    declarations = _of(kinds, ir.VarDecl)
    constants = {name for n in declarations if n.kind == "const" for name, _ in n.decls}
    if not constants:
        return constants
    functions = _of(kinds, ir.Function)
    others = {name for n in declarations if n.kind != "const" for name, _ in n.decls}
    others |= {name for n in functions for name in (*n.params, n.rest, n.name) if name}
    others |= {n.param for n in _of(kinds, ir.Try) if n.param}
    others |= {n.target for n in _of(kinds, ir.ForIn) if n.kind != "const"}
    others |= {n.target for n in _of(kinds, ir.ForOf) if n.kind != "const"}
    return constants - others


def _call_facts(calls: list[ir.Call], statements: list[ir.ExprStmt]) -> tuple[dict[str, int], set[str]]:
    """Fewest arguments each function is called with, and functions whose result is used."""
    arity: dict[str, int] = {}
    used: set[str] = set()
    statement_calls = {id(s.expr) for s in statements}
    for node in calls:
        if isinstance(node.callee, ir.Name):
            name = node.callee.id
            arity[name] = min(arity.get(name, len(node.args)), len(node.args))
            if id(node) not in statement_calls:
                used.add(name)
    return arity, used


def _escaping_functions(facts: ProgramFacts, kinds: _Kinds, parents: dict[int, ir.Node]) -> set[str]:
    """Functions whose value reaches code that may call it with any number of arguments:
    stored, returned, passed to a JS function.  (Called by name, the call is seen here;
    passed to a runtime function such as ``addEventListener``, the runtime adapts the call.)"""
    names = {n.fn.name for n in _of(kinds, ir.FunctionDecl) if n.fn.name}
    escaping: set[str] = set()
    for node in _of(kinds, ir.Name):
        if node.id not in names or node.id in escaping:
            continue
        parent = parents.get(id(node))
        if isinstance(parent, ir.Call) and (parent.callee is node or facts.runtime_callee(parent.callee)):
            continue
        if isinstance(parent, ir.New) and parent.callee is node:
            continue
        if isinstance(parent, ir.Prop) and parent.kind in ("get", "set"):
            continue  # an accessor: the runtime calls it with no argument or one
        if isinstance(parent, ir.Prop) and _runtime_argument(facts, parents.get(id(parent)), parents):
            continue  # `Ti.Network.createHTTPClient({onload: ...})`: the runtime calls it
        escaping.add(node.id)
    return escaping


def _runtime_argument(facts: ProgramFacts, literal: ir.Node | None, parents: dict[int, ir.Node]) -> bool:
    call = parents.get(id(literal)) if isinstance(literal, ir.ObjectLit) else None
    return isinstance(call, ir.Call) and literal in call.args and facts.runtime_callee(call.callee)


def _known_functions(main: ir.Function, kinds: _Kinds) -> dict[str, int]:
    """Names bound only to one local def (never reassigned): their parameter count."""
    functions = _of(kinds, ir.Function)
    defs: dict[str, list[int]] = {}
    for node in functions:
        if node is not main and node.name:
            defs.setdefault(node.name, []).append(len(node.params))
    reassigned = {n.target.id for n in _of(kinds, ir.Assign) if isinstance(n.target, ir.Name)}
    reassigned |= {name for n in _of(kinds, ir.VarDecl) for name, _ in n.decls}
    params = {p for n in functions for p in n.params}
    return {name: counts[0] for name, counts in defs.items()
            if len(counts) == 1 and name not in reassigned and name not in params}


def _borrowed_method(value: ir.Node) -> bool:
    """``X.prototype.m``: a method read off a prototype (``obj.shift = Array.prototype.shift``),
    which takes ``this`` wherever it is stored."""
    return (isinstance(value, ir.Member) and isinstance(value.prop, str) and isinstance(value.obj, ir.Member)
            and value.obj.prop == "prototype")


def _defines_accessor(node: ir.Call) -> bool:
    return isinstance(node.callee, ir.Name) and node.callee.id == "js.define_accessor"


def _this_facts(main: ir.Function, kinds: _Kinds) -> tuple[set[int], set[str]]:
    """Functions that take ``this`` (they read it, or are constructors), by id, and the property
    names methods of that kind are stored under (their calls bind the receiver)."""
    functions = [n for n in _of(kinds, ir.Function) if n is not main]
    members, news = _of(kinds, ir.Member), _of(kinds, ir.New)
    accessors = [n for n in _of(kinds, ir.Call) if _defines_accessor(n)]
    if not (news or accessors or ir.This in kinds or ir.SuperCall in kinds or ir.SuperMember in kinds
            or any(n.prop == "prototype" for n in members) or any(fn.is_class for fn in functions)):
        return set(), set()  # the common case for Titanium apps: nothing to bind
    constructors = {n.callee.id for n in news if isinstance(n.callee, ir.Name)}
    # A class with `static get x()`: a function object whose own properties hold accessors.
    constructors |= {n.args[0].id for n in accessors if isinstance(n.args[0], ir.Name)}
    constructors |= {n.obj.id for n in members if n.prop == "prototype" and isinstance(n.obj, ir.Name)}
    # `ns.Reporter = function () {}` used as `ns.Reporter.prototype` or `new ns.Reporter()`: a constructor too.
    stored = {n.obj.prop for n in members if n.prop == "prototype"
              and isinstance(n.obj, ir.Member) and isinstance(n.obj.prop, str)}
    stored |= {n.callee.prop for n in news if isinstance(n.callee, ir.Member) and isinstance(n.callee.prop, str)}
    assigns = _of(kinds, ir.Assign)
    if stored:
        constructors |= {n.value.id for n in assigns if isinstance(n.target, ir.Member)
                         and isinstance(n.target.prop, str) and n.target.prop in stored and isinstance(n.value, ir.Name)}
    chosen = {id(fn) for fn in functions if not fn.is_arrow and (ir.reads_this(fn) or fn.name in constructors or fn.is_class)}
    names = {fn.name for fn in functions if id(fn) in chosen and fn.name}
    methods: set[str] = set()
    for prop in _of(kinds, ir.Prop):
        if prop.kind == "init" and isinstance(prop.key, str) and isinstance(prop.value, ir.Name) and prop.value.id in names:
            methods.add(prop.key)
    for node in assigns:
        if (isinstance(node.target, ir.Member) and isinstance(node.target.prop, str)
                and (isinstance(node.value, ir.Name) and node.value.id in names or _borrowed_method(node.value))):
            methods.add(node.target.prop)
    return chosen, methods
