"""The server's fences: the root every path must stay inside, and the plans it has made.

A model may send any path, including ``..`` and symlinks pointing elsewhere, so every path is
resolved (symlinks followed) and refused unless it lands inside the root the server was started
with. Plans stay in memory in the server process, keyed by an unguessable id, with the
fingerprint of every file they were computed from: ``apply`` compares the files' current
content with it and refuses a plan the project has moved away from.
"""

from __future__ import annotations

import hashlib
import secrets
import threading
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from scaffold.errors import ConflictError, UserError

if TYPE_CHECKING:
    from scaffold.generate import Plan

__all__ = ["PlanStore", "Root", "StoredPlan"]

# Plans a model made and never applied are dropped, oldest first, past this many.
MAX_PLANS = 64


class Root:
    """The folder the server serves; nothing outside it is read or written."""

    def __init__(self, folder: str | Path) -> None:
        path = Path(folder).expanduser()
        if not path.is_dir():
            raise UserError(f"{path}: not a folder", hint="start the server with --root DIR")
        self.path = path.resolve()

    def inside(self, path: str | Path | None) -> Path:
        """``path`` (relative to the root, or absolute) resolved, if it stays inside the root."""
        given = Path(path) if path not in (None, "") else Path(".")
        candidate = given if given.is_absolute() else self.path / given
        resolved = candidate.resolve()
        if not self.contains(resolved):
            raise UserError(
                f"{given}: outside the server's root {self.path}",
                hint="the server reads and writes only inside the folder it was started in",
            )
        return resolved

    def contains(self, path: Path) -> bool:
        """Whether ``path``, symlinks followed, is the root or inside it."""
        resolved = path.resolve()
        return resolved == self.path or self.path in resolved.parents

    def relative(self, path: Path) -> str:
        """``path`` relative to the root, as the tools report it (``.`` for the root)."""
        return path.resolve().relative_to(self.path).as_posix() or "."

    def check_plan(self, plan: Plan) -> None:
        """Refuse a plan that would write outside the root (a symlinked folder, say)."""
        for change in plan.changes:
            if not self.contains(change.path):
                raise UserError(
                    f"{change.relpath}: resolves outside the server's root {self.path}",
                    hint="remove the symlink or start the server at a folder that holds it",
                )


def _fingerprint_of(path: Path) -> str | None:
    """The manifest's ``sha256:`` fingerprint of a file's bytes; ``None`` when missing."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError:
        return "unreadable"
    return "sha256:" + hashlib.sha256(data).hexdigest()


def _planned_from(plan: Plan) -> dict[str, str | None]:
    """The fingerprint of each file as the plan saw it (its ``old`` content)."""
    from scaffold.generate import content_hash

    return {
        change.relpath: None if change.old is None else content_hash(change.old)
        for change in plan.changes
    }


@dataclass(frozen=True)
class StoredPlan:
    id: str
    plan: Plan
    fingerprints: dict[str, str | None]

    def changed_files(self) -> list[str]:
        """Files whose content differs from what the plan was computed from."""
        return [
            change.relpath
            for change in self.plan.changes
            if _fingerprint_of(change.path) != self.fingerprints[change.relpath]
        ]


class PlanStore:
    """Plans by id, in this process only; an applied or stale plan is forgotten."""

    def __init__(self, capacity: int = MAX_PLANS) -> None:
        self.capacity = capacity
        self._plans: OrderedDict[str, StoredPlan] = OrderedDict()
        self._lock = threading.Lock()  # tools run in the SDK's worker threads

    def add(self, plan: Plan) -> StoredPlan:
        stored = StoredPlan(secrets.token_hex(8), plan, _planned_from(plan))
        with self._lock:
            self._plans[stored.id] = stored
            while len(self._plans) > self.capacity:
                self._plans.popitem(last=False)
        return stored

    def get(self, plan_id: str) -> StoredPlan:
        with self._lock:
            stored = self._plans.get(plan_id)
        if stored is None:
            raise UserError(
                f"no plan {plan_id!r} in this server",
                hint="plans last until applied or the server stops; call plan again",
            )
        return stored

    def check_fresh(self, stored: StoredPlan) -> None:
        """Refuse (and forget) a plan whose files changed since it was made."""
        changed = stored.changed_files()
        if changed:
            self.discard(stored.id)
            raise ConflictError(
                f"the project changed since plan {stored.id} was made "
                f"({', '.join(changed)}); nothing was written",
                hint="call plan again and review the new diff",
            )

    def discard(self, plan_id: str) -> None:
        with self._lock:
            self._plans.pop(plan_id, None)

    def __len__(self) -> int:
        return len(self._plans)
