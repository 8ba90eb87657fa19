"""The oldest Python a project supports, and what generated code writes because of it.

Generated code must pass the project's own linter. A project that supports only Python 3.11
or later and lints with pyupgrade's rules gets UP017 for ``timezone.utc`` (``datetime.UTC``
exists from 3.11), while ``datetime.UTC`` does not run on 3.10. So the floor is read from
``[project] requires-python`` (what the project runs on), else from ruff's ``target-version``
(what it is linted for); when neither says, the floor is unknown and the code written is the
one that runs everywhere.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, NamedTuple

__all__ = ["UtcSpelling", "python_floor", "utc_spelling"]

# One clause of a PEP 440 specifier: operator and release (``3``, ``3.12``, ``3.12.*``, ...).
_CLAUSE = re.compile(r"(~=|===|==|!=|<=|>=|<|>)\s*v?(\d+)(?:\.(\d+|\*))?(?:\.[0-9*]+)*\s*")
_RUFF_TARGET = re.compile(r"py(3)(\d+)")


def _requires_python_floor(spec: str) -> tuple[int, int] | None:
    """The lowest ``(major, minor)`` a ``requires-python`` allows; None when not understood.

    Only lower bounds raise the floor (``>=``, ``>``, ``~=``, ``==``); upper bounds and
    exclusions cannot. A clause that is not a plain release (pre-releases, local versions,
    ``===`` arbitrary strings) makes the whole answer unknown rather than guessed.
    """
    floor: tuple[int, int] | None = None
    for clause in (part.strip() for part in spec.split(",")):
        if not clause:
            return None
        match = _CLAUSE.fullmatch(clause)
        if match is None:
            return None
        operator, major, minor = match.group(1), int(match.group(2)), match.group(3)
        if operator == "===":
            return None
        if operator not in ("~=", "==", ">=", ">"):
            continue
        bound = (major, 0 if minor in (None, "*") else int(minor))
        floor = bound if floor is None else max(floor, bound)
    return floor


def python_floor(pyproject: Mapping[str, Any]) -> tuple[int, int] | None:
    """The oldest Python ``(major, minor)`` the project supports, from its pyproject.toml.

    ``requires-python`` wins (it is what the project runs on); ruff's ``target-version`` is
    used only without it. None when neither is present or readable.
    """
    project = pyproject.get("project")
    spec = project.get("requires-python") if isinstance(project, Mapping) else None
    if isinstance(spec, str):
        return _requires_python_floor(spec)
    tool = pyproject.get("tool")
    ruff = tool.get("ruff") if isinstance(tool, Mapping) else None
    target = ruff.get("target-version") if isinstance(ruff, Mapping) else None
    if isinstance(target, str) and (match := _RUFF_TARGET.fullmatch(target.strip())):
        return int(match.group(1)), int(match.group(2))
    return None


class UtcSpelling(NamedTuple):
    """How generated code names UTC: the name imported from ``datetime``, and the expression."""

    name: str
    expression: str


def utc_spelling(floor: tuple[int, int] | None) -> UtcSpelling:
    """``datetime.UTC`` on 3.11 or later (ruff's UP017 wants it), ``timezone.utc`` otherwise."""
    if floor is not None and floor >= (3, 11):
        return UtcSpelling("UTC", "UTC")
    return UtcSpelling("timezone", "timezone.utc")
