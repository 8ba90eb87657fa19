"""Build the wrapper of a guarded function, with the function's own parameter list.

Like ``dataclasses`` builds ``__init__``, the wrapper is generated as source and compiled once,
at decoration. Taking the function's exact parameters (instead of ``*args, **kwargs``) means the
caller, the input and any parameter a condition reads are plain local variables, and each
condition is one direct call: this is what keeps a contract cheaper than ``deal`` or
``icontract`` on every request. Conditions that offer their pass path as source (``inline``)
run it in place, without a call. Each call is also timed and counted in the contract's
metrics (``_metrics.py``): the wrapper is compiled twice, timed and plain, and
``configure(metrics=...)`` swaps the code, so neither tests the switch per call.

Only parameter names (identifiers Python has already accepted) reach the source; every value
(conditions, defaults, the function) is passed in through the namespace, never as text.
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
from scaffold.contracts._metrics import CLOCK, FOLD_EVERY, RECORDER
from scaffold.contracts._signature import MISSING

if TYPE_CHECKING:
    from scaffold.contracts._conditions import Condition
    from scaffold.contracts._contract import Guard

__all__ = ["build_wrapper"]

_P = inspect.Parameter
_FUNCTION = object()  # the step marker while the guarded function itself runs


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
            f"{self.p}FUNCTION": _FUNCTION,
            f"{self.p}clock": CLOCK,
            f"{self.p}recorder": RECORDER,
            f"{self.p}metrics": guard.metrics,
            f"{self.p}FOLD_EVERY": FOLD_EVERY,
            f"{self.p}state": _config._state,
            f"{self.p}Record": AuditRecord,
            f"{self.p}time": time,
        }
        append, pending = guard.metrics.success_path()
        self.namespace[f"{self.p}count"] = append
        self.namespace[f"{self.p}pending"] = pending
        self.lines: list[str] = []

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

    def checks(self, conditions: tuple[Condition, ...], method: str, target: str) -> None:
        """Call each condition's ``method`` (in try/except), assigning what it returns."""
        p = self.p
        lines = []
        for index, condition in enumerate(conditions):
            runs_async = self.is_async and condition.is_async
            bound = getattr(condition, f"a{method}" if runs_async else method)
            function = self.name(f"{method}{index}", bound)
            step = self.name(f"{method}_condition{index}", condition)
            # Pre-checks get the parameter they read; post-checks get the result.
            third = _reads(condition, p) if method == "check" else f"{p}result"
            awaited = "await " if runs_async else ""
            arguments = f"({p}caller, {p}value, {third})"
            lines.append(f"{p}step = {step}")
            inlined = None
            if not runs_async:

                def bind(suffix: str, value: Any, index: int = index) -> str:
                    return self.name(f"{suffix}{method}{index}", value)

                if method == "check":
                    inlined = condition.inline(bind, f"{p}caller", target, third)
                else:
                    inlined = condition.inline_result(bind, f"{p}caller", f"{p}value", target)
            switch = condition.sync_switch if runs_async else None
            if inlined is not None:
                lines += inlined
            elif switch is None:
                lines.append(f"{target} = {awaited}{function}{arguments}")
            else:
                # Async in general, sync for the storage in force (rate limits in memory).
                sync = self.name(f"{method}_sync{index}", getattr(condition, method))
                flag = self.name(f"{method}_switch{index}", switch)
                lines.append(
                    f"{target} = {sync}{arguments} if {flag}.runs_sync is True"
                    f" else await {function}{arguments}"
                )
        if not lines:
            return
        violation = f"await {p}guard.aviolation" if self.is_async else f"{p}guard.violation"
        self.lines += [
            "    try:",
            *(f"        {line}" for line in lines),
            f"    except {p}ContractError as {p}cause:",
            f"        raise {violation}({p}caller, {p}cause) from {p}cause",
            f"    except Exception as {p}error:",
            f"        {p}crash = {p}guard.crashed({p}step, {p}error)",
            f"        raise {violation}({p}caller, {p}crash) from {p}error",
        ]

    def audit_ahead(self) -> None:
        """Store the ``allowed`` record before the function runs (write-ahead audit)."""
        p, guard = self.p, self.guard
        if not guard.audits:
            return
        from scaffold.contracts._contract import AUDIT

        target = self.name("AUDIT", AUDIT)
        who = f"{p}caller.user_id if {p}caller is not None else None"
        where = f"{p}caller.client_ip if {p}caller is not None else None"
        name, layer = self.name("name", guard.name), self.name("layer", guard.layer)
        self.lines += [
            f"    if {p}state.sink is not {target}.sink:",
            f"        {target}.load()",
            "    try:",
        ]
        for index, audit in enumerate(guard.audits):
            event = self.name(f"event{index}", audit.event)
            record = (
                f"{p}Record({p}time(), {event}, {name}, {layer}, {who}, {where}, 'allowed', None)"
            )
            if self.is_async:
                self.lines += [
                    f"        if {target}.awrite is None:",
                    f"            {target}.write({record})",
                    "        else:",
                    f"            await {target}.awrite({record})",
                ]
            else:
                self.lines.append(f"        {target}.write({record})")
        self.lines += [
            f"    except Exception as {p}unaudited:",
            f"        {p}guard.unaudited({p}caller, {p}unaudited)",
        ]

    def call(self) -> None:
        """Call the function with its arguments as received (the input possibly replaced)."""
        p, guard = self.p, self.guard
        if guard.rewrites_input and guard.input is not None:
            self.lines.append(f"    {guard.input} = {p}value")
        forward = ", ".join(_forward(parameter) for parameter in self.parameters)
        call = f"{'await ' if self.is_async else ''}{p}func({forward})"
        self.lines.append(f"    {p}step = {p}FUNCTION")
        if not guard.audits:
            self.lines.append(f"    {p}result = {call}")
        else:
            errored = f"await {p}guard.aerrored" if self.is_async else f"{p}guard.errored"
            self.lines += [
                "    try:",
                f"        {p}result = {call}",
                "    except BaseException:",
                f"        {errored}({p}caller)",
                "        raise",
            ]
        self.lines.append(f"    {p}step = None")

    def build(self) -> Callable[..., Any]:
        p, guard = self.p, self.guard
        self.lines = [
            f"    {p}caller = {guard.caller or 'None'}",
            f"    {p}value = {guard.input or p + 'MISSING'}",
            f"    {p}step = None",
        ]
        self.checks(guard.pre, "check", f"{p}value")
        self.audit_ahead()
        self.call()
        self.checks(guard.post, "check_result", f"{p}result")
        # Timed: every call is timed and counted (metrics), the body inside one zero-cost try.
        # Plain: the same body alone, for metrics off. RECORDER swaps the code between them.
        header = f"{'async ' if self.is_async else ''}def wrapper{{}}{self.arguments()}:"
        source = "\n".join(
            [
                header.format("_timed"),
                f"    {p}start = {p}clock()",
                "    try:",
                *(f"    {line}" for line in self.lines),
                f"    except BaseException as {p}failure:",
                f"        {p}guard.failed({p}start, {p}failure, {p}step is {p}FUNCTION)",
                "        raise",
                f"    {p}elapsed = {p}clock() - {p}start",
                f"    {p}count({p}elapsed)",
                f"    if {p}elapsed > {p}recorder.slow_call_seconds"
                f" or len({p}pending) >= {p}FOLD_EVERY:",
                f"        {p}metrics.settle({p}elapsed)",
                f"    return {p}result",
                "",
                header.format("_plain"),
                *self.lines,
                f"    return {p}result",
            ]
        )
        code = compile(source + "\n", f"<contract {guard.name}>", "exec")
        exec(code, self.namespace)  # noqa: S102 - only parameter names in the source; values via namespace
        wrapper: Callable[..., Any] = self.namespace["wrapper_timed"]
        plain: Callable[..., Any] = self.namespace["wrapper_plain"]
        RECORDER.adopt(wrapper, wrapper.__code__, plain.__code__)
        return wrapper


def build_wrapper(func: Callable[..., Any], guard: Guard) -> Callable[..., Any]:
    """Compile the wrapper that runs ``guard``'s conditions around ``func``."""
    return functools.wraps(func)(_Source(func, guard).build())
