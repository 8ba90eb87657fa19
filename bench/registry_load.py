"""Time loading, validating and indexing template registries.

Run: ``python bench/registry_load.py [--counts 500,5000] [--repeat 5]``. For the built-in
registry and synthetic registries of each count (copies of the built-ins under new names) it
prints the median and the range of several runs, CPU time of the process then wall time:
reading files, parsing YAML, validating models, loading a catalog cold (no cache) and warm
(parse cache filled: templates are validated when first used), validating every template
warm (what ``scaffold registry validate`` does), and the matching index built or read back
from disk. Last, the wall time of a few commands as a user runs them.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from scaffold.catalog import Template, build_catalog, builtin_registry, load_folder
from scaffold.catalog._cache import CACHE_VARIABLE
from scaffold.catalog._sources import Source
from scaffold.catalog._yaml import parse
from scaffold.matching import clear_cache
from scaffold.matching._index import index_for


def median_ms(action: Callable[[], object], repeat: int) -> float:
    """Median wall milliseconds of ``action``; its CPU milliseconds go to ``CPU``."""
    times, cpu = [], []
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        action()
        times.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    CPU.append(cpu)
    WALL.append(times)
    return statistics.median(times)


CPU: list[list[float]] = []  # the CPU samples of each median_ms call, in order
WALL: list[list[float]] = []


def spread(samples: list[float]) -> str:
    """``median (min-max)`` in milliseconds."""
    return f"{statistics.median(samples):8.1f} ({min(samples):.1f}-{max(samples):.1f})"


def synthetic(folder: Path, count: int) -> None:
    sources = sorted(builtin_registry().glob("*.yaml"))
    for index in range(count):
        source = sources[index % len(sources)]
        name = f"{source.stem}_{index:05d}"
        text = source.read_text(encoding="utf-8").replace(
            f"name: {source.stem}\n", f"name: {name}\n"
        )
        (folder / f"{name}.yaml").write_text(text, encoding="utf-8")


def measure(label: str, folder: Path, repeat: int) -> None:
    files = sorted(folder.glob("*.yaml"))
    texts = [(path, path.read_text(encoding="utf-8")) for path in files]
    documents = [parse(path, text)[0] for path, text in texts]

    def read_only() -> None:
        for path in files:
            path.read_text(encoding="utf-8")

    def parse_only() -> None:
        for path, text in texts:
            parse(path, text)

    def validate_only() -> None:
        for document in documents:
            assert document is not None
            Template.model_validate(document.data)

    def catalog() -> None:
        build_catalog([Source("project", "bench", folder)])

    def cold() -> None:
        os.environ[CACHE_VARIABLE] = "1"
        try:
            catalog()
        finally:
            del os.environ[CACHE_VARIABLE]

    def validate_all() -> None:
        load_folder(folder)

    def index(stored: bool) -> Callable[[], None]:
        def action() -> None:
            clear_cache()
            if not stored:
                os.environ[CACHE_VARIABLE] = "1"
            try:
                index_for(build_catalog([Source("project", "bench", folder)]))
            finally:
                os.environ.pop(CACHE_VARIABLE, None)

        return action

    loaded, problems = load_folder(folder)  # also fills the parse cache
    assert not problems
    assert len(loaded) == len(files)
    index(stored=True)()  # stores the index
    actions = {
        "read files": read_only,
        "parse YAML": parse_only,
        "validate models": validate_only,
        "load catalog, no cache": cold,
        "load catalog, cache warm": catalog,
        "validate every template, warm": validate_all,
        "load + build index, no cache": index(stored=False),
        "load + read stored index, warm": index(stored=True),
    }
    for action in actions.values():
        median_ms(action, repeat)
    cpu = dict(zip(actions, CPU[-len(actions) :], strict=True))
    wall = dict(zip(actions, WALL[-len(actions) :], strict=True))
    print(f"{label}: {len(files)} templates, {repeat} runs: CPU ms median (range); wall ms")
    for what in actions:
        print(f"  {what:32s} {spread(cpu[what])}   wall {spread(wall[what])}")


def cli_ms(args: list[str], repeat: int) -> float:
    command = [sys.executable, "-m", "scaffold", *args]
    return median_ms(lambda: subprocess.run(command, check=True, capture_output=True), repeat)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--counts", default="500,5000")
    parser.add_argument("--repeat", type=int, default=5)
    options = parser.parse_args()
    cache = tempfile.mkdtemp(prefix="registry-load-cache-")
    os.environ["XDG_CACHE_HOME"] = cache  # the caches measured here, not the user's
    print(f"load average {os.getloadavg()}")
    measure("built-in registry", builtin_registry(), options.repeat * 4)
    for count in (int(number) for number in options.counts.split(",")):
        with tempfile.TemporaryDirectory() as temporary:
            folder = Path(temporary)
            synthetic(folder, count)
            measure("synthetic registry", folder, options.repeat)
    print("CLI wall time (median, includes interpreter start):")
    for args in (["--help"], ["registry", "list", "--format", "json"], ["registry", "validate"]):
        print(f"  scaffold {' '.join(args):34s} {cli_ms(args, options.repeat):7.1f} ms")
    shutil.rmtree(cache, ignore_errors=True)


if __name__ == "__main__":
    main()
