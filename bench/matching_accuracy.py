"""Top-1 accuracy of the matcher on tests/matching/cases.yaml, beside the design's naive matcher.

The naive matcher is the design source's: the first template (in catalog order) one of whose
patterns is a substring of the lowercased text; otherwise a fallback chosen by substrings
(create/add/new, update/edit/modify, delete/remove, admin, rate limit/throttle).

    python bench/matching_accuracy.py            # figures, and the cases each matcher misses
"""

from __future__ import annotations

import sys
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import yaml

from scaffold.catalog import Catalog, load_catalog
from scaffold.matching import match

CASES = Path(__file__).resolve().parent.parent / "tests" / "matching" / "cases.yaml"
_NAIVE_FALLBACKS = (
    ("create", ("create", "add", "new")),
    ("update", ("update", "edit", "modify")),
    ("delete", ("delete", "remove")),
    ("admin", ("admin",)),
    ("rate_limit", ("rate limit", "throttle")),
)


def load_cases(path: Path = CASES) -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return cases


def naive_match(text: str, catalog: Catalog) -> str:
    """The design source's matcher: substring patterns, then substring verbs."""
    lowered = text.lower()
    for template in catalog.templates.values():
        if any(pattern.lower() in lowered for pattern in template.patterns):
            return template.name
    for kind, words in _NAIVE_FALLBACKS:
        if any(word in lowered for word in words):
            return f"fallback:{kind}"
    return "fallback:basic"


def our_match(text: str, catalog: Catalog) -> str:
    return match(text, catalog, limit=1)[0].template


def evaluate(
    matcher: Callable[[str, Catalog], str], cases: Sequence[dict[str, Any]], catalog: Catalog
) -> tuple[float, list[tuple[str, str, str]], dict[str, tuple[int, int]]]:
    """Accuracy, the misses (text, expected, got), and (right, total) per tag."""
    misses: list[tuple[str, str, str]] = []
    tags: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for case in cases:
        got = matcher(case["text"], catalog)
        right = got == case["expect"]
        if not right:
            misses.append((case["text"], case["expect"], got))
        for tag in case.get("tags", []):
            tags[tag][0] += right
            tags[tag][1] += 1
    accuracy = 1 - len(misses) / len(cases)
    return accuracy, misses, {tag: (r, t) for tag, (r, t) in sorted(tags.items())}


def main() -> int:
    catalog = load_catalog(None, include_user=False)
    cases = load_cases()
    print(f"{len(cases)} labelled descriptions, {len(catalog)} built-in templates")
    for label, matcher in (("scaffold.matching", our_match), ("naive substring", naive_match)):
        accuracy, misses, tags = evaluate(matcher, cases, catalog)
        print(f"\n{label}: top-1 accuracy {accuracy:.1%} ({len(cases) - len(misses)}/{len(cases)})")
        print("  by tag: " + ", ".join(f"{tag} {r}/{t}" for tag, (r, t) in tags.items()))
        for text, expected, got in misses:
            print(f"  miss: {text!r}: expected {expected}, got {got}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
