"""A cache of parsed template files, keyed on each file's content.

Parsing YAML and validating the result cost about a millisecond a template; a catalog of
thousands would spend seconds on every command. So the parsed data of every *valid* template
is kept in one file per folder under the user cache directory, keyed on the SHA-256 of the
file's bytes, together with a digest of the code that validated it (``source_digest``).

The file is a manifest (per file its digest, its ``stat`` signature, the position and value of
its ``name``, and where its data lies; ``marshal``-encoded, which decodes 5,000 rows in about
half the time JSON takes), then each template's data as compact JSON. Loading decodes the
manifest only; a template's data is decoded when the template is first used. While the
validating code is unchanged (``trusted``), an entry stands for a template already validated,
so the loader checks it in full only on use; after a change of that code, every entry is
validated again at load. A corrupt, foreign or truncated file is a miss, never an error.
Invalid files are never cached: their problems need positions, which only a fresh parse gives.

Staleness is decided by ``stat``, as git's index and mypy's cache do: a file whose signature
(type, size, modification and change times in nanoseconds, inode, device) is the one recorded
is not read again, and its recorded digest stands for its content. Any write changes the
change time, which no program can set back, so an edit that keeps the size and restores the
modification time is still seen. The one blind spot is a second write within the file
system's timestamp resolution after the signature was taken ("racy" in git's words): so a file
changed less than ``RACY_SECONDS`` before it was read gets no signature, and is read and
hashed again next time (then, unchanged and old enough, it gets one).
"""

from __future__ import annotations

import functools
import hashlib
import json
import marshal
import os
import stat
import struct
import time
from pathlib import Path
from typing import Any, NamedTuple

from scaffold.catalog._files import write_bytes_atomically

__all__ = [
    "CACHE_VARIABLE",
    "RACY_SECONDS",
    "TRUSTS_STAT",
    "CachedEntry",
    "ParseCache",
    "Signature",
    "cache_root",
    "digest",
    "signature_of",
    "source_digest",
]

CACHE_VARIABLE = "SCAFFOLD_NO_CACHE"
_MAGIC = b"scaffold-parse\x00\x03"
_HEAD = struct.Struct("<16sQ")  # magic, size of the manifest
# Longer than the coarsest timestamp resolution in use (2 s on FAT), with a margin for a
# file server's clock running behind this machine's.
RACY_SECONDS = 3

# Where ``st_ctime`` is the creation time (Windows), an edit that restores the modification
# time would leave every field of ``stat`` as it was: files are always read and hashed there.
TRUSTS_STAT = os.name != "nt"

Signature = tuple[int, int, int, int, int, int]
"""What ``stat`` says of a file: type, size, mtime and ctime in ns, inode, device."""


def _now_ns() -> int:
    return time.time_ns()


def signature_of(info: os.stat_result) -> Signature:
    return (
        stat.S_IFMT(info.st_mode),
        info.st_size,
        info.st_mtime_ns,
        info.st_ctime_ns,
        info.st_ino,
        info.st_dev,
    )


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def cache_root() -> Path:
    """The user cache directory of contract-scaffold (every cache lives below it)."""
    from platformdirs import user_cache_path

    return user_cache_path("contract-scaffold")


@functools.cache
def source_digest(*packages: str) -> str:
    """SHA-256 of the Python sources of ``packages`` (``"scaffold.catalog"``), for cache keys.

    A cache built by other code (an upgrade, a local edit) then never passes for current.
    """
    import importlib

    hasher = hashlib.sha256()
    for package in packages:
        folder = Path(importlib.import_module(package).__path__[0])
        for path in sorted(folder.glob("*.py")):
            hasher.update(f"{package}/{path.name}\0".encode())
            hasher.update(path.read_bytes())
    return hasher.hexdigest()


def _catalog_code() -> str:
    return source_digest("scaffold.catalog")


class CachedEntry(NamedTuple):
    """One valid file as cached: content digest, ``name:`` position and value, its data."""

    sha256: str
    line: int
    column: int
    name: str
    blob: bytes | memoryview  # the parsed data as compact UTF-8 JSON
    signature: Signature | None = None  # None: read and hash the file to know it unchanged

    def data(self) -> Any:
        """The parsed data; ``None`` when the blob does not decode (a corrupt cache)."""
        try:
            return json.loads(bytes(self.blob))
        except ValueError:
            return None


def _entry(raw: object, body: memoryview) -> CachedEntry | None:
    """A manifest row checked for shape (it may come from a corrupt or foreign file).

    A signature of another shape never equals a file's, so it is not looked into.
    """
    if type(raw) is not tuple or len(raw) != 7:
        return None
    sha256, line, column, name, start, size, signature = raw
    shaped = type(sha256) is str and type(name) is str
    numbers = type(line) is int and type(column) is int and type(start) is int
    if not (shaped and numbers and type(size) is int):
        return None
    if min(line, column, start, size) < 0 or start + size > len(body):
        return None
    return CachedEntry(sha256, line, column, name, body[start : start + size], signature)


def _unmarshal(data: memoryview) -> object:
    """The manifest back from ``marshal``, which builds plain values and runs nothing; it is
    read from the user's own cache directory, and checked row by row (``_entry``)."""
    return marshal.loads(data)  # noqa: S302 - see above


class ParseCache:
    """The cached parses of one folder's valid files, by file name."""

    def __init__(self, folder: Path) -> None:
        self.enabled = not os.environ.get(CACHE_VARIABLE)
        key = digest(str(folder.resolve()).encode("utf-8", "surrogateescape"))
        self.path = cache_root() / "parsed" / f"{key[:32]}.cache"
        self.trusted = False  # entries were validated by the code running now
        # A file changed after this instant may change again unseen within its timestamp's
        # resolution: its signature is not recorded.
        self.racy_from = _now_ns() - RACY_SECONDS * 1_000_000_000
        self.entries: dict[str, CachedEntry] = self._read() if self.enabled else {}
        self.seen: set[str] = set()
        self.changed = False

    def _read(self) -> dict[str, CachedEntry]:
        try:
            raw = memoryview(self.path.read_bytes())
            magic, size = _HEAD.unpack_from(raw)
            if magic != _MAGIC:
                return {}
            header = _unmarshal(raw[_HEAD.size : _HEAD.size + size])
        except (OSError, ValueError, EOFError, TypeError, struct.error):
            return {}
        if type(header) is not dict:
            return {}
        listed = header.get("entries")
        if type(listed) is not dict:
            return {}
        body = raw[_HEAD.size + size :]
        entries = {name: _entry(value, body) for name, value in listed.items()}
        self.trusted = header.get("code") == _catalog_code()
        return {name: entry for name, entry in entries.items() if entry is not None}

    def unchanged(self, name: str, signature: Signature) -> CachedEntry | None:
        """The cached entry of file ``name`` when ``stat`` says it is the file cached."""
        entry = self.entries.get(name)
        if entry is None or entry.signature != signature:
            return None
        self.seen.add(name)
        return entry

    def get(self, name: str, sha256: str, signature: Signature | None) -> CachedEntry | None:
        """The cached entry of file ``name`` when its content is unchanged.

        ``signature`` is the file's ``stat`` taken before its bytes were read; it is recorded
        unless the file changed too recently to be told apart by it.
        """
        self.seen.add(name)
        entry = self.entries.get(name)
        if entry is None or entry.sha256 != sha256:
            return None
        recorded = self._settled(signature)
        if entry.signature != recorded:
            entry = self.entries[name] = entry._replace(signature=recorded)
            self.changed = True
        return entry

    def put(
        self,
        name: str,
        sha256: str,
        data: Any,
        position: tuple[int, int],
        signature: Signature | None,
    ) -> None:
        """Remember a file that parsed into a valid template called ``data["name"]``.

        ``position`` is the line and column of its ``name``; ``signature`` as for ``get``.
        """
        if self.enabled:
            blob = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()
            line, column = position
            recorded = self._settled(signature)
            self.entries[name] = CachedEntry(
                sha256, line, column, str(data["name"]), blob, recorded
            )
            self.changed = True

    def _settled(self, signature: Signature | None) -> Signature | None:
        """``signature``, unless its file changed too recently for ``stat`` to be trusted."""
        if not TRUSTS_STAT or signature is None:
            return None
        if max(signature[2], signature[3]) >= self.racy_from:
            return None
        return signature

    def forget(self, name: str) -> None:
        if self.entries.pop(name, None) is not None:
            self.changed = True

    def save(self) -> None:
        """Write the cache if it changed (dropping files that are gone); errors are ignored.

        Only call this after every entry seen was validated or found trusted: the file
        then says the current code validated all of them.
        """
        if not self.enabled:
            return
        gone = set(self.entries) - self.seen
        for name in gone:
            del self.entries[name]
        if self.trusted and not (self.changed or gone):
            return
        manifest: dict[str, tuple[object, ...]] = {}
        blobs: list[bytes | memoryview] = []
        offset = 0
        for name, entry in self.entries.items():
            size = len(entry.blob)
            row = (entry.sha256, entry.line, entry.column, entry.name, offset, size)
            manifest[name] = (*row, entry.signature)
            blobs.append(entry.blob)
            offset += size
        try:
            header = marshal.dumps({"code": _catalog_code(), "entries": manifest})
            head = _HEAD.pack(_MAGIC, len(header))
            write_bytes_atomically(self.path, b"".join((head, header, *blobs)))
        except (OSError, ValueError, TypeError):
            return  # a cache that cannot be written only costs time
        self.trusted = True
