"""The second opinion: a model trained on labelled descriptions that only ever raises.

The mechanism is tested with a small model written here (one word, "ledger", that makes the
sensitive contract likely), so the decisions do not move when the shipped model is
retrained; the shipped model is tested for what it was trained on and for one example the
documentation shows. Through the CLI's edge: a terminal asks with the safer contract first,
``--yes`` takes it and names the basic one, and with neither the request is refused.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from scaffold.catalog import Catalog
from scaffold.matching import Level, Strength, _second_opinion, match_request
from scaffold.matching._second_opinion import features, second_opinion
from tests.generate.helpers import flat_project
from tests.matching.test_own_account import run

SETS = Path(__file__).parent
UNTOUCHED = "twelfth_set.yaml"  # the set the model must never learn from
LEDGER_MODEL = {
    "classes": ["owner", "sensitive"],
    "bias": [1.0, 0.0],
    "weights": {"ledger": [0.0, 3.0], "journal": [1.0, 0.0]},
    "trained_on": 7,
}


@pytest.fixture
def ledger_model(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The package reads the small model while a test runs, and the shipped one after."""
    path = tmp_path / "model.json"
    path.write_text(json.dumps(LEDGER_MODEL), encoding="utf-8")
    monkeypatch.setattr(_second_opinion, "MODEL_PATH", path)
    _second_opinion._model.cache_clear()
    yield
    _second_opinion._model.cache_clear()


def test_its_inputs_are_words_and_neighbouring_pairs() -> None:
    found = features("getUserRoles GET /api/users/{user_id}/roles")
    assert {"get", "user", "role", "param", "user role", "api user", "user param"} <= found
    assert "roles" not in found  # a plural read as its singular
    assert features("access") == {"access"}  # "ss" is not a plural


@pytest.mark.usefixtures("ledger_model")
def test_it_raises_a_basic_pick_it_reads_as_too_weak() -> None:
    opinion = second_opinion("read the ledger", Strength(Level.owner))
    assert opinion is not None
    assert opinion.needs == Strength(Level.sensitive)
    assert opinion.likely == pytest.approx(0.881, abs=0.001)  # e^3 / (e^1 + e^3)
    assert opinion.words == ("ledger",)
    assert "a model trained on 7 labelled descriptions" in opinion.reason
    assert "(88% likely, mostly from 'ledger')" in opinion.reason
    assert second_opinion("read the journal", Strength(Level.owner)) is None


@pytest.mark.usefixtures("ledger_model")
def test_it_never_lowers_and_leaves_public_requests_and_templates_alone(
    catalog: Catalog,
) -> None:
    assert second_opinion("read the ledger", Strength(Level.sensitive)) is None
    assert match_request("public ledger", catalog).unsure is None  # the words rule auth out
    result = match_request("update profile ledger", catalog)
    assert result.best.template == "user_profile_update"  # written for the request
    assert result.unsure is None


@pytest.mark.usefixtures("ledger_model")
def test_a_raised_pick_is_unsure_with_the_safer_contract_second(catalog: Catalog) -> None:
    result = match_request("read the ledger", catalog)
    assert result.unsure is not None
    assert result.best.template == result.unsure.weaker == "fallback:read"
    assert result.choices[1].template == result.unsure.safer == "fallback:sensitive"
    assert "may need more than owner" in result.unsure.reason


@pytest.mark.usefixtures("ledger_model")
def test_with_yes_the_safer_contract_is_taken_and_the_basic_one_named(tmp_path: Path) -> None:
    root = flat_project(tmp_path / "demo")
    code, out, err = run("new", "function", "read the ledger", "--into", str(root), "--yes")
    assert code == 0, err
    assert "template: fallback:sensitive (score 0.45)" in out
    assert (
        "took the safer contract, fallback:sensitive (sensitive); if the owner contract is"
        " enough, pass --template fallback:read"
    ) in out


@pytest.mark.usefixtures("ledger_model")
def test_on_a_terminal_it_asks_with_the_safer_contract_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from scaffold.cli import new

    monkeypatch.setattr(new, "_interactive", lambda: True)
    root = flat_project(tmp_path / "demo")
    args = ("new", "function", "read the ledger", "--into", str(root), "--dry-run")
    code, out, err = run(*args, stdin="\n")
    assert code == 0, err
    assert "  1. fallback:sensitive (sensitive, score 0.45)" in out
    assert "  2. fallback:read (owner, score 0.45)" in out
    assert "template: fallback:sensitive (score 0.45)" in out


@pytest.mark.usefixtures("ledger_model")
def test_without_a_terminal_or_yes_it_is_refused_and_nothing_is_written(tmp_path: Path) -> None:
    root = flat_project(tmp_path / "demo")
    before = sorted(root.rglob("*"))
    code, _, err = run("new", "function", "read the ledger", "--into", str(root))
    assert code == 1
    assert err.count("\n") == 1
    assert "say who may call it, or pass --yes to take the safer fallback:sensitive" in err
    assert sorted(root.rglob("*")) == before


def test_the_shipped_model_learned_from_the_current_labels_and_not_the_untouched_set() -> None:
    shipped = json.loads(_second_opinion.MODEL_PATH.read_text(encoding="utf-8"))
    assert UNTOUCHED not in shipped["sets"]
    for name, digest in shipped["sets"].items():
        actual = hashlib.sha256((SETS / name).read_bytes()).hexdigest()
        assert actual == digest, f"{name} changed: run bench/train_second_opinion.py"
    labelled = {path.name for path in SETS.glob("*.yaml")} - {UNTOUCHED}
    assert set(shipped["sets"]) == labelled, "a labelled set is missing: retrain"
    assert shipped["trained_on"] >= 4000


def test_the_shipped_model_raises_the_documented_example(catalog: Catalog) -> None:
    result = match_request("Provide a way to delete old data from audit collection", catalog)
    assert result.unsure is not None
    assert result.unsure.safer == "fallback:sensitive"
    assert "a model trained on" in result.unsure.reason
