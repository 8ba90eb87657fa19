"""Where templates come from, and how sources are merged into one catalog.

Precedence, highest first: the project's ``.scaffold/registry/``, the registries the user added
(``scaffold registry add``), the built-in registry shipped with the package. A project template
may override a template of the same name from a lower level (the catalog records it, and
``scaffold registry list`` says so). An added registry may not replace a built-in: data fetched
from a URL must not be able to weaken a built-in security contract unnoticed. The same name
twice at one level is an error naming both files.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Literal

from scaffold.catalog._errors import Problem, RegistryError, display_path
from scaffold.catalog._loader import (
    HoldsTemplate,
    LoadedTemplate,
    PendingTemplate,
    load_file,
    load_folder,
)

if TYPE_CHECKING:
    from scaffold.catalog._model import Template

__all__ = [
    "PROJECT_REGISTRY",
    "Catalog",
    "CatalogEntry",
    "Source",
    "SourceKind",
    "build_catalog",
    "builtin_registry",
    "builtin_source",
    "check_paths",
    "find_project_root",
    "load_catalog",
    "project_source",
]

SourceKind = Literal["project", "user", "builtin"]
PROJECT_REGISTRY = Path(".scaffold") / "registry"
_LEVEL: Mapping[SourceKind, int] = {"project": 0, "user": 1, "builtin": 2}
_LABEL: Mapping[SourceKind, str] = {"project": "project", "user": "registry", "builtin": "built-in"}


@dataclass(frozen=True)
class Source:
    """A folder of templates and its place in the precedence order."""

    kind: SourceKind
    name: str
    root: Path

    @property
    def level(self) -> int:
        """0 is the highest precedence."""
        return _LEVEL[self.kind]

    @property
    def label(self) -> str:
        """``built-in``, ``project`` or ``registry:<name>``, as ``list`` shows it."""
        return _LABEL[self.kind] if self.kind != "user" else f"registry:{self.name}"


@dataclass(frozen=True)
class CatalogEntry(HoldsTemplate):
    """A template in the catalog, where it came from, and what it overrides.

    ``spec`` is the template or, from the parse cache, a ``PendingTemplate`` validated on
    first use (``template``); ``sha256`` is the digest of the file's bytes, when known.
    """

    spec: Template | PendingTemplate
    path: Path
    line: int
    source: Source
    overrides: tuple[CatalogEntry, ...] = ()
    sha256: str | None = None


class _Templates(Mapping[str, "Template"]):
    """Name -> template over a catalog's entries; a template is validated when first read."""

    __slots__ = ("_entries",)

    def __init__(self, entries: Mapping[str, CatalogEntry]) -> None:
        self._entries = entries

    def __getitem__(self, name: str) -> Template:
        return self._entries[name].template

    def __iter__(self) -> Iterator[str]:
        return iter(self._entries)

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, name: object) -> bool:
        return name in self._entries


@dataclass(frozen=True)
class Catalog:
    """Every template available, by name, after applying precedence."""

    entries: Mapping[str, CatalogEntry]
    sources: tuple[Source, ...] = ()
    _templates: Mapping[str, Template] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        ordered = MappingProxyType(dict(sorted(self.entries.items())))
        object.__setattr__(self, "entries", ordered)
        object.__setattr__(self, "_templates", _Templates(ordered))

    @property
    def templates(self) -> Mapping[str, Template]:
        """Template by name, sorted by name (each validated when first read)."""
        return self._templates

    def entry(self, name: str) -> CatalogEntry:
        """The entry of ``name``; ``RegistryError`` naming close matches when unknown."""
        found = self.entries.get(name)
        if found is None:
            close = difflib.get_close_matches(name, list(self.entries), n=3, cutoff=0.5)
            hint = f"did you mean {', '.join(close)}?" if close else "see `scaffold registry list`"
            raise RegistryError(f"no template named {name!r}", hint=hint)
        return found

    def get(self, name: str) -> Template:
        """The template called ``name``; ``RegistryError`` naming close matches when unknown."""
        return self.entry(name).template

    def __contains__(self, name: object) -> bool:
        return name in self.entries

    def __iter__(self) -> Iterator[Template]:
        return iter(self._templates.values())

    def __len__(self) -> int:
        return len(self.entries)


def builtin_registry() -> Path:
    """The built-in templates: inside the installed package, or ``registry/`` in a checkout."""
    here = Path(__file__).resolve().parent
    packaged = here / "builtin"
    if packaged.is_dir():
        return packaged
    checkout = here.parent.parent / "registry"
    if checkout.is_dir():
        return checkout
    raise RegistryError(
        "the built-in template registry is missing from this installation",
        hint="reinstall contract-scaffold",
    )


def builtin_source() -> Source:
    return Source("builtin", "built-in", builtin_registry())


def project_source(project_dir: Path) -> Source | None:
    """The project's own registry, when ``project_dir/.scaffold/registry/`` exists."""
    folder = project_dir / PROJECT_REGISTRY
    return Source("project", "project", folder) if folder.is_dir() else None


def _clash(entry: CatalogEntry, other: CatalogEntry) -> Problem:
    where = f"{display_path(other.path)}:{other.line}"
    if other.source != entry.source:
        where += f" ({other.source.label})"
    return Problem(
        entry.path,
        entry.line,
        1,
        "name",
        f"duplicate template name {entry.name!r}: also defined in {where}; rename one of them",
    )


def _forbidden_override(entry: CatalogEntry, builtin: CatalogEntry) -> Problem:
    return Problem(
        entry.path,
        entry.line,
        1,
        "name",
        f"{entry.name!r} from {entry.source.label} would replace the built-in template "
        f"{display_path(builtin.path)}; added registries cannot override built-ins (rename "
        "it, or copy it into the project's .scaffold/registry/ to override it there)",
    )


def build_catalog(
    sources: Sequence[Source], loaded: Mapping[Source, Sequence[LoadedTemplate]] | None = None
) -> Catalog:
    """Merge sources by precedence; ``RegistryError`` with every problem of every source.

    ``loaded`` supplies already-loaded templates for some sources (the rest are read).
    """
    problems: list[Problem] = []
    by_level: dict[int, dict[str, CatalogEntry]] = {}
    for source in sorted(sources, key=lambda s: s.level):
        if loaded is not None and source in loaded:
            templates: Sequence[LoadedTemplate] = loaded[source]
        else:
            templates, found = load_folder(source.root, lazy=True)
            problems.extend(found)
        level = by_level.setdefault(source.level, {})
        for item in templates:
            entry = CatalogEntry(item.spec, item.path, item.line, source, sha256=item.sha256)
            first = level.get(entry.name)
            if first is not None:
                problems.append(_clash(entry, first))
                continue
            level[entry.name] = entry
    merged: dict[str, CatalogEntry] = {}
    for level_number in sorted(by_level, reverse=True):  # lowest precedence first
        for name, entry in by_level[level_number].items():
            below = merged.get(name)
            if below is None:
                merged[name] = entry
                continue
            if entry.source.kind == "user" and below.source.kind == "builtin":
                problems.append(_forbidden_override(entry, below))
                continue
            merged[name] = CatalogEntry(
                entry.spec,
                entry.path,
                entry.line,
                entry.source,
                overrides=(below, *below.overrides),
                sha256=entry.sha256,
            )
    if problems:
        raise RegistryError.from_problems(sorted(problems, key=lambda p: (str(p.path), p.line)))
    return Catalog(merged, tuple(sorted(sources, key=lambda s: s.level)))


def load_catalog(project_dir: Path | None = None, *, include_user: bool = True) -> Catalog:
    """Every template available to a project: its own, the user's added registries, built-ins.

    ``project_dir`` is the project's root (the folder holding ``.scaffold/``); ``None`` leaves
    project templates out. ``RegistryError`` lists every problem found in every source.
    """
    from scaffold.catalog._remote import user_sources

    sources: list[Source] = []
    if project_dir is not None:
        project = project_source(project_dir)
        if project is not None:
            sources.append(project)
    if include_user:
        sources.extend(user_sources())
    sources.append(builtin_source())
    return build_catalog(sources)


def find_project_root(start: Path) -> Path | None:
    """The nearest folder from ``start`` upwards that holds a ``.scaffold/`` folder."""
    for folder in (start, *start.parents):
        if (folder / ".scaffold").is_dir():
            return folder
    return None


def check_paths(paths: Sequence[Path]) -> tuple[list[LoadedTemplate], list[Problem]]:
    """Validate template files and folders as one registry (names must be unique across them)."""
    loaded: list[LoadedTemplate] = []
    problems: list[Problem] = []
    for path in paths:
        if path.is_dir():
            templates, found = load_folder(path)
        elif path.exists():
            template, found = load_file(path)
            templates = [template] if template is not None else []
        else:
            templates, found = [], [Problem(path, 1, 1, "", "no such file or folder")]
        loaded.extend(templates)
        problems.extend(found)
    unique: dict[Path, LoadedTemplate] = {item.path.resolve(): item for item in loaded}
    source = Source("project", "paths", Path.cwd())
    seen: dict[str, CatalogEntry] = {}
    for item in unique.values():
        entry = CatalogEntry(item.spec, item.path, item.line, source)
        first = seen.get(entry.name)
        if first is not None:
            problems.append(_clash(entry, first))
        else:
            seen[entry.name] = entry
    return list(unique.values()), problems
