"""The ``@contract`` decorator: one wrapper per function runs all of its conditions.

Order of a call: the ``requires`` conditions in the order written, the function, the
``ensures``/``invariants`` checks on the result, then the audit record. A denial at any step
stops the call, is audited, and raises ``ContractViolationError``. Enforcement never depends on
``__debug__``: ``python -O`` keeps every check.

Each call is timed from its first check to its audit record and counted in the contract's
metrics (``_metrics.py``): a success, the denial's cause, or ``EXCEPTION`` when the function
raised. ``configure(metrics=False)`` skips the clock and the counting.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from time import perf_counter
from typing import Any, Literal, TypeVar, cast

from scaffold.contracts._audit import AuditRecord
from scaffold.contracts._conditions import AuditLog, Binding, Call, Condition, Validates
from scaffold.contracts._config import get_audit_sink, get_settings
from scaffold.contracts._errors import (
    ContractDefinitionError,
    ContractError,
    ContractViolationError,
    ErrorType,
)
from scaffold.contracts._metrics import EXCEPTION, RECORDER, ContractMetrics, metrics_for
from scaffold.contracts._signature import MISSING, FunctionSpec

__all__ = ["LAYERS", "ContractInfo", "contract"]

LAYERS = ("presentation", "action", "business", "data")
Layer = Literal["presentation", "action", "business", "data"]
F = TypeVar("F", bound=Callable[..., Any])

_log = logging.getLogger("scaffold.contracts")


@dataclass(frozen=True)
class ContractInfo:
    """What a guarded function declares, kept on it as ``__contract__`` for tools."""

    name: str
    layer: str
    requires: tuple[Condition, ...]
    ensures: tuple[Condition, ...]
    invariants: tuple[Condition, ...]

    @property
    def conditions(self) -> tuple[Condition, ...]:
        return self.requires + self.ensures + self.invariants


def _conditions(
    argument: str, items: Iterable[Condition], allowed: tuple[str, ...]
) -> tuple[Condition, ...]:
    found = tuple(items)
    for item in found:
        if not isinstance(item, Condition):
            raise ContractDefinitionError(
                f"contract({argument}=...) takes conditions such as auth('user'), got {item!r}"
            )
        if item.phase not in allowed:
            place = {"pre": "requires", "post": "ensures or invariants", "audit": "ensures"}
            raise ContractDefinitionError(
                f"{item!r} belongs in {place[item.phase]}, not in {argument}"
            )
    return found


def _condition_error(condition: Condition | None, error: Exception) -> ContractError:
    return ContractError(
        ErrorType.CONDITION_ERROR,
        "A security check could not be completed.",
        {"condition": repr(condition), "exception": type(error).__name__},
    )


class _Guard:
    """Everything one guarded function needs at call time, computed at decoration."""

    def __init__(self, info: ContractInfo, spec: FunctionSpec) -> None:
        self.name = info.name
        self.layer = info.layer
        validators = [c for c in info.requires if isinstance(c, Validates)]
        model = validators[0].model if validators else None
        self.caller = spec.caller()
        self.input = spec.input(model)
        binding = Binding(
            spec,
            info.name,
            self.caller,
            self.input,
            model or spec.input_model(self.input),
        )
        bound = [c.bind(binding) for c in info.conditions]
        self.pre = tuple(c for c in bound if c.phase == "pre")
        self.post = tuple(c for c in bound if c.phase == "post")
        self.audits = tuple(cast(AuditLog, c) for c in bound if c.phase == "audit")
        self.rewrites_input = bool(validators) and self.input is not None
        self.metrics = metrics_for(info.name, info.layer)

    def start(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Call:
        caller = self.caller.get(args, kwargs) if self.caller is not None else None
        value = self.input.get(args, kwargs) if self.input is not None else MISSING
        return Call(args, kwargs, caller, value)

    def violation(self, call: Call, cause: ContractError) -> ContractViolationError:
        """The error to raise for a denial, after auditing it (sync)."""
        for audit in self.audits:
            self._write(audit, call, "denied", cause.type.value)
        return ContractViolationError(self.name, self.layer, cause)

    async def aviolation(self, call: Call, cause: ContractError) -> ContractViolationError:
        for audit in self.audits:
            await self._awrite(audit, call, "denied", cause.type.value)
        return ContractViolationError(self.name, self.layer, cause)

    def _record(self, audit: AuditLog, call: Call, outcome: Any, error: str | None) -> AuditRecord:
        caller = call.caller
        return AuditRecord.now(
            event=audit.event,
            contract=self.name,
            layer=self.layer,
            user_id=caller.user_id if caller is not None else None,
            client_ip=caller.client_ip if caller is not None else None,
            outcome=outcome,
            error_type=error,
        )

    def _write(self, audit: AuditLog, call: Call, outcome: str, error: str | None) -> bool:
        try:
            get_audit_sink().write(self._record(audit, call, outcome, error))
        except Exception:
            _log.critical("audit sink failed for contract %s", self.name, exc_info=True)
            return False
        return True

    async def _awrite(self, audit: AuditLog, call: Call, outcome: str, error: str | None) -> bool:
        try:
            await get_audit_sink().awrite(self._record(audit, call, outcome, error))
        except Exception:
            _log.critical("audit sink failed for contract %s", self.name, exc_info=True)
            return False
        return True

    def _audit_failed(self) -> ContractViolationError | None:
        if get_settings().audit_failure == "allow":
            return None
        cause = ContractError(ErrorType.AUDIT_FAILED, "The call could not be audited.")
        return ContractViolationError(self.name, self.layer, cause)

    def allowed(self, call: Call) -> None:
        for audit in self.audits:
            if not self._write(audit, call, "allowed", None):
                failure = self._audit_failed()
                if failure is not None:
                    raise failure

    async def aallowed(self, call: Call) -> None:
        for audit in self.audits:
            if not await self._awrite(audit, call, "allowed", None):
                failure = self._audit_failed()
                if failure is not None:
                    raise failure

    def errored(self, call: Call) -> None:
        for audit in self.audits:
            self._write(audit, call, "error", None)

    async def aerrored(self, call: Call) -> None:
        for audit in self.audits:
            await self._awrite(audit, call, "error", None)


def _record_failure(
    metrics: ContractMetrics, start: float, error: BaseException, by_function: bool
) -> None:
    """Count a failed call: the denial's cause, or EXCEPTION when the function raised."""
    if not isinstance(error, Exception):
        return  # cancelled or interrupted: the call never finished, there is nothing to judge
    if by_function or not isinstance(error, ContractViolationError):
        cause = EXCEPTION
    else:
        cause = error.cause.type.value
    metrics.record(perf_counter() - start, cause)


def _sync_wrapper(func: Callable[..., Any], guard: _Guard) -> Callable[..., Any]:
    pre, post, audits = guard.pre, guard.post, guard.audits
    metrics, recorder = guard.metrics, RECORDER

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = perf_counter() if recorder.enabled else None
        by_function = False
        try:
            call = guard.start(args, kwargs)
            condition: Condition | None = None
            try:
                for condition in pre:
                    condition.check(call)
            except ContractError as cause:
                raise guard.violation(call, cause) from cause
            except Exception as error:
                raise guard.violation(call, _condition_error(condition, error)) from error
            if guard.rewrites_input:
                args, kwargs = guard.input.replace(args, kwargs, call.input)  # type: ignore[union-attr]
            try:
                call.result = func(*args, **kwargs)
            except BaseException:
                by_function = True
                if audits:
                    guard.errored(call)
                raise
            try:
                for condition in post:
                    condition.check(call)
            except ContractError as cause:
                raise guard.violation(call, cause) from cause
            except Exception as error:
                raise guard.violation(call, _condition_error(condition, error)) from error
            if audits:
                guard.allowed(call)
        except BaseException as error:
            if start is not None:
                _record_failure(metrics, start, error, by_function)
            raise
        if start is not None:
            metrics.record(perf_counter() - start, None)
        return call.result

    return wrapper


def _async_wrapper(func: Callable[..., Any], guard: _Guard) -> Callable[..., Any]:
    pre, post, audits = guard.pre, guard.post, guard.audits
    metrics, recorder = guard.metrics, RECORDER

    @functools.wraps(func)
    async def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = perf_counter() if recorder.enabled else None
        by_function = False
        try:
            call = guard.start(args, kwargs)
            condition: Condition | None = None
            try:
                for condition in pre:
                    if condition.is_async:
                        await condition.acheck(call)
                    else:
                        condition.check(call)
            except ContractError as cause:
                raise await guard.aviolation(call, cause) from cause
            except Exception as error:
                raise await guard.aviolation(call, _condition_error(condition, error)) from error
            if guard.rewrites_input:
                args, kwargs = guard.input.replace(args, kwargs, call.input)  # type: ignore[union-attr]
            try:
                call.result = await func(*args, **kwargs)
            except BaseException:
                by_function = True
                if audits:
                    await guard.aerrored(call)
                raise
            try:
                for condition in post:
                    if condition.is_async:
                        await condition.acheck(call)
                    else:
                        condition.check(call)
            except ContractError as cause:
                raise await guard.aviolation(call, cause) from cause
            except Exception as error:
                raise await guard.aviolation(call, _condition_error(condition, error)) from error
            if audits:
                await guard.aallowed(call)
        except BaseException as error:
            if start is not None:
                _record_failure(metrics, start, error, by_function)
            raise
        if start is not None:
            metrics.record(perf_counter() - start, None)
        return call.result

    return wrapper


def contract(
    requires: Iterable[Condition] = (),
    ensures: Iterable[Condition] = (),
    invariants: Iterable[Condition] = (),
    layer: Layer = "action",
    name: str | None = None,
) -> Callable[[F], F]:
    """Guard a sync or async function with security conditions.

    ``requires`` run before the function, in order; ``ensures`` (``returns``, ``invariant``,
    ``audit_log``) and ``invariants`` after it. A contract that cannot work on the function it
    decorates (a condition needing a caller the function does not take, say) raises
    ``ContractDefinitionError`` right here, not at the first call.
    """
    pre = _conditions("requires", requires, ("pre",))
    post = _conditions("ensures", ensures, ("post", "audit"))
    inv = _conditions("invariants", invariants, ("post",))
    if layer not in LAYERS:
        raise ContractDefinitionError(f"layer must be one of {', '.join(LAYERS)}, got {layer!r}")
    if name is not None and (not isinstance(name, str) or not name.strip()):
        raise ContractDefinitionError("contract(name=...) must be a non-empty string")

    def decorate(func: F) -> F:
        if not callable(func):
            raise ContractDefinitionError(f"@contract decorates functions, got {func!r}")
        spec = FunctionSpec(func)
        info = ContractInfo(name or spec.qualname, layer, pre, post, inv)
        guard = _Guard(info, spec)
        build = _async_wrapper if spec.is_async else _sync_wrapper
        wrapper = build(func, guard)
        wrapper.__contract__ = info  # type: ignore[attr-defined]
        return cast(F, wrapper)

    return decorate
