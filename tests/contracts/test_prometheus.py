"""Prometheus exposition: one process, several processes, and the runtime without the extra."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from prometheus_client.parser import text_string_to_metric_families

from scaffold.contracts import (
    AuthContext,
    ContractViolationError,
    auth,
    contract,
    prometheus_exposition,
)
from scaffold.contracts.fastapi import mount_monitoring

ALICE = AuthContext(user_id="alice", roles=frozenset({"user"}))

WRITER = textwrap.dedent(
    """
    import sys
    from scaffold.contracts import AuthContext, ContractViolationError, auth, contract

    @contract(requires=[auth("user")], name="mp.work")
    def work(context: AuthContext) -> int:
        return 1

    ok, denied = int(sys.argv[1]), int(sys.argv[2])
    for _ in range(ok):
        work(AuthContext(user_id="u", roles=frozenset({"user"})))
    for _ in range(denied):
        try:
            work(AuthContext.anonymous())
        except ContractViolationError:
            pass
    """
)


@contract(requires=[auth("user")], name="prom.single")
def single(context: AuthContext) -> int:
    return 1


def _samples(text: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    found = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            found[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
    return found


def _labels(**labels: str) -> tuple[tuple[str, str], ...]:
    return tuple(sorted(labels.items()))


def test_single_process_exposition_reads_the_live_metrics() -> None:
    for _ in range(3):
        single(ALICE)
    with pytest.raises(ContractViolationError):
        single(AuthContext.anonymous())
    body, content_type = prometheus_exposition()
    assert content_type.startswith("text/plain")
    samples = _samples(body.decode())
    labels = _labels(contract="prom.single", layer="action")
    assert samples[("scaffold_contract_calls_total", labels)] == 4
    failure = _labels(contract="prom.single", layer="action", cause="AUTHENTICATION_REQUIRED")
    assert samples[("scaffold_contract_failures_total", failure)] == 1
    assert samples[("scaffold_contract_duration_seconds_count", labels)] == 4
    inf = _labels(contract="prom.single", layer="action", le="+Inf")
    assert samples[("scaffold_contract_duration_seconds_bucket", inf)] == 4
    assert ("scaffold_contract_last_failure_timestamp_seconds", labels) in samples
    # The default registry's own collectors come along (process metrics on Linux).
    assert any(name.startswith("python_") for name, _ in samples)


def test_openmetrics_is_served_when_asked_for() -> None:
    single(ALICE)
    body, content_type = prometheus_exposition("application/openmetrics-text; version=1.0.0")
    assert content_type.startswith("application/openmetrics-text")
    assert body.decode().rstrip().endswith("# EOF")


def test_two_worker_processes_are_read_by_one_scrape(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    directory = tmp_path / "prometheus"
    directory.mkdir()
    script = tmp_path / "writer.py"
    script.write_text(WRITER, encoding="utf-8")
    env = {**os.environ, "PROMETHEUS_MULTIPROC_DIR": str(directory)}
    workers = [
        subprocess.Popen([sys.executable, str(script), ok, denied], env=env)
        for ok, denied in (("30", "5"), ("20", "2"))
    ]
    assert [worker.wait(timeout=60) for worker in workers] == [0, 0]
    assert len(list(directory.glob("counter_*.db"))) == 2

    monkeypatch.setenv("PROMETHEUS_MULTIPROC_DIR", str(directory))
    app = FastAPI()
    mount_monitoring(app, role=None)
    response = TestClient(app).get("/metrics")
    assert response.status_code == 200
    samples = _samples(response.text)
    labels = _labels(contract="mp.work", layer="action")
    assert samples[("scaffold_contract_calls_total", labels)] == 57
    failure = _labels(contract="mp.work", layer="action", cause="AUTHENTICATION_REQUIRED")
    assert samples[("scaffold_contract_failures_total", failure)] == 7
    assert samples[("scaffold_contract_duration_seconds_count", labels)] == 57
    inf = _labels(contract="mp.work", layer="action", le="+Inf")
    assert samples[("scaffold_contract_duration_seconds_bucket", inf)] == 57
    assert samples[("scaffold_contract_last_failure_timestamp_seconds", labels)] > 0
    monkeypatch.delenv("PROMETHEUS_MULTIPROC_DIR")  # before the fixture resets the settings


def test_a_running_worker_flushes_its_calls_within_a_second(tmp_path: Path) -> None:
    result = _run(
        """
        import struct
        import time
        from prometheus_client import CollectorRegistry
        from prometheus_client.multiprocess import MultiProcessCollector
        from scaffold.contracts import contract

        @contract(name="mp.idle")
        def idle() -> None:
            return None

        for _ in range(3):
            idle()  # far fewer than a batch: only the periodic flush writes them
        def written() -> float:
            registry = CollectorRegistry()
            MultiProcessCollector(registry)
            try:
                return registry.get_sample_value(
                    "scaffold_contract_calls_total", {"contract": "mp.idle", "layer": "action"}
                ) or 0.0
            except struct.error:  # read while the flush was creating its file: not there yet
                return 0.0

        deadline = time.monotonic() + 30
        while written() < 3 and time.monotonic() < deadline:
            time.sleep(0.1)
        print(written())
        """,
        PROMETHEUS_MULTIPROC_DIR=str(tmp_path),
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "3.0"


def _run(code: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        timeout=60,
        check=False,
    )


def test_the_runtime_works_without_prometheus_client_or_fastapi(tmp_path: Path) -> None:
    result = _run(
        """
        import sys
        for name in ("prometheus_client", "fastapi", "typer", "jinja2", "rich"):
            sys.modules[name] = None  # importing any of them now fails
        from scaffold.contracts import contract, metrics_snapshot, prometheus_exposition

        @contract(name="bare")
        def bare():
            return 1

        bare()
        print([s.executions for s in metrics_snapshot() if s.name == "bare"])
        try:
            prometheus_exposition()
        except ImportError as error:
            print(error)
        """,
        PROMETHEUS_MULTIPROC_DIR=str(tmp_path),
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "[1]",
        "Prometheus metrics need prometheus_client: pip install 'contract-scaffold[prometheus]'",
    ]
    assert "prometheus_client is not installed" in result.stderr


def test_importing_the_runtime_does_not_import_prometheus_client() -> None:
    result = _run(
        """
        import sys
        import scaffold.contracts
        import scaffold.contracts.fastapi
        print("prometheus_client" in sys.modules)
        """
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"
