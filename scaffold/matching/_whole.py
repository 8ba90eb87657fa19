"""Danger in what a request takes away whole: a container of other people's work destroyed,
or other people's records carried out of the service.

Two classes the held-out labellers put under danger (rule 2 of the sets' header: deleting
others' data, full exports) and the plain danger rules of ``_signals`` missed, because the
words say only "delete" and a container's name, or "export" and a table's:

* ``destroyed_container``: deleting (or disabling, deactivating, suspending) one whole
  container that holds many people's work: a project, workspace, space, organization,
  organiser, team, event, board, billing account, tree, tenant, vault, environment, site,
  branch, company, community or school ("Delete project", ``deleteSpace``,
  ``organiser.delete``, "POST /<project_id>/delete"), and deleting what was recorded over a
  span of time ("Delete recordings in the specified time range"). Not an item inside one
  ("Remove a project background", ``/<project_id>/delete/<bill_id>``), not one of many named
  as a plural (a bulk request, ``_signals``), not one's own ("delete my project").
* ``carried_out``: other people's records leaving the service whole: an export with no
  object but the service itself ("/api/v1/export"), the records of what people did (an
  audit log, a query history, analytics) streamed or exported as a file, a container
  exported as raw data ("/events/<id>/export/json"), and a collection of people
  exported by the route that serves it ("speakers/export/"). Not the caller's own ("export
  my data": the own scope, the owner's read), not records brought in ("import history from
  a CSV file").

Rules name classes of objects, never one application's; docs/matching.md ("Danger: whole
containers and whole tables") gives what each fixes and costs on the labelled sets.
"""

from __future__ import annotations

from collections.abc import Sequence

from scaffold._plural import singular
from scaffold.matching._rules import rule_matches, rule_words

__all__ = ["WHOLE_WORDS", "carried_out", "destroyed_container", "whole_danger"]

# What holds many people's work: deleting one deletes everything in it.
CONTAINERS = frozenset(
    {
        "project", "workspace", "space", "organization", "organisation", "org", "organiser",
        "organizer", "team", "event", "board", "billing", "tree", "tenant", "vault", "environment",
        "site", "branch", "company", "community", "school", "club", "league", "ledger",
        "business", "store",
    }
)  # fmt: skip
# Verbs that end a container (not "archive", "leave" or "unlink": the container stays).
DESTROY = frozenset(
    {
        "delete", "deletes", "deleting", "deletion", "remove", "removes", "removing", "removal",
        "destroy", "destroys", "destroying", "erase", "erases", "purge", "purges", "wipe",
        "wipes", "disband", "disbands", "disable", "disables", "disabling", "deactivate",
        "deactivates", "deactivating", "deactivation", "suspend", "suspends", "suspension",
    }
)  # fmt: skip
# One record's id in a path: "{id}", "<int:pk>", "<slug>".
_ID = frozenset({"id", "uuid", "pk", "slug", "identifier", "int", "str", "string"})
# Words between the verb and the container that keep the container the object.
_BEFORE = frozenset(
    {"a", "an", "the", "this", "that", "current", "entire", "whole", "existing", "given"}
    | {"specified", "selected", "single", "specific", "api", "v"}
)
# Words naming one record of the container, or the route that serves it ("WorkSpaceViewSet",
# "BillingController :delete", "/<project_id>/delete"): the container stays the object.
_ONE = frozenset(
    {"id", "ids", "uuid", "pk", "slug", "key", "name", "identifier", "int", "str", "string"}
    | {"view", "viewset", "set", "controller", "handler", "endpoint", "endpoints", "route"}
    | {"api", "v", "html", "json", "permanently", "forever"}
)
# Where prose goes on to say how, why or what else ("Delete project and all its data"). Not
# "from": "Remove event from calendar" takes an item out of something larger.
_PROSE = frozenset(
    {"and", "with", "by", "in", "including", "together", "along", "requires", "if", "for"}
    | {"as", "when", "that", "which", "only", "after", "at", "on", "via", "or"}
)
# A route's method, as the words read it ("POST /x" reads "create x", "PUT /x" "update x").
_METHODS = frozenset({"get", "post", "put", "patch", "create", "update"})
# "my project": the caller's own (the own scope, ``_scope``).
_WHOSE = frozenset({"my", "your", "our", "own", "owned", "his", "her", "their"})

# Deleting what was recorded over a span of time: every record of that span, whoever's.
SPAN = ("@delete|clean|clear ~~ time|date range|ranges|period|periods|interval|intervals|span",)


# Carrying records out: an export, a download, a dump.
_EXPORT = frozenset({"export", "exports", "exporting", "dump", "dumps"})
_ROOT = frozenset({"api", "v"})  # "/api/v1/export": the API's root, split into words
_FORMATS = frozenset({"csv", "json", "xml", "zip", "file", "tsv", "xlsx"})
_ENDPOINT = frozenset({"endpoint", "endpoints", "route", "handler"})
_IN = frozenset({"import", "imports", "importing", "upload", "uploads", "uploading"})
_RAW = frozenset({"json", "zip", "archive", "tar", "sql", "dump", "raw"})  # data, not a document
# The records of what people did (an audit log, a query history, analytics), carried out
# as a file: everyone's activity leaves the service.
_ACTIVITY = "audit|history|histories|analytics"
# People named by their part, as a collection: "speakers/export/", "attendees_export".
_PEOPLE = (
    "speakers|attendees|participants|followers|subscribers|members|users|customers|contacts"
    "|employees|students|patients|guests|volunteers|applicants|candidates|respondents|voters"
)
_PEOPLE_EXACT = "=" + _PEOPLE.replace("|", "|=")  # those words only, never their stems
RECORDS_OUT = (
    f"{_ACTIVITY} ~~ csv|tsv|xlsx|export|exports|dump|dumps",
    f"csv|tsv|xlsx|export|exports|exporting|download|downloads|dump|dumps ~~ {_ACTIVITY}",
    # the collection's path, then its export: the whole table of those people
    f"{_PEOPLE_EXACT} =export|=exports|=dump",
    # and the whole of it said: "export_comprehensive_student_data GET
    # /students/comprehensive-export"
    f"{_PEOPLE_EXACT} =comprehensive|=full|=complete|=all =export|=exports|=dump",
)


def _container(word: str) -> str | None:
    """The container ``word`` names, singular or plural ("spaces" names a space,
    "branches" a branch, "companies" a company)."""
    one = singular(word)
    return one if one in CONTAINERS else None


def _rest_is_route(words: Sequence[str], at: int) -> bool:
    """Whether the words from ``at`` add no other object: ids, the route's own words, the
    verb again, the container again; prose after a joining word ends the reading."""
    for index, word in enumerate(words[at:], start=at):
        if word in _PROSE:
            return True
        if word in _ONE | _METHODS or word in DESTROY or _container(word) or word.isdigit():
            continue
        # the container's own id, named in two words, ending the path: "/projects/{tracking_id}"
        last = index == len(words) - 2 and words[-1] in _ID
        return last and _container(words[index - 1]) is not None
    return True


def _one_container(words: Sequence[str], at: int) -> bool:
    """Whether ``words[at]`` names one container: singular, or a plural followed by one
    record's id ("/workspaces/{id}", "/boards/{board_id}"); a plural alone is many (a bulk
    request)."""
    word = words[at]
    if word in CONTAINERS:
        return True
    after = words[at + 1 : at + 3]
    if after and after[0] == _container(word):
        after = after[1:]  # "/boards/{board_id}" reads "boards board id"
    return bool(after) and after[0] in _ID


def _verb_first(words: Sequence[str], at: int) -> str | None:
    """ "Delete a project", "deleteSpace", "DELETE /api/v1/workspaces/{id}": the verb at
    ``at``, then the container, then nothing naming another object."""
    j = at + 1
    while j < len(words) and words[j] in _BEFORE:
        j += 1
    named = j < len(words) and _container(words[j]) and _one_container(words, j)
    whose = set(words[at + 1 : j]) & _WHOSE
    if named and not whose and _rest_is_route(words, j + 1):
        return " ".join(words[at : j + 1])
    return None


def _object_first(words: Sequence[str], at: int) -> str | None:
    """ "organiser.delete", "WorkSpaceViewSet destroy", "/<project_id>/delete": the
    container (its id or route words between), then the verb at ``at``."""
    k = at - 1
    while k >= 0 and (words[k] in _ONE or words[k].isdigit()):
        k -= 1
    named = k >= 0 and _container(words[k]) and _one_container(words, k)
    whose = k > 0 and words[k - 1] in _WHOSE
    if named and not whose and _rest_is_route(words, at + 1):
        return " ".join(words[k : at + 1])
    return None


def destroyed_container(words: Sequence[str], keys: Sequence[frozenset[str]]) -> str | None:
    """The words naming one whole container destroyed ("delete project",
    "organiser delete") or a span of time's records deleted, or None (``keys``: the words'
    rule keys, ``word_keys``)."""
    for i, word in enumerate(words):
        found = (_verb_first(words, i) or _object_first(words, i)) if word in DESTROY else None
        if found:
            return found
    spans = rule_matches(SPAN, words, keys)
    return spans[0] if spans else None


def _root_export(words: Sequence[str]) -> str | None:
    """ "/api/v1/export", "GET /v1/export": an export at the API's root, of no one resource
    (everything the service holds), with nothing after it but a format or "endpoint"."""
    for i in range(1, len(words)):
        at_root = words[i] in _EXPORT and words[i - 1] in _ROOT
        if at_root and set(words[i + 1 :]) <= _FORMATS | _ENDPOINT:
            return " ".join(words[i - 1 : i + 1])
    return None


def _container_export(words: Sequence[str]) -> str | None:
    """ "export_event ... /export/json": one container exported as raw data, everything in
    it ("export_event ... /export/xcal" is its calendar, a document)."""
    if not _RAW & set(words):
        return None
    for i, word in enumerate(words[:-1]):
        if word in _EXPORT and words[i + 1] in CONTAINERS:
            return " ".join(words[i : i + 2])
    return None


def carried_out(words: Sequence[str], keys: Sequence[frozenset[str]]) -> str | None:
    """The words naming other people's records carried out whole, or None; never with a
    word saying whose ("export my history")."""
    if _WHOSE & set(words):
        return None
    if _IN & set(words):
        return _root_export(words)  # "import history from a CSV file" brings records in
    found = rule_matches(RECORDS_OUT, words, keys)
    return found[0] if found else _root_export(words) or _container_export(words)


def whole_danger(words: Sequence[str], keys: Sequence[frozenset[str]]) -> list[str]:
    """Every danger phrase of this module found in ``words`` (``keys`` as ``read_signals``
    has them already)."""
    found = (destroyed_container(words, keys), carried_out(words, keys))
    return [phrase for phrase in found if phrase]


# Every word the rules name, so typo reading never turns one into another.
WHOLE_WORDS = frozenset(
    CONTAINERS | DESTROY | _EXPORT | _FORMATS | _RAW | rule_words([*SPAN, *RECORDS_OUT])
)
