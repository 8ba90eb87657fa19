"""The async wrapper's shortcuts stay correct: when they apply, and when they must not.

Async wrappers call a sink's ``write`` directly when the sink has no ``awrite`` of its own, and
check in-memory rate limits with the sync check (no coroutine). These tests pin that a sink with
a real ``awrite`` is still awaited (and its failure still denies), that swapping sinks switches
the path, and that an in-memory limit stays exact when many async callers share one loop.
"""

from __future__ import annotations

import asyncio
import logging

import pytest

from scaffold.contracts import (
    AuditRecord,
    AuditSink,
    AuthContext,
    ContractViolationError,
    ErrorType,
    MemoryAuditSink,
    audit_log,
    auth,
    configure,
    contract,
    rate_limit,
)

ALICE = AuthContext("alice", {"user"})


class _AwaitingSink(AuditSink):
    """A sink whose ``awrite`` really suspends, as a database driver's would."""

    def __init__(self, fail: bool = False) -> None:
        self.sync_writes: list[AuditRecord] = []
        self.awaited_writes: list[AuditRecord] = []
        self.fail = fail

    def write(self, record: AuditRecord) -> None:
        self.sync_writes.append(record)

    async def awrite(self, record: AuditRecord) -> None:
        await asyncio.sleep(0)  # gives the loop a turn: the wrapper must await this coroutine
        if self.fail:
            raise OSError("database unavailable")
        self.awaited_writes.append(record)


def _audited_pair() -> tuple[object, object]:
    @contract(requires=[auth("user")], ensures=[audit_log("pay")], name="fast.pay")
    async def pay(amount: int, context: AuthContext) -> int:
        return amount

    @contract(requires=[auth("admin")], ensures=[audit_log("pay")], name="fast.refund")
    async def refund(amount: int, context: AuthContext) -> int:
        return amount

    return pay, refund


def test_a_sink_with_its_own_awrite_is_awaited_for_every_record() -> None:
    sink = _AwaitingSink()
    configure(audit_sink=sink)
    pay, refund = _audited_pair()
    assert asyncio.run(pay(5, ALICE)) == 5  # type: ignore[operator]
    with pytest.raises(ContractViolationError):
        asyncio.run(refund(5, ALICE))  # type: ignore[operator]
    outcomes = [(r.contract, r.outcome) for r in sink.awaited_writes]
    assert outcomes == [("fast.pay", "allowed"), ("fast.refund", "denied")]
    assert sink.sync_writes == []


def test_a_failing_awrite_still_denies_before_the_function_runs() -> None:
    configure(audit_sink=_AwaitingSink(fail=True))
    effects: list[int] = []

    @contract(requires=[auth("user")], ensures=[audit_log("pay")], name="fast.effect")
    async def pay(amount: int, context: AuthContext) -> int:
        effects.append(amount)
        return amount

    logging.getLogger("scaffold.contracts").disabled = True
    try:
        with pytest.raises(ContractViolationError) as caught:
            asyncio.run(pay(5, ALICE))
    finally:
        logging.getLogger("scaffold.contracts").disabled = False
    assert caught.value.type is ErrorType.AUDIT_FAILED
    assert effects == []


def test_swapping_sinks_switches_between_write_and_awrite() -> None:
    pay, _ = _audited_pair()
    plain = MemoryAuditSink()  # no awrite of its own: written directly
    configure(audit_sink=plain)
    asyncio.run(pay(1, ALICE))  # type: ignore[operator]
    awaiting = _AwaitingSink()
    configure(audit_sink=awaiting)
    asyncio.run(pay(2, ALICE))  # type: ignore[operator]
    configure(audit_sink=plain)
    asyncio.run(pay(3, ALICE))  # type: ignore[operator]
    assert [r.outcome for r in plain.records] == ["allowed", "allowed"]
    assert [r.outcome for r in awaiting.awaited_writes] == ["allowed"]
    assert awaiting.sync_writes == []


def test_an_in_memory_limit_is_exact_under_concurrent_async_callers() -> None:
    configure(audit_sink=MemoryAuditSink())

    @contract(requires=[auth("user"), rate_limit("fast.burst", 50, per="hour")])
    async def burst(index: int, context: AuthContext) -> int:
        await asyncio.sleep(0)  # every call suspends, so the callers interleave
        return index

    callers = [AuthContext(f"user-{n}", {"user"}) for n in range(3)]

    async def storm() -> list[object]:
        calls = [burst(i, callers[i % 3]) for i in range(3 * 80)]
        return await asyncio.gather(*calls, return_exceptions=True)

    outcomes = asyncio.run(storm())
    for n in range(3):
        mine = outcomes[n::3]
        admitted = [o for o in mine if isinstance(o, int)]
        refused = [o for o in mine if isinstance(o, ContractViolationError)]
        assert len(admitted) == 50
        assert len(refused) == 30
        assert {error.type for error in refused} == {ErrorType.RATE_LIMIT_EXCEEDED}
