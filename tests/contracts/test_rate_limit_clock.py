"""``rate_limit_clock()``: a window proven without waiting for it, for sync and async functions."""

from __future__ import annotations

import time

import limits.storage.memory

from scaffold.contracts import ErrorType, rate_limit
from scaffold.contracts.testing import rate_limit_clock
from tests.contracts.helpers import ALICE, MODES, build, call, denied

GOOD = {"user_id": "alice", "display_name": "Alice"}


@MODES
def test_a_minute_window_holds_until_the_clock_passes_it(mode: str) -> None:
    guarded = build(mode, [rate_limit("clocked", 2, per="minute")])
    with rate_limit_clock() as clock:
        call(guarded, GOOD, ALICE)
        call(guarded, GOOD, ALICE)
        clock.advance(59)
        error = denied(guarded, GOOD, ALICE)
        assert error.type is ErrorType.RATE_LIMIT_EXCEEDED
        assert error.cause.details["retry_after"] == 1  # Retry-After reads the same clock
        clock.advance(2)
        assert call(guarded, GOOD, ALICE) == GOOD


@MODES
def test_a_second_window_frees_the_caller_after_a_second(mode: str) -> None:
    guarded = build(mode, [rate_limit("clocked_fast", 1, per="second")])
    with rate_limit_clock(start=1_000_000.0) as clock:
        call(guarded, GOOD, ALICE)
        assert denied(guarded, GOOD, ALICE).type is ErrorType.RATE_LIMIT_EXCEEDED
        clock.advance(1.5)
        assert call(guarded, GOOD, ALICE) == GOOD


def test_the_real_clock_is_back_after_the_block() -> None:
    with rate_limit_clock(start=0.0) as clock:
        clock.advance(5)
        assert clock.time() == 5
    assert limits.storage.memory.time is time
