"""Prometheus exposition of the contract metrics (the ``prometheus`` extra, imported lazily).

Metric names, labelled by ``contract`` and ``layer``::

    scaffold_contract_calls_total                     counter
    scaffold_contract_failures_total{cause=...}       counter
    scaffold_contract_duration_seconds                histogram (buckets: LATENCY_BUCKETS)
    scaffold_contract_last_failure_timestamp_seconds  gauge

One process (no ``PROMETHEUS_MULTIPROC_DIR``): a collector reads the in-process metrics when
Prometheus scrapes, so the hot path pays nothing for Prometheus; it is registered in
``prometheus_client``'s default registry, next to the process metrics and your own.

Several worker processes (gunicorn, ``uvicorn --workers``): set ``PROMETHEUS_MULTIPROC_DIR``
to an empty directory before the workers start. The calls are then also written, in the batches
the metrics fold (every ``FOLD_SECONDS``, a fraction of a second), to ``prometheus_client``'s
per-process files, and a scrape of any worker reads all of them through
``MultiProcessCollector``: the figures cover every worker, whichever one answers.
"""

from __future__ import annotations

import atexit
import logging
import os
import threading
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from scaffold.contracts._metrics import (
    LATENCY_BUCKETS,
    RECORDER,
    ContractMetrics,
    fold_all,
    metrics_snapshot,
)

if TYPE_CHECKING:
    from prometheus_client.metrics_core import Metric
    from prometheus_client.registry import CollectorRegistry

__all__ = [
    "MULTIPROC_VARIABLE",
    "multiprocess_dir",
    "prometheus_exposition",
    "require_prometheus",
    "sync_exporter",
]

MULTIPROC_VARIABLE = "PROMETHEUS_MULTIPROC_DIR"
CALLS = "scaffold_contract_calls"
FAILURES = "scaffold_contract_failures"
DURATION = "scaffold_contract_duration_seconds"
LAST_FAILURE = "scaffold_contract_last_failure_timestamp_seconds"
_HELP = {
    CALLS: "Calls to a function guarded by a contract.",
    FAILURES: "Calls that failed, by cause type (a denial's code, or EXCEPTION).",
    DURATION: (
        "Duration of the timed guarded calls, checks included: every call up to 1,000 a "
        "second per contract, an unbiased random sample above (the calls counter counts all)."
    ),
    LAST_FAILURE: "Unix time of the contract's last failure.",
}

_log = logging.getLogger("scaffold.contracts")
_lock = threading.Lock()


def multiprocess_dir() -> str | None:
    """The multiprocess directory prometheus_client uses, or None in single-process mode."""
    return os.environ.get(MULTIPROC_VARIABLE) or os.environ.get(MULTIPROC_VARIABLE.lower())


def require_prometheus() -> None:
    """Raise an ImportError that says how to install the extra when prometheus_client is missing."""
    try:
        import prometheus_client  # noqa: F401 - only checking it is installed
    except ImportError:
        raise ImportError(
            "Prometheus metrics need prometheus_client: pip install 'contract-scaffold[prometheus]'"
        ) from None


class ContractCollector:
    """Reads the in-process metrics at scrape time (single-process mode)."""

    def collect(self) -> Iterator[Metric]:
        from prometheus_client.core import (
            CounterMetricFamily,
            GaugeMetricFamily,
            HistogramMetricFamily,
        )

        labels = ["contract", "layer"]
        calls = CounterMetricFamily(CALLS, _HELP[CALLS], labels=labels)
        failures = CounterMetricFamily(FAILURES, _HELP[FAILURES], labels=[*labels, "cause"])
        duration = HistogramMetricFamily(DURATION, _HELP[DURATION], labels=labels)
        last = GaugeMetricFamily(LAST_FAILURE, _HELP[LAST_FAILURE], labels=labels)
        for snapshot in metrics_snapshot():
            values = [snapshot.name, snapshot.layer]
            calls.add_metric(values, snapshot.executions)
            for cause, count in sorted(snapshot.failures_by_cause.items()):
                failures.add_metric([*values, cause], count)
            cumulative, buckets = 0, []
            for bound, count in zip(LATENCY_BUCKETS, snapshot.bucket_counts[:-1], strict=True):
                cumulative += count
                buckets.append((repr(float(bound)), cumulative))
            buckets.append(("+Inf", snapshot.timed_calls))
            duration.add_metric(values, buckets, snapshot.total_seconds)
            if snapshot.last_failure is not None:
                last.add_metric(values, snapshot.last_failure)
        yield from (calls, failures, duration, last)


class _MultiprocessExporter:
    """Writes folded batches to prometheus_client's per-process files (multiprocess mode).

    A file-backed value costs a lock and an mmap write, several microseconds: written per call
    it would dwarf the metrics themselves. So batches are written when they are folded (by
    the metrics' background thread every ``FOLD_SECONDS``, by readers, and at exit): a scrape
    lags a worker's calls by about that long.

    Created once per process: two metric objects of one name would each keep their own idea
    of the value in the shared file.
    """

    def __init__(self) -> None:
        from prometheus_client import Counter, Gauge, Histogram

        labels = ("contract", "layer")
        self.calls = Counter(CALLS, _HELP[CALLS], labels, registry=None)
        self.failures = Counter(FAILURES, _HELP[FAILURES], (*labels, "cause"), registry=None)
        self.duration = Histogram(
            DURATION, _HELP[DURATION], labels, buckets=LATENCY_BUCKETS, registry=None
        )
        self.last_failure = Gauge(
            LAST_FAILURE, _HELP[LAST_FAILURE], labels, multiprocess_mode="max", registry=None
        )

    def _children(self, metrics: ContractMetrics) -> tuple[Any, ...]:
        cache = metrics.export_cache
        if not (isinstance(cache, tuple) and cache[0] is self):
            values = (metrics.name, metrics.layer)
            cache = metrics.export_cache = (
                self,
                self.calls.labels(*values),
                self.duration.labels(*values),
                self.last_failure.labels(*values),
                {},
            )
        return cache

    def flush(
        self,
        metrics: ContractMetrics,
        calls: int,
        durations: list[float],
        bucket_deltas: list[int],
        causes: Mapping[str, int],
    ) -> None:
        _, counter, histogram, last_failure, failures = self._children(metrics)
        if calls:
            counter.inc(calls)
        if durations:
            _observe(histogram, durations, bucket_deltas)
        for cause, count in causes.items():
            child = failures.get(cause)
            if child is None:
                child = failures[cause] = self.failures.labels(metrics.name, metrics.layer, cause)
            child.inc(count)
        if causes and metrics.last_failure is not None:
            last_failure.set(metrics.last_failure)


def _observe(histogram: Any, durations: list[float], bucket_deltas: list[int]) -> None:
    """Add a batch to a histogram child: one write per bucket, not one per call.

    prometheus_client has no public batch API; its child keeps ``_sum`` and ``_buckets``
    (one value per bucket, ``+Inf`` last). When those are not what we expect, fall back to
    ``observe`` per duration, which is always right, only slower.
    """
    buckets = getattr(histogram, "_buckets", None)
    total = getattr(histogram, "_sum", None)
    if (
        isinstance(buckets, list)
        and len(buckets) == len(bucket_deltas)
        and all(hasattr(value, "inc") for value in buckets)
        and hasattr(total, "inc")
    ):
        total.inc(sum(durations))  # type: ignore[union-attr]
        for value, delta in zip(buckets, bucket_deltas, strict=True):
            if delta:
                value.inc(delta)
        return
    for duration in durations:
        histogram.observe(duration)


class _State:
    exporter: _MultiprocessExporter | None = None
    registered = False


_state = _State()


def sync_exporter(enabled: bool) -> None:
    """Install the multiprocess exporter when the environment asks for it; called by settings."""
    if not (enabled and multiprocess_dir()):
        RECORDER.exporter = None
        return
    with _lock:
        if _state.exporter is None:
            try:
                exporter = _MultiprocessExporter()
            except ImportError:
                _log.warning(
                    "%s is set but prometheus_client is not installed; contract metrics stay "
                    "in this process (pip install 'contract-scaffold[prometheus]')",
                    MULTIPROC_VARIABLE,
                )
                return
            atexit.register(fold_all)
            _state.exporter = exporter
    RECORDER.exporter = _state.exporter


def _default_registry() -> CollectorRegistry:
    from prometheus_client import REGISTRY

    with _lock:
        if not _state.registered:
            REGISTRY.register(ContractCollector())
            _state.registered = True
    return REGISTRY


def prometheus_exposition(accept: str | None = None) -> tuple[bytes, str]:
    """The body and content type of a scrape (``accept`` is the request's Accept header).

    In multiprocess mode the body aggregates every worker's files; otherwise it is the
    default registry, the contracts included.
    """
    require_prometheus()
    from prometheus_client import CollectorRegistry
    from prometheus_client.exposition import choose_encoder

    path = multiprocess_dir()
    if path:
        from prometheus_client.multiprocess import MultiProcessCollector

        registry = CollectorRegistry()
        MultiProcessCollector(registry, path=path)  # type: ignore[no-untyped-call]
    else:
        registry = _default_registry()
    encoder, content_type = choose_encoder(accept or "")
    return encoder(registry), content_type
