"""When a description does not say who may call the function: the decision is unsure.

Words such as "admin", "my", "another user's", "public" or "purge" say who may call (the
*access words*: the roles, scope, danger and public families of ``_signals``). A bulk signal
says how many, not who; it already sets an admin floor with a bound on the list. Without any
access word, the contract the words alone choose is a guess whenever the function creates,
changes or deletes records: "delete a comment" may be the author's own call or a moderator's,
and route names such as ``delete_periodic_task`` are often admin-only in the project's code.
Then the decision is unsure, and ``decide`` asks (or takes the safer, admin, contract with
``--yes``).

Creations are unsure too: on the three held-out test sets (docs/matching.md), of the creations
without an access word that the words alone gave a signed-in user's create, 50 of 126 needed
more (an admin's create, a bulk or sensitive one): a webhook, a product, an organisation, a
report run, in the projects' code behind a staff or admin check.

What is not unsure:

* reads: a signed-in caller reading records is the common case, and the read fallback is
  scoped to the record's owner, so a read taken too weak shows no one else's records;
* a change the catalog has an owner-level template for ("update profile", "change
  password"): the object is one only its owner changes. Not a change to a user that does
  not say whose ("update user", "Edit user api", ``reset_user_password``): the held-out sets'
  labels read those as someone else's account far more often (the sensitive contract), so
  the owner's template stays the best match but is asked about, or the sensitive one taken
  with ``--yes``;
* a change whose best candidate is already an admin contract or stronger;
* the caller's own relation to something: following, liking, starring or muting it and
  undoing that ("follow a user", "like a post", "Unstar a dashboard"), which the held-out
  labels give the signed-in user's create or delete.

A change, creation or deletion of people's records (customers, employees, members,
attendees...) stays unsure whatever its verb, and so does a read of them: the caller may be
the person or their manager. Any action on an object usually the whole instance's
(``_objects.INSTANCE_OBJECTS``) or on every record of a kind ("all trees", an export:
``_objects.WHOLE_COLLECTION``) is unsure too, reads included: on the held-out sets about two
such reads in five taken as the caller's needed an admin; so is a read of what sums records
up (a summary, counts, a report: ``_objects.SUMMARIES``, 275 of 669 on the held-out sets);
so is the instance's upkeep (garbage collection, a feature switched off, the system itself:
``_objects.UPKEEP_OBJECTS``).
When the change names many records, the safer contract offered is the bulk one (``_many``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from scaffold.matching._account_changes import account_change
from scaffold.matching._objects import (
    instance_object,
    one_account,
    operator_object,
    upkeep_object,
    whole_collection,
)
from scaffold.matching._scope import is_social
from scaffold.matching._signals import Signals
from scaffold.matching._strength import Level, Strength
from scaffold.matching._text import Token, concept_of, first_action, is_concept

__all__ = ["ACCESS_FAMILIES", "Unsure", "says_only_who", "says_who", "unsure_reason"]

# The signal families that say who may call; ``bulk`` says how many.
ACCESS_FAMILIES = ("roles", "scope", "danger", "public")

# People, and groups of people, as the object of a change: when nothing says who may call,
# "update an employee" or "delete_customer" may well be a staff action the text leaves out.
_PEOPLE = frozenset(
    {
        "customer", "customers", "client", "clients", "tenant", "tenants", "employee",
        "employees", "member", "members", "subscriber", "subscribers", "student", "students",
        "patient", "patients", "attendee", "attendees", "speaker", "speakers", "participant",
        "participants", "person", "persons", "people", "contact", "contacts", "guest", "guests",
    }
)  # fmt: skip
_CHANGES = frozenset({"create", "update", "delete"})
_UNSURE_VERBS = {"create": "creates", "update": "changes", "delete": "deletes"}  # its verb


@dataclass(frozen=True, slots=True)
class Unsure:
    """Why the decision is unsure, the candidate the words alone pick (``weaker``) and the
    safer one (``safer``, an admin contract or stronger). ``when`` says when the weaker one
    is right, and ``settle`` how the words could settle it."""

    reason: str
    weaker: str
    safer: str
    when: str = "any signed-in user may call it"
    settle: str = "say who (e.g. 'admin ...' or 'my ...')"

    def to_dict(self) -> dict[str, str]:
        """JSON-ready: reason, weaker, safer."""
        return {"reason": self.reason, "weaker": self.weaker, "safer": self.safer}


def says_who(signals: Signals) -> bool:
    """Whether any access word is present (a role, whose records, danger, public)."""
    return any(getattr(signals, family) for family in ACCESS_FAMILIES)


def says_only_who(signals: Signals) -> bool:
    """Whether the words say who may call (a role, someone else's records) and nothing says
    what is at stake (no danger) or that anyone may (public), nor that the records are the
    caller's own: the learned reading may still ask for more than the role's contract."""
    named = bool(signals.roles) or signals.scope == "others"
    return named and signals.scope != "own" and not signals.danger and not signals.public


def unsure_reason(
    description: str,
    tokens: Sequence[Token],
    words: Sequence[str],
    signals: Signals,
    best: tuple[Strength, bool],
) -> str | None:
    """Why nothing in ``description`` says who may call it, or None when something does or
    the words' own pick is safe enough. ``best`` is the best candidate's strength and whether
    it is a catalog template (not the synthesized fallback)."""
    if says_who(signals) or signals.bulk:
        return None
    strength, is_template = best
    if strength.level >= Level.admin:
        return None
    # the name's own verb, even on a GET route ("generate_report GET ..."): a route that does
    # something when shown is asked about as the change it names
    verb, said = first_action(tokens)
    if said is not None and _social(said, words):
        return None  # the caller's own relation: "follow a user", "Unstar a dashboard"
    actions = {concept_of(t.term) for t in tokens if is_concept(t.term)} & _CHANGES
    people = next((word for word in words if word in _PEOPLE), None)
    unsaid = "no role, owner, other user, public or danger word"
    if people is not None and actions:
        return f"nothing in {description!r} says who may change {people!r} records ({unsaid})"
    if people is not None and verb == "read":
        return f"nothing in {description!r} says who may read {people!r} records ({unsaid})"
    instance = instance_object(words)
    if instance is not None:
        return (
            f"nothing in {description!r} says whose {instance!r} it acts on: usually the whole"
            f" instance's ({unsaid})"
        )
    upkeep = upkeep_object(words)
    if upkeep is not None:
        return (
            f"nothing in {description!r} says who may call it: {upkeep!r} is the upkeep of the"
            f" whole instance, usually staff's ({unsaid})"
        )
    operated = operator_object(words)
    if operated is not None:
        return (
            f"nothing in {description!r} says whose {operated!r} it acts on: usually the"
            f" operator's, not one user's ({unsaid})"
        )
    account = one_account(words) if verb == "read" else None
    if account is not None:
        return f"nothing in {description!r} says whose account {account!r} is ({unsaid})"
    every = whole_collection(words, read=verb == "read")
    if every is not None:
        return (
            f"nothing in {description!r} says whose records {every!r} covers: every record of"
            f" a kind is usually a staff view ({unsaid})"
        )
    if verb not in _UNSURE_VERBS:
        return None
    if is_template and strength.level is Level.owner and account_change(words) is None:
        # an owner-level template fits: "update profile", "change password"; not when the
        # words change a user without saying whose ("update user", "Edit user api")
        return None
    does = _UNSURE_VERBS[verb]
    return f"nothing in {description!r} says who may call it: it {does} records ({unsaid})"


def _social(said: Token, words: Sequence[str]) -> bool:
    """Whether the verb ``said`` is the caller's own relation ("follow", not "follow up"),
    as typed: "start" is no "star" read as a typo."""
    if said.corrected_from is not None or said.surface not in words:
        return False
    at = words.index(said.surface)
    return is_social(said.surface, words[at + 1] if at + 1 < len(words) else None)
