"""``measure_contract``: timing without conditions, into the same metrics as ``@contract``."""

from __future__ import annotations

import asyncio

import pytest

from scaffold.contracts import (
    ContractDefinitionError,
    ContractError,
    ContractViolationError,
    ErrorType,
    configure,
    health_report,
    measure_contract,
    prometheus_exposition,
)
from scaffold.contracts.testing import capture_metrics


def save(record: dict[str, int]) -> int:
    if record.get("broken"):
        raise LookupError("no table")
    return record["id"]


def test_the_function_form_times_calls_and_failures() -> None:
    timed = measure_contract("db.save", save, layer="data")
    with capture_metrics() as metrics:
        assert timed({"id": 7}) == 7
        with pytest.raises(LookupError):
            timed({"id": 1, "broken": 1})
    snapshot = metrics.snapshot("db.save")
    assert (snapshot.executions, snapshot.failures) == (2, 1)
    assert snapshot.failures_by_cause == {"EXCEPTION": 1}
    assert snapshot.layer == "data"
    assert snapshot.p95_seconds is not None
    assert metrics.executions(timed) == 2  # the timed function reads like a guarded one


def test_the_decorator_form_times_async_functions_and_names_denials() -> None:
    @measure_contract("jobs.resize")
    async def resize(width: int) -> int:
        await asyncio.sleep(0)
        if width < 0:
            cause = ContractError(ErrorType.BUSINESS_RULE_VIOLATION, "No negative widths.")
            raise ContractViolationError("jobs.inner", "action", cause)
        return width * 2

    with capture_metrics() as metrics:
        assert asyncio.run(resize(3)) == 6
        with pytest.raises(ContractViolationError):
            asyncio.run(resize(-1))
    assert metrics.failures(resize, "BUSINESS_RULE_VIOLATION") == 1
    assert resize.__name__ == "resize"


def test_measured_calls_reach_health_and_prometheus() -> None:
    timed = measure_contract("db.load", save)
    for _ in range(12):
        timed({"id": 1})
    assert health_report()["totals"]["executions"] >= 12
    text = prometheus_exposition()[0].decode()
    assert 'scaffold_contract_calls_total{contract="db.load"' in text


def test_metrics_off_skips_the_timing() -> None:
    configure(metrics=False)
    timed = measure_contract("db.quiet", save)
    assert timed({"id": 3}) == 3
    configure(metrics=True)
    with capture_metrics() as metrics:
        pass
    assert metrics.executions("db.quiet") == 0


@pytest.mark.parametrize(
    ("args", "kwargs"),
    [(("", save), {}), (("x", 3), {}), (("x", save), {"layer": "nowhere"})],
)
def test_bad_arguments_are_refused_at_once(
    args: tuple[object, ...], kwargs: dict[str, object]
) -> None:
    with pytest.raises(ContractDefinitionError):
        measure_contract(*args, **kwargs)  # type: ignore[arg-type]
