"""Objects whose nature says who may act (``scaffold/matching/_objects.py``): the whole
instance's objects set the admin floor, sensitive ones the sensitive floor, and objects that
are usually the instance's make a request with no access word unsure. The descriptions here
are written for these tests, none is taken from a labelled set."""

from __future__ import annotations

from pathlib import Path

import pytest

from scaffold.catalog import Catalog, load_catalog
from scaffold.matching import Level, match_request
from scaffold.matching._objects import (
    OBJECT_WORDS,
    instance_object,
    whole_collection,
)
from scaffold.matching._signals import SIGNAL_WORDS
from tests.generate.helpers import flat_project
from tests.matching.test_decide_cli import answer_on_a_terminal, new_function, run

# These rules' own reasons and offers, without the learned reading on top (test_learned.py).
pytestmark = pytest.mark.usefixtures("rules_alone")


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog(None, include_user=False)


@pytest.mark.parametrize(
    "description",
    [
        "download the application logfile",
        "change the logging level",
        "show system information",
        "get the server memory usage",
        "capture a heap profile",
        "update the smtp settings",
        "edit email server settings",
        "toggle a feature flag",
        "enable maintenance mode",
        "flush the cache",
        "list background workers",
        "cancel a scheduled job",
        "install a plugin from a zip",
        "list the plugin registry",
        "set global upload limits",
        "change the database connection",
        "rebuild the product search index",
        "run the pending migrations",
        "migrate the invoice fields",
        "debug the db",
    ],
)
def test_objects_of_the_whole_instance_need_an_admin_contract(
    description: str, catalog: Catalog
) -> None:
    result = match_request(description, catalog)
    assert result.signals.scope == "others"
    assert result.floor.level >= Level.admin
    assert result.best.strength.level >= Level.admin
    assert result.unsure is None  # the object says who: nothing to ask


@pytest.mark.parametrize(
    "description",
    [
        "update my mail settings",  # the caller's own: "my" comes first
        "record a heartbeat from a cron job without login",  # a client calling in: public
        "view instance information",  # many servers publish it to anyone
        "enable an extension for my workspace",
    ],
)
def test_own_or_public_words_keep_the_object_out_of_the_admin_floor(
    description: str, catalog: Catalog
) -> None:
    result = match_request(description, catalog)
    assert result.signals.scope != "others"
    assert result.floor.level < Level.admin


@pytest.mark.parametrize(
    "description",
    [
        "backups_restore_now",  # the object first, as route names write it
        "GET /snapshots/download/{name}",
        "regenerate the apikey",
        "deactivate a bot",
        "adjust a customer wallet's balance",
        "mark an invoice as paid",
        "delete a workspace",
        "remove the tenant",
        "update an access policy",
        "policy_delete",
    ],
)
def test_sensitive_objects_need_the_sensitive_contract(description: str, catalog: Catalog) -> None:
    result = match_request(description, catalog)
    assert result.signals.danger
    assert result.best.strength.level is Level.sensitive


@pytest.mark.parametrize(
    ("description", "found"),
    [
        ("get logs", "logs"),
        ("update_config", "config"),
        ("GET /settings", "settings"),
        ("list users GET /api/v1/users", "users"),
        ("download a backup listing", "backup"),
        ("retry the jobs", "jobs"),
    ],
)
def test_objects_usually_the_instances_make_a_request_unsure(
    description: str, found: str, catalog: Catalog
) -> None:
    result = match_request(description, catalog)
    if result.signals:  # another signal already says who ("list users": someone's accounts)
        assert result.floor.level >= Level.admin
        return
    assert result.unsure is not None
    assert f"{found!r}" in result.unsure.reason
    assert "usually the whole instance's" in result.unsure.reason
    assert result.unsure.safer == "fallback:admin"


@pytest.mark.parametrize(
    "description",
    ["update user settings", "get account settings", "list my jobs", "list comments"],
)
def test_one_persons_objects_are_not_unsure(description: str, catalog: Catalog) -> None:
    result = match_request(description, catalog)
    assert result.unsure is None


def test_the_object_found_is_the_phrase_as_written() -> None:
    assert instance_object(["download", "server", "logs"]) == "logs"
    assert instance_object(["update", "user", "settings"]) is None
    assert instance_object(["list", "comments"]) is None


def test_object_words_are_never_read_as_typos_of_other_words() -> None:
    assert OBJECT_WORDS <= SIGNAL_WORDS
    assert {"logfile", "smtp", "sysinfo", "apikey", "workers"} <= OBJECT_WORDS


# An instance's object, and a resource usually the operator's (tests/matching/
# test_operator_objects.py): the same decision through the CLI.
EACH_OBJECT = pytest.mark.parametrize(
    ("description", "found"), [("get logs", "logs"), ("list gateways", "gateways")]
)


@EACH_OBJECT
def test_with_yes_an_instance_object_takes_the_admin_contract_and_names_the_weaker(
    tmp_path: Path, description: str, found: str
) -> None:
    code, out, err = new_function(flat_project(tmp_path / "demo"), description, "--yes")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[:2] == ["signals: none", "template: fallback:admin (score 0.45)"]
    assert lines[2].startswith(f"  nothing in {description!r} says whose {found!r} it acts on")
    assert lines[2].endswith(
        ": took the safer contract, fallback:admin (admin); if any signed-in user may call "
        "it, pass --template fallback:read"
    )


@EACH_OBJECT
def test_on_a_terminal_an_instance_object_is_asked_about_safer_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, description: str, found: str
) -> None:
    root = flat_project(tmp_path / "demo")
    code, out, err = answer_on_a_terminal(monkeypatch, root, description, "\n")
    assert code == 0, err
    assert f"Unsure: nothing in {description!r} says whose {found!r} it acts on" in out
    assert "  1. fallback:admin (admin, score 0.45)" in out
    assert "  2. fallback:read (owner, score 0.45)" in out
    assert "template: fallback:admin (score 0.45)" in out


@pytest.mark.parametrize(
    ("description", "found", "weaker"),
    [("update_config", "config", "fallback:update"), ("get_scope", "scope", "fallback:read")],
)
def test_without_a_terminal_or_yes_an_instance_object_is_refused(
    tmp_path: Path, description: str, found: str, weaker: str
) -> None:
    root = flat_project(tmp_path / "demo")
    before = sorted(root.rglob("*"))
    code, _, err = run("new", "function", description, "--into", str(root))
    assert code == 1
    assert err.count("\n") == 1
    assert f"says whose {found!r} it acts on" in err
    assert f"choose one with --template ({weaker}, fallback:admin" in err
    assert sorted(root.rglob("*")) == before


def test_scaffold_match_names_the_object_in_its_unsure_reason() -> None:
    code, out, err = run("match", "show_config", "--format", "json", "--limit", "1")
    assert code == 0, err
    assert "says whose 'config' it acts on" in out
    assert '"safer": "fallback:admin"' in out


_STAFF_VIEW = "every record of a kind is usually a staff view"
_OPERATORS = "usually the operator's, not one user's"  # tests/matching/test_operator_objects.py


@pytest.mark.parametrize(
    ("description", "found", "why"),
    [
        ("list all the invoices of the shop", "all the invoices", _STAFF_VIEW),
        ("list all archived projects", "all archived projects", _STAFF_VIEW),
        ("export_projects GET /projects/export/json", "export", _STAFF_VIEW),
        ("GET /tickets/dump", "dump", _STAFF_VIEW),
        # what sums up every record of a kind: a summary, counts, totals, a report
        ("get_monthly_payroll_summary GET /payroll/monthly/{month}", "summary", _STAFF_VIEW),
        (
            "get_status_counts GET /api/v1/purchase-orders/summary/status-counts",
            "summary",
            _STAFF_VIEW,
        ),
        ("total_cashflow GET /reports/total-cashflow", "total", _STAFF_VIEW),
        ("Get report", "report", _STAFF_VIEW),
        # the same words in Spanish and Portuguese route names
        ("resumen GET /api/v1/ejecutivo/resumen", "resumen", _STAFF_VIEW),
        ("obtener_reporte_ventas GET /api/reportes/ventas", "reporte", _STAFF_VIEW),
        ("relatorio_mensal GET /relatorios/mensal", "relatorio", _STAFF_VIEW),
        # what is about to lapse across every record: a report too
        ("expiring_soon GET /api/leases/expiring-soon", "expiring", _STAFF_VIEW),
        ("register a storage backend", "backend", _OPERATORS),
        ("list the load balancer gateways", "gateways", _OPERATORS),
        ("remove a runner", "runner", _OPERATORS),
        ("read the access policy of a folder", "policy", _OPERATORS),
        ("show the scopes", "scopes", _OPERATORS),
        ("list the roles", "roles", _OPERATORS),
        ("get a group by name", "group", _OPERATORS),
        ("edit the chat integration", "integration", _OPERATORS),
        ("show the licence", "licence", _OPERATORS),
        ("set an environment variable of a service", "environment variable", _OPERATORS),
        ("list the teams", "teams", _OPERATORS),
        ("download traffic statistics", "traffic", _OPERATORS),
    ],
)
def test_every_record_of_a_kind_or_an_operators_object_is_unsure(
    description: str, found: str, why: str, catalog: Catalog
) -> None:
    result = match_request(description, catalog)
    assert not result.signals
    assert result.unsure is not None
    assert f"{found!r}" in result.unsure.reason
    assert why in result.unsure.reason
    assert result.unsure.safer == "fallback:admin"


@pytest.mark.parametrize(
    "description",
    [
        "list all my invoices",
        "export my reading history",
        "get the invoice of an order",
        "get my monthly summary",  # the caller's own figures
    ],
)
def test_whose_records_or_one_record_is_not_a_whole_collection(
    description: str, catalog: Catalog
) -> None:
    assert whole_collection(description.split()) is None
    assert match_request(description, catalog).unsure is None


@pytest.mark.parametrize(
    "description", ["search attendees by city", "get a speaker's biography", "list contacts"]
)
def test_reading_peoples_records_with_no_access_word_is_unsure(
    description: str, catalog: Catalog
) -> None:
    result = match_request(description, catalog)
    assert result.unsure is not None
    assert "says who may read" in result.unsure.reason


@pytest.mark.parametrize(
    "description",
    [
        "GET /system/status",
        "show server health and diagnostics",
        "collect performance metrics of the broker",
        "repair the search database",
        "system_database GET /api/v1/system/database",
    ],
)
def test_the_instances_state_needs_an_admin_contract(description: str, catalog: Catalog) -> None:
    result = match_request(description, catalog)
    assert result.signals.scope == "others"
    assert result.best.strength.level >= Level.admin


def test_upgrading_the_instance_is_unsure_and_an_updater_is_not_an_update(
    catalog: Catalog,
) -> None:
    assert instance_object(["check", "for", "upgrades"]) == "upgrades"
    assert instance_object(["updater", "status"]) == "updater"
    assert instance_object(["update", "avatar"]) is None  # "updater" shares the stem


def test_with_yes_a_listing_of_everything_takes_the_admin_contract(tmp_path: Path) -> None:
    code, out, err = new_function(
        flat_project(tmp_path / "demo"), "list all the invoices of the shop", "--yes"
    )
    assert code == 0, err
    lines = out.splitlines()
    assert lines[:2] == ["signals: none", "template: fallback:admin (score 0.45)"]
    assert "says whose records 'all the invoices' covers" in lines[2]
    assert lines[2].endswith("if any signed-in user may call it, pass --template fallback:read")


def test_scaffold_match_says_why_a_listing_of_everything_is_unsure() -> None:
    code, out, err = run("match", "export_projects GET /projects/export/json", "--limit", "2")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == "signals: none"
    assert lines[2].startswith("decision: unsure (nothing in")
    assert "says whose records 'export' covers" in lines[2]


def test_a_report_made_is_no_summary_read(catalog: Catalog) -> None:
    """ "report" is a summary only when read: reporting a bug makes a record."""
    assert whole_collection(["get", "report"], read=True) == "report"
    unsure = match_request("report a bug", catalog).unsure
    assert unsure is None or _STAFF_VIEW not in unsure.reason
