"""The caller's own relation to something: following, liking, starring or muting it.

"follow a user" creates the caller's follow of that user ("vote on a poll" the caller's
vote); nothing of the user's account is created or changed, so neither the admin's account
creation ("create user") nor a change to someone else's account (the sensitive contract) is
the match, and the signed-in user's own create or delete is sure. Near misses stay as they
were: "follow up" is a record, "start" is a verb of its own (no "star" read as a typo), and
an account blocked is still someone else's.
"""

from __future__ import annotations

import pytest

from scaffold.catalog import Catalog
from scaffold.matching import Level, match_request
from scaffold.matching._index import index_for
from scaffold.matching._scope import is_social
from tests.matching.helpers import generated_with_yes


@pytest.mark.parametrize(
    ("description", "template"),
    [
        ("follow a user", "fallback:create"),
        ("Follow account", "fallback:create"),
        ("unfollow a user", "fallback:delete"),
        ("Unfollow a user.", "fallback:delete"),
        ("like a post", "fallback:create"),
        ("Unstar a dashboard", "fallback:delete"),
        ("Vote on a poll", "fallback:create"),
    ],
)
def test_a_relation_of_the_callers_own_is_the_signed_in_users_sure_change(
    description: str, template: str, catalog: Catalog
) -> None:
    result = match_request(description, catalog)
    assert not result.signals.danger
    assert result.signals.scope is None
    assert result.unsure is None
    assert result.best.template == template
    assert result.best.strength.level <= Level.owner
    chosen = generated_with_yes(description, catalog)
    assert chosen.match.template == template
    assert chosen.note is None


def test_an_account_blocked_is_still_someone_elses(catalog: Catalog) -> None:
    assert match_request("Block a user", catalog).floor.level is Level.sensitive


@pytest.mark.parametrize("description", ["Start service.", "FollowUpViewSet api/followups"])
def test_near_misses_stay_unsure(description: str, catalog: Catalog) -> None:
    # "start" is a verb of its own, not a "star", and a follow-up is a record: neither is a
    # relation, so a creation with no access word stays unsure
    assert match_request(description, catalog).unsure is not None


@pytest.mark.parametrize("description", ["start a job", "Start service.", "starting a build"])
def test_start_is_read_as_typed_not_as_a_typo_of_star(description: str, catalog: Catalog) -> None:
    found, words = index_for(catalog).lexicon.read(description, correct=True)
    assert "star" not in words
    assert not any(token.corrected_from for token in found)


@pytest.mark.parametrize(
    ("word", "after", "social"),
    [
        ("follow", "a", True),
        ("unfollowed", None, True),
        ("starred", "the", True),
        ("likes", None, True),
        ("follow", "ups", False),
        ("start", "service", False),
        ("liking", None, False),
    ],
)
def test_social_verbs_are_read_as_typed(word: str, after: str | None, social: bool) -> None:
    assert is_social(word, after) is social


@pytest.mark.parametrize("description", ["Unmark favorite object", "unmark a post as favourite"])
def test_a_mark_taken_off_is_a_deletion_not_a_new_mark(description: str, catalog: Catalog) -> None:
    """ "Unmark favorite object" removes the caller's mark: reading "favorite" as making one
    gave the create contract, which checks no owner of the mark taken off."""
    assert match_request(description, catalog).best.template == "fallback:delete"
