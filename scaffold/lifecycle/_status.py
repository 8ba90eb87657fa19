"""``scaffold status``: each generated function, how its files stand, and whether its contract
still holds.

A file is *generated* (unchanged), *modified* by the user, or *missing*; it is *stale* when
today's template renders it differently from what was generated. A function is *weakened* when
a clause of its contract was removed or loosened by hand (compared with the recorded original,
so the template's own changes are not blamed on the user).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from scaffold.errors import UserError
from scaffold.lifecycle._clauses import compare_clauses, read_clauses
from scaffold.lifecycle._regenerate import Regeneration, load_generated, regenerate

if TYPE_CHECKING:
    from scaffold.catalog import Catalog
    from scaffold.generate import FileState, ManifestEntry, Project

__all__ = ["FileStatus", "FunctionStatus", "function_status", "project_status"]


@dataclass(frozen=True)
class FileStatus:
    path: str
    state: FileState
    stale: bool

    def describe(self) -> str:
        return f"{self.state}, stale" if self.stale else self.state


@dataclass(frozen=True)
class FunctionStatus:
    """One generated function: where it came from, its files, and what is wrong with it."""

    name: str
    template: str
    version: int
    available: int | None
    files: tuple[FileStatus, ...]
    weakened: tuple[str, ...] = ()
    problems: tuple[str, ...] = ()

    @property
    def stale(self) -> bool:
        newer = self.available is not None and self.available > self.version
        return newer or any(file.stale for file in self.files)

    @property
    def ok(self) -> bool:
        return not (self.stale or self.weakened or self.problems)

    def as_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "template": self.template,
            "version": self.version,
            "available": self.available,
            "stale": self.stale,
            "files": [
                {"path": file.path, "state": file.state, "stale": file.stale} for file in self.files
            ],
            "weakened": list(self.weakened),
            "problems": list(self.problems),
        }


def _weakened(
    relpath: str, current: str | None, reference: str | None
) -> tuple[list[str], list[str]]:
    """(weakenings, problems) of one Python file against its reference."""
    if current is None or reference is None or not relpath.endswith(".py"):
        return [], []
    try:
        expected = read_clauses(reference)
    except SyntaxError as error:  # a damaged record: say so rather than skip the comparison
        return [], [
            f"{relpath}: its recorded original does not parse (line {error.lineno}); "
            "the contract cannot be compared"
        ]
    if expected is None:
        return [], []
    try:
        found = read_clauses(current)
    except SyntaxError as error:
        return [], [f"{relpath}:{error.lineno}: does not parse (unresolved merge conflict?)"]
    if found is None:
        return [f"@contract removed from {relpath}"], []
    return compare_clauses(expected, found), []


def function_status(project: Project, catalog: Catalog, entry: ManifestEntry) -> FunctionStatus:
    """The status of one manifest entry against the project's files and today's catalog."""
    from scaffold.generate import content_hash, read_base, read_project_text

    problems: list[str] = []
    regeneration: Regeneration | None = None
    try:
        regeneration = regenerate(project, catalog, entry)
    except UserError as error:
        problems.append(str(error))
    files: list[FileStatus] = []
    weakened: list[str] = []
    for relpath, recorded in sorted(entry.files.items()):
        current = read_project_text(project.root / relpath, lenient=True)
        base = read_base(project.root, relpath)
        state: FileState = "missing"
        if current is not None:
            state = "generated" if content_hash(current) == recorded else "modified"
        new = regeneration.files.get(relpath) if regeneration is not None else None
        stale = new is not None and (
            new != base if base is not None else content_hash(new) != recorded
        )
        files.append(FileStatus(relpath, state, stale))
        reference = base if base is not None else current if state == "generated" else new
        found, trouble = _weakened(relpath, current, reference)
        weakened.extend(found)
        problems.extend(trouble)
    return FunctionStatus(
        name=entry.name,
        template=entry.template,
        version=entry.template_version,
        available=regeneration.template.version if regeneration is not None else None,
        files=tuple(files),
        weakened=tuple(weakened),
        problems=tuple(problems),
    )


def project_status(
    root: str | Path | None = None, names: Sequence[str] = ()
) -> list[FunctionStatus]:
    """Every generated function of the project at ``root`` (or those named), by name."""
    generated = load_generated(root, names)
    return [
        function_status(generated.project, generated.catalog, generated.manifest.entries[name])
        for name in generated.names
    ]
