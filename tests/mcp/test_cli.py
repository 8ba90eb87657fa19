"""`scaffold mcp` itself: streamable HTTP on the loopback interface only; the missing extra."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
from mcp import ClientSession
from mcp.client.streamable_http import streamable_http_client

from scaffold.cli import main
from tests.mcp.helpers import copy_demo, server_parameters
from tests.servers import free_port

LOOPBACK_HEX = "0100007F"  # 127.0.0.1 as /proc/net/tcp writes it


@contextmanager
def http_server(root: Path) -> Iterator[int]:
    """``scaffold mcp --http`` on a free port until the block ends; yield the port."""
    port = free_port()
    command = [*server_parameters(root).args, "--http", "--port", str(port)]
    process = subprocess.Popen(
        [sys.executable, *command], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(f"http://127.0.0.1:{port}/mcp", timeout=1)
                break
            except httpx.TransportError:
                if process.poll() is not None or time.monotonic() > deadline:
                    stderr = process.stderr.read().decode() if process.stderr else ""
                    pytest.fail(f"scaffold mcp --http did not start: {stderr}")
                time.sleep(0.2)
        yield port
    finally:
        process.terminate()
        process.wait(timeout=30)
        if process.stderr is not None:
            process.stderr.close()


def _listening_addresses(port: int) -> set[str]:
    """The local addresses bound to ``port`` and listening (state 0A), from /proc/net/tcp*."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            local, state = line.split()[1], line.split()[3]
            address, hex_port = local.split(":")
            if int(hex_port, 16) == port and state == "0A":
                found.add(address)
    return found


async def test_http_serves_the_tools_on_loopback_only(tmp_path: Path) -> None:
    root = copy_demo(tmp_path / "served")
    with http_server(root) as port:
        if Path("/proc/net/tcp").exists():
            assert _listening_addresses(port) == {LOOPBACK_HEX}
        async with (
            streamable_http_client(f"http://127.0.0.1:{port}/mcp") as (read, write),
            ClientSession(read, write) as session,
        ):
            await session.initialize()
            tools = {tool.name for tool in (await session.list_tools()).tools}
            ranked = await session.call_tool("match", {"description": "update profile"})
        assert "plan" in tools
        assert ranked.structured_content is not None
        assert ranked.structured_content["candidates"][0]["template"] == "user_profile_update"
        # A page of another site cannot reach it through DNS rebinding: the Host is checked.
        rebound = httpx.post(
            f"http://127.0.0.1:{port}/mcp",
            headers={"Host": f"attacker.example:{port}", "Content-Type": "application/json"},
            content=b"{}",
        )
        assert rebound.status_code == 421


def test_without_the_sdk_the_command_says_how_to_install_it(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    for name in list(sys.modules):
        if name == "mcp" or name.startswith(("mcp.", "scaffold.mcp")):
            monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "mcp", None)  # import mcp now fails, as when not installed
    assert main(["mcp", "--root", str(tmp_path)]) == 1
    assert capsys.readouterr().err == (
        "error: scaffold mcp needs the MCP SDK, which is not installed "
        '(pip install "contract-scaffold[mcp]")\n'
    )


def test_a_root_that_is_not_a_folder_is_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert main(["mcp", "--root", str(tmp_path / "missing")]) == 1
    missing = tmp_path / "missing"
    err = capsys.readouterr().err
    assert err == f"error: {missing}: not a folder (start the server with --root DIR)\n"


def test_the_cli_imports_the_sdk_only_when_the_server_starts() -> None:
    probe = "import sys, scaffold.cli.app; print(sorted(m for m in sys.modules if m == 'mcp'))"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_the_server_starts_without_the_heavy_packages(tmp_path: Path) -> None:
    probe = (
        "import sys; from scaffold.mcp import build_server; "
        f"build_server({str(tmp_path)!r}); "
        "heavy = ('jinja2', 'libcst', 'numpy', 'scaffold.catalog', 'scaffold.generate', "
        "'scaffold.matching', 'scaffold.analyze', 'scaffold.checklist'); "
        "print(sorted(m for m in heavy if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
