"""The conditions a contract is made of: small callable objects with a readable repr.

Each condition is built by a factory (``auth("admin")``), checked once against the function
when the decorator is applied (``bind``), then run on every call (``check`` / ``acheck``).
A condition signals a denial by raising ``ContractError``; anything else it raises is turned
into a ``CONDITION_ERROR`` denial by the decorator (fail closed).
"""

from __future__ import annotations

import inspect
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Literal

from pydantic import BaseModel, ValidationError

from scaffold.contracts._auth import AuthContext
from scaffold.contracts._config import get_settings
from scaffold.contracts._errors import ContractDefinitionError, ContractError, ErrorType
from scaffold.contracts._signature import MISSING

if TYPE_CHECKING:
    from scaffold.contracts._signature import FunctionSpec, Locator

__all__ = [
    "Binding",
    "Call",
    "Condition",
    "audit_log",
    "auth",
    "bulk",
    "business_rule",
    "invariant",
    "owns",
    "returns",
    "validates",
]

Phase = Literal["pre", "post", "audit"]
Predicate = Callable[[Any, Any], "bool | Awaitable[bool]"]


class Call:
    """The state of one guarded call, shared by its conditions."""

    __slots__ = ("args", "caller", "input", "kwargs", "result")

    def __init__(
        self, args: tuple[Any, ...], kwargs: dict[str, Any], caller: Any, value: Any
    ) -> None:
        self.args = args
        self.kwargs = kwargs
        self.caller: AuthContext | None = caller
        self.input = value
        self.result: Any = None


class Binding:
    """What conditions may ask about the guarded function when the decorator is applied."""

    def __init__(
        self,
        spec: FunctionSpec,
        contract: str,
        caller: Locator | None,
        input: Locator | None,  # noqa: A002 - mirrors Call.input
        input_model: type[BaseModel] | None,
    ) -> None:
        self.spec = spec
        self.contract = contract
        self.caller = caller
        self.input = input
        self.input_model = input_model

    def fail(self, condition: Condition, problem: str) -> ContractDefinitionError:
        return ContractDefinitionError(f"contract {self.contract}: {condition!r} {problem}")


class Condition:
    """Base of every condition. Subclasses set ``phase`` and implement ``check``."""

    phase: ClassVar[Phase] = "pre"
    needs_caller: ClassVar[bool] = False
    needs_input: ClassVar[bool] = False
    is_async: bool = False

    def bind(self, binding: Binding) -> Condition:
        """Check the condition fits the function; return the condition to run (often self)."""
        if self.needs_caller and binding.caller is None:
            raise binding.fail(
                self,
                f"needs the caller, but {binding.spec.qualname} has no parameter annotated "
                "with AuthContext; add one, e.g. `context: AuthContext = Depends(auth_context)`",
            )
        if self.needs_input and binding.input is None:
            raise binding.fail(
                self,
                f"needs the input, but {binding.spec.qualname} has no parameter annotated with "
                "a pydantic model or named 'payload'",
            )
        return self

    def check(self, call: Call) -> None:
        """Raise ``ContractError`` to deny the call."""

    async def acheck(self, call: Call) -> None:
        """The async form; conditions without I/O just run ``check``."""
        self.check(call)


def _require_caller(call: Call) -> AuthContext:
    caller = call.caller
    if caller is None or caller.user_id is None:
        raise ContractError(ErrorType.AUTHENTICATION_REQUIRED, "Authentication required.")
    return caller


class _RoleCache:
    """The set of held roles that grant a required role, refreshed when settings change."""

    __slots__ = ("_generation", "_roles", "_satisfying")

    def __init__(self, roles: Sequence[str]) -> None:
        self._roles = tuple(roles)
        self._generation = -1
        self._satisfying: frozenset[str] = frozenset()

    def satisfying(self) -> frozenset[str]:
        settings = get_settings()
        if settings.generation != self._generation:
            hierarchy = settings.roles
            granted: set[str] = set()
            for role in self._roles:
                granted |= hierarchy.satisfying(role)
            self._satisfying = frozenset(granted)
            self._generation = settings.generation
        return self._satisfying


class Auth(Condition):
    needs_caller = True

    def __init__(self, role: str | None) -> None:
        if role is not None and (not isinstance(role, str) or not role):
            raise ContractDefinitionError("auth(role=...) takes a role name or None")
        self.role = role
        self._roles = _RoleCache((role,) if role else ())

    def check(self, call: Call) -> None:
        caller = _require_caller(call)
        expires = caller._expires_ts
        if expires is not None and expires <= time.time():
            raise ContractError(ErrorType.SESSION_EXPIRED, "Session expired; sign in again.")
        if self.role is not None and self._roles.satisfying().isdisjoint(caller.roles):
            raise ContractError(
                ErrorType.INSUFFICIENT_ROLE,
                f"The '{self.role}' role is required.",
                {"required_role": self.role},
            )

    def __repr__(self) -> str:
        return f"auth({self.role!r})"


def auth(role: str | None = "user") -> Condition:
    """The caller is signed in, the session has not expired, and holds ``role`` (or above)."""
    return Auth(role)


def _field_errors(error: ValidationError) -> list[dict[str, Any]]:
    """Pydantic errors without the offending input values."""
    return [
        {"loc": [str(part) for part in item["loc"]], "type": item["type"], "msg": item["msg"]}
        for item in error.errors(include_url=False, include_input=False, include_context=False)
    ]


def _locations(errors: list[dict[str, Any]]) -> str:
    names = sorted({".".join(item["loc"]) or "(input)" for item in errors})
    return ", ".join(names)


def _require_model(factory: str, model: Any) -> type[BaseModel]:
    if not (isinstance(model, type) and issubclass(model, BaseModel)):
        raise ContractDefinitionError(f"{factory}(...) takes a pydantic model class, got {model!r}")
    return model


class Validates(Condition):
    needs_input = True

    def __init__(self, model: type[BaseModel]) -> None:
        self.model = _require_model("validates", model)

    def check(self, call: Call) -> None:
        try:
            call.input = self.model.model_validate(call.input)
        except ValidationError as error:
            errors = _field_errors(error)
            raise ContractError(
                ErrorType.VALIDATION_FAILED,
                f"Input validation failed: {_locations(errors)}.",
                {"errors": errors},
            ) from None

    def __repr__(self) -> str:
        return f"validates({self.model.__name__})"


def validates(model: type[BaseModel]) -> Condition:
    """Validate and coerce the input with ``model``; the function receives the model instance."""
    return Validates(model)


class Owns(Condition):
    needs_caller = True

    def __init__(self, field: str, bypass_roles: Sequence[str]) -> None:
        if not isinstance(field, str) or not field.isidentifier():
            raise ContractDefinitionError(f"owns() takes a field name, got {field!r}")
        self.field = field
        self.bypass_roles = tuple(bypass_roles)
        self._bypass = _RoleCache(self.bypass_roles)
        self._param: Locator | None = None
        self._from_input = False

    def bind(self, binding: Binding) -> Condition:
        super().bind(binding)
        bound = Owns(self.field, self.bypass_roles)
        bound._param = binding.spec.locate(self.field)
        model = binding.input_model
        if binding.input is not None and binding.input.name != self.field:
            bound._from_input = model is None or self.field in model.model_fields
        if bound._param is None and not bound._from_input:
            raise binding.fail(
                self,
                f"finds no '{self.field}': {binding.spec.qualname} has no parameter of that "
                "name and its input has no such field",
            )
        return bound

    def check(self, call: Call) -> None:
        caller = _require_caller(call)
        if self.bypass_roles and not self._bypass.satisfying().isdisjoint(caller.roles):
            return
        owner = caller.user_id
        found = False
        if self._param is not None:
            value = self._param.get(call.args, call.kwargs)
            if value is not MISSING and value is not None:
                found = True
                if str(value) != owner:
                    raise _not_owner(self.field)
        if self._from_input:
            value = getattr(call.input, self.field, MISSING)
            if value is not MISSING and value is not None:
                found = True
                if str(value) != owner:
                    raise _not_owner(self.field)
        if not found:
            raise _not_owner(self.field)

    def __repr__(self) -> str:
        return f"owns({self.field!r}, bypass_roles={self.bypass_roles!r})"


def _not_owner(field: str) -> ContractError:
    return ContractError(
        ErrorType.OWNERSHIP_DENIED, "You do not own this resource.", {"field": field}
    )


def owns(field: str, bypass_roles: Sequence[str] = ("admin",)) -> Condition:
    """``field`` (a parameter or an input attribute) equals the caller's id.

    Callers holding one of ``bypass_roles`` (or a role above it) pass; pass ``()`` for none.
    """
    return Owns(field, bypass_roles)


class _Predicate(Condition):
    """A condition over a user function: business rules and invariants."""

    error_type: ClassVar[ErrorType]
    factory: ClassVar[str]

    def __init__(self, description: str, predicate: Predicate) -> None:
        if not isinstance(description, str) or not description.strip():
            raise ContractDefinitionError(f"{self.factory}() needs a description")
        if not callable(predicate):
            raise ContractDefinitionError(f"{self.factory}() needs a callable predicate")
        self.description = description
        self.predicate = predicate
        self.is_async = inspect.iscoroutinefunction(predicate)

    def bind(self, binding: Binding) -> Condition:
        super().bind(binding)
        if self.is_async and not binding.spec.is_async:
            raise binding.fail(
                self,
                f"has an async predicate but {binding.spec.qualname} is not async; "
                "make the predicate sync or the function async",
            )
        return self

    def _arguments(self, call: Call) -> tuple[Any, Any]:
        return call.input, call.caller

    def _verdict(self, outcome: object) -> None:
        if inspect.isawaitable(outcome):
            close = getattr(outcome, "close", None)
            if close is not None:
                close()
            raise TypeError(f"{self!r} returned an awaitable in a sync contract")
        if outcome is not True:
            raise ContractError(self.error_type, self.description)

    def check(self, call: Call) -> None:
        self._verdict(self.predicate(*self._arguments(call)))

    async def acheck(self, call: Call) -> None:
        outcome = self.predicate(*self._arguments(call))
        if inspect.isawaitable(outcome):
            outcome = await outcome
        self._verdict(outcome)

    def __repr__(self) -> str:
        return f"{self.factory}({self.description!r})"


class BusinessRule(_Predicate):
    error_type = ErrorType.BUSINESS_RULE_VIOLATION
    factory = "business_rule"


def business_rule(description: str, predicate: Predicate) -> Condition:
    """``predicate(input, caller)`` (sync or async) must return ``True``.

    A denial carries ``description`` as its message, so write it for the person calling.
    """
    return BusinessRule(description, predicate)


class Invariant(_Predicate):
    phase = "post"
    error_type = ErrorType.INVARIANT_VIOLATION
    factory = "invariant"

    def _arguments(self, call: Call) -> tuple[Any, Any]:
        return call.input, call.result


def invariant(description: str, predicate: Predicate) -> Condition:
    """``predicate(input, result)`` must return ``True`` once the function has run."""
    return Invariant(description, predicate)


class Returns(Condition):
    phase = "post"

    def __init__(self, model: type[BaseModel]) -> None:
        self.model = _require_model("returns", model)

    def check(self, call: Call) -> None:
        try:
            call.result = self.model.model_validate(call.result, from_attributes=True)
        except ValidationError as error:
            errors = _field_errors(error)
            raise ContractError(
                ErrorType.OUTPUT_VALIDATION_FAILED,
                "The result failed output validation.",
                {"errors": errors},
            ) from None

    def __repr__(self) -> str:
        return f"returns({self.model.__name__})"


def returns(model: type[BaseModel]) -> Condition:
    """Validate the result with ``model``; callers receive the model instance."""
    return Returns(model)


class Bulk(Condition):
    needs_input = True

    def __init__(self, max_items: int, min_items: int, field: str | None) -> None:
        if not (isinstance(min_items, int) and isinstance(max_items, int)):
            raise ContractDefinitionError("bulk() takes whole numbers for min_items, max_items")
        if min_items < 0 or max_items < max(min_items, 1):
            raise ContractDefinitionError("bulk() needs 0 <= min_items <= max_items, max >= 1")
        self.max_items = max_items
        self.min_items = min_items
        self.field = field

    def check(self, call: Call) -> None:
        if self.field is None:
            items = call.input
        elif isinstance(call.input, Mapping):  # raw input, before validates() has run
            items = call.input.get(self.field, MISSING)
        else:
            items = getattr(call.input, self.field, MISSING)
        if not isinstance(items, (list, tuple)):
            raise ContractError(ErrorType.INVALID_BULK_INPUT, "Expected a list of items.")
        if len(items) < self.min_items:
            raise ContractError(
                ErrorType.INVALID_BULK_INPUT, f"Send at least {self.min_items} item(s)."
            )
        if len(items) > self.max_items:
            raise ContractError(
                ErrorType.BULK_TOO_LARGE,
                f"Send at most {self.max_items} items per request.",
                {"count": len(items)},
            )

    def __repr__(self) -> str:
        field = "" if self.field is None else f", field={self.field!r}"
        return f"bulk(max_items={self.max_items}, min_items={self.min_items}{field})"


def bulk(max_items: int = 100, min_items: int = 1, field: str | None = None) -> Condition:
    """The input (or its ``field``) is a list of ``min_items``..``max_items`` items.

    Not a list, or too few → INVALID_BULK_INPUT; too many → BULK_TOO_LARGE.
    """
    return Bulk(max_items, min_items, field)


class AuditLog(Condition):
    """Records every call, allowed or denied; run by the decorator around the others."""

    phase = "audit"

    def __init__(self, event: str) -> None:
        if not isinstance(event, str) or not event.strip():
            raise ContractDefinitionError("audit_log() needs an event name")
        self.event = event

    def __repr__(self) -> str:
        return f"audit_log({self.event!r})"


def audit_log(event: str) -> Condition:
    """Write an audit record (who, what, when, outcome) for allowed and denied calls."""
    return AuditLog(event)
