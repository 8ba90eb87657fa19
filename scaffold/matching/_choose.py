"""Which template a new function is generated from: one rule for every surface.

``scaffold new function``, the MCP server's ``plan`` tool and ``scaffold new project
--function`` all ask the same question with the same evidence (the description, the catalog,
a template the caller named, what the project's code says about who may call). They differ
only in whether someone can be asked and in the name of the option that names a template
(``--template``, ``options.template``), so a surface can never end up with a weaker contract
than another for the same request.

A surface that can ask passes ``ask``: it is called with a ``Question`` and returns one of its
candidates. Nothing here reads or writes a terminal.

When the description asks for public access but the project's routes where the function goes
all require a role, or all require a signed-in caller, the two readings are put side by side:
asked on a terminal (the project's reading first), otherwise refused. Neither is ever taken
silently. A sign-in step ("log in", "sign up") is the exception: it comes before any caller is
known, so the routes around it that need one say nothing of it; the description's public
reading is taken, and the note says the project's evidence was set aside and why.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from scaffold.errors import UserError
from scaffold.matching._decide import Ask, Chosen, Refuse, contradicts, decide
from scaffold.matching._evidence import ProjectAccess
from scaffold.matching._fallback import FALLBACK_KINDS, FALLBACK_PREFIX
from scaffold.matching._match import Match, MatchResult, match_request
from scaffold.matching._strength import Level

if TYPE_CHECKING:
    from scaffold.catalog import Catalog, Template

__all__ = ["Choice", "Question", "Refused", "choose_template", "described"]

_SHOWN = 3


@dataclass(frozen=True, slots=True)
class Choice:
    """The template to generate from, and what a surface shows with it.

    ``name`` is what the template option accepts (``fallback:<kind>`` for a fallback).
    ``signals`` and ``evidence`` (the project's line, when it raised the floor) are set when
    matching decided; ``note`` says why the template is not simply the best score and
    ``hint`` what to pass to choose another; ``asked`` when someone picked it.
    """

    name: str
    template: Template
    score: float | None = None
    signals: str | None = None
    evidence: str | None = None
    note: str | None = None
    hint: str | None = None
    asked: bool = False

    @property
    def advice(self) -> str | None:
        """The note with what to pass instead, in one line (None when there is no note)."""
        return None if self.note is None else f"{self.note}; {self.hint}"


@dataclass(frozen=True, slots=True)
class Question:
    """Candidates to ask about, the one to suggest first; ``reason`` says why there is a
    question when it is not that they fit about equally well."""

    candidates: tuple[Match, ...]
    reason: str | None
    signals: str
    evidence: str | None


Asker = Callable[[Question], Match]


class Refused(UserError):
    """Matching chose nothing: ``reason`` and the templates that could be named instead, with
    the description's ``signals`` and the project's ``evidence`` for the surface to show."""

    def __init__(
        self,
        reason: str,
        choices: tuple[str, ...],
        option: str,
        *,
        signals: str,
        evidence: str | None,
    ) -> None:
        super().__init__(Refuse(reason, choices).line(option))
        self.reason = reason
        self.choices = choices
        self.signals = signals
        self.evidence = evidence


def described(description: str) -> str:
    """The description, or a ``UserError`` when it is blank."""
    if not description.strip():
        raise UserError(
            "the description is empty; say what the function does, e.g. 'update profile'"
        )
    return description


def choose_template(
    description: str,
    catalog: Catalog,
    *,
    named: str | None = None,
    access: ProjectAccess | None = None,
    ask: Asker | None = None,
    assume_yes: bool = False,
    option: str = "--template",
) -> Choice:
    """The template for ``description``: ``named`` if given (a fallback only if it meets the
    floor), else what matching decides with the project's ``access`` evidence.

    ``ask`` (a terminal) is called when the decision is a question, unless ``assume_yes``
    (then the strongest of close candidates, or the safer contract, is taken and ``note``
    says so). Raises ``UserError`` naming ``option``; ``Refused`` when matching chose nothing.
    """
    described(description)
    if named is not None and not named.startswith(FALLBACK_PREFIX):
        return Choice(named, catalog.get(named))
    if named is not None and named.removeprefix(FALLBACK_PREFIX) not in FALLBACK_KINDS:
        kinds = ", ".join(FALLBACK_PREFIX + kind for kind in FALLBACK_KINDS)
        raise UserError(f"no fallback contract named {named!r} (there are: {kinds})")
    result = match_request(description, catalog, project=access)
    if named is not None:
        return _named_fallback(result, named, option)
    decision = decide(result, interactive=ask is not None, assume_yes=assume_yes)
    signals = result.signals.describe()
    evidence = result.project.reason if result.project is not None else None
    if isinstance(decision, Refuse):
        step = _sign_in_step(result, catalog, access, option)
        if step is not None:
            return step
        if ask is not None and not assume_yes:
            question = _public_against_evidence(result, catalog, access)
            if question is not None:
                return _asked(ask, question)
        raise Refused(decision.reason, decision.choices, option, signals=signals, evidence=evidence)
    if isinstance(decision, Ask):
        if ask is None:  # decide asks only when told there is someone to ask
            raise UserError(f"matching asked a question with nobody to ask; pass {option}")
        return _asked(ask, Question(decision.candidates, decision.reason, signals, evidence))
    chosen = decision.match
    hint = f"pass {option} to choose"
    if decision.weaker:
        hint = f"if {decision.when}, pass {option} {decision.weaker}"
    return Choice(
        chosen.template, chosen.spec, chosen.score, signals, evidence, decision.note, hint
    )


def _named_fallback(result: MatchResult, named: str, option: str) -> Choice:
    """The fallback ``named``, if it meets the floor (project evidence included)."""
    for candidate in result.choices:
        if candidate.template == named:
            return Choice(named, candidate.spec)
    fitting = [c.template for c in result.choices if c.is_fallback]
    description = result.description
    raise UserError(
        f"{option} {named} does not fit {description!r} "
        f"(it reads as {result.best.template}); "
        + (
            f"use one of: {', '.join(fitting)}"
            if fitting
            else f'see scaffold match "{description}"'
        )
    )


def _asked(ask: Asker, question: Question) -> Choice:
    picked = ask(question)
    return Choice(
        picked.template,
        picked.spec,
        picked.score,
        question.signals,
        question.evidence,
        asked=True,
    )


def _described_alone(result: MatchResult, catalog: Catalog) -> MatchResult | None:
    """What the description says without the project's evidence, when that reading is
    whole: it does not contradict itself and some candidate meets its floor."""
    plain = match_request(result.description, catalog)
    return None if contradicts(plain.signals) or not plain.choices else plain


# Steps of signing in. They come before any caller is known, so a collection whose routes all
# require one (an /auth/ router's "me" and "logout") says nothing of them.
_SIGN_IN_STEPS = frozenset(
    {"login", "log in", "logon", "log on", "signin", "sign in", "signup", "sign up"}
)


def _sign_in_step(
    result: MatchResult, catalog: Catalog, access: ProjectAccess | None, option: str
) -> Choice | None:
    """The description's own public reading when every public word it holds is a sign-in
    step and only the project's evidence asks for more ("log in" on /auth/, whose other
    routes need a session); else None."""
    public = result.signals.public
    if access is None or not public or any(p.lower() not in _SIGN_IN_STEPS for p in public):
        return None
    plain = _described_alone(result, catalog)
    if plain is None:
        return None
    decision = decide(plain, interactive=False, assume_yes=True)
    if not isinstance(decision, Chosen) or decision.match.strength.level is not Level.public:
        return None
    chosen = decision.match
    evidence = access.reason.removeprefix("project: ")
    note = (
        "signing in comes before any caller is known: the project's evidence is set aside "
        f"({evidence})"
    )
    return Choice(
        chosen.template,
        chosen.spec,
        chosen.score,
        plain.signals.describe(),
        None,
        note,
        f"pass {option} to choose",
    )


def _public_against_evidence(
    result: MatchResult, catalog: Catalog, access: ProjectAccess | None
) -> Question | None:
    """The question when the description alone asks for public access and only the
    project's evidence asks for a role or a signed-in caller: the project's reading first,
    then the description's;
    else None (the description contradicts itself, or the refusal has another cause)."""
    if access is None or not contradicts(result.signals, access) or not result.choices:
        return None
    plain = _described_alone(result, catalog)
    if plain is None:
        return None
    public = plain.choices[0]
    as_described = replace(
        public,
        reasons=["what the description says, without the project's evidence", *public.reasons],
    )
    projects = [m for m in result.choices if m.strength.level is not Level.public]
    return Question(
        (*projects[: _SHOWN - 1], as_described),
        f"the description asks for public access ({result.signals.public[0]!r}) but "
        f"{access.reason}; say which",
        result.signals.describe(),
        access.reason,
    )
