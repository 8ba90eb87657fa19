"""Smoke passes on the other Python versions this machine has: ``nox -s smoke``.

``.ci/run`` runs the whole suite on its default interpreter, then this on every other version
from 3.10 to 3.13 found here (a missing one is skipped, never downloaded); the GitHub workflow
runs the whole suite on each version from 3.10 to 3.14. nox prints one result line per version.
"""

from __future__ import annotations

import sys

import nox

SUPPORTED = ("3.10", "3.11", "3.12", "3.13")
"""The versions this machine may have; the workflow adds 3.14 (see .github/workflows/ci.yml)."""

DEFAULT = f"{sys.version_info.major}.{sys.version_info.minor}"
SMOKE = (
    "tests/generate/test_function.py",
    "tests/generate/test_names.py",
    "tests/generate/test_pysource.py",
    "tests/contracts/test_decorator.py",
    "tests/contracts/test_conditions.py",
    "tests/contracts/test_fastapi.py",
    "tests/contracts/test_audit.py",
    "tests/contracts/test_resources.py",
    "tests/contracts/test_security_events.py",
    "tests/contracts/test_measure.py",
    "tests/contracts/test_metrics_fork.py",
    "tests/matching/test_match.py",
    "tests/matching/test_text.py",
    "tests/catalog/test_builtin.py",
    "tests/catalog/test_schema.py",
)
"""Generation, runtime, matching and catalog: about 300 tests, under a minute per version."""

nox.options.sessions = ["smoke"]
nox.options.error_on_missing_interpreters = False
nox.options.download_python = "never"
nox.options.default_venv_backend = "uv|virtualenv"  # uv installs in seconds; pip if it is absent


@nox.session(python=[version for version in SUPPORTED if version != DEFAULT])
def smoke(session: nox.Session) -> None:
    """The version-sensitive tests, without the slow end-to-end ones."""
    session.install("-e", ".[test]")
    session.run("python", "-m", "pytest", "-q", "-p", "no:cacheprovider", "-m", "not slow", *SMOKE)
