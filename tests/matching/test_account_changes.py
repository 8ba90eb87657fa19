"""A change to someone else's account, membership or group gets the sensitive contract.

Through the CLI's edge, with the real matcher and the built-in catalog: `scaffold new
function --yes` takes the sensitive contract for the family (or, when nothing says whose
account it is, offers it as the safer contract), and leaves the near misses where they were:
the caller's own account and profile, reads, and the creation of user accounts.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from scaffold.catalog import Catalog
from scaffold.cli import main
from scaffold.matching import Level, match_request
from scaffold.matching._account_changes import account_change
from tests.generate.helpers import flat_project
from tests.matching.helpers import assert_needs_sensitive, generated_with_yes


def run(*args: str) -> tuple[int, str, str]:
    with CliRunner().isolation() as (out, err, _):
        code = main(list(args))
        return code, out.getvalue().decode(), err.getvalue().decode()


def new_function(root: Path, description: str, *flags: str) -> tuple[int, str, str]:
    return run("new", "function", description, "--into", str(root), *flags)


def decided_with_yes(tmp_path: Path, description: str) -> list[str]:
    """What `new function --yes --dry-run` prints, line by line (it must succeed)."""
    root = flat_project(tmp_path / "demo")
    code, out, err = new_function(root, description, "--yes", "--dry-run")
    assert code == 0, err
    return out.splitlines()


@pytest.mark.parametrize(
    ("description", "danger"),
    [
        ("Update a user's details", "update a user"),
        ("Remove a member from the team", "remove a member"),
        ("Set the members of a group", "set the members"),
        ("kick a member from the workspace", "kick a member"),
        ("add a user to a team", "add a user"),
        ("edit_user user/<uid>/edit", "edit user"),  # a route: the account named by its id
        ("PUT /users/{id}", "update users"),
        ("delete a group", "delete a group"),  # every member's membership goes with it
        ("admin renames a user", "renames a user"),
        ("activate a pending account (admin)", "activate a pending account"),
        # a path's prefix between the method and the collection: "/api/v2/"
        ("patch PATCH /api/v2/groups/{id}", "patch api v groups"),
        # an id named for what the route serves: "/users/{item_id}" (bitcart's CRUD router)
        ("update_item PATCH /users/{item_id}", "patch users"),
        # a path's format prefix, and one account named by its name after the collection
        ("put_account PUT /json/users/<name>", "update json users"),
        # a route adding to one group's members
        ("add_to_team POST /groups/{group_id}/members", "create groups group id members"),
        # people a service keeps as its users, by the part they play, named by their id
        ("update_student PUT /admin/students/{student_id}", "update student"),
        ("set_courier_status POST /v1/admin/couriers/{user_id}/status", "set courier"),
        ("delete_student DELETE /admin/students/{student_id}", "delete student"),
        ("update_dispatcher PATCH /dispatchers/{dispatcher_id}", "update dispatcher"),
        ("delete_nurse DELETE /nurses/{nurse_id}", "delete nurse"),
        # a school's parents and guardians sign in to its portal
        ("delete_parent DELETE /admin/parents/{parent_id}", "delete parent"),
        ("update_guardian PUT /guardians/{guardian_id}", "update guardian"),
        # suspended, as a change to the account: a platform's specialist named by its id
        (
            "suspend_specialist POST /api/v1/admin/specialists/{specialist_id}/suspend",
            "suspend specialist",
        ),
        # an auditor's account, as a specialist's (the hundred-fourth set)
        ("update_admin_auditor PUT /api/v1/admin/auditors/{auditor_id}", "update admin auditor"),
    ],
)
def test_a_change_to_someone_elses_account_membership_or_group_gets_the_sensitive_contract(
    tmp_path: Path, description: str, danger: str
) -> None:
    signals, template = decided_with_yes(tmp_path, description)[:2]
    assert f'danger "{danger}"' in signals
    assert template.startswith("template: sensitive_admin_action ")


@pytest.mark.parametrize(
    ("description", "danger"),
    [
        # people given a role on something: reviewers, owners
        ("ProjectController :add_reviewer POST /repositories/:id/reviewer", "add reviewer"),
        ("Add owners to a crate", "add owners"),
        # a user added to a collection shared by its members
        ("Add a user to a collection.", "add a user"),
        # an admin area's settings are the instance's, not the caller's
        ("admin.settings.users.edit GET /admin/settings/users/edit/{id?}", "users edit"),
        # someone's account unlinked from another
        (
            "Delete a link between a user and an identity provider.",
            "delete a link between a user",
        ),
        # an administrator's account, named by its id
        (
            "update_admin PATCH /api/v1/auth/admins/{admin_id}",
            "update admin patch api v auth admins admin id",
        ),
        (
            "update_school_admin PUT /api/schools/{school_id}/admins/{admin_id}",
            "update api schools school id admins admin id",
        ),
    ],
)
def test_roles_given_admin_areas_and_links_are_someone_elses_account(
    catalog: Catalog, description: str, danger: str
) -> None:
    assert_needs_sensitive(description, catalog)
    assert danger in match_request(description, catalog).signals.danger


def test_the_callers_own_settings_still_say_the_account_is_theirs(catalog: Catalog) -> None:
    assert not match_request("update my settings", catalog).signals.danger


def test_a_password_changed_on_a_user_named_by_name_is_someone_elses(catalog: Catalog) -> None:
    """ "/users/{user_name}/password" names the account by name, as "{user_id}" by id (the
    command refuses to generate a password store, so this is read through the matcher)."""
    result = match_request("change_password PATCH /api/users/{user_name}/password", catalog)
    assert "change password patch api users" in result.signals.danger
    assert result.best.template == "sensitive_admin_action"


def test_with_nothing_saying_whose_the_safer_contract_offered_is_the_sensitive_one(
    tmp_path: Path,
) -> None:
    description = "Deletes the user and associated records"
    root = flat_project(tmp_path / "demo")
    code, out, err = new_function(root, description, "--yes", "--dry-run")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[:2] == ["signals: none", "template: fallback:sensitive (score 0.45)"]
    assert "it changes someone's account, membership or group ('deletes the user')" in lines[2]
    assert lines[2].endswith(
        "took the safer contract, fallback:sensitive (sensitive); if any signed-in user may "
        "call it, pass --template fallback:delete"
    )
    code, _, err = new_function(root, description)  # no terminal, no --yes: refused
    assert code == 1
    assert "pass --yes to take the safer fallback:sensitive" in err
    code, out, err = run("match", description, "--format", "json", "--limit", "2")
    assert code == 0, err
    unsure = json.loads(out)["unsure"]
    assert (unsure["weaker"], unsure["safer"]) == ("fallback:delete", "fallback:sensitive")


@pytest.mark.parametrize(
    ("description", "weaker"),
    [
        ("approve_dentist GET /dentists/{dentist_id}/approve", "fallback:update"),
        ("reject_dentist GET /dentists/{dentist_id}/reject", "fallback:delete"),
    ],
)
def test_a_dentist_approved_or_rejected_by_a_get_route_is_offered_the_sensitive_contract(
    tmp_path: Path, description: str, weaker: str
) -> None:
    """A GET route that approves or rejects someone's account still changes it: nothing says
    who may call it, so --yes takes the sensitive contract and names the other."""
    lines = decided_with_yes(tmp_path, description)
    assert lines[1].startswith("template: fallback:sensitive ")
    assert "it changes someone's account, membership or group" in lines[2]
    assert lines[2].endswith(f"pass --template {weaker}")


def test_a_persons_credentials_changed_by_id_are_offered_the_sensitive_contract(
    tmp_path: Path, catalog: Catalog
) -> None:
    """Credentials are a password: set on an employee named by id, they change that account."""
    description = "update_employee_credentials PUT /employees/{employee_id}/credentials"
    lines = decided_with_yes(tmp_path, description)
    assert lines[1].startswith("template: fallback:sensitive ")
    assert lines[2].endswith("pass --template fallback:update")
    # the credentials a service keeps of its own, named by their id, are no one's account
    result = match_request("update_credential_folder PUT /credentials/{credential_id}", catalog)
    assert result.floor.level is not Level.sensitive


@pytest.mark.parametrize("description", ["update user", "Edit user api", "reset_user_password"])
def test_a_change_to_a_user_that_does_not_say_whose_is_asked_about(
    tmp_path: Path, description: str
) -> None:
    # the owner's template stays the best match (the design's phrase reaches its template),
    # but the account may be anyone's: --yes takes the sensitive basic contract and names the other
    code, out, err = run("match", description, "--format", "json", "--limit", "2")
    assert code == 0, err
    answer = json.loads(out)
    assert answer["matches"][0]["template"] == "user_profile_update"
    assert answer["unsure"]["weaker"] == "user_profile_update"
    assert answer["unsure"]["safer"] == "fallback:sensitive"
    lines = decided_with_yes(tmp_path, description)
    assert lines[1].startswith("template: fallback:sensitive ")
    assert lines[2].endswith("pass --template user_profile_update")


@pytest.mark.parametrize(
    ("description", "template"),
    [
        # the caller's own account and profile
        ("update my profile", "user_profile_update"),
        ("edit my account", "user_profile_update"),
        ("change my email", "user_profile_update"),
        ("update the current user", "user_profile_update"),
        ("Please update the user's profile information", "user_profile_update"),
        # reads of other people's accounts: the admin contract, as before
        ("list users", "fallback:admin"),
        ("get a user's details", "fallback:admin"),
        # a merchant's customers are its records, not accounts it runs: no danger, and with
        # nothing saying who may change one, the safer admin contract, not the sensitive one
        ("Update a customer", "fallback:admin"),
        # creating user accounts: the admin's creation
        ("create user", "admin_user_creation"),
        ("add user", "admin_user_creation"),
        ("new user", "admin_user_creation"),
        ("create a new user", "admin_user_creation"),
    ],
)
def test_own_accounts_reads_and_account_creation_are_not_caught(
    tmp_path: Path, description: str, template: str
) -> None:
    lines = decided_with_yes(tmp_path, description)
    assert "danger" not in lines[0]
    assert f"template: {template} " in lines[1]


@pytest.mark.parametrize(
    "words",
    [
        "list accepted users",  # a state before the accounts, in a read
        "disconnect oauth account",  # a connection to another service, not a person
        "account change password accounts password change",  # the password is the object
        "invite a member to the team",  # an invitation is the admin's creation
        "mute an account",  # the caller's own relation to another account
        "update user asset by id",  # the user's asset, not the user
        "sets the user s rating for a recipe",  # "the user's": the caller
        "create users email",  # a creation, whatever follows
        "get groups id members",  # a group's members read
        "create groups members",  # no one group named: members of what
    ],
)
def test_near_misses_are_not_read_as_a_change_to_an_account(words: str) -> None:
    assert account_change(words.split()) is None


@pytest.mark.parametrize(
    ("words", "someone_elses"),
    [
        ("set members", True),  # members are other people
        ("update users metadata", True),  # many accounts are other people's
        ("create users email reactivate", True),  # "POST /users/{email}/reactivate"
        ("delete api v users id", True),  # "DELETE /api/v1/users/{id}"
        ("update a user s details", False),  # "a user": the scope rules say whose
        ("deletes the user and associated records", False),
    ],
)
def test_whether_the_words_alone_say_whose_account_it_is(words: str, someone_elses: bool) -> None:
    changed = account_change(words.split())
    assert changed is not None
    assert changed.someone_elses is someone_elses


def test_a_student_unenrolled_from_a_course_is_offered_as_one_removed_from_a_class(
    catalog: Catalog,
) -> None:
    """To unenroll is to remove: a student taken off a course by id is a membership removed."""
    description = "unenroll_student_from_course DELETE /courses/{course_id}/students/{student_id}"
    assert account_change(["unenroll", "student", "from", "course"]) is not None
    assert generated_with_yes(description, catalog).match.strength.level is Level.sensitive
    own = match_request("unenroll me from a course", catalog)
    assert own.best.template == "fallback:delete"
