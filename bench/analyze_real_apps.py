"""What ``scaffold analyze`` reads in real apps it was not tuned on, for comparing versions.

The apps and their pinned commits are in ``bench/analyze_real_apps.yaml``; nothing of them is
stored here. Each is checked out at its commit into a temporary folder and analyzed by the
CLI in a subprocess (``--scaffold-src DIR`` runs another checkout of scaffold: the figure
before a change). Printed per app: routes, routes read as authenticated, findings by
severity. There are no hand labels: whether a finding is right was judged by reading the
app's code (docs/analyze.md).

    python bench/analyze_real_apps.py --source bitcart=~/src/bitcart ...  [--scaffold-src DIR]
    python bench/analyze_real_apps.py --sources ~/apps     # ~/apps/<app name> are clones
    python bench/analyze_real_apps.py --clone
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

import yaml
from analyze_corpus import checkout, source_of  # bench/ is the script's folder

APPS = Path(__file__).with_name("analyze_real_apps.yaml")
SEVERITIES = ("critical", "high", "medium", "low")
_RUN = "import sys; from scaffold.cli import run; sys.argv[0] = 'scaffold'; run()"


def analyze(root: Path, scaffold_src: Path | None) -> dict[str, Any]:
    """``scaffold analyze ROOT --format json``, run by the given checkout of scaffold."""
    env = dict(os.environ)
    if scaffold_src is not None:
        env["PYTHONPATH"] = str(scaffold_src)
    done = subprocess.run(
        [sys.executable, "-c", _RUN, "analyze", str(root), "--format", "json"],
        capture_output=True,
        text=True,
        env=env,
        # ``python -c`` puts the working folder first on sys.path: run where no scaffold
        # package sits beside it (a checkout's root would shadow --scaffold-src)
        cwd=scaffold_src if scaffold_src is not None else root,
        check=False,
    )
    report: dict[str, Any] = json.loads(done.stdout)
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", action="append", default=[], help="APP=PATH (a git repo)")
    parser.add_argument("--sources", type=Path, help="a folder holding one clone per app")
    parser.add_argument("--clone", action="store_true", help="clone each public repository")
    parser.add_argument("--scaffold-src", type=Path, help="run scaffold from this checkout")
    args = parser.parse_args(argv)
    apps: dict[str, dict[str, Any]] = yaml.safe_load(APPS.read_text(encoding="utf-8"))["apps"]
    print(
        f"{'app':<14}{'routes':>8}{'authenticated':>15}" + "".join(f"{s:>10}" for s in SEVERITIES)
    )
    for name, spec in apps.items():
        source = source_of(name, spec, args)
        if source is None:
            print(
                f"{name}: skipped (no --source {name}=PATH, --sources or --clone)", file=sys.stderr
            )
            continue
        with tempfile.TemporaryDirectory() as folder:
            root = checkout(source, spec["commit"], Path(folder))
            report = analyze(root, args.scaffold_src)
        handlers = report["handlers"]
        signed = sum(bool(h["protection"]["authenticated"]) for h in handlers)
        severities = Counter(f["severity"] for f in report["findings"])
        print(
            f"{name:<14}{len(handlers):>8}{signed:>15}"
            + "".join(f"{severities[s]:>10}" for s in SEVERITIES)
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
