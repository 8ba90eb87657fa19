"""A cache of parsed template files, keyed on each file's content.

Parsing YAML and validating the result cost about a millisecond a template; a catalog of
thousands would spend seconds on every command. So the parsed data of every *valid* template
is kept in one file per folder under the user cache directory, keyed on the SHA-256 of the
file's bytes, together with a digest of the code that validated it (``source_digest``).

The file is one line of JSON (the manifest: per file its digest, the position and value of
its ``name``, and where its data lies), then each template's data as compact JSON. Loading
reads the manifest only; a template's data is decoded when the template is first used. While
the validating code is unchanged (``trusted``), an entry stands for a template already
validated, so the loader checks it in full only on use; after a change of that code, every
entry is validated again at load. A corrupt, foreign or truncated file is a miss, never an
error. Invalid files are never cached: their problems need positions, which only a fresh
parse gives.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
from pathlib import Path
from typing import Any, NamedTuple

from scaffold.catalog._files import write_bytes_atomically

__all__ = ["CACHE_VARIABLE", "CachedEntry", "ParseCache", "cache_root", "digest", "source_digest"]

CACHE_VARIABLE = "SCAFFOLD_NO_CACHE"
_FORMAT = 2


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
    blob: bytes  # the parsed data as compact UTF-8 JSON

    def data(self) -> Any:
        """The parsed data; ``None`` when the blob does not decode (a corrupt cache)."""
        try:
            return json.loads(self.blob)
        except ValueError:
            return None


def _entry(raw: object, body: bytes) -> CachedEntry | None:
    """A manifest row checked for shape (it may come from a corrupt or foreign file)."""
    if type(raw) is not list or len(raw) != 6:
        return None
    sha256, line, column, name, start, size = raw
    shaped = type(sha256) is str and type(name) is str
    numbers = type(line) is int and type(column) is int and type(start) is int
    if not (shaped and numbers and type(size) is int):
        return None
    if min(line, column, start, size) < 0 or start + size > len(body):
        return None
    return CachedEntry(sha256, line, column, name, body[start : start + size])


class ParseCache:
    """The cached parses of one folder's valid files, by file name."""

    def __init__(self, folder: Path) -> None:
        self.enabled = not os.environ.get(CACHE_VARIABLE)
        key = digest(str(folder.resolve()).encode("utf-8", "surrogateescape"))
        self.path = cache_root() / "parsed" / f"{key[:32]}.cache"
        self.trusted = False  # entries were validated by the code running now
        self.entries: dict[str, CachedEntry] = self._read() if self.enabled else {}
        self.seen: set[str] = set()
        self.changed = False

    def _read(self) -> dict[str, CachedEntry]:
        try:
            raw = self.path.read_bytes()
            end = raw.index(b"\n")
            header = json.loads(raw[:end])
        except (OSError, ValueError):
            return {}
        if not isinstance(header, dict) or header.get("format") != _FORMAT:
            return {}
        listed = header.get("entries")
        if not isinstance(listed, dict):
            return {}
        body = raw[end + 1 :]
        entries = {name: _entry(value, body) for name, value in listed.items()}
        self.trusted = header.get("code") == _catalog_code()
        return {name: entry for name, entry in entries.items() if entry is not None}

    def get(self, name: str, sha256: str) -> CachedEntry | None:
        """The cached entry of file ``name`` when its content is unchanged."""
        self.seen.add(name)
        entry = self.entries.get(name)
        return entry if entry is not None and entry.sha256 == sha256 else None

    def put(self, name: str, sha256: str, data: Any, line: int, column: int) -> None:
        """Remember a file that parsed into a valid template called ``data["name"]``."""
        if self.enabled:
            blob = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()
            self.entries[name] = CachedEntry(sha256, line, column, str(data["name"]), blob)
            self.changed = True

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
        manifest: dict[str, list[object]] = {}
        blobs: list[bytes] = []
        offset = 0
        for name, entry in self.entries.items():
            size = len(entry.blob)
            manifest[name] = [entry.sha256, entry.line, entry.column, entry.name, offset, size]
            blobs.append(entry.blob)
            offset += size
        header = {"format": _FORMAT, "code": _catalog_code(), "entries": manifest}
        try:
            head = json.dumps(header, ensure_ascii=False, separators=(",", ":")).encode()
            write_bytes_atomically(self.path, b"\n".join((head, b"".join(blobs))))
        except (OSError, ValueError, TypeError):
            return  # a cache that cannot be written only costs time
        self.trusted = True
