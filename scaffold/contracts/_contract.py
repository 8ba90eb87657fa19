"""The ``@contract`` decorator: one wrapper per function runs all of its conditions.

Order of a call: the ``requires`` conditions in the order written (except that rate limits run
right after the authentication checks: see ``_limits_first``), the audit record, the function,
then the ``ensures``/``invariants`` checks on the result. A denial at any step stops the call,
is audited, is logged as a security event (``_security.py``) and raises
``ContractViolationError``. Enforcement never depends on ``__debug__``: ``python -O`` keeps
every check.

The audit is write-ahead: the ``allowed`` record is stored before the function runs, so a sink
that cannot store it denies the call (``AUDIT_FAILED``) before any side effect. What happens
after is recorded after: an ``error`` record if the function raised, a ``denied`` record if an
``ensures`` check refused its result. A call that succeeds leaves exactly one record.

Each call is timed from its first check to its audit record and counted in the contract's
metrics (``_metrics.py``): a success, the denial's cause, or ``EXCEPTION`` when the function
raised. ``configure(metrics=False)`` skips the clock and the counting.

``raw_input=`` says what the framework passes for the input before ``validates`` turns it into
the model the function declares (the raw JSON body, say): the wrapper's signature shows that
type, so a framework reading signatures (FastAPI) is told the truth, and the function's own
annotation stays the model it really receives.
"""

from __future__ import annotations

import inspect
import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Literal, TypeVar, cast

from scaffold.contracts._audit import AuditRecord, AuditSink
from scaffold.contracts._auth import AuthContext
from scaffold.contracts._conditions import AuditLog, Auth, Binding, Condition, Owns, Validates
from scaffold.contracts._config import get_audit_sink, get_settings
from scaffold.contracts._errors import (
    ContractDefinitionError,
    ContractError,
    ContractViolationError,
    ErrorType,
)
from scaffold.contracts._metrics import CLOCK, EXCEPTION, metrics_for
from scaffold.contracts._ratelimit import RateLimit
from scaffold.contracts._security import log_violation
from scaffold.contracts._signature import MISSING, FunctionSpec
from scaffold.contracts._wrapper import Step, build_wrapper

__all__ = ["LAYERS", "ContractInfo", "Guard", "contract", "guard_of"]

LAYERS = ("presentation", "action", "business", "data")
Layer = Literal["presentation", "action", "business", "data"]
F = TypeVar("F", bound=Callable[..., Any])

_log = logging.getLogger("scaffold.contracts")
_UNSET = object()


class AuditTarget:
    """The audit sink in force and the methods to call on it, looked up once per sink.

    The wrappers compare ``sink`` with the configured sink (one identity check) and call
    ``load`` only when it changed. ``awrite`` is None when the sink does not override
    ``AuditSink.awrite``: async wrappers then call ``write`` directly instead of awaiting a
    coroutine that would only call it.
    """

    __slots__ = ("awrite", "sink", "write")

    def __init__(self) -> None:
        self.sink: object = _UNSET
        self.write: Callable[[AuditRecord], None] = self._unloaded
        self.awrite: Callable[[AuditRecord], Any] | None = None

    def _unloaded(self, record: AuditRecord) -> None:
        self.load().write(record)

    def load(self) -> AuditTarget:
        sink = get_audit_sink()
        self.write = sink.write
        self.awrite = None if type(sink).awrite is AuditSink.awrite else sink.awrite
        self.sink = sink
        return self


AUDIT = AuditTarget()


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


def _limits_first(pre: tuple[Condition, ...]) -> tuple[Condition, ...]:
    """Move each rate limit keyed on the caller up to just after the checks that identify them.

    A limit written after ``validates``, ``owns`` or ``business_rule`` would never see the
    calls those refuse, so probing other users' records or sending invalid input would cost
    nothing. Limits keyed by a callable read the input and stay where they are written.
    """
    ordered: list[Condition] = []
    for condition in pre:
        if isinstance(condition, RateLimit) and not callable(condition.by):
            gates = [i for i, done in enumerate(ordered) if isinstance(done, (Auth, RateLimit))]
            ordered.insert(gates[-1] + 1 if gates else 0, condition)
        else:
            ordered.append(condition)
    return tuple(ordered)


def guard_of(function: object) -> Guard | None:
    """The guard ``@contract`` built for ``function``, or None when it is not guarded."""
    guard = getattr(function, "__contract_guard__", None)
    return guard if isinstance(guard, Guard) else None


class Guard:
    """Everything one guarded function needs at call time, computed at decoration.

    The generated wrapper (``_wrapper.py``) calls the conditions directly and comes back here
    only off the pass path: to audit, and to turn a denial or a crash into the error it raises.
    """

    def __init__(self, info: ContractInfo, spec: FunctionSpec) -> None:
        self.spec = spec
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
        self.pre = _limits_first(tuple(c for c in bound if c.phase == "pre"))
        self.post = tuple(c for c in bound if c.phase == "post")
        self.audits = tuple(cast(AuditLog, c) for c in bound if c.phase == "audit")
        self.rewrites_input = bool(validators) and self.input is not None
        self.metrics = metrics_for(info.name, info.layer)
        self.steps: dict[int, Step] = {}  # the wrapper's lines -> their step (``_wrapper.py``)

    def violation(self, caller: AuthContext | None, cause: ContractError) -> ContractViolationError:
        """The error to raise for a denial, after auditing and logging it (sync)."""
        for audit in self.audits:
            self._write(audit, caller, "denied", cause.type.value)
        error = ContractViolationError(self.name, self.layer, cause)
        log_violation(error)
        return error

    async def aviolation(
        self, caller: AuthContext | None, cause: ContractError
    ) -> ContractViolationError:
        for audit in self.audits:
            await self._awrite(audit, caller, "denied", cause.type.value)
        error = ContractViolationError(self.name, self.layer, cause)
        log_violation(error)
        return error

    def _record(
        self, audit: AuditLog, caller: AuthContext | None, outcome: Any, error: str | None
    ) -> AuditRecord:
        return AuditRecord(
            time.time(),
            audit.event,
            self.name,
            self.layer,
            caller.user_id if caller is not None else None,
            caller.client_ip if caller is not None else None,
            outcome,
            error,
        )

    def _write(
        self, audit: AuditLog, caller: AuthContext | None, outcome: str, error: str | None
    ) -> None:
        try:
            AUDIT.load().write(self._record(audit, caller, outcome, error))
        except Exception:
            _log.critical("audit sink failed for contract %s", self.name, exc_info=True)

    async def _awrite(
        self, audit: AuditLog, caller: AuthContext | None, outcome: str, error: str | None
    ) -> None:
        try:
            target = AUDIT.load()
            record = self._record(audit, caller, outcome, error)
            if target.awrite is None:
                target.write(record)
            else:
                await target.awrite(record)
        except Exception:
            _log.critical("audit sink failed for contract %s", self.name, exc_info=True)

    def unaudited(self, caller: AuthContext | None, error: Exception) -> None:
        """The write-ahead record could not be stored: deny, unless the policy allows."""
        _log.critical("audit sink failed for contract %s", self.name, exc_info=error)
        if get_settings().audit_failure == "allow":
            return
        cause = ContractError(ErrorType.AUDIT_FAILED, "The call could not be audited.")
        violation = ContractViolationError(self.name, self.layer, cause)
        log_violation(violation)
        raise violation from error

    def errored(self, caller: AuthContext | None) -> None:
        for audit in self.audits:
            self._write(audit, caller, "error", None)

    async def aerrored(self, caller: AuthContext | None) -> None:
        for audit in self.audits:
            await self._awrite(audit, caller, "error", None)

    def _step(self, error: BaseException) -> Step | None:
        """The step ``error`` left the wrapper from: the wrapper's handler caught it, so its
        traceback starts at the wrapper's own line."""
        trace = error.__traceback__
        return None if trace is None else self.steps.get(trace.tb_lineno)

    def replanned(self, error: BaseException) -> bool:
        """Whether ``error`` (an ``IndexError``) is the counted wrapper finding its sampling
        plan empty; if so, the plan is refilled and the call counted, to run timed."""
        step = self._step(error)
        if step is None or step.kind != "plan":
            return False
        self.metrics.replan()
        return True

    @staticmethod
    def _again(error: BaseException) -> BaseException:
        """``error``, to raise as it is: raising it adds the handler's line in place of the
        wrapper's line it left by, which is taken off (the wrapper shows once)."""
        trace = error.__traceback__
        return error if trace is None else error.with_traceback(trace.tb_next)

    def fail(
        self, error: BaseException, caller: AuthContext | None, start: float | None, counted: bool
    ) -> BaseException:
        """What the wrapper raises when ``error`` leaves one of its steps (sync).

        A condition's denial or crash becomes the contract's violation, audited and logged,
        caused by ``error``; the function's exception is audited as an ``error`` and raised
        as it is, like anything else (a cancellation, the audit's own denial). When
        ``counted``, the failure is noted in the metrics, timed from ``start`` unless None.
        """
        step = self._step(error)
        kind = None if step is None else step.kind
        raised: BaseException
        try:
            if kind == "check" and isinstance(error, Exception):
                raised = self.violation(caller, self._cause(step, error))
                raised.__cause__ = error
            else:
                if kind == "call":
                    self.errored(caller)
                raised = self._again(error)
        except BaseException as broken:  # auditing or logging the failure failed
            if counted:
                self.failed(start, broken, False)
            raise
        if counted:
            self.failed(start, raised, kind == "call")
        return raised

    async def afail(
        self, error: BaseException, caller: AuthContext | None, start: float | None, counted: bool
    ) -> BaseException:
        """``fail`` for async wrappers: the audit records are written by ``awrite``."""
        step = self._step(error)
        kind = None if step is None else step.kind
        raised: BaseException
        try:
            if kind == "check" and isinstance(error, Exception):
                raised = await self.aviolation(caller, self._cause(step, error))
                raised.__cause__ = error
            else:
                if kind == "call":
                    await self.aerrored(caller)
                raised = self._again(error)
        except BaseException as broken:
            if counted:
                self.failed(start, broken, False)
            raise
        if counted:
            self.failed(start, raised, kind == "call")
        return raised

    def _cause(self, step: Step | None, error: Exception) -> ContractError:
        """The denial a condition raised, or CONDITION_ERROR when it crashed (fail closed)."""
        if isinstance(error, ContractError):
            return error
        return self.crashed(None if step is None else step.condition, error)

    def failed(self, start: float | None, error: BaseException, by_function: bool) -> None:
        """Note how a counted call failed: the denial's cause, or EXCEPTION when the function
        raised; timed from ``start``, or not timed (None) when the call was not sampled."""
        if not isinstance(error, Exception):
            self.metrics.cancelled()  # the call never finished, nothing to judge
            return
        if by_function or not isinstance(error, ContractViolationError):
            cause = EXCEPTION
        else:
            cause = error.cause.type.value
        self.metrics.failed(None if start is None else CLOCK() - start, cause)

    async def refuse_before_input(
        self, caller: AuthContext | None, invalid: ContractError | None = None
    ) -> ContractViolationError | None:
        """Judge a call whose input could not even be parsed, before it is refused as invalid.

        Web integrations call this when the framework rejects the request's input before the
        guarded function runs. The contract's authentication checks decide first (an anonymous
        caller is told to sign in, not what is wrong with the input); then the attempt spends
        the caller's rate limits, like every other denied call. Returns the denial to answer
        with, already audited, counted and logged; when nothing refused first, that is
        ``invalid`` (the input error, as the contract's own denial) or None without it.
        """
        start = CLOCK()
        try:
            for condition in self.pre:
                if isinstance(condition, Auth):
                    condition.check(caller, MISSING, MISSING)
                elif isinstance(condition, Owns) and (caller is None or caller.user_id is None):
                    condition.check(caller, MISSING, MISSING)  # owners must be signed in
            for condition in self.pre:
                if isinstance(condition, RateLimit) and not callable(condition.by):
                    await condition.acheck(caller, MISSING, MISSING)
            if invalid is not None:
                raise invalid
        except ContractError as cause:
            error = await self.aviolation(caller, cause)
            self.metrics.record(CLOCK() - start, cause.type.value)
            return error
        return None

    def crashed(self, condition: Condition | None, error: Exception) -> ContractError:
        """Fail closed: a condition that raised something else than a denial denies."""
        return ContractError(
            ErrorType.CONDITION_ERROR,
            "A security check could not be completed.",
            {"condition": repr(condition), "exception": type(error).__name__},
        )


def _raw_input_signature(guard: Guard, raw_input: Any) -> inspect.Signature:
    """The wrapper's signature: the function's, its input parameter annotated ``raw_input``.

    Annotations are the resolved ones (a module with postponed annotations included), so a
    framework reading the wrapper needs no access to the function's globals.
    """
    if guard.input is None:
        raise ContractDefinitionError(
            f"contract {guard.name}: raw_input= describes the input, but "
            f"{guard.spec.qualname} has none; annotate it with the model or name it 'payload'"
        )
    parameters = []
    for parameter in guard.spec.signature.parameters.values():
        annotation = guard.spec.annotations.get(parameter.name, parameter.annotation)
        if parameter.name == guard.input:
            annotation = raw_input
        parameters.append(parameter.replace(annotation=annotation))
    return guard.spec.signature.replace(parameters=parameters)


def contract(
    requires: Iterable[Condition] = (),
    ensures: Iterable[Condition] = (),
    invariants: Iterable[Condition] = (),
    layer: Layer = "action",
    name: str | None = None,
    *,
    raw_input: Any = None,
) -> Callable[[F], F]:
    """Guard a sync or async function with security conditions.

    ``requires`` run before the function, in order; ``ensures`` (``returns``, ``invariant``,
    ``audit_log``) and ``invariants`` after it. A contract that cannot work on the function it
    decorates (a condition needing a caller the function does not take, say) raises
    ``ContractDefinitionError`` right here, not at the first call.

    ``raw_input``: the type the input parameter receives from its caller before ``validates``
    turns it into the declared model; the wrapper's signature shows it (FastAPI:
    ``Annotated[dict[str, Any], Depends(read_raw_input)]``). Pair it with ``validates``:
    without it the function gets the raw value as passed.
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
        guard = Guard(info, spec)
        wrapper = build_wrapper(func, guard)
        if raw_input is not None:
            wrapper.__signature__ = _raw_input_signature(guard, raw_input)  # type: ignore[attr-defined]
        wrapper.__contract__ = info  # type: ignore[attr-defined]
        wrapper.__contract_guard__ = guard  # type: ignore[attr-defined]
        return cast(F, wrapper)

    return decorate
