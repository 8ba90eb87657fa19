"""Danger in what is taken away whole: a container of other people's work destroyed, or other
people's records carried out of the service (``scaffold.matching._whole``)."""

from __future__ import annotations

import pytest

from scaffold.catalog import Catalog
from scaffold.matching import Chosen, Level, decide, match_request
from scaffold.matching._rules import word_keys
from scaffold.matching._signals import SIGNAL_WORDS
from scaffold.matching._text import split_words
from scaffold.matching._whole import WHOLE_WORDS, carried_out, destroyed_container


def _sensitive_with_yes(description: str, catalog: Catalog) -> bool:
    decision = decide(match_request(description, catalog), interactive=False, assume_yes=True)
    assert isinstance(decision, Chosen)
    return decision.match.strength.level is Level.sensitive


@pytest.mark.parametrize(
    ("description", "phrase"),
    [
        ("Delete project", "delete project"),
        ("Delete a project", "delete a project"),
        ("remove_project", "remove project"),
        ("deleteSpace POST /api/spaces/delete", "delete space"),
        ("WorkSpaceViewSet destroy", "space destroy"),  # the view set names the route
        ("organiser.delete", "organiser delete"),
        ("event.delete", "event delete"),
        ("POST /<project_id>/delete", "delete project"),
        ("dashboard_delete_project, requires_admin()", "delete project"),
        ("BillingController :delete DELETE /api/billing", "billing controller delete"),
        ("Disable a tree. POST /trees/<string:tree_id>/disable", "disable a tree"),
        ("disband team", "disband team"),
        ("vault.destroy DELETE /vaults/{vault}", "vault destroy"),  # a vault holds everything
        ("delete a vault", "delete a vault"),
        ("delete an environment", "delete an environment"),
        ("DeleteSiteHandler DELETE /api/sites/{id}", "delete site"),  # a site's analytics
        ("DELETE /api/v1/boards/{board_id}", "delete api v boards"),  # one of them, by id
        ("Delete the team and all of its memberships", "delete the team"),
        # a school's or a firm's branch, a community, a company: plurals in "-es" and "-ies"
        ("delete_branch DELETE /api/v1/branches/{branch_id}", "delete branch"),
        ("delete_community DELETE /communities/{community_id}", "delete community"),
        # deactivated or suspended: shut down for everyone in it
        ("deactivate_tenant PATCH /api/v1/tenants/desactivar/{tenant_id}", "deactivate tenant"),
        ("suspend a company", "suspend a company"),
        (
            "Delete recordings in the specified time range.",
            "delete recordings in the specified time range",
        ),
    ],
)
def test_destroying_a_whole_container_is_danger(
    description: str, phrase: str, catalog: Catalog
) -> None:
    result = match_request(description, catalog)
    assert phrase in result.signals.danger
    assert result.floor.level is Level.sensitive
    assert result.best.template == "sensitive_admin_action"
    assert result.unsure is None
    assert _sensitive_with_yes(description, catalog)


@pytest.mark.parametrize(
    "description",
    [
        "delete a comment",  # one item, nothing holding others' work
        "delete my draft",
        "delete my project",  # the caller's own
        "Remove a project background",  # an item of the project, not the project
        "POST /<project_id>/delete/<int:bill_id>",  # a bill inside the project
        "project_version_delete_html dashboard/<project_slug>/version/<version_slug>/delete",
        "delete_custom_event",  # a kind of event, not one container
        "Delete a calendar event",
        "delete a task from the board",
        "Delete billing address",
        "delete tree node",
        "Remove event from calendar",  # an item taken out of something larger
        "Remove team from project",
        "contact.destroy DELETE /vaults/{vault}/contacts/{contact}",  # a record in the vault
        "archive a project",  # the container stays
        "Disable a tree. POST /trees/<string:tree_id>/enable",  # the route enables it
        "Delete projects",  # many: a bulk request, not one container
    ],
)
def test_an_item_ones_own_or_many_containers_are_not_a_destroyed_container(
    description: str,
) -> None:
    words = split_words(description)
    assert destroyed_container(words, word_keys(words)) is None


@pytest.mark.parametrize(
    ("description", "phrase"),
    [
        ("exportFeedsHandler GET /v1/export", "v export"),  # the API's root: everything
        ("Implement /api/v1/export endpoint", "v export"),
        ("Stream the audit log as a CSV file", "audit log as a csv"),
        ("download_query_history_csv", "history csv"),
        (
            "ExportCampaignAnalytics streams campaign analytics (views or link clicks) as a"
            " CSV file.",
            "analytics views or link clicks as a csv",
        ),
        ("speakers/export/ SpeakerExport", "speakers export"),  # the whole table of people
        (
            "export_comprehensive_student_data GET /students/comprehensive-export",
            "students comprehensive export",
        ),
        ("export_event POST /v1/events/<string:event_identifier>/export/json", "export event"),
    ],
)
def test_carrying_others_records_out_whole_is_danger(
    description: str, phrase: str, catalog: Catalog
) -> None:
    result = match_request(description, catalog)
    assert phrase in result.signals.danger
    assert result.best.template == "sensitive_admin_action"
    assert _sensitive_with_yes(description, catalog)


@pytest.mark.parametrize(
    "description",
    [
        "export my data",  # the caller's own: the owner's read
        "export my data as csv",
        "export my history",
        "Export activity as GPX",  # one record, as a document
        "import history from a csv file",  # records brought in, not carried out
        "export_event_xcal GET /v1/events/<string:event_identifier>/export/xcal",  # a calendar
        "AppExportView api/export/, throttled by RecipeImportThrottle",
        "Exports timeline events",
        "export_csv",
    ],
)
def test_own_records_documents_and_imports_are_not_carried_out(description: str) -> None:
    words = split_words(description)
    assert carried_out(words, word_keys(words)) is None


def test_own_data_exported_stays_the_owners_read(catalog: Catalog) -> None:
    result = match_request("export my data", catalog)
    assert not result.signals.danger
    assert result.signals.scope == "own"
    assert result.best.strength.level is Level.owner


@pytest.mark.parametrize("description", ["delete a comment", "delete my draft", "export my data"])
def test_near_misses_get_no_danger_signal(description: str, catalog: Catalog) -> None:
    result = match_request(description, catalog)
    assert not result.signals.danger
    assert result.floor.level < Level.sensitive


def test_the_rules_words_are_never_read_as_typos() -> None:
    assert WHOLE_WORDS <= SIGNAL_WORDS
    assert {"organiser", "disband", "analytics", "speakers"} <= WHOLE_WORDS
