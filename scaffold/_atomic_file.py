"""Write a text file atomically: a temporary file beside it, then one rename.

A reader (or a crash) sees either the old file or the new one, never half of each. A new file
gets the mode the umask allows (as ``open`` would give it), an existing one keeps its mode. The
temporary file names this process, so a run killed midway leaves nothing a later write to the
same folder does not remove. A target that is no regular file (``-o /dev/null``,
``/dev/stdout``, a named pipe) is written into, never renamed over: a rename would put a
plain file where the device was.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from scaffold._owned_files import (
    TEMP_FILE,
    TEMP_FILE_SUFFIX,
    remove_stale,
    temp_file_prefix,
    user_file_mode,
)
from scaffold.errors import UserError

__all__ = ["write_text_atomic"]


def write_text_atomic(path: Path, text: str) -> None:
    """Replace ``path`` with ``text`` (UTF-8); any failure is a one-line ``UserError``."""
    folder = path.parent if str(path.parent) else Path(".")
    try:
        if path.exists() and not path.is_file() and not path.is_dir():
            _write_into(path, text)  # a device or a pipe
            return
        folder.mkdir(parents=True, exist_ok=True)
        remove_stale(folder, TEMP_FILE)
        mode = path.stat().st_mode & 0o777 if path.exists() else user_file_mode()
        _write(folder, path, text, mode)
    except IsADirectoryError as error:
        raise UserError(f"cannot write {path}: it is a folder", hint="give a file path") from error
    except OSError as error:
        raise UserError(
            f"cannot write {path}: {error.strerror or error}; it was left as it was",
            hint="check that its folder is writable and the disk has room",
        ) from error


def _write_into(path: Path, text: str) -> None:
    with path.open("w", encoding="utf-8", newline="") as stream:
        stream.write(text)


def _write(folder: Path, path: Path, text: str, mode: int) -> None:
    handle, temporary = tempfile.mkstemp(
        prefix=temp_file_prefix(path.name), suffix=TEMP_FILE_SUFFIX, dir=folder
    )
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
