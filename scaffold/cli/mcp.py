"""``scaffold mcp``: serve the tool to AI assistants over the Model Context Protocol.

Thin: ``scaffold.mcp`` builds the server. The SDK is imported inside the command (it is an
optional extra and slow to import), so ``scaffold --help`` stays fast.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

__all__ = ["LOOPBACK", "mcp_command"]

LOOPBACK = "127.0.0.1"


def mcp_command(
    root: Annotated[
        Path,
        typer.Option(
            "--root",
            help="Folder the server may read and write; every path must stay inside it.",
            file_okay=False,
        ),
    ] = Path(),
    http: Annotated[
        bool,
        typer.Option("--http", help=f"Serve streamable HTTP on {LOOPBACK} instead of stdio."),
    ] = False,
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="Port for --http.")] = 8765,
) -> None:
    """Run the MCP server: match, plan, apply, analyze, checklist for AI assistants.

    Stdio by default, for clients that start the server themselves; --http serves
    http://127.0.0.1:PORT/mcp on the loopback interface only.
    """
    from scaffold.errors import UserError
    from scaffold.mcp import build_server

    try:
        server = build_server(root)
    except ModuleNotFoundError as error:
        if (error.name or "").partition(".")[0] != "mcp":
            raise
        raise UserError(
            "scaffold mcp needs the MCP SDK, which is not installed",
            hint='pip install "contract-scaffold[mcp]"',
        ) from None
    if http:
        server.run("streamable-http", host=LOOPBACK, port=port)
    else:
        server.run("stdio")
