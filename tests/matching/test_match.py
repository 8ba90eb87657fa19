"""match(): ranking, scores, reasons, the fallback, inputs it accepts, and the index cache."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from scaffold.catalog import Catalog, Template, load_catalog
from scaffold.matching import FALLBACK_KINDS, THRESHOLD, Match, match, match_request
from scaffold.matching._index import index_for


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog(None, include_user=False)


def top(description: str, catalog: Catalog) -> Match:
    return match(description, catalog)[0]


def _assert_ranked(results: list[Match], offered: str | None = None) -> None:
    """Candidates that meet the signals' floor come first, best first; those set aside follow;
    every score is between 0 and 1. ``offered``: the safer contract an unsure decision offers;
    one made for it is put second whatever its score (the words' pick stays first, the safer one
    beside it), so it is left out of the order."""
    floors = [result.meets_floor for result in results]
    assert floors == sorted(floors, reverse=True)
    if offered is not None:
        results = [results[0], *(result for result in results[1:] if result.template != offered)]
    for group in (True, False):
        scores = [result.score for result in results if result.meets_floor is group]
        assert scores == sorted(scores, reverse=True)
    assert all(0.0 <= result.score <= 1.0 for result in results)


@pytest.mark.parametrize(
    "description",
    [
        "update profile",
        "profile update",
        "update my profile",
        "Updating profiles",
        "EDIT PROFILE",
        "udpate proflie",
        "updateUserProfile",
        "update_user_profile",
        "modify my profile",
    ],
)
def test_what_people_type_finds_the_profile_template(description: str, catalog: Catalog) -> None:
    best = top(description, catalog)
    assert best.template == "user_profile_update"
    assert best.score >= THRESHOLD
    assert best.spec is catalog.get("user_profile_update")


def test_results_are_ranked_scored_and_limited(catalog: Catalog) -> None:
    results = match("admin creates a user", catalog, limit=4)
    assert len(results) == 4
    assert results[0].template == "admin_user_creation"
    _assert_ranked(results)
    assert len({result.template for result in results}) == 4


def test_reasons_name_the_matched_phrase_the_synonyms_and_the_typos(catalog: Catalog) -> None:
    best = top("modify my proflie", catalog)
    assert best.reasons[0].startswith('pattern "')
    joined = " ".join(best.reasons)
    assert '"modify" = update' in joined
    assert '"proflie" (read as "profile")' in joined


def test_unmatched_words_are_reported(catalog: Catalog) -> None:
    reasons = " ".join(top("update profile picture", catalog).reasons)
    assert 'not in this template: "picture"' in reasons


@pytest.mark.parametrize(
    ("description", "kind"),
    [
        ("add a comment", "create"),
        ("enroll a device", "create"),
        ("edit a comment", "update"),
        ("rename a project", "update"),
        ("discard a draft", "delete"),
        ("remove an item from the cart", "delete"),
        ("download an invoice", "read"),
        ("admin dashboard widgets", "admin"),
        ("throttle webhook deliveries", "rate_limit"),
        ("calculate shipping cost", "basic"),
        ("renew a subscription", "basic"),  # renew is not "new"
        ("credit loyalty points", "basic"),  # credit is not "edit"
        ("validate a postal address", "basic"),  # address is not "add"
    ],
)
def test_below_the_threshold_the_verb_decides_the_fallback(
    description: str, kind: str, catalog: Catalog
) -> None:
    best = top(description, catalog)
    assert best.template == f"fallback:{kind}"
    assert best.is_fallback
    assert best.score == THRESHOLD
    assert kind in FALLBACK_KINDS


def _kinds(spec: Template) -> list[str]:
    return [condition.kind for condition in spec.conditions]


def test_fallback_contracts_follow_the_design(catalog: Catalog) -> None:
    create = top("add a comment", catalog).spec
    assert create.auth_role == "user"
    assert _kinds(create) == ["auth", "validates", "returns", "audit_log"]
    assert create.endpoint.method == "POST"

    update = top("edit a comment", catalog).spec
    assert _kinds(update) == ["auth", "validates", "owns", "returns", "audit_log"]
    assert update.endpoint.path == "/users/{user_id}/comments/{comment_id}"
    assert update.endpoint.function == "edit_comment"

    delete = top("discard a draft", catalog).spec
    assert _kinds(delete) == ["auth", "owns", "returns", "audit_log"]
    assert delete.endpoint.method == "DELETE"

    admin = top("admin dashboard widgets", catalog).spec
    assert admin.auth_role == "admin"

    throttled = top("throttle webhook deliveries", catalog).spec
    (limit,) = throttled.find("rate_limit")
    assert limit.rate_limit.limit == 10  # type: ignore[union-attr]


def test_signals_choose_the_fallback_contract_and_the_verb_shapes_it(catalog: Catalog) -> None:
    results = match("admin deletes an invoice, rate limited", catalog, limit=10)
    spec = next(result for result in results if result.is_fallback).spec
    assert spec.name == "fallback_admin"
    assert spec.auth_role == "admin"
    assert spec.endpoint.method == "DELETE"
    assert spec.find("owns") == []  # admins act on other people's resources
    assert spec.find("rate_limit")
    assert spec.endpoint.path.startswith("/admin/")

    mine = top("renew my subscription", catalog).spec
    assert mine.find("owns")  # "my X" is scoped to its owner, whatever the verb
    assert mine.endpoint.path.startswith("/users/{user_id}/")

    public = next(
        m for m in match("public feed of recent posts", catalog, limit=10) if m.is_fallback
    )
    assert public.template == "fallback:public"
    assert public.spec.auth_role is None
    (limit,) = public.spec.find("rate_limit")
    assert limit.rate_limit.by == "ip"  # type: ignore[union-attr]


def test_a_fallback_is_a_complete_template(catalog: Catalog) -> None:
    spec = top("edit a comment", catalog).spec
    assert isinstance(spec, Template)
    again = Template.model_validate(spec.model_dump(mode="json", exclude_unset=True))
    assert again == spec
    assert spec.input.fields
    assert spec.output.fields
    assert spec.checklist


def test_the_fallback_is_ranked_at_the_threshold(catalog: Catalog) -> None:
    results = match("update profile", catalog, limit=10)
    fallback = next(result for result in results if result.is_fallback)
    position = results.index(fallback)
    assert all(result.score >= THRESHOLD for result in results[:position])
    assert all(result.score < THRESHOLD for result in results[position + 1 :])


def test_a_description_without_words_gets_the_basic_fallback(catalog: Catalog) -> None:
    (only,) = match('"""{{ }}', catalog)
    assert only.template == "fallback:basic"
    assert "no word to match" in only.reasons[0]


def test_it_takes_a_catalog_a_mapping_or_templates(catalog: Catalog) -> None:
    expected = [(m.template, m.score) for m in match("bulk delete", catalog)]
    for source in (catalog.templates, list(catalog.templates.values()), iter(catalog)):
        assert [(m.template, m.score) for m in match("bulk delete", source)] == expected


def test_bad_arguments_are_programming_errors(catalog: Catalog) -> None:
    with pytest.raises(ValueError, match="limit"):
        match("update profile", catalog, limit=0)
    with pytest.raises(TypeError, match="Templates"):
        match("update profile", ["user_profile_update"])
    with pytest.raises(TypeError):
        match("update profile", 42)


def test_the_index_is_built_once_per_catalog(catalog: Catalog) -> None:
    assert index_for(catalog) is index_for(catalog)
    assert index_for(catalog.templates) is index_for(list(catalog.templates.values()))
    smaller = [catalog.get("user_profile_update")]
    assert index_for(smaller) is not index_for(catalog)


def test_a_smaller_catalog_ranks_only_its_templates(catalog: Catalog) -> None:
    only = [catalog.get("bulk_operation")]
    names = {result.template for result in match("update profile", only)}
    # no owner-level template says whose profile: the safer admin contract is offered too
    assert names <= {"bulk_operation", "fallback:update", "fallback:admin"}


@settings(deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(description=st.text(max_size=80))
# an unsure typo whose safer contract, made for it at the threshold's score, sits second above a
# template that scores more ("Empoydes", read as "employees")
@example(description="Empoydes")
def test_any_description_gives_a_valid_ranking(description: str, catalog: Catalog) -> None:
    results = match(description, catalog)
    assert 1 <= len(results) <= 5
    # One fallback, and a second one only when the decision is unsure: the safer admin
    # contract beside the words' own ("delete a comment", "new").
    unsure = match_request(description, catalog).unsure
    fallbacks = [result.template for result in results if result.is_fallback]
    assert len(fallbacks) <= 1 or (
        unsure is not None and len(fallbacks) == 2 and unsure.safer in fallbacks
    )
    _assert_ranked(results, unsure.safer if unsure is not None else None)
    for result in results:
        assert isinstance(result.spec, Template)
        assert result.spec.endpoint.function.isidentifier()
    assert match(description, catalog) == results  # deterministic


def test_long_words_still_make_valid_names_from_the_description(catalog: Catalog) -> None:
    words = "extraordinarily complicated reconciliation statements"
    spec = next(m for m in match(f"notarize {words}", catalog) if m.is_fallback).spec
    assert spec.endpoint.function == "notarize_extraordinarily_complicated_reconciliation"
    assert spec.input.model == "ExtraordinarilyComplicatedReconciliationRequest"
    long = "x" * 40
    spec = next(m for m in match(f"delete {long} {long}", catalog) if m.is_fallback).spec
    assert spec.endpoint.function == "delete_item"  # words over 15 letters are left out


@pytest.mark.parametrize(
    ("description", "template"),
    [
        # typed as the design source wrote it: the pattern settles the match
        ("admin create", "admin_user_creation"),
        ("POST /users, the admin create route", "admin_user_creation"),
        # a route read as "admin create /users" names its object: the user-creation pattern
        ("POST /admin/users", "admin_user_creation"),
        # a route read as "admin create /tasks": who acts and the verb only, not typed
        ("POST /admin/scheduled-tasks", "fallback:admin"),
        ("update_org_name POST /admin/update-org-name", "fallback:admin"),
        # a read word that is a noun first gives way to a change after it
        ("History - delete", "fallback:delete"),
        # a history cleared whole: every record in it goes, a bulk change
        ("history_clear DELETE /api/history", "bulk_operation"),
        ("get history", "fallback:read"),
        ("stats", "fallback:read"),
        # a GET route creates nothing: a create word in its name is a noun or a form's page
        ("exists_favorite GET /api/v1/favorite-post-user/{post_id}/exists", "fallback:read"),
        ("like_status GET /posts/{post_id}/like-status", "fallback:read"),
        ("add_favorite POST /api/v1/favorite-post-user/{post_id}", "fallback:create"),
        ("delete_favorite GET /favorites/{favorite_id}/delete", "fallback:delete"),
    ],
)
def test_the_best_match_reads_what_was_typed_not_only_how_a_route_is_read(
    description: str, template: str, catalog: Catalog
) -> None:
    """A pattern of who and verb alone ("admin create") counts only as typed, not as a
    route's reading makes it; a read word that is a noun first ("history") is not the verb
    when a change follows, and a route served by GET reads (a deletion by GET still deletes)."""
    assert match(description, catalog, limit=1)[0].template == template
