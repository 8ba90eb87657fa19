"""Analyzer throughput against bandit, on the same tree, in the same run.

The tree is a copy of the installed fastapi, starlette and pydantic packages (about 78,000
lines). Each tool runs in its own process, three times; the best wall time and the CPU time of
that run are reported, with lines per second. The default run proposes a registry template per
handler (the matcher over the built-in catalog); ``--no-suggest`` skips that step. That tree
holds no route handler, so the suggestion step never loads; the same three commands then run
on the four labelled fixture apps (72 handlers) to show what suggestions cost when they run.
Run it with the ``bench`` extra installed:

    pip install -e ".[bench]" && python bench/analyze_throughput.py
"""

from __future__ import annotations

import importlib.util
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PACKAGES = ("fastapi", "starlette", "pydantic")
FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "analyze" / "fixtures"
RUNS = 3


def build_tree(target: Path) -> tuple[int, int]:
    files = lines = 0
    for name in PACKAGES:
        spec = importlib.util.find_spec(name)
        if spec is None or not spec.submodule_search_locations:
            sys.exit(f"{name} is not installed: pip install -e '.[bench]'")
        source = Path(next(iter(spec.submodule_search_locations)))
        shutil.copytree(source, target / name, ignore=shutil.ignore_patterns("__pycache__"))
    for path in target.rglob("*.py"):
        files += 1
        lines += path.read_bytes().count(b"\n")
    return files, lines


def timed(command: list[str]) -> tuple[float, float]:
    """Best (wall seconds, CPU seconds of that run) over RUNS runs."""
    best = (float("inf"), 0.0)
    for _ in range(RUNS):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(command, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        best = min(best, (wall, cpu))
    return best


def commands(tree: Path, out: Path, bandit: str) -> dict[str, list[str]]:
    analyze = [sys.executable, "-m", "scaffold", "analyze", str(tree), "--format", "json"]
    return {
        "scaffold analyze (default, suggestions)": [
            *analyze,
            "--output",
            str(out / "suggest.json"),
        ],
        "scaffold analyze --no-suggest": [
            *analyze,
            "--no-suggest",
            "--output",
            str(out / "scaffold.json"),
        ],
        "scaffold analyze (every file parsed)": [
            sys.executable,
            "-c",
            "import sys; from scaffold.analyze import analyze_path; "
            "analyze_path(sys.argv[1], prefilter=False)",
            str(tree),
        ],
        "bandit -r": [bandit, "-r", str(tree), "-q", "-f", "json", "-o", str(out / "b.json")],
    }


def main() -> None:
    bandit = shutil.which("bandit") or str(Path(sys.executable).with_name("bandit"))
    if not Path(bandit).exists():
        sys.exit("bandit is not installed: pip install -e '.[bench]'")
    with tempfile.TemporaryDirectory() as folder:
        tree = Path(folder) / "tree"
        files, lines = build_tree(tree)
        out = Path(folder) / "out"
        out.mkdir()
        tools = commands(tree, out, bandit)
        results = {name: timed(command) for name, command in tools.items()}
        apps = {name: timed(command) for name, command in commands(FIXTURES, out, bandit).items()}
    print(f"tree: {', '.join(PACKAGES)}: {files} files, {lines} lines; best of {RUNS} runs")
    print(f"{'tool':42} {'wall s':>8} {'cpu s':>8} {'lines/s (wall)':>15} {'lines/s (cpu)':>14}")
    for name, (wall, cpu) in results.items():
        print(f"{name:42} {wall:8.2f} {cpu:8.2f} {lines / wall:15,.0f} {lines / cpu:14,.0f}")
    bandit_wall, bandit_cpu = results["bandit -r"]
    for name in list(tools)[:3]:
        wall, cpu = results[name]
        print(f"{name}: {bandit_wall / wall:.1f}x bandit (wall), {bandit_cpu / cpu:.1f}x (cpu)")
    print("the four fixture apps (72 route handlers):")
    for name, (wall, cpu) in apps.items():
        print(f"{name:42} {wall:8.2f} {cpu:8.2f}")


if __name__ == "__main__":
    main()
