"""Train the matcher's second opinion (scaffold/matching/second_opinion.json).

A multinomial logistic regression (scikit-learn) over the description's words and word pairs
(``scaffold.matching._second_opinion.features``), predicting the rung of the contract ladder
each labelled description needs (its label's strength: public, signed_in, owner, admin,
admin+bulk, sensitive). It learns from every labelled set except the untouched one, so that
set stays a measure of descriptions the project never saw.

    pip install -e ".[bench]"                   # scikit-learn
    python bench/train_second_opinion.py           # write the model
    python bench/train_second_opinion.py --check   # retrain and compare with the shipped one

The settings (C, min_df, the classes) were chosen by leaving one held-out set out at a time
and measuring how many ``--yes`` contracts stayed weaker than the label (docs/matching.md,
"The second opinion"); the untouched set was not used to choose them.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sklearn.feature_extraction.text import CountVectorizer
from sklearn.linear_model import LogisticRegression

from scaffold.catalog import load_catalog
from scaffold.matching._second_opinion import MODEL_PATH, features

sys.path.insert(0, str(Path(__file__).resolve().parent))
from matching_accuracy import HERE, label_strength, load_set

# Every labelled set the model learns from; the untouched test set is not among them.
TRAINED_ON = (
    "cases.yaml",
    "dev_set.yaml",
    "unseen_set.yaml",
    "fresh_set.yaml",
    "ninth_set.yaml",
    "tenth_set.yaml",
    "eleventh_set.yaml",
    "seen_set.yaml",
    "seen_set_2.yaml",
    "seen_set_3.yaml",
    "seen_set_4.yaml",
)
C = 0.3  # inverse regularisation: the least weaker --yes contracts, one set left out at a time
MIN_DF = 2  # a word or pair must occur in two descriptions to count
DIGITS = 4  # weights are rounded: the file stays small and diffs stay readable


def file_digest(path: Path) -> str:
    """The sha256 of a set file: the shipped model records what it learned from."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def training_data(names: Sequence[str]) -> tuple[list[str], list[str]]:
    """Every description of the set files ``names`` and its label's strength, as a class."""
    catalog = load_catalog(None, include_user=False)
    texts: list[str] = []
    classes: list[str] = []
    for name in names:
        for case in load_set(HERE / name):
            strength = label_strength(case.get("label") or case["expect"], catalog)
            texts.append(case["text"])
            classes.append(strength.level.name + ("+bulk" if strength.bulk else ""))
    return texts, classes


def train(names: Sequence[str] = TRAINED_ON) -> dict[str, Any]:
    """Fit the model on the set files ``names`` and return it as the JSON the package
    reads."""
    texts, classes = training_data(names)
    vectorizer = CountVectorizer(analyzer=lambda t: sorted(features(t)), binary=True, min_df=MIN_DF)
    matrix = vectorizer.fit_transform(texts)
    model = LogisticRegression(C=C, max_iter=5000)
    model.fit(matrix, classes)
    inputs = vectorizer.get_feature_names_out()
    weights = {
        str(name): [round(float(w), DIGITS) for w in model.coef_[:, column]]
        for column, name in enumerate(inputs)
    }
    return {
        "about": "scaffold's second opinion; written by bench/train_second_opinion.py",
        "classes": [str(c) for c in model.classes_],
        "bias": [round(float(b), DIGITS) for b in model.intercept_],
        "weights": dict(sorted(weights.items())),
        "trained_on": len(texts),
        "sets": {name: file_digest(HERE / name) for name in names},
        "settings": {"C": C, "min_df": MIN_DF},
    }


def as_text(model: dict[str, Any]) -> str:
    """The model as JSON with one input a line: small, and a retrain's diff is readable."""
    lines = [f"{json.dumps(k)}: {json.dumps(v)}" for k, v in model.items() if k != "weights"]
    weights = [f"  {json.dumps(name)}: {json.dumps(row)}" for name, row in model["weights"].items()]
    return "{\n" + ",\n".join([*lines, '"weights": {\n' + ",\n".join(weights) + "\n}"]) + "\n}\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the shipped model")
    args = parser.parse_args()
    model = train()
    text = as_text(model)
    if args.check:
        same = MODEL_PATH.read_text(encoding="utf-8") == text
        print("the shipped model is what training gives" if same else "the shipped model differs")
        return 0 if same else 1
    MODEL_PATH.write_text(text, encoding="utf-8")
    print(f"{MODEL_PATH}: {len(model['weights'])} inputs, {model['trained_on']} descriptions")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
