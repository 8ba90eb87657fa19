"""Time loading, validating and indexing template registries.

Run: ``python bench/registry_load.py [--count 5000]``. Prints the median of several runs for the
built-in registry and for a synthetic registry of ``--count`` templates (copies of the built-ins
under new names), split into YAML parsing, model validation and catalog building, and the
wall time of ``scaffold registry list`` / ``scaffold --help`` as a user sees it.
"""

from __future__ import annotations

import argparse
import os
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


def median_ms(action: Callable[[], object], repeat: int) -> float:
    """Median wall milliseconds of ``action``; its median CPU milliseconds go to ``CPU``."""
    times, cpu = [], []
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        action()
        times.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    CPU.append(statistics.median(cpu))
    return statistics.median(times)


CPU: list[float] = []  # the CPU figure of each median_ms call, in order


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

    def everything() -> None:
        build_catalog([Source("project", "bench", folder)])

    def cold() -> None:
        os.environ[CACHE_VARIABLE] = "1"
        try:
            everything()
        finally:
            del os.environ[CACHE_VARIABLE]

    loaded, problems = load_folder(folder)  # also fills the parse cache
    assert not problems
    assert len(loaded) == len(files)
    per = {
        "read files": median_ms(read_only, repeat),
        "parse YAML": median_ms(parse_only, repeat),
        "validate models": median_ms(validate_only, repeat),
        "load + validate + index, no cache": median_ms(cold, repeat),
        "load + validate + index, cached": median_ms(everything, repeat),
    }
    cpu = dict(zip(per, CPU[-len(per) :], strict=True))
    print(f"{label}: {len(files)} templates, median of {repeat} runs (wall, then CPU)")
    for what, ms in per.items():
        print(
            f"  {what:34s} {ms:9.1f} ms wall {cpu[what]:9.1f} ms CPU"
            f"   ({cpu[what] * 1000 / len(files):7.1f} us/template CPU)"
        )


def cli_ms(args: list[str], repeat: int) -> float:
    command = [sys.executable, "-m", "scaffold", *args]
    return median_ms(lambda: subprocess.run(command, check=True, capture_output=True), repeat)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=5)
    options = parser.parse_args()
    measure("built-in registry", builtin_registry(), options.repeat * 4)
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        synthetic(folder, options.count)
        measure("synthetic registry", folder, options.repeat)
        catalog = build_catalog([Source("project", "bench", folder)])
        names = list(catalog.templates)
        lookups = time.perf_counter()
        for name in names:
            catalog.get(name)
        done = time.perf_counter()
        each = (done - lookups) * 1e6 / len(names)
        print(f"  index: {len(names)} names; catalog.get() {each:.2f} us each")
    print("CLI wall time (median, includes interpreter start):")
    for args in (["--help"], ["registry", "list", "--format", "json"], ["registry", "validate"]):
        print(f"  scaffold {' '.join(args):34s} {cli_ms(args, options.repeat):7.1f} ms")


if __name__ == "__main__":
    main()
