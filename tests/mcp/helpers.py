"""Helpers for the MCP server tests: the real server over stdio, driven by the SDK's client.

``connect`` starts ``scaffold mcp`` as a child process and talks to it over stdio, as an
assistant does; ``connect_in_process`` serves the same ``build_server(root)`` in the test's own
process, for tests whose point is what a tool answers rather than the transport.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from mcp import Client, ClientSession, StdioServerParameters, stdio_client
from mcp.types import CallToolResult, TextContent

REPO = Path(__file__).resolve().parents[2]
DEMO_SERVICE = REPO / "docs" / "examples" / "demo-service"


def copy_demo(target: Path) -> Path:
    """A fresh copy of the demo service (the project the docs generate into)."""
    shutil.copytree(DEMO_SERVICE, target)
    return target


def server_parameters(root: Path) -> StdioServerParameters:
    """``scaffold mcp --root ROOT`` with this interpreter, HOME as the test isolated it."""
    return StdioServerParameters(
        command=sys.executable,
        args=["-m", "scaffold", "mcp", "--root", str(root)],
        env={
            name: os.environ[name]
            for name in ("HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME", "PYTHONPATH")
            if name in os.environ
        },
    )


@asynccontextmanager
async def connect(root: Path) -> AsyncIterator[ClientSession]:
    """A client session with a server started at ``root``; the server stops on exit."""
    with open(os.devnull, "w") as errlog:  # the transport wants a real file
        async with (
            stdio_client(server_parameters(root), errlog=errlog) as (read, write),
            ClientSession(read, write) as session,
        ):
            await session.initialize()
            yield session


@asynccontextmanager
async def connect_in_process(root: Path) -> AsyncIterator[ClientSession]:
    """A client session with ``build_server(root)`` served in this process; stopped on exit.

    The same server, tools and JSON-RPC handshake as ``connect``, over the SDK's in-memory
    transport: no child process, whose start (importing the SDK) takes about 2 s of CPU.
    """
    from scaffold.mcp import build_server

    async with Client(build_server(root), mode="legacy", cache=None) as client:
        yield client.session


async def call(session: ClientSession, tool: str, **arguments: Any) -> dict[str, Any]:
    """Call a tool that must succeed; its structured result."""
    result = await session.call_tool(tool, arguments)
    assert not result.is_error, error_text(result)
    assert result.structured_content is not None
    return result.structured_content


async def refused(session: ClientSession, tool: str, **arguments: Any) -> str:
    """Call a tool that must fail; the error text the model reads."""
    result = await session.call_tool(tool, arguments)
    assert result.is_error, result.structured_content
    return error_text(result)


def error_text(result: CallToolResult) -> str:
    return "\n".join(block.text for block in result.content if isinstance(block, TextContent))


def tree(root: Path) -> dict[str, bytes]:
    """Every file under ``root`` (relative path -> bytes), caches left out."""
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


def run_generated_tests(root: Path, *targets: str) -> subprocess.CompletedProcess[str]:
    """Run the project's generated tests with pytest in a subprocess, as a user would."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(root), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    env["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1"
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *targets],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
