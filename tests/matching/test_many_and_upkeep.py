"""Many records and the instance's upkeep, when no access word says who may call.

Each rule of issue 12's fifth round is held here by descriptions that must get the stronger
contract with ``--yes`` and by near misses that must not: a change that names many records
offers the bulk contract as its safer reading (``_many``), flushing is a bulk signal, a
dangerous request that says "bulk" keeps the bound on the list, and the upkeep of the whole
instance is unsure (``_objects.UPKEEP_OBJECTS``).
"""

from __future__ import annotations

import pytest

from scaffold.catalog import BulkCondition, Catalog
from scaffold.matching import Level, Strength, match_request
from scaffold.matching._many import many_changed, says_many
from tests.matching.helpers import generated_with_yes

# These rules' own reasons and offers, without the learned reading on top (test_learned.py).
pytestmark = pytest.mark.usefixtures("rules_alone")


@pytest.mark.parametrize(
    ("description", "named"),
    [
        ("Deactivate gift cards.", "deactivate gift cards"),
        ("add_locks", "add locks"),  # "locks" is a noun here, though "lock" is a verb
        ("POST /messages/flags update_message_flags", "update message flags"),
        ("Add Work Items to Cycle", "add work items"),
        ("reset the achievements of a player", "reset the achievements"),
        ("delete_unused_discount_codes", "delete unused discount codes"),
        ("Delete product(s) endpoint", "delete products"),  # an optional plural is one
        (
            "announce_event GET /v1/groups/<int:group_id>/events/<string:event_id>/announce",
            "announce",
        ),
    ],
)
def test_an_unsure_change_of_many_records_takes_the_bulk_contract_with_yes(
    description: str, named: str, catalog: Catalog
) -> None:
    assert many_changed(description) == named
    result = match_request(description, catalog)
    assert result.unsure is not None
    chosen = generated_with_yes(description, catalog)
    assert chosen.match.strength == Strength(Level.admin, bulk=True)
    assert chosen.weaker == result.unsure.weaker  # the words' own pick is named in the note
    assert any("many records at once" in reason for reason in chosen.match.reasons)


@pytest.mark.parametrize(
    "description",
    [
        "endpoint to create projects",  # a route summary names the collection created in
        "POST /api/dcim/devices/",  # a path's collection, and the method is no verb
        "update settings",  # plural in form, one record
        "checkoutComplete: Completes the checkout.",  # the verb repeated is no object
        "edit a comment",
        "list gift cards",  # a read names many and changes none
        "dismiss_announcement",  # an announcement is not announcing
    ],
)
def test_one_record_or_a_read_is_not_many(description: str, catalog: Catalog) -> None:
    assert many_changed(description) is None
    result = match_request(description, catalog)
    if result.unsure is not None:
        assert not generated_with_yes(description, catalog).match.strength.bulk


def test_flushing_is_a_bulk_signal_but_not_in_a_read(catalog: Catalog) -> None:
    flushed = match_request("flushHistoryHandler DELETE /v1/flush-history", catalog)
    assert "flush" in flushed.signals.bulk
    assert flushed.floor.bulk
    assert flushed.best.strength.bulk
    assert not match_request("get the flush history", catalog).signals.bulk


@pytest.mark.parametrize(
    "description",
    [
        "Bulk-import tokens from a file (OATH CSV, Aladdin XML, Yubikey CSV)",
        "batch_delete POST /delete-all",
        "customerBulkUpdate: Updates customers. Requires one of the following permissions.",
        # an import brings many records in at once: a group's members imported
        "import_members POST /members/import",
        "import_analysis_sql_dump POST /api/v1/admin/analysis/import-sql",
    ],
)
def test_a_dangerous_request_for_many_keeps_the_bound_on_the_list(
    description: str, catalog: Catalog
) -> None:
    result = match_request(description, catalog)
    assert result.signals.danger
    assert result.floor.level is Level.sensitive
    assert result.floor.bulk
    best = result.best
    assert best.strength == Strength(Level.sensitive, bulk=True)
    spec = best.spec  # the sensitive fallback with a list of items, super admin only
    assert any(isinstance(condition, BulkCondition) for condition in spec.requires)
    assert spec.endpoint.path.endswith("/bulk")
    assert spec.input.fields["items"].type == "list"


@pytest.mark.parametrize(
    "description",
    [
        "feat: delete all projects endpoint",  # "all": the sensitive template, as labelled
        "Permanent delete all users",
        "purge the search index",
    ],
)
def test_danger_with_only_a_plural_or_all_keeps_the_sensitive_template(
    description: str, catalog: Catalog
) -> None:
    assert not says_many(match_request(description, catalog).signals.bulk)
    result = match_request(description, catalog)
    assert not result.floor.bulk
    assert result.best.template == "sensitive_admin_action"


@pytest.mark.parametrize(
    "description",
    ["prune_ep POST /v1/admin/outbox/prune", "POST /images/prune"],
)
def test_records_pruned_are_danger(description: str, catalog: Catalog) -> None:
    """Pruning cuts records away for good, as a purge does: the sensitive contract."""
    result = match_request(description, catalog)
    assert "prune" in result.signals.danger
    assert generated_with_yes(description, catalog).match.template == "sensitive_admin_action"


@pytest.mark.parametrize(
    "description",
    [
        "GET /gc-cleanup",
        "POST /images/cleanup",
        "DisableEmailFeatureEndpoint",
        "view_system system/",
        "New endpoint to download orders",
        "Show user profiles",
    ],
)
def test_the_instance_upkeep_is_unsure_and_takes_the_admin_contract(
    description: str, catalog: Catalog
) -> None:
    result = match_request(description, catalog)
    assert result.unsure is not None
    assert generated_with_yes(description, catalog).match.strength.level >= Level.admin


@pytest.mark.parametrize(
    "description",
    [
        "download my orders",  # whose: the caller's
        "clean up my drafts",
        "download a file with a file token",  # one file
        "update my user profile",
    ],
)
def test_upkeep_words_about_the_callers_own_records_are_not_unsure(
    description: str, catalog: Catalog
) -> None:
    result = match_request(description, catalog)
    assert result.unsure is None
    assert result.best.strength.level < Level.admin
