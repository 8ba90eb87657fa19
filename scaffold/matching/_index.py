"""The matching index of a catalog: each template's texts as weighted terms, built once, cached.

A template is seen through its *phrases* (patterns, name, endpoint function, description,
examples, path: each a set of terms, compared whole) and its *context* (every term it
mentions, including its fields, checklist and what its contract implies: ``auth: admin`` says
"admin", no ``auth`` says "public", a ``bulk`` clause says "bulk"). Terms are weighted by what
they say (a verb less than an object) and by rarity across the catalog (a word every template
uses tells none apart).

The index keeps inverted lists (term -> phrases, term -> templates), so scoring touches only
the templates that share a word with the description. A large catalog (``VECTOR_FROM``
templates or more) also gets the lists as numpy arrays (``_vector``), so scoring stays a few
vector operations however many templates share a common word; small catalogs never import numpy.
"""

from __future__ import annotations

import math
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

from scaffold.matching._signals import SIGNAL_WORDS
from scaffold.matching._text import Lexicon, action_mask, analyse_text, term_weight

if TYPE_CHECKING:
    from scaffold.catalog import Template
    from scaffold.matching._vector import Arrays

__all__ = [
    "CONTEXT_WEIGHTS",
    "FIELD_WEIGHTS",
    "VECTOR_FROM",
    "Index",
    "Phrase",
    "PhraseColumns",
    "TemplateFacts",
    "build_index",
    "clear_cache",
    "index_for",
    "templates_of",
]

# How much a phrase counts by where it comes from: patterns are written to be matched.
FIELD_WEIGHTS: Mapping[str, float] = {
    "pattern": 1.0,
    "name": 0.9,
    "function": 0.85,
    "description": 0.8,
    "example": 0.75,
    "path": 0.7,
}
_METHOD_VERBS = {"GET": "get", "POST": "create", "PUT": "update", "PATCH": "update"}
_METHOD_VERBS["DELETE"] = "delete"
# Context-only sources: evidence that a word belongs to the template, never a phrase.
CONTEXT_WEIGHTS: Mapping[str, float] = {
    "contract": 0.6,
    "field": 0.5,
    "checklist": 0.3,
}

VECTOR_FROM = 500  # templates: from here on, scoring runs on numpy arrays


class Phrase(NamedTuple):
    """One text of a template, as the set of terms it is compared by."""

    template: int
    label: str  # "pattern", "example", ...
    text: str
    terms: frozenset[str]
    weight: float  # the field's weight
    total: float  # the summed weights of its terms
    actions: int  # its action verbs, as bits (see ``action_mask``)


class PhraseColumns(NamedTuple):
    """The numbers of every phrase that scoring reads, one column each, indexed by phrase.

    A stored index reads them straight from its file (``_stored``), so scoring a one-off match
    does not decode the thousands of phrases that share a common word with the description.
    """

    template: Sequence[int]
    weight: Sequence[float]
    total: Sequence[float]
    actions: Sequence[int]


class TemplateFacts(NamedTuple):
    """What a match reports of a template without validating it: stored with the index."""

    version: int
    level: int  # its ``Strength.level``, as a number
    bulk: bool  # its ``Strength.bulk``
    patterns: tuple[str, ...]


def facts_of(template: Template) -> TemplateFacts:
    """The facts of one template (the index holds them for every template)."""
    from scaffold.matching._strength import strength_of

    strength = strength_of(template)
    return TemplateFacts(template.version, int(strength.level), strength.bulk, template.patterns)


@dataclass(slots=True)
class Index:
    """Everything scoring needs about one catalog, computed once."""

    templates: list[Template]
    names: list[str]
    lexicon: Lexicon
    idf: dict[str, float]
    unknown_idf: float
    phrases: list[Phrase]
    phrase_ranges: list[tuple[int, int]]  # per template: its phrases[start:end]
    phrase_postings: dict[str, list[int]]  # term -> the phrases it occurs in
    context_postings: dict[str, list[tuple[int, float]]]  # term -> (template, source weight)
    context_sources: list[dict[str, str]]  # per template: term -> label of its strongest source
    # Per template: version, strength and patterns, so a match validates no template.
    facts: Sequence[TemplateFacts] = ()
    arrays: Arrays | None = None  # the same lists as numpy arrays, for large catalogs
    # A stored index's arrays, read back from its second match on: importing numpy costs more
    # than one match in plain Python, and a one-off ``scaffold match`` makes only one.
    stored_arrays: Callable[[], Arrays] | None = field(default=None, repr=False, compare=False)
    matches: int = field(default=0, repr=False, compare=False)
    # A stored index's phrase numbers, read from its file without numpy (``PhraseColumns``).
    phrase_columns: PhraseColumns | None = field(default=None, repr=False, compare=False)

    def weight(self, term: str) -> float:
        """A term's weight: its own meaning times its rarity in this catalog."""
        return term_weight(term) * self.idf.get(term, self.unknown_idf)


def template_texts(
    template: Template,
) -> tuple[list[tuple[str, str, str]], list[tuple[str, str]]]:
    """The phrases (label, text shown, text analysed) and context (label, text) of a template.

    Both lists run from the strongest source to the weakest. The endpoint is read with its
    method as a verb ("POST" as "create"), so a description that asks to read meets a
    conflict with a PATCH endpoint, not a match.
    """
    endpoint = template.endpoint
    texts = [("pattern", text) for text in template.patterns]
    texts += [("name", template.name), ("function", endpoint.function)]
    texts.append(("description", template.description))
    texts += [("example", text) for text in template.examples]
    phrases = [(label, text, text) for label, text in texts]
    shown = f"{endpoint.method} {endpoint.path}"
    phrases.append(("path", shown, f"{_METHOD_VERBS[endpoint.method]} {endpoint.path}"))

    context = [("contract", word) for word in contract_words(template)]
    context += [("field", name) for name in (*template.input.fields, *template.output.fields)]
    context += [("checklist", text) for text in template.checklist]
    return phrases, context


def contract_words(template: Template) -> list[str]:
    """Words the contract itself implies: its role (or public), owner, sensitive, bulk, throttle.

    These meet the signals a description raises (``_signals``), which the query carries as
    the same words: "my X" as "owner", danger as "sensitive", a role as "admin".
    """
    from scaffold.matching._strength import Level, strength_of

    role = template.auth_role
    words = [role.replace("_", " ")] if role else ["public"]
    kinds = {condition.kind for condition in template.requires}
    if "owns" in kinds:
        words.append("owner")
    if strength_of(template).level is Level.sensitive:
        words += ["sensitive", "super admin"]
    if "bulk" in kinds:
        words.append("bulk")
    if "rate_limit" in kinds:
        words.append("throttle")
    return words


def _idf(count: int, df: int) -> float:
    """Rarity, damped: a term in every template still counts, a rare one up to ~3 times more."""
    return 1.0 + math.log1p(count / df) / 2.0


def build_index(templates: Sequence[Template]) -> Index:
    """Analyse every template once; weights depend on the whole catalog, so build it whole."""
    raw: list[tuple[int, str, str, frozenset[str]]] = []
    contexts: list[dict[str, tuple[float, str]]] = []
    df: Counter[str] = Counter()
    surface: set[str] = set()
    for number, template in enumerate(templates):
        phrase_texts, context_texts = template_texts(template)
        seen: dict[str, tuple[float, str]] = {}  # strongest source first, so first wins
        for label, text, analysed in phrase_texts:
            terms, words = analyse_text(analysed)
            surface.update(words)
            if terms:
                raw.append((number, label, text, terms))
            entry = (FIELD_WEIGHTS[label], label)
            for term in terms:
                seen.setdefault(term, entry)
        for label, text in context_texts:
            terms, words = analyse_text(text)
            surface.update(words)
            entry = (CONTEXT_WEIGHTS[label], label)
            for term in terms:
                seen.setdefault(term, entry)
        contexts.append(seen)
        df.update(seen.keys())

    count = max(len(templates), 1)
    idf = {term: _idf(count, n) for term, n in df.items()}
    weight = {term: term_weight(term) * value for term, value in idf.items()}

    phrases: list[Phrase] = []
    ranges = [(0, 0)] * len(templates)
    phrase_postings: dict[str, list[int]] = {}
    for number, label, text, terms in raw:  # grouped by template, in order
        start = ranges[number][0] if ranges[number][1] else len(phrases)
        for term in terms:
            phrase_postings.setdefault(term, []).append(len(phrases))
        total = sum(map(weight.__getitem__, terms))
        actions = action_mask(terms)
        phrases.append(Phrase(number, label, text, terms, FIELD_WEIGHTS[label], total, actions))
        ranges[number] = (start, len(phrases))

    context_postings: dict[str, list[tuple[int, float]]] = {}
    for number, seen in enumerate(contexts):
        for term, (source_weight, _label) in seen.items():
            context_postings.setdefault(term, []).append((number, source_weight))

    index = Index(
        templates=list(templates),
        names=[template.name for template in templates],
        lexicon=Lexicon(surface | SIGNAL_WORDS),
        idf=idf,
        unknown_idf=_idf(count, 1),
        phrases=phrases,
        phrase_ranges=ranges,
        phrase_postings=phrase_postings,
        context_postings=context_postings,
        context_sources=[{t: label for t, (_w, label) in seen.items()} for seen in contexts],
        facts=[facts_of(template) for template in templates],
    )
    if len(templates) >= VECTOR_FROM:
        from scaffold.matching._vector import build_arrays

        index.arrays = build_arrays(index)
    return index


# ---- caching by catalog identity --------------------------------------------------------------

_CACHE_SIZE = 8
_cache: dict[tuple[object, ...], tuple[object, Index]] = {}
_lock = threading.Lock()


def templates_of(source: object) -> list[Template]:
    """The templates of a Catalog, a mapping of name to Template, or an iterable of Templates."""
    from scaffold.catalog import Template

    inner = getattr(source, "templates", None)  # a Catalog
    found = inner if isinstance(inner, Mapping) else source
    if isinstance(found, Mapping):
        found = found.values()
    if not isinstance(found, Iterable) or isinstance(found, (str, bytes)):
        raise TypeError(f"match() takes a Catalog, a mapping or Templates, not {source!r}")
    templates = list(found)
    for item in templates:
        if not isinstance(item, Template):
            raise TypeError(f"match() takes Templates, not {type(item).__name__}")
    return templates


def _cached(key: tuple[object, ...]) -> Index | None:
    with _lock:
        entry = _cache.get(key)
    return None if entry is None else entry[1]


def _store(key: tuple[object, ...], keep: object, index: Index) -> None:
    with _lock:
        if len(_cache) >= _CACHE_SIZE and key not in _cache:
            _cache.pop(next(iter(_cache)))
        _cache[key] = (keep, index)


def index_for(source: object) -> Index:
    """The index of a catalog (or templates), built on first use, then reused.

    A ``Catalog`` is immutable, so its index is cached by the catalog's identity: a second
    match against it costs nothing to look up. A catalog read from files also keeps its
    index on disk (``_stored``), so the next process reads it instead of building it. Other
    containers (a dict, a list) may change in place, so they are keyed by the identities of
    the templates they hold (templates are frozen). Each entry keeps what its key names
    alive, so no identity is reused meanwhile.
    """
    is_catalog = isinstance(getattr(source, "templates", None), Mapping)
    if is_catalog:
        index = _cached(("catalog", id(source)))
        if index is not None:
            return index
        from scaffold.matching._stored import stored_index

        index = stored_index(source)  # type: ignore[arg-type]  # read from disk, or built
        if index is not None:
            _store(("catalog", id(source)), source, index)
            return index
    templates = templates_of(source)
    key: tuple[object, ...] = ("templates", *map(id, templates))
    index = _cached(key)
    if index is None:
        index = build_index(templates)
        _store(key, templates, index)
    if is_catalog:
        _store(("catalog", id(source)), source, index)
    return index


def clear_cache() -> None:
    """Forget every cached index."""
    with _lock:
        _cache.clear()
