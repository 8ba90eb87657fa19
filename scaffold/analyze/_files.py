"""Find the Python files to analyze, read them safely, and parse them with ``ast`` only.

Nothing here imports or executes the analyzed code. Vendored and tool folders are skipped by
name, a symlinked folder is followed once (loops are detected by device and inode), huge files
and files that cannot be decoded or parsed are reported as skipped instead of failing the run.
"""

from __future__ import annotations

import fnmatch
import io
import os
import sys
import tokenize
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from scaffold.analyze._model import Skipped
from scaffold.analyze._tolerant import Tolerant, parse_tolerant

__all__ = [
    "DEFAULT_EXCLUDES",
    "DEFAULT_MAX_BYTES",
    "SourceFile",
    "decode",
    "discover",
    "parse",
    "repaired_lines",
]

DEFAULT_EXCLUDES: tuple[str, ...] = (
    ".git",
    ".hg",
    ".svn",
    ".venv",
    "venv",
    ".tox",
    ".nox",
    ".eggs",
    "node_modules",
    "site-packages",
    "dist-packages",
    "__pycache__",
    ".mypy_cache",
    ".pytest_cache",
    ".ruff_cache",
)
DEFAULT_MAX_BYTES = 2 * 1024 * 1024


@dataclass(frozen=True)
class SourceFile:
    """A file found under the root: its path, its path relative to the root, its bytes."""

    path: Path
    relative: str
    data: bytes

    @property
    def lines(self) -> int:
        return self.data.count(b"\n") + (0 if self.data.endswith(b"\n") or not self.data else 1)


def _excluded(name: str, relative: str, names: frozenset[str], globs: Sequence[str]) -> bool:
    if name in names:
        return True
    return any(fnmatch.fnmatch(name, p) or fnmatch.fnmatch(relative, p) for p in globs)


def discover(
    root: Path,
    *,
    excludes: Sequence[str] = (),
    default_excludes: bool = True,
    max_bytes: int = DEFAULT_MAX_BYTES,
    confine: Path | None = None,
) -> Iterator[SourceFile | Skipped]:
    """Yield every ``*.py`` file under ``root`` (or ``root`` itself), or why one was skipped.

    Order is stable (sorted by name) so reports are reproducible. With ``confine`` (the MCP
    server's root), a symlink that resolves outside that folder is skipped, not followed.
    """
    patterns = tuple(excludes) + (DEFAULT_EXCLUDES if default_excludes else ())
    fence = Path(os.path.realpath(confine)) if confine is not None else None
    if root.is_file():
        yield from _read(root, root.name, max_bytes)
        return
    names = frozenset(p for p in patterns if not any(c in p for c in "*?[/"))
    rules = _Rules(names, tuple(p for p in patterns if p not in names), max_bytes, fence)
    yield from _walk(root, "", rules, set())


@dataclass(frozen=True)
class _Rules:
    names: frozenset[str]
    globs: tuple[str, ...]
    max_bytes: int
    fence: Path | None = None

    def leaves(self, entry: os.DirEntry[str]) -> bool:
        """Whether ``entry`` is a symlink out of the fence (always False without one)."""
        if self.fence is None or not entry.is_symlink():
            return False
        return not Path(os.path.realpath(entry.path)).is_relative_to(self.fence)


def _walk(
    folder: Path, prefix: str, rules: _Rules, seen: set[tuple[int, int]]
) -> Iterator[SourceFile | Skipped]:
    try:
        info = folder.stat()
    except OSError as error:
        yield Skipped(prefix or ".", f"cannot read folder: {error.strerror or error}")
        return
    identity = (info.st_dev, info.st_ino)
    if identity in seen:
        yield Skipped(prefix or ".", "symlink loop: folder already visited")
        return
    seen.add(identity)
    if prefix and os.path.isfile(folder / "pyvenv.cfg"):  # False, not an error, if unreadable
        return  # a virtual environment, whatever its name
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as error:
        yield Skipped(prefix or ".", f"cannot list folder: {error.strerror or error}")
        return
    for entry in entries:
        relative = f"{prefix}{entry.name}"
        if _excluded(entry.name, relative, rules.names, rules.globs):
            continue
        if rules.leaves(entry):
            yield Skipped(relative, "symlink out of the analyzed root, not followed")
            continue
        try:
            is_dir = entry.is_dir()
            is_file = not is_dir and entry.is_file()
        except OSError:
            yield Skipped(relative, "cannot stat (broken symlink?)")
            continue
        if is_dir:
            yield from _walk(Path(entry.path), f"{relative}/", rules, seen)
        elif is_file and entry.name.endswith(".py"):
            yield from _read(Path(entry.path), relative, rules.max_bytes)
        elif entry.name.endswith(".py") and entry.is_symlink() and not os.path.exists(entry.path):
            yield Skipped(relative, "broken symlink")


def _read(path: Path, relative: str, max_bytes: int) -> Iterator[SourceFile | Skipped]:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            yield Skipped(relative, f"too large ({size} bytes, limit {max_bytes})")
            return
        data = path.read_bytes()
    except OSError as error:
        yield Skipped(relative, f"cannot read: {error.strerror or error}")
        return
    yield SourceFile(path, relative, data)


def decode(source: SourceFile) -> str | Skipped:
    """The file's text, honouring a BOM or a PEP 263 coding cookie (default UTF-8)."""
    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(source.data).readline)
        return source.data.decode(encoding)
    except (SyntaxError, LookupError, UnicodeDecodeError) as error:
        return Skipped(source.relative, f"cannot decode: {error}")


def parse(source: SourceFile) -> Tolerant | Skipped:
    """Parse with ``ast`` (never import). Statements the running Python cannot parse are left
    out (``Tolerant.repaired``); a file of which nothing can be read is skipped, with the line."""
    text = decode(source)
    if isinstance(text, Skipped):
        return text
    try:
        return parse_tolerant(text, source.relative)
    except SyntaxError as error:
        return Skipped(
            source.relative,
            f"does not parse with Python {_version()} ({error.msg}); newer syntax or not Python",
            error.lineno,
        )
    except (ValueError, RecursionError, MemoryError) as error:
        return Skipped(source.relative, f"does not parse: {type(error).__name__}")


def repaired_lines(source: SourceFile, parsed: Tolerant) -> list[Skipped]:
    """One ``Skipped`` entry per statement left out of a module that was otherwise read."""
    return [
        Skipped(
            source.relative,
            f"line {line} does not parse with Python {_version()} ({message}); "
            "left out, the rest of the file was analyzed",
            line,
        )
        for line, message in parsed.repaired
    ]


def _version() -> str:
    return f"{sys.version_info.major}.{sys.version_info.minor}"
