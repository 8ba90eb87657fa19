"""Whose records a description names: the caller's own ("my", "the signed-in member") or
someone else's ("another user's", "list users", "GET /users/{id}", org-wide settings).

The own scope asks for an ownership check, the others scope for the admin contract
(``_strength``); with a role or danger, someone else's password or account is danger too.
Rules are plain data in the phrase language of ``_rules``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from scaffold.matching._objects import INSTANCE_SCOPE
from scaffold.matching._rules import masked, rule_matches, rule_words
from scaffold.matching._text import stem

__all__ = [
    "ARTICLE",
    "CALLER_WORDS",
    "CONFIRMATION",
    "IDS",
    "METHODS",
    "ORGANIZATIONS",
    "OWN_ACTION",
    "PARTY",
    "REGISTERS",
    "SCOPE_WORDS",
    "Scope",
    "is_social",
    "read_scope",
]

Scope = Literal["own", "others"]

# Any one party a request may name: "the logged-in member", "the current principal".
PARTY = (
    "user|account|member|principal|caller|customer|client|requester|viewer|subscriber|identity"
    "|actor|employee|player|person|profile"
)
# Confirming an action (by a code or link), and the account actions only the signed-in owner
# asks for ("confirm account deletion", "an email change"); a password reset is not one.
CONFIRMATION = "verification|confirmation|confirm|confirming|verify|verifying"
OWN_ACTION = (
    "deletion|delete|deleting|closure|close|closing|deactivation|deactivate|cancellation"
    "|change|changes|changing"
)
_PICTURES = (
    "=avatar|=avatars",
    "=profile =picture|=pictures|=photo|=photos|=image|=images|=pic|=pics",
)
_PICTURE_CHANGE = "=upload|@create|@update|@delete"
OWN_SCOPE = (
    "my|mine|own|myself|me|self|your|yourself|their",
    # the signed-in party names the caller, whatever the noun: "the authenticated customer"
    f"current|actual|authenticated {PARTY}",
    f"=logged|=signed in|on {PARTY}",
    "authenticated user",
    # what only ever belongs to the caller: their session, feed, notifications, bookmarks
    "current session|sessions|balance|timeline|feed",
    "home timeline|feed",
    "notification|notifications|bookmark|bookmarks|bookmarked",
    # the picture the caller shows as theirs, changed: "upload_avatar POST
    # /api/settings/profile/avatar", "Profile picture upload endpoint" (a read of one may be
    # anyone's: "get_avatar GET /avatars/{user_id}")
    *(f"{_PICTURE_CHANGE} ~ {picture}" for picture in _PICTURES),
    *(f"{picture} =upload|=update|=delete|=change|=remove" for picture in _PICTURES),
    "who am i",
    "who you are",
    "whoami",
    "private",
    # a code or link confirming the caller's own account action: "a code to confirm deletion"
    f"{CONFIRMATION} ~~ {OWN_ACTION}",
    f"{OWN_ACTION} ~~ {CONFIRMATION}",
)

# What notifications are made from or sent through, and those the service failed to deliver:
# the service's, not the caller's own notifications ("list_templates GET
# /api/v1/notifications/templates", "Create notification channel"). Own-scope rules do not see
# these words.
NOT_OWN = (
    "notification|notifications ~ template|templates|channel|channels",
    # the service's deliveries that failed, not the caller's inbox: "retry_failed_notifications
    # POST /notifications/retry-failed"
    "=failed notification|notifications",
    "notification|notifications ~ =failed",
)

# Words that name the caller; other own-scope words only imply them.
CALLER_WORDS = frozenset(
    {"my", "mine", "own", "myself", "me", "self", "your", "yourself", "their", "current"}
    | {"logged", "signed", "authenticated", "actual", "whoami"}
)
# An organization, tenant, business, clinic or venue, as its members share it.
ORGANIZATIONS = (
    "org|orgs|organization|organizations|organisation|organisations|tenant|tenants|business"
    "|businesses|company|companies|clinic|clinics|venue|venues"
)
# "my user details", "your account info": the caller's own, whatever follows.
_OWN_WORDS = frozenset({"my", "own", "your", "mine", "current", "authenticated"})
_USER = "user|users|account|accounts|member|members|customer|customers|people|employee|employees"
_MANY = (
    "another|other|others|any|every|each|all|many|multiple|several|specific|particular|arbitrary"
)
OTHERS_SCOPE = (
    f"{_MANY} {_USER}",
    f"{_MANY} of the {_USER}",
    "user|account by id|username|email|name",
    "org|organization|organisation|platform|site|system|instance|tenant|workspace|company wide",
    "application|app|system|server|site|global|instance|tenant|organization|organisation|workspace"
    "|company settings|setting|config|configuration",
    "organization|organisation|org|team|group|workspace|tenant|enterprise ~ member|members"
    "|membership|memberships|invitation|invitations|invite|invites|users|accounts",
    "member|members|membership|memberships ~ organization|organisation|org|team|group|workspace"
    "|tenant|enterprise",
    # adding or removing people: the caller acts on someone else's membership
    "@create|@delete|kick|expel ~ member|members|collaborator|collaborators|participant"
    "|participants",
    "subaccount|subaccounts",
    # someone's account data named without "my": "user info", "user emails", "list of accounts"
    "user|users|account|accounts info|information|details|emails",
    "list|lists|listing of =users|=accounts|=members|=customers",
    # records about the whole system rather than one person's
    "audit|audits|auditlog|auditlogs",
    "system|server|application|instance|error|access|event log|logs",
    # the platform's security watched as a whole: "get_security_events GET
    # /api/v1/security/events", security alerts, metrics or an overview
    "security events|event|alerts|alert|incidents|incident|metrics|stats|statistics|overview|chart",
    # the database as a whole: "get_database_metrics GET /api/v1/database/metrics" (not its
    # health, a probe)
    "database|db info|information|metrics|stats|statistics|size|sizes",
    "log|logs entries|entry|events|event|files|file|lines|messages|stream",
    "system|instance|server|platform|sitewide =s|hook|hooks|webhook|webhooks|job|jobs|cron"
    "|crons|queue|queues",
    "reload ~ configuration|configurations|config|configs|settings",
    # how everyone signs in: identity provider set-up is organization-wide
    "sso|saml|scim|ldap|oidc ~ config|configuration|settings|connection|connections|directory",
    f"@read|@update|@delete ~ {ORGANIZATIONS} ~ sso|saml|scim|oidc",
    # OAuth's own settings and the sessions it opened are read by a signed-in caller
    # ("view_oauth_settings", "a list of active oauth2 sessions"), not signing in with it
    "oauth ~ config|configuration|settings|setting|session|sessions",
    # a guest as a member, one person named ("Add a guest to your project", "a guest user",
    # "a guest of that project"), not anyone who calls without an account ("for guests")
    "a|an|the|existing =guest",
    "=guest =user|=users|=of|=member|=members",
    # acting for someone else: "on behalf of a user", "the selected user"
    "on behalf of",
    # a password reset someone else does: "reset_password_by_trainer POST
    # /api/auth/password/reset", "Reset password by admin"
    "reset|resets|resetting password|passwords|pwd =by",
    "impersonate|impersonation|impersonating",
    "the|a selected|specified|chosen|target|targeted|given =user|=users|=account|=accounts|member"
    "|members|customer|customers",
    # a staff view of people: "dashboard.users", "user overview"
    "dashboard|console|panel|backoffice =users|=accounts|=customers|=members",
    "=user|=users ~ =accounts",
    "user|users|account|accounts|member|members|customer|customers overview|=listing|statistics"
    "|stats|activity|sessions|devices|tokens",
    # granting something to someone: "grant benefits", "grant credits"
    "=grant|=grants|granting",
)
# Someone else's records named in passing ("a badge for a user", "a user's password"): even
# a read of them is taken as someone else's records, the safer reading.
OTHERS_NAMED = (
    "for|of|to a|an|another|any user|account",
    # people's accounts as the object: "for a customer", "uploaded by a user"
    "for|of|by a|an|another|any|each|some|specific|particular|given|selected|specified"
    " user|account|customer|tenant|member|employee|client|subscriber|student|patient",
    "for =user|=users",
)
# The caller's own organization, tenant or business changed ("update_my_org PUT
# /api/v1/orgs/me", "update_my_business PATCH /api/v1/businesses/me"): its members share it,
# and its administrators change it; a read stays the member's own ("get_my_org GET
# /api/v1/orgs/me").
OWN_ORGANIZATION_CHANGED = (
    f"@update|@delete ~ =my|=our|=own|=current {ORGANIZATIONS}",
    f"@update|@delete ~ {ORGANIZATIONS} =me|=mine|=current",
)
# "get a user", "update an account", "list users": the verb's object is someone's account.
_ACCOUNT = frozenset({"user", "account"})
# A customer is someone's account when it is deleted; creating or reading one is often a
# merchant's own records ("Create a customer").
_DELETED_ACCOUNT = frozenset({"custom"})
# Registering an account creates the caller's own: "register a new account" is public.
REGISTERS = frozenset({"regist", "signup", "enrol", "enroll"})
# The caller's own relation to something, not a change to it: "follow a user", "unfollow
# users", "like a post", "Unstar a dashboard", "Vote on a poll" (not "follow up", nor
# "start").
_SOCIAL = frozenset(
    f"{prefix}{verb}{ending}"
    for prefix in ("", "un")
    for verb, endings in (
        ("follow", ("", "s", "ed", "ing")),
        ("like", ("", "s", "d")),
        ("mute", ("", "s", "d")),
        ("star", ("", "s", "red", "ring")),
        ("favorite", ("", "s", "d")),
        ("favourite", ("", "s", "d")),
        ("vote", ("", "s", "d")),
        ("upvote", ("", "s", "d")),
        ("downvote", ("", "s", "d")),
    )
    for ending in endings
)
_NOT_SOCIAL_AFTER = frozenset({"up", "ups"})  # "FollowUps": a follow-up is a record


def is_social(word: str, after: str | None) -> bool:
    """Whether ``word`` (then ``after``) is a verb of the caller's own relation to something
    ("follow", "likes", "unstarred"), not "follow up"."""
    return word in _SOCIAL and after not in _NOT_SOCIAL_AFTER


# Words between the verb and the account that keep it someone's: articles and states.
ARTICLE = frozenset(
    {
        "a", "an", "any", "specific", "single", "particular", "given", "new", "existing",
        "pending", "inactive", "active", "locked", "blocked", "disabled", "deleted", "suspended",
        "selected", "specified", "global", "external", "guest", "another", "other",
    }
)  # fmt: skip
METHODS = frozenset({"get", "post", "put", "patch", "delete"})  # a route's method after it
_AFTER_OBJECT = frozenset(
    {"by", "from", "to", "in", "with", "for", "and", "or", "on", "at", "via", "as", "id", "ids"}
    | {"account", "accounts", "uuid", "v", "endpoint", "endpoints", "route", "handler"}
    # a clause naming which one: "Update a user given its identifier"
    | {"given", "whose", "that", "which", "who", "if", "when"}
)


def _object_is_account(words: Sequence[str], keys: Sequence[frozenset[str]]) -> str | None:
    """ "get a user", "list users", "delete user": an action verb whose object is someone's
    account."""
    verbs = {"@create", "@update", "@delete", "@read"}
    for i, key in enumerate(keys):
        if not key & verbs:
            continue
        j = i + 1
        while j < len(words) and words[j] in ARTICLE:
            j += 1
        if j >= len(words) or stem(words[i]) in REGISTERS or is_social(words[i], words[j]):
            continue
        if stem(words[j]) not in _ACCOUNT | (_DELETED_ACCOUNT if "@delete" in key else set()):
            continue
        plural = words[j].endswith("s")
        after = words[j + 1] if j + 1 < len(words) else None
        # "delete user" (a route name) removes an account: one's own would say "my account"
        named = plural or j > i + 1 or "@delete" in key
        # the object ends where the route's own verb begins: "Delete a user. DELETE /users/..."
        ends = after is None or after in _AFTER_OBJECT or after in METHODS
        if named and ends:
            return " ".join(words[i : j + 1])
    return None


# One item's id in a path; what names one account after its collection ("/users/<name>").
IDS = frozenset({"id", "uuid", "pk"})
_ONE_ACCOUNT = IDS | {"name", "username"}


def _account_path(words: Sequence[str]) -> str | None:
    """ "GET /user/{user_id}", "DELETE /users/{id}": a path that ends at one account is
    someone's account (one's own would be "/user/me"); a path going on
    ("/users/{user_id}/profile") may be one's own."""
    tail = words[-3:]
    if len(tail) == 3 and tail[2] in {"id", "uuid"} and {stem(w) for w in tail[:2]} <= _ACCOUNT:
        return " ".join(tail)
    if len(tail) >= 2 and tail[-1] in _ONE_ACCOUNT and tail[-2] in {"users", "accounts"}:
        return " ".join(tail[-2:])  # the collection of accounts, then one of them
    return None


def _possessive(words: Sequence[str]) -> str | None:
    """ "a user's password", "another member's data": someone else's records."""
    for i in range(1, len(words) - 1):
        if words[i + 1] == "s" and stem(words[i]) in {"user", "account", "member", "custom"}:
            before = words[max(0, i - 2) : i]
            if any(word in {"a", "an", *_MANY.split("|")} for word in before):
                return " ".join([*before, words[i]]) + "'s"
    return None


def read_scope(
    words: Sequence[str], keys: Sequence[frozenset[str]]
) -> tuple[Scope | None, list[str]]:
    """Whose records the words name, and the words that say so; someone else's wins over
    the caller's own (the safer reading)."""
    others = rule_matches((*OTHERS_SCOPE, *INSTANCE_SCOPE), words, keys, not_after=_OWN_WORDS)
    found = _object_is_account(words, keys)
    if found:
        others.append(found)
    others += rule_matches((*OTHERS_NAMED, *OWN_ORGANIZATION_CHANGED), words, keys)
    for found in (_possessive(words), _account_path(words)):
        if found:
            others.append(found)
    if others:
        return "others", others
    own = rule_matches(OWN_SCOPE, words, masked(words, keys, NOT_OWN))
    return ("own", own) if own else (None, [])


# Every word a scope rule names.
SCOPE_WORDS = frozenset(
    rule_words([*OWN_SCOPE, *NOT_OWN, *OTHERS_SCOPE, *OTHERS_NAMED, *OWN_ORGANIZATION_CHANGED])
)
