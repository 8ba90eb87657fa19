"""Credentials handed out or ended, and the whole instance operated on: the sensitive floor.

And what must stay as it was: logging in for a token is public, the caller's own tokens are
the owner's, reads of tokens are no danger, and "token" in another sense (a language model's,
an invitation's, a page's) is no credential.
"""

from __future__ import annotations

import pytest

from scaffold.catalog import Catalog
from scaffold.matching import Level, match_request
from scaffold.matching._credentials import bare_operation, credential_token
from scaffold.matching._signals import SIGNAL_WORDS
from tests.matching.helpers import assert_needs_sensitive, generated_with_yes


@pytest.mark.parametrize(
    "description",
    [
        # tokens and keys handed out or ended, whatever kind grants access
        "Create a new API token",
        "Delete a CalDAV token by id",
        "revoke_personal_access_token",
        "DELETE /token/<serial>",
        "generate_token POST /auth/token",
        "Create an organization access token",
        "Create an access key for the given KV namespace.",  # an access key as an API key
        "AccessKeyController.save POST /apps/{appId}/envs/{env}/accesskeys",
        "AccessKeyController.enable PUT /apps/{appId}/envs/{env}/accesskeys/{id}/enable",
        "handles.DeleteAuthnLogin POST /api/authn/delete_authn",  # a WebAuthn login deleted
        "Updates a service account key",  # the key acts as the service account
        "Reset the fail counter of a token",
        "Refresh an SSH key",
        "Import crypto keys for a zone",
        "api_zone_cryptokeys GET /zones/<zone_id>/cryptokeys",
        "Creates an OAuth client and returns its credentials",
        "Overwrites the client's assigned scopes",
        "Provide the PIN of the HSM",
        "Return stream URLs without credential masking",
        # the whole instance operated on
        "POST /restart",
        "perform_restore POST /restore",
        "Show the available upgrades and an option to upgrade",
        "Reboot the system",
        "Shut down the daemon",
        "delete_backup DELETE /backup/<filename>",
        "remove_backups",
        "request_backup",
        "Install a plugin from an uploaded zip",
        "Upload an extension",
        "Update the LDAP settings",
        "setting_authentication /admin/setting/authentication",
        "force_entry POST /forcebuy",
        "Force sell an open trade",
        # someone's sessions ended, someone signed out of every device
        "Add endpoint to revoke user sessions",
        "This function terminates the specific session",
        "invalidate consent sessions",
        "deauth_user POST /admin/users/<user_id>/deauth",
        "feat(auth): active session management API (list and selectively revoke)",
        # the audit trail erased, the workers restarted, the instance updated
        "Provide a way to delete old data from audit collection",
        "Restart the worker pool",
        "updates.migrate POST {company_id}/install/updates/migrate",
        "run the pending migrations",
        # an OAuth client made: its credentials handed out (not a login with OAuth)
        "createOAuth POST /api/oauth/client",
        "register an OAuth application",
        "ConsumerResource POST /v3/OS-OAUTH1/consumers",  # an OAuth consumer is a client
        "Revoke an OAuth token",  # a credential ended, not a sign-in with OAuth
    ],
)
def test_credentials_and_instance_operations_need_the_sensitive_contract(
    description: str, catalog: Catalog
) -> None:
    assert_needs_sensitive(description, catalog)


def test_with_yes_a_new_api_token_is_generated_with_the_sensitive_contract(
    catalog: Catalog,
) -> None:
    assert (
        generated_with_yes("Create a new api token", catalog).match.strength.level
        is Level.sensitive
    )


@pytest.mark.parametrize(
    "description",
    [
        "Log in and get an access token",
        "exchange username and password for a session token",
        "login with email and password, returns a new api token",
        "Login user: log in by creating and registering auth tokens",
    ],
)
def test_logging_in_for_a_token_stays_public(description: str, catalog: Catalog) -> None:
    result = match_request(description, catalog)
    assert not result.signals.danger
    assert result.floor.level is Level.public


@pytest.mark.parametrize(
    "description",
    [
        "create an API token for myself",
        "create my api token",
        "delete my personal access token",
        "Create a new API token for the current user.",
    ],
)
def test_the_callers_own_api_token_is_a_credential_too(description: str, catalog: Catalog) -> None:
    """A token for the caller's own account still lets whoever holds it act as them: the
    held-out labels put it at the sensitive contract ("POST /users/me/api_key/regenerate",
    "Create a new API token for the current user."), and so does the project."""
    result = match_request(description, catalog)
    assert result.signals.danger
    assert result.floor.level is Level.sensitive


def test_a_session_token_of_the_caller_stays_the_owners(catalog: Catalog) -> None:
    result = match_request("Revoke an auth token of the actual user", catalog)
    assert not result.signals.danger
    assert result.signals.scope == "own"
    assert result.floor.level is Level.owner


@pytest.mark.parametrize(
    "description",
    [
        "accessTokensHandler.Create POST /api/v1/users/:username/tokens",
        "ApiTokenController.Delete DELETE /api/tokens/{id}",
        "personalAccessTokensHandler.Revoke DELETE /api/v1/user/tokens/:id",
    ],
)
def test_a_handler_named_for_the_token_before_its_verb(description: str, catalog: Catalog) -> None:
    assert match_request(description, catalog).signals.danger


@pytest.mark.parametrize(
    "description",
    ["userTokensHandler.Create POST /tokens", "accessTokensHandler.List GET /tokens"],
)
def test_a_handler_of_whose_tokens_or_a_read_is_not_a_credential(
    description: str, catalog: Catalog
) -> None:
    assert not match_request(description, catalog).signals.danger


@pytest.mark.parametrize(
    "description",
    [
        "Get my tokens",
        "List my API tokens",
        "List all API tokens for the current user",
        "POST /token",  # often a login: "create token" names no kind
        "create a token",
        "Refresh access token",  # a session's token renewed
        "Count the tokens in a prompt",  # a language model's tokens
        "Show token usage for the current month",
        "create_global_token_limit_settings",
        "Create an invite token",
        "Generate a CSRF token",
        "Remove several tokens from a container",  # unlinked, not ended
        "Delete a container. The tokens assigned to the container are kept",
        "Uses the code to generate the token access request",
        "Add SSH key",  # the labels keep SSH and GPG keys the owner's
        "restart the print job",
        "Restore a deleted document",
        "Allow users to upgrade",  # a plan, not the instance
        "Upgrade my subscription",
        "Get authentication settings",  # read, not changed
        "Install a package",
        "Upload a theme",
        "revoke my session token",  # the caller's own session: signing out
        "list my sessions and revoke one",
        "install package updates for my project",
        "terminate my other sessions",
        "List active sessions",  # read, not ended
        "Read the audit log",
        "Test a KV access key",  # checked, not handed out
        "AccessKeyController.findByAppId GET /apps/{appId}/envs/{env}/accesskeys",  # read
    ],
)
def test_near_misses_are_no_danger(description: str, catalog: Catalog) -> None:
    assert not match_request(description, catalog).signals.danger


@pytest.mark.parametrize(
    ("words", "found"),
    [
        ("create a new api token", "create a new api token"),
        ("delete token serial", "delete token"),
        ("generate token", "generate token"),
        ("create token", None),  # a create verb needs a kind that grants access
        ("create api v token", None),  # "POST /api/v1/token": a path, not a kind
        ("delete kobo auth token v library book uuid", None),  # a token in the path
        ("revoke an invitation token", None),
    ],
)
def test_a_token_is_a_credential_unless_a_word_says_otherwise(
    words: str, found: str | None
) -> None:
    assert credential_token(words.split()) == found


@pytest.mark.parametrize(
    ("words", "found"),
    [
        ("create restart", "create restart"),  # "POST /restart"
        ("perform restore restore restore", "restore restore"),
        ("option to upgrade", "to upgrade"),
        ("restart", "restart"),
        ("allow users to upgrade", None),
        ("restore documents", None),
        ("timer restart action", None),
    ],
)
def test_an_operation_with_no_object_is_the_instances(words: str, found: str | None) -> None:
    assert bare_operation(words.split()) == found


def test_the_new_rule_words_are_never_read_as_typos() -> None:
    assert {"cryptokeys", "forcesell", "forcebuy", "hsm", "failcounter", "token"} <= SIGNAL_WORDS
