"""Functions generated into a freshly rendered project: the examples and each ``--function``.

This is ``scaffold new function`` run through its Python API (``scaffold.generate``) on the
staged project, before it is moved into place, so a function that cannot be generated leaves
no project behind either.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from scaffold.errors import ConflictError

if TYPE_CHECKING:
    from scaffold.catalog import Template

__all__ = ["GeneratedFunction", "generate_functions"]


@dataclass(frozen=True)
class GeneratedFunction:
    """One function written into the project: what was asked, from which template, where."""

    description: str
    template: str
    name: str
    files: tuple[str, ...]


def _examples() -> list[tuple[str, Template, str | None]]:
    """The built-in templates, each under its own endpoint's name."""
    from scaffold.catalog import load_catalog

    return [
        (template.description, template, template.endpoint.function)
        for template in load_catalog(None, include_user=False)
    ]


def generate_functions(
    project_dir: Path, *, examples: bool, descriptions: Sequence[str]
) -> list[GeneratedFunction]:
    """Generate the built-in examples (if asked) and one function per description.

    A description takes its best-matching template, as ``scaffold new function`` does without
    ``--template``. Two functions that would write the same file are a ``ConflictError``.
    """
    from scaffold.catalog import load_catalog
    from scaffold.generate import apply_plan, find_project, plan_function
    from scaffold.matching import match

    project = find_project(project_dir)
    jobs = _examples() if examples else []
    if descriptions:
        catalog = load_catalog(project.root)
        jobs += [(text, match(text, catalog)[0].spec, None) for text in descriptions]
    generated: list[GeneratedFunction] = []
    for description, template, name in jobs:
        plan = plan_function(description, template, project=project, name=name)
        if plan.overwrites:
            clashes = ", ".join(change.relpath for change in plan.overwrites)
            raise ConflictError(
                f"function {description!r} ({plan.name}) would overwrite {clashes}",
                hint="describe it differently, or add it later with `scaffold new function --name`",
            )
        apply_plan(plan)
        files = tuple(change.relpath for change in plan.writes)
        generated.append(GeneratedFunction(description, template.name, plan.name, files))
    return generated
