"""ti2py's intermediate representation: JS semantics, Python-shaped where lowering has run.

Every node carries its JS source location (``loc``), and statements carry the comments that
stood before them (``leading``) and after them on the same line (``trailing``), so comments come
out where they went in and runtime errors can name ``app.js:LINE``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator, TypeVar, Union


@dataclass(frozen=True)
class Loc:
    line: int  # 1-based
    col: int  # 0-based, as esprima gives it

    def __str__(self) -> str:
        return f"{self.line}:{self.col + 1}"


NO_LOC = Loc(0, 0)
N = TypeVar("N")


@dataclass
class Node:
    loc: Loc = field(default=NO_LOC, kw_only=True)

    def children(self) -> list["Node"]:
        """Direct child nodes, in source order (used by generic walks).  Each node class has its
        own, generated from its fields (see :func:`_install_children`); this one is the general
        form, for a node that carries attributes besides its declared fields."""
        return _generic_children(self)


def _generic_children(self: "Node") -> list["Node"]:
    found: list[Node] = []
    leaves = _LEAF_FIELDS.get(type(self))
    if leaves is None:
        leaves = _LEAF_FIELDS[type(self)] = _leaf_fields(type(self))
    for key, value in self.__dict__.items():
        if key in leaves:
            continue
        if isinstance(value, Node):
            found.append(value)
        elif isinstance(value, (list, tuple)):
            _collect_nodes(value, found)
        elif isinstance(value, dict):  # a function's default parameter values
            _collect_nodes(list(value.values()), found)
    return found


def _collect_nodes(items: list[Any] | tuple[Any, ...], found: list[Node]) -> None:
    for item in items:
        if isinstance(item, Node):
            found.append(item)
        elif isinstance(item, (list, tuple)):
            _collect_nodes(item, found)


# Walks visit every node several times per conversion; fields declared to hold only strings,
# flags, numbers or locations are not worth looking into.  Attributes a stage adds that are not
# declared fields are always looked into.
_LEAF_ANNOTATIONS = frozenset({"str", "bool", "int", "float", "Loc", "str|None", "int|None", "list[str]", "set[str]",
                               "tuple[str,...]", "LiteralValue"})
_LEAF_FIELDS: dict[type, frozenset[str]] = {}


def _leaf_fields(cls: type) -> frozenset[str]:
    import dataclasses

    return frozenset(f.name for f in dataclasses.fields(cls)
                     if isinstance(f.type, str) and f.type.replace(" ", "") in _LEAF_ANNOTATIONS)


_NODE_FIELDS: dict[type, tuple[tuple[str, ...], int]] = {}


def node_fields(node: Node) -> Iterable[str]:
    """The names of the attributes of ``node`` that may hold nodes, in field order: its fields
    but those declared to hold only strings, flags, numbers or locations (every attribute, for
    a node that has some besides its fields)."""
    kind = type(node)
    known = _NODE_FIELDS.get(kind)
    if known is None:
        import dataclasses

        leaves = _leaf_fields(kind)
        fields = dataclasses.fields(kind)
        known = _NODE_FIELDS[kind] = (tuple(f.name for f in fields if f.name not in leaves), len(fields))
    names, count = known
    return names if len(node.__dict__) == count else node.__dict__.keys()


# How a generated ``children`` reads a field, by its annotation: a node (or None), a list of
# nodes (or None), the (name, initialiser) pairs of a declaration, a dict of default values.
# Any other annotation is read as the general form reads it.
_ONE_NODE = {"Expr", "Stmt", "Function", "Name", "Expr|None", "Stmt|None", "Function|None", "Union[str,Expr]"}
_NODE_LIST = {"list[Stmt]", "list[Expr]", "list[Case]", "list[Name]", "list[Prop]"}
_NOT_NODES = {"Counted|None"}  # a record of facts about a node, never walked


def _install_children(cls: type) -> None:
    """Give ``cls`` a ``children`` that reads its node-holding fields by name, in field order:
    walks call it for every node several times per conversion, and looking at every attribute
    of ``__dict__`` in turn cost the most of any function of the translator.  A node with
    attributes besides its fields (none is given any today) takes the general form."""
    import dataclasses

    fields = dataclasses.fields(cls)
    lines = ["def children(self):", "    d = self.__dict__",
             f"    if len(d) != {len(fields)}:", "        return _generic_children(self)", "    found = []"]
    for f in fields:
        kind = f.type.replace(" ", "").replace("'", "").replace('"', "") if isinstance(f.type, str) else ""
        if kind in _LEAF_ANNOTATIONS or kind in _NOT_NODES:
            continue
        value = f"d[{f.name!r}]"
        if kind in _ONE_NODE:  # (a node or None; a string too where the annotation says so)
            test = "isinstance(v, Node)" if "str" in kind else "v is not None"
            lines += [f"    v = {value}", f"    if {test}:", "        found.append(v)"]
        elif kind in _NODE_LIST:
            lines += [f"    found += {value}"]
        elif kind in {f"{k}|None" for k in _NODE_LIST}:
            lines += [f"    v = {value}", "    if v is not None:", "        found += v"]
        elif kind == "list[tuple[str,Expr|None]]":
            lines += [f"    for _, v in {value}:", "        if v is not None:", "            found.append(v)"]
        elif kind == "dict[str,Expr]":
            lines += [f"    found += {value}.values()"]
        else:  # Any
            lines += [f"    v = {value}", "    if isinstance(v, Node):", "        found.append(v)",
                      "    elif isinstance(v, (list, tuple)):", "        _collect_nodes(v, found)",
                      "    elif isinstance(v, dict):", "        _collect_nodes(list(v.values()), found)"]
    lines.append("    return found")
    namespace: dict[str, Any] = {"Node": Node, "_generic_children": _generic_children, "_collect_nodes": _collect_nodes}
    exec("\n".join(lines), namespace)  # noqa: S102 - the translator's own field names, not input
    namespace["children"].__doc__ = Node.children.__doc__
    setattr(cls, "children", namespace["children"])


# -- expressions -----------------------------------------------------------------------------
@dataclass
class Expr(Node):
    pass


class _UndefinedLiteral:
    def __repr__(self) -> str:
        return "UNDEFINED"


UNDEFINED = _UndefinedLiteral()
LiteralValue = Union[str, int, float, bool, None, _UndefinedLiteral]  # None is JS's null; never a node


@dataclass
class Name(Expr):
    id: str


@dataclass
class Literal(Expr):
    value: LiteralValue


@dataclass
class Regex(Expr):
    pattern: str
    flags: str


@dataclass
class Template(Expr):
    quasis: list[str]
    exprs: list[Expr]


@dataclass
class ArrayLit(Expr):
    elements: list[Expr]
    holes: tuple[int, ...] = ()  # the elisions (`[1, , 3]`: 1), before any spread element


@dataclass
class Prop(Node):
    key: Union[str, Expr]  # a str for plain keys; an Expr when computed
    value: Expr
    kind: str = "init"  # init | get | set
    computed: bool = False


@dataclass
class ObjectLit(Expr):
    props: list[Prop]


@dataclass
class Function(Node):
    """A JS function (declaration, expression or arrow).  ``name`` is its Python name once named."""

    name: str | None
    params: list[str]
    body: list["Stmt"]
    is_arrow: bool = False
    is_declaration: bool = False
    js_name: str | None = None  # the name the JS gave it, if any
    # Its JS `name` when JS names an anonymous function after where it is stored (`var f =
    # function () {}`, `{m: () => 1}`, `[x = class {}]`, a getter's "get x"); else `js_name`.
    name_property: str | None = None
    length: int | None = None  # its JS `length`: the parameters before the first default or rest
    reads_new_target: bool = False  # it (or an arrow inside it) reads `new.target`: `new` passes it
    is_listener: bool = False  # passed to addEventListener: its first parameter is an event object
    defaults: dict[str, "Expr"] = field(default_factory=dict)  # ES2015 default parameter values
    rest: str | None = None  # ES2015 `...rest` parameter
    arguments_object: bool = False  # it reads `arguments`: its rest parameter of that name is the object
    is_async: bool = False  # ES2017 `async function`: returns a Promise; its `await`s suspend it
    is_generator: bool = False  # ES2015 `function*`
    strict: bool = False  # strict-mode code ("use strict", a class): a plain call's `this` is undefined
    is_class: bool = False  # a class's constructor: a function object that refuses plain calls
    derived: bool = False  # a derived class's constructor: its `this` is what its super(...) call returns
    # Filled by scope analysis:
    locals: set[str] = field(default_factory=set)
    nonlocals: list[str] = field(default_factory=list)


@dataclass
class FunctionExpr(Expr):
    fn: Function


@dataclass
class Call(Expr):
    callee: Expr
    args: list[Expr]
    optional: bool = False  # f?.(args)


@dataclass
class New(Expr):
    callee: Expr
    args: list[Expr]


@dataclass
class Member(Expr):
    obj: Expr
    prop: Union[str, Expr]  # str when not computed
    computed: bool = False
    optional: bool = False  # obj?.prop / obj?.[prop]


@dataclass
class OptionalChain(Expr):
    """``base`` is evaluated once; if it is null or undefined the whole chain is undefined, else
    ``chain`` is evaluated with ``base``'s value bound to ``var`` (lowered from ``?.``)."""

    base: Expr
    var: str
    chain: Expr


@dataclass
class Spread(Expr):
    """``...expr`` in a call's arguments or an array literal."""

    arg: Expr


@dataclass
class Yield(Expr):
    """``yield expr`` (``arg`` None for a bare ``yield``) or ``yield* expr`` (``delegate``)."""

    arg: "Expr | None"
    delegate: bool = False


@dataclass
class Await(Expr):
    """``await expr`` inside an async function."""

    arg: Expr


@dataclass
class Unary(Expr):
    op: str
    arg: Expr


@dataclass
class Update(Expr):
    op: str  # ++ | --
    prefix: bool
    arg: Expr


@dataclass
class Binary(Expr):
    op: str
    left: Expr
    right: Expr


@dataclass
class Logical(Expr):
    op: str  # && | ||
    left: Expr
    right: Expr


@dataclass
class Conditional(Expr):
    test: Expr
    consequent: Expr
    alternate: Expr


@dataclass
class Assign(Expr):
    op: str  # = += -= ...
    target: Expr
    value: Expr


@dataclass
class Sequence(Expr):
    exprs: list[Expr]


@dataclass
class This(Expr):
    pass


@dataclass
class GlobalRef(Expr):
    """The runtime's value of a JS global (``names.GLOBALS``), whatever the program's variables
    are called: the first value of a global the program assigns (``console = console || {...}``)."""

    name: str


@dataclass
class WithName(Expr):
    """A name read or written inside ``with (obj) { ... }`` bodies: a property of the first of
    ``scopes`` (innermost first: the temporaries holding each ``with`` object) that has it,
    else ``name``: what the name means outside them (a Name, as the program's other uses of it,
    or the global object's property for a global-scope name kept there).  ``key``: the JS name."""

    scopes: list[Name]
    name: Union[Name, Member]
    key: str


@dataclass
class SuperCall(Expr):
    """``super(args)`` in the constructor of the derived class ``cls``: it makes ``this``."""

    cls: Expr
    args: list[Expr]


@dataclass
class SuperMember(Expr):
    """``super.name`` (or ``super[expr]``) in a class method: the parent prototype's member,
    bound to ``this``."""

    parent: Expr
    prop: Union[str, Expr]
    home: bool = False  # `parent` holds an object literal whose methods these are: super is its prototype


# -- statements ---------------------------------------------------------------------------------
@dataclass
class Stmt(Node):
    leading: list[str] = field(default_factory=list, kw_only=True)  # comment texts before
    trailing: str | None = field(default=None, kw_only=True)  # comment on the same line after


@dataclass
class ExprStmt(Stmt):
    expr: Expr


@dataclass
class VarDecl(Stmt):
    kind: str  # var | let | const
    decls: list[tuple[str, Expr | None]]


@dataclass
class FunctionDecl(Stmt):
    fn: Function


@dataclass
class Return(Stmt):
    value: Expr | None


@dataclass
class If(Stmt):
    test: Expr
    body: list[Stmt]
    orelse: list[Stmt]


@dataclass
class While(Stmt):
    test: Expr
    body: list[Stmt]
    label: str | None = field(default=None, kw_only=True)  # `outer: while (...)`
    # "loop" for a JS while loop; "switch" and "block" for the run-once loops a switch with
    # fall-through or a labelled block is lowered to (`break` leaves them).
    role: str = field(default="loop", kw_only=True)


@dataclass
class Counted:
    """What passes/counted.py proved about a counted ``for`` loop (not a node: never walked).

    ``var`` runs from ``start`` by ``step`` while before ``stop`` (exclusive) and is dead after
    the loop; ``fixed``: ``stop`` cannot change while the loop runs (``range`` may be used);
    ``each``: the array the loop may iterate directly, reading ``each[var]`` as the item;
    ``index_used``: ``var`` has uses besides those item reads."""

    var: str
    start: Expr
    stop: Expr
    step: int
    kind: str  # var | let
    fixed: bool
    each: str | None
    index_used: bool


@dataclass
class For(Stmt):
    init: "Stmt | None"
    test: Expr | None
    update: Expr | None
    body: list[Stmt]
    label: str | None = field(default=None, kw_only=True)
    counted: Counted | None = field(default=None, kw_only=True)  # set by passes/counted.py


@dataclass
class ForIn(Stmt):
    target: str  # the loop variable (declared or assigned)
    declared: bool
    obj: Expr
    body: list[Stmt]
    kind: str = "var"  # how a declared target is declared: var | let | const
    label: str | None = field(default=None, kw_only=True)


@dataclass
class DoWhile(Stmt):
    body: list[Stmt]
    test: Expr
    label: str | None = field(default=None, kw_only=True)


@dataclass
class Case(Node):
    test: Expr | None  # None for `default:`
    body: list[Stmt]


@dataclass
class Switch(Stmt):
    discriminant: Expr
    cases: list[Case]


@dataclass
class ForOf(Stmt):
    target: str
    declared: bool
    iterable: Expr
    body: list[Stmt]
    kind: str = "var"
    label: str | None = field(default=None, kw_only=True)


@dataclass
class Break(Stmt):
    label: str | None = None


@dataclass
class Continue(Stmt):
    label: str | None = None


@dataclass
class Throw(Stmt):
    arg: Expr


@dataclass
class Try(Stmt):
    block: list[Stmt]
    param: str | None
    handler: list[Stmt] | None
    finalizer: list[Stmt] | None


@dataclass
class Block(Stmt):
    body: list[Stmt]
    is_scope: bool = field(default=False, kw_only=True)  # a JS `{ ... }` (not statements lowered together)


@dataclass
class Unsupported(Stmt):
    """A construct the translator does not handle yet; a diagnostic has been reported."""

    what: str


@dataclass
class CommentOnly(Stmt):
    """Comments with no statement after them (end of a block or file)."""


@dataclass
class Program(Node):
    body: list[Stmt]
    main: Function | None = None  # the function that top-level code becomes (after scope analysis)
    has_optional_chains: bool = False  # the source uses `?.` (set by the builder)
    has_for_loops: bool = False  # the source has `for (;;)` loops (set by the builder)
    reads_names: bool = False  # the source reads a `name` property (`f.name`, "name"): functions need their JS names
    reads_lengths: bool = False  # the source reads a `length` property: functions need their JS lengths
    strict: bool = False  # the top-level code is strict-mode code ("use strict" first)
    # Global-scope names read and written as the global object's properties (globalscope.py).
    global_object_names: frozenset[str] = frozenset()
    # Names read that no scope declares and no JS global provides: the global object's, if any
    # other file puts them there (found by scope analysis).
    free_names: frozenset[str] = frozenset()


def global_property(name: str, loc: Loc = NO_LOC) -> Member:
    """``globalThis.name``: a global-scope name read or written as the global object's property."""
    return Member(Name("globalThis", loc=loc), name, loc=loc)


def walk(node: Node) -> Iterator[Node]:
    """Every node below ``node`` (pre-order), including ``node``."""
    stack = [node]
    while stack:
        current = stack.pop()
        yield current
        stack.extend(reversed(current.children()))


def nodes_and_parents(root: Node) -> tuple[list[Node], dict[int, Node]]:
    """Every node below ``root`` in the order of :func:`walk`, and each one's parent (by id)."""
    nodes: list[Node] = []
    parents: dict[int, Node] = {}
    stack = [root]
    while stack:
        node = stack.pop()
        nodes.append(node)
        children = node.children()
        for child in children:
            parents[id(child)] = node
        stack.extend(reversed(children))
    return nodes, parents


def by_type(nodes: Iterable[Node]) -> dict[type, list[Node]]:
    """``nodes`` sorted by their exact class, each list in the order given (no node class of
    the IR has a subclass, so a list holds exactly the nodes an ``isinstance`` test picks)."""
    found: dict[type, list[Node]] = {}
    for node in nodes:
        kind = type(node)
        bucket = found.get(kind)
        if bucket is None:
            found[kind] = [node]
        else:
            bucket.append(node)
    return found


def assigned_name(node: Node) -> str | None:
    """The variable ``node`` assigns: an assignment to a name, ``++``/``--`` of one, or the
    head of a for-in/for-of loop."""
    if type(node) not in _ASSIGNING:  # most nodes: one look-up (no IR node class has subclasses)
        return None
    if isinstance(node, Assign) and isinstance(node.target, Name):
        return node.target.id
    if isinstance(node, Assign) and isinstance(node.target, WithName) and isinstance(node.target.name, Name):
        return node.target.name.id
    if isinstance(node, Update) and isinstance(node.arg, WithName) and isinstance(node.arg.name, Name):
        return node.arg.name.id
    if isinstance(node, Update) and isinstance(node.arg, Name):
        return node.arg.id
    if isinstance(node, (ForIn, ForOf)):
        return node.target
    return None


_ASSIGNING = frozenset({Assign, Update, ForIn, ForOf})


def names_in(body: Iterable[Stmt]) -> set[str]:
    """Every name ``body`` reads, declares, takes as a parameter or gives a function (a name a
    pass invents must avoid them all)."""
    names: set[str] = set()
    stack: list[Node] = list(body)
    while stack:  # (a set: the order of the walk does not matter)
        node = stack.pop()
        kind = type(node)  # (exact classes: no IR node class has subclasses)
        if kind is Name:
            names.add(node.id)  # type: ignore[attr-defined]
            continue  # (a name holds no node)
        if kind is VarDecl:
            names.update(n for n, _ in node.decls)  # type: ignore[attr-defined]
        elif kind is Function:
            names.update(node.params)  # type: ignore[attr-defined]
            if node.name:  # type: ignore[attr-defined]
                names.add(node.name)  # type: ignore[attr-defined]
        stack.extend(node.children())
    return names


def fresh_name(base: str, taken: set[str]) -> str:
    """``base``, or ``base_2``, ``base_3``... whichever is not in ``taken`` first; now taken."""
    name, n = base, 2
    while name in taken:
        name = f"{base}_{n}"
        n += 1
    taken.add(name)
    return name


def shares_this(roots: Iterable[Node], kinds: tuple[type, ...]) -> bool:
    """Is there a node of ``kinds`` in ``roots``, outside the ordinary functions nested in them
    (those have their own ``this``; arrow functions share it)?"""
    stack: list[Node] = list(roots)
    while stack:
        node = stack.pop()
        if isinstance(node, kinds):
            return True
        if isinstance(node, (FunctionDecl, FunctionExpr)) and not node.fn.is_arrow:
            continue
        stack.extend(node.children())
    return False


def reads_this(fn: Function) -> bool:
    """Does ``fn`` read ``this`` (or ``super``), itself or through arrow functions inside it?
    Its default values see its own."""
    return shares_this([*fn.body, *fn.defaults.values()], (This, SuperCall, SuperMember))


S = TypeVar("S", bound=Stmt)
_STATEMENT_LIST_FIELDS: dict[type, tuple[str, ...]] = {
    If: ("body", "orelse"), While: ("body",), For: ("body",), ForIn: ("body",), ForOf: ("body",),
    DoWhile: ("body",), Block: ("body",), Try: ("block", "handler", "finalizer"),
}


def statement_lists(stmt: Stmt) -> tuple[list[Stmt], ...]:
    """The statement lists directly inside a compound statement."""
    lister = _STATEMENT_LISTERS.get(type(stmt))
    return () if lister is None else lister(stmt)


def _try_lists(stmt: Any) -> tuple[list[Stmt], ...]:
    if stmt.handler is None:
        return (stmt.block,) if stmt.finalizer is None else (stmt.block, stmt.finalizer)
    return (stmt.block, stmt.handler) if stmt.finalizer is None else (stmt.block, stmt.handler, stmt.finalizer)


# By exact class (no IR node class has subclasses): every walk over statements asks this.
_STATEMENT_LISTERS: dict[type, Callable[[Any], tuple[list[Stmt], ...]]] = {
    If: lambda s: (s.body, s.orelse),
    While: lambda s: (s.body,), For: lambda s: (s.body,), ForIn: lambda s: (s.body,), ForOf: lambda s: (s.body,),
    DoWhile: lambda s: (s.body,),
    Switch: lambda s: tuple(case.body for case in s.cases),
    Block: lambda s: (s.body,),
    Try: _try_lists,
}


def with_fields(node: N, **changes: Any) -> N:
    """A shallow copy of ``node`` with ``changes`` (what a pure pass makes of a node it changes)."""
    new = object.__new__(type(node))
    new.__dict__.update(node.__dict__)
    new.__dict__.update(changes)
    return new


def rewrite(node: N, change: Callable[[Node, Node], Node | None]) -> N:
    """The shared rewrite of the pure passes: a tree equal to ``node`` in which, bottom-up, each
    node for which ``change(new, old)`` returns a replacement is replaced by it.  ``old`` is the
    node of the input (its ``id`` is what an analysis of the input recorded), ``new`` the same
    node with its children already rewritten.  Nothing of the input is modified: a node is
    copied only when something below it changed, and unchanged subtrees are shared."""
    return _rewrite_value(node, change)


def _rewrite_value(value: Any, change: Callable[[Node, Node], Node | None]) -> Any:
    if isinstance(value, Node):
        changed: dict[str, Any] = {}
        leaves = _LEAF_FIELDS.get(type(value))
        if leaves is None:
            leaves = _LEAF_FIELDS[type(value)] = _leaf_fields(type(value))
        for key, item in value.__dict__.items():
            if key not in leaves and isinstance(item, (Node, list, tuple, dict)):
                new_item = _rewrite_value(item, change)
                if new_item is not item:
                    changed[key] = new_item
        new = value
        if changed:
            new = object.__new__(type(value))
            new.__dict__.update(value.__dict__)
            new.__dict__.update(changed)
        replaced = change(new, value)
        return new if replaced is None else replaced
    if isinstance(value, (list, tuple)):
        items = [_rewrite_value(item, change) for item in value]
        if all(a is b for a, b in zip(items, value)):
            return value
        return items if isinstance(value, list) else tuple(items)
    if isinstance(value, dict):  # a function's default parameter values
        new_values = {key: _rewrite_value(item, change) for key, item in value.items()}
        return value if all(new_values[k] is value[k] for k in value) else new_values
    return value


def with_statement_lists(stmt: S, rewrite: Callable[[list[Stmt]], list[Stmt]]) -> S:
    """``stmt`` with each statement list directly inside it (see :func:`statement_lists`)
    replaced by ``rewrite(list)``; the same node when no list changed."""
    if isinstance(stmt, Switch):
        cases = [with_fields(case, body=body) if (body := rewrite(case.body)) is not case.body else case
                 for case in stmt.cases]
        return with_fields(stmt, cases=cases) if any(a is not b for a, b in zip(cases, stmt.cases)) else stmt
    changes = {}
    for name in _STATEMENT_LIST_FIELDS.get(type(stmt), ()):
        block = getattr(stmt, name)
        if block is not None:
            new = rewrite(block)
            if new is not block:
                changes[name] = new
    return with_fields(stmt, **changes) if changes else stmt


def clone(value: Any) -> Any:
    """A deep copy of IR (nodes, lists, tuples, sets of names), several times faster than
    ``copy.deepcopy``: passes copy their input to stay pure, so this runs on every conversion."""
    if isinstance(value, Node):
        new = object.__new__(type(value))
        new.__dict__.update({key: clone(item) for key, item in value.__dict__.items()})
        return new
    if isinstance(value, list):
        return [clone(item) for item in value]
    if isinstance(value, tuple):
        return tuple(clone(item) for item in value)
    if isinstance(value, set):
        return set(value)
    return value  # str, numbers, None, Loc (frozen), UNDEFINED


def _node_classes(cls: type) -> Iterator[type]:
    sub: type
    for sub in cls.__subclasses__():
        yield sub
        yield from _node_classes(sub)


for _cls in {*_node_classes(Node), Node}:
    _install_children(_cls)
