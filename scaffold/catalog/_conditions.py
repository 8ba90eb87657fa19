"""The closed vocabulary of conditions and built-in rules a template may use.

Templates are data: each condition is a one-key mapping (``auth: user``,
``rate_limit: {key: ..., limit: 5, per: minute}``) naming an entry of this vocabulary, and
business rules and invariants name a rule of the built-in library (``unique: email``). None of
them can carry code; the generator maps each to a factory of ``scaffold.contracts``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Annotated, Any, ClassVar, Literal

from pydantic import BaseModel, BeforeValidator, Discriminator, Field, Tag

from scaffold.catalog._base import (
    TAG_PREFIX,
    EventName,
    FieldName,
    RoleName,
    SnakeName,
    StrictModel,
    Text,
    by_key,
    closest,
    custom_error,
)

__all__ = [
    "BUSINESS_RULES",
    "CONDITIONS",
    "ENSURES",
    "INVARIANTS",
    "INVARIANT_RULES",
    "PERIODS",
    "REQUIRES",
    "AuditLogCondition",
    "AuthCondition",
    "BulkCondition",
    "BulkSpec",
    "BusinessRule",
    "BusinessRuleCondition",
    "BusinessRuleSpec",
    "Condition",
    "CountMatchesRule",
    "CountMatchesSpec",
    "EnsuresCondition",
    "InvariantCondition",
    "InvariantRule",
    "InvariantSpec",
    "InvariantsCondition",
    "MatchesInputRule",
    "MaxItemsRule",
    "MaxItemsSpec",
    "NotSelfRule",
    "OwnsCondition",
    "OwnsSpec",
    "RateLimitCondition",
    "RateLimitSpec",
    "RequiresCondition",
    "ReturnsCondition",
    "RoleAtLeastRule",
    "UniqueRule",
    "ValidatesCondition",
]

PERIODS = ("second", "minute", "hour", "day")
PositiveInt = Annotated[int, Field(strict=True, ge=1)]
Count = Annotated[int, Field(strict=True, ge=0)]


def _one_of(allowed: Iterable[str], vocabulary: Iterable[str], what: str, place: str) -> Any:
    """A before-validator: a one-key mapping whose key is in ``allowed`` (else a clear error)."""
    allowed_names = tuple(sorted(allowed))
    known = frozenset(vocabulary)

    def check(value: Any) -> Any:
        if isinstance(value, BaseModel):
            return value
        if not isinstance(value, dict) or len(value) != 1:
            shape = "an empty mapping" if value == {} else type(value).__name__
            if isinstance(value, dict):
                shape = f"a mapping with {len(value)} keys ({', '.join(map(str, value))})"
            raise custom_error(
                f"invalid_{what.replace(' ', '_')}",
                f"each {what} is a mapping with exactly one key (e.g. `{allowed_names[0]}: ...`),"
                f" got {shape}",
            )
        name = str(next(iter(value)))
        if name in allowed_names:
            return value
        if name in known:
            raise custom_error(
                f"misplaced_{what.replace(' ', '_')}",
                f"{what} {name!r} does not belong in {place}; allowed here: "
                f"{', '.join(allowed_names)}",
            )
        raise custom_error(
            f"unknown_{what.replace(' ', '_')}",
            f"unknown {what} {name!r}{closest(name, known) or ';'} valid {what}s: "
            f"{', '.join(sorted(known))}",
        )

    return BeforeValidator(check)


def _short_or_full(short: str, full: str) -> Discriminator:
    """Discriminate a shorthand scalar from the full mapping form."""

    def form(value: Any) -> str | None:
        if isinstance(value, (dict, BaseModel)):
            return f"{TAG_PREFIX}full"
        if isinstance(value, (str, int)) and not isinstance(value, bool):
            return f"{TAG_PREFIX}short"
        return None

    return Discriminator(
        form,
        custom_error_type="invalid_form",
        custom_error_message=f"expected {short}, or a mapping {full}",
    )


# ---- built-in rules ---------------------------------------------------------------------------


class _Rule(StrictModel):
    kind: ClassVar[str]


class UniqueRule(_Rule):
    """``unique: email``: no existing record has this input field's value."""

    kind: ClassVar[str] = "unique"
    unique: FieldName


class RoleAtLeastRule(_Rule):
    """``role_at_least: super_admin``: the caller holds this role or one above it."""

    kind: ClassVar[str] = "role_at_least"
    role_at_least: RoleName


class NotSelfRule(_Rule):
    """``not_self: user_id``: the input field is not the caller's own id."""

    kind: ClassVar[str] = "not_self"
    not_self: FieldName


class MaxItemsSpec(StrictModel):
    field: FieldName
    limit: PositiveInt


class MaxItemsRule(_Rule):
    """``max_items: {field: tags, limit: 10}``: the input list field holds at most ``limit``."""

    kind: ClassVar[str] = "max_items"
    max_items: MaxItemsSpec


class MatchesInputRule(_Rule):
    """``matches_input: user_id``: the result's field equals the input's field."""

    kind: ClassVar[str] = "matches_input"
    matches_input: FieldName


class CountMatchesSpec(StrictModel):
    input: FieldName
    result: FieldName


class CountMatchesRule(_Rule):
    """``count_matches: {input: items, result: results}``: one result per input item."""

    kind: ClassVar[str] = "count_matches"
    count_matches: CountMatchesSpec


_BUSINESS_RULE_TYPES: tuple[type[_Rule], ...] = (
    UniqueRule,
    RoleAtLeastRule,
    NotSelfRule,
    MaxItemsRule,
)
_INVARIANT_RULE_TYPES: tuple[type[_Rule], ...] = (MatchesInputRule, CountMatchesRule)
BUSINESS_RULES = tuple(rule.kind for rule in _BUSINESS_RULE_TYPES)
INVARIANT_RULES = tuple(rule.kind for rule in _INVARIANT_RULE_TYPES)
_ALL_RULES = BUSINESS_RULES + INVARIANT_RULES

BusinessRule = Annotated[
    Annotated[UniqueRule, Tag(f"{TAG_PREFIX}unique")]
    | Annotated[RoleAtLeastRule, Tag(f"{TAG_PREFIX}role_at_least")]
    | Annotated[NotSelfRule, Tag(f"{TAG_PREFIX}not_self")]
    | Annotated[MaxItemsRule, Tag(f"{TAG_PREFIX}max_items")],
    by_key(BUSINESS_RULES),
    _one_of(BUSINESS_RULES, _ALL_RULES, "rule", "a business rule"),
]
InvariantRule = Annotated[
    Annotated[MatchesInputRule, Tag(f"{TAG_PREFIX}matches_input")]
    | Annotated[CountMatchesRule, Tag(f"{TAG_PREFIX}count_matches")],
    by_key(INVARIANT_RULES),
    _one_of(INVARIANT_RULES, _ALL_RULES, "rule", "an invariant"),
]


# ---- conditions -------------------------------------------------------------------------------


class _Condition(StrictModel):
    kind: ClassVar[str]


class AuthCondition(_Condition):
    """``auth: user``: signed in, session not expired, holding the role (or one above it)."""

    kind: ClassVar[str] = "auth"
    auth: RoleName


class ValidatesCondition(_Condition):
    """``validates: input``: the input is validated with the template's input model."""

    kind: ClassVar[str] = "validates"
    validates: Literal["input"]


class OwnsSpec(StrictModel):
    field: FieldName
    bypass_roles: tuple[RoleName, ...] = ()


class OwnsCondition(_Condition):
    """``owns: user_id``: the field equals the caller's id; nobody bypasses unless listed."""

    kind: ClassVar[str] = "owns"
    owns: Annotated[
        Annotated[FieldName, Tag(f"{TAG_PREFIX}short")]
        | Annotated[OwnsSpec, Tag(f"{TAG_PREFIX}full")],
        _short_or_full("a field name", "{field, bypass_roles}"),
    ]

    @property
    def spec(self) -> OwnsSpec:
        """The full form, whichever form the YAML used."""
        return self.owns if isinstance(self.owns, OwnsSpec) else OwnsSpec(field=self.owns)


class RateLimitSpec(StrictModel):
    key: SnakeName
    limit: PositiveInt
    per: Literal["second", "minute", "hour", "day"] = "minute"
    by: Literal["user", "ip"] = "user"


class RateLimitCondition(_Condition):
    """``rate_limit: {key, limit, per, by}``: at most ``limit`` calls ``per`` period per caller."""

    kind: ClassVar[str] = "rate_limit"
    rate_limit: RateLimitSpec


class BulkSpec(StrictModel):
    field: FieldName
    max_items: PositiveInt = 100
    min_items: Count = 1


class BulkCondition(_Condition):
    """``bulk: {field, min_items, max_items}``: the input list's size (422 when outside)."""

    kind: ClassVar[str] = "bulk"
    bulk: BulkSpec


class BusinessRuleSpec(StrictModel):
    description: Text
    rule: BusinessRule


class BusinessRuleCondition(_Condition):
    """``business_rule: {description, rule}``: a rule of the built-in library must hold."""

    kind: ClassVar[str] = "business_rule"
    business_rule: BusinessRuleSpec


class ReturnsCondition(_Condition):
    """``returns: output``: the result is validated with the template's output model."""

    kind: ClassVar[str] = "returns"
    returns: Literal["output"]


class AuditLogCondition(_Condition):
    """``audit_log: event_name``: every call, allowed or denied, is audited under this event."""

    kind: ClassVar[str] = "audit_log"
    audit_log: EventName


class InvariantSpec(StrictModel):
    description: Text
    rule: InvariantRule


class InvariantCondition(_Condition):
    """``invariant: {description, rule}``: checked on the result after the function ran."""

    kind: ClassVar[str] = "invariant"
    invariant: InvariantSpec


_CONDITION_TYPES: tuple[type[_Condition], ...] = (
    AuthCondition,
    ValidatesCondition,
    OwnsCondition,
    RateLimitCondition,
    BulkCondition,
    BusinessRuleCondition,
    ReturnsCondition,
    AuditLogCondition,
    InvariantCondition,
)
CONDITIONS = tuple(condition.kind for condition in _CONDITION_TYPES)
REQUIRES = ("auth", "validates", "owns", "rate_limit", "bulk", "business_rule")
ENSURES = ("returns", "audit_log", "invariant")
INVARIANTS = ("invariant",)

Condition = (
    AuthCondition
    | ValidatesCondition
    | OwnsCondition
    | RateLimitCondition
    | BulkCondition
    | BusinessRuleCondition
    | ReturnsCondition
    | AuditLogCondition
    | InvariantCondition
)


_T = TAG_PREFIX

RequiresCondition = Annotated[
    Annotated[AuthCondition, Tag(f"{_T}auth")]
    | Annotated[ValidatesCondition, Tag(f"{_T}validates")]
    | Annotated[OwnsCondition, Tag(f"{_T}owns")]
    | Annotated[RateLimitCondition, Tag(f"{_T}rate_limit")]
    | Annotated[BulkCondition, Tag(f"{_T}bulk")]
    | Annotated[BusinessRuleCondition, Tag(f"{_T}business_rule")],
    by_key(REQUIRES),
    _one_of(REQUIRES, CONDITIONS, "condition", "requires"),
]
EnsuresCondition = Annotated[
    Annotated[ReturnsCondition, Tag(f"{_T}returns")]
    | Annotated[AuditLogCondition, Tag(f"{_T}audit_log")]
    | Annotated[InvariantCondition, Tag(f"{_T}invariant")],
    by_key(ENSURES),
    _one_of(ENSURES, CONDITIONS, "condition", "ensures"),
]
InvariantsCondition = Annotated[
    Annotated[InvariantCondition, Tag(f"{_T}invariant")],
    by_key(INVARIANTS),
    _one_of(INVARIANTS, CONDITIONS, "condition", "invariants"),
]
