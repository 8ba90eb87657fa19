"""What a change of the analyzer changes in real apps: each route's protection and path, and
the findings, read by two checkouts of scaffold over the same trees.

For an analyzer reading found on one app (docs/analyze.md), the question is what else it
moves. Each tree is analyzed by the checkout given with ``--before`` (its root: extract it
with ``git archive REV | tar -x -C DIR``) and by this one, each in its own process; a route
is matched by its file, line and function, and counted changed when its method and path, or
whether it is authenticated, role checked or ownership checked, differ. The trees are the
apps of ``bench/unseen_in_project.py`` and ``bench/project_evidence.yaml``, extracted at their
pinned commits (nothing of them is stored here).

    python bench/analyze_changes.py --before DIR --tree chaai=DIR --tree gfd=DIR [--list]
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path
from typing import Any

from analyze_real_apps import SEVERITIES, analyze  # bench/: its folder
from unseen_in_project import tree_args

_READ = ("authenticated", "role_checked", "ownership_checked")

Reading = tuple[str, bool, bool, bool]


def readings(report: dict[str, Any]) -> dict[tuple[str, int, str], Reading]:
    """Each route of a report by its place: its route and what protects it."""
    found: dict[tuple[str, int, str], Reading] = {}
    for handler in report["handlers"]:
        protection = handler["protection"]
        read = tuple(bool(protection[key]) for key in _READ)
        found[(handler["file"], handler["line"], handler["function"])] = (handler["route"], *read)
    return found


def changed(
    before: dict[tuple[str, int, str], Reading], after: dict[tuple[str, int, str], Reading]
) -> list[tuple[str, Reading | None, Reading | None]]:
    """The routes read differently, by function: (function, before, after)."""
    places = sorted(set(before) | set(after))
    return [(p[2], before.get(p), after.get(p)) for p in places if before.get(p) != after.get(p)]


def _severities(report: dict[str, Any]) -> str:
    counts = Counter(finding["severity"] for finding in report["findings"])
    return "/".join(str(counts[s]) for s in SEVERITIES)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", type=Path, required=True, help="root of the other checkout")
    parser.add_argument("--tree", action="append", default=[], help="NAME=DIR (repeatable)")
    parser.add_argument("--list", action="store_true", help="every route read differently")
    args = parser.parse_args(argv)
    print("app | routes | read differently | findings critical/high/medium/low: before -> now")
    total = 0
    for name, root in tree_args(args.tree).items():
        old, new = analyze(root, args.before), analyze(root, None)
        moved = changed(readings(old), readings(new))
        total += len(moved)
        print(
            f"{name} | {len(new['handlers'])} | {len(moved)} | "
            f"{_severities(old)} -> {_severities(new)}"
        )
        for function, was, now in moved if args.list else ():
            print(f"  {function}: {was} -> {now}")
    print(f"all | | {total} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
