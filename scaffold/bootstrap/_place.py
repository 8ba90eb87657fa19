"""All-or-nothing placement of a rendered project.

A project is rendered into a staging folder beside its target (same file system, so the final
step is a rename), and only a complete tree is moved into place. With ``force`` an existing
folder receives the new files one by one; every file it replaces is kept until the end, so a
failure midway puts the folder back as it was.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from scaffold._owned_files import STAGING, remove_stale, staging_prefix
from scaffold.errors import ConflictError, UserError

__all__ = ["place", "remove_stale_staging", "staging_area"]


def remove_stale_staging(output_dir: Path) -> None:
    """Remove the staging folders that runs killed midway left in ``output_dir``."""
    remove_stale(output_dir.absolute(), STAGING)


@contextmanager
def staging_area(output_dir: Path) -> Iterator[Path]:
    """A fresh folder inside ``output_dir`` (created if missing), removed when done.

    If anything fails, the folders created for ``output_dir`` itself are removed too. Its name
    holds this process's id, so that ``remove_stale_staging`` can tell it was a killed run's.
    """
    output_dir = output_dir.absolute()
    created: list[Path] = []
    missing = output_dir
    while not missing.exists():
        created.append(missing)
        missing = missing.parent
    try:
        output_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise UserError(f"cannot create the output folder {output_dir}: {error}") from error
    if not output_dir.is_dir():
        raise UserError(f"the output folder {output_dir} is not a folder")
    try:
        staging = Path(tempfile.mkdtemp(prefix=staging_prefix(), dir=output_dir))
    except OSError as error:
        raise UserError(
            f"cannot write in the output folder {output_dir}: {error.strerror or error}",
            hint="choose a writable folder with -o",
        ) from error
    try:
        yield staging
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        for folder in created:  # innermost first; only if still empty
            try:
                folder.rmdir()
            except OSError:
                break
        raise
    shutil.rmtree(staging, ignore_errors=True)


def place(built: Path, target: Path, *, force: bool, backup: Path) -> None:
    """Move the rendered ``built`` tree to ``target``.

    A new ``target`` is one rename. An existing one needs ``force``, and then gets the new files
    laid over it (files the template does not make stay), with the replaced files moved into
    ``backup`` and restored if any step fails.
    """
    if not target.exists() and not target.is_symlink():
        built.rename(target)
        return
    if not force:
        raise ConflictError(
            f"{target} already exists", hint="pass --force to write the project into it"
        )
    if not target.is_dir() or target.is_symlink():
        raise ConflictError(f"{target} exists and is not a folder", hint="remove it first")
    _check_kinds(built, target)
    backup.mkdir(parents=True, exist_ok=True)
    _overlay(built, target, backup)


def _check_kinds(built: Path, target: Path) -> None:
    """Refuse before moving anything when a file would replace a folder or the reverse, or
    when a folder of the existing project is a symlink out of it (the new files would be
    written through it, outside the project)."""
    inside = Path(os.path.realpath(target))
    for folder, dirnames, filenames in os.walk(built):
        relative = Path(folder).relative_to(built)
        for name in dirnames:
            existing = target / relative / name
            if existing.is_symlink() and not Path(os.path.realpath(existing)).is_relative_to(
                inside
            ):
                raise ConflictError(
                    f"{existing} is a symlink out of the project folder, where the template "
                    "makes a folder",
                    hint="replace the link with a folder, or create the project elsewhere",
                )
            if (
                existing.exists()
                and not existing.is_dir()
                and not (built / relative / name).is_symlink()
            ):
                raise ConflictError(f"{existing} is a file where the template makes a folder")
        for name in filenames:
            existing = target / relative / name
            if existing.is_dir() and not existing.is_symlink():
                raise ConflictError(f"{existing} is a folder where the template makes a file")


def _overlay(built: Path, target: Path, backup: Path) -> None:
    journal: list[tuple[str, Path, Path | None]] = []
    try:
        for folder, dirnames, filenames in os.walk(built):
            source_dir = Path(folder)
            target_dir = target / source_dir.relative_to(built)
            if not target_dir.exists():
                target_dir.mkdir()
                journal.append(("mkdir", target_dir, None))
            links = [name for name in dirnames if (source_dir / name).is_symlink()]
            dirnames[:] = [name for name in dirnames if name not in links]
            for name in sorted(filenames + links):
                destination = target_dir / name
                if destination.exists() or destination.is_symlink():
                    kept = backup / str(len(journal))
                    os.replace(destination, kept)
                    journal.append(("replaced", destination, kept))
                else:
                    journal.append(("created", destination, None))
                os.replace(source_dir / name, destination)
    except BaseException:
        _undo(journal)
        raise


def _undo(journal: list[tuple[str, Path, Path | None]]) -> None:
    for action, path, kept in reversed(journal):
        if action == "mkdir":
            shutil.rmtree(path, ignore_errors=True)
        elif action == "created":
            path.unlink(missing_ok=True)
        elif kept is not None:
            if path.exists() or path.is_symlink():
                path.unlink()
            os.replace(kept, path)
