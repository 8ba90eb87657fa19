"""Route shadowing in real FastAPI apps: how often one route catches another's calls.

FastAPI tries routes in the order they are registered. For every pair of routes of the same
method where one catches the other's calls by path shape (``/items/{id}`` catches
``/items/export``, as ``scaffold new function`` checks), the registration order is read as
``scaffold new function`` reads it (includes and route decorators, file and line):

- ordered: the specific route is registered first, so both are reached (the app relies on
  the order: an include appended last would have broken it);
- shadowed: the catching route is registered first, so the other is never reached;
- unknown: the analysis cannot tell (other modules, mounts, registrations it cannot follow).

Only routes the analysis follows up to an application are paired (their full paths are
known); the others (routers included in a loop, say) are counted apart.

The apps are the FastAPI apps of ``bench/project_evidence.yaml`` and ``bench/analyze_corpus.yaml``
(public repositories pinned to a commit; nothing of their code is stored here).

    python bench/route_order.py --sources ~/corpus   # ~/corpus/<app name> are git clones
    python bench/route_order.py --source fief=~/src/fief --source ...
    python bench/route_order.py --clone              # git clone each repository
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from analyze_corpus import checked_out  # bench/ is the script's folder

from scaffold.analyze import find_registrations
from scaffold.generate._route_order import registered_first, served_by_app
from scaffold.generate._served import shadows

LISTS = (
    Path(__file__).with_name("project_evidence.yaml"),
    Path(__file__).with_name("analyze_corpus.yaml"),
)


@dataclass
class Count:
    """One app's pairs of routes where the first catches the second's calls."""

    app: str
    routes: int = 0
    unreached: int = 0
    ordered: list[str] = field(default_factory=list)
    shadowed: list[str] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)


def fastapi_apps() -> dict[str, dict[str, Any]]:
    """Every FastAPI app of the two lists, by name (the first list wins a name in both)."""
    apps: dict[str, dict[str, Any]] = {}
    for listed in LISTS:
        for name, app in yaml.safe_load(listed.read_text(encoding="utf-8"))["apps"].items():
            framework = str(app.get("framework", "FastAPI"))
            if framework.startswith("FastAPI"):
                apps.setdefault(name, app)
    return apps


def count_app(name: str, root: Path) -> Count:
    collected, registered = find_registrations(root)
    routes = [(h, e) for h, e in registered if h.framework == "fastapi" and h.methods]
    count = Count(name, routes=len(routes))
    reached = [(h, e) for h, e in routes if served_by_app(collected, e)]
    count.unreached = len(routes) - len(reached)
    routes = reached  # a route no application is seen to include has no full path to compare
    for catcher, catcher_endpoint in routes:
        for caught, caught_endpoint in routes:
            if catcher is caught or not set(catcher.methods) & set(caught.methods):
                continue
            if not shadows(catcher.path, caught.path):
                continue
            method = sorted(set(catcher.methods) & set(caught.methods))[0]
            line = (
                f"{method} {catcher.path} ({catcher.file}:{catcher.line}) catches "
                f"{caught.path} ({caught.file}:{caught.line})"
            )
            first = registered_first(collected, caught_endpoint, catcher_endpoint)
            if first is None:
                count.unknown.append(line)
            else:
                (count.ordered if first else count.shadowed).append(line)
    return count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", type=Path, help="folder of clones named by app")
    parser.add_argument("--source", action="append", default=[], help="APP=PATH (a git repo)")
    parser.add_argument("--clone", action="store_true", help="git clone each repository")
    parser.add_argument("--list", action="store_true", help="name every pair")
    args = parser.parse_args(argv)
    counts: list[Count] = []
    for name, app, checked in checked_out(fastapi_apps(), args):
        counts.append(count_app(name, checked / app["root"]))
    print("app | routes (not followed to an app) | pairs where one route catches another's")
    print("    | calls: ordered / shadowed / unknown (ordered: the specific route is first)")
    total = [0, 0, 0, 0, 0]
    for c in counts:
        figures = [c.routes, c.unreached, len(c.ordered), len(c.shadowed), len(c.unknown)]
        total = [a + b for a, b in zip(total, figures, strict=True)]
        print(f"{c.app} | {figures[0]} ({figures[1]}) | {figures[2]} / {figures[3]} / {figures[4]}")
        if args.list:
            for kind, lines in (("ordered", c.ordered), ("shadowed", c.shadowed)):
                for line in lines:
                    print(f"  {kind}: {line}")
            for line in c.unknown:
                print(f"  unknown: {line}")
    print(f"all | {total[0]} ({total[1]}) | {total[2]} / {total[3]} / {total[4]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
