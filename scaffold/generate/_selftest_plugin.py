"""pytest plugin of the self-test's child run: a semantic mutant stops at its first failure.

A semantic mutant is caught as soon as one generated test fails on it, so its other tests
cannot change its score: they are skipped once one has failed. Its tests run last-planned
first, because the scenarios that pin what a clause means (a per-user key, a window, the path
over the body, a 404 for another key) are planned after the generic refusals that any mutant
of the same file passes. Clause mutants and the suite as generated are left alone: every one
of their tests must run.

The folders of the semantic mutants come in ``SCAFFOLD_SELFTEST_SEMANTIC`` (``os.pathsep``
separated); the plugin is loaded with ``-p`` by ``_selftest._run`` and does nothing else.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the harness imports this module for its constant: no pytest there
    import pytest

SEMANTIC_FOLDERS = "SCAFFOLD_SELFTEST_SEMANTIC"

_semantic = frozenset(filter(None, os.environ.get(SEMANTIC_FOLDERS, "").split(os.pathsep)))
_caught: set[str] = set()


def _folder(nodeid: str) -> str:
    """The mutant's folder: node ids are relative to the run's root, ``/``-separated."""
    return nodeid.split("/", 1)[0]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Run each semantic mutant's tests in reverse; everything else keeps its order."""
    runs: dict[str, list[pytest.Item]] = {}
    for item in items:
        runs.setdefault(_folder(item.nodeid), []).append(item)
    items[:] = [
        item
        for folder, run in runs.items()
        for item in (reversed(run) if folder in _semantic else run)
    ]


def pytest_runtest_setup(item: pytest.Item) -> None:
    if _folder(item.nodeid) in _caught:
        import pytest

        pytest.skip("the semantic mutant is already caught")


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    folder = _folder(report.nodeid)
    if report.failed and folder in _semantic:
        _caught.add(folder)
