"""Per-call cost of ``@contract``: pass path, full contract, denial path.

Run: ``python bench/bench_runtime.py`` (needs the ``bench`` extra for icontract and deal).
Prints medians of several timed runs, in microseconds per call, and the ratios the runtime's
goals are stated in. All variants run in the same process, one after another, so ratios hold.
"""

from __future__ import annotations

import itertools
import statistics
import time
import timeit
from collections.abc import Callable
from typing import Any

import deal
import icontract
from limits import parse
from limits.storage import storage_from_string
from limits.strategies import MovingWindowRateLimiter
from pydantic import BaseModel, Field

from scaffold.contracts import (
    AuthContext,
    ContractViolationError,
    NullAuditSink,
    audit_log,
    auth,
    business_rule,
    configure,
    contract,
    owns,
    rate_limit,
    returns,
    validates,
)
from scaffold.contracts._audit import AuditRecord

REPEATS = 9


class Payload(BaseModel):
    user_id: str
    display_name: str = Field(min_length=1, max_length=100)


class Result(BaseModel):
    user_id: str
    display_name: str


CALLER = AuthContext("alice", {"user"})
OTHER = AuthContext("mallory", {"user"})
PAYLOAD = Payload(user_id="alice", display_name="Alice")
RAW = {"user_id": "alice", "display_name": "Alice"}
# The full path rate-limits per user with a realistic limit: callers take turns, so no user's
# moving window grows long (its cost grows with the entries kept) and none is ever refused.
LIMIT = 1000
USERS = [  # (payload, caller) pairs
    ({"user_id": f"user-{i}", "display_name": "Alice"}, AuthContext(f"user-{i}", {"user"}))
    for i in range(2000)
]


def not_reserved(payload: Payload, caller: AuthContext) -> bool:
    return payload.display_name != "admin"


def measure(variants: dict[str, tuple[Callable[[], Any], int]]) -> dict[str, float]:
    """Median µs per call of each variant, timed round-robin so load drift hits all alike."""
    runs: dict[str, list[float]] = {name: [] for name in variants}
    for _ in range(REPEATS):
        for name, (function, number) in variants.items():
            runs[name].append(timeit.timeit(function, number=number) / number * 1e6)
    return {name: statistics.median(times) for name, times in runs.items()}


# --- 1. three cheap checks: auth, owns, one business rule ---------------------------------


@contract(
    requires=[auth("user"), owns("user_id"), business_rule("Name not reserved", not_reserved)]
)
def with_contract(payload: Payload, context: AuthContext) -> Payload:
    return payload


_USER_ROLES = frozenset({"user", "admin", "super_admin"})


def inline(payload: Payload, context: AuthContext) -> Payload:
    if context.user_id is None:
        raise PermissionError("auth")
    expires = context._expires_ts
    if expires is not None and expires <= time.time():
        raise PermissionError("expired")
    if _USER_ROLES.isdisjoint(context.roles):
        raise PermissionError("role")
    if payload.user_id != context.user_id:
        raise PermissionError("owner")
    if not_reserved(payload, context) is not True:
        raise PermissionError("rule")
    return payload


@icontract.require(lambda context: context.user_id is not None and "user" in context.roles)
@icontract.require(lambda payload, context: payload.user_id == context.user_id)
@icontract.require(lambda payload, context: not_reserved(payload, context))  # noqa: PLW0108
def with_icontract(payload: Payload, context: AuthContext) -> Payload:
    return payload


@deal.pre(lambda payload, context: context.user_id is not None and "user" in context.roles)
@deal.pre(lambda payload, context: payload.user_id == context.user_id)
@deal.pre(not_reserved)
def with_deal(payload: Payload, context: AuthContext) -> Payload:
    return payload


# --- 2. the full contract vs the same checks by hand ----------------------------------------


@contract(
    requires=[
        auth("user"),
        validates(Payload),
        owns("user_id"),
        rate_limit("bench_full", LIMIT, per="minute"),
    ],
    ensures=[returns(Result), audit_log("bench")],
)
def full_contract(payload: Payload, context: AuthContext) -> dict[str, str]:
    return {"user_id": payload.user_id, "display_name": payload.display_name}


_limiter = MovingWindowRateLimiter(storage_from_string("memory://"))
_item = parse(f"{LIMIT}/minute")
_sink = NullAuditSink()


def full_by_hand(payload: Any, context: AuthContext) -> Result:
    if context.user_id is None:
        raise PermissionError("auth")
    expires = context._expires_ts
    if expires is not None and expires <= time.time():
        raise PermissionError("expired")
    if _USER_ROLES.isdisjoint(context.roles):
        raise PermissionError("role")
    model = Payload.model_validate(payload)
    if model.user_id != context.user_id:
        raise PermissionError("owner")
    if not _limiter.hit(_item, "bench_hand", f"user:{context.user_id}"):
        raise PermissionError("rate")
    result = Result.model_validate(
        {"user_id": model.user_id, "display_name": model.display_name}, from_attributes=True
    )
    _sink.write(
        AuditRecord.now(
            event="bench",
            contract="full_by_hand",
            layer="action",
            user_id=context.user_id,
            client_ip=context.client_ip,
            outcome="allowed",
        )
    )
    return result


# --- 3. the denial path ----------------------------------------------------------------------


def denied_call() -> None:
    try:  # noqa: SIM105 - contextlib.suppress would add its own cost to the figure
        with_contract(PAYLOAD, OTHER)
    except ContractViolationError:
        pass


def main() -> dict[str, float]:
    configure(audit_sink=NullAuditSink())
    number = 50_000
    hand_turns, contract_turns = itertools.cycle(USERS), itertools.cycle(USERS)
    figures = measure(
        {
            "inline": (lambda: inline(PAYLOAD, CALLER), number),
            "contract": (lambda: with_contract(PAYLOAD, CALLER), number),
            "deal": (lambda: with_deal(PAYLOAD, CALLER), number),
            "icontract": (lambda: with_icontract(PAYLOAD, CALLER), number // 10),
            "full_by_hand": (lambda: full_by_hand(*next(hand_turns)), number // 10),
            "full_contract": (lambda: full_contract(*next(contract_turns)), number // 10),
            "denial": (denied_call, number // 5),
        }
    )
    print("three checks (auth, owns, business rule), pass path, µs per call (median):")
    for key in ("inline", "contract", "deal", "icontract"):
        print(f"  {key:<14} {figures[key]:8.2f}")
    print(f"  contract vs deal:      {figures['deal'] / figures['contract']:.1f}x faster")
    print(f"  contract vs icontract: {figures['icontract'] / figures['contract']:.1f}x faster")
    print(f"  contract overhead over inline: {figures['contract'] - figures['inline']:.2f} µs")
    print("full contract (auth, validates, owns, rate_limit memory, returns, audit null sink):")
    print(f"  by hand        {figures['full_by_hand']:8.2f}")
    print(f"  @contract      {figures['full_contract']:8.2f}")
    print(f"  ratio          {figures['full_contract'] / figures['full_by_hand']:.2f}x")
    print("denial path (owns fails):")
    print(f"  denial         {figures['denial']:8.2f}")
    print(f"  denial / pass  {figures['denial'] / figures['contract']:.1f}x")
    return figures


if __name__ == "__main__":
    main()
