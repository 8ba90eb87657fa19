"""Bulk words the signals read, and where danger keeps or drops the bound on the list.

Each rule of the bulk round is held here by descriptions that must get a contract bounding
the list with ``--yes``, and by near misses that must not: one item, a read of a list, the
caller's own records. The round measured, and kept out, a floor of sensitive + bulk for a
dangerous request whose only bulk words are "all" or a plural: the held-out sets label those
the sensitive template more often than the bulk one (``docs/matching.md``, the bulk round).
"""

from __future__ import annotations

import pytest

from scaffold.catalog import Catalog
from scaffold.matching import Level, Strength, match_request
from scaffold.matching._many import marked_many, says_many
from scaffold.matching._text import split_words
from tests.matching.helpers import generated_with_yes


@pytest.mark.parametrize(
    ("description", "said"),
    [
        ("send_all_reminders POST /events/<id>/reminders/send-all", "send all"),
        ("notify_all: notify all subscribers of the release", "notify all"),
        ("Remove one label from every document", "from every"),
        ("Add a tag to every entry", "to every"),
        ("Apply the default template to a set of projects", "to a set of"),
        ("Copy the library settings to a set of other libraries.", "to a set of"),
        ("Notifications mark read", "notifications mark read"),
        # a change to a path ending in "read-all" after a plural, its name saying no "mark"
        # (the two-hundred-ninth and two-hundred-tenth sets)
        ("read_all POST /api/notifications/read-all", "notifications read all"),
        # the service's failed deliveries retried, not the caller's own notifications (the
        # two-hundred-tenth set)
        (
            "retry_failed_notifications POST /notifications/retry-failed",
            "retry failed notifications",
        ),
        ("Mark selected messages as seen", "mark selected messages as seen"),
        ("marks the conversation items the reviewer has seen", "marks the conversation items"),
        # records past their date swept in one call, a plural naming them
        ("mark_overdue_payments PUT /api/payments/mark-overdue", "payments update"),
        ("check_expired_orders POST /api/v1/orders/check-expired", "orders check expired"),
        ("expire_subscriptions POST /api/v1/subscriptions/expire", "expire subscriptions"),
        ("expire_leases POST /api/v1/broker/leases/expire", "expire leases"),
        # messages of a kind sent out to many
        ("send_waiver_reminders POST /settings/waiver/send", "send waiver reminders"),
        ("send_sale_digests POST /api/v1/notifications/send-sale-digests", "send sale digests"),
        # a campaign sent, records gone stale swept, a roster acted on whole (the
        # hundred-fifty-ninth and hundred-sixtieth sets)
        ("send_campaign POST /api/business/dashboard/campaign/send/{campaign_id}", "send campaign"),
        ("delete_old_llm_calls DELETE /admin/llm-calls", "delete old"),
        ("admin_roster_sync POST /admin/roster/sync", "roster sync"),
        ("admin_roster_send_badges POST /admin/roster/send-badges", "roster send"),
        # everyone's pay worked out at once (the hundred-sixty-third set)
        ("calculate_payroll POST /api/v1/payroll/calculate", "calculate payroll"),
        # records found twice folded together (the hundred-sixty-fifth set)
        ("merge_duplicate_artworks POST /api/mod/merge-duplicates", "merge duplicate"),
        # a newsletter's issue sent, reminders run (the hundred-sixty-seventh and -eighth sets)
        ("admin_send_issue POST /api/v1/newsletter/admin/send-issue", "newsletter admin send"),
        ("run_platform_reminders POST /admin/run-reminders", "run platform reminders"),
        # a change made to a list of things, or to every match of a pattern or a whole tree
        ("subscribe/unsubscribe to list of channels", "subscribe unsubscribe to list of"),
        ("reset_achievements: reset a list of achievements", "reset achievements reset a list"),
        ("handles.FsRegexRename POST /api/fs/regex_rename", "regex rename"),
        ("handles.FsRecursiveMove POST /api/fs/recursive_move", "recursive move"),
        ("delete a folder recursively", "delete a folder recursively"),
        # a change to many, as route names fuse it; a list of people uploaded
        ("multiArchive POST /admin/posts/multi-archive", "multi archive"),
        ("tasks.multiUpdate POST /team/tasks/multi-update", "multi update"),
        ("views.voters_upload elections/<uuid>/voters/upload", "voters upload"),
        ("upload students from a spreadsheet", "upload students"),
    ],
)
def test_a_request_for_many_gets_the_bulk_contract_with_yes(
    description: str, said: str, catalog: Catalog
) -> None:
    result = match_request(description, catalog)
    assert any(phrase.startswith(said) for phrase in result.signals.bulk)
    assert result.floor.bulk
    chosen = generated_with_yes(description, catalog)
    assert chosen.match.template == "bulk_operation"
    assert chosen.match.strength == Strength(Level.admin, bulk=True)


@pytest.mark.parametrize(
    "description",
    [
        "send a reminder to the invitee",  # one recipient
        "Send the invoice",
        "mark a report read",  # one record marked
        "Mark the message as read",
        "mark_invoice_overdue POST /invoices/{invoice_id}/mark-overdue",  # one record
        "expire_session POST /sessions/{session_id}/expire",
        "get_campaign GET /api/campaigns/{campaign_id}",  # a campaign read, not sent
        "delete_campaign DELETE /api/campaigns/{campaign_id}",
        "add_student_to_roster POST /api/v1/my-classes/{class_id}/roster",  # one person
        "delete the old avatar",  # one thing named by an article
        "update_payroll PUT /payroll/{payroll_id}",  # one pay run changed
        "list_duplicates GET /api/duplicates",  # duplicates read, not merged
        "send_reminder POST /bookings/{booking_id}/reminder",  # one reminder
        "subscribe_newsletter POST /newsletter/subscribe",  # one subscriber
        # a read of the records flagged overdue
        "get_overdue_containers GET /api/v1/purchase-orders/flags/overdue-containers",
        "List every entry",  # a read of a list
        "List a set of projects",
        "show the notifications I marked read",
        "read_all GET /api/notifications/read-all",  # read, not marked
        "read_all GET /products/",
        "Mark my notifications as read",  # the caller's own records
        "retry_notification POST /api/v1/notifications/{notification_id}/retry",  # one
        # a list that is not what is changed, and one record named by its key
        "Remove email addresses from the notification list of specified TestCase",
        "retrieve a list of existing users",
        "page-detail GET, PUT, PATCH, DELETE /pages/api/pages/<pk>/",
    ],
)
@pytest.mark.usefixtures("rules_alone")  # the learned reading may offer a bound on top
def test_one_item_a_read_or_the_callers_own_records_are_not_bulk(
    description: str, catalog: Catalog
) -> None:
    result = match_request(description, catalog)
    assert not result.signals.bulk
    assert not result.floor.bulk
    assert not generated_with_yes(description, catalog).match.strength.bulk


def test_marking_the_callers_own_records_keeps_the_owners_contract(catalog: Catalog) -> None:
    assert marked_many(split_words("Mark my notifications as read")) is None
    assert match_request("Mark my notifications as read", catalog).floor.level is Level.owner


def test_danger_with_every_keeps_the_bound_on_the_list(catalog: Catalog) -> None:
    """ "every" asks for many in so many words, like "bulk": the sensitive contract with a
    bound on the list, which satisfies a sensitive label and a bulk one alike."""
    result = match_request("Permanently delete one tag from every entry", catalog)
    assert result.signals.danger
    assert says_many(result.signals.bulk)
    assert result.floor.level is Level.sensitive
    assert result.floor.bulk
    assert result.best.strength == Strength(Level.sensitive, bulk=True)


@pytest.mark.parametrize(
    "description",
    [
        "Delete all chat sessions",  # "all" alone: the sensitive template, as mostly labelled
        "clear_all_history",
        "Delete users",  # a plural alone
        "Copy the permissions to a set of other workspaces",  # a set, but not said as many
    ],
)
def test_danger_with_only_all_a_plural_or_a_set_keeps_the_sensitive_template(
    description: str, catalog: Catalog
) -> None:
    result = match_request(description, catalog)
    assert result.signals.danger
    assert not says_many(result.signals.bulk)
    assert not result.floor.bulk
    assert result.best.template == "sensitive_admin_action"
