"""Put a template's contract on a function specification: the effective template.

The template contributes its conditions, limits, audit event and checklist; the spec
contributes the endpoint and the fields. Where the two meet, the stronger side wins and the
plan says what happened:

* a description that asks for admins raises a weaker ``auth`` to ``admin``;
* ``owns`` of the template is kept on any function that works on one record (checked on the
  loaded record's stored owner, or on ``user_id`` when the record is the user); a description
  scoped to the caller's own records adds it when the template has none;
* on a collection (create, list) ownership cannot be checked per record: create stores the
  caller as the owner and list, purge and collection actions keep to the caller's records;
* a rule that needs an input field the function lacks gets the template's field (``unique:
  email``, ``bulk: items``), or is left out with a note when it has no meaning for this
  function (``not_self: user_id`` on a function that names no user).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from scaffold.generate._spec import FunctionSpec

if TYPE_CHECKING:
    from scaffold.catalog import Condition, FieldSpec, Template

__all__ = ["fit_template"]

_RANK = {"user": 0, "admin": 1, "super_admin": 2}


def _rule_fields(condition: Condition) -> list[str]:
    """The input fields a business rule or bulk condition reads."""
    from scaffold.catalog import BulkCondition, BusinessRuleCondition

    if isinstance(condition, BulkCondition):
        return [condition.bulk.field]
    if isinstance(condition, BusinessRuleCondition):
        rule: Any = condition.business_rule.rule
        if rule.kind == "unique":
            return [rule.unique]
        if rule.kind == "not_self":
            return [rule.not_self]
        if rule.kind == "max_items":
            return [rule.max_items.field]
    return []


def _fields_of_invariant(condition: Condition) -> list[str]:
    from scaffold.catalog import InvariantCondition

    if not isinstance(condition, InvariantCondition):
        return []
    rule: Any = condition.invariant.rule
    if rule.kind == "matches_input":
        return [rule.matches_input]
    if rule.kind == "count_matches":
        return [rule.count_matches.input, rule.count_matches.result]
    return []


def fit_template(template: Template, spec: FunctionSpec) -> tuple[Template, FunctionSpec]:
    """The template to generate from (the spec's endpoint and fields, the template's contract,
    adapted as the module docstring says) and the spec with its notes completed."""
    from scaffold.catalog import (
        AuthCondition,
        DataModel,
        Endpoint,
        OwnsCondition,
        OwnsSpec,
        ValidatesCondition,
    )

    if spec.example:
        return template, spec
    notes = list(spec.notes)
    inputs: dict[str, FieldSpec] = dict(spec.inputs)
    example_inputs = template.input.fields
    requires: list[Condition] = []
    key = spec.key_field if not spec.collection else None
    owns_kept = False
    ownership = spec.ownership
    for condition in template.requires:
        if isinstance(condition, AuthCondition):
            wanted = spec.role
            if wanted and _RANK.get(condition.auth, 0) < _RANK.get(wanted, 0):
                notes.append(
                    f"the description asks for {wanted}s: auth raised from {condition.auth} "
                    f"to {wanted}"
                )
                condition = AuthCondition(auth=wanted)
            requires.append(condition)
            continue
        if isinstance(condition, OwnsCondition):
            if key is None:
                if ownership == "none":
                    ownership = "record"
                    notes.append(
                        f"the template requires ownership ({condition.spec.field}); on a "
                        "collection the service keeps to the caller's own records"
                    )
                continue
            bypass = condition.spec.bypass_roles
            requires.append(OwnsCondition(owns=OwnsSpec(field=key, bypass_roles=bypass)))
            owns_kept = True
            if ownership == "none":
                ownership = "user" if key == "user_id" else "record"
                notes.append(
                    f"the template requires ownership: only the owner of {key} may call"
                    + (f" ({', '.join(bypass)} may bypass)" if bypass else "")
                )
            continue
        needed = _rule_fields(condition)
        missing = [name for name in needed if name not in inputs]
        if missing and all(name in example_inputs for name in missing) and not any(
            name in template.endpoint.path_params for name in missing
        ):
            for name in missing:
                inputs[name] = example_inputs[name]
            notes.append(f"input {', '.join(missing)} added: the contract's {condition.kind} reads it")
        elif missing:
            notes.append(
                f"{condition.kind} on {', '.join(missing)} left out: this function has no "
                f"{', '.join(missing)}"
            )
            continue
        requires.append(condition)
    if key is not None and ownership in ("record", "user") and not owns_kept:
        requires.insert(
            1 if requires and isinstance(requires[0], AuthCondition) else 0,
            OwnsCondition(owns=OwnsSpec(field=key, bypass_roles=())),
        )
        notes.append(f"owner only: the caller must own {key} (added for the scope '{spec.scope}')")
    body = [name for name in inputs if name not in spec.path_params]
    if body and not any(isinstance(c, ValidatesCondition) for c in requires):
        position = 1 if requires and isinstance(requires[0], AuthCondition) else 0
        requires.insert(position, ValidatesCondition(validates="input"))
        notes.append("validates input added: the function takes fields outside the path")
    if spec.role and not any(isinstance(c, AuthCondition) for c in requires):
        requires.insert(0, AuthCondition(auth=spec.role))
        notes.append(f"the description asks for {spec.role}s: auth {spec.role} added")
    ensures = list(template.ensures)
    invariants = []
    outputs = spec.outputs
    for condition in template.invariants:
        wanted_fields = _fields_of_invariant(condition)
        if all(name in inputs or name in outputs for name in wanted_fields):
            invariants.append(condition)
        else:
            notes.append(f"invariant on {', '.join(wanted_fields)} left out: no such fields")
    fitted_spec = replace(spec, inputs=inputs, ownership=ownership, notes=tuple(notes))
    endpoint = Endpoint.model_construct(method=spec.method, path=spec.path, function=spec.name)
    fitted = template.model_copy(
        update={
            "endpoint": endpoint,
            "input": DataModel.model_construct(model=spec.input_model, fields=inputs),
            "output": DataModel.model_construct(model=spec.output_model, fields=dict(outputs)),
            "requires": tuple(requires),
            "ensures": tuple(ensures),
            "invariants": tuple(invariants),
        }
    )
    return fitted, fitted_spec
