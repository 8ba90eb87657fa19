"""Generation wall times, measured in one run against cookiecutter as the yardstick.

1. ``scaffold --help`` vs ``cookiecutter --help`` (start-up: heavy imports must stay lazy).
2. ``scaffold new function "update profile"`` end to end on the demo service (match, plan,
   render, registration edit, atomic write) vs ``cookiecutter --no-input`` rendering a
   template made of the same files.

Run: ``python bench/generation_speed.py [runs]``; prints medians in milliseconds.
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "docs" / "examples" / "demo-service"
BIN = Path(sys.executable).parent


def _timed(command: list[str], prepare: Callable[[], None] | None = None) -> float:
    if prepare is not None:
        prepare()
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    return (time.perf_counter() - start) * 1000


def _median(runs: int, make: Callable[[int], list[str]], prepare: Callable[[int], None]) -> float:
    times = []
    for run in range(runs):
        prepare(run)
        times.append(_timed(make(run)))
    return statistics.median(times)


def _cookiecutter_template(generated: Path, target: Path, name: str) -> Path:
    """A cookiecutter template whose output is the files ``scaffold`` generated."""
    template = target / "template"
    project = template / "{{ cookiecutter.project }}"
    for path in generated.rglob("*"):
        if not path.is_file() or "__pycache__" in path.parts:
            continue
        relative = path.relative_to(generated).as_posix().replace(name, "{{ cookiecutter.name }}")
        text = path.read_text(encoding="utf-8")
        templated = text.replace(name, "{% endraw %}{{ cookiecutter.name }}{% raw %}")
        destination = project / relative
        destination.parent.mkdir(parents=True, exist_ok=True)
        destination.write_text("{% raw %}" + templated + "{% endraw %}", encoding="utf-8")
    (template / "cookiecutter.json").write_text(
        '{"project": "demo", "name": "update_profile"}', encoding="utf-8"
    )
    return template


def main(runs: int = 7) -> None:
    scaffold, cookiecutter = str(BIN / "scaffold"), str(BIN / "cookiecutter")
    help_scaffold = _median(runs, lambda _: [scaffold, "--help"], lambda _: None)
    help_cookie = _median(runs, lambda _: [cookiecutter, "--help"], lambda _: None)
    print(f"scaffold --help      {help_scaffold:7.1f} ms")
    print(f"cookiecutter --help  {help_cookie:7.1f} ms")
    print(f"ratio                {help_scaffold / help_cookie:7.2f}x (goal <= 0.5x)")

    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)

        def fresh(run: int) -> None:
            shutil.copytree(DEMO, work / f"demo{run}")

        def generate(run: int) -> list[str]:
            project = str(work / f"demo{run}")
            return [scaffold, "new", "function", "update profile", "--into", project, "--yes"]

        new_function = _median(runs, generate, fresh)
        template = _cookiecutter_template(work / "demo0", work, "update_profile")

        def render(run: int) -> list[str]:
            output = work / f"cookie{run}"
            return [cookiecutter, "--no-input", str(template), "-o", str(output)]

        rendered = _median(runs, render, lambda _: None)
        files = sum(1 for p in (work / "demo0").rglob("*") if p.is_file())
        print(f"scaffold new function          {new_function:7.1f} ms ({files} files in project)")
        print(f"cookiecutter, the same files   {rendered:7.1f} ms")
        print(f"ratio                          {new_function / rendered:7.2f}x (goal <= 1x)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 7)
