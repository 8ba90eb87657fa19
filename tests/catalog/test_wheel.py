"""The wheel ships the built-in registry, and an installed package finds it."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from scaffold.catalog import builtin_registry


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build the wheel offline (no build isolation: the test extra installs hatchling)."""
    root = Path(__file__).resolve().parents[2]
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "build",
            "--wheel",
            "--no-isolation",
            "--outdir",
            str(out),
            str(root),
        ],
        check=True,
        capture_output=True,
    )
    (found,) = out.glob("contract_scaffold-*.whl")
    return found


@pytest.mark.slow
def test_the_wheel_contains_every_builtin_template(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    expected = {
        f"scaffold/catalog/builtin/{path.name}" for path in builtin_registry().glob("*.yaml")
    }
    assert len(expected) == 6
    assert expected <= names


@pytest.mark.slow
def test_an_installed_wheel_finds_its_registry(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(site)
    script = (
        "import scaffold, scaffold.catalog as c\n"
        "print(scaffold.__file__)\n"
        "print(c.builtin_registry())\n"
        "print(len(c.load_catalog()))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(site)}
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    module, registry, count = done.stdout.split("\n")[:3]
    assert Path(module).is_relative_to(site)
    assert Path(registry) == site / "scaffold" / "catalog" / "builtin"
    assert count == "6"
