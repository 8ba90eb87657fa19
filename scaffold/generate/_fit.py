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
    from scaffold.catalog import AuthCondition, Condition, FieldSpec, OwnsCondition, Template

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


def _label(condition: Condition) -> str:
    """``not_self`` for a business rule, else the condition's kind."""
    rule: Any = getattr(getattr(condition, "business_rule", None), "rule", None)
    return str(rule.kind) if rule is not None else condition.kind


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


class _Fitting:
    """The state of one fit: the conditions kept so far, the inputs, the notes."""

    def __init__(self, template: Template, spec: FunctionSpec) -> None:
        self.template = template
        self.spec = spec
        self.notes = list(spec.notes)
        self.inputs: dict[str, FieldSpec] = dict(spec.inputs)
        self.requires: list[Condition] = []
        self.key = spec.key_field if not spec.collection else None
        self.ownership = spec.ownership
        self.owns_kept = False

    def auth(self, condition: AuthCondition) -> None:
        from scaffold.catalog import AuthCondition

        wanted = self.spec.role
        if wanted and _RANK.get(condition.auth, 0) < _RANK.get(wanted, 0):
            self.notes.append(
                f"the description asks for {wanted}s: auth raised from {condition.auth} to {wanted}"
            )
            condition = AuthCondition(auth=wanted)
        self.requires.append(condition)

    def owns(self, condition: OwnsCondition) -> None:
        from scaffold.catalog import OwnsCondition, OwnsSpec

        key, spec = self.key, self.spec
        if key is None:
            if self.ownership == "none":
                self.ownership = "record"
                self.notes.append(
                    f"the template requires ownership ({condition.spec.field}); on a "
                    "collection the service keeps to the caller's own records"
                )
            return
        bypass = condition.spec.bypass_roles
        self.requires.append(OwnsCondition(owns=OwnsSpec(field=key, bypass_roles=bypass)))
        self.owns_kept = True
        if spec.scope in ("all", "other") and not bypass:
            self.notes.append(
                f"the template lets only the owner of {key} call: the scope "
                f"'{spec.scope}' is not granted; pass --template with an admin contract"
            )
        if self.ownership == "none":
            self.ownership = "user" if key == "user_id" else "record"
            self.notes.append(
                f"the template requires ownership: only the owner of {key} may call"
                + (f" ({', '.join(bypass)} may bypass)" if bypass else "")
            )

    def rule(self, condition: Condition) -> None:
        """Keep a condition; give it the template's field it reads, or leave it out."""
        example = self.template.input.fields
        missing = [name for name in _rule_fields(condition) if name not in self.inputs]
        in_path = any(name in self.template.endpoint.path_params for name in missing)
        if missing and all(name in example for name in missing) and not in_path:
            for name in missing:
                self.inputs[name] = example[name]
            self.notes.append(
                f"input {', '.join(missing)} added: the contract's {condition.kind} reads it"
            )
        elif missing:
            fields = ", ".join(missing)
            self.notes.append(
                f"{_label(condition)} on {fields} left out: this function has no {fields}"
            )
            return
        self.requires.append(condition)

    def _insert(self, condition: Condition, note: str) -> None:
        """Right after ``auth`` (or first): the order the contract checks them in."""
        from scaffold.catalog import AuthCondition

        position = 1 if self.requires and isinstance(self.requires[0], AuthCondition) else 0
        self.requires.insert(position, condition)
        self.notes.append(note)

    def strengthen(self) -> None:
        """Add what the spec asks for and the template lacks: owner, validation, a role."""
        from scaffold.catalog import AuthCondition, OwnsCondition, OwnsSpec, ValidatesCondition

        key, spec = self.key, self.spec
        if key is not None and self.ownership in ("record", "user") and not self.owns_kept:
            self._insert(
                OwnsCondition(owns=OwnsSpec(field=key, bypass_roles=())),
                f"owner only: the caller must own {key} (added for the scope '{spec.scope}')",
            )
        body = [name for name in self.inputs if name not in spec.path_params]
        # "unlike a post", DELETE /posts/{post_id}/likes: the path's values are the filters
        # that keep the call to the records under it (never dropped for want of validation)
        nested = spec.collection and spec.operation in ("delete", "action") and spec.path_params
        if (body or nested) and not any(isinstance(c, ValidatesCondition) for c in self.requires):
            self._insert(
                ValidatesCondition(validates="input"),
                "validates input added: the function takes fields outside the path"
                if body
                else "validates input added: the path's values keep the call to its records",
            )
        if spec.role and not any(isinstance(c, AuthCondition) for c in self.requires):
            self.requires.insert(0, AuthCondition(auth=spec.role))
            self.notes.append(f"the description asks for {spec.role}s: auth {spec.role} added")

    def invariants(self) -> list[Condition]:
        kept: list[Condition] = []
        for condition in self.template.invariants:
            wanted = _fields_of_invariant(condition)
            if all(name in self.inputs or name in self.spec.outputs for name in wanted):
                kept.append(condition)
            else:
                self.notes.append(f"invariant on {', '.join(wanted)} left out: no such fields")
        return kept


def fit_template(template: Template, spec: FunctionSpec) -> tuple[Template, FunctionSpec]:
    """The template to generate from (the spec's endpoint and fields, the template's contract,
    adapted as the module docstring says) and the spec with its notes completed."""
    from scaffold.catalog import AuthCondition, DataModel, Endpoint, OwnsCondition

    if spec.example:
        return template, spec
    fitting = _Fitting(template, spec)
    for condition in template.requires:
        if isinstance(condition, AuthCondition):
            fitting.auth(condition)
        elif isinstance(condition, OwnsCondition):
            fitting.owns(condition)
        else:
            fitting.rule(condition)
    fitting.strengthen()
    invariants = fitting.invariants()
    notes = tuple(dict.fromkeys(fitting.notes))  # a recorded spec is fitted again: say each once
    fitted_spec = replace(spec, inputs=fitting.inputs, ownership=fitting.ownership, notes=notes)
    endpoint = Endpoint.model_construct(method=spec.method, path=spec.path, function=spec.name)
    fitted = template.model_copy(
        update={
            "endpoint": endpoint,
            "input": DataModel.model_construct(model=spec.input_model, fields=fitting.inputs),
            "output": DataModel.model_construct(model=spec.output_model, fields=dict(spec.outputs)),
            "requires": tuple(fitting.requires),
            "invariants": tuple(invariants),
        }
    )
    return fitted, fitted_spec
