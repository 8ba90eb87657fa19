"""Per-call cost of ``@contract`` against the same checks inline, deal and icontract.

Run: ``python bench/bench_runtime.py`` (needs the ``bench`` extra for icontract and deal).
Metrics stay on (the default); ``SCAFFOLD_METRICS=off`` measures without them.

Every variant is timed round-robin in one process (21 rounds, ``BENCH_ROUNDS`` to change),
in CPU time of this process (``time.process_time``: all its threads, the metrics' background
fold included), so other processes on the machine do not count and a change in load hits all
variants alike. Prints the median microseconds per call,
and each ratio the runtime's goals are stated in as the median of the ratios of every round
(both sides timed in the same round), with their quartiles and extremes.

Variants:

- **three checks** (``auth``, one ``business_rule``, ``returns``) on the pass path: as a
  contract, the same checks written inline, deal (2 x ``@pre`` + ``@post``) and icontract
  (2 x ``@require`` + ``@ensure``); with a cheap predicate and with a realistic one (the
  caller's session expiry and role rank against the amount asked for).
- **full contract** (``auth``, ``validates``, ``owns``, ``rate_limit`` in memory, ``returns``,
  ``audit_log`` to a null sink) against the same checks by hand with the same pydantic,
  ``limits`` and sink calls, sync and async (2,000 callers taking turns, 1,000 calls a minute
  each, so nobody is refused and no moving window grows long).
- **denial** (``owns`` fails).
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import os
import statistics
import time
import timeit
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from typing import Any

import deal
import icontract
from limits import parse
from limits.storage import storage_from_string
from limits.strategies import MovingWindowRateLimiter
from pydantic import BaseModel, Field

from scaffold.contracts import (
    AuditRecord,
    AuthContext,
    ContractViolationError,
    NullAuditSink,
    audit_log,
    auth,
    business_rule,
    configure,
    contract,
    get_settings,
    owns,
    rate_limit,
    returns,
    validates,
)

METRICS_OFF = ", metrics off"  # variants timed with configure(metrics=False), in the same rounds
REPEATS = int(os.environ.get("BENCH_ROUNDS", "21"))
CLOCK = time.process_time


class Payload(BaseModel):
    user_id: str
    display_name: str = Field(min_length=1, max_length=100)
    amount: int = 10


class Result(BaseModel):
    user_id: str
    display_name: str


SOON = datetime.now(timezone.utc) + timedelta(hours=8)
CALLER = AuthContext("alice", {"user"})
SESSION = AuthContext("alice", {"editor"}, session_expires_at=SOON)  # realistic caller
OTHER = AuthContext("mallory", {"user"})
PAYLOAD = Payload(user_id="alice", display_name="Alice")
RESULT = Result(user_id="alice", display_name="Alice")
# The full path rate-limits per user with a realistic limit: callers take turns, so no user's
# moving window grows long (its cost grows with the entries kept) and none is ever refused.
LIMIT = 1000
USERS = [  # (raw payload, caller) pairs
    ({"user_id": f"user-{i}", "display_name": "Alice"}, AuthContext(f"user-{i}", {"user"}))
    for i in range(2000)
]

# The role hierarchy in force, and the roles that satisfy auth("user") under it, as the inline
# code has them.
HIERARCHY = {"super_admin": ["admin"], "admin": ["editor"], "editor": ["user"]}
_USER_ROLES = frozenset({"user", "editor", "admin", "super_admin"})
# Realistic rule: how much each role rank may move, the caller's best rank deciding.
RANKS = {"user": 1, "editor": 2, "admin": 3, "super_admin": 4}
QUOTA = {0: 0, 1: 5, 2: 50, 3: 500, 4: 5000}


def not_reserved(payload: Payload, caller: AuthContext) -> bool:
    """The cheap predicate."""
    return payload.display_name != "admin"


def within_quota(payload: Payload, caller: AuthContext) -> bool:
    """The realistic predicate: a live session whose best role rank covers the amount."""
    expires = caller._expires_ts
    if expires is not None and expires - time.time() < 60:  # no writes in a session's last minute
        return False
    rank = max((RANKS.get(role, 0) for role in caller.roles), default=0)
    return payload.amount <= QUOTA[rank]


# --- 1. three checks: auth, a business rule, returns ----------------------------------------


def _three_checks(rule: Callable[[Payload, AuthContext], bool]) -> Callable[..., Any]:
    @contract(
        requires=[auth("user"), business_rule("Within the rules", rule)], ensures=[returns(Result)]
    )
    def guarded(payload: Payload, context: AuthContext) -> Result:
        return RESULT

    return guarded


with_contract = _three_checks(not_reserved)
with_contract_realistic = _three_checks(within_quota)


def _inline(
    rule: Callable[[Payload, AuthContext], bool], validating: bool = False
) -> Callable[..., Any]:
    def checked(payload: Payload, context: AuthContext) -> Result:
        if context.user_id is None:
            raise PermissionError("auth")
        expires = context._expires_ts
        if expires is not None and expires <= time.time():
            raise PermissionError("expired")
        if _USER_ROLES.isdisjoint(context.roles):
            raise PermissionError("role")
        if rule(payload, context) is not True:
            raise PermissionError("rule")
        result = RESULT
        if validating:  # the output checked by validating it, as people write it
            return Result.model_validate(result, from_attributes=True)
        if result.__class__ is not Result:  # what returns() does: revalidate anything else
            result = Result.model_validate(result, from_attributes=True)
        return result

    return checked


inline = _inline(not_reserved)
inline_validating = _inline(not_reserved, validating=True)
inline_realistic = _inline(within_quota)


@icontract.require(lambda context: context.user_id is not None and "user" in context.roles)
@icontract.require(lambda payload, context: not_reserved(payload, context))  # noqa: PLW0108
@icontract.ensure(lambda result: isinstance(result, Result))
def with_icontract(payload: Payload, context: AuthContext) -> Result:
    return RESULT


@deal.pre(lambda payload, context: context.user_id is not None and "user" in context.roles)
@deal.pre(not_reserved)
@deal.post(lambda result: isinstance(result, Result))
def with_deal(payload: Payload, context: AuthContext) -> Result:
    return RESULT


# --- 2. the full contract vs the same checks by hand, sync and async ------------------------

FULL = {
    "requires": [
        auth("user"),
        validates(Payload),
        owns("user_id"),
        rate_limit("bench_full", LIMIT, per="minute"),
    ],
    "ensures": [returns(Result), audit_log("bench")],
}


@contract(**FULL, name="full_contract")  # type: ignore[arg-type]
def full_contract(payload: Payload, context: AuthContext) -> dict[str, str]:
    return {"user_id": payload.user_id, "display_name": payload.display_name}


@contract(**FULL, name="afull_contract")  # type: ignore[arg-type]
async def afull_contract(payload: Payload, context: AuthContext) -> dict[str, str]:
    return {"user_id": payload.user_id, "display_name": payload.display_name}


_limiter = MovingWindowRateLimiter(storage_from_string("memory://"))
_item = parse(f"{LIMIT}/minute")
_sink = NullAuditSink()


def _checked_by_hand(payload: Any, context: AuthContext) -> Payload:
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
    _sink.write(
        AuditRecord(
            time.time(), "bench", "full_by_hand", "action", context.user_id, None, "allowed"
        )
    )
    return model


def full_by_hand(payload: Any, context: AuthContext) -> Result:
    model = _checked_by_hand(payload, context)
    output = {"user_id": model.user_id, "display_name": model.display_name}
    return Result.model_validate(output, from_attributes=True)


async def afull_by_hand(payload: Any, context: AuthContext) -> Result:
    model = _checked_by_hand(payload, context)
    output = {"user_id": model.user_id, "display_name": model.display_name}
    return Result.model_validate(output, from_attributes=True)


# --- 3. the denial path ----------------------------------------------------------------------


@contract(requires=[auth("user"), owns("user_id")])
def owner_only(payload: Payload, context: AuthContext) -> Payload:
    return payload


def denied_call() -> None:
    try:  # noqa: SIM105 - contextlib.suppress would add its own cost to the figure
        owner_only(PAYLOAD, OTHER)
    except ContractViolationError:
        pass


def _awaited(function: Callable[..., Any]) -> Callable[[int], float]:
    """Seconds of CPU for ``number`` awaited calls, taking turns among USERS, in one loop."""

    def run(number: int) -> float:
        turns = itertools.cycle(USERS)

        async def loop() -> float:
            start = CLOCK()
            for _ in range(number):
                await function(*next(turns))
            return CLOCK() - start

        return asyncio.run(loop())

    return run


def measure(variants: dict[str, tuple[Callable[..., Any], int]]) -> dict[str, list[float]]:
    """µs per call of each variant in every round, timed round-robin so load drift hits all."""
    runs: dict[str, list[float]] = {name: [] for name in variants}
    default = get_settings().metrics
    for _ in range(REPEATS):
        for name, (function, number) in variants.items():
            metrics_off = name.endswith(METRICS_OFF)
            if metrics_off:
                configure(metrics=False)
            if getattr(function, "awaits", False):
                seconds = function(number)
            else:
                seconds = timeit.Timer(function, timer=CLOCK).timeit(number)
            if metrics_off:
                configure(metrics=default)
            runs[name].append(seconds / number * 1e6)
    return runs


def ratio(runs: dict[str, list[float]], top: str, bottom: str) -> str:
    """Median and quartiles of ``top / bottom``, taken round by round (both timed together)."""
    ratios = [a / b for a, b in zip(runs[top], runs[bottom], strict=True)]
    first, middle, third = statistics.quantiles(ratios, n=4)
    return f"{middle:.2f}x (quartiles {first:.2f}-{third:.2f}, {min(ratios):.2f}-{max(ratios):.2f})"


def _async_variant(function: Callable[..., Any]) -> Callable[[int], float]:
    run = _awaited(function)
    run.awaits = True  # type: ignore[attr-defined]
    return run


def main() -> dict[str, float]:
    configure(audit_sink=NullAuditSink(), roles=HIERARCHY)
    # No security event is built for the denial: the figure is the denial itself
    # (bench/security_events.py times the event's handling).
    logging.getLogger("scaffold.security").setLevel(logging.CRITICAL + 10)
    number = 50_000
    hand_turns, contract_turns = itertools.cycle(USERS), itertools.cycle(USERS)
    runs = measure(
        {
            "inline": (lambda: inline(PAYLOAD, CALLER), number),
            "inline_validating": (lambda: inline_validating(PAYLOAD, CALLER), number),
            "contract": (lambda: with_contract(PAYLOAD, CALLER), number),
            f"contract{METRICS_OFF}": (lambda: with_contract(PAYLOAD, CALLER), number),
            "deal": (lambda: with_deal(PAYLOAD, CALLER), number),
            "icontract": (lambda: with_icontract(PAYLOAD, CALLER), number // 10),
            "inline_realistic": (lambda: inline_realistic(PAYLOAD, SESSION), number),
            "contract_realistic": (lambda: with_contract_realistic(PAYLOAD, SESSION), number),
            f"contract_realistic{METRICS_OFF}": (
                lambda: with_contract_realistic(PAYLOAD, SESSION),
                number,
            ),
            "full_by_hand": (lambda: full_by_hand(*next(hand_turns)), number // 10),
            "full_contract": (lambda: full_contract(*next(contract_turns)), number // 10),
            "afull_by_hand": (_async_variant(afull_by_hand), number // 10),
            "afull_contract": (_async_variant(afull_contract), number // 10),
            "denial": (denied_call, number // 5),
        }
    )
    f = {name: statistics.median(times) for name, times in runs.items()}
    print(f"µs of CPU per call (median of {REPEATS} rounds; ratios: median of each round's ratio)")
    print("three checks (auth, business rule, returns), pass path:")
    keys = ("inline", "inline_validating", "contract", "deal", "icontract", "inline_realistic")
    for key in keys:
        print(f"  {key:<20} {f[key]:8.2f}")
    print(f"  {'contract_realistic':<20} {f['contract_realistic']:8.2f}")
    for key in ("contract", "contract_realistic"):
        print(f"  {key + METRICS_OFF:<32} {f[key + METRICS_OFF]:8.2f}")
        cost = [on - off for on, off in zip(runs[key], runs[key + METRICS_OFF], strict=True)]
        first, middle, third = statistics.quantiles(cost, n=4)
        print(f"    metrics cost: {middle * 1000:.0f} ns (quartiles {first * 1000:.0f}-", end="")
        print(f"{third * 1000:.0f} ns)")
    print(f"  contract / inline, cheap:      {ratio(runs, 'contract', 'inline')} (goal <= 1.25x)")
    print(f"  contract / inline validating:  {ratio(runs, 'contract', 'inline_validating')}")
    realistic = ratio(runs, "contract_realistic", "inline_realistic")
    print(f"  contract / inline, realistic:  {realistic} (goal <= 1.25x)")
    print(f"  deal / contract:               {ratio(runs, 'deal', 'contract')} (goal > 1x)")
    print(f"  icontract / contract:          {ratio(runs, 'icontract', 'contract')} (goal >= 8x)")
    print("full contract (auth, validates, owns, rate_limit memory, returns, audit null sink):")
    for mode, prefix in (("sync", ""), ("async", "a")):
        hand, guarded = f"{prefix}full_by_hand", f"{prefix}full_contract"
        print(f"  {mode:<5} by hand {f[hand]:7.2f}   @contract {f[guarded]:7.2f}   ", end="")
        print(f"ratio {ratio(runs, guarded, hand)} (goal <= 1.15x)")
    print("denial path (owns fails):")
    print(f"  denial         {f['denial']:8.2f}")
    return f


if __name__ == "__main__":
    main()
