"""Many records changed at once, when no bulk word says so: the bulk contract is the safer
reading of an unsure change.

The bulk rules of ``_signals`` read explicit words (bulk, batch, "delete all", a deletion of
a plural). Route names and summaries often say "many" only by the shape of their object:
``add_locks``, "Add Work Items to Cycle", "Deactivate gift cards", "Delete product(s)",
``delete_unused_discount_codes``. Each may be one caller's change of their own records or a
staff operation over many; the words alone cannot tell, so this is no signal. When the
decision is already unsure (``_unsure``: nothing says who may call), the safer candidate
offered is then the bulk admin contract (a bound on the list) rather than the plain admin
one, so ``--yes`` never takes a contract without that bound for a request for many.

Some words do say many, and are signals read with ``_signals``' own bulk rules: flushing,
sending or notifying "all", a change "from every" record or "to a set of" them
(``MANY_WORDS``), records marked read or seen when a plural names them (``marked_many``),
and a whole holder of records emptied: a trash, a cart, an inventory, a log (``emptied``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from scaffold.matching._rules import word_keys
from scaffold.matching._text import split_words, stem

__all__ = [
    "MANY_WORDS",
    "emptied",
    "expired_many",
    "is_plural",
    "many_changed",
    "marked_many",
    "says_many",
]

# Records added, and the files many of them come in.
_ADDED = "@create|=add|=adds|=import|=imports|=upload|=uploads"
_FILES = "=csv|=json|=excel|=xlsx|=xls|=spreadsheet|=spreadsheets"
_COPIED = "=copy|=copies|=duplicate|=duplicates|=clone|=clones"
_SPANS = "=day|=days|=week|=weeks|=month|=months|=period|=periods"
_SERIES = (
    "=booking|=bookings|=appointment|=appointments|=reservation|=reservations|=shift|=shifts"
    "|=session|=sessions|=lesson|=lessons"
)
# Words that change every record of a collection at once, whatever follows: a bulk signal
# (``_signals`` reads them with its own bulk rules). Flushing empties a history, a queue or a
# cache entirely.
MANY_WORDS = (
    "flush|flushes|flushing|flushed",
    # figures worked out again from every record they sum: "trigger_recalculation POST
    # /earnings/recalculate", "recompute_player_totals_from_matches"
    "=recalculate|=recalculates|=recalculation|=recalcular|=recompute|=recomputes",
    # sending to everyone at once, as route names fuse it: "send_all", "notify-all"
    "send|sends|notify|notifies|remind|reminds =all",
    # messages of a kind sent out, as route names say it: "send_waiver_reminders POST
    # /settings/waiver/send", "send_sale_digests", "send_campaign"
    "=send|=sends ~ =emails|=reminders|=digests|=newsletters|=campaign|=campaigns",
    # a newsletter's issue sent, reminders run: "admin_send_issue POST
    # /api/v1/newsletter/admin/send-issue", "run_platform_reminders POST /admin/run-reminders"
    "=newsletter|=newsletters ~ =send|=sends",
    "=run|=runs ~ =reminders|=digests",
    # a change carried to every record, or to a set of them: "remove one tag from every
    # entry", "copy the settings to a set of other libraries"
    "from|to|across|onto =every",
    "to|from|across|onto =a =set of",
    # records past their time cleared out together: "cleanup_expired_otps POST
    # /auth/cleanup-otps", "cleanup_old_events"
    "=cleanup|=clean|=purge|=prune ~ expired|=old|=stale|=outdated|=unused|=orphaned",
    "@delete =old|=stale|=outdated",  # "delete_old_llm_calls" (not "delete the old avatar")
    # records found twice folded together: "merge_duplicate_artworks POST /api/mod/merge-duplicates"
    "=merge|=merges ~ =duplicate|=duplicates",
    # everyone's pay worked out at once: "calculate_payroll POST /api/v1/payroll/calculate"
    "=calculate|=calculates|=generate|=generates|=process|=processes ~ =payroll|=payrolls",
    # everyone on a roster reached at once: "admin_roster_sync POST /admin/roster/sync",
    # "admin_roster_send_badges POST /admin/roster/send-badges"
    "=sync|=import|=send ~ =roster|=rosters",
    "=roster|=rosters ~ =sync|=send",
    # records added from a file of them: "add_categories_from_json POST
    # /admin/add_categories_from_json", "create students from an Excel sheet" (not one
    # record's settings loaded: "load config from json")
    f"{_ADDED} ~ from {_FILES}",
    f"{_ADDED} ~ from a|an {_FILES}",
    # a whole span of a schedule copied at once: "copy_week POST /schedules/copy-week",
    # "duplicate_day POST /api/v1/assignments/duplicate-day", "copy_from_period"
    f"{_COPIED} ~ {_SPANS}",
    # a series of bookings made or cancelled together: "create_recurring_booking POST
    # /api/v1/bookings/recurring", "cancel_recurring DELETE /api/business/me/bookings/recurring/
    # {recurrence_id}" (not one bill that recurs: "create_recurring_bill")
    f"@create|@delete|=cancel|=cancels ~ =recurring ~~ {_SERIES}",
    f"@create|@delete|=cancel|=cancels ~~ {_SERIES} =recurring",
)

# Verbs that change what they name: the concepts, and verbs of a state change. A creation
# counts only as "add" (into something): "create projects" names the collection a single
# record is created in, as route summaries write it.
_CHANGES = frozenset({"@update", "@delete"})
_VERBS = frozenset({"@create", "@update", "@delete", "@read"})
_STATE_VERBS = frozenset(
    {"add", "deactiv", "activ", "disabl", "enabl", "mark", "toggl", "reset", "resend", "merg"}
    | {"apply", "assign", "move", "flush", "clear", "clean", "purg", "empti", "sync", "retri"}
)
# Words that ask for many records in so many words ("bulk", "batch_delete", "multiple",
# "from every entry"), unlike a plural object or "delete all": a dangerous request with one
# of them needs the sensitive contract with a bound on the list (``says_many``). A plural or
# "all" alone stays out: the held-out sets label those the plain sensitive template. An
# import brings in many records at once (the sets label imports bulk lists 296 times in 493):
# "import_members POST /members/import", a dangerous import, keeps its bound.
_MANY_SAID = frozenset(
    {"bulk", "batch", "batches", "batched", "mass", "multiple", "many", "every"}
    | {"import", "imports", "importing"}
)
# Telling many people at once: "announce_event", "broadcast a message".
_BROADCAST = frozenset({"announce", "announces", "broadcast", "broadcasts"})
_EXPIRE = frozenset({"expire", "expires"})  # records ended by their date, as a sweep does
_ONE_ID = frozenset({"id", "uuid", "pk"})  # "delete items id": one record of them
# Words that end the object: what follows says where or how, not what.
_ENDS = frozenset({"to", "from", "for", "in", "on", "of", "by", "with", "into", "at", "via"})
# Plural in form, one thing in meaning: "update settings" changes one record.
_ONE_THING = frozenset(
    {
        "settings", "preferences", "details", "permissions", "credentials", "contents",
        "options", "notifications", "stats", "statistics", "analytics", "metrics", "news",
        "status", "access", "address", "progress", "series", "terms", "rules", "params",
        "parameters", "properties", "attributes", "limits", "defaults", "thanks", "chats",
    }
)  # fmt: skip
# Marking records read or seen ("Notifications mark read", "marks the items the user has
# seen"), or sweeping those past their date ("update_overdue POST /debts/update-overdue",
# "check_expired_orders"): each verb, and the states it sets, read up to nine words on.
_DUE = frozenset({"overdue", "expired"})
_MARKS = {
    **dict.fromkeys(("update", "updates", "check", "checks"), _DUE),
    **dict.fromkeys(
        ("mark", "marks", "marking"),
        frozenset({"read", "unread", "seen", "unseen", "viewed"}) | _DUE,
    ),
}
_MARK_REACH = 9
_CALLERS = frozenset({"my", "our", "own", "mine"})  # the caller's records: not staff's bulk
# Emptying what holds many records removes every one of them ("clear_inventory POST
# /api/items/clear", "empty_trash", "tasklog.Clear POST /api/task/log/clear",
# "cleanup_push_logs"); a cache is no holder of records, and is not named here.
_EMPTY = frozenset({"clear", "clears", "clearing", "empty", "empties", "emptying", "cleanup"})
_HOLDERS = frozenset(
    {"trash", "bin", "recyclebin", "cart", "basket", "inventory", "history", "log", "logs"}
    | {"queue", "list", "inbox", "data"}
)
_HOLDER_REACH = 3  # words read after the verb
_OPTIONAL_PLURAL = re.compile(r"([A-Za-z])\(s\)")  # "product(s)" reads as "products"
_OBJECT_WORDS = 3  # words read after the verb
_METHODS = frozenset({"GET", "POST", "PUT", "PATCH", "DELETE"})
# Words ending in "s" that are not what is changed: verbs of a summary, the endpoint itself.
# Any other plural is a noun even when its singular is a verb ("add locks", "set flags").
_NOT_OBJECTS = frozenset(
    {"handles", "returns", "endpoints", "routes", "apis", "views", "creates", "updates"}
    | {"deletes", "adds", "removes", "sets", "gets", "lists", "sends", "changes", "shows"}
)


def is_plural(word: str) -> bool:
    """Whether ``word`` is plural in form ("cards", "media"; not "status", "access")."""
    return (
        len(word) > 3
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is"))
        and stem(word) != word
    ) or word == "media"


def _plural(word: str) -> bool:
    """Whether ``word`` is a plural naming many records ("cards", "items"; not "settings")."""
    one_thing = word in _ONE_THING or word.endswith("settings")  # "mailsettings"
    return is_plural(word) and not one_thing


def _named(description: str) -> list[str]:
    """The description's words without its route: a path's segments name a collection, not
    what is changed ("POST /api/devices/" creates one device), and its method is no verb."""
    kept = [
        token
        for token in description.split()
        if "/" not in token and token.rstrip(":") not in _METHODS
    ]
    return split_words(" ".join(kept))


def many_changed(description: str) -> str | None:
    """The words naming many records changed at once ("add locks", "product(s)"), or None.

    The first change verb's object, read up to three words on, is a plural: not followed by
    one record's id, and a noun even when its singular is a verb ("add locks"); an optional
    plural ("product(s)") is one. A first action that reads is no change: "list gift cards"
    names many, changes none. The route's path and method are not read (``_named``).
    """
    words = _named(_OPTIONAL_PLURAL.sub(r"\1s", description))
    told = _BROADCAST.intersection(words)
    if told:
        return min(told)
    keys = word_keys(words)
    for i, key in enumerate(keys):
        if "@read" in key:
            return None
        if not (key & _CHANGES or stem(words[i]) in _STATE_VERBS):
            continue
        for j in range(i + 1, min(len(words), i + 1 + _OBJECT_WORDS)):
            word = words[j]
            if word in _ENDS or word in _NOT_OBJECTS or stem(word) == stem(words[i]):
                break  # "Completes the checkout" repeats the verb
            after = words[j + 1 : j + 2]
            if _plural(word) and not (after and after[0] in _ONE_ID):
                return " ".join(words[i : j + 1])
            if keys[j] & _VERBS:
                break
        return None
    return None


def marked_many(words: Sequence[str]) -> str | None:
    """The words marking many records read or seen at once ("notifications mark read",
    "marks the conversation items the reviewer has seen"), or overdue or expired ("debts
    update overdue"), or None.

    A plural names the records marked: right before the verb or between it and the state, or,
    when the verb comes right before its state, right before that state again ("mark_read
    PATCH /notifications/read": the route's name marks, its path names what).
    Marking reads nothing back, so this holds even where every other verb is a read ("Lists
    or marks the items seen"). Notifications count here: marked read they are records, not
    the settings "update notifications" changes. One record ("mark a report read") and the
    caller's own ("mark my notifications as read") are none: the owner's contract fits those.
    """
    read_all = _read_all(words)
    if read_all is not None:
        return read_all
    for i, word in enumerate(words):
        if word not in _MARKS:
            continue
        ahead = words[i + 1 : i + 1 + _MARK_REACH]
        state = next((j for j, w in enumerate(ahead) if w in _MARKS[word]), None)
        if state is None:
            continue
        start = max(i - 1, 0)
        named = [*words[start:i], *ahead[:state]]
        if state == 0:
            named += [w for w, after in pairwise(words) if after == ahead[0]]
        if _CALLERS.intersection(named):
            continue
        if any(is_plural(w) and w not in _NOT_OBJECTS for w in named):
            first = start if is_plural(words[start]) else i
            return " ".join(words[first : i + 2 + state])
    return None


# A route that changes ("POST", "PUT", "PATCH", read as their verbs) a path ending in
# "read-all" after a plural marks every one of them read: "read_all POST
# /api/notifications/read-all", whose name says no "mark".
_CHANGE_METHODS = frozenset({"create", "update", "patch"})


def _read_all(words: Sequence[str]) -> str | None:
    """The words of a change to "<plural>/read-all", the path's last words, or None."""
    if len(words) < 3 or words[-2:] != ["read", "all"] or not _CHANGE_METHODS & set(words):
        return None
    named = words[-3]
    if not is_plural(named) or named in _NOT_OBJECTS or _CALLERS.intersection(words):
        return None
    return f"{named} read all"


def emptied(words: Sequence[str]) -> str | None:
    """The words emptying a whole holder of records ("clear inventory", "log clear"), or None.

    The holder follows the verb within three words or comes right before it, as a path puts
    it ("/customers/trash/empty"). Not one record's ("DELETE /chat/history/{doc_id}": an id
    names which), not the caller's own ("clear my cart": the owner's contract fits).
    """
    if _ONE_ID.intersection(words) or _CALLERS.intersection(words):
        return None
    for i, word in enumerate(words):
        if word not in _EMPTY:
            continue
        if i > 0 and words[i - 1] in _HOLDERS:
            return f"{words[i - 1]} {word}"
        for j in range(i + 1, min(len(words), i + 1 + _HOLDER_REACH)):
            if words[j] in _HOLDERS:
                return " ".join(words[i : j + 1])
    return None


def expired_many(words: Sequence[str]) -> str | None:
    """The words expiring many records at once, a plural right before or after the verb
    ("expire_subscriptions POST /subscriptions/expire", "POST /leases/expire"), or None. Not
    one record's (an id names which), not the caller's own."""
    if _ONE_ID.intersection(words) or _CALLERS.intersection(words):
        return None
    for i, word in enumerate(words):
        if word not in _EXPIRE:
            continue
        for j in (i - 1, i + 1):
            if 0 <= j < len(words) and is_plural(words[j]) and words[j] not in _NOT_OBJECTS:
                return " ".join(words[min(i, j) : max(i, j) + 1])
    return None


def says_many(bulk: Sequence[str]) -> bool:
    """Whether the bulk signal's words (``Signals.bulk``) ask for many records in so many
    words ("bulk", "batch", "multiple", "every"), not only by a plural or "all"."""
    return any(word in _MANY_SAID for phrase in bulk for word in phrase.split())
