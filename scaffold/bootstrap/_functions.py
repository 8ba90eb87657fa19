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

from scaffold.errors import ConflictError, UserError

if TYPE_CHECKING:
    from scaffold.catalog import Catalog, Template
    from scaffold.generate import Plan, Project
    from scaffold.generate._access import ProjectEvidence
    from scaffold.matching import ProjectAccess

__all__ = ["GeneratedFunction", "generate_functions"]


@dataclass(frozen=True)
class GeneratedFunction:
    """One function written into the project: what was asked, from which template, where.

    ``note`` says why the template was taken when it was not simply the best score (the
    strongest of close candidates) and what the project's routes showed about who may call,
    as ``new function --yes`` prints them.
    """

    description: str
    template: str
    name: str
    files: tuple[str, ...]
    note: str | None = None


def _examples() -> list[tuple[str, Template, str | None]]:
    """The built-in templates, each under its own endpoint's name."""
    from scaffold.catalog import load_catalog

    return [
        (template.description, template, template.endpoint.function)
        for template in load_catalog(None, include_user=False)
    ]


def _template_for(
    description: str, catalog: Catalog, access: ProjectAccess | None
) -> tuple[Template, str | None]:
    """The template ``new function --yes`` takes for ``description`` and the note to show (the
    decision's, the project's evidence), through ``scaffold.matching.choose_template`` with
    nobody asked; or a one-line refusal that says nothing was created."""
    from scaffold.matching import Refused, choose_template

    try:
        choice = choose_template(description, catalog, access=access, assume_yes=True)
    except Refused as refused:
        raise UserError(
            f"--function {description!r}: {refused.reason}; nothing was created",
            hint="describe it more precisely, or add it later with `scaffold new function "
            f"--template NAME` ({', '.join(refused.choices)})",
        ) from refused
    except UserError as error:
        raise UserError(
            f"--function {description!r}: {error.message}; nothing was created",
            hint=error.hint,
        ) from error
    shown = [line for line in (choice.note, choice.evidence) if line is not None]
    return choice.template, "; ".join(shown) or None


def generate_functions(
    project_dir: Path, *, examples: bool, descriptions: Sequence[str]
) -> list[GeneratedFunction]:
    """Generate the built-in examples (if asked) and one function per description.

    A description takes the template ``scaffold new function --yes`` takes (nobody is asked:
    the strongest of close candidates; below the matcher's floor, nothing). Two functions that
    would write the same file are a ``ConflictError``.
    """
    from scaffold.catalog import load_catalog
    from scaffold.generate import find_project, plan_function
    from scaffold.generate._access import ProjectEvidence

    project = find_project(project_dir)
    # Read before the examples are written: the template's own routes, as shipped.
    shipped = (load_catalog(project.root), ProjectEvidence(project)) if descriptions else None
    if shipped is not None and examples:
        shipped[1].bodies()  # the handler bodies too, read before the examples join them
    generated: list[GeneratedFunction] = []
    for description, template, name in _examples() if examples else []:
        plan = plan_function(description, template, project=project, name=name)
        generated.append(_write(description, template, plan, None))
    if shipped is not None:
        catalog, evidence = shipped
        generated += [_described(project, catalog, evidence, text) for text in descriptions]
    return generated


def _described(
    project: Project, catalog: Catalog, evidence: ProjectEvidence, description: str
) -> GeneratedFunction:
    """The function for one ``--function`` description, chosen and written as ``new function
    --yes`` does it (the project's evidence read for its route, then for the planned one)."""
    from scaffold.generate import plan_function

    def attempt(access: ProjectAccess | None) -> tuple[Template, str | None, Plan]:
        template, note = _template_for(description, catalog, access)
        return template, note, plan_function(description, template, project=project)

    template, note, plan = evidence.planned(
        description, (None, None), attempt, lambda made: made[2].spec
    )
    return _write(description, template, plan, note)


def _write(description: str, template: Template, plan: Plan, note: str | None) -> GeneratedFunction:
    """Write ``plan`` into the project, unless it would overwrite a file already there."""
    from scaffold.generate import apply_plan

    if plan.overwrites:
        clashes = ", ".join(change.relpath for change in plan.overwrites)
        raise ConflictError(
            f"function {description!r} ({plan.name}) would overwrite {clashes}",
            hint="describe it differently, or add it later with `scaffold new function --name`",
        )
    apply_plan(plan)
    files = tuple(change.relpath for change in plan.writes)
    return GeneratedFunction(description, template.name, plan.name, files, note)
