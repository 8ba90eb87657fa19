"""Train the matcher's learned reading (``scaffold/matching/learned.zip``) from the labelled
sets, or measure it on sets it was not trained on.

    pip install -e ".[train]"                    # scikit-learn, for training only
    python bench/train_matcher.py                # train on every set, write learned.zip
    python bench/train_matcher.py --held-out 12  # train on all but the 12 newest sets, and
                                                 # evaluate the matcher on those, without
                                                 # and with the learned reading
    python bench/train_matcher.py --held-out 12 --before 12  # the same, 12 sets earlier
    python bench/train_matcher.py --held-out 1   # the newest, untouched when it joined
    python bench/train_matcher.py --held-out 2 --before K  # a round of two sets written
                                                 # together, the K newest left out first
                                                 # (docs/matching.md names each round's K)

The model is scikit-learn's ``TfidfVectorizer`` (words and runs of two words; character
n-grams of 3 and 4 inside words) and ``LinearSVC``, deterministic for the same sets. The
exported file (a zip archive) holds the vocabularies, idf weights, coefficients and the
strength each label asks for; ``scaffold.matching._learned`` runs it with the standard
library alone (no scikit-learn, no numpy at run time). Every set
``bench/matching_accuracy.py`` evaluates, and the development set, are training data: from
then on their figures are training figures. A set joined later is evaluated untouched by
the model trained before it.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
import zipfile
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import matching_accuracy as accuracy  # noqa: E402 - a sibling script, found through HERE

from scaffold.catalog import Catalog, load_catalog  # noqa: E402
from scaffold.matching import _learned  # noqa: E402

WORD_WIDEST = 2
CHAR_RANGE = (3, 4)
WORD_MIN_SETS = 3  # a gram kept when this many labelled requests hold it
CHAR_MIN_SETS = 5
C = 0.5  # LinearSVC's regularisation: the held-out figures were flat from 0.25 to 1


def labelled_sets() -> list[tuple[str, Path]]:
    """Every evaluated set, the development set first, then as bench/matching_accuracy.py
    lists them, the newest last."""
    newest_first = [("untouched", accuracy.TWOHUNDREDTHIRTYEIGHTH_SET), *accuracy.SEEN_SETS]
    return [("development", accuracy.DEV_SET), *reversed(newest_first)]


def cases_of(sets: Sequence[tuple[str, Path]]) -> list[dict[str, Any]]:
    return [case for _, path in sets for case in accuracy.load_set(path)]


def train(sets: Sequence[tuple[str, Path]], catalog: Catalog, out: Path) -> tuple[Any, Any, Any]:
    """Fit the vectorizers and the classifier on the descriptions of ``sets``, export them to
    ``out`` (with a digest of those sets), and return them (words, characters, classifier)."""
    from scipy.sparse import hstack
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.svm import LinearSVC

    cases = cases_of(sets)
    texts = [case["text"] for case in cases]
    words = TfidfVectorizer(
        preprocessor=_learned.normalise,
        ngram_range=(1, WORD_WIDEST),
        min_df=WORD_MIN_SETS,
        sublinear_tf=True,
        dtype=np.float64,
    )
    chars = TfidfVectorizer(
        preprocessor=_learned.normalise,
        analyzer="char_wb",
        ngram_range=CHAR_RANGE,
        min_df=CHAR_MIN_SETS,
        sublinear_tf=True,
        dtype=np.float64,
    )
    features = hstack([words.fit_transform(texts), chars.fit_transform(texts)]).tocsr()
    model = LinearSVC(C=C, random_state=0, max_iter=5000)
    model.fit(features, [case["label"] for case in cases])
    labels = [str(label) for label in model.classes_]
    about = {
        "labels": labels,
        "strengths": [str(accuracy.label_strength(label, catalog)) for label in labels],
        "word_widest": WORD_WIDEST,
        "char_range": list(CHAR_RANGE),
        "trained_on": len(cases),
        "sets_digest": sets_digest(sets),
    }
    little = np.dtype("<f4")
    members = {
        "model.json": json.dumps(about, indent=1).encode(),
        "words.txt": _joined(words.vocabulary_).encode(),
        "chars.txt": _joined(chars.vocabulary_).encode(),
        "word_idf.f32": words.idf_.astype(little).tobytes(),
        "char_idf.f32": chars.idf_.astype(little).tobytes(),
        "coef.f32": model.coef_.T.astype(little).tobytes(),  # feature-major
        "intercept.f32": model.intercept_.astype(little).tobytes(),
    }
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in members.items():  # a fixed date: the same sets give the same bytes
            member = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            archive.writestr(member, data, compress_type=zipfile.ZIP_DEFLATED)
    return words, chars, model


def sets_digest(sets: Sequence[tuple[str, Path]]) -> str:
    """One digest of what the model learns from, every description and its label in order: a
    stale model is told by it, and a set's comments (its header) can change without one."""
    digest = hashlib.sha256()
    for case in cases_of(sets):
        digest.update(json.dumps([case["text"], case["label"]]).encode())
    return digest.hexdigest()


def _joined(vocabulary: dict[str, int]) -> str:
    grams = sorted(vocabulary, key=vocabulary.__getitem__)
    assert all("\n" not in gram for gram in grams)
    return "\n".join(grams)


def held_out(newest: int, catalog: Catalog, *, before: int = 0) -> None:
    """Train on all but the ``newest`` sets; evaluate the matcher on those, without and with
    the learned reading: top-1, top picks weaker than the label, and --yes generated weaker.
    ``before``: leave out that many newest sets first (to choose settings on older ones)."""
    sets = labelled_sets()
    sets = sets[: len(sets) - before]
    trained, tested = sets[:-newest], sets[-newest:]
    shipped = _learned.MODEL_PATH
    with tempfile.TemporaryDirectory() as folder:
        model = Path(folder) / "held-out.zip"
        train(trained, catalog, model)
        print(f"trained on {len(cases_of(trained))} descriptions of {len(trained)} sets")
        print("set: top-1 / top weaker / --yes weaker / --yes stronger, without -> with")
        totals: Counter[str] = Counter()
        count = 0
        try:
            for ordinal, path in tested:
                test = accuracy.load_set(path)
                count += len(test)
                row = []
                for name, where in (("without", Path(folder) / "none.zip"), ("with", model)):
                    _learned.MODEL_PATH = where
                    figures = _figures(test, catalog)
                    totals.update({f"{name} {key}": value for key, value in figures.items()})
                    row.append(figures)
                print(f"  {ordinal} ({len(test)}): " + " -> ".join(_row(f, len(test)) for f in row))
        finally:
            _learned.MODEL_PATH = shipped
        for name in ("without", "with"):
            figures = {k.split(" ", 1)[1]: v for k, v in totals.items() if k.startswith(name)}
            print(f"all {name} ({count}): {_row(figures, count)}")


def _figures(test: Sequence[dict[str, Any]], catalog: Catalog) -> dict[str, int]:
    results = accuracy.read_all(test, catalog)
    report = accuracy.evaluate(accuracy.ours_of(results), test, catalog)
    outcomes = accuracy.decisions(test, catalog, results=results)
    return {
        "right": report.right,
        "weaker": len(report.weaker),
        "generated weaker": outcomes["--yes: generated weaker than asked"],
        "generated stronger": outcomes["--yes: generated stronger than asked"],
    }


def _row(figures: dict[str, int], count: int) -> str:
    return (
        f"{figures['right'] / count:.1%} / {figures['weaker']} / "
        f"{figures['generated weaker']} / {figures['generated stronger']}"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--held-out",
        type=int,
        metavar="N",
        help="train on all but the N newest sets and evaluate on them (writes nothing)",
    )
    parser.add_argument(
        "--before",
        type=int,
        default=0,
        metavar="K",
        help="with --held-out: leave out the K newest sets first (settings are chosen so)",
    )
    args = parser.parse_args(argv)
    catalog = load_catalog(None, include_user=False)
    if args.held_out:
        held_out(args.held_out, catalog, before=args.before)
        return 0
    sets = labelled_sets()
    train(sets, catalog, _learned.MODEL_PATH)
    size = _learned.MODEL_PATH.stat().st_size
    print(f"wrote {_learned.MODEL_PATH} ({size:,} bytes) from {len(cases_of(sets))} descriptions")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
