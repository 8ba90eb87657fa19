"""How fast `scaffold mcp` answers: start-up, the tool listing, and the tools' first calls.

Each run starts `scaffold mcp --root <copy of the demo service>` over stdio with the SDK's own
client and times, in milliseconds:

- ``start``: spawn until the ``initialize`` answer (the interpreter, the SDK import, the
  server's registration; the heavy scaffold packages are not imported yet);
- ``tools/list``: the listing's round trip on the running server (what a client asks first);
- ``list after start``: spawn until the listing's answer (what a user waits for);
- ``match``, ``plan``, ``apply``: the first call of each (imports the catalog, matcher,
  generator), then ``match (warm)``: a second ``match`` on the same server;
- ``SDK import alone``: ``python -c "import mcp.server.mcpserver"``, the floor of ``start``.

Run: ``python bench/mcp_listing.py [runs]``; prints the median and the worst of each.
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import anyio
from mcp import ClientSession, StdioServerParameters, stdio_client

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "docs" / "examples" / "demo-service"


async def _one_run(project: Path) -> dict[str, float]:
    params = StdioServerParameters(
        command=sys.executable, args=["-m", "scaffold", "mcp", "--root", str(project)]
    )
    times: dict[str, float] = {}
    spawned = time.perf_counter()
    async with (
        stdio_client(params) as (read, write),
        ClientSession(read, write) as session,
    ):
        await session.initialize()
        times["start"] = time.perf_counter() - spawned
        began = time.perf_counter()
        await session.list_tools()
        times["tools/list"] = time.perf_counter() - began
        times["list after start"] = time.perf_counter() - spawned
        for name, arguments in (
            ("match", {"description": "update profile"}),
            ("plan", {"description": "update profile"}),
        ):
            began = time.perf_counter()
            result = await session.call_tool(name, arguments)
            times[name] = time.perf_counter() - began
            assert not result.is_error, result.content
        assert result.structured_content is not None
        began = time.perf_counter()
        plan_id = result.structured_content["plan_id"]
        applied = await session.call_tool("apply", {"plan_id": plan_id})
        times["apply"] = time.perf_counter() - began
        assert not applied.is_error, applied.content
        began = time.perf_counter()
        await session.call_tool("match", {"description": "delete my account"})
        times["match (warm)"] = time.perf_counter() - began
    return {name: seconds * 1000 for name, seconds in times.items()}


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    results: list[dict[str, float]] = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as folder:
            project = Path(folder) / "demo"
            shutil.copytree(DEMO, project)
            result = anyio.run(_one_run, project)
        began = time.perf_counter()
        subprocess.run([sys.executable, "-c", "import mcp.server.mcpserver"], check=True)
        result["SDK import alone"] = (time.perf_counter() - began) * 1000
        results.append(result)
    print(f"scaffold mcp, {runs} runs (ms): median / worst")
    for name in results[0]:
        values = [result[name] for result in results]
        print(f"  {name:<18} {statistics.median(values):8.1f} / {max(values):8.1f}")


if __name__ == "__main__":
    main()
