"""Shared fixtures: every test starts from default runtime settings and an isolated home."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

from scaffold.contracts import reset, reset_metrics, reset_rate_limits
from tests import code_quality


def pytest_addoption(parser: pytest.Parser, pluginmanager: pytest.PytestPluginManager) -> None:
    """Accept the pytest-xdist options of ``addopts`` when it is not loaded (``-p no:xdist``,
    or an environment without it): the suite then runs in this one process."""
    if pluginmanager.has_plugin("xdist"):
        return
    group = parser.getgroup("xdist", "pytest-xdist is not loaded: one process")
    group.addoption("--numprocesses", dest="numprocesses", default=None)
    group.addoption("--dist", dest="dist", default="no")


def pytest_collection_finish(session: pytest.Session) -> None:
    """Start the selected code-quality checks now: they run while the rest of the suite does.

    Not in a pytest-xdist worker: every worker collects every test, and only the one that
    gets a check's test may run it (the test starts it; its group is dealt out early).
    """
    if hasattr(session.config, "workerinput"):
        return
    for item in session.items:
        if item.path.name == "test_code_quality.py" and isinstance(item, pytest.Function):
            code_quality.start(item.callspec.params["name"])


def pytest_sessionfinish(session: pytest.Session) -> None:
    """Leave no check running after the session (its test was interrupted or not reached)."""
    code_quality.stop_all()


@pytest.fixture(scope="session", autouse=True)
def _unfreeze_at_the_end() -> Iterator[None]:
    """Give back what ``_isolated`` froze: some plugins inspect referrers at session end."""
    yield
    gc.unfreeze()


@pytest.fixture(autouse=True)
def _isolated(
    monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[None]:
    """Fresh runtime settings and metrics, no SCAFFOLD_* variables, HOME in a temporary folder."""
    for name in (
        "SCAFFOLD_ENV",
        "SCAFFOLD_RATE_LIMIT_STORAGE",
        "SCAFFOLD_AUDIT_SINK",
        "SCAFFOLD_METRICS",
        "SCAFFOLD_SLOW_CALL_SECONDS",
        "PROMETHEUS_MULTIPROC_DIR",
        "prometheus_multiproc_dir",
    ):
        monkeypatch.delenv(name, raising=False)
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    reset()
    reset_rate_limits()
    reset_metrics()
    yield
    reset()
    # Collect this test's garbage now, so an unclosed connection's ResourceWarning fails this
    # test (filterwarnings = error) on every Python version, not a random later one. Freezing
    # what survives keeps each collection down to the objects the next test creates.
    gc.collect()
    gc.freeze()


@pytest.fixture
def repo_root() -> Path:
    return Path(__file__).resolve().parent.parent
