"""The conditions a contract is made of: small callable objects with a readable repr.

Each condition is built by a factory (``auth("admin")``), checked once against the function
when the decorator is applied (``bind``), then run on every call. A condition signals a denial
by raising ``ContractError``; anything else it raises is turned into a ``CONDITION_ERROR``
denial by the decorator (fail closed).

The call-time protocol is positional and allocation-free, because it runs on every request:

* before the function: ``check(caller, value, extra) -> value`` (``validates`` returns the
  coerced model, the others return ``value`` unchanged); ``extra`` is the value of the parameter
  the condition named in ``reads`` at bind time (``owns`` reads a path parameter), else MISSING;
* after it: ``check_result(caller, value, result) -> result`` (``returns`` returns the model).

``acheck`` / ``acheck_result`` are the async forms, used for conditions whose ``is_async`` is set.
A condition may also offer its pass path as source lines (``inline``/``inline_result``) that
the compiled wrapper runs instead of a method call: they test the common case (the caller
holds the role, the predicate returns True, the result is already the model) and call the
full check, which raises the right denial, only when that test fails.

A condition whose async form is needed only for some settings (a rate limit: network storage
is async, memory is not) names in ``sync_switch`` an object whose ``runs_sync`` is True when the
sync form will do; the wrapper then skips the coroutine.
"""

from __future__ import annotations

import inspect
import time
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Literal, cast

from pydantic import BaseModel, ValidationError

from scaffold.contracts._auth import AuthContext
from scaffold.contracts._config import get_settings, watch
from scaffold.contracts._errors import ContractDefinitionError, ContractError, ErrorType
from scaffold.contracts._signature import MISSING

if TYPE_CHECKING:
    from scaffold.contracts._signature import FunctionSpec

__all__ = [
    "Binding",
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

# Enum member lookups cost about 0.1 µs each on Python 3.11; the denials that a flood of bad
# requests triggers build their errors from these names instead.
_AUTHENTICATION_REQUIRED = ErrorType.AUTHENTICATION_REQUIRED
_SESSION_EXPIRED = ErrorType.SESSION_EXPIRED
_INSUFFICIENT_ROLE = ErrorType.INSUFFICIENT_ROLE
_OWNERSHIP_DENIED = ErrorType.OWNERSHIP_DENIED
_VALIDATION_FAILED = ErrorType.VALIDATION_FAILED

Phase = Literal["pre", "post", "audit"]
Predicate = Callable[[Any, Any], "bool | Awaitable[bool]"]
Bind = Callable[[str, Any], str]
"""Puts a value in the wrapper's namespace under a name built from the suffix; returns the name."""


class Binding:
    """What conditions may ask about the guarded function when the decorator is applied."""

    def __init__(
        self,
        spec: FunctionSpec,
        contract: str,
        caller: str | None,
        input: str | None,  # noqa: A002 - the documented name of the role
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
    """Base of every condition. Subclasses set ``phase`` and implement one check method."""

    phase: ClassVar[Phase] = "pre"
    needs_caller: ClassVar[bool] = False
    needs_input: ClassVar[bool] = False
    is_async: bool = False
    reads: str | tuple[str, ...] | None = None
    sync_switch: object | None = None

    def bind(self, binding: Binding) -> Condition:
        """Check the condition fits the function; return the condition to run (often self)."""
        if self.needs_caller and binding.caller is None:
            raise binding.fail(
                self,
                f"needs the caller, but {binding.spec.qualname} has no parameter annotated "
                "with AuthContext; add one, e.g. `context: Caller` with FastAPI "
                "(scaffold.contracts.fastapi.Caller) or `context: AuthContext`",
            )
        if self.needs_input and binding.input is None:
            raise binding.fail(
                self,
                f"needs the input, but {binding.spec.qualname} has no parameter annotated with "
                "a pydantic model or named 'payload'",
            )
        return self

    def check(self, caller: AuthContext | None, value: Any, extra: Any) -> Any:
        """Before the call: raise ``ContractError`` to deny; return the (possibly new) input."""
        return value

    def inline(self, bind: Bind, caller: str, value: str, extra: str) -> list[str] | None:
        """Source lines doing what ``check`` does, assigning the input to ``value``; or None."""
        return None

    def inline_result(self, bind: Bind, caller: str, value: str, result: str) -> list[str] | None:
        """Source lines doing what ``check_result`` does, assigning ``result``; or None."""
        return None

    async def acheck(self, caller: AuthContext | None, value: Any, extra: Any) -> Any:
        return self.check(caller, value, extra)

    def check_result(self, caller: AuthContext | None, value: Any, result: Any) -> Any:
        """After the call: raise ``ContractError`` to deny; return the (possibly new) result."""
        return result

    async def acheck_result(self, caller: AuthContext | None, value: Any, result: Any) -> Any:
        return self.check_result(caller, value, result)


def _authentication_required() -> ContractError:
    return ContractError(_AUTHENTICATION_REQUIRED, "Authentication required.")


class _RoleCache:
    """The held roles that grant any of ``roles``, recomputed only after the settings change.

    Read it as ``cache.current or cache.compute()``: one attribute load on the hot path.
    """

    __slots__ = ("__weakref__", "_roles", "current")

    def __init__(self, roles: Sequence[str]) -> None:
        self._roles = tuple(roles)
        self.current: frozenset[str] | None = None
        watch(self)

    def settings_changed(self) -> None:
        self.current = None

    def compute(self) -> frozenset[str]:
        hierarchy = get_settings().roles
        found: set[str] = set()
        for role in self._roles:
            found |= hierarchy.satisfying(role)
        self.current = frozenset(found)
        return self.current


class Auth(Condition):
    needs_caller = True

    def __init__(self, role: str | None) -> None:
        if role is not None and (not isinstance(role, str) or not role):
            raise ContractDefinitionError("auth(role=...) takes a role name or None")
        self.role = role
        self._roles = _RoleCache((role,) if role else ())

    def check(self, caller: AuthContext | None, value: Any, extra: Any) -> Any:
        if caller is None or caller.user_id is None:
            raise _authentication_required()
        expires = caller._expires_ts
        if expires is not None and expires <= time.time():
            raise ContractError(_SESSION_EXPIRED, "Session expired; sign in again.")
        if self.role is not None and (self._roles.current or self._roles.compute()).isdisjoint(
            caller.roles
        ):
            raise ContractError(
                _INSUFFICIENT_ROLE,
                f"The '{self.role}' role is required.",
                {"required_role": self.role},
            )
        return value

    def inline(self, bind: Bind, caller: str, value: str, extra: str) -> list[str] | None:
        check, now = bind("auth_check", self.check), bind("auth_now", time.time)
        expires = f"{caller}._expires_ts"
        denied = [
            f"{caller} is None",
            f"{caller}.user_id is None",
            f"({expires} is not None and {expires} <= {now}())",
        ]
        if self.role is not None:
            roles = bind("auth_roles", self._roles)
            denied.append(f"({roles}.current or {roles}.compute()).isdisjoint({caller}.roles)")
        return [f"if {' or '.join(denied)}:", f"    {value} = {check}({caller}, {value}, {extra})"]

    def __repr__(self) -> str:
        return f"auth({self.role!r})"


def auth(role: str | None = "user") -> Condition:
    """The caller is signed in, the session has not expired, and holds ``role`` (or above)."""
    return Auth(role)


MAX_LOCATION_PART = 40
"""The longest piece of a field location a validation message repeats (client keys are cut)."""


def _field_errors(error: ValidationError) -> list[dict[str, Any]]:
    """Pydantic errors without the offending input values."""
    return [
        {"loc": [str(part) for part in item["loc"]], "type": item["type"], "msg": item["msg"]}
        for item in error.errors(include_url=False, include_input=False, include_context=False)
    ]


def _location(loc: Sequence[object], error_type: object) -> str:
    """One error's place, safe to send: an unexpected key is not named, long parts are cut."""
    parts = [str(part) for part in loc]
    if error_type == "extra_forbidden" and parts:
        parts[-1] = "(unexpected field)"  # the client chose that key: never repeat it
    return ".".join(
        part if len(part) <= MAX_LOCATION_PART else f"{part[:MAX_LOCATION_PART]}..."
        for part in parts
    )


def validation_locations(errors: Iterable[Mapping[str, Any]]) -> str:
    """The distinct places of validation errors, for a message any environment may show.

    Client-chosen keys are never repeated whole: an unexpected key reads ``(unexpected
    field)``, and any part longer than ``MAX_LOCATION_PART`` characters is cut.
    """
    names = sorted(
        {_location(item.get("loc", ()), item.get("type")) or "(input)" for item in errors}
    )
    return ", ".join(names)


def _require_model(factory: str, model: Any) -> type[BaseModel]:
    if not (isinstance(model, type) and issubclass(model, BaseModel)):
        raise ContractDefinitionError(f"{factory}(...) takes a pydantic model class, got {model!r}")
    return model


class Validates(Condition):
    needs_input = True

    def __init__(self, model: type[BaseModel]) -> None:
        self.model = _require_model("validates", model)

    def check(self, caller: AuthContext | None, value: Any, extra: Any) -> Any:
        try:
            return self.model.model_validate(value)
        except ValidationError as error:
            errors = _field_errors(error)
            raise ContractError(
                _VALIDATION_FAILED,
                f"Input validation failed: {validation_locations(errors)}.",
                {"errors": errors},
            ) from None

    def inline(self, bind: Bind, caller: str, value: str, extra: str) -> list[str] | None:
        check, validate = (
            bind("validates_check", self.check),
            bind("validates_validate", self.model.model_validate),
        )
        invalid = bind("validates_invalid", ValidationError)
        return [
            "try:",
            f"    {value} = {validate}({value})",
            f"except {invalid}:",  # the full check raises the denial with its field errors
            f"    {value} = {check}({caller}, {value}, {extra})",
        ]

    def __repr__(self) -> str:
        return f"validates({self.model.__name__})"


def validates(model: type[BaseModel]) -> Condition:
    """Validate and coerce the input with ``model``; the function receives the model instance."""
    return Validates(model)


class Owns(Condition):
    needs_caller = True

    def __init__(
        self,
        field: str,
        bypass_roles: Sequence[str],
        loader: Callable[..., Any] | None = None,
        owner_field: str = "owner_id",
        using: str | None = None,
    ) -> None:
        if not isinstance(field, str) or not field.isidentifier():
            raise ContractDefinitionError(f"owns() takes a field name, got {field!r}")
        if loader is not None and not callable(loader):
            raise ContractDefinitionError(f"owns(loader=...) takes a callable, got {loader!r}")
        if loader is None and using is not None:
            raise ContractDefinitionError("owns(using=...) only applies with a loader")
        for name, value in (("owner_field", owner_field), ("using", using)):
            if value is not None and (not isinstance(value, str) or not value.isidentifier()):
                raise ContractDefinitionError(f"owns({name}=...) takes a name, got {value!r}")
        if loader is not None and inspect.iscoroutinefunction(loader):
            raise ContractDefinitionError(
                "owns(loader=...) must be a plain function; load the record synchronously "
                "(an async loader would run outside the contract's order of checks)"
            )
        self.field = field
        self.bypass_roles = tuple(bypass_roles)
        self.loader = loader
        self.owner_field = owner_field
        self.using = using
        self._bypass = _RoleCache(self.bypass_roles)
        self._from_input = False
        self._key_reads: str | None = None

    def bind(self, binding: Binding) -> Condition:
        super().bind(binding)
        bound = Owns(self.field, self.bypass_roles, self.loader, self.owner_field, self.using)
        if binding.spec.has_parameter(self.field):
            bound.reads = self.field
        model = binding.input_model
        if binding.input is not None and binding.input != self.field:
            bound._from_input = model is None or self.field in model.model_fields
        if bound.reads is None and not bound._from_input:
            raise binding.fail(
                self,
                f"finds no '{self.field}': {binding.spec.qualname} has no parameter of that "
                "name and its input has no such field",
            )
        if self.loader is not None:
            return _bind_record(bound, binding)
        return bound

    def check(self, caller: AuthContext | None, value: Any, extra: Any) -> Any:
        if caller is None or caller.user_id is None:
            raise _authentication_required()
        owner = caller.user_id
        found = False
        if self.reads is not None and extra is not MISSING and extra is not None:
            if extra != owner and str(extra) != owner:
                return self._bypass_or_deny(caller, value)
            found = True
        if self._from_input:
            claimed = _input_field(value, self.field)
            if claimed is not MISSING and claimed is not None:
                if claimed != owner and str(claimed) != owner:
                    return self._bypass_or_deny(caller, value)
                found = True
        if not found:
            return self._bypass_or_deny(caller, value)
        return value

    def inline(self, bind: Bind, caller: str, value: str, extra: str) -> list[str] | None:
        check = bind("owns_check", self.check)
        owner = f"{caller}.user_id"
        owned = [f"{caller} is not None", f"{owner} is not None"]
        if self.reads is not None:
            owned.append(f"{extra} == {owner}")
        if self._from_input:
            missing = bind("owns_missing", MISSING)
            owned.append(f"getattr({value}, {self.field!r}, {missing}) == {owner}")
        # Anything but the owner's plain case (a bypass role, an id to convert) takes check().
        return [
            f"if not ({' and '.join(owned)}):",
            f"    {value} = {check}({caller}, {value}, {extra})",
        ]

    def _bypass_or_deny(self, caller: AuthContext, value: Any) -> Any:
        """Not the owner: pass only with a bypass role (checked here, off the owner's path)."""
        if self.bypass_roles and not (self._bypass.current or self._bypass.compute()).isdisjoint(
            caller.roles
        ):
            return value
        raise _not_owner(self.field)

    def __repr__(self) -> str:
        if self.loader is None:
            return f"owns({self.field!r}, bypass_roles={self.bypass_roles!r})"
        loader = getattr(self.loader, "__qualname__", repr(self.loader))
        return (
            f"owns({self.field!r}, bypass_roles={self.bypass_roles!r}, loader={loader}, "
            f"owner_field={self.owner_field!r}, using={self.using!r})"
        )


class OwnsRecord(Owns):
    """``owns`` with a loader: the loaded record's owner is compared, not the key itself.

    ``extra`` is ``(key, source)`` when both are parameters (the wrapper passes the tuple),
    else the one parameter read; a key held only by the input is read from the input.
    """

    def check(self, caller: AuthContext | None, value: Any, extra: Any) -> Any:
        if caller is None or caller.user_id is None:
            raise _authentication_required()
        if self._key_reads is not None:
            key, source = (extra, MISSING) if self.using is None else extra
        else:
            key = _input_field(value, self.field)
            source = extra
        if key is MISSING or key is None:
            return self._bypass_or_deny(caller, value)
        loader = cast("Callable[..., Any]", self.loader)
        record = loader(key) if self.using is None else loader(source, key)
        if record is None:
            return value  # nothing to own: the function answers "not found"
        if isinstance(record, Mapping):
            recorded = record.get(self.owner_field)
        else:
            recorded = getattr(record, self.owner_field, None)
        owner = caller.user_id
        if recorded is None or (recorded != owner and str(recorded) != owner):
            return self._bypass_or_deny(caller, value)
        return value


def _bind_record(bound: Owns, binding: Binding) -> Condition:
    """The record-loading form of a bound ``owns``: which parameters its check reads."""
    record = OwnsRecord(
        bound.field, bound.bypass_roles, bound.loader, bound.owner_field, bound.using
    )
    record._from_input = bound._from_input
    key_reads = bound.field if bound.reads is not None else None
    record._key_reads = key_reads
    if bound.using is not None and not binding.spec.has_parameter(bound.using):
        raise binding.fail(
            bound,
            f"loads through '{bound.using}', but {binding.spec.qualname} has no parameter of "
            "that name; add it (e.g. the repository dependency) or drop using=",
        )
    reads = tuple(name for name in (key_reads, bound.using) if name is not None)
    if len(reads) > 1:  # the key and the source
        record.reads = reads
    else:
        record.reads = reads[0] if reads else None
    return record


def _input_field(value: Any, name: str) -> Any:
    """A field of the input: the model's attribute, or the raw mapping's key when ``owns``
    runs before ``validates`` (the raw input of a FastAPI endpoint, path values included)."""
    if isinstance(value, Mapping):
        return value.get(name, MISSING)
    return getattr(value, name, MISSING)


def _not_owner(field: str) -> ContractError:
    return ContractError(_OWNERSHIP_DENIED, "You do not own this resource.", {"field": field})


def owns(
    field: str,
    bypass_roles: Sequence[str] = ("admin",),
    *,
    loader: Callable[..., Any] | None = None,
    owner_field: str = "owner_id",
    using: str | None = None,
) -> Condition:
    """The caller owns what the call works on.

    Without ``loader``: ``field`` (a parameter or an input attribute) equals the caller's id;
    for functions whose record is the user itself (``/users/{user_id}/profile``).

    With ``loader``: ``field`` is the record's key; the record is loaded with
    ``loader(key)``, or ``loader(<parameter using>, key)`` when ``using`` names a parameter
    (the repository dependency), and its ``owner_field`` (a key or an attribute) must equal
    the caller's id, compared as stored or as text. A missing record passes, so the function
    answers "not found" (404) for every caller alike.

    Callers holding one of ``bypass_roles`` (or a role above it) pass; pass ``()`` for none.
    """
    return Owns(field, bypass_roles, loader, owner_field, using)


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

    def _verdict(self, outcome: object) -> None:
        if outcome is True:
            return
        if inspect.isawaitable(outcome):
            close = getattr(outcome, "close", None)
            if close is not None:
                close()
            raise TypeError(f"{self!r} returned an awaitable in a sync contract")
        raise ContractError(self.error_type, self.description)

    def __repr__(self) -> str:
        return f"{self.factory}({self.description!r})"


class BusinessRule(_Predicate):
    error_type = ErrorType.BUSINESS_RULE_VIOLATION
    factory = "business_rule"

    def bind(self, binding: Binding) -> Condition:
        super().bind(binding)
        using = getattr(self.predicate, "using", None)
        if not isinstance(using, str):
            return self
        if not binding.spec.has_parameter(using):
            raise binding.fail(
                self,
                f"looks through '{using}', but {binding.spec.qualname} has no parameter of that "
                "name; add it (e.g. the repository dependency) or drop using=",
            )
        bound = _SourcedBusinessRule(self.description, self.predicate)
        bound.reads = using
        return bound

    def check(self, caller: AuthContext | None, value: Any, extra: Any) -> Any:
        outcome = self.predicate(value, caller)
        if outcome is not True:
            self._verdict(outcome)
        return value

    async def acheck(self, caller: AuthContext | None, value: Any, extra: Any) -> Any:
        outcome = self.predicate(value, caller)
        if inspect.isawaitable(outcome):
            outcome = await outcome
        self._verdict(outcome)
        return value

    def inline(self, bind: Bind, caller: str, value: str, extra: str) -> list[str] | None:
        if self.is_async:
            return None
        predicate, verdict = bind("rule", self.predicate), bind("rule_verdict", self._verdict)
        outcome = bind("rule_outcome", None)  # a name for a local; the value is unused
        return [
            f"{outcome} = {predicate}({value}, {caller})",
            f"if {outcome} is not True:",
            f"    {verdict}({outcome})",
        ]


class _SourcedBusinessRule(BusinessRule):
    """A rule whose predicate also takes the argument it names (``unique(..., using=)``)."""

    def check(self, caller: AuthContext | None, value: Any, extra: Any) -> Any:
        self._verdict(self.predicate(value, caller, extra))  # type: ignore[call-arg]
        return value

    async def acheck(self, caller: AuthContext | None, value: Any, extra: Any) -> Any:
        outcome = self.predicate(value, caller, extra)  # type: ignore[call-arg]
        if inspect.isawaitable(outcome):
            outcome = await outcome
        self._verdict(outcome)
        return value

    def inline(self, bind: Bind, caller: str, value: str, extra: str) -> list[str] | None:
        return None


def business_rule(description: str, predicate: Predicate) -> Condition:
    """``predicate(input, caller)`` (sync or async) must return ``True``.

    A denial carries ``description`` as its message, so write it for the person calling.
    """
    return BusinessRule(description, predicate)


class Invariant(_Predicate):
    phase = "post"
    error_type = ErrorType.INVARIANT_VIOLATION
    factory = "invariant"

    def check_result(self, caller: AuthContext | None, value: Any, result: Any) -> Any:
        self._verdict(self.predicate(value, result))
        return result

    async def acheck_result(self, caller: AuthContext | None, value: Any, result: Any) -> Any:
        outcome = self.predicate(value, result)
        if inspect.isawaitable(outcome):
            outcome = await outcome
        self._verdict(outcome)
        return result


def invariant(description: str, predicate: Predicate) -> Condition:
    """``predicate(input, result)`` must return ``True`` once the function has run."""
    return Invariant(description, predicate)


class Returns(Condition):
    phase = "post"

    def __init__(self, model: type[BaseModel]) -> None:
        self.model = _require_model("returns", model)
        # An exact instance of a model that does not revalidate instances comes back from
        # model_validate unchanged: pass it through without the call (about 0.4 µs).
        revalidates = model.model_config.get("revalidate_instances", "never") != "never"
        validators = model.__pydantic_decorators__.model_validators  # may see instances too
        self._passes: type[BaseModel] | None = None if revalidates or validators else model

    def check_result(self, caller: AuthContext | None, value: Any, result: Any) -> Any:
        if result.__class__ is self._passes:
            return result
        try:
            return self.model.model_validate(result, from_attributes=True)
        except ValidationError as error:
            errors = _field_errors(error)
            raise ContractError(
                ErrorType.OUTPUT_VALIDATION_FAILED,
                "The result failed output validation.",
                {"errors": errors},
            ) from None

    def inline_result(self, bind: Bind, caller: str, value: str, result: str) -> list[str] | None:
        check, passes = (
            bind("returns_check", self.check_result),
            bind("returns_model", self._passes),
        )
        validate = bind("returns_validate", self.model.model_validate)
        invalid = bind("returns_invalid", ValidationError)
        return [
            f"if {result}.__class__ is not {passes}:",
            "    try:",
            f"        {result} = {validate}({result}, from_attributes=True)",
            f"    except {invalid}:",  # the full check raises the denial with its field errors
            f"        {result} = {check}({caller}, {value}, {result})",
        ]

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

    def check(self, caller: AuthContext | None, value: Any, extra: Any) -> Any:
        if self.field is None:
            items = value
        elif isinstance(value, Mapping):  # raw input, before validates() has run
            items = value.get(self.field, MISSING)
        else:
            items = getattr(value, self.field, MISSING)
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
        return value

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
