"""Instructions per call of the runtime's pass path, counted by valgrind's callgrind.

Wall-clock figures move with whatever else the machine runs; instruction counts do not. For
each variant this runs the same script twice under callgrind (0 calls and N calls) and divides
the difference by N, so start-up cost cancels out.

Both runs first make ``WARM_CALLS`` calls (5,000; the environment variable changes it),
outside the count: lazy caches fill, and the metrics measure the traffic and settle on how
many calls they time, as they do in a busy service (a contract above 1,000 calls a second
times a random sample of them; every call for its first 1,000 and after a quiet spell).
``WARM_CALLS=1`` gives the cold figure. Callgrind runs the code about 100 times slower, so a
loop that makes a million calls a second makes some thousands here, which the metrics would
take for a quiet contract: the script divides ``TIMED_PER_SECOND`` by 100 (``SLOWDOWN``
changes it) so they sample as they would at full speed.

Run: ``python bench/runtime_instructions.py [VARIANT ...]`` (needs ``valgrind`` and the
``bench`` extra); ``SCAFFOLD_METRICS=off`` measures without metrics.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VARIANTS = {
    "inline": 20_000,
    "inline_validating": 20_000,
    "contract": 20_000,
    "deal": 20_000,
    "icontract": 2_000,
    "inline_realistic": 20_000,
    "contract_realistic": 20_000,
    "full_by_hand": 2_000,
    "full_contract": 2_000,
    "afull_by_hand": 2_000,
    "afull_contract": 2_000,
    "denial": 5_000,
}
CALLS = """
import asyncio, itertools, os, sys
sys.path.insert(0, {root!r})
from bench import bench_runtime as b
from scaffold.contracts import NullAuditSink, _metrics, configure
configure(audit_sink=NullAuditSink(), roles=b.HIERARCHY)
# Code that times every call has no such setting, and ignores it.
_metrics.TIMED_PER_SECOND = 1000.0 / float(os.environ.get("SLOWDOWN", "100"))
turns = itertools.cycle(b.USERS)
variant, calls = sys.argv[1], int(sys.argv[2])
warm = int(os.environ.get("WARM_CALLS", "5000"))
target = {{
    "inline": lambda: b.inline(b.PAYLOAD, b.CALLER),
    "inline_validating": lambda: b.inline_validating(b.PAYLOAD, b.CALLER),
    "contract": lambda: b.with_contract(b.PAYLOAD, b.CALLER),
    "deal": lambda: b.with_deal(b.PAYLOAD, b.CALLER),
    "icontract": lambda: b.with_icontract(b.PAYLOAD, b.CALLER),
    "inline_realistic": lambda: b.inline_realistic(b.PAYLOAD, b.SESSION),
    "contract_realistic": lambda: b.with_contract_realistic(b.PAYLOAD, b.SESSION),
    "full_by_hand": lambda: b.full_by_hand(*next(turns)),
    "full_contract": lambda: b.full_contract(*next(turns)),
    "afull_by_hand": lambda: b.afull_by_hand(*next(turns)),
    "afull_contract": lambda: b.afull_contract(*next(turns)),
    "denial": b.denied_call,
}}[variant]
if variant.startswith("a"):
    async def run(number):
        for _ in range(number):
            await target()
    async def both():
        await run(warm)  # outside the count: lazy caches fill, the metrics settle
        await run(calls)
    asyncio.run(both())
else:
    for _ in range(warm):  # outside the count: lazy caches fill, the metrics settle
        target()
    for _ in range(calls):
        target()
"""


def instructions(script: Path, variant: str, calls: int) -> int:
    """Instructions of one run of ``script``, all threads."""
    return counted(script, variant, calls)[0]


def counted(script: Path, variant: str, calls: int) -> tuple[int, int]:
    """Instructions of one run: all threads, and the calling (main) thread alone.

    The full rows rate-limit in memory, and ``limits``' memory storage expires old entries on
    a timer thread every 10 ms of wall time, whatever the number of calls: its share of the
    all-threads figure varies from run to run. The calling thread's figure leaves it (and the
    metrics' fold thread) out, and is the one that repeats.
    """
    with tempfile.TemporaryDirectory(prefix="scaffold_callgrind_") as folder:
        out = Path(folder) / "callgrind.out"
        return _run(out, script, variant, calls)


def _run(out: Path, script: Path, variant: str, calls: int) -> tuple[int, int]:
    done = subprocess.run(
        [
            "valgrind",
            "--tool=callgrind",
            "--separate-threads=yes",
            f"--callgrind-out-file={out}",
            sys.executable,
            str(script),
            variant,
            str(calls),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    found = re.search(r"Collected : (\d+)", done.stderr)
    if found is None:
        raise RuntimeError(f"callgrind printed no total for {variant}")
    main_thread = out.with_name(f"{out.name}-01")  # callgrind numbers threads from 1
    totals = re.search(r"^totals: (\d+)", main_thread.read_text(encoding="utf-8"), re.MULTILINE)
    if totals is None:
        raise RuntimeError(f"callgrind wrote no total for the main thread of {variant}")
    return int(found.group(1)), int(totals.group(1))


def main() -> dict[str, float]:
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed (apt-get install valgrind)")
    per_call = {}
    chosen = sys.argv[1:] or list(VARIANTS)
    # A script of this run's own: two checkouts measured at once must not share one file.
    with tempfile.TemporaryDirectory(prefix="scaffold_instructions_") as folder:
        script = Path(folder) / "calls.py"
        script.write_text(CALLS.format(root=str(ROOT)), encoding="utf-8")
        for variant in chosen:
            calls = VARIANTS[variant]
            base, base_main = counted(script, variant, 0)
            total, total_main = counted(script, variant, calls)
            per_call[variant] = (total - base) / calls
            per_call[f"{variant} (calling thread)"] = (total_main - base_main) / calls
            print(
                f"{variant:<18} {per_call[variant]:10,.0f} instructions per call"
                f" ({(total_main - base_main) / calls:,.0f} in the calling thread)",
                flush=True,
            )
    if set(chosen) == set(VARIANTS):
        c = per_call
        print(f"contract / inline:              {c['contract'] / c['inline']:.2f}")
        print(f"contract / inline (validating): {c['contract'] / c['inline_validating']:.2f}")
        print(
            f"contract / inline, realistic:   {c['contract_realistic'] / c['inline_realistic']:.2f}"
        )
        print(f"deal / contract:                {c['deal'] / c['contract']:.2f}")
        print(f"icontract / contract:           {c['icontract'] / c['contract']:.1f}")
        for mode, prefix in (("sync", ""), ("async", "a")):
            guarded, hand = f"{prefix}full_contract", f"{prefix}full_by_hand"
            main = f"{c[guarded + ' (calling thread)'] / c[hand + ' (calling thread)']:.2f}"
            print(f"full contract / by hand, {mode}: {c[guarded] / c[hand]:.2f} (calling {main})")
        print(f"denial / pass:                  {c['denial'] / c['contract']:.1f}")
    return per_call


if __name__ == "__main__":
    main()
