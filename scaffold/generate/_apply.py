"""Apply a plan all or nothing: every file is written, or the project is left as it was.

Two phases: every new content is first written and flushed to a temporary file beside its
target (so a full disk or a read-only folder fails before anything visible changes), then the
temporary files are renamed over their targets (``os.replace`` is atomic on one file system).
If any step fails, the files already replaced get their old content back, new files and
folders are removed, and the error is raised.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from scaffold.errors import ConflictError, ScaffoldError
from scaffold.generate._plan import FileChange, Plan

__all__ = ["ApplyError", "apply_plan", "restore"]


class ApplyError(ScaffoldError):
    """Writing failed; every file written in this run was restored."""


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _read(path: Path) -> str | None:
    try:
        return path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        return None


@dataclass
class _Transaction:
    created_dirs: list[Path] = field(default_factory=list)
    staged: dict[Path, Path] = field(default_factory=dict)
    done: list[FileChange] = field(default_factory=list)

    def make_dirs(self, folder: Path) -> None:
        missing = [folder, *folder.parents]
        for parent in reversed(missing):
            if not parent.exists():
                parent.mkdir()
                self.created_dirs.append(parent)

    def stage(self, change: FileChange, mode: int) -> None:
        self.make_dirs(change.path.parent)
        fd, name = tempfile.mkstemp(dir=change.path.parent, prefix=f".{change.path.name}.")
        self.staged[change.path] = Path(name)
        with os.fdopen(fd, "wb") as handle:
            handle.write(change.new.encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(name, mode)

    def commit(self, change: FileChange) -> None:
        os.replace(self.staged[change.path], change.path)
        del self.staged[change.path]
        self.done.append(change)

    def rollback(self) -> list[str]:
        """Undo everything; return the paths that could not be restored."""
        failed: list[str] = []
        for temporary in self.staged.values():
            with contextlib.suppress(OSError):
                temporary.unlink()
        for change in reversed(self.done):
            try:
                if change.old is None:
                    change.path.unlink()
                else:
                    restore(change.path, change.old)
            except OSError:
                failed.append(change.relpath)
        for folder in reversed(self.created_dirs):
            with contextlib.suppress(OSError):
                folder.rmdir()
        return failed


def restore(path: Path, content: str) -> None:
    """Replace ``path``'s content atomically, keeping its permissions."""
    fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    with os.fdopen(fd, "wb") as handle:
        handle.write(content.encode("utf-8"))
    os.chmod(name, stat.S_IMODE(path.stat().st_mode))
    os.replace(name, path)


def _check_unchanged(plan: Plan) -> None:
    """Refuse when a file changed between planning and applying."""
    for change in plan.writes:
        if _read(change.path) != change.old:
            raise ConflictError(
                f"{change.relpath} changed since the plan was made; nothing was written",
                hint="run the command again",
            )


@contextlib.contextmanager
def _transaction() -> Iterator[_Transaction]:
    transaction = _Transaction()
    try:
        yield transaction
    except BaseException as error:
        failed = transaction.rollback()
        if failed:
            raise ApplyError(
                f"writing failed ({error}) and {', '.join(failed)} could not be restored"
            ) from error
        if isinstance(error, OSError):
            where = f"{error.filename}: " if error.filename else ""
            raise ApplyError(
                f"writing failed: {where}{error.strerror or error}; nothing was changed"
            ) from error
        raise


def apply_plan(plan: Plan, *, force: bool = False) -> list[Path]:
    """Write the plan's files atomically; return the paths written.

    Files the plan would ``overwrite`` need ``force=True`` (else ``ConflictError``, nothing
    written). A file that changed since planning also stops the run before any write.
    """
    if plan.overwrites and not force:
        listed = ", ".join(change.relpath for change in plan.overwrites)
        raise ConflictError(
            f"would overwrite {listed}",
            hint="review the diff with --dry-run, then pass --force, or choose another --name",
        )
    _check_unchanged(plan)
    default_mode = 0o666 & ~_umask()
    with _transaction() as transaction:
        for change in plan.writes:
            mode = default_mode
            if change.old is not None:
                mode = stat.S_IMODE(change.path.stat().st_mode)
            transaction.stage(change, mode)
        for change in plan.writes:
            transaction.commit(change)
    return [change.path for change in plan.writes]
