"""The built-in rules a template names: predicate factories for ``business_rule``/``invariant``.

A template says ``rule: {unique: email}``; generated code says
``business_rule("Email must be unique", unique("email", exists=users.email_exists))``.
Business-rule predicates take ``(input, caller)``, invariant predicates ``(input, result)``;
both are synchronous and return exactly ``True`` to pass. A predicate that cannot decide (a
missing field, a lookup that returns something other than a bool) raises, and the contract
denies the call (fail closed).
"""

from __future__ import annotations

import inspect
from abc import ABC, abstractmethod
from collections.abc import Callable, Sized
from typing import Any

from scaffold.contracts._auth import AuthContext
from scaffold.contracts._config import get_settings
from scaffold.contracts._errors import ContractDefinitionError
from scaffold.contracts._signature import MISSING

__all__ = [
    "Rule",
    "count_matches",
    "matches_input",
    "max_items",
    "not_self",
    "role_at_least",
    "unique",
]


def _field(factory: str, name: object) -> str:
    if not isinstance(name, str) or not name.isidentifier():
        raise ContractDefinitionError(f"{factory}() takes a field name, got {name!r}")
    return name


def _value(source: Any, name: str) -> Any:
    """A field of a model, an object or a mapping; ``MISSING`` when there is none."""
    if isinstance(source, dict):
        return source.get(name, MISSING)
    return getattr(source, name, MISSING)


def _sized(value: Any, where: str) -> Sized:
    if value is MISSING:
        raise LookupError(f"{where} is missing")
    if isinstance(value, (str, bytes)) or not isinstance(value, Sized):
        raise TypeError(f"{where} is not a list")
    return value


class Rule(ABC):
    """A predicate with a readable repr (shown in contract errors and generated docs)."""

    def __init__(self, text: str) -> None:
        self._text = text

    @abstractmethod
    def __call__(self, first: Any, second: Any) -> bool:
        """``(input, caller)`` for a business rule, ``(input, result)`` for an invariant."""

    def __repr__(self) -> str:
        return self._text


class _Unique(Rule):
    def __init__(self, field: str, exists: Callable[..., bool], using: str | None) -> None:
        super().__init__(f"unique({field!r})" if using is None else f"unique({field!r}, {using=})")
        self.field = field
        self.exists = exists
        self.using = using

    def __call__(self, data: Any, caller: Any, source: Any = MISSING) -> bool:
        value = _value(data, self.field)
        if value is MISSING:
            raise LookupError(f"the input has no field {self.field!r}")
        if value is None:  # an optional field left out: nothing to compare
            return True
        taken: object = self.exists(value) if self.using is None else self.exists(source, value)
        if not isinstance(taken, bool):
            if inspect.isawaitable(taken):
                close = getattr(taken, "close", None)
                if close is not None:
                    close()
            raise TypeError(f"{self!r}: exists() must return a bool synchronously")
        return not taken


def unique(field: str, exists: Callable[..., bool], *, using: str | None = None) -> Rule:
    """Business rule: no record already has the input's ``field`` value.

    ``exists(value) -> bool`` is the service's lookup (e.g. ``users.email_exists``); with
    ``using``, the name of a parameter of the guarded function (the repository dependency),
    it is ``exists(<that argument>, value)``, so the rule looks in the very store the call
    works on (``app.dependency_overrides`` included). Compare the way your storage does
    (case-insensitive emails, say) and back it with a unique index: the check and the insert
    can race.
    """
    if not callable(exists):
        raise ContractDefinitionError("unique() needs exists=, a callable (value) -> bool")
    if using is not None and (not isinstance(using, str) or not using.isidentifier()):
        raise ContractDefinitionError(f"unique(using=...) takes a parameter name, got {using!r}")
    return _Unique(_field("unique", field), exists, using)


class _RoleAtLeast(Rule):
    def __init__(self, role: str) -> None:
        super().__init__(f"role_at_least({role!r})")
        self.role = role

    def __call__(self, data: Any, caller: Any) -> bool:
        if not isinstance(caller, AuthContext) or caller.user_id is None:
            return False
        return get_settings().roles.grants(caller.roles, self.role)


def role_at_least(role: str) -> Rule:
    """Business rule: the caller holds ``role`` or a role above it (``super_admin`` > ``admin``).

    Uses the role hierarchy of ``configure(roles=...)``; anonymous callers never pass.
    """
    if not isinstance(role, str) or not role:
        raise ContractDefinitionError(f"role_at_least() takes a role name, got {role!r}")
    return _RoleAtLeast(role)


class _NotSelf(Rule):
    def __init__(self, field: str) -> None:
        super().__init__(f"not_self({field!r})")
        self.field = field

    def __call__(self, data: Any, caller: Any) -> bool:
        if not isinstance(caller, AuthContext) or caller.user_id is None:
            return False
        value = _value(data, self.field)
        if value is MISSING or value is None:
            raise LookupError(f"the input has no value for {self.field!r}")
        return str(value) != caller.user_id


def not_self(field: str) -> Rule:
    """Business rule: the input's ``field`` is not the caller's own id (no acting on oneself)."""
    return _NotSelf(_field("not_self", field))


class _MaxItems(Rule):
    def __init__(self, limit: int, field: str) -> None:
        super().__init__(f"max_items({limit}, field={field!r})")
        self.limit = limit
        self.field = field

    def __call__(self, data: Any, caller: Any) -> bool:
        value = _value(data, self.field)
        if value is None:
            return True
        return len(_sized(value, f"input field {self.field!r}")) <= self.limit


def max_items(limit: int, field: str) -> Rule:
    """Business rule: the input's list ``field`` holds at most ``limit`` items (absent passes)."""
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
        raise ContractDefinitionError("max_items() limit must be a positive integer")
    return _MaxItems(limit, _field("max_items", field))


class _MatchesInput(Rule):
    def __init__(self, field: str) -> None:
        super().__init__(f"matches_input({field!r})")
        self.field = field

    def __call__(self, data: Any, result: Any) -> bool:
        expected, actual = _value(data, self.field), _value(result, self.field)
        if expected is MISSING or actual is MISSING:
            raise LookupError(f"the input or the result has no field {self.field!r}")
        return bool(expected == actual) or (
            expected is not None and actual is not None and str(expected) == str(actual)
        )


def matches_input(field: str) -> Rule:
    """Invariant: the result's ``field`` equals the input's (e.g. the record that was asked for)."""
    return _MatchesInput(_field("matches_input", field))


class _CountMatches(Rule):
    def __init__(self, input_field: str, result_field: str) -> None:
        super().__init__(f"count_matches({input_field!r}, {result_field!r})")
        self.input_field = input_field
        self.result_field = result_field

    def __call__(self, data: Any, result: Any) -> bool:
        sent = _sized(_value(data, self.input_field), f"input field {self.input_field!r}")
        got = _sized(_value(result, self.result_field), f"result field {self.result_field!r}")
        return len(sent) == len(got)


def count_matches(input_field: str, result_field: str) -> Rule:
    """Invariant: the result's list ``result_field`` has one entry per item of ``input_field``."""
    return _CountMatches(
        _field("count_matches", input_field), _field("count_matches", result_field)
    )
