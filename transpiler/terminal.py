"""Colour for `ti2py convert`'s diagnostics and closing count, by the rules of no-color.org and
force-color.org, which rich (the live view of `ti2py run`) follows too: ``NO_COLOR`` set and not
empty turns colour off; otherwise ``FORCE_COLOR`` set and not empty turns it on; otherwise there is
colour when the stream is a terminal (and ``TERM`` is not ``dumb``)."""

from __future__ import annotations

import os
import re
from typing import TextIO

RESET = "\x1b[0m"
BOLD, RED, YELLOW, CYAN, GREEN, DIM = "\x1b[1m", "\x1b[1;31m", "\x1b[1;33m", "\x1b[1;36m", "\x1b[32m", "\x1b[2m"
SEVERITY = {"error": RED, "warning": YELLOW, "note": CYAN}


def wants_colour(stream: TextIO) -> bool:
    if os.environ.get("NO_COLOR", ""):
        return False
    if os.environ.get("FORCE_COLOR", ""):
        return True
    try:
        return stream.isatty() and os.environ.get("TERM") != "dumb"
    except (AttributeError, ValueError):
        return False


_HEAD = re.compile(r"^(?P<where>.+?:\d+:\d+:) (?P<sev>error|warning|note): (?P<msg>.*?)(?P<code> \[[A-Z]\d{3}\])?$")
_CARET = re.compile(r"^(\s*)\^$")
_COUNT = re.compile(r"(\d+ errors?)|(\d+ warnings?)|(no output written)")


def paint_diagnostic(text: str) -> str:
    """A rendered diagnostic (head line, source line, caret, hints) with ANSI colours."""
    lines = text.split("\n")
    head = _HEAD.match(lines[0])
    if head is None:
        return text
    colour = SEVERITY[head.group("sev")]
    painted = [f"{BOLD}{head.group('where')}{RESET} {colour}{head.group('sev')}:{RESET} {BOLD}{head.group('msg')}{RESET}"
               + (f"{DIM}{head.group('code')}{RESET}" if head.group("code") else "")]
    for line in lines[1:]:
        caret = _CARET.match(line)
        if caret is not None:
            painted.append(f"{caret.group(1)}{colour}^{RESET}")
        elif line.startswith("  hint:"):
            painted.append(f"  {GREEN}hint:{RESET}{line[len('  hint:'):]}")
        else:
            painted.append(line)
    return "\n".join(painted)


def paint_count(line: str) -> str:
    """``ti2py: app.js: 1 error, 3 warnings; no output written`` with the counts coloured."""
    def colour(match: re.Match[str]) -> str:
        tint = RED if match.group(1) or match.group(3) else YELLOW
        return f"{tint}{match.group(0)}{RESET}"

    return _COUNT.sub(colour, line)
