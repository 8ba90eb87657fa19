"""Shared fixtures: every test starts from default runtime settings and an isolated home."""

from __future__ import annotations

import gc
import os
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from hypothesis import settings

from scaffold.contracts import reset, reset_metrics, reset_rate_limits
from tests import code_quality

if TYPE_CHECKING:
    from xdist.workermanage import WorkerController

# Property tests draw the same examples on every run (a seed per test), so the suite, CI's run
# included, passes or fails the same way each time; HYPOTHESIS_PROFILE=explore draws new ones,
# more of them, to look for a failure worth keeping as an @example.
settings.register_profile("repeatable", derandomize=True, database=None)
settings.register_profile("explore", max_examples=1000, database=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))


def pytest_addoption(parser: pytest.Parser, pluginmanager: pytest.PytestPluginManager) -> None:
    """Accept the pytest-xdist options of ``addopts`` when it is not loaded (``-p no:xdist``,
    or an environment without it): the suite then runs in this one process."""
    if pluginmanager.has_plugin("xdist"):
        return
    group = parser.getgroup("xdist", "pytest-xdist is not loaded: one process")
    group.addoption("--numprocesses", dest="numprocesses", default=None)
    group.addoption("--dist", dest="dist", default="no")


def pytest_configure(config: pytest.Config) -> None:
    """In a pytest-xdist worker: read the code-quality results the controller publishes."""
    folder = getattr(config, "workerinput", {}).get(_CHECKS_FOLDER)
    if folder is not None:
        code_quality.read_results_from(Path(folder))


def pytest_collection_finish(session: pytest.Session) -> None:
    """Start the selected code-quality checks now: they run while the rest of the suite does.

    Not in a pytest-xdist worker: there the controlling process starts them (below).
    """
    if hasattr(session.config, "workerinput"):
        return
    for name in _selected_checks(item.nodeid for item in session.items):
        code_quality.start(name)


@pytest.hookimpl(optionalhook=True)
def pytest_configure_node(node: WorkerController) -> None:
    """Tell each pytest-xdist worker where the controller publishes the checks' results."""
    node.workerinput[_CHECKS_FOLDER] = str(_checks_folder(node.config))


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_node_collection_finished(node: WorkerController, ids: list[str]) -> None:
    """Start the checks the workers collected, once, before any test is dealt out."""
    folder = _checks_folder(node.config)
    for name in _selected_checks(ids):
        code_quality.start(name, background=False, publish_to=folder)


def pytest_sessionfinish(session: pytest.Session) -> None:
    """Leave no check running after the session (its test was interrupted or not reached)."""
    code_quality.stop_all()


def pytest_unconfigure(config: pytest.Config) -> None:
    folder = config.stash.get(_checks_folder_key, None)
    if folder is not None:
        shutil.rmtree(folder, ignore_errors=True)


_CHECKS_FOLDER = "scaffold_code_quality_results"
_checks_folder_key = pytest.StashKey[Path]()


def _checks_folder(config: pytest.Config) -> Path:
    """The folder the controller publishes the checks' results into (made on first use)."""
    if _checks_folder_key not in config.stash:
        config.stash[_checks_folder_key] = Path(tempfile.mkdtemp(prefix="scaffold-checks-"))
    return config.stash[_checks_folder_key]


def _selected_checks(nodeids: Iterable[str]) -> list[str]:
    """The code-quality checks whose test is among ``nodeids``."""
    prefix = "tests/test_code_quality.py::test_the_tree_is_clean["
    return [
        nodeid.removeprefix(prefix).removesuffix("]")
        for nodeid in nodeids
        if nodeid.startswith(prefix)
    ]


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
