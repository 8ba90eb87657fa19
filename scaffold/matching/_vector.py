"""Scoring a large catalog with numpy: the same formula as ``_score``, as vector operations.

In a catalog of thousands of templates a common word ("user") occurs in most of them, so a
Python loop over its inverted list costs tens of milliseconds. Here each inverted list is an
array; one ``bincount`` sums the description's weights per phrase and per template, and the
phrase and template scores are computed for all of them at once. Only catalogs of
``VECTOR_FROM`` templates or more use this module, so small ones never import numpy.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

if TYPE_CHECKING:
    from scaffold.matching._index import Index
    from scaffold.matching._score import Query

__all__ = ["Arrays", "build_arrays", "vector_rank"]

Floats = npt.NDArray[np.float64]
Ints = npt.NDArray[np.int64]


@dataclass(frozen=True, slots=True)
class Arrays:
    """The index's phrases and inverted lists as arrays."""

    phrase_template: Ints
    phrase_weight: Floats
    phrase_total: Floats
    phrase_actions: Ints
    phrase_postings: dict[str, Ints]
    context_rows: dict[str, Ints]
    context_factors: dict[str, Floats]
    name_rank: Ints  # each template's position in name order (ties go to the first name)


def build_arrays(index: Index) -> Arrays:
    phrases = index.phrases
    names = index.names
    rank = np.empty(len(names), dtype=np.int64)
    rank[sorted(range(len(names)), key=names.__getitem__)] = np.arange(len(names))
    context_rows: dict[str, Ints] = {}
    context_factors: dict[str, Floats] = {}
    for term, pairs in index.context_postings.items():
        rows, factors = zip(*pairs, strict=True)
        context_rows[term] = np.asarray(rows, dtype=np.int64)
        context_factors[term] = np.asarray(factors, dtype=np.float64)
    return Arrays(
        phrase_template=np.asarray([p.template for p in phrases], dtype=np.int64),
        phrase_weight=np.asarray([p.weight for p in phrases], dtype=np.float64),
        phrase_total=np.asarray([p.total for p in phrases], dtype=np.float64),
        phrase_actions=np.asarray([p.actions for p in phrases], dtype=np.int64),
        phrase_postings={
            term: np.asarray(ids, dtype=np.int64) for term, ids in index.phrase_postings.items()
        },
        context_rows=context_rows,
        context_factors=context_factors,
        name_rank=rank,
    )


def _accumulate(size: int, postings: Sequence[tuple[Ints, Floats | float]]) -> Floats:
    """Sum each row's weights over the inverted lists (one ``bincount``)."""
    if not postings:
        return np.zeros(size, dtype=np.float64)
    rows = np.concatenate([ids for ids, _ in postings])
    weights = np.concatenate([np.broadcast_to(w, ids.shape) for ids, w in postings])
    sums: Floats = np.bincount(rows, weights=weights, minlength=size).astype(np.float64)
    return sums


def vector_rank(index: Index, arrays: Arrays, query: Query, limit: int) -> list[tuple[int, float]]:
    """The ``limit`` best (template, score) pairs, as ``_score.rank`` defines them."""
    from scaffold.matching._score import (
        CONFLICT_FACTOR,
        EPSILON,
        PHRASE_SHARE,
        RECALL_SHARE,
        SCALE,
        TYPO_FACTOR,
        VERB_ONLY_FACTOR,
        telling,
    )

    phrase_lists: list[tuple[Ints, Floats | float]] = []
    object_lists: list[tuple[Ints, Floats | float]] = []  # terms other than action verbs
    context_lists: list[tuple[Ints, Floats | float]] = []
    for term, term_weight in query.weights.items():
        rows = arrays.phrase_postings.get(term)
        if rows is not None:
            phrase_lists.append((rows, term_weight))
            if telling(term):
                object_lists.append((rows, 1.0))
        templates = arrays.context_rows.get(term)
        if templates is not None:
            context_lists.append((templates, arrays.context_factors[term] * term_weight))
    count = len(index.names)
    matched = _accumulate(len(index.phrases), phrase_lists)
    hit = np.flatnonzero(matched)
    shared = matched[hit]
    phrase = arrays.phrase_weight[hit] * (
        RECALL_SHARE * (shared / arrays.phrase_total[hit])
        + (1 - RECALL_SHARE) * (shared / query.total)
    )
    if query.actions:
        actions = arrays.phrase_actions[hit]
        phrase[(actions != 0) & (actions & query.actions == 0)] *= CONFLICT_FACTOR
    objects = _accumulate(len(index.phrases), object_lists)[hit]
    partial = shared < arrays.phrase_total[hit] - EPSILON
    phrase[(objects == 0) & partial] *= VERB_ONLY_FACTOR
    best = np.zeros(count, dtype=np.float64)
    np.maximum.at(best, arrays.phrase_template[hit], phrase)
    context = _accumulate(count, context_lists)
    value = (PHRASE_SHARE * best + (1 - PHRASE_SHARE) * (context / query.total)) * (
        TYPO_FACTOR**query.typos
    )
    scores = np.floor(value * SCALE + 0.5) / SCALE
    candidates = np.flatnonzero(scores > 0)
    if len(candidates) > limit:
        floor = np.partition(scores[candidates], -limit)[-limit]
        candidates = candidates[scores[candidates] >= floor]
    order = np.lexsort((arrays.name_rank[candidates], -scores[candidates]))
    return [(int(t), float(scores[t])) for t in candidates[order][:limit]]
