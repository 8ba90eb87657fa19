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
    # A file of this run's own: another checkout running this benchmark writes its own.
    script = Path(tempfile.mkdtemp(prefix="scaffold_instructions_")) / "calls.py"
    script.write_text(CALLS.format(root=str(ROOT)), encoding="utf-8")
    per_call = {}
    chosen = sys.argv[1:] or list(VARIANTS)
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
