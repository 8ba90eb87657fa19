from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.servers import redis_server


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real redis-server for this test module."""
    workdir: Path = tmp_path_factory.mktemp("redis")
    with redis_server(workdir) as url:
        yield url


@pytest.fixture
def every_call_timed(monkeypatch: pytest.MonkeyPatch) -> None:
    """Time every call whatever the traffic, so a test can compare every figure exactly.

    Sampling (above ``TIMED_PER_SECOND``) is tested on its own in test_metrics_sampling.py.
    """
    from scaffold.contracts import _metrics

    monkeypatch.setattr(_metrics, "TIMED_PER_SECOND", float("inf"))
