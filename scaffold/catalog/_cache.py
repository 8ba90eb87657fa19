"""A cache of parsed template files, keyed on each file's content.

Parsing YAML costs several times more than validating the result, so the parsed data of every
valid template is kept in one JSON file per folder under the user cache directory, keyed on
the SHA-256 of the file's bytes. A hit skips only the YAML parser: the data is validated again
on every load, so a stale or tampered cache can never admit an invalid template (it only
falls back to a full parse). Invalid files are never cached: their problems need positions,
which only a fresh parse gives.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

from scaffold.catalog._files import write_atomically

__all__ = ["CACHE_VARIABLE", "ParseCache", "digest"]

CACHE_VARIABLE = "SCAFFOLD_NO_CACHE"
_FORMAT = 1


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _cache_root() -> Path:
    from platformdirs import user_cache_path

    return user_cache_path("contract-scaffold") / "parsed"


class ParseCache:
    """The cached parses of one folder's files: ``{file name: (sha256, data, line, column)}``."""

    def __init__(self, folder: Path) -> None:
        self.enabled = not os.environ.get(CACHE_VARIABLE)
        key = digest(str(folder.resolve()).encode("utf-8", "surrogateescape"))
        self.path = _cache_root() / f"{key[:32]}.json"
        self.entries: dict[str, Any] = self._read() if self.enabled else {}
        self.seen: set[str] = set()
        self.changed = False

    def _read(self) -> dict[str, Any]:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        if not isinstance(raw, dict) or raw.get("format") != _FORMAT:
            return {}
        entries = raw.get("entries")
        return entries if isinstance(entries, dict) else {}

    def get(self, name: str, sha256: str) -> tuple[Any, int, int] | None:
        """The parsed data and the position of ``name:`` when the content is unchanged."""
        self.seen.add(name)
        entry = self.entries.get(name)
        if not (isinstance(entry, list) and len(entry) == 4 and entry[0] == sha256):
            return None
        _, data, line, column = entry
        if not (isinstance(line, int) and isinstance(column, int)):
            return None
        return data, line, column

    def put(self, name: str, sha256: str, data: Any, line: int, column: int) -> None:
        if self.enabled:
            self.entries[name] = [sha256, data, line, column]
            self.changed = True

    def forget(self, name: str) -> None:
        if self.entries.pop(name, None) is not None:
            self.changed = True

    def save(self) -> None:
        """Write the cache if it changed (dropping files that are gone); errors are ignored."""
        if not self.enabled:
            return
        gone = set(self.entries) - self.seen
        for name in gone:
            del self.entries[name]
        if not (self.changed or gone):
            return
        try:
            text = json.dumps({"format": _FORMAT, "entries": self.entries}, ensure_ascii=False)
            write_atomically(self.path, text)
        except (OSError, ValueError, TypeError):
            return  # a cache that cannot be written only costs time
