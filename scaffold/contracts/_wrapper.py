"""Build the wrapper of a guarded function, with the function's own parameter list.

Like ``dataclasses`` builds ``__init__``, the wrapper is generated as source and compiled once,
at decoration. Taking the function's exact parameters (instead of ``*args, **kwargs``) means the
caller, the input and any parameter a condition reads are plain local variables, and each
condition is one direct call: this is what keeps a contract cheaper than ``deal`` or
``icontract`` on every request. Conditions that offer their pass path as source (``inline``)
run it in place, without a call.

Three functions are compiled from one body of steps (the conditions, the audit record, the
call): ``counted``, the wrapper with metrics on, which pops its call's decision off the
contract's sampling plan (one call of the list's bound ``pop``, which also counts the call,
``_metrics.py``) and hands the
few sampled calls to ``sampled``, its twin that reads the clock around the same steps;
``plain``, for metrics off. ``configure(metrics=...)`` swaps the wrapper's code between
``counted`` and ``plain``, so no call tests the switch.

The steps run in one try block, free on the pass path since Python 3.11 (and, ending in
``return``, without even a jump over its handler). The handler learns which step failed from
the line the exception left the wrapper by (``Guard.steps``, built here): the wrapper notes
nothing per call to attribute a denial, a crash or the function's own exception.

Only parameter names (identifiers Python has already accepted) and the runtime's own integer
constants reach the source; every value (conditions, defaults, the function) is passed in
through the namespace, never as text.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from dataclasses import dataclass
from time import time
from typing import TYPE_CHECKING, Any, Literal

from scaffold.contracts import _config
from scaffold.contracts._audit import AuditRecord
from scaffold.contracts._metrics import CLOCK, RECORDER
from scaffold.contracts._signature import MISSING

if TYPE_CHECKING:
    from scaffold.contracts._conditions import Condition
    from scaffold.contracts._contract import Guard

__all__ = ["Step", "build_wrapper"]

_P = inspect.Parameter


@dataclass(frozen=True)
class Step:
    """What the wrapper does on a line: the sampling decision, a condition's check, the
    audit record, or the call."""

    kind: Literal["plan", "check", "audit", "call"]
    condition: Condition | None = None


_AUDIT = Step("audit")
_CALL = Step("call")
_PLAN = Step("plan")
_Part = tuple[Step, list[str]]


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


class _Lines:
    """The module's source lines, noting which step each line of a step belongs to."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.steps: dict[int, Step] = {}  # line number (from 1) -> step

    def add(self, depth: int, lines: list[str], step: Step | None = None) -> None:
        for line in lines:
            self.lines.append("    " * depth + line)
            if step is not None:
                self.steps[len(self.lines)] = step


class _Source:
    """Accumulates the wrapper's source and the namespace its names refer to."""

    def __init__(self, func: Callable[..., Any], guard: Guard) -> None:
        self.guard = guard
        self.is_async = guard.spec.is_async
        parameters = list(guard.spec.signature.parameters.values())
        self.parameters = parameters
        self.p = _prefix([parameter.name for parameter in parameters])
        self.caller = guard.caller or "None"  # the caller parameter itself: no local copy
        # The input as the checks see it: the parameter itself, unless a condition replaces it
        # (validation) or there is none; then a local of the wrapper's own.
        self.value: str = f"{self.p}value"
        if guard.input is not None and not guard.rewrites_input:
            self.value = guard.input
        self.namespace: dict[str, Any] = {
            f"{self.p}func": func,
            f"{self.p}guard": guard,
            f"{self.p}MISSING": MISSING,
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

    def checks(self, conditions: tuple[Condition, ...], method: str, target: str) -> list[_Part]:
        """Each condition's ``method`` as a step, assigning what it returns to ``target``."""
        p, caller = self.p, self.caller
        parts: list[_Part] = []
        for index, condition in enumerate(conditions):
            runs_async = self.is_async and condition.is_async
            bound = getattr(condition, f"a{method}" if runs_async else method)
            function = self.name(f"{method}{index}", bound)
            # Pre-checks get the parameter they read; post-checks get the result.
            third = _reads(condition, p) if method == "check" else f"{p}result"
            awaited = "await " if runs_async else ""
            arguments = f"({caller}, {self.value}, {third})"

            def bind(suffix: str, value: Any, index: int = index) -> str:
                return self.name(f"{suffix}{method}{index}", value)

            switch = condition.sync_switch if runs_async else None
            inlined = None
            if not runs_async or switch is not None:  # the sync form, in place when offered
                if method == "check":
                    inlined = condition.inline(bind, caller, target, third)
                else:
                    inlined = condition.inline_result(bind, caller, self.value, target)
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
            parts.append((Step("check", condition), body))
        return parts

    def audit_ahead(self) -> list[_Part]:
        """Store the ``allowed`` record before the function runs (write-ahead audit).

        A try block of its own: with ``audit_failure="allow"`` a failed write lets the call go on.
        """
        p, guard, caller = self.p, self.guard, self.caller
        if not guard.audits:
            return []
        from scaffold.contracts._contract import AUDIT

        target = self.name("AUDIT", AUDIT)
        who = f"{caller}.user_id if {caller} is not None else None"
        where = f"{caller}.client_ip if {caller} is not None else None"
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
        lines += [
            f"except Exception as {p}unaudited:",
            f"    {p}guard.unaudited({caller}, {p}unaudited)",
        ]
        return [(_AUDIT, lines)]

    def call(self) -> list[_Part]:
        """Call the function with its arguments as received (the input possibly replaced)."""
        p, guard = self.p, self.guard
        lines = []
        if guard.rewrites_input and guard.input is not None:
            lines.append(f"{guard.input} = {p}value")
        awaited = "await " if self.is_async else ""
        lines.append(f"{p}result = {awaited}{p}func({self.forward()})")
        return [(_CALL, lines)]

    def forward(self) -> str:
        return ", ".join(_forward(parameter) for parameter in self.parameters)

    def function(
        self, out: _Lines, name: str, steps: list[_Part], timed: bool, counted: bool
    ) -> None:
        """One function running ``steps`` in one try block, timed or not.

        The handler (``Guard.fail``) returns what to raise: the denial, or the exception
        itself; the failure counted in the metrics when ``counted``. The counted wrapper
        first pops its decision off the plan (``decide``), in the same try block: the call
        runs there when the decision is None (count only), and otherwise, timed, in the twin
        after it. An empty plan raises ``IndexError`` on that line, which the handler passes
        to ``Guard.replanned`` to refill the plan, count the call and time it in the twin.
        """
        p, guard = self.p, self.guard
        awaited = "await " if self.is_async else ""
        out.add(0, [f"{'async ' if self.is_async else ''}def {name}{self.arguments()}:"])
        if timed:
            out.add(1, [f"{p}start = {p}clock()"])
        if self.value != guard.input:
            out.add(1, [f"{self.value} = {guard.input or p + 'MISSING'}"])
        out.add(1, ["try:"])
        depth = 2
        if counted and not timed:
            out.add(2, [f"if {p}decide() is None:"], _PLAN)
            depth = 3
        for step, lines in steps:
            out.add(depth, lines, step)
        if not timed:
            out.add(depth, [f"return {p}result"])
        fail = f"{awaited}{p}guard.{'afail' if self.is_async else 'fail'}"
        handler = [f"except BaseException as {p}failure:"]
        raised = (
            f"raise {fail}({p}failure, {self.caller}, {p + 'start' if timed else None}, {counted})"
        )
        if counted and not timed:
            handler += [
                f"    if {p}failure.__class__ is not IndexError or not {p}guard.replanned("
                f"{p}failure):",
                f"        {raised}",
                f"return {awaited}{p}sampled({self.forward()})",
            ]
        else:
            handler.append(f"    {raised}")
        out.add(1, handler)
        if timed:
            out.add(
                1,
                [
                    f"{p}elapsed = {p}clock() - {p}start",
                    f"if {p}elapsed > {p}fast_limit:",
                    f"    {p}beyond({p}elapsed)",
                    "else:",
                    f"    {p}count({p}elapsed)",
                    f"return {p}result",
                ],
            )
        out.add(0, [""])

    def build(self) -> Callable[..., Any]:
        p, guard = self.p, self.guard
        steps = [
            *self.checks(guard.pre, "check", self.value),
            *self.audit_ahead(),
            *self.call(),
            *self.checks(guard.post, "check_result", f"{p}result"),
        ]
        out = _Lines()
        # Timed from before the first check to after the last; failures are counted by the
        # handler, successes by the plan (and, sampled, queued with their duration).
        self.function(out, "wrapper_counted", steps, timed=False, counted=True)
        self.function(out, "wrapper_sampled", steps, timed=True, counted=True)
        self.function(out, "wrapper_plain", steps, timed=False, counted=False)
        guard.steps = out.steps
        code = compile("\n".join(out.lines), f"<contract {guard.name}>", "exec")
        exec(code, self.namespace)  # noqa: S102 - only parameter names in the source; values via namespace
        wrapper: Callable[..., Any] = self.namespace["wrapper_counted"]
        self.namespace[f"{p}sampled"] = self.namespace["wrapper_sampled"]
        # The plan's own bound ``pop`` (the list is only ever changed in place): a call of a
        # builtin, one dispatch less than looking the method up on every call.
        self.namespace[f"{p}decide"] = guard.metrics.plan.pop
        plain_code = self.namespace["wrapper_plain"].__code__
        RECORDER.adopt(wrapper, wrapper.__code__, plain_code, f"{p}fast_limit")
        return wrapper


def build_wrapper(func: Callable[..., Any], guard: Guard) -> Callable[..., Any]:
    """Compile the wrapper that runs ``guard``'s conditions around ``func``."""
    return functools.wraps(func)(_Source(func, guard).build())
