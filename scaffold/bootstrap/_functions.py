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
    from scaffold.matching import ProjectAccess

__all__ = ["GeneratedFunction", "generate_functions"]


@dataclass(frozen=True)
class GeneratedFunction:
    """One function written into the project: what was asked, from which template, where.

    ``note`` says why the template was taken when it was not simply the best score (the
    strongest of close candidates), as ``new function --yes`` prints it.
    """

    description: str
    template: str
    name: str
    files: tuple[str, ...]
    note: str | None = None


def _examples() -> list[tuple[str, Template, str | None, str | None]]:
    """The built-in templates, each under its own endpoint's name (and no note)."""
    from scaffold.catalog import load_catalog

    return [
        (template.description, template, template.endpoint.function, None)
        for template in load_catalog(None, include_user=False)
    ]


def _template_for(
    description: str, catalog: Catalog, access: ProjectAccess | None
) -> tuple[Template, str | None]:
    """The template ``new function --yes`` takes for ``description`` and the decision's note,
    or a one-line refusal.

    The best score alone could be a weaker contract than a close candidate (a user-level
    create where an admin one fits as well), or a guess below the floor.
    """
    from scaffold.matching import Chosen, Refuse, decide, match_request

    result = match_request(description, catalog, project=access)
    decision = decide(result, interactive=False, assume_yes=True)
    if isinstance(decision, Chosen):
        return decision.match.spec, decision.note
    if isinstance(decision, Refuse):
        reason, choices = decision.reason, decision.choices
    else:  # Ask: only with a terminal, which this never claims
        reason = "close candidates need a choice"
        choices = tuple(candidate.template for candidate in decision.candidates)
    raise UserError(
        f"--function {description!r}: {reason}; nothing was created",
        hint="describe it more precisely, or add it later with `scaffold new function "
        f"--template NAME` ({', '.join(choices)})",
    )


def generate_functions(
    project_dir: Path, *, examples: bool, descriptions: Sequence[str]
) -> list[GeneratedFunction]:
    """Generate the built-in examples (if asked) and one function per description.

    A description takes the template ``scaffold new function --yes`` takes (nobody is asked:
    the strongest of close candidates; below the matcher's floor, nothing). Two functions that
    would write the same file are a ``ConflictError``.
    """
    from scaffold.catalog import load_catalog
    from scaffold.generate import apply_plan, find_project, plan_function
    from scaffold.generate._access import ProjectEvidence

    project = find_project(project_dir)
    jobs = _examples() if examples else []
    if descriptions:
        catalog = load_catalog(project.root)
        evidence = ProjectEvidence(project)  # the template's own routes, as shipped
        for text in descriptions:
            template, note = _template_for(text, catalog, evidence.for_description(text))
            jobs.append((text, template, None, note))
    generated: list[GeneratedFunction] = []
    for description, template, name, note in jobs:
        plan = plan_function(description, template, project=project, name=name)
        if plan.overwrites:
            clashes = ", ".join(change.relpath for change in plan.overwrites)
            raise ConflictError(
                f"function {description!r} ({plan.name}) would overwrite {clashes}",
                hint="describe it differently, or add it later with `scaffold new function --name`",
            )
        apply_plan(plan)
        files = tuple(change.relpath for change in plan.writes)
        generated.append(GeneratedFunction(description, template.name, plan.name, files, note))
    return generated
