"""A plan is the list of file writes a command would make, computed before anything is written.

Planning reads the project and renders every file in memory; previewing (``render_diff``) and
applying (``scaffold.generate.apply_plan``) work from the plan alone, so ``--dry-run`` shows
exactly what a real run writes.
"""

from __future__ import annotations

import difflib
import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from scaffold._visible import visible

if TYPE_CHECKING:
    from scaffold.generate._spec import FunctionSpec

__all__ = [
    "BASE_PURPOSE",
    "Action",
    "FileChange",
    "Plan",
    "content_hash",
    "read_project_text",
    "render_diff",
]

Action = Literal["create", "modify", "overwrite", "unchanged"]
# The purpose of the copies of generated files kept as merge bases (see _manifest.py).
BASE_PURPOSE = "merge base"


def read_project_text(
    path: Path, *, lenient: bool = False, folder_hint: str | None = None
) -> str | None:
    """A project file's text as scaffold compares, merges and rewrites it; ``None`` when absent.

    Strict (planning, applying, updating): a folder where the file should be, or bytes that are
    not UTF-8, are a one-line ``UserError`` (``folder_hint`` says what to do about a folder), so
    nothing is planned over a file that cannot be compared. Lenient (reporting, as ``scaffold
    status`` does): a folder reads as absent, and undecodable bytes as U+FFFD, so the file shows
    as modified instead of stopping the report.
    """
    from scaffold.errors import UserError

    try:
        data = path.read_bytes()
    except (FileNotFoundError, NotADirectoryError):
        return None
    except IsADirectoryError:
        if lenient:
            return None
        raise UserError(f"{path} is a folder, not a file", hint=folder_hint) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        if lenient:
            return data.decode("utf-8", "replace")
        raise UserError(f"{path} is not UTF-8 text; it cannot be merged") from None


def content_hash(text: str) -> str:
    """The manifest's fingerprint of a file's content."""
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class FileChange:
    """One file of a plan.

    ``action``: ``create`` (new file), ``modify`` (an edit the tool may make, such as
    registering a router or updating the manifest), ``overwrite`` (replaces content the tool
    must not replace without ``--force``), ``unchanged`` (already as wanted).
    """

    path: Path
    relpath: str
    action: Action
    old: str | None
    new: str
    purpose: str
    reason: str = ""

    @property
    def writes(self) -> bool:
        return self.action != "unchanged"


@dataclass(frozen=True)
class Plan:
    """What generating one function would write, and what to tell the user about it."""

    root: Path
    name: str
    template: str
    template_version: int
    changes: tuple[FileChange, ...]
    notes: tuple[str, ...] = ()
    warnings: tuple[str, ...] = field(default=())
    spec: FunctionSpec | None = None

    def __post_init__(self) -> None:
        # Notes and warnings are printed as they are: no control character may ride along.
        object.__setattr__(self, "notes", tuple(visible(note) for note in self.notes))
        object.__setattr__(self, "warnings", tuple(visible(text) for text in self.warnings))

    @property
    def writes(self) -> tuple[FileChange, ...]:
        return tuple(change for change in self.changes if change.writes)

    @property
    def overwrites(self) -> tuple[FileChange, ...]:
        return tuple(change for change in self.changes if change.action == "overwrite")

    @property
    def nothing_to_do(self) -> bool:
        return not self.writes

    def summary(self) -> str:
        """The function's specification, then one line a file: ``create  x.py  (endpoint)``.

        The merge bases under ``.scaffold/base/`` are bookkeeping: they share one line.
        """
        shown = [change for change in self.changes if change.purpose != BASE_PURPOSE]
        bases = [change for change in self.changes if change.purpose == BASE_PURPOSE]
        width = max((len(change.action) for change in self.changes), default=0)
        lines = list(self.spec.summary()) if self.spec is not None else []
        for change in shown:
            reason = f"; {change.reason}" if change.reason else ""
            lines.append(f"{change.action:<{width}}  {change.relpath}  ({change.purpose}{reason})")
        written = [change for change in bases if change.writes]
        if written:
            action = written[0].action if len({c.action for c in written}) == 1 else "write"
            lines.append(
                f"{action:<{width}}  .scaffold/base/  ({len(written)} original(s) kept for "
                "scaffold update)"
            )
        return visible("\n".join(lines))


def _diff_one(change: FileChange) -> str:
    old = change.old if change.old is not None else ""
    before = f"a/{change.relpath}" if change.old is not None else "/dev/null"
    lines = difflib.unified_diff(
        old.splitlines(keepends=True),
        change.new.splitlines(keepends=True),
        fromfile=before,
        tofile=f"b/{change.relpath}",
    )
    text = ""
    for line in map(visible, lines):  # shown on a terminal: no escapes or bidi overrides
        text += line if line.endswith("\n") else line + "\n\\ No newline at end of file\n"
    return text


def render_diff(plan: Plan) -> str:
    """A unified diff of every file the plan writes (new files diff against /dev/null).

    The merge bases are left out: they repeat the generated files' own diff.
    """
    return "".join(_diff_one(change) for change in plan.writes if change.purpose != BASE_PURPOSE)
