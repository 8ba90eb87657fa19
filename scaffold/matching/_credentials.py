"""Danger in managing credentials and in operating the whole instance.

A credential lets whoever holds it act as someone: creating one hands out access, deleting
or revoking one ends it, and a fail counter reset lifts the lock on a guessed one. The
held-out sets' labellers, writing blind, put these at the sensitive contract ("Create a new
api token", ``DELETE /token/<serial>``, ``revoke_mcp_personal_access_token``, "Reset the fail
counter of a token"); so do operations on the running instance as a whole: restarting or
upgrading it with nothing else named (``POST /restart``, "option to upgrade"), deleting or
requesting its backups, installing code from an uploaded archive, changing how everyone
signs in (authentication, SAML, LDAP settings), forcing a trade. The project takes their
convention, the safer one (docs/matching.md, "credentials handed out or ended, the instance
operated on").

``CREDENTIAL_DANGER`` and ``INSTANCE_DANGER`` are rules in the phrase language of
``_rules``; ``credential_token`` and ``bare_operation`` read what a rule cannot say: a token
is a credential unless a word says it is another kind (an invitation, a password reset, a
session's JWT, a language model's tokens), and a restart or an upgrade is the instance's when
nothing else is named. ``credential_danger`` (called by ``read_signals``) gathers them all,
and drops a token when the words name logging in ("log in by creating auth tokens" is
public), sign-in settings when they are only read, and a key, secret or token reset when a
password is named (a password reset's token is its emailed link). A token for the caller's
own account stays a credential ("an API token for myself", "POST
/users/me/api_key/regenerate": whoever holds it acts as them), as the held-out sets label it.

Never caught: reads of tokens ("get my tokens", "List all API tokens"), logging in or
exchanging a password for a token, refreshing a session's token, SSH or GPG keys added or
deleted (the labels keep those the owner's), installing a package with no upload.
"""

from __future__ import annotations

from collections.abc import Sequence

from scaffold.matching._rules import rule_matches, rule_words
from scaffold.matching._text import stem

__all__ = [
    "CREDENTIAL_DANGER",
    "CREDENTIAL_WORDS",
    "INSTANCE_DANGER",
    "INSTANCE_UPDATES",
    "SESSIONS_ENDED",
    "SIGN_IN_SETTINGS",
    "bare_operation",
    "credential_danger",
    "credential_token",
]

# Verbs that change what something grants (not "assigned", which names a state).
_CHANGES = "update|updates|overwrite|overwrites|replace|replaces|=set|=sets|change|changes|modify"

CREDENTIAL_DANGER = (
    # a failed-attempt counter reset unlocks a credential someone was guessing
    "reset|clear ~ fail|failure|failed|failcounter|failcount",
    # a key renewed: "Refresh SSH key" (not a token: refreshing a session's token is routine)
    "refresh ~ key|keys|secret|secrets|credential|credentials",
    "crypto key|keys",
    "cryptokey|cryptokeys",
    # an OAuth client's credentials: "Creates a new client and returns the credentials"
    "client|clients ~ credential|credentials",
    # an OAuth client made or removed hands out or ends its credentials: "createOAuth POST
    # /api/oauth/client", "register an OAuth application"
    "@create|@delete|register|registers ~ oauth|oauth2|oidc =client|=clients|=app|=apps"
    "|=application|=applications|=consumer|=consumers",
    # what an OAuth client's credentials grant: "Overwrites the client's assigned scopes"
    f"{_CHANGES} ~~ scope|scopes ~ client|clients|app|apps|application|applications",
    f"{_CHANGES} ~~ client|clients|app|apps|application|applications ~~ scope|scopes",
    # credentials revoked end what they grant: "revoke_google_credentials DELETE
    # /auth/credentials/google/{service_id}"
    "revoke|revokes ~ credential|credentials",
    # a personal access token by its short name: "create_pat POST /api/auth/tokens"
    "@create|generate|issue|@delete|revoke|=create ~ =pat|=pats",
    # a link that signs its holder in, made for someone: "create_one_time_link POST
    # /admin/players/{id}/one-time-link" (not one a caller asks to be sent)
    "=create|=creates|generate|issue ~ =one =time =link|=links",
    # a token made for one account a path names by its id signs its holder in as them:
    # "create_test_token POST /api/v1/auth/create-test-token/{user_id}"
    "@create|generate|issue|mint ~ token|tokens =user|=account =id|=uuid",
    # a hardware security module holds the keys: "the password for the HSM / PKCS#11"
    "hsm|hsms|pkcs",
    "security module|modules",
    # credentials shown in the clear: "without credential masking"
    "credential|credentials|password|passwords|secret|secrets =masking|=unmasked|=unredacted"
    "|=plaintext|=cleartext",
)

INSTANCE_DANGER = (
    # the running system stopped or restarted: "shut down the daemon", "reboot the system"
    "shut|shuts|shutting down",
    "restart|restarts|reboot|reboots ~ system|daemon|machine|host|application|app",
    # the containers the service runs in, restarted: "restart_container POST
    # /api/admin/restart-container"
    "restart|restarts|reboot|reboots ~ =container|=containers|=docker|=pod|=pods",
    # a backup holds everyone's data: deleting one, or asking for one to be made
    "@delete|request|queue|trigger|run|take|perform ~ backup|backups",
    # code from an uploaded file runs on the server: "install a plugin from an uploaded archive"
    "upload|uploaded|uploads ~ plugin|plugins|extension|extensions|addon|addons",
    "install|installs|installing ~ plugin|plugins|extension|extensions|addon|addons|package"
    "|packages ~ upload|uploaded|archive|zip|tarball",
    # a trade forced past the strategy: "force_entry", "/forcesell"
    "force|forced|forcing ~ buy|sell|trade|trades|entry|exit|liquidation",
    "forcebuy|forcesell|forceentry|forceexit",
)

# Sessions ended: "revoke user sessions", "terminate the specific session", "revoke
# authentication and consent sessions". Another person's unless the words say the caller's
# ("revoke my session token", "end my current session" is signing out).
SESSIONS_ENDED = (
    "revoke|revokes|terminate|terminates|invalidate|invalidates|kill|kills ~ session|sessions"
    "|consent|consents",
    # sessions named before their verb: "session management API (list and selectively revoke)"
    "session|sessions ~~ =revoke|=revoking|=terminate|=terminating|=invalidate|=invalidating"
    "|=revocation|=termination|=invalidation",
    # signing someone out of every device: "deauth_user POST /admin/users/<user_id>/deauth"
    "deauth|deauthorize|deauthorise ~ user|users|account|accounts|device|devices",
    "user|users|account|accounts ~ deauth|deauthorize|deauthorise",
)

# The instance's code or schema changed: "install updates", "run the migrations"; not the
# caller's own ("install updates for my project").
INSTANCE_UPDATES = (
    "install|installs|apply|applies|run|runs ~ update|updates|upgrade|upgrades|migration"
    "|migrations",
)

# A credential reset ("reset the API token"), read only when no password is named: a password
# reset's token or key is the link that proves the email ("reset/<uidb64>/<token>/", "Reset
# password with token"), not a credential reset.
RESET_CREDENTIAL = ("reset ~ key|keys|secret|secrets|credential|credentials|token|tokens",)
_PASSWORD_WORDS = frozenset({"password", "passwords", "pwd", "passwd"})

# How everyone signs in ("setting_authentication", "update_saml_settings"), when changed:
# reading which sign-in methods exist is often public, and never dangerous.
SIGN_IN_SETTINGS = (
    "=setting|=settings|config|configuration ~ =authentication|saml|ldap|oidc|sso",
    "=authentication|saml|ldap|oidc|sso =setting|=settings|config|configuration",
)

# Tokens: verbs that hand one out whatever its kind ("generate_token"), verbs that need a
# word saying it grants access ("Create a new api token"; "POST /token" reads "create token"
# and is often a login), and verbs that end one ("DELETE /token/<serial>", "Revoke a token").
_TOKEN = frozenset({"token", "tokens"})
_ISSUES = frozenset({"generat", "regener", "issu"})
_CREATES = frozenset({"creat", "add", "provis"})
_ENDS = frozenset({"delet", "revok", "remov", "destroy", "invalid", "expir"})
# Kinds of token that grant access to an API, for the verbs that need one.
_GRANTS = frozenset(
    {
        "api", "access", "personal", "bearer", "service", "bot", "app", "application",
        "integration", "organization", "organisation", "storefront", "installation", "user",
        "project", "group", "deploy", "developer",
    }
)  # fmt: skip
# Words between the verb and the token that are no kind: articles and states.
_ARTICLES = frozenset({"a", "an", "the", "new", "existing", "one", "this", "that", "its"})
# Tokens of another kind: a link's, a login's or a session's, a page's, a device's.
_OTHER_KINDS = frozenset(
    {
        "invite", "invitation", "activation", "verification", "verify", "confirmation",
        "confirm", "reset", "password", "csrf", "xsrf", "download", "upload", "file", "share",
        "sharing", "shared", "jwt", "session", "refresh", "auth", "email", "unsubscribe",
        "push", "device", "fcm", "apns", "notification", "captcha", "page", "pagination",
        "next", "continuation", "cursor", "sync", "magic", "login", "impersonation",
        # a path's version: "POST /api/v1/token" names where, not which token
        "v",
    }
)  # fmt: skip
# A word after the token that makes it a modifier or a language model's unit ("token access
# request", "token limit", "token usage"), or a path going on ("/<auth_token>/v1/library");
# "remove tokens from a container" unlinks them.
_AFTER = frozenset(
    {"access", "request", "requests", "limit", "limits", "rate", "rates", "usage", "count"}
    | {"counts", "bucket", "budget", "price", "pricing", "cost", "costs", "from", "v"}
)
_VERBS = frozenset({"get", "list", "read", "fetch", "show", "view", "return", "returns"})
# What names a route's handler after its object ("accessTokensHandler.Create").
_HANDLERS = frozenset({"handler", "handlers", "controller", "service", "view", "viewset"})
# Kinds before a handler's token that say which: "access tokens handler create" ("user
# tokens create" names whose, too loose to read alone).
_HANDLER_KINDS = _GRANTS - {"user", "project", "group"}
# Operations on the running instance when nothing else is named: "POST /restart",
# "perform_restore POST /restore", "option to upgrade".
_OPERATIONS = frozenset({"restart", "reboot", "restore", "upgrade"})
# What may come right before such an operation and name no object: a route's method (read as
# its verb), "to", "perform", or the operation itself repeated by its route.
_NO_OBJECT = frozenset({"create", "update", "delete", "get", "to", "perform", "performs", "run"})
# People before "to" say who upgrades what is theirs: "allow users to upgrade" (a plan).
_PEOPLE = frozenset(
    {"user", "users", "member", "members", "customer", "customers", "me", "you", "them"}
)


def credential_danger(
    words: Sequence[str],
    keys: Sequence[frozenset[str]],
    *,
    reads_only: bool,
    own: bool,
    public: bool,
) -> list[str]:
    """The words of every danger in ``words`` this module knows (``keys`` as the danger rules
    see them). ``reads_only``: no sign-in settings are changed; ``own``: a token is the
    caller's (the owner's change); ``public``: a token comes with logging in."""
    found = rule_matches((*CREDENTIAL_DANGER, *INSTANCE_DANGER), words, keys)
    if not _PASSWORD_WORDS & set(words):
        found += rule_matches(RESET_CREDENTIAL, words, keys)
    if not reads_only:
        found += rule_matches(SIGN_IN_SETTINGS, words, keys)
    if not own:
        found += rule_matches((*SESSIONS_ENDED, *INSTANCE_UPDATES), words, keys)
    operation = None if own else bare_operation(words)
    token = None if public else credential_token(words)
    found += [phrase for phrase in (operation, token) if phrase]
    return list(dict.fromkeys(found))


def credential_token(words: Sequence[str]) -> str | None:
    """The words creating or ending a credential token ("Create a new api token",
    "DELETE /token/<serial>"), or None."""
    for i, word in enumerate(words):
        verb = stem(word)
        if not (verb in _ISSUES or verb in _CREATES or verb in _ENDS):
            continue
        for j in range(i + 1, min(len(words), i + 5)):
            if words[j] in _VERBS:
                break  # another action begins: "create auth get auth token"
            if words[j] not in _TOKEN:
                continue
            between = words[i + 1 : j]
            kinds = {w for w in between if w not in _ARTICLES}
            after = words[j + 1] if j + 1 < len(words) else ""
            # an article only opens the object: "delete a container the tokens" does not
            opened = any(w in {"a", "an", "the"} for w in between[1:])
            granted = kinds & _GRANTS if verb in _CREATES else True
            if granted and not (kinds & _OTHER_KINDS or after in _AFTER or opened):
                return " ".join(words[i : j + 1])
            break
    return _handler_token(words)


def _handler_token(words: Sequence[str]) -> str | None:
    """A handler named for the token before its verb: "accessTokensHandler.Create",
    "ApiKeyController.Delete" (a kind that grants access, the token, a handler, the verb)."""
    for j in range(1, len(words) - 1):
        if words[j] not in _TOKEN or words[j - 1] not in _HANDLER_KINDS:
            continue
        k = j + 2 if words[j + 1] in _HANDLERS else j + 1  # past "Handler", if named
        if k < len(words) and stem(words[k]) in _ISSUES | _CREATES | _ENDS:
            return " ".join(words[j - 1 : k + 1])
    return None


def bare_operation(words: Sequence[str]) -> str | None:
    """The operation when a description ends in one with no object ("POST /restart",
    "option to upgrade"): the instance restarted, restored or upgraded, or None."""
    if not words or words[-1] not in _OPERATIONS:
        return None
    before = words[-2] if len(words) > 1 else None
    if before == "to" and len(words) > 2 and words[-3] in _PEOPLE:
        return None
    if before is None or before in _NO_OBJECT or before == words[-1]:
        return " ".join(words[-2:])
    return None


# Every word these rules name, so typo reading never turns one into another word.
CREDENTIAL_WORDS = frozenset(
    rule_words(
        [
            *CREDENTIAL_DANGER,
            *RESET_CREDENTIAL,
            *INSTANCE_DANGER,
            *SIGN_IN_SETTINGS,
            *SESSIONS_ENDED,
            *INSTANCE_UPDATES,
        ]
    )
    | _TOKEN
    | _OPERATIONS
)
