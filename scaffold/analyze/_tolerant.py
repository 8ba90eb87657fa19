"""Parse a module even when some statements use syntax the running Python does not know.

A project on a newer Python (PEP 758 ``except A, B:``, PEP 695 ``def f[T]()``, t-strings) must
not lose every definition of a module because one line is new. ``parse_tolerant`` parses the
whole text with ``scaffold._newer_syntax.parse_source``, which reads the newer forms libcst
knows as what they say (nothing is left out); on a syntax error still, it replaces only what
fails and tries again, keeping line numbers:

- an ``except`` clause that does not parse becomes ``except Exception:`` (the handler's body is
  kept, so a guard that refuses in it is still read);
- another nested line becomes ``pass`` (or ``if True:`` when it opens a block, so the block's
  body is kept);
- a top-level statement that still fails is blanked out whole, and the name it defined is
  recorded as *unreadable*, so guards named after it can be judged by their name and say so.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field

from scaffold._newer_syntax import parse_source

__all__ = ["Tolerant", "parse_tolerant"]

_MAX_REPAIRS = 64
_DEFINED = re.compile(r"^(?:async\s+def|def|class)\s+(\w+)|^(?:type\s+)?(\w+)\s*(?::[^=]*)?=[^=]")
_CONTINUES = ("else", "elif", "except", "finally", "case", ")", "]", "}")


@dataclass
class Tolerant:
    """The tree, the lines that were left out (line, what failed), the names lost with them."""

    tree: ast.Module
    repaired: list[tuple[int, str]] = field(default_factory=list)
    unreadable: dict[str, int] = field(default_factory=dict)


def _indent(line: str) -> str:
    return line[: len(line) - len(line.lstrip())]


def _code(line: str) -> bool:
    stripped = line.strip()
    return bool(stripped) and not stripped.startswith("#")


def _top_level(lines: list[str], number: int) -> tuple[int, int]:
    """The 0-based [start, end) of the top-level statement holding 1-based line ``number``."""
    start = min(number - 1, len(lines) - 1)
    while start > 0 and not (_code(lines[start]) and not _indent(lines[start])):
        start -= 1
    while start > 0 and lines[start - 1].startswith("@"):
        start -= 1
    end = max(number, start + 1)
    while end < len(lines):
        line = lines[end]
        if _code(line) and not _indent(line) and not line.lstrip().startswith(_CONTINUES):
            break
        end += 1
    return start, end


def _defined_name(lines: list[str], start: int, end: int) -> str | None:
    for line in lines[start:end]:
        if line.startswith("@") or not _code(line):
            continue
        found = _DEFINED.match(line)
        return (found.group(1) or found.group(2)) if found else None
    return None


def _patch_line(line: str) -> str:
    """A parseable stand-in for one nested line, at the same indentation."""
    indent, stripped = _indent(line), line.strip()
    if stripped.startswith("except"):
        return f"{indent}except Exception:\n"
    if stripped.endswith(":"):
        return f"{indent}if True:\n"
    return f"{indent}pass\n"


def parse_tolerant(text: str, filename: str) -> Tolerant:
    """Parse ``text``; raise ``SyntaxError`` only when nothing of the module can be read."""
    try:
        return Tolerant(parse_source(text, filename=filename))
    except SyntaxError as failure:
        first = error = failure
    lines = text.splitlines(keepends=True)
    result = Tolerant(ast.Module(body=[], type_ignores=[]))
    patched: set[int] = set()
    for _ in range(_MAX_REPAIRS):
        number = error.lineno
        if number is None or not lines or number > len(lines) + 1:
            raise error
        number = min(max(number, 1), len(lines))
        line = lines[number - 1]
        message = error.msg
        if _indent(line) and number not in patched:
            patched.add(number)
            lines[number - 1] = _patch_line(line)
            result.repaired.append((number, message))
        else:
            start, end = _top_level(lines, number)
            name = _defined_name(lines, start, end)
            if name:
                result.unreadable[name] = start + 1
            for index in range(start, end):
                patched.add(index + 1)
                lines[index] = "\n"
            result.repaired = [(n, m) for n, m in result.repaired if not start < n <= end]
            result.repaired.append((start + 1, message))
        try:
            result.tree = ast.parse("".join(lines), filename=filename)
        except SyntaxError as again:
            error = again
            continue
        result.repaired.sort()
        return result
    raise first
