"""Leave-one-out of project evidence on real FastAPI apps: would a new function at each
existing route get the admin signal, and should it have?

For every route R of each app (``bench/project_evidence.yaml``: public repositories pinned to
a commit; nothing of them is stored here), R is removed from the routes read, and the evidence
for a new function at R's method and path is computed as ``scaffold new function`` computes
it. R's own protection, as the analyzer reads it, is the answer: R requires a role when a
dependency or decorator requires one, or its body checks one and no owner check lets the
record's owner in (an "owner or superuser" route is open to a signed-in owner). The answer is
the analyzer's reading: a better reading of role checks changes it too.

    python bench/project_evidence.py --sources ~/corpus   # ~/corpus/<app name> are git clones
    python bench/project_evidence.py --source fief=~/src/fief --source ...
    python bench/project_evidence.py --clone               # git clone each repository
    python bench/project_evidence.py --apps bench/project_evidence_split.yaml --trees DIR \
        --half held-out    # DIR/<app name>: trees already extracted at the pinned commit

Figures per app and overall: of the routes that require a role, how many get the admin signal
(before: the folder-wide rule alone; after: with the per-resource rule); of the routes that do
not, how many would get it (a contract stronger than needed: the price). Also the time of the
two readings (routes alone; routes with handler bodies). Then the evidence of signing in
alone (``signed_in_access``): of the routes that require a signed-in caller, how many would
have a public reading put to the user; of the routes open to anyone, how many would have a
public request asked about or refused (the price).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from analyze_corpus import checked_out  # bench/ is the script's folder

from scaffold.analyze import analyze_path, find_routes
from scaffold.generate._access import (
    MIN_SIBLINGS,
    folder_access,
    guarded_by_role,
    is_own,
    requires_role,
    resource_access,
    signed_in_access,
)
from scaffold.matching import ADMIN_ROLE

APPS = Path(__file__).with_name("project_evidence.yaml")


@dataclass
class Score:
    """One app's figures; the lists name the misses and the signals stronger than needed."""

    app: str
    routes: int = 0
    role: int = 0
    folder_hits: int = 0
    resource_hits: int = 0
    open_routes: int = 0
    folder_false: int = 0
    resource_false: int = 0
    signed_in: int = 0  # routes that require signing in (a role or not)
    signed_in_hits: int = 0  # ... where a public reading would be put to the user
    anyone: int = 0  # routes anyone may call
    anyone_false: int = 0  # ... where a public request would be asked about or refused
    seconds_routes: float = 0.0
    seconds_bodies: float = 0.0
    missed: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)
    asked: list[str] = field(default_factory=list)  # open to anyone, a public request asked


def score_app(name: str, root: Path, endpoints: str, min_siblings: int) -> Score:
    score = Score(name)
    started = time.perf_counter()
    routes = find_routes(root, excludes=(".scaffold",))
    score.seconds_routes = time.perf_counter() - started
    started = time.perf_counter()
    bodies = analyze_path(root, excludes=(".scaffold",)).handlers
    score.seconds_bodies = time.perf_counter() - started
    guarded = guarded_by_role(routes)  # R's own entry never counts: R is not its own sibling
    for handler in bodies:
        if not handler.methods or handler.framework != "fastapi":
            continue
        for method in handler.methods:
            left_routes = [h for h in routes if (h.key, h.route) != (handler.key, handler.route)]
            left_bodies = [h for h in bodies if h is not handler]
            folder = folder_access(endpoints, left_routes) is not None
            resource = resource_access(
                left_bodies, method, handler.path, minimum=min_siblings, guarded=guarded
            )
            after = folder or resource is not None
            label = f"{method} {handler.path} ({handler.file}::{handler.function})"
            score.routes += 1
            signed_in = signed_in_access(left_routes, method, handler.path, minimum=min_siblings)
            if handler.protection.authenticated:
                score.signed_in += 1
                score.signed_in_hits += signed_in is not None
            else:
                score.anyone += 1
                score.anyone_false += signed_in is not None
                if signed_in is not None:
                    score.asked.append(label)
            if requires_role(handler, guarded):
                score.role += 1
                score.folder_hits += folder
                score.resource_hits += after
                if not after:
                    score.missed.append(label + (" own route" if is_own(handler.path) else ""))
            else:
                score.open_routes += 1
                score.folder_false += folder
                score.resource_false += after
                if after and not folder:
                    score.wrong.append(label)
    return score


def trees(
    apps: dict[str, Any], args: argparse.Namespace
) -> Iterator[tuple[str, dict[str, Any], Path]]:
    """Each app's tree: ``--trees DIR/<app>`` as extracted (its commit is the caller's word),
    else a checkout at the pinned commit."""
    if args.trees is None:
        yield from checked_out(apps, args)
        return
    for name, app in apps.items():
        if (args.trees / name).is_dir():
            yield name, app, args.trees / name
        else:
            print(f"{name}: skipped (no {args.trees / name})", file=sys.stderr)


def pct(part: int, whole: int) -> str:
    return f"{part}/{whole} ({100 * part / whole:.0f}%)" if whole else f"{part}/0"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", type=Path, help="folder of clones named by app")
    parser.add_argument("--source", action="append", default=[], help="APP=PATH (a git repo)")
    parser.add_argument("--clone", action="store_true", help="git clone each repository")
    parser.add_argument("--apps", type=Path, default=APPS, help="the yaml of apps to read")
    parser.add_argument("--half", help="only the apps of this half (tuning, held-out)")
    parser.add_argument(
        "--trees", type=Path, help="folder of trees already extracted at each pinned commit"
    )
    parser.add_argument("--min-siblings", type=int, default=MIN_SIBLINGS)
    parser.add_argument("--list", action="store_true", help="name the misses and wrong signals")
    args = parser.parse_args(argv)
    apps: dict[str, Any] = yaml.safe_load(args.apps.read_text(encoding="utf-8"))["apps"]
    if args.half is not None:
        apps = {name: app for name, app in apps.items() if app.get("half") == args.half}
    scores: list[Score] = []
    for name, app, checked in trees(apps, args):
        root = checked / app["root"]
        scores.append(score_app(name, root, app["endpoints"], args.min_siblings))
    total = Score("all")
    for s in scores:
        for attr in (
            "routes",
            "role",
            "folder_hits",
            "resource_hits",
            "open_routes",
            "signed_in",
            "signed_in_hits",
            "anyone",
            "anyone_false",
        ):
            setattr(total, attr, getattr(total, attr) + getattr(s, attr))
        total.folder_false += s.folder_false
        total.resource_false += s.resource_false
    print(f"admin signal ({ADMIN_ROLE}) for a new function at each route, that route left out;")
    print(f"per-resource rule with {args.min_siblings} siblings at least")
    header = "app | routes | need a role: signal before / after | open: signal before / after"
    print(header + " | read routes / with bodies (s)")
    for s in [*scores, total]:
        timing = f"{s.seconds_routes:.2f} / {s.seconds_bodies:.2f}" if s.app != "all" else ""
        print(
            f"{s.app} | {s.routes} | {pct(s.folder_hits, s.role)} / {pct(s.resource_hits, s.role)}"
            f" | {pct(s.folder_false, s.open_routes)} / {pct(s.resource_false, s.open_routes)}"
            f" | {timing}"
        )
        if args.list and s.app != "all":
            for line in s.missed:
                print(f"  missed: {line}")
            for line in s.wrong:
                print(f"  stronger than needed: {line}")
            for line in s.asked:
                print(f"  open to anyone, a public request asked: {line}")
    print(
        "\nsigning in alone (a public reading there is asked about or refused), same leave-one-out"
    )
    print("app | need signing in: evidence given | open to anyone: evidence given (the price)")
    for s in [*scores, total]:
        print(f"{s.app} | {pct(s.signed_in_hits, s.signed_in)} | {pct(s.anyone_false, s.anyone)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
