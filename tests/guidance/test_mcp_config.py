"""AGENTS.md mentions the MCP server when, and only when, the project registers it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from scaffold.cli import main
from scaffold.guidance import find_mcp_configs, plan_agents_md, runs_scaffold_mcp

SECTION = "## MCP server"


def _write(root: Path, name: str, data: object) -> None:
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data), encoding="utf-8")


@pytest.mark.parametrize(
    "command",
    [
        ["scaffold", "mcp"],
        ["/home/me/.venv/bin/scaffold", "mcp", "--root", "."],
        ["uvx", "--from", "contract-scaffold[mcp]", "scaffold", "mcp"],
        ["python", "-m", "scaffold", "mcp"],
    ],
)
def test_command_lines_that_start_the_server(command: list[str]) -> None:
    assert runs_scaffold_mcp(command)


@pytest.mark.parametrize(
    "command",
    [["scaffold", "match", "mcp"], ["mcp-server-git"], ["scaffold"], ["npx", "scaffold-mcp"], []],
)
def test_command_lines_that_do_not(command: list[str]) -> None:
    assert not runs_scaffold_mcp(command)


def test_each_client_file_is_found_by_its_own_key(tmp_path: Path) -> None:
    server = {"command": "scaffold", "args": ["mcp"]}
    _write(tmp_path, ".mcp.json", {"mcpServers": {"scaffold": server}})
    _write(tmp_path, ".cursor/mcp.json", {"mcpServers": {"contracts": server}})
    _write(tmp_path, ".vscode/mcp.json", {"servers": {"scaffold": {"type": "stdio", **server}}})
    assert find_mcp_configs(tmp_path) == [".mcp.json", ".cursor/mcp.json", ".vscode/mcp.json"]


def test_other_servers_broken_files_and_odd_shapes_are_not_configured(tmp_path: Path) -> None:
    _write(tmp_path, ".mcp.json", {"mcpServers": {"git": {"command": "uvx", "args": ["mcp-git"]}}})
    (tmp_path / ".vscode").mkdir()
    (tmp_path / ".vscode/mcp.json").write_text('{"servers": {// a comment\n}}', encoding="utf-8")
    _write(tmp_path, ".cursor/mcp.json", {"mcpServers": ["scaffold", "mcp"]})
    assert find_mcp_configs(tmp_path) == []


def test_agents_md_mentions_the_server_only_when_configured(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert SECTION not in plan_agents_md(tmp_path).new
    _write(tmp_path, ".mcp.json", {"mcpServers": {"scaffold": {"command": "scaffold mcp"}}})
    assert main(["docs", "ai", str(tmp_path)]) == 0
    written = (tmp_path / "AGENTS.md").read_text(encoding="utf-8")
    assert SECTION in written
    assert "registers the contract-scaffold MCP server (`scaffold mcp`) in `.mcp.json`" in written
    assert written.index(SECTION) < written.index("## Templates")
    capsys.readouterr()
    assert main(["docs", "ai", str(tmp_path), "--check"]) == 0
