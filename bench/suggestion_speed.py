"""The cost of reading a handler's guards into its suggestion, the suggestion step alone.

For each app folder: read its handlers once (``analyze_path`` without suggestions), then time
suggesting for all of them from the words alone and with the handler's guards as evidence
(``guard_of``, what ``scaffold analyze`` does), in turns, best of ``--rounds``. The reading of
the code is the same both ways and is left out.

    python bench/suggestion_speed.py APP_DIR [APP_DIR ...] [--rounds 5]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from scaffold.analyze import Handler, Suggestion, analyze_path
from scaffold.analyze._suggest import make_suggester
from scaffold.catalog import load_catalog
from scaffold.matching import Match, ProjectAccess, match_request

Suggest = Callable[[Handler], Suggestion | None]


def _seconds(suggest: Suggest, handlers: Sequence[Handler]) -> float:
    start = time.perf_counter()
    for handler in handlers:
        suggest(handler)
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("apps", nargs="+", type=Path)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)
    catalog = load_catalog(None, include_user=False)

    def words_only(description: str, guard: ProjectAccess | None) -> list[Match]:
        return match_request(description, catalog, limit=1).matches

    def with_guards(description: str, guard: ProjectAccess | None) -> list[Match]:
        return match_request(description, catalog, limit=1, project=guard).matches

    ways: dict[str, Suggest] = {
        "words alone": make_suggester(words_only),
        "with guards": make_suggester(with_guards),
    }
    print("app | handlers | guarded | words alone | with guards | ratio")
    for app in args.apps:
        handlers = analyze_path(app).handlers
        guarded = sum(h.protection.authenticated for h in handlers)
        for suggest in ways.values():  # warm the catalog's index
            _seconds(suggest, handlers[:20])
        best = dict.fromkeys(ways, float("inf"))
        for _ in range(args.rounds):
            for name, suggest in ways.items():
                best[name] = min(best[name], _seconds(suggest, handlers))
        words, guards = best["words alone"], best["with guards"]
        print(
            f"{app.name} | {len(handlers)} | {guarded} | {words:.2f} s | {guards:.2f} s | "
            f"{guards / words:.2f}x"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
