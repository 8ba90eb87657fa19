"""Apply a plan all or nothing: every file is written, or the project is left as it was.

Two phases: every new content is first written and flushed to a temporary file beside its
target (so a full disk or a read-only folder fails before anything visible changes), then the
temporary files are renamed over their targets (``os.replace`` is atomic on one file system).
If any step fails, the files already replaced get their old content back, new files and
folders are removed, and the error is raised.

A journal in the project root survives ``kill -9``: it lists the temporary files and the
folders the run creates, and gets a ``commit`` line once every temporary file is complete.
The next run finishes a committed journal (renames what is left) and undoes one that was not
(removes the temporary files and the folders made for them). Every path written must stay
inside the project, also through symlinked folders.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import secrets
import stat
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from scaffold._owned_files import (
    TEMP_FILE,
    TEMP_FILE_SUFFIX,
    find_stale,
    remove_stale,
    temp_file_prefix,
    user_file_mode,
)
from scaffold.errors import ConflictError, ScaffoldError, UserError, describe_os_error
from scaffold.generate._plan import FileChange, Plan, read_project_text

__all__ = ["ApplyError", "apply_plan", "recover_interrupted", "restore"]

_JOURNAL_PREFIX = ".scaffold-apply-"
_JOURNAL = re.compile(re.escape(_JOURNAL_PREFIX) + r"(\d+)-[0-9a-f]+\.jsonl\Z")


class ApplyError(ScaffoldError):
    """Writing failed; every file written in this run was restored."""


def _inside(root: Path, path: Path, relpath: str) -> Path:
    """Where ``path`` really is once symlinks are followed; refuse if that leaves ``root``."""
    real = Path(os.path.realpath(path))
    if not real.is_relative_to(root):
        raise ConflictError(
            f"{relpath} would be written to {real}, outside the project (through a symlink)",
            hint="replace the symlink with a folder inside the project, or choose another --into",
        )
    return real


def _write_new(path: Path, data: bytes, mode: int, *, sync: bool = True) -> None:
    """Create ``path`` (it must not exist), write and flush ``data``, set ``mode``; with
    ``sync``, also wait until it is on disk (else ``_sync_all`` does, for many files at once)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
        handle.flush()
        if sync:
            os.fsync(handle.fileno())
    os.chmod(path, mode)


def _fsync_path(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _sync_all(paths: list[Path]) -> None:
    """Wait until every file of ``paths`` is on disk, the ``fsync`` calls running side by side.

    One ``fsync`` after another makes the file system commit its journal once per file (about
    5 ms each here, several times that on a loaded machine); issued together they share
    commits. The first error is raised once all calls have ended.
    """
    errors: list[OSError] = []

    def sync(path: Path) -> None:
        try:
            _fsync_path(path)
        except OSError as error:
            errors.append(error)

    threads = [threading.Thread(target=sync, args=(path,)) for path in paths[1:]]
    for thread in threads:
        thread.start()
    if paths:
        sync(paths[0])
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]


@dataclass
class _Transaction:
    root: Path
    token: str = field(default_factory=lambda: secrets.token_hex(6))
    created_dirs: list[Path] = field(default_factory=list)
    staged: dict[Path, Path] = field(default_factory=dict)
    done: list[tuple[FileChange, Path]] = field(default_factory=list)
    journal: Path | None = None

    def temporary(self, target: Path) -> Path:
        return target.with_name(f"{temp_file_prefix(target.name)}{self.token}{TEMP_FILE_SUFFIX}")

    def begin(self, targets: list[Path]) -> None:
        """Write the journal's first line: what this run will create."""
        missing: list[Path] = []
        for target in targets:
            for parent in reversed([target.parent, *target.parent.parents]):
                if not parent.exists() and parent not in missing:
                    missing.append(parent)
        self.journal = self.root / f"{_JOURNAL_PREFIX}{os.getpid()}-{self.token}.jsonl"
        record = {
            "dirs": [str(folder) for folder in missing],
            "files": [[str(self.temporary(t)), str(t)] for t in targets],
        }
        _write_new(self.journal, (json.dumps(record) + "\n").encode("utf-8"), 0o600)

    def make_dirs(self, folder: Path) -> None:
        for parent in reversed([folder, *folder.parents]):
            if not parent.exists():
                parent.mkdir()
                self.created_dirs.append(parent)

    def stage(self, target: Path, text: str, mode: int) -> None:
        """Write ``target``'s temporary file (``mark_committed`` makes it durable)."""
        self.make_dirs(target.parent)
        remove_stale(target.parent, TEMP_FILE)
        temporary = self.temporary(target)
        self.staged[target] = temporary
        _write_new(temporary, text.encode("utf-8"), mode, sync=False)

    def mark_committed(self) -> None:
        """From here on, a run killed midway is finished by the next one, not undone.

        Every temporary file is on disk before the journal says so.
        """
        if self.journal is None:
            raise RuntimeError("commit before begin")
        _sync_all(list(self.staged.values()))
        with self.journal.open("ab") as handle:
            handle.write(b'"commit"\n')
            handle.flush()
            os.fsync(handle.fileno())

    def commit(self, change: FileChange, target: Path) -> None:
        # Recorded first: Ctrl-C right after the replace must still undo it (a rollback of a
        # change never made finds nothing to remove, or restores what is already there).
        self.done.append((change, target))
        os.replace(self.staged[target], target)
        del self.staged[target]
        drop_bytecode(target)

    def finish(self) -> None:
        if self.journal is not None:
            self.journal.unlink(missing_ok=True)

    def rollback(self) -> list[str]:
        """Undo everything; return the paths that could not be restored."""
        failed: list[str] = []
        for temporary in self.staged.values():
            with contextlib.suppress(OSError):
                temporary.unlink()
        for change, target in reversed(self.done):
            try:
                if change.old is None:
                    target.unlink(missing_ok=True)
                else:
                    restore(target, change.old)
            except OSError:
                failed.append(change.relpath)
        for folder in reversed(self.created_dirs):
            with contextlib.suppress(OSError):
                folder.rmdir()
        if not failed:
            with contextlib.suppress(OSError):
                self.finish()
        return failed


def restore(path: Path, content: str) -> None:
    """Replace ``path``'s content atomically, keeping its permissions."""
    temporary = path.with_name(
        f"{temp_file_prefix(path.name)}{secrets.token_hex(6)}{TEMP_FILE_SUFFIX}"
    )
    _write_new(temporary, content.encode("utf-8"), stat.S_IMODE(path.stat().st_mode))
    os.replace(temporary, path)
    drop_bytecode(path)


def drop_bytecode(source: Path) -> None:
    """Remove the bytecode Python cached for ``source``, for every interpreter.

    Python reuses a cached module while the source's recorded size and modification second
    match: a module rewritten within the same second at the same size (includes reordered,
    an edit undone) would otherwise run as it was before.
    """
    if source.suffix != ".py":
        return
    for cached in (source.parent / "__pycache__").glob(f"{source.stem}.*.pyc"):
        with contextlib.suppress(OSError):
            cached.unlink()


def _check_unchanged(plan: Plan) -> None:
    """Refuse when a file changed between planning and applying."""
    for change in plan.writes:
        if read_project_text(change.path) != change.old:
            raise ConflictError(
                f"{change.relpath} changed since the plan was made; nothing was written",
                hint="run the command again",
            )


def _replay(journal: Path) -> None:
    """Finish (``commit`` line present) or undo (absent) the run that wrote ``journal``."""
    lines = journal.read_bytes().split(b"\n")
    try:
        record = json.loads(lines[0])
        pairs = [(Path(temporary), Path(target)) for temporary, target in record["files"]]
        folders = [Path(folder) for folder in record["dirs"]]
    except (ValueError, KeyError, TypeError):
        journal.unlink()  # cut off while being written: nothing was staged after it
        return
    committed = len(lines) > 1 and lines[1] == b'"commit"'
    for temporary, target in pairs:
        if temporary.exists():
            if committed:
                os.replace(temporary, target)
            else:
                temporary.unlink()
    if not committed:
        for folder in reversed(folders):
            with contextlib.suppress(OSError):
                folder.rmdir()
    journal.unlink()


def recover_interrupted(root: Path) -> int:
    """Finish or undo what a killed run left in the project at ``root``; return how many.

    Only journals whose process has exited are replayed; a running one is left alone.
    """
    root = root.resolve()
    journals = find_stale(root, _JOURNAL)
    for journal in journals:
        try:
            _replay(journal)
        except OSError as error:
            raise UserError(
                f"cannot finish an interrupted write recorded in {journal}: "
                f"{error.strerror or error}",
                hint="check the project's permissions, then run the command again",
            ) from error
    return len(journals)


@contextlib.contextmanager
def _transaction(root: Path) -> Iterator[_Transaction]:
    transaction = _Transaction(root)
    try:
        yield transaction
    except BaseException as error:
        failed = transaction.rollback()
        if failed:
            raise ApplyError(
                f"writing failed ({error}) and {', '.join(failed)} could not be restored"
            ) from error
        if isinstance(error, OSError):
            raise ApplyError(
                f"writing failed: {describe_os_error(error)}; nothing was changed"
            ) from error
        raise
    transaction.finish()


def apply_plan(plan: Plan, *, force: bool = False) -> list[Path]:
    """Write the plan's files atomically; return the paths written.

    Files the plan would ``overwrite`` need ``force=True`` (else ``ConflictError``, nothing
    written). A file that changed since planning also stops the run before any write, and so
    does a path that a symlink would take outside the project.
    """
    if plan.overwrites and not force:
        listed = ", ".join(change.relpath for change in plan.overwrites)
        raise ConflictError(
            f"would overwrite {listed}",
            hint="review the diff with --dry-run, then pass --force, or choose another --name",
        )
    recover_interrupted(plan.root)
    _check_unchanged(plan)
    root = plan.root.resolve()
    targets = [_inside(root, change.path, change.relpath) for change in plan.writes]
    default_mode = user_file_mode()
    with _transaction(root) as transaction:
        transaction.begin(targets)
        for change, target in zip(plan.writes, targets, strict=True):
            mode = default_mode
            if change.old is not None:
                mode = stat.S_IMODE(target.stat().st_mode)
            transaction.stage(target, change.new, mode)
        transaction.mark_committed()
        for change, target in zip(plan.writes, targets, strict=True):
            transaction.commit(change, target)
    return [change.path for change in plan.writes]
