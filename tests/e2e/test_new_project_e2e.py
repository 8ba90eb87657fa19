"""End to end: a generated project installs in a fresh virtual environment and passes its tests.

The project has the six built-in example functions and one more from ``--function``; their
generated contract suites run with the service's own tests.

contract-scaffold is installed from this checkout as a wheel (not editable; built once for the
session), so the run also proves that the wheel carries the built-in template: the project is
created by the installed ``scaffold`` command.

The run never reaches the network: pip works with ``--no-index`` and the fresh environment sees
this environment's packages through a ``.pth`` file, so every requirement the project declares
must already be installed here (the ``test`` extra carries them) or the install fails.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from tests.e2e.environments import fresh_environment, run

pytestmark = pytest.mark.slow


def see_this_environment(env_dir: Path) -> None:
    """Put this environment's site-packages on the fresh one's path, after its own."""
    (site,) = (env_dir / "lib").glob("python*/site-packages")
    ours = [path for path in sys.path if path.endswith("site-packages") and Path(path).is_dir()]
    (site / "zz_parent_environment.pth").write_text("\n".join(ours) + "\n", encoding="utf-8")


def test_generated_project_installs_and_passes_its_tests(
    tmp_path: Path, scaffold_wheel: Path
) -> None:
    env_dir = tmp_path / "venv"
    pip = [*fresh_environment(env_dir), "--no-build-isolation"]
    see_this_environment(env_dir)
    bin_dir = env_dir / "bin"
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"VIRTUAL_ENV", "PYTHONPATH"} and not key.startswith("SCAFFOLD_")
    }
    env["PATH"] = f"{bin_dir}{os.pathsep}{env.get('PATH', '')}"

    run([*pip, str(scaffold_wheel)], cwd=tmp_path, env=env)
    major, minor = min(sys.version_info[:2], (3, 13))  # the template's newest choice
    version = f"{major}.{minor}"
    run(
        [
            str(bin_dir / "scaffold"),
            "new",
            "project",
            "-o",
            str(tmp_path),
            "--no-input",
            "--extra-context",
            "project_name=Orders Service",
            "--extra-context",
            f"python_version={version}",
            "--extra-context",
            "include_examples=yes",
            "--function",
            "archive an order",
        ],
        cwd=tmp_path,
        env=env,
    )
    project = tmp_path / "orders-service"
    run([*pip, "-e", f"{project}[test]"], cwd=project, env=env)

    contracts = sorted(path.name for path in (project / "tests" / "contracts").glob("test_*.py"))
    assert len(contracts) == 7, contracts
    assert "test_archive_order.py" in contracts
    tests = run(
        [str(bin_dir / "python"), "-m", "pytest", "-q", "-p", "no:cacheprovider"],
        cwd=project,
        env=env,
    ).stdout
    assert " passed" in tests
    assert "failed" not in tests
    ruff = [str(bin_dir / "python"), "-m", "ruff"]
    run([*ruff, "check", "--no-cache", "."], cwd=project, env=env)
    run([*ruff, "format", "--no-cache", "--check", "."], cwd=project, env=env)
