"""A checklist, listed or verified against a project: items with their results, if any."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from scaffold.checklist._items import SECTIONS, Item
from scaffold.checklist._project import Unread
from scaffold.checklist._verify import Result, run_check
from scaffold.errors import UserError

__all__ = ["Checklist", "Entry", "SectionResult", "build_checklist"]


@dataclass(frozen=True)
class Entry:
    item: Item
    result: Result | None  # None: listed only, or nothing can check it


@dataclass(frozen=True)
class SectionResult:
    id: str
    title: str
    entries: tuple[Entry, ...]


@dataclass(frozen=True)
class Checklist:
    sections: tuple[SectionResult, ...]
    verified: bool
    root: str | None = None
    unread: tuple[Unread, ...] = ()  # files --verify could not read: the checks do not cover them

    def counts(self) -> dict[str, int]:
        counts = {"pass": 0, "fail": 0, "manual": 0}
        for section in self.sections:
            for entry in section.entries:
                if entry.result is not None:
                    counts[entry.result.status] += 1
        return counts

    @property
    def failed(self) -> bool:
        return self.counts()["fail"] > 0

    @property
    def complete(self) -> bool:
        """Whether every file --verify looks at was read (exit 1 when not, as for a failure)."""
        return not self.unread


def _manual() -> Result:
    return Result("manual", "needs a person: nothing in the project shows it")


def build_checklist(root: Path | None = None, *, verify: bool = False) -> Checklist:
    """The production checklist; with ``verify``, each item checked against ``root``."""
    if not verify:
        sections = tuple(
            SectionResult(s.id, s.title, tuple(Entry(item, None) for item in s.items))
            for s in SECTIONS
        )
        return Checklist(sections, verified=False)
    from scaffold.checklist._project import scan

    folder = Path(root or ".")
    if not folder.is_dir():
        raise UserError(f"{folder}: not a folder", hint="give the project's root folder")
    project = scan(folder)
    sections = tuple(
        SectionResult(
            s.id,
            s.title,
            tuple(
                Entry(item, run_check(item.check, project) if item.check else _manual())
                for item in s.items
            ),
        )
        for s in SECTIONS
    )
    return Checklist(sections, verified=True, root=str(folder), unread=tuple(project.unread))
