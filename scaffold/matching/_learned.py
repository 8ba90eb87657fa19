"""What the labelled requests most like this one needed: a linear model read from the sets.

The rules read what a description says. Where it says nothing of who may call ("list
tickets", ``get_email_settings GET /settings/email``), the rules cannot tell a user's read
from staff's; tens of thousands of labelled requests from real applications can say which
is usual. This module ranks the labels for a description with a linear model trained on
every labelled set (``bench/train_matcher.py``, scikit-learn's ``TfidfVectorizer`` and
``LinearSVC``, exported to ``learned.zip``). It only runs the exported model, with the
standard library (a one-off match imports no numpy): word and character n-grams weighted as
the vectorizers weigh them, one sum per label. It never lowers a floor: ``match_request``
uses it to offer a safer contract, never a weaker one.
"""

from __future__ import annotations

import json
import math
import re
import sys
import zipfile
from array import array
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from scaffold.errors import ScaffoldError
from scaffold.matching._strength import Level, Strength

__all__ = ["MODEL_PATH", "LearnedModel", "current_model", "load_model", "normalise"]

MODEL_PATH = Path(__file__).with_name("learned.zip")

_CAMEL = re.compile(r"([a-z])([A-Z])")
_SEPARATORS = re.compile(r"[_/{}\-.:]")
_TOKEN = re.compile(r"(?u)\b\w\w+\b")  # the vectorizer's default token pattern
_SPACES = re.compile(r"\s\s+")


def normalise(text: str) -> str:
    """Route names and paths as words: ``getUser_byId /api/v1`` -> ``get user by id  api v1``."""
    return _SEPARATORS.sub(" ", _CAMEL.sub(r"\1 \2", text)).lower()


def word_grams(text: str, widest: int) -> list[str]:
    """Words of two letters or more, and runs of them up to ``widest`` (as the vectorizer)."""
    tokens = _TOKEN.findall(text)
    grams = list(tokens)
    for n in range(2, widest + 1):
        grams += [" ".join(tokens[i : i + n]) for i in range(len(tokens) - n + 1)]
    return grams


def char_grams(text: str, shortest: int, widest: int) -> list[str]:
    """Character n-grams inside each word padded with a space (the ``char_wb`` analyzer)."""
    grams: list[str] = []
    for word in _SPACES.sub(" ", text).split():
        padded = f" {word} "
        for n in range(shortest, widest + 1):
            if len(padded) <= n:  # a short word counts once, whole
                grams.append(padded)
                break
            grams += [padded[i : i + n] for i in range(len(padded) - n + 1)]
    return grams


@dataclass(frozen=True)
class _Weights:
    """One vectorizer's vocabulary and idf, as exported."""

    vocabulary: dict[str, int]
    idf: array[float]

    def vector(self, grams: list[str], offset: int) -> dict[int, float]:
        """Sublinear tf times idf, unit length, at this block's columns."""
        counts = Counter(g for g in grams if g in self.vocabulary)
        values = {
            offset + self.vocabulary[g]: (1.0 + math.log(n)) * self.idf[self.vocabulary[g]]
            for g, n in counts.items()
        }
        norm = math.sqrt(sum(v * v for v in values.values()))
        return {k: v / norm for k, v in values.items()} if norm else {}


@dataclass(frozen=True)
class LearnedModel:
    """The labels, the strength each asks for, and the weights that rank them."""

    labels: tuple[str, ...]
    strengths: tuple[Strength, ...]
    words: _Weights
    chars: _Weights
    word_widest: int
    char_range: tuple[int, int]
    coef: array[float]  # feature-major: a row of one weight per label for each feature
    intercept: tuple[float, ...]

    def scores(self, description: str) -> list[float]:
        """One decision value per label: higher is likelier."""
        text = normalise(description)
        x = self.words.vector(word_grams(text, self.word_widest), 0)
        x |= self.chars.vector(char_grams(text, *self.char_range), len(self.words.idf))
        width = len(self.labels)
        scores = list(self.intercept)
        for column, value in x.items():
            row = column * width
            for label in range(width):
                scores[label] += value * self.coef[row + label]
        return scores

    def strongest_likely(
        self, description: str, admits: Callable[[Strength], bool], margin: float
    ) -> tuple[str, Strength] | None:
        """Among the labels ``admits`` lets through, those scoring within ``margin`` of the
        likeliest: the one asking for the most (then the likelier). None when none is let
        through."""
        scores = self.scores(description)
        allowed = [i for i, strength in enumerate(self.strengths) if admits(strength)]
        if not allowed:
            return None
        top = max(scores[i] for i in allowed)
        close = [i for i in allowed if scores[i] >= top - margin]
        chosen = max(
            close, key=lambda i: (self.strengths[i].level, self.strengths[i].bulk, scores[i])
        )
        return self.labels[chosen], self.strengths[chosen]


def _strength(name: str) -> Strength:
    """``admin`` or ``admin + bulk`` (``str(Strength)``) read back."""
    level, _, bulk = name.partition(" + ")
    return Strength(Level[level], bulk=bool(bulk))


def _floats(archive: zipfile.ZipFile, name: str) -> array[float]:
    """Little-endian float32s, as exported."""
    values = array("f")
    values.frombytes(archive.read(name))
    if sys.byteorder == "big":
        values.byteswap()
    return values


def _vocabulary(archive: zipfile.ZipFile, name: str) -> dict[str, int]:
    grams = archive.read(name).decode("utf-8").split("\n")
    return {gram: i for i, gram in enumerate(grams)}


def current_model() -> LearnedModel | None:
    """The model at ``MODEL_PATH`` (read once), or None when the file is absent."""
    return load_model(MODEL_PATH)


@lru_cache(maxsize=4)
def load_model(path: Path) -> LearnedModel | None:
    """The exported model, or None when the file is absent (a source tree before training).
    An unreadable file is an error, not a silent fall back to the rules alone: matching would
    quietly offer weaker contracts than the installed tool does."""
    if not path.is_file():
        return None
    try:
        with zipfile.ZipFile(path) as archive:
            return _read(archive)
    except (OSError, zipfile.BadZipFile, KeyError, ValueError, TypeError) as error:
        raise ScaffoldError(
            f"{path}: the matcher's learned reading cannot be read ({error}); reinstall"
            " contract-scaffold, or from a source tree run python bench/train_matcher.py"
        ) from error


def _read(archive: zipfile.ZipFile) -> LearnedModel:
    """The model in ``archive``, its sizes checked against each other."""
    about = json.loads(archive.read("model.json"))
    model = LearnedModel(
        labels=tuple(about["labels"]),
        strengths=tuple(_strength(name) for name in about["strengths"]),
        words=_Weights(_vocabulary(archive, "words.txt"), _floats(archive, "word_idf.f32")),
        chars=_Weights(_vocabulary(archive, "chars.txt"), _floats(archive, "char_idf.f32")),
        word_widest=about["word_widest"],
        char_range=(about["char_range"][0], about["char_range"][1]),
        coef=_floats(archive, "coef.f32"),
        intercept=tuple(_floats(archive, "intercept.f32")),
    )
    features = len(model.words.idf) + len(model.chars.idf)
    if len(model.coef) != features * len(model.labels) or len(model.intercept) != len(model.labels):
        raise ValueError("its weights do not fit its vocabularies and labels")
    return model
