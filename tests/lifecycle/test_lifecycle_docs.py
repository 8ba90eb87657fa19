"""docs/lifecycle.md: every console example runs, and prints what the page shows."""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest

from scaffold.cli import main

ROOT = Path(__file__).resolve().parents[2]
PAGE = ROOT / "docs" / "lifecycle.md"


def _steps() -> list[tuple[str, list[str]]]:
    """(command, expected output lines) for each ``$`` line of the page's console blocks."""
    steps: list[tuple[str, list[str]]] = []
    for block in re.findall(r"```console\n(.*?)```", PAGE.read_text(encoding="utf-8"), re.S):
        for line in block.splitlines():
            if line.startswith("$ "):
                steps.append((line[2:], []))
            elif line.strip():
                steps[-1][1].append(line)
    return steps


def _in_order(expected: list[str], output: str) -> list[str]:
    """The expected lines not found, in order, among the output's lines."""
    lines = output.splitlines()
    position = 0
    missing = []
    for wanted in expected:
        for index in range(position, len(lines)):
            if wanted in lines[index]:
                position = index + 1
                break
        else:
            missing.append(wanted)
    return missing


def test_the_page_runs_as_shown(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copytree(ROOT / "docs/examples/demo-service", tmp_path / "demo")
    shutil.copytree(ROOT / "registry", tmp_path / "registry")
    monkeypatch.chdir(tmp_path)
    steps = _steps()
    assert len(steps) >= 12
    for command, expected in steps:
        if command.startswith("scaffold "):
            main(shlex.split(command)[1:])
            captured = capsys.readouterr()
            output = captured.out + captured.err
        else:
            completed = subprocess.run(
                ["bash", "-c", command], cwd=tmp_path, capture_output=True, text=True, check=False
            )
            assert completed.returncode == 0, f"{command}: {completed.stderr}"
            output = completed.stdout
        assert _in_order(expected, output) == [], f"{command} printed:\n{output}"
