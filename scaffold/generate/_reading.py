"""What the words of a description say: its verb, the resource's words, a parent, the scope.

``read_description("archive a user's projects")`` finds the verb (``archive``), the resource
words (``projects``), the parent ("a user's X" puts X under ``/users/{user_id}``), and the
marks of scope: "my"/"own" (the caller), "another user's" (someone else), "all"/"every" and
admin roles (everyone the contract admits). Words in parentheses count only as roles.

The vocabulary lives apart from ``scaffold.generate._derive``, which turns a reading into a
route, models and fields: it grows with the descriptions users write, while the rules that
map a reading to a function stay put.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from scaffold import _foreign_words as foreign
from scaffold._plural import is_plural, singular

__all__ = [
    "BULK_WORDS",
    "VERBS",
    "Reading",
    "names_a_record",
    "read_description",
    "tokens",
]


VERBS: dict[str, str] = {
    **dict.fromkeys(
        [
            "create",
            "add",
            "new",
            "register",
            "submit",
            "insert",
            "open",
            "make",
            "post",
            "upload",
            "invite",
            "provision",
            "onboard",
            "enroll",
            "enrol",
            "send",
        ],
        "create",
    ),
    **dict.fromkeys(
        [
            "read",
            "get",
            "view",
            "show",
            "list",
            "export",
            "search",
            "fetch",
            "find",
            "display",
            "download",
            "lookup",
            "browse",
            "see",
            "retrieve",
            "access",
            "look",
            "query",
        ],
        "read",
    ),
    **dict.fromkeys(
        ["update", "edit", "change", "set", "rename", "modify", "patch", "adjust", "amend"],
        "update",
    ),
    **dict.fromkeys(
        ["delete", "remove", "purge", "erase", "destroy", "drop", "wipe", "discard"], "delete"
    ),
    **dict.fromkeys(
        [
            "cancel",
            "approve",
            "reject",
            "ban",
            "unban",
            "rotate",
            "refund",
            "archive",
            "unarchive",
            "restore",
            "publish",
            "unpublish",
            "reset",
            "suspend",
            "activate",
            "reactivate",
            "deactivate",
            "lock",
            "unlock",
            "verify",
            "confirm",
            "close",
            "reopen",
            "assign",
            "unassign",
            "revoke",
            "grant",
            "promote",
            "demote",
            "block",
            "unblock",
            "enable",
            "disable",
            "freeze",
            "unfreeze",
            "resend",
            "share",
            "complete",
            "pay",
            "void",
            "flag",
            "pin",
            "unpin",
            "sync",
            "retry",
            "renew",
            "resolve",
            "escalate",
            "transfer",
            "duplicate",
            "clone",
            "import",
            "process",
            "impersonate",
            "validate",
            "mark",
            "dismiss",
            "acknowledge",
            "snooze",
            "mute",
            "unmute",
            "refresh",
            # what a signed-in caller does to someone else's record, as REST routes name it
            # ("POST /posts/{post_id}/like"); the matcher reads them as creations
            "like",
            "unlike",
            "follow",
            "unfollow",
            "vote",
            "reply",
            "subscribe",
            "unsubscribe",
            "join",
            "favorite",
            "favourite",
            "boost",
            "repost",
            "fork",
        ],
        "action",
    ),
}


# "rejeitar o cadastro do paciente": articles and "of" in the languages whose verbs are read
_ARTICLES = frozenset(["a", "an", "the", "this", "that", "some"]) | foreign.ARTICLES
# Words that say which record, not what it is ("upload a new avatar image", "get the current
# user"): after the verb they are left out of the resource ("new" first is the verb: "new
# user").
_WHICH = frozenset(["new", "existing", "current"])


_OWN = frozenset(["my", "own", "mine", "their", "his", "her", "our", "your"])


_ALL = frozenset(["all", "every", "each", "any", "many", "several", "multiple"])


_OTHER = frozenset(["another", "other", "someone"])


_ROLES = frozenset(
    [
        "admin",
        "admins",
        "administrator",
        "administrators",
        "superadmin",
        "superadmins",
        "super",
        "staff",
        "support",
        "finance",
        "moderator",
        "moderators",
        "operator",
        "operators",
        "manager",
        "managers",
        "only",
    ]
)


_ENGLISH_STOP = frozenset(
    [
        "of",
        "up",
        "for",
        "in",
        "on",
        "with",
        "from",
        "to",
        "by",
        "as",
        "than",
        "at",
        "per",
        "into",
        "via",
        "older",
        "newer",
        "before",
        "after",
        "when",
        "where",
        "if",
        "and",
        "or",
        "but",
        "which",
        "who",
        "whose",
        "so",
        "can",
        "may",
        "should",
        "must",
        "let",
        "lets",
        "allow",
        "allows",
        "csv",
        "json",
        "pdf",
        "xml",
    ]
)
_STOP = _ENGLISH_STOP | foreign.OF


_SUBJECTS = frozenset(
    ["user", "users", "people", "person", "caller", "callers", "someone", "anyone"]
)


# The words of a resource, joined, keep every name made from them short: three of fifteen
# letters, or fewer longer ones ("hospitalizations").
_MAX_WORD = 15
_MAX_WORDS = 3 * _MAX_WORD + 2


BULK_WORDS = frozenset({"bulk", "batch"})
_WORD = re.compile(r"[a-z][a-z0-9]*(?:'s|s')?")


_NOUNS = {
    "creation": "create",
    "deletion": "delete",
    "removal": "remove",
    "erasure": "erase",
    "retrieval": "retrieve",
    "lookup": "lookup",
    "approval": "approve",
    "cancellation": "cancel",
    "invitation": "invite",
    "registration": "register",
}


def _verb(word: str) -> str | None:
    """The verb of a word as typed, inflected or named (``removes``, ``updating``,
    ``deletion`` -> ``remove``, ``update``, ``delete``)."""
    if word in _NOUNS:
        return _NOUNS[word]
    if word in foreign.VERBS_IN_ENGLISH:
        return foreign.VERBS_IN_ENGLISH[word]
    stems = [word, word[:-1], word[:-2]]
    if word.endswith("d"):
        stems.append(word[:-1] + "e")
    if word.endswith("ing") and len(word) > 5:
        stems += [word[:-3], word[:-3] + "e", word[:-4]]
    return next((stem for stem in stems if stem in VERBS), None)


@dataclass
class Reading:
    """What the words of a description say: verb, resource words, parent, scope marks."""

    verb: str | None = None
    words: tuple[str, ...] = ()
    parent: str | None = None
    own: bool = False
    other: bool = False
    every: bool = False
    admin: bool = False
    borrowed: bool = False  # no verb in the description: the template's method was taken
    bulk: bool = False  # "bulk update invoices": many records in one call, on the collection
    method: str | None = None  # the method of a route the description names ("POST /auth")
    nested: bool = False  # the parent came after "to", "on", "of"...: the words are one of many
    route_note: str | None = None  # what was chosen when the route and the words disagree
    # the verb as typed in another language, with the English verb it reads as ("rejeitar",
    # "reject"): an action's path segment keeps the description's word
    typed: tuple[str, str] | None = None

    def action_segment(self) -> str:
        """The path segment of an action: the verb as the description typed it."""
        verb = self.verb or ""
        return self.typed[0] if self.typed and self.typed[1] == verb else verb


def tokens(text: str) -> list[str]:
    """Lowercase words; ``updateUserProfile`` and ``update_user_profile`` are three."""
    if not text.isascii():  # fold accents as the matcher does: "naïve" -> "naive"
        folded = unicodedata.normalize("NFKD", text.replace("\u2019", "'"))
        text = folded.encode("ascii", "ignore").decode("ascii")
    spaced = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", text)
    return _WORD.findall(spaced.lower())


# "add an item to my cart", "list comments on a post", "the title of a post": the record the
# words before it belong to.
_PARENT_PREPOSITIONS = frozenset(["to", "from", "on", "of", "in"]) | foreign.OF
# Words after such a preposition that name no record: "from the system", "in it", "to the
# login page".
_NOT_A_PARENT = frozenset(
    [
        "it", "them", "this", "that", "system", "instance", "platform", "site", "app",
        "screen", "page", "endpoint", "api", "resource", "login", "signup", "github",
    ]
)  # fmt: skip


def _read_parent(reading: Reading, tail: Sequence[str]) -> None:
    """The parent a preposition names, when one noun follows it ("to my cart") and nothing
    else but another preposition: "to every user" or "to another account" name no one
    record; two words after it ("to a given book", "of a single revision") are as often an
    adjective and a noun as one record, so they are left alone."""
    nouns: list[str] = []
    own = False
    for word in tail:
        if word in _STOP:
            break
        if word in _ARTICLES:
            continue
        if word in _OWN:
            own = True
            continue
        if word in _ALL or word in _OTHER or word in _ROLES or not word.isidentifier():
            return
        nouns.append(word)
    if (
        len(nouns) == 1
        and 1 < len(nouns[0]) <= _MAX_WORD
        and not is_plural(nouns[0])
        and nouns[0] not in _NOT_A_PARENT
    ):
        reading.parent, reading.nested = singular(nouns[0]), True
        reading.own = reading.own or own


# Words before a noun that qualify it rather than name a record: "a single revision".
_QUALIFYING = frozenset(["single", "given", "selected", "existing", "specific", "certain"])


def names_a_record(words: Sequence[str]) -> bool:
    """Whether the words (one or two) can name a record: no verb first and no word that only
    qualifies ("update cve" and "single order" do not; "blog post" does, its noun being a
    verb too)."""
    return _verb(words[0]) is None and not _QUALIFYING.intersection(words)


def read_description(description: str) -> Reading:
    reading = Reading()
    inside = " ".join(re.findall(r"\(([^)]*)\)", description))
    outside = re.sub(r"\([^)]*\)", " ", description)
    words = tokens(outside)
    for word in tokens(inside) + words:
        base = word.removesuffix("'s").removesuffix("'")
        reading.admin = reading.admin or base in _ROLES - {"only"}
        reading.bulk = reading.bulk or base in BULK_WORDS
    words = [word for word in words if word not in BULK_WORDS]
    index = next((i for i, word in enumerate(words) if _verb(word) is not None), None)
    if index is None:
        return reading
    reading.verb = _verb(words[index])
    if words[index] in foreign.VERBS_IN_ENGLISH:
        reading.typed = (words[index], foreign.VERBS_IN_ENGLISH[words[index]])
    found: list[str] = []
    previous = ""
    rest = words[index + 1 :]
    for position, word in enumerate(rest):
        base = word.removesuffix("'s").removesuffix("'")
        possessive = base != word
        definite, previous = previous == "the", base
        if base in _STOP and found:
            if base in _PARENT_PREPOSITIONS and reading.parent is None:
                _read_parent(reading, rest[position + 1 :])
            break
        if base in _ARTICLES or base in _STOP or base in _WHICH:
            continue
        if base in _OWN:
            reading.own = True
            continue
        if base in _ALL:
            reading.every = True
            continue
        if base in _OTHER:
            reading.other = True
            continue
        if base in _ROLES:
            continue
        if possessive and definite:
            continue  # "the platform's keys": one platform, not a collection to address
        if possessive and len(base) <= _MAX_WORD:
            reading.parent = singular(base)
            found = []
            continue
        found.append(base)
    if not found and reading.parent is None:  # "user creation by admins": the noun came first
        found = [
            w
            for w in words[:index]
            if w not in _ARTICLES | _OWN | _ALL | _OTHER | _ROLES | _STOP | _SUBJECTS - {"user"}
        ]
    kept = [w for w in found if w.isidentifier() and 1 < len(w) <= _MAX_WORDS][-3:]
    while len("_".join(kept)) > _MAX_WORDS:
        kept.pop(0)
    reading.words = tuple(kept)
    return reading
