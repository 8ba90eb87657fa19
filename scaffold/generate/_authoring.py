"""Checks that a template will generate, run by ``scaffold registry validate``.

The catalog checks that a template is well formed; these check what generation and the
generated tests depend on, so a template that validates also generates tests that pass:

* every field gets a sample value (the generator finds one, or the field's ``example:``
  gives it; the example must satisfy the field's real pydantic type);
* the rate-limit test repeats one call ``limit + 1`` times: every repeat must be valid, so a
  ``unique`` field must be one the generator can vary (str, email) (a DELETE gets a fresh
  record before each call from the generated tests themselves);
* ``owns`` on the caller's own user compares the field with the caller's id as text, so the
  field's type must hold an id (str, int, uuid, email), and the value the tests send must
  come back unchanged (on a record, the field is its key and the stored owner is compared).

Each problem names the YAML value at fault; the CLI turns it into ``file:line:column``.
Only what generation cannot handle is refused.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from scaffold.errors import UserError

if TYPE_CHECKING:
    from scaffold.catalog import FieldSpec, Template
    from scaffold.catalog._model import Loc
    from scaffold.generate._design import Design

__all__ = ["authoring_problems"]

_VARIED_UNIQUE_TYPES = frozenset({"str", "email"})
_ID_TYPES = frozenset({"str", "int", "uuid", "email"})


def _fields(template: Template) -> Iterator[tuple[Loc, str, FieldSpec]]:
    for side in ("input", "output"):
        for name, spec in getattr(template, side).fields.items():
            yield (side, "fields", name), name, spec
            if spec.items is not None:
                yield (side, "fields", name, "items"), f"{name}[]", spec.items


def _sample_problems(template: Template) -> Iterator[tuple[Loc, str]]:
    from scaffold.generate._fields import model, valid_value

    for loc, name, spec in _fields(template):
        if spec.example is not None:
            try:
                model("Example", {"value": spec}, forbid_extra=True).model_validate(
                    {"value": spec.example}
                )
            except ValueError as error:
                reason = str(error).splitlines()[2].strip() if "\n" in str(error) else error
                yield (*loc, "example"), f"is not a valid {spec.type} for {name} ({reason})"
            continue
        try:
            valid_value(spec)
        except UserError as error:
            yield (*loc, "pattern"), f"{error.message}"


def _design(template: Template) -> Design:
    from scaffold.generate._design import Design
    from scaffold.generate._project import Project

    folder = Path("/nonexistent-project")
    package = folder / "pkg"
    project = Project(
        root=folder,
        package="pkg",
        source_root=folder,
        endpoints=package / "endpoints",
        schemas=package / "schemas",
        services=package / "services",
        tests=folder / "tests",
        checklists=folder / "docs",
    )
    return Design(template=template, name="checked", description="", project=project)


def _repeat_problems(template: Template, design: Design) -> Iterator[tuple[Loc, str]]:
    from scaffold.catalog._conditions import RateLimitCondition

    for place in ("requires", "ensures", "invariants"):
        for index, condition in enumerate(getattr(template, place)):
            if not isinstance(condition, RateLimitCondition):
                continue
            loc: Loc = (place, index, "rate_limit", "limit")
            calls = condition.rate_limit.limit + 1
            for field in design.unique_fields:
                kind = template.input.fields[field].type
                if kind not in _VARIED_UNIQUE_TYPES:
                    message = (
                        f"the generated rate-limit test repeats the call {calls} times, but "
                        f"the unique field {field!r} ({kind}) cannot take a new value each "
                        "time, so the second call is refused; make it str or email"
                    )
                    yield loc, message


def _owns_problems(template: Template, design: Design) -> Iterator[tuple[Loc, str]]:
    from scaffold.catalog._conditions import OwnsCondition

    for index, condition in enumerate(template.requires):
        if not isinstance(condition, OwnsCondition):
            continue
        field = condition.spec.field
        loc: Loc = ("requires", index, "owns")
        spec = template.input.fields.get(field)
        if spec is None:
            continue  # the catalog reports the unknown field
        if spec.type not in _ID_TYPES:
            yield (
                loc,
                (
                    f"owns compares {field!r} with the caller's id, which is text; a {spec.type} "
                    "field cannot hold one (use str, int, uuid or email)"
                ),
            )
            continue
        if design.function.ownership != "user":
            continue  # the field is the record's key; its stored owner is what is compared
        sent = design.valid_input.get(field)
        validated: Any = getattr(design.input_class.model_validate(design.valid_input), field)
        owner = design.tokens["owner"].user_id
        if str(validated) != owner:
            yield (
                loc,
                (
                    f"the generated tests send {field}={sent!r} for the caller {owner!r}, which "
                    "the contract would not see as the same user"
                ),
            )
        elif field in template.output.fields:
            returned = design.output_class.model_validate(design.valid_output).model_dump(
                mode="json"
            )[field]
            if returned != sent:
                yield (
                    loc,
                    (
                        f"the generated tests send {field}={sent!r} and expect it back, but the "
                        f"output gives {returned!r}; generation cannot make this test pass"
                    ),
                )


def authoring_problems(template: Template) -> list[tuple[Loc, str]]:
    """Every reason ``template`` would not generate tests that pass, located in its YAML."""
    found = list(_sample_problems(template))
    if found:
        return found  # without samples nothing else can be planned
    try:
        design = _design(template)
        found += _repeat_problems(template, design)
        found += _owns_problems(template, design)
    except UserError as error:
        found.append(((), error.message))
    return found
