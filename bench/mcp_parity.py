"""Does the MCP server do what the CLI does, on a project this repository did not write?

For a project folder (a real one: pass its path), on two fresh copies of it:

- ``analyze``: the server's findings against ``scaffold analyze --format json`` (rule, file,
  line, function, severity, suggested template);
- ``checklist``: the server's statuses against ``scaffold checklist --verify --format json``;
- for each description below (written before the first run, not tuned): ``match`` then
  ``plan`` then ``apply`` through the server on one copy, ``scaffold new function --yes`` on
  the other, then every file of the two copies compared byte for byte. A description both
  refuse counts as agreeing when the messages are the same.

Run: ``python bench/mcp_parity.py PROJECT_DIR``; prints one line a check and the totals.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import anyio
from mcp import ClientSession, StdioServerParameters, stdio_client

DESCRIPTIONS = [
    "update my profile",
    "list my items",
    "delete an item",
    "admin creates a user",
    "read one item by id",
    "export all invoices as csv",
    "approve an expense report (finance admins only)",
    "public health check",
]


def _tree(root: Path) -> dict[str, bytes]:
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


def _cli(*arguments: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "scaffold", *arguments],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
    )


async def _through_server(root: Path) -> dict[str, Any]:
    params = StdioServerParameters(
        command=sys.executable, args=["-m", "scaffold", "mcp", "--root", str(root)]
    )
    out: dict[str, Any] = {"functions": {}}
    async with (
        stdio_client(params) as (read, write),
        ClientSession(read, write) as session,
    ):
        await session.initialize()
        out["analyze"] = (await session.call_tool("analyze", {"path": "."})).structured_content
        out["checklist"] = (
            await session.call_tool("checklist", {"project": "."})
        ).structured_content
        for description in DESCRIPTIONS:
            await session.call_tool("match", {"description": description})
            plan = await session.call_tool("plan", {"description": description})
            if plan.is_error:
                out["functions"][description] = ("refused", plan.content[0].text)  # type: ignore[union-attr]
                continue
            assert plan.structured_content is not None
            plan_id = plan.structured_content["plan_id"]
            applied = await session.call_tool("apply", {"plan_id": plan_id})
            text = applied.content[0].text if applied.is_error else ""  # type: ignore[union-attr]
            out["functions"][description] = ("refused" if applied.is_error else "written", text)
    return out


def _findings(document: dict[str, Any]) -> list[tuple[Any, ...]]:
    return sorted(
        (
            f["rule"],
            f["file"],
            f["line"],
            f["function"],
            f["severity"],
            f.get("suggested_template") or (f.get("suggestion") or {}).get("template"),
        )
        for f in document["findings"]
    )


def _statuses(document: dict[str, Any]) -> list[tuple[str, str]]:
    return [
        (item["id"], item.get("status", "manual"))
        for section in document["sections"]
        for item in section["items"]
    ]


def main() -> None:
    source = Path(sys.argv[1]).resolve()
    agree = total = 0
    with tempfile.TemporaryDirectory() as folder:
        served, by_cli = Path(folder) / "served", Path(folder) / "by-cli"
        shutil.copytree(source, served)
        shutil.copytree(source, by_cli)
        server = anyio.run(_through_server, served)

        cli_analyze = json.loads(_cli("analyze", ".", "--format", "json", cwd=by_cli).stdout)
        same = _findings(server["analyze"]) == _findings(cli_analyze)
        print(f"analyze: {len(cli_analyze['findings'])} findings, same: {same}")
        agree, total = agree + same, total + 1
        cli_checklist = json.loads(
            _cli("checklist", ".", "--verify", "--format", "json", cwd=by_cli).stdout
        )
        same = _statuses(server["checklist"]) == _statuses(cli_checklist)
        print(f"checklist: {len(_statuses(cli_checklist))} items, same: {same}")
        agree, total = agree + same, total + 1

        for description in DESCRIPTIONS:
            done = _cli("new", "function", description, "--yes", cwd=by_cli)
            outcome, message = server["functions"][description]
            cli_outcome = "written" if done.returncode == 0 else "refused"
            # Each surface names its own template option in a refusal.
            cli_message = done.stderr.strip().removeprefix("error: ")
            message = message.replace("options.template", "--template")
            same_outcome = outcome == cli_outcome and (
                outcome == "written" or message.endswith(cli_message)
            )
            print(f"{description!r}: server {outcome}, cli {cli_outcome}, same: {same_outcome}")
            agree, total = agree + same_outcome, total + 1
        same_files = _tree(served) == _tree(by_cli)
        print(f"every file of the two copies equal: {same_files}")
        agree, total = agree + same_files, total + 1
    print(f"agreement: {agree}/{total}")


if __name__ == "__main__":
    main()
