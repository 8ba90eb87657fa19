"""Files the user reads or commits get the mode the umask allows, as any editor would give."""

from __future__ import annotations

import os
import stat
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from scaffold.cli import main
from tests.generate.helpers import flat_project

SHOP = Path(__file__).parent.parent / "analyze" / "fixtures" / "fastapi_shop"


@pytest.fixture(params=[0o022, 0o027, 0o002])
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    old = os.umask(request.param)
    try:
        yield request.param
    finally:
        os.umask(old)


def test_agents_md_follows_the_umask(tmp_path: Path, umask: int) -> None:
    project = flat_project(tmp_path / "demo")
    assert main(["docs", "ai", str(project)]) == 0
    assert (project / "AGENTS.md").stat().st_mode & 0o777 == 0o666 & ~umask


def test_an_existing_agents_md_keeps_its_mode(tmp_path: Path, umask: int) -> None:
    project = flat_project(tmp_path / "demo")
    (project / "AGENTS.md").write_text("# Notes\n")
    (project / "AGENTS.md").chmod(0o600)
    assert main(["docs", "ai", str(project)]) == 0
    assert (project / "AGENTS.md").stat().st_mode & 0o777 == 0o600


def test_analyze_reports_follow_the_umask(tmp_path: Path, umask: int) -> None:
    report = tmp_path / "report.md"
    assert main(["analyze", str(SHOP), "-f", "markdown", "-o", str(report), "--no-suggest"]) == 0
    assert report.stat().st_mode & 0o777 == 0o666 & ~umask


def test_generated_functions_follow_the_umask(tmp_path: Path, umask: int) -> None:
    project = flat_project(tmp_path / "demo")
    assert main(["new", "function", "update profile", "--into", str(project)]) == 0
    endpoint = project / "app" / "endpoints" / "update_profile.py"
    assert endpoint.stat().st_mode & 0o777 == 0o666 & ~umask


def test_the_registry_schema_follows_the_umask(tmp_path: Path, umask: int) -> None:
    schema = tmp_path / "registry-schema.json"
    assert main(["registry", "schema", "-o", str(schema)]) == 0
    assert schema.stat().st_mode & 0o777 == 0o666 & ~umask


@pytest.mark.parametrize("command", [["analyze", str(SHOP), "-f", "json"], ["registry", "schema"]])
def test_an_output_that_is_a_pipe_is_written_into_not_replaced(
    tmp_path: Path, command: list[str]
) -> None:
    """``-o /dev/null`` or a named pipe: renaming a temporary file over it would leave a plain
    file where the device or pipe was (as root, a regular /dev/null)."""
    pipe = tmp_path / "report.pipe"
    os.mkfifo(pipe)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_bytes()), daemon=True)
    reader.start()
    code = main([*command, "-o", str(pipe)])
    reader.join(timeout=30)
    assert code == 0
    assert stat.S_ISFIFO(pipe.stat().st_mode)
    assert len(received) == 1
    assert received[0].strip()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.pipe"]
