"""Fresh virtual environments for the end-to-end tests, and the wheels installed into them.

A fresh environment is made without pip: this environment's pip installs into it
(``pip --python``), which spares the 5-15 s ``ensurepip`` takes to install a copy of pip in
each one. What gets installed, and from where, is the same.
"""

from __future__ import annotations

import subprocess
import sys
import venv
from importlib import metadata
from pathlib import Path

from packaging.version import Version

_PIP_PYTHON_OPTION = Version("22.3")  # the first pip with --python


def run(
    args: list[str], cwd: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run ``args``; fail the test with the command and its output if it fails."""
    done = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 0, f"{' '.join(args)}\n{done.stdout}\n{done.stderr}"
    return done


def build_wheel(source: Path, outdir: Path) -> None:
    """Build the project at ``source`` as a wheel into ``outdir``, offline."""
    run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "-o", str(outdir), "."], source
    )


def fresh_environment(env_dir: Path) -> list[str]:
    """Create a virtual environment at ``env_dir``; the ``pip`` command that installs into it.

    The command installs offline (``--no-index``): the caller adds where packages come from.
    """
    own_pip = Version(metadata.version("pip")) >= _PIP_PYTHON_OPTION
    venv.create(env_dir, with_pip=not own_pip)
    python = str(env_dir / "bin" / "python")
    pip = [sys.executable, "-m", "pip", "--python", python] if own_pip else [python, "-m", "pip"]
    return [*pip, "install", "-q", "--disable-pip-version-check", "--no-index"]
