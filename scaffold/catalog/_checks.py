"""Checks across the parts of a template, run once every part is valid on its own.

A condition may name a field the input lacks, need an ``auth`` before it, or appear twice;
none of that is visible to the parts alone. Every problem is reported with the path of the
value at fault.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING

from pydantic_core import InitErrorDetails

from scaffold.catalog._conditions import (
    AuthCondition,
    BulkCondition,
    BusinessRuleCondition,
    Condition,
    CountMatchesRule,
    InvariantCondition,
    MatchesInputRule,
    MaxItemsRule,
    NotSelfRule,
    OwnsCondition,
    RateLimitCondition,
    RoleAtLeastRule,
    UniqueRule,
)
from scaffold.catalog._model import Loc, problem

if TYPE_CHECKING:
    from scaffold.catalog._model import FieldSpec, Template

__all__ = ["template_problems"]

SINGLETONS = ("auth", "validates", "bulk", "returns", "audit_log")


def dotted(loc: Loc) -> str:
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


def _located(template: Template) -> Iterator[tuple[Loc, Condition]]:
    for place in ("requires", "ensures", "invariants"):
        for index, condition in enumerate(getattr(template, place)):
            yield (place, index), condition


class _Checker:
    def __init__(self, template: Template) -> None:
        self.template = template
        self.inputs: Mapping[str, FieldSpec] = template.input.fields
        self.outputs: Mapping[str, FieldSpec] = template.output.fields
        self.errors: list[InitErrorDetails] = []
        self.auth_at: int | None = None

    def add(self, loc: Loc, kind: str, message: str) -> None:
        problem(self.errors, loc, kind, message)

    def needs_auth(self, loc: Loc, what: str) -> None:
        index = loc[1] if loc[0] == "requires" else None
        if self.auth_at is None or not isinstance(index, int) or self.auth_at > index:
            self.add(loc, "needs_auth", f"{what} needs an `auth` condition before it in requires")

    def input_field(self, loc: Loc, name: str, *, is_list: bool = False) -> None:
        self._field(loc, name, "input", self.inputs, is_list)

    def output_field(self, loc: Loc, name: str, *, is_list: bool = False) -> None:
        self._field(loc, name, "output", self.outputs, is_list)

    def _field(
        self, loc: Loc, name: str, side: str, fields: Mapping[str, FieldSpec], is_list: bool
    ) -> None:
        spec = fields.get(name)
        if spec is None:
            known = ", ".join(fields)
            self.add(
                loc, "unknown_field", f"the {side} has no field {name!r}; {side} fields: {known}"
            )
        elif is_list and spec.type != "list":
            self.add(loc, "not_a_list", f"{side} field {name!r} must be a list")

    def run(self) -> list[InitErrorDetails]:
        seen: dict[str, Loc] = {}
        keys: dict[str, Loc] = {}
        for loc, condition in _located(self.template):
            kind = condition.kind
            if kind in SINGLETONS:
                if kind in seen:
                    self.add(
                        loc,
                        "duplicate_condition",
                        f"{kind!r} appears twice (first at {dotted(seen[kind])})",
                    )
                seen.setdefault(kind, loc)
            if isinstance(condition, AuthCondition) and self.auth_at is None:
                self.auth_at = int(loc[1])
            if isinstance(condition, RateLimitCondition):
                key = condition.rate_limit.key
                if key in keys:
                    where = dotted(keys[key])
                    self.add(
                        (*loc, "rate_limit", "key"),
                        "duplicate_key",
                        f"rate-limit key {key!r} is used twice (first at {where})",
                    )
                keys.setdefault(key, loc)
            self.condition(loc, condition)
        self.endpoint()
        return self.errors

    def condition(self, loc: Loc, condition: Condition) -> None:
        if isinstance(condition, OwnsCondition):
            self.input_field((*loc, "owns"), condition.spec.field)
            self.needs_auth(loc, "owns")
        elif isinstance(condition, BulkCondition):
            self.bulk(loc, condition)
        elif isinstance(condition, BusinessRuleCondition):
            rule = condition.business_rule.rule
            where: Loc = (*loc, "business_rule", "rule", rule.kind)
            if isinstance(rule, UniqueRule):
                self.input_field(where, rule.unique)
            elif isinstance(rule, NotSelfRule):
                self.input_field(where, rule.not_self)
                self.needs_auth(loc, "not_self")
            elif isinstance(rule, MaxItemsRule):
                self.input_field((*where, "field"), rule.max_items.field, is_list=True)
            elif isinstance(rule, RoleAtLeastRule):
                self.needs_auth(loc, "role_at_least")
        elif isinstance(condition, InvariantCondition):
            invariant = condition.invariant.rule
            where = (*loc, "invariant", "rule", invariant.kind)
            if isinstance(invariant, MatchesInputRule):
                self.input_field(where, invariant.matches_input)
                self.output_field(where, invariant.matches_input)
            elif isinstance(invariant, CountMatchesRule):
                spec = invariant.count_matches
                self.input_field((*where, "input"), spec.input, is_list=True)
                self.output_field((*where, "result"), spec.result, is_list=True)

    def bulk(self, loc: Loc, condition: BulkCondition) -> None:
        spec = condition.bulk
        where: Loc = (*loc, "bulk", "field")
        self.input_field(where, spec.field, is_list=True)
        target = self.inputs.get(spec.field)
        if target is not None and (target.min_length is not None or target.max_length is not None):
            self.add(
                where,
                "bulk_length",
                "the bulk condition owns the item count: drop min_length/max_length from the "
                "list field (they would answer before INVALID_BULK_INPUT/BULK_TOO_LARGE)",
            )
        if spec.min_items > spec.max_items:
            self.add(
                (*loc, "bulk", "min_items"),
                "bad_range",
                f"min_items {spec.min_items} is greater than max_items {spec.max_items}",
            )

    def endpoint(self) -> None:
        for name in self.template.endpoint.path_params:
            spec = self.inputs.get(name)
            if spec is None:
                self.add(
                    ("endpoint", "path"),
                    "unknown_param",
                    f"path parameter {{{name}}} has no input field; add `{name}` to input.fields",
                )
            elif spec.type == "list":
                self.add(
                    ("input", "fields", name, "type"),
                    "list_param",
                    "a path parameter cannot be a list",
                )
        if self.template.input.model == self.template.output.model:
            self.add(
                ("output", "model"),
                "same_model",
                "the output model needs a name other than the input model's",
            )


def template_problems(template: Template) -> list[InitErrorDetails]:
    """Every problem that spans several parts of ``template``."""
    return _Checker(template).run()
