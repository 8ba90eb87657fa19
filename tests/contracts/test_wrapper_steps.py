"""The wrapper's one try block: every failure is attributed to the step it left by.

The handler finds the step from the line the exception left the wrapper by, so these tests
crash or deny each condition of one contract in turn, on the untimed, the sampled and the
metrics-off code, and check the denial, its cause, the condition named and the count.
"""

from __future__ import annotations

import traceback
from typing import Any

import pytest

from scaffold.contracts import (
    AuthContext,
    ContractViolationError,
    ErrorType,
    auth,
    business_rule,
    configure,
    contract,
    invariant,
    metrics_snapshot,
)

ALICE = AuthContext(user_id="alice", roles=frozenset({"user"}))
FAIL: dict[str, str] = {}  # which rule fails, and how


def _rule(name: str) -> Any:
    def predicate(value: Any, other: Any) -> bool:
        how = FAIL.get(name)
        if how == "crash":
            raise RuntimeError(name)
        return how != "deny"

    predicate.__name__ = name
    return predicate


@contract(
    requires=[
        auth("user"),
        business_rule("first", _rule("first")),
        business_rule("second", _rule("second")),
    ],
    invariants=[invariant("after", _rule("after"))],
    name="steps.guarded",
)
def guarded(context: AuthContext, raising: type[Exception] | None = None) -> int:
    if raising is not None:
        raise raising("the function's own")
    return 1


def _count(name: str) -> tuple[int, dict[str, int]]:
    snap = next(s for s in metrics_snapshot() if s.name == name)
    return snap.executions, dict(snap.failures_by_cause)


@pytest.mark.parametrize("metrics", [True, False])
@pytest.mark.parametrize("step", ["first", "second", "after"])
@pytest.mark.parametrize("how", ["deny", "crash"])
def test_each_condition_is_named_by_its_failure(metrics: bool, step: str, how: str) -> None:
    configure(metrics=metrics)
    before = _count("steps.guarded")
    FAIL.clear()
    FAIL[step] = how
    try:
        for _ in range(3000):  # untimed and sampled calls alike
            with pytest.raises(ContractViolationError) as raised:
                guarded(ALICE)
            error = raised.value
            if how == "deny":
                wanted = (
                    ErrorType.INVARIANT_VIOLATION
                    if step == "after"
                    else ErrorType.BUSINESS_RULE_VIOLATION
                )
                assert error.type is wanted
                assert error.cause.message == step
            else:
                assert error.type is ErrorType.CONDITION_ERROR
                assert isinstance(error.__cause__, RuntimeError)
                assert step in error.cause.details["condition"]
    finally:
        FAIL.clear()
        configure(metrics=True)
    executions, causes = _count("steps.guarded")
    if metrics:
        assert executions - before[0] == 3000
        cause = error.type.value
        assert causes.get(cause, 0) - before[1].get(cause, 0) == 3000
    else:
        assert (executions, causes) == before


# IndexError is what the counted wrapper's empty plan raises on its first line: the
# function's own must still pass as it is, over calls that use up and refill the plan.
@pytest.mark.parametrize("error", [LookupError, IndexError])
def test_the_functions_exception_passes_as_it_is_and_is_counted(error: type[Exception]) -> None:
    before = _count("steps.guarded")
    for _ in range(3000):
        with pytest.raises(error) as raised:
            guarded(ALICE, raising=error)
    assert type(raised.value) is error
    frames = [frame.name for frame in traceback.extract_tb(raised.value.__traceback__)]
    assert frames.count("wrapper_counted") == 1  # each wrapper's line shows once
    assert frames.count("wrapper_sampled") <= 1
    assert frames[-1] == "guarded"
    executions, causes = _count("steps.guarded")
    assert executions - before[0] == 3000
    assert causes["EXCEPTION"] - before[1].get("EXCEPTION", 0) == 3000


def test_calls_that_find_the_plan_empty_run_and_are_counted() -> None:
    """3,000 calls use up and refill the 1,024-decision plan: each refill's call still runs."""
    before = _count("steps.guarded")
    assert [guarded(ALICE) for _ in range(3000)] == [1] * 3000
    executions, causes = _count("steps.guarded")
    assert executions - before[0] == 3000
    assert causes == before[1]
