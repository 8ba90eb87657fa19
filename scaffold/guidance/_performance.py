"""The AI guide's performance section: what the runtime costs and what to watch.

The costs are the figures ``bench/bench_runtime.py`` and ``bench/metrics_overhead.py`` measured
(reported in docs/performance.md; a test keeps the two in step). The thresholds, the window and
the routes are read from the runtime itself, so the guide says what the service really does.
"""

from __future__ import annotations

from scaffold.contracts import MONITORING_ROUTES, WINDOW_SIZE, HealthThresholds

__all__ = ["MEASURED_COSTS", "performance_lines"]

MEASURED_COSTS: tuple[tuple[str, str], ...] = (
    ("`@contract` with three cheap checks, call allowed", "0.66-0.83 µs"),
    ("`@contract` with three realistic checks (session expiry, role ranks)", "1.94-3.39 µs"),
    (
        "the full contract (`auth`, `validates`, `owns`, `rate_limit` in memory, `returns`, "
        "`audit_log`), sync",
        "14.5-24.1 µs",
    ),
    ("the same checks written by hand", "12.3-21.7 µs"),
    ("a denied call", "4.5-8.6 µs"),
    ("recording metrics, per call", "0.17-0.37 µs"),
)
"""(what, median CPU cost per call) on the development machine, Python 3.11, metrics on."""


def _ms(seconds: float | None) -> str:
    return "never" if seconds is None else f"{seconds * 1000:,.0f} ms"


def performance_lines() -> list[str]:
    """The Markdown lines of the section, its heading included."""
    limits = HealthThresholds()
    lines = [
        "## Performance",
        "",
        "A contract costs microseconds; a request costs far more (routing, JSON, the database). "
        "Measured costs per call (median, `bench/` in the scaffold repository):",
        "",
        "| Call | Cost |",
        "| --- | --- |",
    ]
    lines += [f"| {what} | {cost} |" for what, cost in MEASURED_COSTS]
    lines += [
        "",
        "So: do not remove or merge conditions to save time, and do not cache their answers "
        "yourself. What is slow is I/O: Redis for rate limits (shared storage) and the audit "
        "sink's database. Keep the function body's own I/O out of conditions.",
        "",
        "What to watch, from `mount_monitoring(app)` (admin only unless made public):",
        "",
        "| Route | What it shows |",
        "| --- | --- |",
    ]
    lines += [f"| `GET {path}` | {what} |" for _, path, what in MONITORING_ROUTES]
    lines += [
        "",
        f"Each contract is judged over its last {WINDOW_SIZE:,} calls: p95 latency above "
        f"{_ms(limits.p95_warning_seconds)} is a warning, above "
        f"{_ms(limits.p95_critical_seconds)} critical; service failures (the function raised, "
        f"a check crashed, output or audit failed) above {limits.failure_warning:.0%} are a "
        f"warning, above {limits.failure_critical:.0%} critical. Denials a client provokes "
        "(401, 403, 422, 429) are shown but do not change the status. A single call slower "
        "than `SCAFFOLD_SLOW_CALL_SECONDS` (1 s) is logged as a warning. Time other work "
        "(a repository call, a job) with `measure_contract(name, fn)` to see it there too.",
    ]
    return lines
