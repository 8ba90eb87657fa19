"""Resources that in most applications belong to whoever runs the service (its backends,
scopes, roles, integrations, keys, teams, statistics) or one account named as a read's object:
named with no word saying whose, the decision is unsure, so a terminal asks, ``--yes`` takes
the admin contract and says so, and neither refuses. The descriptions are written for these
tests, none is taken from a labelled set."""

from __future__ import annotations

from pathlib import Path

import pytest

from scaffold.catalog import Catalog, load_catalog
from scaffold.matching import Level, match_request
from scaffold.matching._objects import OBJECT_WORDS, one_account, operator_object
from tests.generate.helpers import flat_project
from tests.matching.test_decide_cli import new_function, run


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog(None, include_user=False)


@pytest.mark.parametrize(
    ("description", "found"),
    [
        ("register a storage backend", "backend"),
        ("list the load balancer gateways", "gateways"),
        ("remove a runner", "runner"),
        ("read the access policy of a folder", "policy"),
        ("show the scopes", "scopes"),
        ("list the roles", "roles"),
        ("get a group by name", "group"),
        ("edit the chat integration", "integration"),
        ("show the licence", "licence"),
        ("set an environment variable of a service", "environment variable"),
        ("list the teams", "teams"),
        ("download traffic statistics", "traffic"),
    ],
)
def test_an_operators_object_named_with_no_access_word_is_unsure(
    description: str, found: str, catalog: Catalog
) -> None:
    result = match_request(description, catalog)
    assert not result.signals
    assert result.unsure is not None
    assert f"says whose {found!r}" in result.unsure.reason
    assert "usually the operator's, not one user's" in result.unsure.reason
    assert result.unsure.safer == "fallback:admin"


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
    # "update user" is the owner's profile change by design: not a read, not unsure
    assert match_request("update user", catalog).unsure is None


def test_the_words_are_known_to_typo_reading() -> None:
    assert {"gateway", "scopes", "licence", "integration", "dashboard"} <= OBJECT_WORDS
    assert operator_object(["gatway"]) is None  # a typo is read before the rules, not here


def test_with_yes_the_admin_contract_is_taken_and_the_weaker_one_named(tmp_path: Path) -> None:
    code, out, err = new_function(flat_project(tmp_path / "demo"), "list gateways", "--yes")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[:2] == ["signals: none", "template: fallback:admin (score 0.45)"]
    assert lines[2].startswith("  nothing in 'list gateways' says whose 'gateways' it acts on")
    assert lines[2].endswith(
        ": took the safer contract, fallback:admin (admin); if any signed-in user may call "
        "it, pass --template fallback:read"
    )


def test_on_a_terminal_it_asks_with_the_admin_contract_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from scaffold.cli import new

    monkeypatch.setattr(new, "_interactive", lambda: True)
    root = flat_project(tmp_path / "demo")
    args = ("new", "function", "create a backend", "--into", str(root), "--dry-run")
    code, out, err = run(*args, stdin="2\n")
    assert code == 0, err
    assert "Unsure: nothing in 'create a backend' says whose 'backend' it acts on" in out
    assert "  1. fallback:admin (admin, score 0.45)" in out
    assert "template: fallback:create (score 0.45)" in out  # the answer chose the weaker one


def test_without_a_terminal_or_yes_it_is_refused_and_nothing_written(tmp_path: Path) -> None:
    root = flat_project(tmp_path / "demo")
    before = sorted(root.rglob("*"))
    code, _, err = run("new", "function", "get_scope", "--into", str(root))
    assert code == 1
    assert err.count("\n") == 1
    assert "says whose 'scope' it acts on" in err
    assert "choose one with --template (fallback:read, fallback:admin" in err
    assert sorted(root.rglob("*")) == before


def test_scaffold_match_shows_the_safer_contract(catalog: Catalog) -> None:
    code, out, err = run("match", "list the integrations", "--format", "json", "--limit", "2")
    assert code == 0, err
    assert "usually the operator's" in out
    assert '"safer": "fallback:admin"' in out
    assert match_request("list the integrations", catalog).floor.level < Level.admin
