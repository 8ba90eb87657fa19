"""docs/ai-guidance.md: its client snippets are valid and found, its tool table is the server's."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from scaffold.guidance import find_mcp_configs
from scaffold.mcp import build_server

DOC = Path(__file__).resolve().parents[2] / "docs" / "ai-guidance.md"
TEXT = DOC.read_text(encoding="utf-8")
SNIPPETS = re.findall(r"```json\n(.*?)```", TEXT, re.S)
PROJECT_FILES = {"mcpServers": ".mcp.json", "servers": ".vscode/mcp.json"}


def test_there_is_a_snippet_for_each_common_client() -> None:
    assert len(SNIPPETS) == 4
    for client in ("Claude Desktop", "Claude Code", "Cursor", "VS Code"):
        assert client in TEXT


@pytest.mark.parametrize("snippet", SNIPPETS)
def test_each_snippet_is_json_that_counts_as_configured(tmp_path: Path, snippet: str) -> None:
    data = json.loads(snippet)
    [key] = data
    target = tmp_path / PROJECT_FILES[key]
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(snippet, encoding="utf-8")
    assert find_mcp_configs(tmp_path) == [PROJECT_FILES[key]]


async def test_the_tool_table_lists_the_server_tools(tmp_path: Path) -> None:
    listed = {tool.name for tool in await build_server(tmp_path).list_tools()}
    section = TEXT[TEXT.index("### Tools") : TEXT.index("### What the server refuses")]
    documented = set(re.findall(r"^\| `(\w+)` \|", section, re.M))
    assert documented == listed
