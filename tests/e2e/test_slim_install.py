"""A generated service installs the runtime alone: none of the CLI's dependencies come with it.

The project (Redis rate limits and a PostgreSQL audit sink, so every runtime extra it can ask
for is asked for) and contract-scaffold (once for the session) are built as wheels from this
checkout; every other
requirement comes from a wheelhouse packed from this environment's distributions, which holds
the CLI's dependencies too. pip resolves offline (``--no-index``) and installs only what the
project requires, so a CLI dependency in the runtime's requirements would be installed and
found here.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import tomllib
from packaging.utils import canonicalize_name

from tests.e2e.environments import build_wheel, fresh_environment, run
from tests.e2e.wheelhouse import repack, requirement_closure

pytestmark = pytest.mark.slow

CLI_ONLY = ["typer", "rich", "cookiecutter", "jinja2", "libcst", "rapidfuzz", "snowballstemmer"]


def test_a_generated_project_installs_no_cli_dependency(
    tmp_path: Path, repo_root: Path, scaffold_wheel: Path
) -> None:
    wheels = tmp_path / "wheels"
    wheels.mkdir()
    run(
        [
            sys.executable,
            *("-m", "scaffold", "new", "project", "--no-input", "-o", str(tmp_path)),
            *("--extra-context", "project_name=Slim Service"),
            *("--extra-context", "rate_limit_storage=redis"),
            *("--extra-context", "audit_sink=postgres"),
        ],
        repo_root,
    )
    project = tmp_path / "slim-service"
    shutil.copy2(scaffold_wheel, wheels)
    build_wheel(project, wheels)

    # Offer everything the project could pull in, and the CLI's dependencies on top.
    declared = tomllib.loads((project / "pyproject.toml").read_text(encoding="utf-8"))
    offered = requirement_closure(
        [*declared["project"]["dependencies"], "contract-scaffold[cli]"],
        skip={"contract-scaffold"},
    )
    assert set(CLI_ONLY) <= offered
    for name in sorted(offered):
        repack(name, wheels)

    env_dir = tmp_path / "venv"
    pip = fresh_environment(env_dir)
    python = str(env_dir / "bin" / "python")
    env = {k: v for k, v in os.environ.items() if k not in {"VIRTUAL_ENV", "PYTHONPATH"}}
    (project_wheel,) = wheels.glob("slim_service-*.whl")
    run([*pip, "--find-links", str(wheels), str(project_wheel)], tmp_path, env)

    listed = run(
        [
            python,
            "-c",
            "import json, importlib.metadata as m;"
            "print(json.dumps(sorted(d.metadata['Name'] for d in m.distributions())))",
        ],
        tmp_path,
        env,
    )
    installed = {canonicalize_name(name) for name in json.loads(listed.stdout)}
    assert {"contract-scaffold", "slim-service", "fastapi", "redis", "psycopg"} <= installed
    assert installed.isdisjoint(CLI_ONLY), sorted(installed & set(CLI_ONLY))

    # The service itself imports and builds its app with the runtime alone (its audit database
    # is not running here: the import check writes audit records to memory instead).
    run(
        [python, "-c", "import slim_service.main"],
        tmp_path,
        {**env, "SCAFFOLD_AUDIT_SINK": "memory"},
    )

    # The `scaffold` command is installed but says in one line how to get its dependencies.
    done = subprocess.run(
        [str(env_dir / "bin" / "scaffold"), "--help"],
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    assert done.returncode == 1
    assert done.stdout == ""
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr
    assert 'pip install "contract-scaffold[cli]"' in lines[0]
