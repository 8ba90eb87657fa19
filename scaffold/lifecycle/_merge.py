"""Three-way merge of one file with ``git merge-file``: the merge every developer already trusts.

``git merge-file`` merges *ours* and *theirs* relative to *base* and writes standard conflict
markers where both changed the same lines. It needs no repository, only the ``git`` program.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from scaffold.errors import UserError

__all__ = ["MergeResult", "merge_three_way"]

_TIMEOUT = 60


@dataclass(frozen=True)
class MergeResult:
    text: str
    conflicts: int


def merge_three_way(ours: str, base: str, theirs: str, *, label: str) -> MergeResult:
    """Merge ``ours`` and ``theirs`` against ``base``; markers name ``label``'s two sides."""
    git = shutil.which("git")
    if git is None:
        raise UserError(
            "updating a modified file needs git for its three-way merge, and git is not on PATH",
            hint="install git, or regenerate with `scaffold new function ... --force`",
        )
    with tempfile.TemporaryDirectory(prefix="scaffold-merge-") as folder:
        paths = []
        for side, text in (("ours", ours), ("base", base), ("theirs", theirs)):
            path = Path(folder) / side
            path.write_bytes(text.encode("utf-8"))
            paths.append(str(path))
        completed = subprocess.run(  # noqa: S603 - fixed program, our own temporary files
            [
                git,
                "merge-file",
                "-p",
                "-L",
                f"{label} (yours)",
                "-L",
                f"{label} (as generated before)",
                "-L",
                f"{label} (template now)",
                *paths,
            ],
            capture_output=True,
            timeout=_TIMEOUT,
            check=False,
        )
    if completed.returncode < 0 or completed.returncode > 127:
        message = completed.stderr.decode("utf-8", "replace").strip().splitlines()
        raise UserError(f"git merge-file failed on {label}: {message[-1] if message else '?'}")
    return MergeResult(completed.stdout.decode("utf-8"), completed.returncode)
