"""Changes to someone else's account, membership or group: the sensitive contract.

Changing another person's account (its details, its state, its existence; a user's, or a
student's, teacher's, employee's, courier's, patient's or doctor's record), their role, their
membership of a group, team, organization or project, or the group itself, decides what
someone else may do or whether they may sign in at all. The held-out sets' labels, written
blind by several hands, set these at the sensitive contract ("Update a user's details",
"Remove Member from Team", "Set members", ``edit_user user/<uid>/edit``); the project takes
their convention, the safer one (docs/matching.md, "fifth round: someone else's account,
membership or group").

``account_change`` finds the change: a verb that changes or removes (``@update``,
``@delete``: edit, set, activate, deactivate, remove, kick...) whose object is an account,
a member, a membership or a group, read as route names write it too ("UserUpdate",
``remove_org_member``, ``PUT /access/groups/<key>``). Adding to a group counts only as
adding people to one ("Add members", "Add user to a group"): creating a user account stays
the admin's creation (``admin_user_creation``: "create user", "add user", "new user"), and an
invitation is one too. ``read_signals`` raises danger for it when the words say whose
account it is (``ChangedAccount.someone_elses``: members, many accounts, an account named by
its id, a group deleted or people added need no other word; "a user" needs the others scope
or a role). Otherwise a change with no
access word is unsure (``_unsure``), and the safer candidate offered is then the sensitive
contract, not the admin one (``_match``).

Never caught: reads ("list users", "get a user's details"), anything about the caller's own
account or profile ("my", "own", "me", "current", "profile", "settings", "preferences"), the
caller's own social relations (mute, follow, hide) and invitations.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from scaffold.matching._rules import word_keys
from scaffold.matching._text import stem

__all__ = ["ACCOUNT_CHANGE_WORDS", "ChangedAccount", "account_change"]

# What is changed: one person's account, people belonging to something, the group itself.
_ACCOUNTS = frozenset(
    {"user", "users", "account", "accounts", "usergroup", "usergroups"}
    # people a service keeps records of as its users, by the part they play: a school's
    # students, teachers and the parents or guardians who sign in to its portal, a firm's
    # staff, couriers, drivers and their dispatchers, a clinic's patients, doctors, dentists
    # and nurses, a platform's specialists and auditors, a college's lecturers
    # ("update_student PUT /admin/students/{student_id}", "approve_dentist GET
    # /dentists/{dentist_id}/approve");
    # not customers, whom a merchant's records name ("Update a customer")
    | {"student", "students", "teacher", "teachers", "instructor", "instructors"}
    | {"employee", "employees", "staff", "courier", "couriers", "driver", "drivers"}
    | {"dispatcher", "dispatchers", "parent", "parents", "guardian", "guardians"}
    | {"patient", "patients", "doctor", "doctors", "dentist", "dentists", "nurse", "nurses"}
    | {"specialist", "specialists", "auditor", "auditors"}
    | {"lecturer", "lecturers"}
)
_MANY_ACCOUNTS = frozenset({"users", "accounts"})  # other people's, many of them
_MEMBERS = frozenset(
    {"member", "members", "membership", "memberships", "collaborator", "collaborators"}
    # people given a role on something: "add_reviewer", "Add owners to a crate"
    | {"reviewer", "reviewers", "maintainer", "maintainers", "owner", "owners"}
)
_GROUPS = frozenset({"group", "groups", "team", "teams"})
_TARGETS = _ACCOUNTS | _MEMBERS | _GROUPS
# Changing and removing verbs beyond the ``@update`` and ``@delete`` concepts (an account
# suspended by someone else: "suspend_specialist POST .../specialists/{specialist_id}/suspend").
_CHANGES = frozenset({"@update", "@delete"})
_MORE_CHANGES = frozenset(
    {"manage", "manages", "managing", "management", "crud", "expel", "expels", "expelled"}
    | {"reactivate", "reactivates", "reactivation", "suspend", "suspends", "unsuspend"}
)
# Creating a membership adds someone: "Create a workspace membership for a user".
_MEMBERSHIPS = frozenset({"membership", "memberships"})
_VERBS = _CHANGES | {"@create", "@read"}
# Adding people to something: "Add members", "assign a user to a team", "import members".
_ADDS = frozenset(
    {"add", "adds", "adding", "added", "assign", "assigns", "assigning", "attach", "import"}
)
# The caller's own relations to another account: the caller's call.
_SOCIAL = frozenset({"mute", "mutes", "unmute", "follow", "unfollow", "hide", "unhide", "pin"})
_PROFILES = frozenset({"profile", "profiles"})
# Words that say the account is the caller's own, or that the object is a profile's.
_OWN = frozenset(
    {"my", "mine", "own", "me", "myself", "self", "your", "yourself", "current", "whoami"}
    | {"profile", "profiles", "settings", "setting", "preferences", "preference"}
)
# Whose settings an area's are: "admin settings", "system settings".
_AREAS = frozenset({"admin", "administration", "system", "site", "instance", "server"})
# Words between the verb and its object that keep the object: articles and states.
_BETWEEN = frozenset(
    {
        "a", "an", "the", "another", "other", "any", "existing", "selected", "specified",
        "given", "specific", "single", "particular", "chosen", "pending", "inactive", "active",
        "locked", "blocked", "disabled", "suspended", "deactivated", "new",
    }
)  # fmt: skip
# A path's prefix between a route's method and its collection: "PATCH /api/v2/groups/{id}",
# "PUT /json/users/<name>".
_PATH_PREFIX = frozenset({"api", "v", "json", "rest"})
# Where the object ends: a preposition, a route's method, who may do it, the account's data.
_ENDS = frozenset(
    {"by", "from", "to", "in", "with", "for", "and", "or", "on", "at", "via", "as", "of"}
    | {"get", "post", "put", "patch", "delete", "endpoint", "endpoints", "route", "api"}
    | {"entity", "object", "record"}
    # a clause naming which one: "Update a user given its identifier"
    | {"given", "whose", "that", "which", "who", "if", "when"}
    # who may do it, named after the object: "Modify a user (administrators only)"
    | {"admin", "admins", "administrator", "administrators", "staff", "superuser", "only"}
    # the account's own data: "Update a user's details", "Bulk update users' metadata"
    | {"details", "detail", "data", "metadata", "info", "information", "attributes", "fields"}
)
# Ids that name one account: "user/<uid>", "/users/{id}", "/access/users/<username>".
_IDS = frozenset({"id", "ids", "uid", "pk", "uuid", "key", "username", "userid", "slug"})
# A path's converters and versions: "users/<int:pk>", "/v2/users/{id}".
_CONVERTERS = frozenset({"int", "str", "string", "path", "v"})
_PATH_IDS = _IDS | _CONVERTERS | {"email", "name"}
# Parts of an account a path may go on to: "PUT /users/{username}/password".
_ACCOUNT_PARTS = frozenset(
    {"password", "passwords", "email", "emails", "role", "roles", "status", "state"}
    | {"credential", "credentials"}  # "PUT /employees/{employee_id}/credentials"
    | {"image", "photo", "avatar", "picture"}  # what others see of the account
    | {"manager", "managers", "owner", "owners", "moderator", "moderators"}
    | {"profile", "profiles"}  # "PUT /admin/doctors/{doctor_id}/profile"
)
# An invitation is an admin's creation (``admin_user_creation``), and "team invite" names
# an invitation, not a team.
_INVITES = frozenset({"invite", "invites", "invited", "invitation", "invitations"})
# Accounts that are not a person's: "disconnect_oauth_account", "a bot account".
_NOT_PEOPLE = frozenset(
    {
        "oauth", "social", "sso", "saml", "oidc", "ldap", "google", "github", "gitlab",
        "facebook", "twitter", "apple", "microsoft", "bank", "mail", "email", "payment",
        "stripe", "paypal", "billing", "cloud", "storage", "service", "bot", "connected",
        "linked", "external",
    }
)  # fmt: skip
# Collections people are added to: "add user to a group", "add a member to a project".
_JOINED = frozenset(
    {
        "group", "groups", "team", "teams", "organization", "organisation", "org", "project",
        "workspace", "channel", "conversation", "room", "tenant", "role", "roles", "collection",
        # a workplace someone is added to as its staff: "add_user_to_clinic", "add an employee
        # to a department"
        "clinic", "clinics", "department", "departments", "branch", "branches",
    }
)  # fmt: skip

# Every word the module names, kept from typo reading ("unmute" is not "mute").
ACCOUNT_CHANGE_WORDS = (
    _TARGETS | _MORE_CHANGES | _ADDS | _SOCIAL | _OWN | _BETWEEN | _IDS | _JOINED | _INVITES
) - {"a", "an", "the"}


@dataclass(frozen=True, slots=True)
class ChangedAccount:
    """The words that change an account, membership or group, and whether they alone say
    it is someone else's: members, many accounts, an account named by its id, a group
    removed, people added to something."""

    phrase: str
    someone_elses: bool


class _Reading:
    """One description's words and their keys, read for a change to an account."""

    def __init__(self, words: Sequence[str]) -> None:
        self.words = words
        self.keys = word_keys(words)

    def is_change(self, at: int) -> bool:
        word = self.words[at]
        return bool(self.keys[at] & _CHANGES or word in _MORE_CHANGES) and word not in _SOCIAL

    def is_verb(self, at: int) -> bool:
        return bool(self.keys[at] & _VERBS) or self.is_change(at)

    def skip(self, at: int, words: frozenset[str]) -> int:
        """The first position from ``at`` whose word is not one of ``words``."""
        while at < len(self.words) and self.words[at] in words:
            at += 1
        return at

    def ends_at(self, at: int, *, parts: bool = True) -> bool:
        """Whether the object ends before ``at``: the text ends, or what follows (past a
        path's ids) is a preposition, a route's method, a verb, a possessive "'s", or, when
        ``parts``, a part of the account ("users/<username>/password", "users/<name>")."""
        if self.words[at : at + 1] == ["s"]:
            return True
        # after a collection of accounts, an email or name names one: "/users/<name>"
        many = at > 0 and self.words[at - 1] in _MANY_ACCOUNTS
        at = self.skip(at, (_PATH_IDS if many else _IDS | _CONVERTERS) | _TARGETS)
        if self.words[at + 1 : at + 2] == ["id"]:  # a named id: "/users/{item_id}"
            at = self.skip(at + 2, _IDS | _CONVERTERS)
        if at >= len(self.words):
            return True
        after = self.words[at]
        if after in _INVITES:
            return False
        return after in _ENDS or self.is_verb(at) or (parts and after in _ACCOUNT_PARTS)

    def target_at(self, at: int, targets: frozenset[str], *, parts: bool = True) -> int | None:
        """Where one of ``targets`` is, at ``at`` or after one word naming whose ("project
        member", "staff user", "access groups"), when the object ends there."""
        for j in (at, at + 1):
            if (
                j < len(self.words)
                and self.words[j] in targets
                and self.ends_at(j + 1, parts=parts)
            ):
                return j
        return None

    def changed(self, verb: int) -> int | None:
        """Where the changing verb's object is, when it is a target. A participle right
        before it is a state, not the change ("list accepted users"); an account's part
        first is the object ("change password"), unless a path then names someone's
        account ("change_password api/v1/users/user/<uuid:pk>/password/")."""
        words = self.words
        at = self.skip(verb + 1, _BETWEEN | _PATH_PREFIX)
        if at == verb + 1 and words[verb].endswith("ed"):
            return None
        if at < len(words) and words[at] in _ACCOUNT_PARTS:
            later = range(at + 1, min(len(words), at + 5))
            return next((j for j in later if words[j] in _ACCOUNTS and self.by_id(j)), None)
        if words[at + 1 : at + 2] and words[at] in _NOT_PEOPLE and words[at + 1] in _ACCOUNTS:
            return None  # "disconnect oauth account": a connection, not a person's
        return self.target_at(at, _TARGETS)

    def added(self, verb: int) -> int | None:
        """ "Add members", "add user to a group": an adding verb whose object is people
        joining something (members, or accounts added to a group, team, organization...)."""
        words = self.words
        j = self.skip(verb + 1, _BETWEEN)
        member = self.target_at(j, _MEMBERS, parts=False)
        if member is not None or j >= len(words) or words[j] not in _ACCOUNTS:
            return member
        rest = list(words[j + 1 : j + 5])
        joins = "to" in rest and _JOINED & set(rest[rest.index("to") + 1 :])
        return j if joins else None

    def membership_created(self, verb: int) -> int | None:
        """ "Create a workspace membership for a user": a membership created adds someone; so
        does a route adding to one group's members ("POST /groups/{id}/members")."""
        words = self.words
        at = self.skip(verb + 1, _BETWEEN | _PATH_PREFIX)
        found = self.target_at(at, _MEMBERSHIPS)
        if found is not None or at >= len(words) or words[at] not in _GROUPS:
            return found
        group = stem(words[at])
        j = at + 1
        while j < len(words) and (words[j] in _PATH_IDS or words[j].startswith(group)):
            j += 1  # the group's id or name: "<path:groupname>", "{group_id}"
        named = j > at + 1
        if named and j < len(words) and words[j] in _MEMBERS and self.ends_at(j + 1, parts=False):
            return j
        return None

    def object_first(self, at: int) -> ChangedAccount | None:
        """A route's name or path, object first: "UserUpdate", "user-delete",
        "/users/{email}/reactivate" (past one account's id; an email or name only after a
        collection); not "account_change_password", whose object is the password."""
        word = self.words[at]
        verb = self.skip(at + 1, _PATH_IDS if word in _MANY_ACCOUNTS else _IDS | _CONVERTERS)
        if verb >= len(self.words) or not self.is_change(verb):
            return None
        if not self.ends_at(verb + 1, parts=False):
            return None
        named = verb > at + 1  # an id between: one account, named
        phrase = " ".join(self.words[at : verb + 1])
        return ChangedAccount(phrase, named or self.someones(verb, at))

    def by_id(self, j: int) -> bool:
        """ "user uid", "users int pk", "user update users int pk": one account named by its
        id, as a route's path writes it."""
        for at in range(j + 1, min(len(self.words), j + 5)):
            word = self.words[at]
            if word in _IDS:
                return True
            if word == "name" and at > j + 1 and self.words[at - 1] in _ACCOUNTS:
                return True  # "/users/{user_name}/password": a user named by name
            if not (word in _TARGETS or word in _CONVERTERS or self.is_change(at)):
                return False
        return False

    def creates_account(self) -> bool:
        """Whether an account is created ("create user", "PUT /users create_user", "new
        user"): the admin's creation, whatever else the route's name says, unless the path
        goes on to a change ("POST /users/{email}/reactivate", "POST
        /admin/users/{user_id}/update-profile")."""
        for verb, key in enumerate(self.keys):
            if "@create" not in key or self.words[verb] in _ADDS:
                continue
            at = self.skip(verb + 1, _BETWEEN)
            if at < len(self.words) and self.words[at] in _ACCOUNTS:
                # past the account's id, however named: "/users/{email}", "/users/{user_id}"
                after = self.skip(at + 1, _PATH_IDS | _ACCOUNTS)
                return not (after < len(self.words) and self.is_change(after))
        return False

    def someones(self, verb: int, j: int) -> bool:
        """Whether the words alone say the changed account or group is someone else's."""
        target = self.words[j]
        removed = "@delete" in self.keys[verb] and target in _GROUPS  # every member's too
        added = self.words[verb] in _ADDS or target in _MEMBERSHIPS
        many = target in _MANY_ACCOUNTS
        return target in _MEMBERS or removed or added or many or self.by_id(j)


def _possessive_is_others(words: Sequence[str], j: int) -> bool:
    """ "a user's details" is someone's; "the user's rating" is the caller's."""
    return j + 1 >= len(words) or words[j + 1] != "s" or words[j - 1] in {"a", "an", "another"}


def _names_own(reading: _Reading, at: int) -> bool:
    """Whether the word at ``at`` says the caller's own; an admin area's settings
    ("/admin/settings/users/edit/{id}") are the instance's, not the caller's, and a profile
    in an admin area, of an account named by its id ("PUT /admin/doctors/{doctor_id}/profile"),
    is that account's, as is a profile a path names by its id
    ("/memberships/{staff_profile_id}")."""
    words = reading.words
    if words[at] not in _OWN:
        return False
    if words[at] in _PROFILES and words[at + 1 : at + 2] and words[at + 1] in _IDS:
        return False  # a profile named by its id ("{staff_profile_id}"): someone's
    if words[at] in {"settings", "setting"} and at and words[at - 1] in _AREAS:
        return False
    return not (words[at] in _PROFILES and "admin" in words and _names_an_account(reading))


def _names_an_account(reading: _Reading) -> bool:
    """Whether the words name one account by its id ("doctors/{doctor_id}")."""
    return any(word in _ACCOUNTS and reading.by_id(j) for j, word in enumerate(reading.words))


def account_change(words: Sequence[str]) -> ChangedAccount | None:
    """The change to an account, membership or group in ``words`` (lower case, typos read),
    or None. Not when any word says the caller's own ("my", "profile", "settings"), nor for
    an invitation or an account's creation (the admin's creation: "create user")."""
    reading = _Reading(words)
    if _INVITES & set(words) or any(_names_own(reading, i) for i in range(len(words))):
        return None
    if reading.creates_account():
        return None
    for i, word in enumerate(words):
        if word in _ADDS:
            j = reading.added(i)
        elif "@create" in reading.keys[i]:
            j = reading.membership_created(i)
        elif reading.is_change(i):
            j = reading.changed(i)
        elif word in _TARGETS and (first := reading.object_first(i)) is not None:
            return first
        else:
            continue
        if j is not None and _possessive_is_others(words, j):
            return ChangedAccount(" ".join(words[i : j + 1]), reading.someones(i, j))
    return None
