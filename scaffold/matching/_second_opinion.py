"""A second opinion on how strong a contract a description needs, learned from real projects.

The rules (``_signals``, ``_unsure``) read words that say who may call. Most real routes and
docstrings say nothing of the kind: access lives in the project's code. Rules read off one
labelled set's misses fixed that set's words and almost none of the next set's
(docs/matching.md, "Figures"). This is a different kind of evidence: a linear model over the
description's words and word pairs, trained on every labelled description of the held-out and
development sets (thousands, from well over a hundred public projects; ``bench/
train_second_opinion.py``), that estimates which rung of the ladder the real code needed.

It only ever raises: when the model gives more than ``RAISE_AT`` of its probability to
contracts the words' own pick does not meet, the decision is unsure (``_match``), so a
terminal asks, ``--yes`` takes the safer contract and says so, and otherwise the request is
refused. It never lowers a contract and never touches a request the words call public. The
weights ship with the package (``second_opinion.json``): offline, no download, and the same
answer every time.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from pathlib import Path

from scaffold.matching._strength import Floor, Level, Strength

__all__ = ["MODEL_PATH", "RAISE_AT", "Opinion", "features", "second_opinion"]

MODEL_PATH = Path(__file__).with_name("second_opinion.json")
RAISE_AT = 0.5  # probability mass on stronger contracts that makes the decision unsure
_CONSIDERED = 0.2  # a class at least this likely is a reading the safer contract must meet
_SHOWN_WORDS = 3

_CAMEL = re.compile(r"([a-z])([A-Z])")
_PLACEHOLDER = re.compile(r"[{<(\[][^}>)\]]*[}>)\]]")  # {id}, <int:pk>, (?P<x>...), [slug]
_WORD = re.compile(r"[A-Za-z]+")


def _tokens(text: str) -> list[str]:
    """Lower-case words: camelCase split, path placeholders read as ``param``, a plural
    ``s`` dropped (a crude stem that needs no dictionary and never changes)."""
    text = _PLACEHOLDER.sub(" PARAM ", _CAMEL.sub(r"\1 \2", text))
    words = _WORD.findall(text.lower())
    return [w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in words]


def features(text: str) -> set[str]:
    """The model's inputs: each word, and each pair of neighbouring words."""
    words = _tokens(text)
    return {*words, *(f"{a} {b}" for a, b in pairwise(words))}


def _strength(name: str) -> Strength:
    """A class name ("admin", "admin+bulk") as a ``Strength``."""
    level, _, bulk = name.partition("+")
    return Strength(Level[level], bool(bulk))


@dataclass(frozen=True, slots=True)
class _Model:
    classes: tuple[Strength, ...]
    bias: tuple[float, ...]
    weights: dict[str, tuple[float, ...]]
    trained_on: int  # how many labelled descriptions


@cache
def _model() -> _Model:
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    return _Model(
        tuple(_strength(name) for name in data["classes"]),
        tuple(data["bias"]),
        {feature: tuple(row) for feature, row in data["weights"].items()},
        int(data["trained_on"]),
    )


@dataclass(frozen=True, slots=True)
class Opinion:
    """The model reads the description as needing ``needs``: ``likely`` is the probability
    it gives to contracts stronger than the words' pick, ``words`` the inputs that pushed
    it most."""

    needs: Strength
    likely: float
    words: tuple[str, ...]
    trained_on: int

    @property
    def reason(self) -> str:
        said = ", ".join(repr(w) for w in self.words)
        pushed = f", mostly from {said}" if said else ""
        return (
            f"a model trained on {self.trained_on:,} labelled descriptions of real projects"
            f" reads it as needing {self.needs} ({self.likely:.0%} likely{pushed})"
        )


def second_opinion(description: str, picked: Strength) -> Opinion | None:
    """Whether the model reads ``description`` as needing a stronger contract than
    ``picked``: the safer strength to offer, or None when the pick is likely enough."""
    model = _model()
    present = [f for f in features(description) if f in model.weights]
    scores = list(model.bias)
    for feature in present:
        for i, weight in enumerate(model.weights[feature]):
            scores[i] += weight
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    probability = [e / total for e in exps]
    stronger = [
        i
        for i, needed in enumerate(model.classes)
        if not Floor(needed.level, needed.bulk).admits(picked)
    ]
    likely = sum(probability[i] for i in stronger)
    if likely <= RAISE_AT:
        return None
    readings = [model.classes[i] for i in stronger if probability[i] >= _CONSIDERED]
    if not readings:  # spread thin over several stronger rungs: the likeliest of them
        readings = [model.classes[max(stronger, key=probability.__getitem__)]]
    needs = max(readings, key=lambda s: (s.level, s.bulk))
    target = model.classes.index(needs)
    pushed = sorted(present, key=lambda f: -model.weights[f][target])[:_SHOWN_WORDS]
    words = tuple(f for f in pushed if model.weights[f][target] > 0)
    return Opinion(needs, likely, words, model.trained_on)
