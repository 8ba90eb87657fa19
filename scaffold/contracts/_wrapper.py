"""Build the wrapper of a guarded function, with the function's own parameter list.

Like ``dataclasses`` builds ``__init__``, the wrapper is generated as source and compiled once,
at decoration. Taking the function's exact parameters (instead of ``*args, **kwargs``) means the
caller, the input and any parameter a condition reads are plain local variables, and each
condition is one direct call: this is what keeps a contract cheaper than ``deal`` or
``icontract`` on every request. Conditions that offer their pass path as source (``inline``)
run it in place, without a call. Each call is also counted in the contract's metrics, and
timed when sampled (``_metrics.py``): the wrapper is compiled twice, timed and plain, and
``configure(metrics=...)`` swaps the code, so neither tests the switch per call.

Each condition runs in a try block of its own (free on the pass path since Python 3.11), so a
handler knows which condition failed without the wrapper noting the step on every call.

Only parameter names (identifiers Python has already accepted) and the runtime's own integer
constants reach the source; every value (conditions, defaults, the function) is passed in
through the namespace, never as text.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from time import time
from typing import TYPE_CHECKING, Any

from scaffold.contracts import _config
from scaffold.contracts._audit import AuditRecord
from scaffold.contracts._errors import ContractError
from scaffold.contracts._metrics import CLOCK, RECORDER
from scaffold.contracts._signature import MISSING

if TYPE_CHECKING:
    from scaffold.contracts._conditions import Condition
    from scaffold.contracts._contract import Guard

__all__ = ["build_wrapper"]

_P = inspect.Parameter


class _Name:
    """Renders as a bare name inside ``str(signature)``: a default looked up in the namespace."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return self.name


def _prefix(names: list[str]) -> str:
    """A prefix for the wrapper's own locals that no parameter name starts with."""
    prefix = "_sc_"
    while any(name.startswith(prefix) for name in names):
        prefix = f"_{prefix}"
    return prefix


def _reads(condition: Condition, prefix: str) -> str:
    """The parameter(s) a pre-check reads: a name, a tuple of names, or MISSING."""
    reads: str | tuple[str, ...] | None = condition.reads
    if reads is None:
        return f"{prefix}MISSING"
    if isinstance(reads, tuple):
        return "(" + ", ".join(reads) + ",)"
    return reads


def _forward(parameter: inspect.Parameter) -> str:
    """How the wrapper passes one of its parameters on to the function."""
    if parameter.kind is _P.VAR_POSITIONAL:
        return f"*{parameter.name}"
    if parameter.kind is _P.VAR_KEYWORD:
        return f"**{parameter.name}"
    if parameter.kind is _P.KEYWORD_ONLY:
        return f"{parameter.name}={parameter.name}"
    return parameter.name


class _Source:
    """Accumulates the wrapper's source and the namespace its names refer to."""

    def __init__(self, func: Callable[..., Any], guard: Guard) -> None:
        self.guard = guard
        self.is_async = guard.spec.is_async
        parameters = list(guard.spec.signature.parameters.values())
        self.parameters = parameters
        self.p = _prefix([parameter.name for parameter in parameters])
        self.namespace: dict[str, Any] = {
            f"{self.p}func": func,
            f"{self.p}guard": guard,
            f"{self.p}MISSING": MISSING,
            f"{self.p}ContractError": ContractError,
            f"{self.p}clock": CLOCK,
            f"{self.p}state": _config._state,
            f"{self.p}Record": AuditRecord,
            f"{self.p}time": time,
        }
        append, beyond = guard.metrics.success_path()
        self.namespace[f"{self.p}count"] = append
        self.namespace[f"{self.p}beyond"] = beyond

    def name(self, suffix: str, value: Any) -> str:
        """A namespace entry for ``value``; returns the name the source uses for it."""
        name = f"{self.p}{suffix}"
        self.namespace[name] = value
        return name

    def arguments(self) -> str:
        """The wrapper's parameter list: the function's, without annotations."""
        rendered = []
        for parameter in self.parameters:
            plain = parameter.replace(annotation=_P.empty)
            if parameter.default is not _P.empty:
                default = self.name(f"default_{parameter.name}", parameter.default)
                plain = plain.replace(default=_Name(default))
            rendered.append(plain)
        signature = self.guard.spec.signature
        return str(signature.replace(parameters=rendered, return_annotation=_P.empty))

    def checks(self, conditions: tuple[Condition, ...], method: str, target: str) -> list[str]:
        """Each condition's ``method`` in its own try block, assigning what it returns.

        One try block per condition (free on the pass path since Python 3.11) lets each
        handler name its condition: no per-call bookkeeping of which step is running.
        """
        p = self.p
        lines: list[str] = []
        violation = f"await {p}guard.aviolation" if self.is_async else f"{p}guard.violation"
        for index, condition in enumerate(conditions):
            runs_async = self.is_async and condition.is_async
            bound = getattr(condition, f"a{method}" if runs_async else method)
            function = self.name(f"{method}{index}", bound)
            step = self.name(f"{method}_condition{index}", condition)
            # Pre-checks get the parameter they read; post-checks get the result.
            third = _reads(condition, p) if method == "check" else f"{p}result"
            awaited = "await " if runs_async else ""
            arguments = f"({p}caller, {p}value, {third})"

            def bind(suffix: str, value: Any, index: int = index) -> str:
                return self.name(f"{suffix}{method}{index}", value)

            switch = condition.sync_switch if runs_async else None
            inlined = None
            if not runs_async or switch is not None:  # the sync form, in place when offered
                if method == "check":
                    inlined = condition.inline(bind, f"{p}caller", target, third)
                else:
                    inlined = condition.inline_result(bind, f"{p}caller", f"{p}value", target)
            if switch is None:
                body = inlined or [f"{target} = {awaited}{function}{arguments}"]
            else:
                # Async in general, sync for the storage in force (rate limits in memory).
                sync = self.name(f"{method}_sync{index}", getattr(condition, method))
                flag = self.name(f"{method}_switch{index}", switch)
                body = [
                    f"if {flag}.runs_sync is True:",
                    *(f"    {line}" for line in inlined or [f"{target} = {sync}{arguments}"]),
                    "else:",
                    f"    {target} = await {function}{arguments}",
                ]
            lines += [
                "try:",
                *(f"    {line}" for line in body),
                f"except {p}ContractError as {p}cause:",
                f"    raise {violation}({p}caller, {p}cause) from {p}cause",
                f"except Exception as {p}error:",
                f"    {p}crash = {p}guard.crashed({step}, {p}error)",
                f"    raise {violation}({p}caller, {p}crash) from {p}error",
            ]
        return lines

    def audit_ahead(self) -> list[str]:
        """Store the ``allowed`` record before the function runs (write-ahead audit)."""
        p, guard = self.p, self.guard
        if not guard.audits:
            return []
        from scaffold.contracts._contract import AUDIT

        target = self.name("AUDIT", AUDIT)
        who = f"{p}caller.user_id if {p}caller is not None else None"
        where = f"{p}caller.client_ip if {p}caller is not None else None"
        name, layer = self.name("name", guard.name), self.name("layer", guard.layer)
        lines = [
            f"if {p}state.sink is not {target}.sink:",
            f"    {target}.load()",
            "try:",
        ]
        for index, audit in enumerate(guard.audits):
            event = self.name(f"event{index}", audit.event)
            record = (
                f"{p}Record({p}time(), {event}, {name}, {layer}, {who}, {where}, 'allowed', None)"
            )
            if self.is_async:
                lines += [
                    f"    if {target}.awrite is None:",
                    f"        {target}.write({record})",
                    "    else:",
                    f"        await {target}.awrite({record})",
                ]
            else:
                lines.append(f"    {target}.write({record})")
        return [
            *lines,
            f"except Exception as {p}unaudited:",
            f"    {p}guard.unaudited({p}caller, {p}unaudited)",
        ]

    def call(self, timed: bool) -> list[str]:
        """Call the function with its arguments as received (the input possibly replaced).

        When it raises: the ``error`` audit record, and (timed) the failure counted as
        ``EXCEPTION``.
        """
        p, guard = self.p, self.guard
        lines = []
        if guard.rewrites_input and guard.input is not None:
            lines.append(f"{guard.input} = {p}value")
        forward = ", ".join(_forward(parameter) for parameter in self.parameters)
        call = f"{p}result = {'await ' if self.is_async else ''}{p}func({forward})"
        handler = []
        if guard.audits:
            awaited = "await " if self.is_async else ""
            errored = f"{p}guard.aerrored" if self.is_async else f"{p}guard.errored"
            handler.append(f"    {awaited}{errored}({p}caller)")
        if timed:
            handler.append(f"    {p}guard.failed({p}start, {p}failure, True)")
        if not handler:
            return [*lines, call]
        return [
            *lines,
            "try:",
            f"    {call}",
            f"except BaseException as {p}failure:",
            *handler,
            "    raise",
        ]

    def counted(self, lines: list[str]) -> list[str]:
        """``lines`` with a failure counted in the metrics (a denial's cause) before it leaves."""
        if not lines:
            return []
        p = self.p
        return [
            "try:",
            *(f"    {line}" for line in lines),
            f"except BaseException as {p}failure:",
            f"    {p}guard.failed({p}start, {p}failure, False)",
            "    raise",
        ]

    def build(self) -> Callable[..., Any]:
        p, guard = self.p, self.guard
        start = [
            f"{p}caller = {guard.caller or 'None'}",
            f"{p}value = {guard.input or p + 'MISSING'}",
        ]
        before = self.checks(guard.pre, "check", f"{p}value") + self.audit_ahead()
        after = self.checks(guard.post, "check_result", f"{p}result")
        # Timed: every call takes a ticket (counted); the ones whose ticket reaches
        # sample_at are timed (metrics). Failures are noted in handlers, free on the pass
        # path, and a timed success is one append (a background thread folds the queue).
        # Plain: the same steps alone, for metrics off. RECORDER swaps the code between
        # them, and pushes the slow-call threshold into the namespace.
        timed = [
            f"global {p}sample_at",
            f"{p}ticket = {p}next_call()",
            f"if {p}ticket < {p}sample_at:",
            f"    {p}start = None",
            "else:",
            f"    {p}sample_at = {p}ticket + {p}gap()",
            f"    {p}start = {p}clock()",
            *start,
            *self.counted(before),
            *self.call(timed=True),
            *self.counted(after),
            f"if {p}start is None:",
            f"    return {p}result",
            f"{p}elapsed = {p}clock() - {p}start",
            f"if {p}elapsed > {p}fast_limit:",
            f"    {p}beyond({p}elapsed)",
            "else:",
            f"    {p}count({p}elapsed)",
            f"return {p}result",
        ]
        plain = [*start, *before, *self.call(timed=False), *after, f"return {p}result"]
        header = f"{'async ' if self.is_async else ''}def wrapper{{}}{self.arguments()}:"
        source = "\n".join(
            [
                header.format("_timed"),
                *(f"    {line}" for line in timed),
                "",
                header.format("_plain"),
                *(f"    {line}" for line in plain),
            ]
        )
        code = compile(source + "\n", f"<contract {guard.name}>", "exec")
        exec(code, self.namespace)  # noqa: S102 - only parameter names in the source; values via namespace
        wrapper: Callable[..., Any] = self.namespace["wrapper_timed"]
        sample_at = self.name("sample_at", 0)  # the first call is timed
        counts = guard.metrics.sampler(wrapper, sample_at, f"{p}gap")
        self.namespace[f"{p}next_call"], self.namespace[f"{p}gap"] = counts
        plain_code = self.namespace["wrapper_plain"].__code__
        RECORDER.adopt(wrapper, wrapper.__code__, plain_code, f"{p}fast_limit")
        return wrapper


def build_wrapper(func: Callable[..., Any], guard: Guard) -> Callable[..., Any]:
    """Compile the wrapper that runs ``guard``'s conditions around ``func``."""
    return functools.wraps(func)(_Source(func, guard).build())
