"""What the current templates would generate for a function recorded in the manifest.

The manifest records how each function was asked for (its description, name and template)
and its specification (route, fields); planning it again from the same specification against
today's catalog gives the files ``scaffold update`` merges in and
``scaffold status`` compares with. Nothing is written here.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from scaffold.errors import UserError

if TYPE_CHECKING:
    from scaffold.catalog import Catalog, Template
    from scaffold.generate import Manifest, ManifestEntry, Project

__all__ = ["Generated", "Regeneration", "load_generated", "regenerate"]


@dataclass(frozen=True)
class Generated:
    """A project's generated functions: the project, its manifest, today's catalog, the chosen."""

    project: Project
    manifest: Manifest
    catalog: Catalog
    names: tuple[str, ...]


def load_generated(root: str | Path | None, names: Sequence[str] = ()) -> Generated:
    """The project at ``root`` and the generated functions named (default: all of them)."""
    from scaffold.catalog import load_catalog
    from scaffold.generate import Manifest, find_project

    project = find_project(root)
    manifest = Manifest.load(project.manifest_path)
    unknown = [name for name in names if name not in manifest.entries]
    if unknown:
        known = (
            ", ".join(sorted(manifest.entries)) or "none yet; make one with scaffold new function"
        )
        raise UserError(
            f"no generated function named {', '.join(unknown)} in {project.manifest_path}",
            hint=f"generated functions: {known}",
        )
    chosen = tuple(names) or tuple(sorted(manifest.entries))
    return Generated(project, manifest, load_catalog(project.root), chosen)


@dataclass(frozen=True)
class Regeneration:
    """The template a function comes from today, and the files it renders now, by path."""

    template: Template
    files: Mapping[str, str]


def _template(catalog: Catalog, entry: ManifestEntry) -> Template:
    """The recorded template, or the verb fallback the description still reads as."""
    from scaffold.matching import match

    if entry.template in catalog:
        return catalog.get(entry.template)
    for candidate in match(entry.description, catalog):
        if candidate.spec.name == entry.template:
            return candidate.spec
    raise UserError(
        f"{entry.name}: template {entry.template!r} is no longer in the registry",
        hint="add it back to .scaffold/registry/, or regenerate with `scaffold new function`",
    )


def regenerate(project: Project, catalog: Catalog, entry: ManifestEntry) -> Regeneration:
    """Render ``entry`` again from its template as the catalog has it now (its files only:
    the route, the registration and the project's auth need no fresh analysis)."""
    from scaffold.generate import FunctionSpec, render_recorded

    # from_json refuses what scaffold never writes: an edited manifest never reaches a template.
    spec = FunctionSpec.from_json(entry.spec, entry.name) if entry.spec is not None else None
    template = _template(catalog, entry)
    rendered = render_recorded(
        entry.description, template, project=project, name=entry.name, spec=spec
    )
    files = {relpath: text for relpath, text in rendered.items() if relpath in entry.files}
    return Regeneration(template, files)
