"""Instructions per call of the runtime's pass path, counted by valgrind's callgrind.

Wall-clock figures move with whatever else the machine runs; instruction counts do not. For
each variant this runs the same script twice under callgrind (0 calls and N calls) and divides
the difference by N, so start-up cost cancels out.

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
import asyncio, itertools, sys
sys.path.insert(0, {root!r})
from bench import bench_runtime as b
from scaffold.contracts import NullAuditSink, configure
configure(audit_sink=NullAuditSink(), roles=b.HIERARCHY)
turns = itertools.cycle(b.USERS)
variant, calls = sys.argv[1], int(sys.argv[2])
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
    asyncio.run(run(1))  # first call outside the count: lazy caches fill here
    asyncio.run(run(calls))
else:
    target()  # first call outside the count: lazy caches fill here
    for _ in range(calls):
        target()
"""


def instructions(script: Path, variant: str, calls: int) -> int:
    done = subprocess.run(
        [
            "valgrind",
            "--tool=callgrind",
            "--callgrind-out-file=/dev/null",
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
    return int(found.group(1))


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
            base = instructions(script, variant, 0)
            total = instructions(script, variant, calls)
            per_call[variant] = (total - base) / calls
            print(f"{variant:<14} {per_call[variant]:10,.0f} instructions per call", flush=True)
    if set(chosen) == set(VARIANTS):
        c = per_call
        print(f"contract / inline:              {c['contract'] / c['inline']:.2f}")
        print(f"contract / inline (validating): {c['contract'] / c['inline_validating']:.2f}")
        print(
            f"contract / inline, realistic:   {c['contract_realistic'] / c['inline_realistic']:.2f}"
        )
        print(f"deal / contract:                {c['deal'] / c['contract']:.2f}")
        print(f"icontract / contract:           {c['icontract'] / c['contract']:.1f}")
        print(f"full contract / by hand, sync:  {c['full_contract'] / c['full_by_hand']:.2f}")
        print(f"full contract / by hand, async: {c['afull_contract'] / c['afull_by_hand']:.2f}")
        print(f"denial / pass:                  {c['denial'] / c['contract']:.1f}")
    return per_call


if __name__ == "__main__":
    main()
