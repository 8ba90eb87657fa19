"""What the security event costs a denied call: ``python bench/security_events.py``.

Every denial is logged on ``scaffold.security`` whoever calls the guarded function. This times
one denial (``owns`` fails, a CRITICAL event) three ways, round-robin in one process:

- ``silenced``: the logger's level is above CRITICAL, so the wrapper builds no event: the cost
  of the denial itself, as before events were logged outside FastAPI;
- ``handled``: a ``StreamHandler`` writing to memory, what a configured service pays
  (building the JSON, the log record, formatting);
- ``info denial``: an anonymous caller (``AUTHENTICATION_REQUIRED``, an INFO event) with the
  logger at its default WARNING level, so the event is skipped after one level check.
"""

from __future__ import annotations

import io
import logging
import statistics
import timeit

from scaffold.contracts import AuthContext, ContractViolationError, auth, contract, owns

OWNER = AuthContext("alice", frozenset({"user"}))
ANONYMOUS = AuthContext.anonymous("10.0.0.1")


@contract(requires=[auth("user"), owns("user_id")], name="bench.events")
def update(user_id: str, context: AuthContext) -> str:
    return user_id


def denied(context: AuthContext) -> None:
    try:  # noqa: SIM105 - contextlib.suppress would add its own cost to the figure
        update("bob", context)
    except ContractViolationError:
        pass


def main(rounds: int = 9, number: int = 20_000) -> dict[str, float]:
    log = logging.getLogger("scaffold.security")
    log.propagate = False
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    variants = {
        "silenced": (logging.CRITICAL + 10, OWNER, False),
        "handled": (logging.INFO, OWNER, True),
        "info denial": (logging.WARNING, ANONYMOUS, False),
    }
    samples: dict[str, list[float]] = {name: [] for name in variants}
    for _ in range(rounds):
        for name, (level, caller, handled) in variants.items():
            log.setLevel(level)
            if handled:
                log.addHandler(handler)
            seconds = timeit.timeit(lambda c=caller: denied(c), number=number)
            log.removeHandler(handler)
            stream.seek(0)
            stream.truncate()
            samples[name].append(seconds / number * 1e6)
    figures = {name: statistics.median(values) for name, values in samples.items()}
    print("µs per denied call (median of", rounds, "rounds):")
    for name, value in figures.items():
        print(f"  {name:<12} {value:7.2f}")
    print(f"  the event costs {figures['handled'] - figures['silenced']:.2f} µs when handled")
    return figures


if __name__ == "__main__":
    main()
