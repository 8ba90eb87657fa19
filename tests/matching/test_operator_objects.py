"""Resources that in most applications belong to whoever runs the service (its backends,
scopes, roles, integrations, keys, teams, statistics) or one account named as a read's object:
named with no word saying whose, the decision is unsure, so a terminal asks, ``--yes`` takes
the admin contract and says so, and neither refuses (the classes and the ask and --yes
themselves are run in test_objects.py beside the instance's objects). The descriptions are
written for these tests, none is taken from a labelled set."""

from __future__ import annotations

from pathlib import Path

import pytest

from scaffold.catalog import Catalog, load_catalog
from scaffold.matching import Level, match_request
from scaffold.matching._objects import OBJECT_WORDS, one_account, operator_object
from tests.generate.helpers import flat_project
from tests.matching.test_decide_cli import answer_on_a_terminal, run


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog(None, include_user=False)


@pytest.mark.parametrize(
    "description",
    [
        "list my teams",  # whose: the caller's
        "show the public roles",  # who: anyone
        "admin lists gateways",  # who: a role
        "update user settings",  # one person's settings
        "[Backend] update avatar endpoint",  # the tier an issue is filed under
        "view instance information",  # an object instance, not a server
    ],
)
def test_saying_whose_or_who_settles_it(description: str, catalog: Catalog) -> None:
    result = match_request(description, catalog)
    assert result.unsure is None or "operator's" not in result.unsure.reason


def test_one_account_as_a_reads_object_is_unsure(catalog: Catalog) -> None:
    assert one_account(["show", "user"]) == "user"
    assert one_account(["get", "user", "uid"]) == "user uid"
    assert one_account(["user", "settings"]) is None  # the caller's own settings
    assert one_account(["visible", "to", "the", "user"]) is None  # the one served
    assert one_account(["show", "my", "user"]) is None
    result = match_request("show user", catalog)
    assert result.unsure is not None
    assert "says whose account 'user' is" in result.unsure.reason
    # a change to one's own user is no read of an account, and not unsure
    assert match_request("update my user", catalog).unsure is None


def test_the_words_are_known_to_typo_reading() -> None:
    assert {"gateway", "scopes", "licence", "integration", "dashboard"} <= OBJECT_WORDS
    assert operator_object(["gatway"]) is None  # a typo is read before the rules, not here


def test_on_a_terminal_the_weaker_one_may_be_chosen(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The ask and --yes themselves are run in test_objects.py; here the answer "2"."""
    root = flat_project(tmp_path / "demo")
    code, out, err = answer_on_a_terminal(monkeypatch, root, "create a backend", "2\n")
    assert code == 0, err
    assert "Unsure: nothing in 'create a backend' says whose 'backend' it acts on" in out
    assert "usually the operator's, not one user's" in out
    assert "template: fallback:create (score 0.45)" in out


def test_scaffold_match_shows_the_safer_contract(catalog: Catalog) -> None:
    code, out, err = run("match", "list the integrations", "--format", "json", "--limit", "2")
    assert code == 0, err
    assert "usually the operator's" in out
    assert '"safer": "fallback:admin"' in out
    assert match_request("list the integrations", catalog).floor.level < Level.admin
