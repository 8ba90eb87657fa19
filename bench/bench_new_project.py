"""How long `scaffold new project` takes next to cookiecutter rendering the same template.

Both render the built-in fastapi-service template with its defaults into a fresh folder, in
this process (no interpreter start-up), alternating runs; prints the median of each.
Run: python bench/bench_new_project.py [RUNS]
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from scaffold.bootstrap import ProjectRequest, builtin_dir, create_project


def main(runs: int = 20) -> None:
    from cookiecutter.main import cookiecutter

    template = str(builtin_dir())
    ours: list[float] = []
    theirs: list[float] = []
    with tempfile.TemporaryDirectory() as scratch:
        for run in range(runs):
            out = Path(scratch) / f"cc{run}"
            start = time.perf_counter()
            cookiecutter(template, no_input=True, output_dir=str(out))
            theirs.append(time.perf_counter() - start)
            out = Path(scratch) / f"sc{run}"
            start = time.perf_counter()
            create_project(ProjectRequest(output_dir=out, no_input=True))
            ours.append(time.perf_counter() - start)
    cc, sc = statistics.median(theirs) * 1000, statistics.median(ours) * 1000
    print(f"runs: {runs}")
    print(f"cookiecutter        median {cc:7.1f} ms")
    print(f"scaffold new project median {sc:7.1f} ms  ({sc / cc:.2f}x)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20)
