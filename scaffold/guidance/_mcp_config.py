"""Whether a project registers the ``scaffold mcp`` server with its AI coding tools.

"Configured" means a project-level MCP configuration file of a common client names the
server: ``.mcp.json`` (Claude Code and others, key ``mcpServers``), ``.cursor/mcp.json``
(Cursor, ``mcpServers``) or ``.vscode/mcp.json`` (VS Code, ``servers``), with an entry whose
command line runs ``scaffold mcp`` (directly, through ``uvx``/``pipx run``, or as
``python -m scaffold mcp``). A file that is not valid JSON (VS Code also reads comments) is
not read: add the server to a plain-JSON file to be found.
"""

from __future__ import annotations

import json
import shlex
from collections.abc import Sequence
from pathlib import Path
from typing import Any

__all__ = ["MCP_CONFIG_FILES", "find_mcp_configs", "runs_scaffold_mcp"]

MCP_CONFIG_FILES = (".mcp.json", ".cursor/mcp.json", ".vscode/mcp.json")
_SERVER_KEYS = ("mcpServers", "servers")
_EXECUTABLES = frozenset({"scaffold", "scaffold.exe"})


def runs_scaffold_mcp(command: Sequence[str]) -> bool:
    """Whether a command line (program then arguments) starts the scaffold MCP server."""
    words = [Path(word).name if index == 0 else word for index, word in enumerate(command)]
    for index, word in enumerate(words[:-1]):
        if word in _EXECUTABLES and words[index + 1] == "mcp":
            return True
        if words[index : index + 3] == ["-m", "scaffold", "mcp"]:
            return True
    return False


def _command_of(entry: Any) -> list[str]:
    if not isinstance(entry, dict):
        return []
    command, args = entry.get("command"), entry.get("args", [])
    if not isinstance(command, str) or not isinstance(args, list):
        return []
    try:
        program = shlex.split(command)  # some clients take "scaffold mcp" as one string
    except ValueError:
        return []
    return [*program, *(arg for arg in args if isinstance(arg, str))]


def find_mcp_configs(directory: Path) -> list[str]:
    """The configuration files under ``directory`` that register ``scaffold mcp``."""
    found = []
    for name in MCP_CONFIG_FILES:
        path = directory / name
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError):
            continue
        if not isinstance(data, dict):
            continue
        servers = [
            entry
            for key in _SERVER_KEYS
            if isinstance(data.get(key), dict)
            for entry in data[key].values()
        ]
        if any(runs_scaffold_mcp(_command_of(entry)) for entry in servers):
            found.append(name)
    return found
