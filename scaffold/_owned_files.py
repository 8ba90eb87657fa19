"""This tool's own temporary files and folders: names that say whose they are, stale ones removed.

Every temporary entry the tool makes carries the maker's process id in its name
(``<prefix><pid>-<random><suffix>``). A run stopped by ``kill -9`` cannot clean up after itself,
so a later run removes such entries once their maker is gone. An entry is removed only when its
whole name matches one of these patterns and the process it names no longer exists: a
concurrent run's files, older entries without a process id, and anything the user made are
never touched.
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

__all__ = [
    "STAGING",
    "STAGING_PREFIX",
    "TEMP_DIR",
    "TEMP_DIR_PREFIX",
    "TEMP_FILE",
    "TEMP_FILE_SUFFIX",
    "current_umask",
    "find_stale",
    "remove_stale",
    "staging_prefix",
    "temp_dir_prefix",
    "temp_file_prefix",
    "user_file_mode",
]

STAGING_PREFIX = ".scaffold-new-"
TEMP_DIR_PREFIX = "scaffold-"
TEMP_FILE_SUFFIX = ".tmp"
_RANDOM = r"[A-Za-z0-9_]+"

# Each kind of entry: how its name looks, with the maker's process id as the first group.
STAGING = re.compile(re.escape(STAGING_PREFIX) + r"(\d+)-" + _RANDOM + r"\Z")
TEMP_DIR = re.compile(re.escape(TEMP_DIR_PREFIX) + r"(\d+)-" + _RANDOM + r"\Z")
TEMP_FILE = re.compile(r"\..+\.scaffold-(\d+)-" + _RANDOM + re.escape(TEMP_FILE_SUFFIX) + r"\Z")


def staging_prefix() -> str:
    """Prefix of a staging folder made by this process (``mkdtemp(prefix=...)``)."""
    return f"{STAGING_PREFIX}{os.getpid()}-"


def temp_dir_prefix() -> str:
    """Prefix of a folder this process makes in the system's temporary folder."""
    return f"{TEMP_DIR_PREFIX}{os.getpid()}-"


def temp_file_prefix(name: str) -> str:
    """Prefix of the hidden temporary file that becomes ``name`` (``mkstemp(prefix=...)``)."""
    return f".{name}.scaffold-{os.getpid()}-"


def _alive(pid: int) -> bool:
    """Whether process ``pid`` exists; when in doubt, it does (nothing is removed)."""
    if pid <= 0 or pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # it exists but belongs to someone else, or cannot be asked
        return True
    return True


def find_stale(folder: Path, pattern: re.Pattern[str]) -> list[Path]:
    """The entries of ``folder`` named by ``pattern`` whose maker has exited, sorted."""
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return []
    stale: list[Path] = []
    for entry in entries:
        found = pattern.match(entry.name)
        if found is not None and not _alive(int(found.group(1))):
            stale.append(Path(entry.path))
    return sorted(stale)


def remove_stale(folder: Path, pattern: re.Pattern[str]) -> list[Path]:
    """Remove the entries of ``folder`` named by ``pattern`` whose maker has exited.

    Best effort: an entry that cannot be removed is left for the next run.
    """
    removed: list[Path] = []
    for path in find_stale(folder, pattern):
        try:
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path)
            else:
                path.unlink()
        except OSError:
            continue
        removed.append(path)
    return removed


def current_umask() -> int:
    """The process's umask (reading it means setting it, so it is set straight back)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def user_file_mode() -> int:
    """The mode a new file the user will read or commit gets: 0666 less the umask."""
    return 0o666 & ~current_umask()
