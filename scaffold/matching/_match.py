"""``match()``: rank a catalog's templates for a description, never below its signals' floor.

The description's security signals (``_signals``) set the weakest contract it allows
(``_strength``). Templates that meet that floor rank first, by score; below ``THRESHOLD`` no
template is trusted and the basic contract (``fallback:<kind>``, built to meet the floor)
ranks first. Templates too weak for the signals follow, marked, so a caller sees what was
set aside and why. The list is never empty.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache, partial
from typing import TYPE_CHECKING, Any

from scaffold.matching._account_changes import account_change
from scaffold.matching._evidence import ProjectAccess, with_project
from scaffold.matching._fallback import FALLBACK_PREFIX, Fallback, plan_fallback
from scaffold.matching._index import Index, index_for
from scaffold.matching._learned import current_model
from scaffold.matching._many import many_changed
from scaffold.matching._own_account import own_account_deletion
from scaffold.matching._payment_changes import payment_change
from scaffold.matching._scope import is_social
from scaffold.matching._score import Query, best_phrase, query_of, rank, reasons
from scaffold.matching._sign_ups import registered_thing
from scaffold.matching._signals import Signals, read_signals
from scaffold.matching._strength import Floor, Level, Strength, floor_of
from scaffold.matching._text import (
    Token,
    is_object,
    is_qualifier,
    split_words,
    stem,
    word_concept,
)
from scaffold.matching._unsure import Unsure, says_only_who, says_who, unsure_reason

if TYPE_CHECKING:
    from scaffold.catalog import Template

__all__ = [
    "CLOSE_MARGIN",
    "THRESHOLD",
    "Match",
    "MatchResult",
    "close_to_best",
    "match",
    "match_request",
]

THRESHOLD = 0.45
CLOSE_MARGIN = 0.05  # candidates closer than this to the best are a real choice (``decide``)
# Labels the learned reading scores within this of its likeliest are likely too: the one that
# asks for the most is offered (chosen on older sets than those reported: docs/matching.md).
LIKELY = 0.1
_DEPTH = 20  # templates scored before the floor sets the weak ones aside
_SHOWN = 3  # candidates a question shows
# A contract well above what the signals ask counts for less: "my X" with an admin contract
# would lock the caller out, a super-admin-only contract needs a dangerous action, and a
# contract bounding a list of items needs a request for many.
OVERREACH = 0.7
# A super-admin-only contract when nothing dangerous is asked: the admin contract fits.
UNASKED_DANGER = 0.6
# A catalog template whose contract is exactly what the signals ask, for the same verb, is a
# better answer than the synthesized basic contract: it was written and reviewed for it. Not
# at the plain admin level: there the basic admin contract is the generic answer, and an
# admin template (user creation, say) must earn its place by its words.
SIGNAL_FIT = 0.2
# The design source matched its patterns as they are written; a pattern found word for word
# (compared on stems) still settles the match, as it did there.
LITERAL_SCORE = 0.9
# A template met only on who acts and what verb ("admin create" for "admin creates a
# group"), while the description names an object the template never mentions, is a guess.
NO_OBJECT = 0.6
_WHOSE = frozenset({"@owner"})
# Who acts and what verb: a pattern of these alone ("admin create") must be typed as it is.
_WHO_OR_VERB = frozenset({"@create", "@update", "@delete", "@read", "@admin", "@superadmin"})
_ARTICLES = frozenset({"a", "an", "the"})


@dataclass(frozen=True, slots=True)
class Match:
    """One ranked candidate: a template name or ``fallback:<kind>``, how sure, and why.

    ``source`` is the template, or what gives it: ``match`` passes a catalog template that is
    validated, and a fallback that is built, only when ``spec`` is first read, so ranking and
    showing matches validate no template. ``version`` is the template's (read from a given
    template).
    """

    template: str
    score: float
    reasons: list[str] = field(compare=False)
    source: Template | Callable[[], Template] = field(compare=False, repr=False)
    strength: Strength = field(default=Strength(Level.signed_in), compare=False)
    meets_floor: bool = field(default=True, compare=False)
    version: int = field(default=1, compare=False)

    def __post_init__(self) -> None:
        if not callable(self.source):
            object.__setattr__(self, "version", self.source.version)

    @property
    def spec(self) -> Template:
        """The template (validated when first read; a broken file says so then)."""
        return self.source() if callable(self.source) else self.source

    @property
    def is_fallback(self) -> bool:
        """Whether this is the synthesized basic contract rather than a catalog template."""
        return self.template.startswith(FALLBACK_PREFIX)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready view: template, score, fallback, version, strength, reasons."""
        return {
            "template": self.template,
            "score": self.score,
            "fallback": self.is_fallback,
            "version": self.version,
            "strength": str(self.strength),
            "meets_floor": self.meets_floor,
            "reasons": list(self.reasons),
        }


@dataclass(frozen=True, slots=True)
class MatchResult:
    """Everything matching found: the signals, the floor they set, and the ranked candidates.

    ``matches`` holds at most ``limit`` candidates, those meeting the floor first;
    ``choices`` holds every candidate that meets it, best first (for ``decide``). ``unsure``
    says why nothing in the description says who may call it (then ``choices`` holds a safer
    candidate); ``project`` what the project's code said about it.
    """

    description: str
    signals: Signals
    floor: Floor
    matches: list[Match]
    choices: list[Match]
    understood: bool  # a verb, a signal or a template phrase was recognised
    unsure: Unsure | None = None
    project: ProjectAccess | None = None

    @property
    def best(self) -> Match:
        """The first match: always one that meets the floor."""
        return self.matches[0]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: signals, floor, unsure (its reason, or null), project evidence (when
        read) and the matches."""
        data: dict[str, Any] = {
            "signals": self.signals.to_dict(),
            "floor": str(self.floor),
            "unsure": self.unsure.to_dict() if self.unsure else None,
        }
        if self.project is not None:
            data["project"] = self.project.reason
        return {**data, "matches": [m.to_dict() for m in self.matches]}


def _signal_tokens(signals: Signals) -> list[Token]:
    """The signals as terms a template's contract words meet ("@owner", "@sensitive", ...)."""
    tokens: list[Token] = []
    if signals.danger:
        tokens.append(Token(signals.danger[0], "@sensitive"))
    if "super_admin" in signals.roles:
        tokens.append(Token("super_admin", "@superadmin"))
    if signals.roles or signals.scope == "others":
        tokens.append(Token((signals.roles or signals.scope_words)[0], "@admin"))
    if signals.scope == "own":
        tokens.append(Token(signals.scope_words[0], "@owner"))
    if signals.public:
        tokens.append(Token(signals.public[0], "@public"))
    if signals.bulk:
        tokens.append(Token(signals.bulk[0], "@bulk"))
    return tokens


def _followed_accounts(found: list[Token]) -> list[Token]:
    """The tokens, an account right after a verb of the caller's own relation to it ("follow
    a user", "unfollow users", "mute account") read as that relation: the account is whom
    the caller follows, not what is created or changed, and the follow is the record ("create
    user", an admin's creation, is no match for it)."""
    read = list(found)
    for i in range(1, len(read)):
        verb = read[i - 1].surface
        typed = read[i - 1].corrected_from is None  # a word read as a typo is no relation
        if typed and read[i].term == "@user" and is_social(verb, read[i].surface):
            read[i] = Token(read[i].surface, stem(verb))
    return read


def match_request(
    description: str,
    templates: object,
    limit: int = 5,
    *,
    project: ProjectAccess | None = None,
) -> MatchResult:
    """Read the signals of ``description`` and rank ``templates`` above their floor.

    ``templates`` is a ``Catalog``, a mapping of name to ``Template``, or Templates. The
    catalog's index is built on first use and cached while its templates are the same
    objects. Ties go to the alphabetically first name. ``project``: who may call, as the
    project's code shows it where the function goes; it only ever raises the floor (a
    signed-in caller alone: the floor is read without a public word the project contradicts).
    """
    if limit < 1:
        raise ValueError("limit must be at least 1")
    index = index_for(templates)
    found, words = index.lexicon.read(description, correct=True)
    found = _followed_accounts(found)
    signals = read_signals(words, role_known=project is not None and project.role is not None)
    signed_in = project is not None and project.signed_in_only
    if signed_in and not signals.public:
        project, signed_in = None, False  # signing in alone checks a public reading: none here
    signals, floor, project = _with_project(
        signals, project, description, templates, signed_in=signed_in
    )
    query = query_of(index, [*found, *_signal_tokens(signals)], words)
    ranked = rank(index, query, max(limit, _DEPTH))
    fallback = plan_fallback(found, description, signals, floor)

    scored: list[tuple[float, str, int, str | None, Strength]] = []
    said = _said(description, query.words)
    for number, text_score in ranked:
        strength = _strength(index, number)
        score, note = _adjust(index, query, said, number, text_score, strength, signals, floor)
        scored.append((score, index.names[number], number, note, strength))
    scored.sort(key=lambda item: (-item[0], item[1]))
    described = max(limit, _SHOWN)  # reasons cost: only for what is shown or asked about
    kept: list[Match] = []
    set_aside: list[Match] = []
    for score, name, number, note, strength in scored:
        admitted = floor.admits(strength)
        group = kept if admitted else set_aside
        why = reasons(index, query, number) if len(group) < described else []
        why += [note] if note else []
        if not admitted:
            why.insert(0, f"set aside: {strength} is weaker than the signals allow ({floor})")
        source = partial(index.templates.__getitem__, number)
        version = index.facts[number].version
        group.append(Match(name, score, why, source, strength, admitted, version))
    place = next((i for i, m in enumerate(kept) if m.score < THRESHOLD), len(kept))
    kept.insert(place, _fallback_match(fallback, index, query, ranked, kept))
    if signed_in:
        _offer_public_reading(kept, set_aside)
    understood = fallback.has_verb or bool(signals) or (bool(ranked) and place > 0)
    unsure = None
    if understood:
        unsure = _unsure_offer(kept, found, words, description, signals, floor, project=project)
    if project is not None:
        kept[:described] = [
            replace(m, reasons=[project.reason, *m.reasons]) for m in kept[:described]
        ]
    return MatchResult(
        description,
        signals,
        floor,
        (kept + set_aside)[:limit],
        kept,
        understood,
        unsure,
        project,
    )


def _unsure_offer(  # noqa: PLR0917 - one call site, each argument a different thing
    kept: list[Match],
    found: list[Token],
    words: list[str],
    description: str,
    signals: Signals,
    floor: Floor,
    *,
    project: ProjectAccess | None,
) -> Unsure | None:
    """Whether the decision is unsure, and the safer contract offered (``kept`` gains it):
    the rules' reasons first (``unsure_reason``, then deleting one's own account), then the
    learned reading, where no word says who may call and the project says nothing; where a
    rule is unsure and the learned reading asks for more, the offer is raised to it. Where
    the words or the project say who (a role, someone else's records) but nothing says what
    is at stake, the learned reading may still offer more: the sensitive contract, or a
    bound on the list."""
    best = (kept[0].strength, not kept[0].is_fallback)
    reason = unsure_reason(description, found, words, signals, best)
    examples = None
    if project is None and not says_who(signals):
        examples = _examples_strength(description, floor, close_to_best(kept))
    if reason:
        reason, safer = _safer_level(reason, words)
        wanted = examples[1] if examples is not None else None
        if wanted is not None and wanted.level > safer:
            reason += f", and {_LIKE_IT} needed {wanted.level.name}"
            safer = wanted.level
        bounded = wanted is not None and wanted.bulk and wanted.level >= safer
        if bounded:
            reason += f", and {_LIKE_IT} needed {_BOUNDED}"
        return _offer_safer(kept, reason, found, description, signals, safer, bulk=bounded)
    unsure = None
    below_sensitive = kept[0].strength.level < Level.sensitive
    if below_sensitive:
        unsure = _own_account_unsure(kept, found, words, description, signals)
    if unsure is None and kept[0].strength.level is Level.public:
        unsure = _sign_up_unsure(kept, found, words, description, signals)
    if unsure is None and examples is not None:
        unsure = _examples_unsure(kept, found, description, signals, examples)
    if unsure is None and below_sensitive and says_only_who(signals):
        unsure = _stakes_unsure(kept, found, description, signals, floor)
    return unsure


def _stakes_unsure(
    kept: list[Match], found: list[Token], description: str, signals: Signals, floor: Floor
) -> Unsure | None:
    """The words (or the project) say who may call, a role or someone else's records, and
    nothing says what is at stake: where requests like it needed more than that role's
    contract (the sensitive one, or a bound on the list), it is offered as the safer one."""
    stakes = _examples_strength(description, floor, close_to_best(kept))
    if stakes is None:
        return None
    who = ", ".join(signals.roles) or f"someone else's records, {signals.scope_words[0]!r}"
    said = f"{description!r} says who may call it ({who}) but not what is at stake"
    return _examples_unsure(kept, found, description, signals, stakes, said=said)


def _safer_level(reason: str, words: Sequence[str]) -> tuple[str, Level]:
    """The safer level offered when unsure, and the reason saying why: sensitive for a change
    to someone's account, membership or group, or a payment settled or changed; else admin."""
    changed = account_change(words)
    if changed:
        return (
            f"{reason}, and it changes someone's account, membership or group ({changed.phrase!r})",
            Level.sensitive,
        )
    settled = payment_change(words)
    if settled:
        return f"{reason}, and it settles or changes a payment ({settled!r})", Level.sensitive
    return reason, Level.admin


def _with_project(
    signals: Signals,
    project: ProjectAccess | None,
    description: str,
    templates: object,
    *,
    signed_in: bool,
) -> tuple[Signals, Floor, ProjectAccess | None]:
    """The signals with the project's role, the floor they set, and the project's evidence.
    Signed in alone: the project's reading of a public request its routes contradict, the
    description's other words with public set aside (``decide`` puts the two readings side by
    side). Where the description alone, unsure, takes a safer contract than the project's
    role, that stays, and the evidence's line says why."""
    told_who = project is not None and project.role is not None and not signals.roles
    signals = with_project(signals, project)
    floor = floor_of(replace(signals, public=()) if signed_in else signals)
    alone = _safer_alone(description, templates) if told_who and not floor.exact else None
    if alone is not None and project is not None:
        # the project says who calls, not what is at stake: what the description alone takes
        # when unsure stays, the bound on a list ("add_alerts_to_incident ... /alerts") and
        # the sensitive level of a change to someone's account ("DELETE /users/{id}/photo")
        safer, why = alone
        raised = replace(floor, level=max(floor.level, safer.level), bulk=floor.bulk or safer.bulk)
        if raised != floor:
            evidence = f"{project.reason}; alone, the description takes the safer {safer}"
            evidence += f" contract ({why})"
            floor, project = raised, replace(project, reason=evidence)
    return signals, floor, project


def _safer_alone(description: str, templates: object) -> tuple[Strength, str] | None:
    """The strength of the safer contract the description alone offers when it is unsure
    (a change that says nothing of who calls), and why; or None when it is sure."""
    alone = match_request(description, templates)
    if alone.unsure is None:
        return None
    offered = (m.strength for m in alone.choices if m.template == alone.unsure.safer)
    safer = next(offered, None)
    return None if safer is None else (safer, alone.unsure.reason)


def _offer_public_reading(kept: list[Match], set_aside: list[Match]) -> None:
    """Offer the description's own public reading third, when the project's routes there all
    require a signed-in caller: the two readings are put to the user side by side."""
    public = next((m for m in set_aside if m.strength.level is Level.public), None)
    if public is None:
        return
    set_aside.remove(public)
    said = "the description's reading: anyone may call it, which the project's routes contradict"
    kept.insert(min(2, len(kept)), replace(public, reasons=[said, *public.reasons[1:]]))


def _offer_safer(  # noqa: PLR0917 - one call site, each argument a different thing
    kept: list[Match],
    reason: str,
    found: list[Token],
    description: str,
    signals: Signals,
    level: Level = Level.admin,
    why: str | None = None,
    *,
    bulk: bool = False,
) -> Unsure:
    """Mark the best candidate unsure and offer the safer one, second: the best contract at
    ``level`` (or stronger) that fits, else the basic contract of that level for the same
    verb. ``level`` is admin, or sensitive for a change to someone's account, membership or
    group (``_account_changes``) and for deleting the caller's own (``_own_account``, which
    says ``why``). When the change names many records (``many_changed``:
    "Deactivate gift cards"), or ``bulk`` asks for it (the learned reading), the safer one is
    a bulk contract (a bound on the list), else the plain one."""
    weaker = kept[0]
    many = many_changed(description)
    bounded = bulk or many is not None
    kept[0] = replace(weaker, reasons=[f"unsure: {reason}", *weaker.reasons])
    fits = (
        m
        for m in kept[1:]
        if m.strength.level >= level and m.strength.bulk is bounded and m.score >= THRESHOLD
    )
    safer = next(fits, None)
    if safer is None:
        basic = plan_fallback(found, description, signals, Floor(level, bulk=bounded))
        if why is None:
            why = _safer_reading(level, many, bounded=bulk)
        safer = Match(
            FALLBACK_PREFIX + basic.kind,
            THRESHOLD,
            [why, *basic.reasons[1:]],
            basic.template_source,
            basic.strength,
        )
        kept.insert(1, safer)
    return Unsure(reason, weaker.template, safer.template)


def _own_account_unsure(
    kept: list[Match],
    found: list[Token],
    words: list[str],
    description: str,
    signals: Signals,
) -> Unsure | None:
    """Deleting the caller's own account (``_own_account``): the owner's delete the words
    pick, or the sensitive contract offered as the safer one."""
    deleted = own_account_deletion(words)
    if deleted is None:
        return None
    said = "" if deleted == " ".join(words) else f" ({deleted!r})"
    reason = (
        f"{description!r} deletes the caller's own account{said}: the owner's delete, or the"
        " sensitive contract, since a deleted account cannot be restored"
    )
    why = (
        "the safer reading: deleting an account cannot be undone, so only a super"
        " administrator may do it (the owner's delete is the other reading)"
    )
    offered = _offer_safer(kept, reason, found, description, signals, Level.sensitive, why)
    return replace(offered, when="the account's owner may delete it", settle="say which")


def _sign_up_unsure(
    kept: list[Match],
    found: list[Token],
    words: list[str],
    description: str,
    signals: Signals,
) -> Unsure | None:
    """Registering something other than the caller's own account (``_sign_ups``): the
    public sign-up the words pick, or an admin's contract offered as the safer one."""
    thing = registered_thing(words, signals.public)
    if thing is None:
        return None
    reason = (
        f"{description!r} registers {thing!r}, not the caller's own account: a visitor's"
        " sign-up, or a signed-in caller's or staff's act"
    )
    why = f"the safer reading: only staff may call it (registering {thing!r} may not be a sign-up)"
    offered = _offer_safer(kept, reason, found, description, signals, Level.admin, why)
    return replace(offered, when="anyone may call it", settle="say who (e.g. 'public ...')")


def _examples_strength(
    description: str, floor: Floor, close: Sequence[Match]
) -> tuple[str, Strength] | None:
    """The strongest label the learned reading finds likely (within ``LIKELY`` of its
    likeliest, among those the floor admits) and its strength, when it asks for more than
    every candidate in ``close`` (those ``--yes`` would choose among without it): a higher
    level, or a bound on the list none of them has at its level; else None, as without the
    model."""
    model = current_model()
    likely = model.strongest_likely(description, floor.admits, LIKELY) if model else None
    if likely is None:
        return None
    level = max(m.strength.level for m in close)
    bounded = any(m.strength.bulk for m in close)
    wanted = likely[1]
    if wanted.level > level or (wanted.bulk and not bounded and wanted.level == level):
        return likely
    return None


def close_to_best(choices: Sequence[Match]) -> list[Match]:
    """The best candidate and those scoring within ``CLOSE_MARGIN`` of it: a real choice."""
    best = choices[0].score
    return [m for m in choices if best - m.score < CLOSE_MARGIN]


def _examples_unsure(
    kept: list[Match],
    found: list[Token],
    description: str,
    signals: Signals,
    examples: tuple[str, Strength],
    *,
    said: str | None = None,
) -> Unsure:
    """Requests like this one needed more than the words' pick (``_examples_strength``):
    that stronger contract is offered as the safer one. ``said``: who the words say may call
    (then what could settle it is what is at stake, or how many records); else nothing says
    who may call."""
    label, wanted = examples
    picked = kept[0].strength.level
    if wanted.level > picked:
        needed, more, when = wanted.level.name, f"the words' pick ({picked.name})", _ENOUGH[picked]
        settle = _SAY_STAKES
    else:  # the same level, and a bound on the list
        needed, more, when = _BOUNDED, "the words' pick, which bounds no list", _ONE_AT_A_TIME
        settle = _SAY_HOW_MANY
    who = said or f"nothing in {description!r} says who may call it"
    reason = f"{who}, and {_LIKE_IT} needed {needed} ({label}), more than {more}"
    why = f"the safer reading: {_LIKE_IT} needed {needed}"
    offered = _offer_safer(
        kept, reason, found, description, signals, wanted.level, why, bulk=wanted.bulk
    )
    offered = replace(offered, when=when)
    return offered if said is None else replace(offered, settle=settle)


# What the learned reading stands on, said in its reasons.
_LIKE_IT = "requests like it in real applications often"
# A bound on the list a change makes, as the reasons name it; and when the words' pick, which
# has none, is right.
_BOUNDED = "a bound on how many records one call changes"
_ONE_AT_A_TIME = "each call changes one record"
# How the words could settle it when they say who may call but not what is at stake.
_SAY_STAKES = "say what is at stake (e.g. 'sensitive: ...')"
_SAY_HOW_MANY = "say whether one call changes many records (e.g. 'bulk ...')"
# When the words' pick is right, said after "if" in the note of a safer contract taken.
_ENOUGH = {
    Level.public: "anyone may call it",
    Level.signed_in: "any signed-in user may call it",
    Level.owner: "each user may reach only their own records",
    Level.admin: "any staff member may call it",
    Level.sensitive: "only a super administrator may call it",
}


def _safer_reading(level: Level, many: str | None, *, bounded: bool = False) -> str:
    """Why the safer candidate is offered, when the caller did not say; ``bounded``: the
    learned reading asked for a bound on the list the words do not name."""
    if level is Level.sensitive:
        return (
            "the safer reading: it changes someone's account, membership or group, which"
            " only a super administrator may do (nothing says who may)"
        )
    if many is not None:
        return f"the safer reading: staff acting on many records at once ({many!r})"
    if bounded:
        return f"the safer reading: only staff may call it, with {_BOUNDED} ({_LIKE_IT} had one)"
    return "the safer reading: only staff may call it (nothing says who may)"


_STRENGTHS = {(level, bulk): Strength(level, bulk) for level in Level for bulk in (False, True)}


def _strength(index: Index, number: int) -> Strength:
    """A template's strength, as the index recorded it (``strength_of`` at build time)."""
    facts = index.facts[number]
    return _STRENGTHS[facts.level, facts.bulk]  # type: ignore[index]  # IntEnum keys


def _adjust(  # noqa: PLR0917 - one call site, each argument a different thing
    index: Index,
    query: Query,
    said: Said,
    number: int,
    score: float,
    strength: Strength,
    signals: Signals,
    floor: Floor,
) -> tuple[float, str | None]:
    """The score after the signals' say (overreach, exact fit, a guess), and what they said;
    ``said``: the description's stems (``_said``), for a pattern found word for word."""
    if _literal(index, number, said):
        return max(score, LITERAL_SCORE), "one of its patterns is in the description, word for word"
    notes: list[str] = []
    mismatch = _mismatch(strength, signals)
    if mismatch:
        factor = UNASKED_DANGER if strength.level is Level.sensitive else OVERREACH
        score *= factor
        notes.append(f"{mismatch} (score x{factor})")
    # The sensitive contract is written for any dangerous action, whatever its object.
    generic = strength.level is Level.sensitive and floor.level is Level.sensitive
    unexplained = None if generic else _unexplained_object(index, query, number)
    if unexplained:
        score *= NO_OBJECT
        notes.append(f'matched without its object ("{unexplained}" is not in it; x{NO_OBJECT})')
    if not notes and _fits_exactly(strength, floor, signals) and _verb_agrees(index, query, number):
        score = min(1.0, score + SIGNAL_FIT)
        notes.append(f"its contract fits the signals exactly (+{SIGNAL_FIT})")
    return round(score, 4), "; ".join(notes) or None


@lru_cache(maxsize=65_536)
def _stems(text: str) -> tuple[str, ...]:
    return tuple(stem(word) for word in split_words(text))


# The description's stems, articles left out, once per match: as typed (a route's method
# stays a method: "POST /admin/tasks" does not say "admin create"), and as read ("POST /users"
# reads "create users").
Said = tuple[tuple[str, ...], tuple[str, ...]]


def _said(description: str, words: Sequence[str]) -> Said:
    typed = split_words(description, routes=False)
    return _stems(_without_articles(typed)), _stems(_without_articles(words))


def _without_articles(words: Sequence[str]) -> str:
    return " ".join(word for word in words if word not in _ARTICLES)


@lru_cache(maxsize=4096)
def _pattern(pattern: str) -> tuple[tuple[str, ...], bool]:
    """A pattern's stems, and whether it names more than who acts and the verb ("create
    user", not "admin create")."""
    names_object = any(word_concept(word) not in _WHO_OR_VERB for word in split_words(pattern))
    return _stems(pattern), names_object


def _literal(index: Index, number: int, said: Said) -> bool:
    """Whether one of the template's patterns occurs in the description, word for word: as
    typed, or as read when the pattern names more than who acts and the verb."""
    typed, read = said
    for pattern in index.facts[number].patterns:
        wanted, names_object = _pattern(pattern)
        if _contains(typed, wanted) or (names_object and _contains(read, wanted)):
            return True
    return False


def _contains(found: tuple[str, ...], wanted: tuple[str, ...]) -> bool:
    size = len(wanted)
    return bool(size) and any(found[i : i + size] == wanted for i in range(len(found) - size + 1))


def _unexplained_object(index: Index, query: Query, number: int) -> str | None:
    """The description's object, when the template's best phrase names only who acts and the
    verb (no object, no qualifier like "bulk") and the template never mentions that object."""
    best = best_phrase(index, query, number)
    terms = index.phrases[best].terms if best is not None else frozenset()
    # "my" says whose records, not which: "edit my account" does not explain "my project".
    if not terms or any(is_object(term) or is_qualifier(term) for term in terms - _WHOSE):
        return None
    known = index.context_sources[number]
    for term, token in query.tokens.items():
        if is_object(term) and term not in known:
            return token.surface
    return None


def _fits_exactly(strength: Strength, floor: Floor, signals: Signals) -> bool:
    if not signals or strength.level != floor.level:
        return False
    return floor.level is not Level.admin or (floor.bulk and strength.bulk)


def _verb_agrees(index: Index, query: Query, number: int) -> bool:
    """Whether the template's best phrase does not contradict the description's verb."""
    best = best_phrase(index, query, number)
    if best is None:
        return False
    actions = index.phrases[best].actions
    return not (query.actions and actions and not actions & query.actions)


def _mismatch(strength: Strength, signals: Signals) -> str | None:
    """Why a contract overreaches the request, if it does (it is still never too weak)."""
    if strength.level is Level.sensitive and not signals.danger:
        return "a super-admin contract, but nothing dangerous is asked"
    if strength.bulk and not signals.bulk:
        return "a contract for many items, but one is asked"
    own = signals.scope == "own" and not (signals.roles or signals.danger or signals.bulk)
    if own and strength.level >= Level.admin:
        return f"an {strength.level.name} contract for the caller's own records"
    return None


def match(description: str, templates: object, limit: int = 5) -> list[Match]:
    """Rank ``templates`` for ``description``, best first, at most ``limit`` matches.

    The first match always meets the floor the description's signals set (see
    ``match_request``, which also returns the signals). The result is never empty: a
    description with no word to match gets the basic fallback.
    """
    return match_request(description, templates, limit).matches


def _fallback_match(
    fallback: Fallback,
    index: Index,
    query: Query,
    ranked: list[tuple[int, float]],
    kept: list[Match],
) -> Match:
    if not query.tokens:
        verdict = "the description has no word to match"
    elif not ranked:
        verdict = "no template shares a word with the description"
    elif not kept or kept[0].score < THRESHOLD:
        best = kept[0] if kept else None
        name, score = (best.template, best.score) if best else (index.names[ranked[0][0]], 0.0)
        verdict = f"no template reached {THRESHOLD:.2f} (best: {name} {score:.2f})"
    else:
        verdict = f"the basic contract, if no template above fits (threshold {THRESHOLD:.2f})"
    return Match(
        template=FALLBACK_PREFIX + fallback.kind,
        score=THRESHOLD,
        reasons=[verdict, *fallback.reasons],
        source=fallback.template_source,
        strength=fallback.strength,
    )
