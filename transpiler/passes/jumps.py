"""Pass: the jumps Python lacks, in terms of the ones it has.

Python's ``break``/``continue`` leave only the innermost loop.  This pass

* lowers a ``switch`` whose cases fall through into each other (or that ``break`` from the middle
  of a case) to a loop that runs once: the matching case's index is found first, then every case
  body from there on runs, and ``break`` leaves the loop;
* rewrites a ``break label`` / ``continue label`` that crosses inner loops to set a flag and leave
  the innermost loop; after each loop in between, the flag is checked and the jump goes on
  outward (the way one writes it by hand in Python).

Afterwards every ``break``/``continue`` with a label targets the innermost Python loop, and the
emitter writes it plainly.  A switch without fall-through stays a Switch (an if/elif chain).
A pure IR -> IR function; function bodies are independent (a jump never leaves a function).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .. import ir

LOOPS = (ir.While, ir.For, ir.ForIn, ir.ForOf, ir.DoWhile)
Loop = ir.While | ir.For | ir.ForIn | ir.ForOf | ir.DoWhile


def switch_breaks(body: list[ir.Stmt]) -> list[ir.Break]:
    """Unlabelled ``break`` statements in a case body that would leave the switch (not those of
    inner loops, inner switches or nested functions)."""
    found: list[ir.Break] = []

    def visit(stmts: list[ir.Stmt]) -> None:
        for stmt in stmts:
            if isinstance(stmt, ir.Break) and stmt.label is None:
                found.append(stmt)
            elif not isinstance(stmt, (*LOOPS, ir.Switch, ir.FunctionDecl)):
                for block in ir.statement_lists(stmt):
                    visit(block)

    visit(body)
    return found


def is_plain_switch(switch: ir.Switch) -> bool:
    """No case falls through into the next non-empty one, and each leaves only at its end."""
    for index, case in enumerate(switch.cases):
        real = [s for s in case.body if not isinstance(s, ir.CommentOnly)]
        if not real:
            continue
        last = real[-1]
        if index < len(switch.cases) - 1 and not isinstance(last, (ir.Break, ir.Return, ir.Throw, ir.Continue)):
            return False
        trailing = last if isinstance(last, ir.Break) and last.label is None else None
        if any(b is not trailing for b in switch_breaks(case.body)):
            return False
    return True


@dataclass
class _Frame:
    """A Python loop being walked: the JS loop, or a run-once loop from a switch or a block."""

    loop: Loop | None  # None for a plain switch (an if/elif chain: not a Python loop)
    role: str  # loop | switch | block | plain-switch


@dataclass
class _Lowering:
    body: list[ir.Stmt]  # the program: the names it uses are collected only if a name is needed
    _taken: set[str] | None = None
    before: dict[int, list[ir.Stmt]] = field(default_factory=dict)  # id(stmt) -> statements to put before it
    after: dict[int, list[ir.Stmt]] = field(default_factory=dict)
    flags: dict[tuple[int, str], str] = field(default_factory=dict)  # (id(target loop), kind) -> flag name
    # Labels given to loops of the input (by id): the lowered copy of the loop carries them.
    labels: dict[int, str] = field(default_factory=dict)
    # A fall-through switch's `break`s (by id) leave the run-once loop of this label.
    switch_breaks: dict[int, str] = field(default_factory=dict)

    def fresh(self, base: str) -> str:
        if self._taken is None:
            self._taken = ir.names_in(self.body)
        return ir.fresh_name(base, self._taken)

    def label_of(self, loop: Loop) -> str:
        label = self.labels.get(id(loop), loop.label)
        if label is None:
            label = self.labels[id(loop)] = self.fresh("loop")  # never printed: it names the loop for the emitter
        return label

    # -- statement lists ---------------------------------------------------------------------
    def block(self, stmts: list[ir.Stmt], stack: list[_Frame]) -> list[ir.Stmt]:
        done = [self.stmt(stmt, stack) for stmt in stmts]
        out: list[ir.Stmt] = []
        for original, stmt in zip(stmts, done):
            out.extend(self.before.pop(id(original), []))
            out.append(stmt)
            out.extend(self.after.pop(id(original), []))
        return out

    def stmt(self, stmt: ir.Stmt, stack: list[_Frame]) -> ir.Stmt:
        """``stmt`` lowered: a copy wherever something changed (the input is not modified)."""
        if isinstance(stmt, ir.FunctionDecl):
            return ir.with_fields(stmt, fn=ir.with_fields(stmt.fn, body=self.block(stmt.fn.body, [])))
        if isinstance(stmt, ir.Switch):
            if not is_plain_switch(stmt):
                return self.stmt(self.switch_loop(stmt), stack)
            inner = [*stack, _Frame(None, "plain-switch")]
            return ir.with_fields(stmt, cases=[ir.with_fields(case, body=self.block(case.body, inner))
                                               for case in stmt.cases])
        if isinstance(stmt, LOOPS):
            role = stmt.role if isinstance(stmt, ir.While) else "loop"
            body = self.block(stmt.body, [*stack, _Frame(stmt, role)])
            return ir.with_fields(stmt, body=body, label=self.labels.get(id(stmt), stmt.label))
        if isinstance(stmt, (ir.Break, ir.Continue)):
            return self.jump(stmt, stack)
        return ir.with_statement_lists(stmt, lambda block: self.block(block, stack))

    # -- switch with fall-through -----------------------------------------------------------------
    def switch_loop(self, switch: ir.Switch) -> ir.Stmt:
        loc = switch.loc
        out: list[ir.Stmt] = []
        value = switch.discriminant
        if not isinstance(value, (ir.Name, ir.Literal)):
            name = self.fresh("switch_value")
            out.append(ir.VarDecl("let", [(name, value)], loc=loc))
            value = ir.Name(name, loc=loc)
        index = self.fresh("case_index")
        default = next((i for i, c in enumerate(switch.cases) if c.test is None), len(switch.cases))
        chain: list[ir.Stmt] = []
        for i in reversed(range(len(switch.cases))):
            case = switch.cases[i]
            if case.test is not None:
                test = ir.Binary("===", ir.clone(value), case.test, loc=case.loc)
                chain = [ir.If(test, [_assign(index, i, case.loc)], chain, loc=case.loc)]
        # The index of the case to start at: the matching one, else `default` (or past the end).
        out.append(ir.VarDecl("let", [(index, ir.Literal(default, loc=loc))], loc=loc))
        out.extend(chain)
        label = self.fresh("switch")
        body: list[ir.Stmt] = []
        for i, case in enumerate(switch.cases):
            for brk in switch_breaks(case.body):
                self.switch_breaks[id(brk)] = label  # `break` leaves the switch: the run-once loop
            reached = ir.Binary("<=", ir.Name(index, loc=case.loc), ir.Literal(i, loc=case.loc), loc=case.loc)
            body.append(ir.If(reached, case.body, [], loc=case.loc))
        body.append(ir.Break(label, loc=loc))
        out.append(ir.While(ir.Literal(True, loc=loc), body, label=label, role="switch", loc=loc,
                            leading=switch.leading, trailing=switch.trailing))
        return ir.Block(out, loc=loc)

    # -- break and continue ---------------------------------------------------------------------
    def jump(self, stmt: ir.Break | ir.Continue, stack: list[_Frame]) -> ir.Stmt:
        is_break = isinstance(stmt, ir.Break)
        if id(stmt) in self.switch_breaks:
            stmt = ir.with_fields(stmt, label=self.switch_breaks[id(stmt)])
        target = self.target(stmt, stack)
        if target is None:
            return stmt  # unlabelled, for the innermost loop or a plain switch: Python's own
        loops: list[Loop] = [f.loop for f in stack[target + 1:] if f.loop is not None]
        goal = stack[target].loop
        assert goal is not None
        if not loops and stmt.label is None and stack[target].role == "loop":
            return stmt  # Python's own break/continue: it is the innermost loop
        if not loops:
            if stmt.label is not None:
                return ir.with_fields(stmt, label=self.label_of(goal))
            return stmt
        kind = "break" if is_break else "continue"
        key = (id(goal), kind)
        flag = self.flags.get(key)
        if flag is None:
            flag = self.flags[key] = self.fresh(f"{kind}_{self.labels.get(id(goal), goal.label) or 'loop'}")
            self.before.setdefault(id(goal), []).append(
                ir.VarDecl("let", [(flag, ir.Literal(False, loc=goal.loc))], loc=goal.loc))
            # After the outermost loop in between, the jump lands on its goal...
            resume: list[ir.Stmt] = [ir.Break(self.label_of(goal), loc=stmt.loc)] if is_break else [
                _assign(flag, False, stmt.loc), ir.Continue(self.label_of(goal), loc=stmt.loc)]
            self.after.setdefault(id(loops[0]), []).append(ir.If(ir.Name(flag, loc=stmt.loc), resume, [], loc=stmt.loc))
        # ...and after each inner one, it leaves the loop around it.
        for outer, inner in zip(loops, loops[1:]):
            check = ir.If(ir.Name(flag, loc=stmt.loc), [ir.Break(self.label_of(outer), loc=stmt.loc)], [], loc=stmt.loc)
            pending = self.after.setdefault(id(inner), [])
            if not any(isinstance(s, ir.If) and isinstance(s.test, ir.Name) and s.test.id == flag for s in pending):
                pending.append(check)
        return ir.Block([_assign(flag, True, stmt.loc), ir.Break(self.label_of(loops[-1]), loc=stmt.loc)],
                        loc=stmt.loc, leading=stmt.leading, trailing=stmt.trailing)

    @staticmethod
    def target(stmt: ir.Break | ir.Continue, stack: list[_Frame]) -> int | None:
        """Index in ``stack`` of the loop the jump goes to; None where Python's plain jump (or
        the emitter, for a plain switch's closing ``break``) does the right thing."""
        is_break = isinstance(stmt, ir.Break)
        for index in reversed(range(len(stack))):
            frame = stack[index]
            if stmt.label is not None:
                if frame.loop is not None and frame.loop.label == stmt.label:
                    return index
            elif frame.role == "plain-switch" and is_break:
                return None
            elif frame.role == "loop" or (frame.role == "switch" and is_break):
                return index
        return None


def _assign(name: str, value: bool | int, loc: ir.Loc) -> ir.Stmt:
    return ir.ExprStmt(ir.Assign("=", ir.Name(name, loc=loc), ir.Literal(value, loc=loc), loc=loc), loc=loc)


def lower_jumps(body: list[ir.Stmt]) -> list[ir.Stmt]:
    """``body`` with fall-through switches and labelled jumps lowered (the input is not modified)."""
    return _Lowering(body).block(body, [])
