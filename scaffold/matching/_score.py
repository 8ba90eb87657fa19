"""Scores and reasons: how well each template of an index explains one description.

For each template:

* every *phrase* (a pattern, its name, endpoint function, description, an example, its path)
  is compared with the description as two sets of weighted terms: ``recall``, how much of the
  phrase the description says, and ``precision``, how much of the description the phrase
  explains. ``phrase = field weight * (0.6 * recall + 0.4 * precision)``; the best one counts.
* *context* is how much of the description the template explains anywhere (its fields,
  checklist and contract included), each word scaled by the weight of where it was found.

``score = (0.8 * best phrase + 0.2 * context) * 0.95 ** typos``, rounded to 4 places, in 0..1.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from scaffold.matching._index import Floats, Index, Ints
from scaffold.matching._text import Token, concept_of, is_concept

__all__ = ["Query", "best_phrase", "rank", "reasons", "read_query"]

RECALL_SHARE = 0.6  # of a phrase's score; the rest is precision
PHRASE_SHARE = 0.8  # of a template's score; the rest is context
TYPO_FACTOR = 0.95  # each word read as a typo costs a little confidence
_DECIMALS = 4

LABELS = {
    "pattern": "pattern",
    "name": "name",
    "function": "endpoint function",
    "description": "description",
    "example": "example",
    "path": "endpoint path",
    "contract": "contract",
    "field": "fields",
    "method": "HTTP method",
    "checklist": "checklist",
}


@dataclass(frozen=True, slots=True)
class Query:
    """A description as the matcher sees it."""

    tokens: dict[str, Token]  # term -> the first token that gave it, in order
    weights: dict[str, float]
    total: float
    typos: int


def read_query(index: Index, description: str) -> Query:
    tokens: dict[str, Token] = {}
    for token in index.lexicon.tokens(description, correct=True):
        tokens.setdefault(token.term, token)
    weights = {term: index.weight(term) for term in tokens}
    typos = sum(1 for token in tokens.values() if token.corrected_from)
    return Query(tokens, weights, sum(weights.values()), typos)


def _accumulate(
    size: int, postings: Sequence[tuple[Ints, Floats | float]]
) -> Floats:
    """Sum each row's weights over the inverted lists (one ``bincount``)."""
    if not postings:
        return np.zeros(size, dtype=np.float64)
    rows = np.concatenate([ids for ids, _ in postings])
    weights = np.concatenate([np.broadcast_to(w, ids.shape) for ids, w in postings])
    return np.bincount(rows, weights=weights, minlength=size)


def _scores(index: Index, query: Query) -> Floats:
    """Every template's score, as a vector."""
    phrase_lists: list[tuple[Ints, Floats | float]] = []
    context_lists: list[tuple[Ints, Floats | float]] = []
    for term, weight in query.weights.items():
        rows = index.phrase_postings.get(term)
        if rows is not None:
            phrase_lists.append((rows, weight))
        context = index.context_postings.get(term)
        if context is not None:
            context_lists.append((context.rows, context.factors * weight))
    count = len(index.names)
    matched = _accumulate(len(index.phrases), phrase_lists)
    hit = np.flatnonzero(matched)
    weight = matched[hit]
    recall = weight / index.phrase_total[hit]
    phrase = index.phrase_weight[hit] * (
        RECALL_SHARE * recall + (1 - RECALL_SHARE) * weight / query.total
    )
    best = np.zeros(count, dtype=np.float64)
    np.maximum.at(best, index.phrase_template[hit], phrase)
    context = _accumulate(count, context_lists) / query.total
    value = (PHRASE_SHARE * best + (1 - PHRASE_SHARE) * context) * TYPO_FACTOR**query.typos
    return np.round(value, _DECIMALS)


def rank(index: Index, query: Query, limit: int) -> list[tuple[int, float]]:
    """The ``limit`` best (template, score) pairs with a score above 0; ties by name."""
    scores = _scores(index, query)
    candidates = np.flatnonzero(scores > 0)
    if len(candidates) > limit:
        floor = np.partition(scores[candidates], -limit)[-limit]
        candidates = candidates[scores[candidates] >= floor]
    order = np.lexsort((index.name_rank[candidates], -scores[candidates]))
    return [(int(t), float(scores[t])) for t in candidates[order][:limit]]


def best_phrase(index: Index, query: Query, template: int) -> int | None:
    """The phrase of ``template`` that explains the description best (for its reasons)."""
    start, end = index.phrase_ranges[template]
    best: tuple[float, int] | None = None
    for number in range(start, end):
        phrase = index.phrases[number]
        weight = sum(query.weights.get(term, 0.0) for term in phrase.terms)
        if weight:
            recall, precision = weight / phrase.total, weight / query.total
            value = phrase.weight * (RECALL_SHARE * recall + (1 - RECALL_SHARE) * precision)
            if best is None or value > best[0]:
                best = (value, number)
    return None if best is None else best[1]


def quote(token: Token) -> str:
    """A typed word as reasons show it: the typo's reading and its concept when they differ."""
    text = f'"{token.surface}"'
    if token.corrected_from:
        text = f'"{token.corrected_from}" (read as "{token.surface}")'
    if is_concept(token.term) and concept_of(token.term) != token.surface:
        text += f" = {concept_of(token.term)}"
    return text


def reasons(index: Index, query: Query, template: int) -> list[str]:
    """Which phrase matched and with which words, what else matched, and what did not."""
    found: list[str] = []
    explained: set[str] = set()
    number = best_phrase(index, query, template)
    if number is not None:
        phrase = index.phrases[number]
        hits = [term for term in query.tokens if term in phrase.terms]
        words = ", ".join(quote(query.tokens[term]) for term in hits)
        found.append(f'{LABELS[phrase.label]} "{phrase.text}" matched {words}')
        explained.update(hits)
    sources = index.context_sources[template]
    elsewhere: dict[str, list[str]] = {}
    for term, token in query.tokens.items():
        if term not in explained and term in sources:
            elsewhere.setdefault(LABELS[sources[term]], []).append(quote(token))
            explained.add(term)
    found += [f"its {label} mention {', '.join(words)}" for label, words in elsewhere.items()]
    missing = [quote(token) for term, token in query.tokens.items() if term not in explained]
    if missing:
        found.append(f"not in this template: {', '.join(missing)}")
    return found
