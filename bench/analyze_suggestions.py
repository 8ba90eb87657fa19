"""`scaffold analyze`'s template suggestions against the matching sets' labels, in real apps.

Each labelled route of the FastAPI apps in ``bench/unseen_in_project.py`` (the same ``--tree
APP=DIR`` trees, set up as its docstring says) is found among the handlers ``scaffold
analyze`` reads in its project folder: by the source file the entry names and the function
its description starts with (``get_user GET /users/{id}``; entries written from docstrings
name no function and are left out). The handler's suggestion is made as ``scaffold analyze``
makes it (``describe`` the handler, match, take the first), once from the words alone and once
with the handler's own guards as evidence (``guard_of``), and compared with the label: the
contract the route needs, read from its code by the set's writers. Counted: the same template
as the label, a contract weaker than the label, and one stronger.

    python bench/analyze_suggestions.py --tree keep=DIR --tree barbershop=DIR ...
    python bench/analyze_suggestions.py $(cat TREES) --list    # every route's outcome
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from matching_accuracy import label_strength, weaker_than  # bench/: its folder
from unseen_in_project import APPS, app_entries, project_folder, tree_args

from scaffold.analyze import Handler, analyze_path
from scaffold.analyze._suggest import describe, guard_of
from scaffold.catalog import Catalog, load_catalog
from scaffold.matching import match_request

SIDES = ("words", "guards")


def handler_for(handlers: list[Handler], file: str, text: str) -> Handler | None:
    """The handler in ``file`` whose function the description starts with, if one only."""
    name = text.split(maxsplit=1)[0] if text.strip() else ""
    found = [h for h in handlers if h.file == file and h.function.rpartition(".")[2] == name]
    return found[0] if len(found) == 1 else None


def outcome(label: str, handler: Handler, catalog: Catalog, *, guards: bool) -> str:
    """``same``, ``weaker``, ``stronger`` or ``other`` (as strong, another template)."""
    guard = guard_of(handler.protection) if guards else None
    best = match_request(describe(handler), catalog, limit=1, project=guard).matches[0]
    if best.template == label:
        return "same"
    if weaker_than(label, best.strength, catalog):
        return "weaker"
    return "stronger" if best.strength.level > label_strength(label, catalog).level else "other"


def score_app(
    tree: Path, cases: list[dict[str, Any]], catalog: Catalog
) -> tuple[Counter[str], list[str]]:
    counts: Counter[str] = Counter()
    lines: list[str] = []
    read: dict[Path, list[Handler]] = {}
    for case in cases:
        folder = project_folder(tree, case["source"])
        if folder not in read:
            read[folder] = list(analyze_path(folder, excludes=(".scaffold",)).handlers)
        file = (tree / case["source"].split(":", 1)[1]).relative_to(folder).as_posix()
        handler = handler_for(read[folder], file, case["text"])
        counts["entries"] += 1
        if handler is None:
            continue
        counts["found"] += 1
        got = [outcome(case["label"], handler, catalog, guards=g) for g in (False, True)]
        for side, result in zip(SIDES, got, strict=True):
            counts[f"{side}: {result}"] += 1
        lines.append(f"  {case['text'][:60]!r} [{case['label']}] {got[0]} -> {got[1]}")
    return counts, lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--tree", action="append", default=[], help="APP=DIR (" + ", ".join(APPS) + ")"
    )
    parser.add_argument("--list", action="store_true", help="every route's outcome")
    args = parser.parse_args(argv)
    trees = tree_args(args.tree)
    catalog = load_catalog()
    total: Counter[str] = Counter()
    print(
        "app | labelled routes found / entries | same template: words / with guards | "
        "weaker: words / with guards | stronger: words / with guards"
    )
    for name, tree, mine in app_entries(trees):
        counts, lines = score_app(tree, mine, catalog)
        total.update(counts)
        _row(name, counts)
        if args.list:
            print("\n".join(lines))
    _row("all", total)
    return 0


def _row(name: str, c: Counter[str]) -> None:
    def pair(key: str) -> str:
        return f"{c[f'words: {key}']} / {c[f'guards: {key}']}"

    print(
        f"{name} | {c['found']} / {c['entries']} | {pair('same')} | {pair('weaker')} | "
        f"{pair('stronger')}"
    )


if __name__ == "__main__":
    sys.exit(main())
