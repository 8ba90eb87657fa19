"""Generation wall times, each run a fresh interpreter as a user starts it, variants alternated.

What is timed (``python bench/generation_speed.py --help`` for the options):

* ``new``: ``scaffold new function "update profile" --into <copy of the demo service> --yes``,
  end to end (match, plan, collision check, render, registration edit, atomic write);
* ``cookiecutter``: the cookiecutter library, called as ``scaffold new project`` calls it
  (``cookiecutter.main.cookiecutter(template, no_input=True, output_dir=...)``) in a fresh
  interpreter, rendering a template directory whose output is exactly the files ``new``
  wrote (every file through Jinja, the function's name a template variable);
* ``status`` and ``update``: ``scaffold status`` and ``scaffold update`` (nothing to update)
  on a copy of the demo service holding two generated functions;
* ``--help`` of both tools (start-up: heavy imports must stay lazy).

``--project DIR`` runs ``new`` (and the lifecycle commands) on a copy of another project
instead of the demo service (a real one, say); the cookiecutter yardstick then renders what
``new`` wrote there.

``--instructions`` counts instructions instead of timing: each variant runs ``--rounds`` times
under valgrind's callgrind (child processes included), after the same untimed warm-up. The
count does not move with the machine's load, so it judges a change where other work makes
time too noisy (callgrind runs the code some 40 times slower: 1-3 rounds are enough).

``--source DIR`` (repeatable) adds another source tree of scaffold to compare with, e.g. an
extracted older commit (``git archive bc985c4 | tar -x -C /tmp/old``); every scaffold variant
runs ``python -m scaffold`` with that tree first on ``PYTHONPATH``, from a neutral folder.
Byte-code caching is on (as in a pip install) and each variant runs once untimed first. Rounds
rotate the order of the variants, so a change in the machine's load hits all of them alike; the
ratios are also given as the median of per-round ratios.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "docs" / "examples" / "demo-service"
DESCRIPTION = "update profile"
NAME = "update_profile"
COOKIECUTTER = (
    "import sys\n"
    "from cookiecutter.main import cookiecutter\n"
    "cookiecutter(sys.argv[1], no_input=True, output_dir=sys.argv[2])\n"
)


def _environment(source: Path | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    if source is not None:
        env["PYTHONPATH"] = str(source)
    return env


CPU: dict[str, list[float]] = {}
"""CPU time (user + system) of each variant's runs, in ms: steadier than wall time when other
work keeps the machine's cores busy (a loaded machine stretches wall time, not CPU time)."""


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (usage.ru_utime + usage.ru_stime) * 1000


def _run(command: Sequence[str], env: dict[str, str], cwd: Path, label: str = "") -> float:
    cpu = _children_cpu()
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, env=env, cwd=cwd)
    wall = (time.perf_counter() - start) * 1000
    if label:
        CPU.setdefault(label, []).append(_children_cpu() - cpu)
    return wall


def _instructions(command: Sequence[str], env: dict[str, str], cwd: Path) -> int:
    """Instructions one run of ``command`` executes (its own and its child processes')."""
    callgrind = ["valgrind", "--tool=callgrind", "--trace-children=yes"]
    done = subprocess.run(
        [*callgrind, "--callgrind-out-file=/dev/null", *command],
        check=True,
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
    )
    counts = [int(found) for found in re.findall(r"Collected : (\d+)", done.stderr)]
    if not counts:
        raise RuntimeError(f"callgrind printed no count for {command[:3]}")
    return sum(counts)


def _scaffold(source: Path, *args: str) -> list[str]:
    del source  # chosen through PYTHONPATH
    return [sys.executable, "-m", "scaffold", *args]


def _written(before: Path, after: Path) -> list[str]:
    """Files of ``after`` that are new or different from ``before`` (relative paths)."""
    changed = []
    for path in sorted(after.rglob("*")):
        if not path.is_file() or "__pycache__" in path.parts:
            continue
        relative = path.relative_to(after)
        old = before / relative
        if not old.is_file() or old.read_bytes() != path.read_bytes():
            changed.append(relative.as_posix())
    return changed


def cookiecutter_template(generated: Path, target: Path, original: Path = DEMO) -> tuple[Path, int]:
    """A cookiecutter template whose output is the files ``scaffold`` wrote into ``generated``
    (a copy of ``original``)."""
    template = target / "template"
    project = template / "{{ cookiecutter.project }}"
    files = _written(original, generated)
    for relative in files:
        text = (generated / relative).read_text(encoding="utf-8")
        templated = text.replace(NAME, "{% endraw %}{{ cookiecutter.name }}{% raw %}")
        destination = project / relative.replace(NAME, "{{ cookiecutter.name }}")
        destination.parent.mkdir(parents=True, exist_ok=True)
        destination.write_text("{% raw %}" + templated + "{% endraw %}", encoding="utf-8")
    (template / "cookiecutter.json").write_text(
        f'{{"project": "demo", "name": "{NAME}"}}', encoding="utf-8"
    )
    return template, len(files)


class Bench:
    """Named variants, each a callable that prepares a run and returns its command."""

    def __init__(self, work: Path, project: Path = DEMO) -> None:
        self.work = work
        self.project = project  # what ``new`` and the lifecycle commands run on, copied
        self.counter = 0
        self.variants: dict[str, tuple[Callable[[], list[str]], dict[str, str]]] = {}
        self.times: dict[str, list[float]] = {}

    def fresh(self, prefix: str) -> Path:
        self.counter += 1
        return self.work / f"{prefix}{self.counter}"

    def add(self, name: str, make: Callable[[], list[str]], env: dict[str, str]) -> None:
        self.variants[name] = (make, env)
        self.times[name] = []

    def warm(self) -> None:
        """One untimed run each: byte-code caches, the registry's parse cache."""
        for make, env in self.variants.values():
            _run(make(), env, self.work)

    def count(self, rounds: int) -> dict[str, list[int]]:
        """Instructions of ``rounds`` runs of each variant, variants alternated."""
        self.warm()
        counts: dict[str, list[int]] = {name: [] for name in self.variants}
        for _ in range(rounds):
            for name, (make, env) in self.variants.items():
                counts[name].append(_instructions(make(), env, self.work))
        return counts

    def run(self, rounds: int) -> list[dict[str, float]]:
        names = list(self.variants)
        self.warm()
        per_round = []
        for number in range(rounds):
            shift = number % len(names)
            this: dict[str, float] = {}
            for name in names[shift:] + names[:shift]:
                make, env = self.variants[name]
                this[name] = _run(make(), env, self.work, name)
                self.times[name].append(this[name])
            per_round.append(this)
        return per_round


def _describe(times: list[float]) -> str:
    ordered = sorted(times)
    quartiles = statistics.quantiles(ordered, n=4) if len(ordered) > 1 else [ordered[0]] * 3
    return (
        f"median {statistics.median(ordered):7.0f}  IQR {quartiles[0]:5.0f}-{quartiles[2]:5.0f}"
        f"  min {ordered[0]:5.0f}  max {ordered[-1]:5.0f} ms"
    )


def _cpu_rounds() -> list[dict[str, float]]:
    count = min(len(times) for times in CPU.values())
    return [{name: times[index] for name, times in CPU.items()} for index in range(count)]


def _ratio(rounds: list[dict[str, float]], top: str, bottom: str) -> str:
    paired = sorted(r[top] / r[bottom] for r in rounds)
    tops = statistics.median(r[top] for r in rounds)
    bottoms = statistics.median(r[bottom] for r in rounds)
    spread = statistics.quantiles(paired, n=4) if len(paired) > 1 else [paired[0]] * 3
    return (
        f"{top} / {bottom}: {tops / bottoms:.2f}x of medians; per round median "
        f"{statistics.median(paired):.2f}x (IQR {spread[0]:.2f}-{spread[2]:.2f})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--source", action="append", type=Path, default=[])
    parser.add_argument("--only", choices=("new", "lifecycle", "help"), action="append", default=[])
    parser.add_argument("--project", type=Path, default=DEMO, help="default: the demo service")
    parser.add_argument(
        "--instructions", action="store_true", help="count instructions with callgrind"
    )
    options = parser.parse_args()
    sources = {"scaffold": ROOT, **{f"scaffold@{s.name}": s.resolve() for s in options.source}}
    parts = options.only or ["new", "lifecycle", "help"]
    print(f"load average at start: {os.getloadavg()}; {os.cpu_count()} CPUs")
    with tempfile.TemporaryDirectory(prefix="bench-generation-") as folder:
        bench = Bench(Path(folder), options.project.resolve())
        if "new" in parts:
            _new_function(bench, sources)
        if "lifecycle" in parts:
            _lifecycle(bench, sources)
        if "help" in parts:
            for label, source in sources.items():
                bench.add(
                    f"{label} --help", lambda s=source: _scaffold(s, "--help"), _environment(source)
                )
            bench.add(
                "cookiecutter --help",
                lambda: [str(Path(sys.executable).parent / "cookiecutter"), "--help"],
                _environment(None),
            )
        if options.instructions:
            _report_instructions(bench.count(options.rounds), sources, parts)
            return
        rounds = bench.run(options.rounds)
        print(f"load average at end: {os.getloadavg()}; {options.rounds} rounds")
        print("wall time:")
        for name, times in bench.times.items():
            print(f"  {name:<32} {_describe(times)}")
        print("CPU time (user + system of the process):")
        for name, times in CPU.items():
            print(f"  {name:<32} {_describe(times)}")
        first = next(iter(sources))
        for kind, measured in (("wall", rounds), ("CPU", _cpu_rounds())):
            print(f"ratios of {kind} time:")
            _ratios(measured, sources, parts, first)


def _report_instructions(
    counts: dict[str, list[int]], sources: dict[str, Path], parts: list[str]
) -> None:
    print(f"load average at end: {os.getloadavg()}")
    print("instructions (callgrind, millions; each run):")
    medians = {name: statistics.median(runs) for name, runs in counts.items()}
    for name, runs in counts.items():
        each = ", ".join(f"{run / 1e6:,.1f}" for run in runs)
        print(f"  {name:<32} median {medians[name] / 1e6:9,.1f}  ({each})")
    if "new" in parts:
        first = next(iter(sources))
        for label in sources:
            ratio = medians[f"{label} new"] / medians["cookiecutter"]
            print(f"  {label} new / cookiecutter: {ratio:.3f}x")
            if label != first:
                change = medians[f"{first} new"] / medians[f"{label} new"]
                print(f"  {first} new / {label} new: {change:.3f}x")


def _ratios(
    rounds: list[dict[str, float]], sources: dict[str, Path], parts: list[str], first: str
) -> None:
    for label, source in sources.items():
        if "new" in parts:
            print("  " + _ratio(rounds, f"{label} new", "cookiecutter"))
            if label != first:
                print("  " + _ratio(rounds, f"{first} new", f"{label} new"))
        lifecycle = (source / "scaffold" / "lifecycle").is_dir()
        if "lifecycle" in parts and label != first and lifecycle:
            for command in ("status", "update"):
                print("  " + _ratio(rounds, f"{first} {command}", f"{label} {command}"))


def _new_function(bench: Bench, sources: dict[str, Path]) -> None:
    for label, source in sources.items():

        def generate(source: Path = source) -> list[str]:
            project = bench.fresh("demo")
            shutil.copytree(bench.project, project)
            return _scaffold(
                source, "new", "function", DESCRIPTION, "--into", str(project), "--yes"
            )

        bench.add(f"{label} new", generate, _environment(source))
    # The yardstick renders what the scaffold of this checkout writes.
    sample = bench.work / "sample"
    shutil.copytree(bench.project, sample)
    _generate(ROOT, sample, DESCRIPTION, bench.work)
    template, files = cookiecutter_template(sample, bench.work, bench.project)
    print(f"cookiecutter renders the {files} files `scaffold new function` writes")

    def render() -> list[str]:
        return [sys.executable, "-c", COOKIECUTTER, str(template), str(bench.fresh("cookie"))]

    bench.add("cookiecutter", render, _environment(None))


def _generate(source: Path, project: Path, description: str, cwd: Path) -> None:
    """One untimed ``scaffold new function`` (a sample to render, a project to check)."""
    subprocess.run(
        _scaffold(source, "new", "function", description, "--into", str(project), "--yes"),
        check=True,
        capture_output=True,
        env=_environment(source),
        cwd=cwd,
    )


def _lifecycle(bench: Bench, sources: dict[str, Path]) -> None:
    """``status`` and ``update`` on a project with two functions, generated by each source."""
    for label, source in sources.items():
        if not (source / "scaffold" / "lifecycle").is_dir():
            continue  # a version from before `scaffold status` and `scaffold update`
        project = bench.work / f"lifecycle-{label.replace('@', '-')}"
        shutil.copytree(bench.project, project)
        for description in (DESCRIPTION, "create invoice"):
            _generate(source, project, description, bench.work)
        env = _environment(source)
        bench.add(
            f"{label} status", lambda s=source, p=project: _scaffold(s, "status", str(p)), env
        )
        bench.add(
            f"{label} update",
            lambda s=source, p=project: _scaffold(s, "update", "--into", str(p)),
            env,
        )


if __name__ == "__main__":
    main()
