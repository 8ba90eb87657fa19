"""Danger in what decides who holds power: second factors, roles and admins, who shares a thing.

The held-out sets' labellers, writing blind, put at the sensitive contract a family the
plain danger rules of ``_signals`` missed, because the words name what is managed rather
than who calls: a second factor or its recovery turned on or off (``enable_tfa``,
``/my/twofa/:scheme/activate``, ``verify_recovery``), roles and admins as the object ("Admin
role endpoints", "manage organization roles", "deactivate admin", "a member's admin status",
"create admin staff", "change a client to staff"), who owns or shares a thing changed (a
collaborator added, an owner removed, access revoked, a share deleted, users added to a
group), billing cancelled, a user export, a data source disconnected, and credentials made
for others (a new key, an account's tokens managed). ``--yes`` gave them the admin contract;
the project takes the labellers' convention, the safer one (docs/matching.md, "Danger: who
holds power").

``privilege_danger`` (called by ``read_signals``) gathers them. Never caught: reads ("list
roles", "get the admin status", "list collaborators"), and the caller's own second factor
read ("get my 2FA status": the owner's read) or own SSH and GPG keys made ("create a new SSH
key for the current user": the labels keep those the owner's; an own API token is a
credential, see ``_credentials``). A second factor changed stays danger even when it is the
caller's: turning one off is how an account is taken over.
"""

from __future__ import annotations

from collections.abc import Sequence

from scaffold.matching._rules import rule_matches, rule_words

__all__ = [
    "MANAGED_POWER",
    "OTHERS_CREDENTIALS",
    "PRIVILEGE_WORDS",
    "SECOND_FACTOR",
    "privilege_danger",
    "reads_state",
]

# A second factor and its recovery: "2FA" reads as "fa" (digits separate words), route names
# fuse it ("enable_tfa", "twofa"); recovery switched or verified, not a password's recovery.
SECOND_FACTOR = (
    "mfa|totp|otp|=fa|tfa|twofa|twofactor",
    "two|multi|second factor",
    "enable|disable|verify|setup|configure|activate|deactivate ~ recovery",
)

# Who is let in, decided: the verbs, and the people or entries they decide on.
_DECIDE = "approve|approves|approving|reject|rejects|rejecting"
_ADMITTED = (
    "=user|=users|=account|=accounts|=registration|=registrations|=signup|=signups|=member|=members"
)
_PATIENTS = "patient|patients|patientrecord|patientrecords"

# Who holds power over a shared thing, changed; a read of any of these is no danger.
MANAGED_POWER = (
    # roles and admins as what is managed: "Admin role endpoints", "manage organization roles"
    "role|roles ~ =endpoint|=endpoints",
    "manage|managing ~ role|roles",
    "role|roles =management",
    # roles and permissions set up or changed as a whole: "seed_default_rbac"
    "=rbac",
    "admin|admins|administrator|administrators =status",
    # a moderator's standing toggled by staff, as an admin's: "toggle_moderator_status PATCH
    # /api/v1/admin/moderators/{user_id}/status"
    "moderator|moderators =status",
    "deactivate|disable|suspend|demote ~ admin|admins|administrator|administrators",
    # the admin role handed over in steps, proposed, accepted, cancelled or given up:
    # "api_propose_admin POST /api/v1/admin/propose-admin", "renounce-admin",
    # "accept-operator"
    "=propose|=proposes|=accept|=accepts|=renounce|=renounces|=nominate|=nominates"
    " =admin|=administrator|=operator|=owner|=ownership",
    "=cancel|=cancels =admin|=administrator|=operator|=owner|=ownership =proposal|=nomination",
    "=admin|=administrator =staff",
    # admins added, the verb after as a route names it: ".../admins/add" ("admins create an
    # award" is who acts)
    "=admins|=administrators =add|=new|=invite",
    # staff let go or invited: "VendorStaffController.removeStaff"
    "remove|invite =staff",
    "set|convert|change|make|promote|turn ~~ =to ~ staff",
    # who shares a thing: "new_collaborator", "DELETE /owners/:username", "revoke access"
    "@create|add|new|invite|@delete|remove|revoke ~ collaborator|collaborators",
    "@delete|remove|add|revoke ~ owner|owners|coowner|coowners",
    "revoke ~ access",
    "=access =reset|=revoke|=revocation|=removal",
    "@delete|revoke|remove ~ share|shares",
    "group|groups|team|teams add|remove =users|=members",
    # the list of who may use a thing, or a restriction put on someone, changed
    "authorised|authorized =users",
    "add|remove|@delete|revoke ~~ =access =list|=lists|=control",
    "add|remove|@create|@delete ~ restriction|restrictions",
    # who may sign in or hold a role, decided: "Approve moderators", "Registration approval",
    # "admin pending-user approval"
    f"{_DECIDE} =a|=an|=the|=pending|=new {_ADMITTED}|=moderator|=moderators",
    f"{_DECIDE} {_ADMITTED}|=moderator|=moderators",
    f"{_ADMITTED} =approval|=approvals|=rejection|=rejections",
    # a request to register, reviewed or decided on by whoever lets people in:
    # "review_registration_request POST /admin/registration-requests/{request_id}/review"
    "=review|=reviews|=decide|=decides ~ =registration|=signup =request|=requests",
    "=registration|=signup =request|=requests ~~ =review|=reviews|=decide|=decides",
    # money and data leaving with the account: billing cancelled, people's records exported
    "cancel ~ billing",
    "user|users|account|accounts|member|members|customer|customers export|exports",
    # a patient's records sent out: "patient_export_radar POST /api/patientrecords/{pid}/export"
    f"{_PATIENTS} ~ =export|=exports",
    f"=export|=exports ~ {_PATIENTS}",
    # a data source cut off: everything read from it stops for everyone
    "disconnect ~ database|databases|db|datasource|datasources|source|sources|server|servers"
    "|cluster",
)

# Credentials made or managed for others: "Create a new feeds key", "manage account token",
# a CSV link's secret id regenerated (``regenerate_epics_csv_uuid``).
# Not the caller's own, and not the keys the labels keep the owner's (SSH, GPG).
OTHERS_CREDENTIALS = (
    "@create|generate|add ~ =new ~ key|keys",
    "manage ~ token|tokens",
    # a secret link's id made anew: whoever holds the old one loses access, the new one grants
    "regenerate ~ uuid|uuids|link|links|url|urls",
)
_OWNER_KEYS = frozenset({"ssh", "gpg", "pgp"})
# Words that name a second factor's state, read rather than changed: "get my 2FA status",
# "show whether two-factor authentication is enabled for the current user".
_STATE = frozenset({"status", "whether", "state", "enabled", "disabled", "configured"})
_ACTIONS = frozenset({"@create", "@update", "@delete", "@read"})


def privilege_danger(
    words: Sequence[str],
    keys: Sequence[frozenset[str]],
    *,
    reads_only: bool,
    own: bool,
) -> list[str]:
    """The words of every danger in ``words`` this module knows (``keys`` as the danger rules
    see them). ``reads_only``: every action is a read; ``own``: the caller's own records."""
    found: list[str] = []
    if not (own and (reads_only or reads_state(words, keys))):
        found += rule_matches(SECOND_FACTOR, words, keys)
    if not reads_only:
        found += rule_matches(MANAGED_POWER, words, keys)
    if not (reads_only or own or _OWNER_KEYS & set(words)):
        found += rule_matches(OTHERS_CREDENTIALS, words, keys)
    return list(dict.fromkeys(found))


def reads_state(words: Sequence[str], keys: Sequence[frozenset[str]]) -> bool:
    """Whether the first action is a read and a word names a state ("show whether 2FA is
    enabled"): the state read, where a bare "enabled" would read as a change."""
    first = next((key & _ACTIONS for key in keys if key & _ACTIONS), frozenset())
    return first == {"@read"} and bool(_STATE & set(words))


# Every word these rules name, so typo reading never turns one into another word.
PRIVILEGE_WORDS = frozenset(
    rule_words([*SECOND_FACTOR, *MANAGED_POWER, *OTHERS_CREDENTIALS]) | _OWNER_KEYS
)
