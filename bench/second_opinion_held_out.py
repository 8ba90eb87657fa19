"""The second opinion on sets it did not learn from: one held-out set left out at a time.

For each held-out test set, the model is trained on every other labelled set
(``train_second_opinion.train``), then ``decide`` runs on the left-out set with ``--yes``,
with the model and without it, and the report counts the contracts generated weaker and
stronger than the label, the questions a terminal would ask and the refusals. This is the
figure the model's settings were chosen on; the untouched test set is never among them.
Last, the untouched set (the twelfth) through the shipped model, with it and without it.

    pip install -e ".[bench]"
    python bench/second_opinion_held_out.py
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

from scaffold.catalog import load_catalog
from scaffold.matching import _second_opinion

sys.path.insert(0, str(Path(__file__).resolve().parent))
from matching_accuracy import HERE, decisions, load_set
from train_second_opinion import TRAINED_ON, as_text, train

# The held-out test sets: each was written blind and evaluated before it was tuned on.
HELD_OUT = (
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
_SHIPPED = _second_opinion.MODEL_PATH
_COUNTED = (
    "--yes: generated weaker than asked",
    "--yes: generated stronger than asked",
    "terminal: asked",
    "--yes: refused",
)


def _with_model(path: Path | None) -> None:
    """Point the package at the model in ``path``, or turn the second opinion off."""
    _second_opinion._model.cache_clear()
    _second_opinion.MODEL_PATH = path or _SHIPPED
    _second_opinion.RAISE_AT = 1.0 if path is None else 0.5  # 1.0: never raises


def main() -> int:
    catalog = load_catalog(None, include_user=False)
    totals: dict[str, Counter[str]] = {"without": Counter(), "with": Counter()}
    print(f"{'left out':<20}" + "".join(f"{k.split(': ')[1][:22]:>26}" for k in _COUNTED))
    with tempfile.TemporaryDirectory() as folder:
        model = Path(folder) / "model.json"
        for name in HELD_OUT:
            model.write_text(as_text(train([n for n in TRAINED_ON if n != name])), "utf-8")
            cases = load_set(HERE / name)
            row = []
            for variant, path in (("without", None), ("with", model)):
                _with_model(path)
                counted = decisions(cases, catalog)
                totals[variant].update({k: counted[k] for k in _COUNTED})
                row.append(counted)
            print(
                f"{name.removesuffix('.yaml'):<20}"
                + "".join(f"{row[0][k]:>12} -> {row[1][k]:<11}" for k in _COUNTED)
            )
    print(
        f"{'all':<20}"
        + "".join(f"{totals['without'][k]:>12} -> {totals['with'][k]:<11}" for k in _COUNTED)
    )
    untouched = load_set(HERE / "twelfth_set.yaml")
    shipped = []
    for path in (None, _SHIPPED):
        _with_model(path)
        shipped.append(decisions(untouched, catalog))
    print(
        f"{'twelfth (untouched)':<20}"
        + "".join(f"{shipped[0][k]:>12} -> {shipped[1][k]:<11}" for k in _COUNTED)
    )
    print(json.dumps({v: dict(c) for v, c in totals.items()}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
