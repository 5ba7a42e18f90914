"""Pass: mark counted ``for`` loops that Python can run as ``for ... in range(...)`` or as
``for item in array``.

``for (var i = 0; i < n; i++)`` is JS's way to count; a Python reader expects ``for i in
range(n)``, and Python runs that several times faster than a ``while`` with an increment.  The
two are equivalent only under conditions this pass proves from the tree alone (the emitter adds
the one it needs types for: ``start`` and ``stop`` integers, or the array an array):

* the counter is assigned only by the loop's own update (never in the body, never by a closure);
* the counter is dead after the loop (``range`` leaves it at the last value, JS one step past):
  a ``let`` counter always is; a ``var`` counter is when every other use in its function sits in
  another ``for`` that starts by assigning it, and no closure reads it;
* the bound cannot change while the loop runs: a literal, or names nothing in the body or any
  closure assigns, or an array's ``length`` in a body without calls or length changes.

``for (var j = 0; j < a.length; j++) { ... a[j] ... }`` also gets ``each``: it can iterate the
array itself (``for item in a``; with ``enumerate`` when ``j`` has other uses).  Python's list
iterator re-reads the length at every step, as the JS test does, so a body may push to ``a``;
what it may not do is change an item it then reads again (``a[...] =``, ``sort``, ``splice``...),
reassign ``a``, pass ``a`` anywhere, or read ``a[j]`` after a call that might have (or inside
a closure).  The loop itself is left as it was: the emitter chooses the form.
"""

from __future__ import annotations

from typing import Iterable, Iterator

from .. import ir

# Array methods that neither replace, reorder nor remove items (push only appends).
KEEPS_ITEMS = frozenset({
    "push", "indexOf", "lastIndexOf", "includes", "join", "slice", "concat", "map", "filter", "forEach", "some",
    "every", "find", "findIndex", "reduce", "toString"})


def mark_counted_loops(body: list[ir.Stmt]) -> list[ir.Stmt]:
    """``body`` with ``For.counted`` set on the counted loops of the top level and of every
    function in it (the input is not modified)."""
    decisions: dict[int, ir.Counted] = {}
    _Scope(body, None).mark(decisions)
    if not decisions:
        return body
    return ir.rewrite(body, lambda new, old: ir.with_fields(new, counted=decisions[id(old)])
                      if id(old) in decisions else None)


def _own_nodes(nodes: Iterable[ir.Node]) -> Iterator[ir.Node]:
    """Every node under ``nodes`` that belongs to this function (nested functions are yielded,
    not entered)."""
    stack = list(nodes)[::-1]
    while stack:
        node = stack.pop()
        yield node
        if not isinstance(node, ir.Function):
            stack.extend(list(node.children())[::-1])


def _functions_in(nodes: Iterable[ir.Node]) -> list[ir.Function]:
    return [n for n in _own_nodes(nodes) if isinstance(n, ir.Function)]


def _declared(fn: ir.Function) -> set[str]:
    from .hoist import var_names

    names = set(fn.params) | set(var_names(fn.body)) | ({fn.rest} if fn.rest else set())
    names |= {f.name for f in _functions_in(fn.body) if f.name}
    return names


def _free_names(fn: ir.Function) -> tuple[set[str], set[str]]:
    """Outer names ``fn`` (or a function inside it) reads or writes, and those it assigns."""
    refs: set[str] = set()
    writes: set[str] = set()
    for node in _own_nodes(fn.body):
        if isinstance(node, ir.Name):
            refs.add(node.id)
        elif (name := ir.assigned_name(node)) is not None:
            writes.add(name)
        elif isinstance(node, ir.Function):
            inner_refs, inner_writes = _free_names(node)
            refs |= inner_refs
            writes |= inner_writes
    own = _declared(fn)
    return refs - own, writes - own


def _writes(nodes: Iterable[ir.Node], name: str) -> bool:
    return any(ir.assigned_name(node) == name for node in nodes)


def is_item(node: ir.Node, array: str, index: str) -> bool:
    return (isinstance(node, ir.Member) and node.computed and isinstance(node.obj, ir.Name) and node.obj.id == array
            and isinstance(node.prop, ir.Name) and node.prop.id == index)


class _Scope:
    """One function's body (or the top level): its loops, with what closures in it capture."""

    def __init__(self, body: list[ir.Stmt], fn: ir.Function | None) -> None:
        self.fn = fn  # None at the top level: every name there is main()'s
        self._declared: set[str] | None = None
        self.closures: list[ir.Function] = []
        # Each use of a name in this scope, with the `for` loops around it.
        self.uses: dict[str, list[tuple[ir.For, ...]]] = {}
        self.loops: list[tuple[ir.For, tuple[ir.For, ...]]] = []
        self._collect(body, ())
        self._captured: tuple[set[str], set[str]] | None = None

    def _collect(self, nodes: Iterable[ir.Node], around: tuple[ir.For, ...]) -> None:
        for node in nodes:
            if isinstance(node, ir.Function):
                self.closures.append(node)
                continue
            if isinstance(node, ir.Name):
                self.uses.setdefault(node.id, []).append(around)
            elif isinstance(node, ir.For):
                self.loops.append((node, around))
                self._collect(node.children(), (*around, node))
                continue
            self._collect(node.children(), around)

    @property
    def declared(self) -> set[str] | None:
        if self.fn is not None and self._declared is None:
            self._declared = _declared(self.fn)
        return self._declared

    @property
    def captured(self) -> set[str]:
        """Names the closures in this scope read or write (worked out for scopes with loops)."""
        return self._closure_names()[0]

    @property
    def captured_writes(self) -> set[str]:
        return self._closure_names()[1]

    def _closure_names(self) -> tuple[set[str], set[str]]:
        if self._captured is None:
            refs: set[str] = set()
            writes: set[str] = set()
            for fn in self.closures:
                inner_refs, inner_writes = _free_names(fn)
                refs |= inner_refs
                writes |= inner_writes
            self._captured = refs, writes
        return self._captured

    def mark(self, decisions: dict[int, ir.Counted]) -> None:
        """Record, by the loop's id, the counted loops of this scope and the functions in it."""
        for loop, around in self.loops:
            counted = self._counted(loop, around)
            if counted is not None:
                decisions[id(loop)] = counted
        for fn in self.closures:
            _Scope(fn.body, fn).mark(decisions)

    # -- the conditions ----------------------------------------------------------------------
    def _counted(self, loop: ir.For, around: tuple[ir.For, ...]) -> ir.Counted | None:
        shape = _shape(loop)
        if shape is None:
            return None
        var, start, stop, step, kind = shape
        body = list(_own_nodes(loop.body))
        if _writes(body, var) or var in self.captured_writes:
            return None
        if kind == "var":
            if var in self.captured or (self.declared is not None and var not in self.declared):
                return None
            if not self._dead_after(loop, around, var):
                return None
        fixed = self._invariant(stop, loop, body)
        each = self._each(loop, body, var, stop, step, start)
        if not fixed and each is None:
            return None
        # `a[i](x)` calls the item as a method of `a` (`js.invoke(a, i, x)` unless the emitter
        # knows the functions it reaches ignore `this`): the index is kept for it.
        index_used = each is None or any(
            isinstance(n, ir.Name) and n.id == var for n in nodes_without_items(loop.body, each, var)) or any(
            isinstance(n, ir.Call) and is_item(n.callee, each, var) for n in body)
        return ir.Counted(var, start, stop, step, kind, fixed, each, index_used)

    def _local(self, name: str) -> bool:
        """Is ``name`` this scope's own and assigned by none of its closures (so only the
        statements here can change it)?"""
        return (self.declared is None or name in self.declared) and name not in self.captured_writes

    def _dead_after(self, loop: ir.For, around: tuple[ir.For, ...], var: str) -> bool:
        """Every use of ``var`` outside ``loop`` is inside another loop that assigns it first."""
        for enclosing in self.uses.get(var, []):
            if loop in enclosing:
                continue
            if not any(other not in around and _assigns_first(other, var) for other in enclosing):
                return False
        return True

    def _invariant(self, stop: ir.Expr, loop: ir.For, body: list[ir.Node]) -> bool:
        """Can ``stop`` not change while the loop runs?"""
        for node in ir.walk(stop):
            if isinstance(node, ir.Literal):
                continue
            if isinstance(node, ir.Name):
                if _writes(body, node.id) or not self._local(node.id):
                    return False
            elif isinstance(node, ir.Member) and not node.computed and node.prop == "length":
                if not isinstance(node.obj, ir.Name) or not _length_kept(body, node.obj.id, loop):
                    return False
            elif isinstance(node, ir.Binary) and node.op in ("+", "-", "*"):
                continue
            elif isinstance(node, ir.Unary) and node.op == "-":
                continue
            elif not isinstance(node, ir.Member):
                return False
        return True

    def _each(self, loop: ir.For, body: list[ir.Node], var: str, stop: ir.Expr, step: int,
              start: ir.Expr) -> str | None:
        """The array ``loop`` walks item by item, if it can iterate it directly."""
        if not (step == 1 and isinstance(start, ir.Literal) and start.value == 0 and isinstance(stop, ir.Member)
                and not stop.computed and stop.prop == "length" and isinstance(stop.obj, ir.Name)):
            return None
        array = stop.obj.id
        if _writes(body, array) or not self._local(array):
            return None
        for fn in _functions_in(loop.body):  # a closure could change the array, or read a[j] later
            if any(isinstance(n, ir.Name) and n.id == array for n in ir.walk(fn)):
                return None
        if not _array_only_read(loop.body, array, var):
            return None
        if not any(is_item(n, array, var) for n in body):
            return None
        return array if _items_read_before_changes(loop.body, array, var) else None


def _shape(loop: ir.For) -> tuple[str, ir.Expr, ir.Expr, int, str] | None:
    """(counter, start, exclusive stop, step, var|let) of ``for (i = a; i < b; i++)`` and the
    like (``<=``, ``>``, ``>=``, ``i--``, ``i += 2``), else None."""
    init = loop.init
    if isinstance(init, ir.VarDecl) and init.decls and init.decls[0][1] is not None and init.kind in ("var", "let"):
        var, start = init.decls[0]
        assert start is not None  # (tested above)
        kind = init.kind
        if any(var in {n.id for n in ir.walk(e) if isinstance(n, ir.Name)} for _, e in init.decls[1:] if e):
            return None
    elif isinstance(init, ir.ExprStmt) and isinstance(init.expr, ir.Assign) and init.expr.op == "=" \
            and isinstance(init.expr.target, ir.Name):
        var, start, kind = init.expr.target.id, init.expr.value, "var"
    else:
        return None
    step = _step(loop.update, var)
    test = loop.test
    if step is None or not isinstance(test, ir.Binary):
        return None
    op, left, right = test.op, test.left, test.right
    if isinstance(right, ir.Name) and right.id == var and not (isinstance(left, ir.Name) and left.id == var):
        op, left, right = {"<": ">", ">": "<", "<=": ">=", ">=": "<="}.get(op, op), right, left
    if not (isinstance(left, ir.Name) and left.id == var) or var in {
            n.id for n in ir.walk(right) if isinstance(n, ir.Name)}:
        return None
    if step > 0 and op in ("<", "<="):
        stop = right if op == "<" else _plus(right, 1)
    elif step < 0 and op in (">", ">="):
        stop = right if op == ">" else _plus(right, -1)
    else:
        return None
    return var, start, stop, step, kind


def _plus(expr: ir.Expr, n: int) -> ir.Expr:
    """``expr + n`` (folded for an integer literal: ``i <= 3`` stops before 4)."""
    if isinstance(expr, ir.Literal) and type(expr.value) is int:
        return ir.Literal(expr.value + n, loc=expr.loc)
    return ir.Binary("+" if n > 0 else "-", expr, ir.Literal(abs(n), loc=expr.loc), loc=expr.loc)


def _step(update: ir.Expr | None, var: str) -> int | None:
    if isinstance(update, ir.Update) and isinstance(update.arg, ir.Name) and update.arg.id == var:
        return 1 if update.op == "++" else -1
    if (isinstance(update, ir.Assign) and isinstance(update.target, ir.Name) and update.target.id == var
            and update.op in ("+=", "-=") and isinstance(update.value, ir.Literal)
            and type(update.value.value) is int and update.value.value > 0):
        return update.value.value if update.op == "+=" else -update.value.value
    return None


def _assigns_first(loop: ir.For, var: str) -> bool:
    init = loop.init
    if isinstance(init, ir.VarDecl):
        value = next((v for name, v in init.decls if name == var), None)
    elif (isinstance(init, ir.ExprStmt) and isinstance(init.expr, ir.Assign) and init.expr.op == "="
          and isinstance(init.expr.target, ir.Name) and init.expr.target.id == var):
        value = init.expr.value
    else:
        return False
    return value is not None and not any(isinstance(n, ir.Name) and n.id == var for n in ir.walk(value))


def _length_kept(body: list[ir.Node], array: str, loop: ir.For) -> bool:
    """No call at all (any could grow or shrink ``array``), no write to its length or to an
    index other than the counter's."""
    counter = loop.init.decls[0][0] if isinstance(loop.init, ir.VarDecl) else loop.init.expr.target.id  # type: ignore[union-attr]
    for node in body:
        if isinstance(node, (ir.Call, ir.New)):
            return False
        target = node.target if isinstance(node, ir.Assign) else node.arg if isinstance(node, (ir.Update, ir.Unary)) \
            and (isinstance(node, ir.Update) or node.op == "delete") else None
        if isinstance(target, ir.Member) and isinstance(target.obj, ir.Name) and target.obj.id == array:
            if not is_item(target, array, counter) or isinstance(node, ir.Unary):
                return False
    return True


def _array_only_read(body: list[ir.Stmt], array: str, var: str) -> bool:
    """Each use of ``array`` in ``body`` reads an item, its length, or calls a method that
    keeps its items; nothing assigns or deletes an item."""
    parents: dict[int, ir.Node] = {}
    names: list[ir.Name] = []
    for node in _own_nodes(body):
        for child in node.children():
            parents[id(child)] = node
        if isinstance(node, ir.Name) and node.id == array:
            names.append(node)
    for name in names:
        parent = parents.get(id(name))
        if not (isinstance(parent, ir.Member) and parent.obj is name):
            return False  # passed, stored or compared: it could change anywhere
        grand = parents.get(id(parent))
        written = (isinstance(grand, ir.Assign) and grand.target is parent
                   or isinstance(grand, ir.Update)
                   or isinstance(grand, ir.Unary) and grand.op == "delete")
        if written:
            return False
        if not parent.computed and parent.prop != "length":
            if not (isinstance(grand, ir.Call) and grand.callee is parent and parent.prop in KEEPS_ITEMS):
                return False
    return True


def nodes_without_items(body: list[ir.Stmt], array: str, var: str) -> Iterator[ir.Node]:
    """The nodes of ``body`` apart from the item reads ``array[var]`` (and what is under them)."""
    stack: list[ir.Node] = list(body)
    while stack:
        node = stack.pop()
        if is_item(node, array, var):
            continue
        yield node
        stack.extend(node.children())


def _items_read_before_changes(body: list[ir.Stmt], array: str, var: str) -> bool:
    """Is every read of ``array[var]`` made before anything in the same iteration that might
    change what it holds (a call, ``new``, an assignment to a property)?  Walked in evaluation
    order; a loop inside the body is walked twice, as its second turn follows its first."""
    changed = False

    def visit(node: ir.Node) -> bool:
        nonlocal changed
        if isinstance(node, ir.Function):
            return True
        if is_item(node, array, var):
            return not changed
        if isinstance(node, (ir.While, ir.For, ir.ForIn, ir.ForOf, ir.DoWhile)):
            return all(visit(child) for _ in range(2) for child in node.children())
        if isinstance(node, ir.Assign) and not isinstance(node.target, ir.Name):
            ok = all(visit(child) for child in node.children())
            changed = True
            return ok
        ok = all(visit(child) for child in node.children())
        if isinstance(node, (ir.Call, ir.New)) or isinstance(node, ir.Update) and not isinstance(node.arg, ir.Name) \
                or isinstance(node, ir.Unary) and node.op == "delete":
            changed = True
        return ok

    return all(visit(stmt) for stmt in body)
