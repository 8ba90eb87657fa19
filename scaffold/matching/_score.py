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

import heapq
import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from scaffold.matching._index import Index, Phrase
from scaffold.matching._text import Token, action_mask, concept_of, is_concept, is_qualifier

__all__ = ["Query", "best_phrase", "query_of", "rank", "read_query", "reasons", "telling"]

RECALL_SHARE = 0.6  # of a phrase's score; the rest is precision
PHRASE_SHARE = 0.8  # of a template's score; the rest is context
TYPO_FACTOR = 0.95  # each word read as a typo costs a little confidence
CONFLICT_FACTOR = 0.3  # a phrase whose verb contradicts the description's ("view" vs "update")
VERB_ONLY_FACTOR = 0.5  # a phrase met on its verb alone ("like a post" vs "create user")
EPSILON = 1e-9


def telling(term: str) -> bool:
    """Whether sharing this term says something: not a bare verb or qualifier ("my")."""
    return not action_mask((term,)) and not is_qualifier(term)


SCALE = 10_000  # scores are rounded half up to 4 places, the same way in both scorers

LABELS = {
    "pattern": "pattern",
    "name": "name",
    "function": "endpoint function",
    "description": "description",
    "example": "example",
    "path": "endpoint",
    "contract": "contract",
    "field": "fields",
    "checklist": "checklist",
}


@dataclass(frozen=True, slots=True)
class Query:
    """A description as the matcher sees it."""

    tokens: dict[str, Token]  # term -> the first token that gave it, in order
    weights: dict[str, float]
    total: float
    typos: int
    actions: int  # the description's action verbs, as bits
    words: tuple[str, ...] = ()  # every word, filler kept, typos read (for the signals)


def read_query(index: Index, description: str) -> Query:
    """The description as terms and weights, typos read."""
    found, words = index.lexicon.read(description, correct=True)
    return query_of(index, found, words)


def query_of(index: Index, found: Sequence[Token], words: Sequence[str]) -> Query:
    """A query from tokens already read (the signals' own tokens may be among them)."""
    tokens: dict[str, Token] = {}
    for token in found:
        tokens.setdefault(token.term, token)
    weights = {term: index.weight(term) for term in tokens}
    typos = sum(1 for token in tokens.values() if token.corrected_from)
    return Query(tokens, weights, sum(weights.values()), typos, action_mask(tokens), tuple(words))


def phrase_score(phrase: Phrase, shared: float, query: Query, *, verb_only: bool = False) -> float:
    """One phrase against the query, given the weight of the terms they share.

    ``verb_only``: the two share only verbs and qualifiers ("edit my account" and "renew my
    subscription" share "my"), and the phrase has more to it, which says little.
    """
    return _phrase_value(
        phrase.weight, phrase.total, phrase.actions, shared, query, verb_only=verb_only
    )


def _phrase_value(
    weight: float, total: float, actions: int, shared: float, query: Query, *, verb_only: bool
) -> float:
    value = weight * (RECALL_SHARE * (shared / total) + (1 - RECALL_SHARE) * (shared / query.total))
    if query.actions and actions and not actions & query.actions:
        value *= CONFLICT_FACTOR
    if verb_only:
        value *= VERB_ONLY_FACTOR
    return value


def _matched_phrases(
    index: Index, matched: dict[int, float], objects: set[int]
) -> Iterator[tuple[int, float, float, int, float, bool]]:
    """Each matched phrase as (template, weight, total, actions, shared, verb only).

    A stored index gives the numbers from its columns (``PhraseColumns``), so the phrases
    themselves (terms, text) are not decoded for scoring.
    """
    columns = index.phrase_columns
    if columns is None:
        for number, shared in matched.items():
            phrase = index.phrases[number]
            weak = number not in objects and shared < phrase.total - EPSILON
            yield phrase.template, phrase.weight, phrase.total, phrase.actions, shared, weak
        return
    templates, weights, totals, actions = columns
    for number, shared in matched.items():
        total = totals[number]
        weak = number not in objects and shared < total - EPSILON
        yield templates[number], weights[number], total, actions[number], shared, weak


def _python_rank(index: Index, query: Query, limit: int) -> list[tuple[int, float]]:
    matched: dict[int, float] = {}
    objects: set[int] = set()  # phrases sharing more than a verb with the description
    context: dict[int, float] = {}
    for term, weight in query.weights.items():
        says_something = telling(term)
        for number in index.phrase_postings.get(term, ()):
            matched[number] = matched.get(number, 0.0) + weight
            if says_something:
                objects.add(number)
        for template, source_weight in index.context_postings.get(term, ()):
            context[template] = context.get(template, 0.0) + source_weight * weight
    best: dict[int, float] = {}
    for template, weight, total, actions, shared, weak in _matched_phrases(index, matched, objects):
        value = _phrase_value(weight, total, actions, shared, query, verb_only=weak)
        if value > best.get(template, 0.0):
            best[template] = value
    penalty = TYPO_FACTOR**query.typos
    scored = []
    for template, explained in context.items():
        value = (
            PHRASE_SHARE * best.get(template, 0.0) + (1 - PHRASE_SHARE) * (explained / query.total)
        ) * penalty
        score = math.floor(value * SCALE + 0.5) / SCALE
        if score > 0:
            scored.append((template, score))
    return heapq.nsmallest(limit, scored, key=lambda item: (-item[1], index.names[item[0]]))


def rank(index: Index, query: Query, limit: int) -> list[tuple[int, float]]:
    """The ``limit`` best (template, score) pairs with a score above 0; ties by name.

    A large catalog is scored with numpy (``_vector``), a small one in plain Python; both
    compute the same formula in the same order. A stored index scores its first match in
    plain Python too, and reads its arrays back for the next ones.
    """
    if not query.total:
        return []
    index.matches += 1
    if index.arrays is None and index.stored_arrays is not None and index.matches > 1:
        index.arrays, index.stored_arrays = index.stored_arrays(), None
    if index.arrays is not None:
        from scaffold.matching._vector import vector_rank

        return vector_rank(index, index.arrays, query, limit)
    return _python_rank(index, query, limit)


def best_phrase(index: Index, query: Query, template: int) -> int | None:
    """The phrase of ``template`` that explains the description best (for its reasons)."""
    start, end = index.phrase_ranges[template]
    best: tuple[float, int] | None = None
    for number in range(start, end):
        phrase = index.phrases[number]
        shared = sum(query.weights.get(term, 0.0) for term in phrase.terms)
        if shared:
            hits = [t for t in phrase.terms if t in query.weights]
            weak = not any(map(telling, hits)) and shared < phrase.total - EPSILON
            value = phrase_score(phrase, shared, query, verb_only=weak)
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
        if query.actions and phrase.actions and not phrase.actions & query.actions:
            found.append(f"its verb differs from the description's (score x{CONFLICT_FACTOR})")
        explained.update(hits)
    sources = index.context_sources[template]
    elsewhere: dict[str, list[str]] = {}
    for term, token in query.tokens.items():
        if term not in explained and term in sources:
            elsewhere.setdefault(LABELS[sources[term]], []).append(quote(token))
            explained.add(term)
    found += [f"also in its {label}: {', '.join(words)}" for label, words in elsewhere.items()]
    missing = [quote(token) for term, token in query.tokens.items() if term not in explained]
    if missing:
        found.append(f"not in this template: {', '.join(missing)}")
    return found
