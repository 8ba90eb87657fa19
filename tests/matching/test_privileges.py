"""Who holds power changed (second factors, roles and admins, sharing): the sensitive floor.

And what must stay as it was: reading roles, admins, collaborators or one's own second
factor's status is no danger, and the caller's own SSH keys and subscriptions stay the
owner's.
"""

from __future__ import annotations

import pytest

from scaffold.catalog import Catalog
from scaffold.matching import Level, match_request
from scaffold.matching._privileges import privilege_danger, reads_state
from scaffold.matching._rules import word_keys
from scaffold.matching._signals import SIGNAL_WORDS
from tests.matching.helpers import assert_needs_sensitive, generated_with_yes


@pytest.mark.parametrize(
    "description",
    [
        # a second factor or its recovery turned on, off or verified, the caller's too
        "SecurityController :enable_tfa POST /dashboard/security/enable-tfa",
        "twofa#activate GET, POST /my/twofa/:scheme/activate",
        "Enable TFA for my account",
        "Disable two-factor authentication for a user",
        "SudoController :verify_recovery POST /sudo/recovery",
        # roles and admins as what is managed
        "Admin role endpoints",
        "User roles admin endpoint",
        "User Management - Wire Up Admin Page & Roles Endpoint",
        "manage.organization.roles GET, POST /manage/organization/{organization_name}/people/",
        "Toggle a team member's admin status",
        "Feat/deactivate admin",
        "feat: create admin staff API",
        "Admin can change a client to staff user account",
        # who owns or shares a thing changed
        "new_collaborator GET, POST /dataset/collaborators/<id>/new",
        "Remove a collaborator from a repository",
        "OwnerController :delete DELETE /api/packages/:name/owners/:username",
        "revoke_cluster_access DELETE /clusters/{cluster_id}/access/{principal_id}",
        "ServerShareAPIHandler DELETE /api/shares/([^/]+)",
        "groups#add_users POST /groups/:id/users",
        "add this user to one or more products' authorized_users",
        "add_restriction: POST /ajax/addrestriction/<int:res_type>/<int:user_id>",
        # billing cancelled, people exported, a data source cut off
        "OrganizationController :cancel_billing POST /dashboard/orgs/:dashboard_org/cancel-billing",
        "Add user export feature",
        "Disconnect a configured database, after removing Mathesar SQL from it.",
        # credentials made or managed for others
        "Create a new feeds key",
        "manage.account.token /manage/account/token/",
        "regenerate_tasks_csv_uuid",
        # roles managed, named as a noun; a list of who may use a thing changed
        "API Endpoints for user and role management",
        "Add a group to the project's access list",
        "remove a user from the access list of a bucket",
        # who may sign in or hold a role, decided
        "Registration approval",
        "approve pending users",
        "Approve moderators",
        "reject a signup",
        # admins added or staff let go, the verb after as a route names it; access reset
        "views.board_admin_add boards/<uuid:board_id>/admins/add",
        "ShopStaffController.removeStaff DELETE /api/shop/staff/:id",
        "handleAccessReset DELETE /v1/users/access",
        # roles and permissions set up whole; a patient's records sent out
        "seed_default_rbac POST /api/v1/rbac/seed-defaults",
        "export a patient's lab results to the registry",
    ],
)
def test_who_holds_power_changed_needs_the_sensitive_contract(
    description: str, catalog: Catalog
) -> None:
    assert_needs_sensitive(description, catalog)


def test_with_yes_an_admins_deactivation_is_generated_with_the_sensitive_contract(
    catalog: Catalog,
) -> None:
    """``--yes`` gave it the admin contract before: staff where a super admin is needed."""
    assert (
        generated_with_yes("Feat/deactivate admin", catalog).match.strength.level is Level.sensitive
    )


@pytest.mark.parametrize(
    "description",
    [
        "Get my 2FA status",  # the caller's own second factor, read
        "Show whether two-factor authentication is enabled for the current user",
        "list roles",
        "List all roles",
        "admin lists users",
        "Get the admin status of the current user",
        "List collaborators of a project",
        "List the owners of a package",
        "Password recovery",  # a forgotten password: public, not a second factor's recovery
        "Cancel my subscription",  # the caller's own plan (labelled a plain change)
        "Export my data",
        "Create a new SSH key for the current user",  # the labels keep SSH keys the owner's
        "Add SSH key",
        "Disconnect my GitHub account",
        "Get access to a shared document",
        "admins create an award for a user",  # who acts, not admins made
        "staff:course_delete /staff/course/delete",  # staff's area, no one let go
    ],
)
def test_near_misses_are_no_danger(description: str, catalog: Catalog) -> None:
    assert not match_request(description, catalog).signals.danger


@pytest.mark.parametrize(
    ("words", "reads_only", "own", "found"),
    [
        ("get my fa status", True, True, []),
        ("enable tfa for my account", False, True, ["tfa"]),
        ("check whether a user has fa enabled", False, False, ["fa"]),
        ("list roles", True, False, []),
        ("admin role endpoints", False, False, ["role endpoints"]),
        ("create a new ssh key", False, False, []),
        ("create a new feeds key", False, False, ["create a new feeds key"]),
        ("create a new feeds key for me", False, True, []),
    ],
)
def test_reads_and_the_callers_own_are_left_out(
    words: str, reads_only: bool, own: bool, found: list[str]
) -> None:
    split = words.split()
    assert privilege_danger(split, word_keys(split), reads_only=reads_only, own=own) == found


@pytest.mark.parametrize(
    ("words", "state"),
    [
        ("show whether two factor authentication is enabled", True),
        ("get my fa status", True),
        ("enable two factor authentication", False),  # the first action is a change
        ("get activate my twofa", False),  # no word names a state
    ],
)
def test_a_state_read_is_a_first_read_and_a_state_word(words: str, state: bool) -> None:
    split = words.split()
    assert reads_state(split, word_keys(split)) is state


def test_the_new_rule_words_are_never_read_as_typos() -> None:
    assert {"tfa", "twofa", "collaborator", "owners", "disconnect", "uuid"} <= SIGNAL_WORDS
