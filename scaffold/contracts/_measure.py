"""``measure_contract``: time any function into the contract metrics, with no conditions.

For code that needs the numbers (health, Prometheus, the dashboard) but not the checks: a
repository call, an outgoing HTTP request, a whole background job. A call is counted as a
success, as the cause of a ``ContractViolationError`` it lets through, or as ``EXCEPTION``.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from typing import Any, TypeVar, overload

from scaffold.contracts._contract import LAYERS, ContractInfo, Layer
from scaffold.contracts._errors import ContractDefinitionError, ContractViolationError
from scaffold.contracts._metrics import CLOCK, EXCEPTION, RECORDER, ContractMetrics, metrics_for

__all__ = ["measure_contract"]

F = TypeVar("F", bound=Callable[..., Any])


def _cause(error: Exception) -> str:
    return error.cause.type.value if isinstance(error, ContractViolationError) else EXCEPTION


def _timed(fn: Callable[..., Any], metrics: ContractMetrics) -> Callable[..., Any]:
    if inspect.iscoroutinefunction(fn):

        @functools.wraps(fn)
        async def timed_async(*args: Any, **kwargs: Any) -> Any:
            if not RECORDER.enabled:
                return await fn(*args, **kwargs)
            start = CLOCK()
            try:
                result = await fn(*args, **kwargs)
            except Exception as error:
                metrics.record(CLOCK() - start, _cause(error))
                raise
            metrics.record(CLOCK() - start, None)
            return result

        return timed_async

    @functools.wraps(fn)
    def timed(*args: Any, **kwargs: Any) -> Any:
        if not RECORDER.enabled:
            return fn(*args, **kwargs)
        start = CLOCK()
        try:
            result = fn(*args, **kwargs)
        except Exception as error:
            metrics.record(CLOCK() - start, _cause(error))
            raise
        metrics.record(CLOCK() - start, None)
        return result

    return timed


@overload
def measure_contract(name: str, fn: F, *, layer: Layer = "action") -> F: ...


@overload
def measure_contract(
    name: str, fn: None = None, *, layer: Layer = "action"
) -> Callable[[F], F]: ...


def measure_contract(
    name: str, fn: Callable[..., Any] | None = None, *, layer: Layer = "action"
) -> Any:
    """Time ``fn`` under the contract name ``name``: ``measure_contract("db.save", save)``.

    Without ``fn`` it is a decorator: ``@measure_contract("db.save")``. The numbers land where
    ``@contract`` puts its own (same name, same metrics), so health, Prometheus and the
    dashboard show them; ``configure(metrics=False)`` turns the timing off. A cancelled call is
    not counted.
    """
    if not isinstance(name, str) or not name.strip():
        raise ContractDefinitionError("measure_contract() needs a non-empty contract name")
    if layer not in LAYERS:
        raise ContractDefinitionError(f"layer must be one of {', '.join(LAYERS)}, got {layer!r}")
    if fn is None:
        return lambda function: measure_contract(name, function, layer=layer)
    if not callable(fn):
        raise ContractDefinitionError(f"measure_contract() times functions, got {fn!r}")
    # The wrapper holds the metrics (the registry keeps them only while someone does).
    timed = _timed(fn, metrics_for(name, layer))
    timed.__contract__ = ContractInfo(name, layer, (), (), ())  # type: ignore[attr-defined]
    return timed
