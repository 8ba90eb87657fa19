"""Does a route written in a description land where the real app serves it?

The entries of the matcher's test sets that come from a FastAPI app pinned in their set's
header (the apps of ``bench/unseen_in_project.py``, set up as its docstring says) name a real
route: ``get_category_sales GET /api/v1/reports/categories``. Each is planned as
``scaffold new function "<description>" --dry-run`` plans it inside that app's own tree
(nothing is written), with one user contract for all (``secure_data_access``: the contract
does not change the route). The app already serves that route, so the plan that generates
the route described stops on it: "GET /api/v1/reports/categories is already served by
get_category_sales (app/api/reports.py:40)". Counted:

- *the app's own route*: the plan stops on the handler in the entry's source file, so the
  route would be served at the very path the app serves (its routers' prefixes included);
- *another route*: it stops on another file's handler;
- *planned elsewhere*: the plan is free, so the generated route would be served at a path
  the app does not serve for it (the path of ``route``, the last column of ``--list``);
- *refused*: no function planned (no action recognised, a secret...);
- *crashed*: the plan raised something other than the command's one-line errors (a bug).

    python bench/written_paths.py --tree agentshub=DIR --tree dz=DIR [--list]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from unseen_in_project import app_entries, project_folder, tree_args  # bench/: its folder

from scaffold.catalog import load_catalog
from scaffold.errors import UserError
from scaffold.generate import find_project, plan_function

ROUTE = re.compile(r"\b(?:GET|POST|PUT|PATCH|DELETE)\s+/")
SERVED = re.compile(r"is already served by \S+ \((?P<file>[^:]+):\d+\)")


def outcome(text: str, source: str, tree: Path, template: Any) -> tuple[str, str]:
    """The kind of outcome (module docstring) and what the plan said or planned."""
    folder = project_folder(tree, source)
    project = find_project(folder)
    source_file = (tree / source.split(":", 1)[1]).resolve()
    try:
        plan = plan_function(text, template, project=project)
    except UserError as error:
        found = SERVED.search(error.message)
        if found is None:
            return "refused", error.message
        same = (project.root / found.group("file")).resolve() == source_file
        return ("own" if same else "other"), error.message
    except Exception as error:  # counted, not hidden: a bug to fix
        return "crashed", f"{type(error).__name__}: {error}"
    spec = plan.spec
    return "elsewhere", f"{spec.method} {spec.path}" if spec is not None else ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tree", action="append", default=[], help="APP=DIR")
    parser.add_argument("--list", action="store_true", help="every description's outcome")
    args = parser.parse_args(argv)
    trees = tree_args(args.tree)
    template = load_catalog().get("secure_data_access")
    totals: Counter[str] = Counter()
    print(
        "app | routes written | the app's own route | another route | elsewhere | refused | crashed"
    )
    for name, tree, mine in app_entries(trees):
        counts: Counter[str] = Counter()
        for case in mine:
            if not ROUTE.search(case["text"]):
                continue
            kind, said = outcome(case["text"], str(case["source"]), tree, template)
            counts[kind] += 1
            counts["routes"] += 1
            if args.list:
                print(f"  {kind:9} {case['text'][:70]!r}: {said[:140]}")
        totals.update(counts)
        print(_row(name, counts))
    print(_row("all", totals))
    return 0


def _row(name: str, counts: Counter[str]) -> str:
    return (
        f"{name} | {counts['routes']} | {counts['own']} | {counts['other']} | "
        f"{counts['elsewhere']} | {counts['refused']} | {counts['crashed']}"
    )


if __name__ == "__main__":
    sys.exit(main())
