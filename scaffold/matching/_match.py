"""``match()``: rank a catalog's templates for a description, with the verb-based fallback.

Below ``THRESHOLD`` no template is trusted and the basic contract for the description's verb
(``fallback:<kind>``) ranks first. The fallback always takes its place in the ranking at the
threshold, so a caller sees how close the alternatives came, and the list is never empty.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from scaffold.catalog import Template
from scaffold.matching._fallback import FALLBACK_PREFIX, Fallback, plan_fallback
from scaffold.matching._index import Index, index_for
from scaffold.matching._score import Query, rank, read_query, reasons

__all__ = ["THRESHOLD", "Match", "match"]

THRESHOLD = 0.45


@dataclass(frozen=True, slots=True)
class Match:
    """One ranked candidate: a template name or ``fallback:<kind>``, how sure, and why."""

    template: str
    score: float
    reasons: list[str] = field(compare=False)
    spec: Template = field(compare=False, repr=False)

    @property
    def is_fallback(self) -> bool:
        """Whether this is the synthesized basic contract rather than a catalog template."""
        return self.template.startswith(FALLBACK_PREFIX)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready view: template, score, fallback, version, reasons."""
        return {
            "template": self.template,
            "score": self.score,
            "fallback": self.is_fallback,
            "version": self.spec.version,
            "reasons": list(self.reasons),
        }


def match(description: str, templates: object, limit: int = 5) -> list[Match]:
    """Rank ``templates`` for ``description``, best first, at most ``limit`` matches.

    ``templates`` is a ``Catalog``, a mapping of name to ``Template``, or Templates. The
    catalog's index is built on first use and cached while its templates are the same
    objects. Ties go to the alphabetically first name. The result is never empty: a
    description with no word to match gets the basic fallback.
    """
    if limit < 1:
        raise ValueError("limit must be at least 1")
    index = index_for(templates)
    query = read_query(index, description)
    ranked = rank(index, query, limit)
    fallback = plan_fallback(list(query.tokens.values()), description)
    results = [
        Match(index.names[number], score, reasons(index, query, number), index.templates[number])
        for number, score in ranked
    ]
    place = next((i for i, m in enumerate(results) if m.score < THRESHOLD), len(results))
    results.insert(place, _fallback_match(fallback, index, query, ranked))
    return results[:limit]


def _fallback_match(
    fallback: Fallback, index: Index, query: Query, ranked: list[tuple[int, float]]
) -> Match:
    if not query.tokens:
        verdict = "the description has no word to match"
    elif not ranked:
        verdict = "no template shares a word with the description"
    elif ranked[0][1] < THRESHOLD:
        name, score = index.names[ranked[0][0]], ranked[0][1]
        verdict = f"no template reached {THRESHOLD:.2f} (best: {name} {score:.2f})"
    else:
        verdict = f"the basic contract, if no template above fits (threshold {THRESHOLD:.2f})"
    return Match(
        template=FALLBACK_PREFIX + fallback.kind,
        score=THRESHOLD,
        reasons=[verdict, *fallback.reasons],
        spec=fallback.template,
    )
