"""Registering something other than one's own account: unsure between the public sign-up and
an admin's contract.

With the real matcher and the built-in catalog, and through the CLI's edge: a terminal asks
with the admin contract first, `--yes` takes it and names the public one, and with neither the
request is refused in one line and nothing is written. Registering the caller's own account,
and a registration page read, stay public and sure.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from scaffold.catalog import Catalog
from scaffold.matching import Level, match_request
from scaffold.matching._sign_ups import registered_thing
from tests.generate.helpers import flat_project
from tests.matching.helpers import generated_with_yes
from tests.matching.test_decide_cli import (
    answer_on_a_terminal,
    lines_with_yes,
    refused_writing_nothing,
)

VENDOR = "register_vendor POST /api/v1/vendors/register"
THINGS = (
    # a signed-in user registering a thing or taking a role (labelled so in held-out sets)
    ("register_vendor POST /api/v1/vendors/register", "vendor"),
    ("register_connector POST /api/v1/identity/did/register", "connector"),
    # staff enrolling someone
    ("register_employee POST /employees/register", "employee"),
    # the thing named by the path alone
    ("register POST /doctor/register/", "doctor"),
    # a visitor signing a business up: public in its project, but the words can't tell
    ("register_company POST /api/companies/register", "company"),
)


@pytest.mark.parametrize(("description", "thing"), THINGS)
def test_registering_a_thing_is_unsure_with_an_admin_contract_safer(
    description: str, thing: str, catalog: Catalog
) -> None:
    result = match_request(description, catalog)
    assert result.signals.public == ("register",)
    assert result.unsure is not None
    assert result.unsure.weaker == result.choices[0].template == "public_api_endpoint"
    assert result.unsure.safer == result.choices[1].template == "fallback:admin"
    assert result.choices[1].strength.level is Level.admin
    assert f"registers {thing!r}, not the caller's own account" in result.unsure.reason
    chosen = generated_with_yes(description, catalog)
    assert chosen.match.template == "fallback:admin"
    assert chosen.weaker == "public_api_endpoint"


@pytest.mark.parametrize(
    "description",
    [
        "register_user POST /api/v1/auth/register",  # the caller's own account
        "register_vendor POST /api/auth/vendor/register",  # on the sign-in path
        "register_with_invite POST /auth/register-with-invite",
        "register POST /api/register",  # nothing else named
        "register_submit POST /register",  # a step of it
        "register_form GET /registar",  # a page read
        "sign up",  # no register word
    ],
)
def test_registering_ones_own_account_stays_public_and_sure(
    description: str, catalog: Catalog
) -> None:
    result = match_request(description, catalog)
    assert result.unsure is None
    assert result.best.strength.level is Level.public


@pytest.mark.parametrize(
    ("words", "public"),
    [
        (["register", "vendor"], ()),  # no public word read
        (["register", "vendor", "public"], ("public",)),  # another public word says so
        (["register", "account", "vendor"], ("register",)),  # an account word
    ],
)
def test_no_thing_is_read_unless_registering_is_the_only_public_word(
    words: list[str], public: tuple[str, ...]
) -> None:
    assert registered_thing(words, public) is None


def test_with_yes_the_admin_contract_is_taken_and_the_public_one_named(tmp_path: Path) -> None:
    lines = lines_with_yes(flat_project(tmp_path / "demo"), VENDOR)
    assert lines[0] == 'signals: public "register"'
    assert lines[1].startswith("template: fallback:admin")
    assert lines[2].endswith(
        "took the safer contract, fallback:admin (admin); if anyone may call it, pass"
        " --template public_api_endpoint"
    )


def test_on_a_terminal_it_asks_with_the_admin_contract_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = flat_project(tmp_path / "demo")
    code, out, err = answer_on_a_terminal(monkeypatch, root, VENDOR, "2\n")
    assert code == 0, err
    assert "  1. fallback:admin (admin" in out
    assert "  2. public_api_endpoint (public" in out
    assert "template: public_api_endpoint" in out


def test_without_a_terminal_or_yes_it_is_refused_in_one_line_and_nothing_is_written(
    tmp_path: Path,
) -> None:
    err = refused_writing_nothing(tmp_path, VENDOR)
    assert "registers 'vendor', not the caller's own account" in err
    assert "say who (e.g. 'public ...'), or pass --yes to take the safer fallback:admin" in err
