"""``.scaffold/generated.json``: what the tool generated, so later runs know what is whose.

One entry a function: the description, template name and version, the tool's version, the
files with a content hash, the module the router was registered in, and the function's
specification (``FunctionSpec.as_json``: operation, route, fields) to regenerate it exactly.
With it a command can tell a file as generated (hash matches), modified by the user (hash
differs), missing, or stale (generated from an older template version). The content is
deterministic (sorted keys, no timestamps) so an identical second run leaves it unchanged.

Beside it, ``.scaffold/base/`` keeps each generated file as it was last generated (``<path>.base``):
the merge base that ``scaffold update`` needs to keep the user's edits while taking a template's
fix. The suffix keeps linters, type checkers and test runners from reading the copies.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from scaffold.errors import UserError
from scaffold.generate._plan import content_hash

__all__ = [
    "BASE_FOLDER",
    "FileState",
    "Manifest",
    "ManifestEntry",
    "base_relpath",
    "file_states",
    "read_base",
]

SCHEMA_VERSION = 1
FileState = Literal["generated", "modified", "missing"]
BASE_FOLDER = ".scaffold/base"


def base_relpath(relpath: str) -> str:
    """Where the original of the generated file ``relpath`` is kept, relative to the root."""
    return f"{BASE_FOLDER}/{relpath}.base"


def read_base(root: Path, relpath: str) -> str | None:
    """The recorded original of ``relpath``; ``None`` for projects generated before bases."""
    try:
        return (root / base_relpath(relpath)).read_bytes().decode("utf-8")
    except (FileNotFoundError, NotADirectoryError, UnicodeDecodeError):
        return None


@dataclass(frozen=True)
class ManifestEntry:
    """One generated function."""

    name: str
    description: str
    template: str
    template_version: int
    scaffold_version: str
    files: Mapping[str, str]
    registered_in: str | None = None
    spec: Mapping[str, Any] | None = None

    def as_json(self) -> dict[str, Any]:
        extra = {"spec": dict(self.spec)} if self.spec is not None else {}
        return {
            **extra,
            "description": self.description,
            "template": self.template,
            "template_version": self.template_version,
            "scaffold_version": self.scaffold_version,
            "files": dict(sorted(self.files.items())),
            "registered_in": self.registered_in,
        }


class Manifest:
    """The manifest of one project, read once; ``render`` gives the content to write."""

    def __init__(self, path: Path, entries: Mapping[str, ManifestEntry] | None = None) -> None:
        self.path = path
        self.entries: dict[str, ManifestEntry] = dict(entries or {})

    @classmethod
    def load(cls, path: Path) -> Manifest:
        if not path.is_file():
            return cls(path)
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            functions = raw["functions"]
            entries = {
                name: ManifestEntry(
                    name=name,
                    description=str(item["description"]),
                    template=str(item["template"]),
                    template_version=int(item["template_version"]),
                    scaffold_version=str(item["scaffold_version"]),
                    files={str(k): str(v) for k, v in item["files"].items()},
                    registered_in=item.get("registered_in"),
                    spec=item.get("spec"),
                )
                for name, item in functions.items()
            }
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
            raise UserError(
                f"{path}: not a valid scaffold manifest ({type(error).__name__}: {error})",
                hint="fix or delete it; it only records what was generated",
            ) from None
        return cls(path, entries)

    def owner_of(self, relpath: str) -> ManifestEntry | None:
        """The function whose generated files include ``relpath``."""
        for entry in self.entries.values():
            if relpath in entry.files:
                return entry
        return None

    def with_entry(self, entry: ManifestEntry) -> Manifest:
        entries = dict(self.entries)
        entries[entry.name] = entry
        return Manifest(self.path, entries)

    def render(self) -> str:
        functions = {name: self.entries[name].as_json() for name in sorted(self.entries)}
        document = {"schema": SCHEMA_VERSION, "functions": functions}
        return _invisible_escaped(json.dumps(document, indent=2, ensure_ascii=False)) + "\n"


def _invisible_escaped(text: str) -> str:
    """JSON ``text`` with its invisible characters written as JSON's ``\\u`` escapes.

    The manifest keeps the exact description (accents and scripts as they are), but a
    zero-width, joiner or byte-order character pasted into it stays out of the file as it is:
    escaped, it reads back the same and shows in a diff or an editor.
    """
    if text.isascii():
        return text
    return "".join(
        json.dumps(char)[1:-1] if not char.isascii() and not char.isprintable() else char
        for char in text
    )


def file_states(root: Path) -> dict[str, FileState]:
    """Each generated file of the project at ``root``: generated, modified or missing."""
    manifest = Manifest.load(root / ".scaffold" / "generated.json")
    states: dict[str, FileState] = {}
    for entry in manifest.entries.values():
        for relpath, recorded in entry.files.items():
            path = root / relpath
            if not path.is_file():
                states[relpath] = "missing"
            elif content_hash(path.read_bytes().decode("utf-8", "replace")) == recorded:
                states[relpath] = "generated"
            else:
                states[relpath] = "modified"
    return states
