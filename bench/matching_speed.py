"""Matching speed: in process, and ``scaffold match`` end to end as a user runs it.

In process: one description against the built-in catalog and a synthetic 10,000-template one.
The synthetic catalog copies the built-in templates under new names, patterns, descriptions and
examples drawn from a vocabulary of ~100 words (so common words, like "user", occur in thousands
of templates, the hard case for an inverted index). The index is built once per catalog (timed
apart); each match is then timed on its own.

End to end (``--cli``): ``scaffold match "update profile"`` in a project whose
``.scaffold/registry/`` holds 0 (built-in templates only), 500 and 5,000 synthetic templates,
written as YAML files. Each run is a new process (interpreter start included). *Cold* runs start
from an empty cache directory (templates parsed, index built); *warm* runs follow a first run
(parse cache and stored index read back). Wall and CPU time of the child (user + system) are
reported as median and range. The child may write bytecode (as an installed package has it).

    python bench/matching_speed.py [--templates 10000] [--rounds 30]
    python bench/matching_speed.py --cli [--sizes 0,500,5000] [--warm 7] [--cold 3] [--source DIR]
        [--json] [--instructions]

``--instructions`` (with ``--cli``) counts instead the instructions of one warm run of each
variant under valgrind's callgrind (interpreter start included): unlike time, the count does
not move with the machine's load, so two trees can be compared on a busy machine.

``--json`` times ``--format json`` too. The machine's load average (1 minute) is printed
before and after each size, and each warm median is set against the goals of issues 12 and 15
(0.5 s wall with the built-in templates, 0.7 s with 5,000 more): other work on the machine
lengthens wall time, so figures are worth taking when the load is lowest.

``--source DIR`` (with ``--cli``, repeatable) adds another source tree of scaffold, run with that
tree first on ``PYTHONPATH`` (an older commit extracted with ``git archive``); the variants run
in turn, in a rotating order.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

import yaml

from scaffold.catalog import Catalog, CatalogEntry, Source, Template, load_catalog
from scaffold.matching import clear_cache, match
from scaffold.matching._index import index_for


def _words(text: str) -> list[str]:
    return text.split()


NOUNS = _words(
    "invoice order payment customer account profile report document file record ticket comment "
    "post message session token key role permission team project task note photo video product "
    "price cart wishlist address subscription plan coupon review rating badge device webhook "
    "event log setting preference notification email phone contact group tenant workspace "
    "folder tag label category stock shipment delivery refund credit balance wallet transfer "
    "loan policy claim patient appointment prescription course lesson grade student teacher"
)
VERBS = _words(
    "create add update edit delete remove get list view export import approve archive restore "
    "publish share assign revoke grant reset verify sync"
)
QUALIFIERS = _words("user admin public private bulk secure sensitive monthly daily shared personal")
DESCRIPTIONS = (
    "update profile",
    "udpate my proflie",
    "bulk delete users",
    "approve an expense report",
    "let users edit their invoice",
    "get the monthly report",
    "updateUserProfile",
    "renew a subscription",
    "export customer data for the admin",
    "public product catalog for anonymous visitors",
)


def synthetic_catalog(size: int, seed: int = 7) -> Catalog:
    """``size`` templates made from the built-in ones with random wording (no validation)."""
    rng = random.Random(seed)
    bases = list(load_catalog(None, include_user=False).templates.values())
    source = Source("builtin", "synthetic", Path("synthetic"))
    entries: dict[str, CatalogEntry] = {}
    for number in range(size):
        verb, noun, other, qualifier = (
            rng.choice(VERBS),
            rng.choice(NOUNS),
            rng.choice(NOUNS),
            rng.choice(QUALIFIERS),
        )
        name = f"{verb}_{qualifier}_{noun}_{number}"
        template: Template = rng.choice(bases).model_copy(
            update={
                "name": name,
                "description": f"{verb.capitalize()} a {qualifier} {noun} with its {other}",
                "patterns": (f"{verb} {noun}", f"{noun} {verb}", f"{verb} {qualifier} {noun}"),
                "examples": (
                    f"let a {rng.choice(QUALIFIERS)} user {verb} the {noun} of a {other}",
                    f"{verb} {other} for {noun}",
                    f"{qualifier} {noun} {other} {rng.choice(VERBS)}",
                ),
            }
        )
        entries[name] = CatalogEntry(template, Path(f"{name}.yaml"), 1, source)
    return Catalog(entries, (source,))


def time_matches(catalog: Catalog, rounds: int) -> tuple[list[float], list[float]]:
    """Wall and CPU seconds per match, every description ``rounds`` times (index built)."""
    wall: list[float] = []
    cpu: list[float] = []
    for _ in range(rounds):
        for description in DESCRIPTIONS:
            start, start_cpu = time.perf_counter(), time.process_time()
            match(description, catalog)
            cpu.append(time.process_time() - start_cpu)
            wall.append(time.perf_counter() - start)
    return wall, cpu


def _ms(samples: list[float]) -> str:
    ordered = sorted(samples)
    p95 = ordered[int(len(ordered) * 0.95) - 1]
    return f"median {statistics.median(ordered) * 1000:.2f} ms, p95 {p95 * 1000:.2f} ms"


def report(label: str, catalog: Catalog, rounds: int) -> None:
    clear_cache()
    start, start_cpu = time.perf_counter(), time.process_time()
    index_for(catalog)
    build, build_cpu = time.perf_counter() - start, time.process_time() - start_cpu
    wall, cpu = time_matches(catalog, rounds)
    print(f"{label}: {len(catalog)} templates")
    print(f"  index, built once: {build * 1000:.0f} ms wall, {build_cpu * 1000:.0f} ms CPU")
    print(f"  one match ({len(wall)} timed): wall {_ms(wall)}; CPU {_ms(cpu)}")


def write_registry(folder: Path, catalog: Catalog) -> None:
    """The catalog's templates as YAML files, as a project would keep them."""
    folder.mkdir(parents=True, exist_ok=True)
    for template in catalog:
        data = template.model_dump(mode="json", exclude_unset=True, by_alias=True)
        text = yaml.safe_dump(data, sort_keys=False, allow_unicode=True)
        (folder / f"{template.name}.yaml").write_text(text, encoding="utf-8")


def _environment(cache: Path, source: Path | None) -> dict[str, str]:
    """The child's environment: its own caches, bytecode allowed, ``source`` first if given."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env.update(XDG_CACHE_HOME=str(cache), XDG_CONFIG_HOME=str(cache / "config"))
    if source is not None:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(source), env.get("PYTHONPATH")]))
    return env


def run_cli(
    project: Path, cache: Path, args: list[str], source: Path | None = None
) -> tuple[float, float]:
    """Wall and CPU seconds of one ``scaffold`` process run in ``project``.

    ``source``: another source tree of scaffold, first on ``PYTHONPATH`` (an older commit).
    """
    env = _environment(cache, source)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "scaffold", *args],
        cwd=project,
        env=env,
        check=True,
        capture_output=True,
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return wall, cpu


def count_instructions(
    project: Path, cache: Path, args: list[str], source: Path | None = None
) -> int:
    """Instructions of one warm ``scaffold`` run in ``project`` (after a run fills the caches)."""
    run_cli(project, cache, args, source)
    with tempfile.TemporaryDirectory() as scratch:
        valgrind = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={scratch}/out"]
        run = subprocess.run(
            [*valgrind, sys.executable, "-m", "scaffold", *args],
            cwd=project,
            env=_environment(cache, source),
            check=True,
            capture_output=True,
            text=True,
        )
    found = re.search(r"Collected : (\d+)", run.stderr)
    if found is None:
        raise SystemExit("callgrind printed no instruction count")
    return int(found.group(1))


def instructions_report(sizes: list[int], sources: Sequence[Path], *, as_json: bool) -> None:
    """Per size and variant: the instructions of one warm ``scaffold match``."""
    variants: list[tuple[str, Path | None]] = [("this tree", None)]
    variants += [(str(source), source) for source in sources]
    commands = [["match", "update profile"]]
    if as_json:
        commands.append(["match", "update profile", "--format", "json"])
    for size in sizes:
        with tempfile.TemporaryDirectory() as temporary:
            project = Path(temporary) / "project"
            (project / ".scaffold").mkdir(parents=True)
            if size:
                write_registry(project / ".scaffold" / "registry", synthetic_catalog(size))
            for args in commands:
                for number, (name, source) in enumerate(variants):
                    cache = Path(temporary) / f"cache{number}"
                    count = count_instructions(project, cache, args, source)
                    shown = " ".join(args[1:])
                    print(f"  {size + 6} templates, {shown!r}: {count / 1e6:,.0f} M  {name}")


def _spread(samples: list[float]) -> str:
    return (
        f"{statistics.median(samples) * 1000:6.0f} ms "
        f"({min(samples) * 1000:.0f}-{max(samples) * 1000:.0f})"
    )


# ``scaffold match`` wall-time goals, warm: issue 12 (built-in templates), issue 15 (5,000 more).
GOALS = {0: 0.5, 5000: 0.7}


def _load() -> str:
    return f"{os.getloadavg()[0]:.1f}"


def cli_report(
    sizes: list[int],
    warm_runs: int,
    cold_runs: int,
    sources: Sequence[Path] = (),
    *,
    as_json: bool = False,
) -> None:
    """Each size: cold runs, then warm ones; with ``sources``, their variants run in turn."""
    commands = [["match", "update profile"]]
    if as_json:
        commands.append(["match", "update profile", "--format", "json"])
    for args in commands:
        print(f"scaffold {' '.join(args)!r}, end to end; median (range)")
        _cli_sizes(args, sizes, warm_runs, cold_runs, sources)


def _cli_sizes(
    args: list[str], sizes: list[int], warm_runs: int, cold_runs: int, sources: Sequence[Path]
) -> None:
    variants: list[tuple[str, Path | None]] = [("this tree", None)]
    variants += [(str(source), source) for source in sources]
    for size in sizes:
        load_before = _load()
        cold: dict[str, list[tuple[float, float]]] = {name: [] for name, _ in variants}
        warm: dict[str, list[tuple[float, float]]] = {name: [] for name, _ in variants}
        with tempfile.TemporaryDirectory() as temporary:
            project = Path(temporary) / "project"
            (project / ".scaffold").mkdir(parents=True)
            if size:
                write_registry(project / ".scaffold" / "registry", synthetic_catalog(size))
            for number in range(cold_runs):
                for order, (name, source) in enumerate(_rotated(variants, number)):
                    cache = Path(temporary) / f"cold{number}-{order}"
                    cold[name].append(run_cli(project, cache, args, source))
            caches = {name: Path(temporary) / f"cache{n}" for n, (name, _) in enumerate(variants)}
            for name, source in variants:
                run_cli(project, caches[name], args, source)  # fills the caches (and bytecode)
            for number in range(warm_runs):
                for name, source in _rotated(variants, number):
                    warm[name].append(run_cli(project, caches[name], args, source))
        label = f"{size + 6} templates"
        print(f"  {label}: load average {load_before} before, {_load()} after")
        for name, _ in variants:
            for kind, runs in (("cold", cold[name]), ("warm", warm[name])):
                if not runs:
                    continue
                walls, cpus = [w for w, _ in runs], [c for _, c in runs]
                goal = GOALS.get(size) if kind == "warm" else None
                verdict = ""
                if goal is not None:
                    met = statistics.median(walls) <= goal
                    verdict = f"  goal {goal} s wall: {'met' if met else 'NOT met'}"
                print(
                    f"  {label:16s} {kind}: wall {_spread(walls)}  CPU {_spread(cpus)}"
                    f"  x{len(runs)}  {name}{verdict}"
                )


def _rotated(variants: list[tuple[str, Path | None]], number: int) -> list[tuple[str, Path | None]]:
    """The variants in another order each round, so a change in load hits them alike."""
    shift = number % len(variants)
    return variants[shift:] + variants[:shift]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--templates", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--cli", action="store_true", help="time scaffold match end to end")
    parser.add_argument("--sizes", default="0,500,5000", help="project templates, with --cli")
    parser.add_argument("--warm", type=int, default=7, help="warm runs per size, with --cli")
    parser.add_argument("--cold", type=int, default=3, help="cold runs per size, with --cli")
    parser.add_argument(
        "--source", action="append", type=Path, default=[], help="another tree, with --cli"
    )
    parser.add_argument("--json", action="store_true", help="time --format json too")
    parser.add_argument(
        "--instructions", action="store_true", help="count instructions (valgrind), with --cli"
    )
    args = parser.parse_args()
    if args.cli and args.instructions:
        sizes = [int(size) for size in args.sizes.split(",")]
        instructions_report(sizes, args.source, as_json=args.json)
        return 0
    if args.cli:
        sizes = [int(size) for size in args.sizes.split(",")]
        cli_report(sizes, args.warm, args.cold, args.source, as_json=args.json)
        return 0
    report("built-in", load_catalog(None, include_user=False), args.rounds)
    start = time.perf_counter()
    big = synthetic_catalog(args.templates)
    print(f"(synthetic catalog made in {time.perf_counter() - start:.1f} s)")
    report("synthetic", big, args.rounds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
