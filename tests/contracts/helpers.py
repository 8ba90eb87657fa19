"""Build the same guarded function as sync or async, and call it either way."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
from pydantic import BaseModel, Field

from scaffold.contracts import AuthContext, Condition, ContractViolationError, contract
from scaffold.contracts._metrics import LATENCY_BUCKETS

ALICE = AuthContext("alice", {"user"}, client_ip="10.0.0.1")
BOB = AuthContext("bob", {"user"}, client_ip="10.0.0.2")
ADMIN = AuthContext("root", {"admin"})
SUPER = AuthContext("boss", {"super_admin"})
ANONYMOUS = AuthContext.anonymous("10.0.0.9")
EXPIRED = AuthContext(
    "alice", {"user"}, session_expires_at=datetime.now(timezone.utc) - timedelta(1)
)


class Profile(BaseModel):
    user_id: str
    display_name: str = Field(min_length=1, max_length=20)


def build(
    mode: str,
    requires: Sequence[Condition] = (),
    ensures: Sequence[Condition] = (),
    invariants: Sequence[Condition] = (),
    body: Callable[[Any, AuthContext], Any] | None = None,
) -> Callable[..., Any]:
    """A guarded ``(payload, context)`` function, sync or async, returning ``body``'s value."""
    run = body or (lambda payload, context: payload)
    guard = contract(requires=requires, ensures=ensures, invariants=invariants)
    if mode == "sync":

        def sync_target(payload: Profile, context: AuthContext) -> Any:
            return run(payload, context)

        return guard(sync_target)

    async def async_target(payload: Profile, context: AuthContext) -> Any:
        return run(payload, context)

    return guard(async_target)


def call(function: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """Call a guarded function whether it is sync or async."""
    result = function(*args, **kwargs)
    if asyncio.iscoroutine(result):
        return asyncio.run(result)
    return result


def denied(function: Callable[..., Any], *args: Any, **kwargs: Any) -> ContractViolationError:
    """Call and return the violation; fail the test when the call is allowed."""
    with pytest.raises(ContractViolationError) as caught:
        call(function, *args, **kwargs)
    return caught.value


MODES = pytest.mark.parametrize("mode", ["sync", "async"])


def expected_buckets(durations: list[float]) -> list[int]:
    """The histogram computed directly: each duration in the first bucket that holds it."""
    counts = [0] * (len(LATENCY_BUCKETS) + 1)
    for duration in durations:
        counts[next((i for i, b in enumerate(LATENCY_BUCKETS) if duration <= b), -1)] += 1
    return counts
