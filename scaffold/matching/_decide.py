"""From a ``MatchResult`` to what to do: generate the chosen contract, ask, or refuse.

Matching is never silent when unsure. When candidates that meet the signals' floor score
within ``CLOSE_MARGIN`` of the best:

* on a terminal, ``Ask`` shows the top three with their reasons;
* with ``--yes``, the strongest of them is ``Chosen``, with a note saying so;
* otherwise ``Refuse`` names them as ``--template`` choices.

A description nothing was recognised in (no verb, no signal, no template phrase), or one whose
signals contradict each other (public and admin, or public and someone else's records), is
refused rather than guessed (``choose_template`` asks on a terminal when only the project's
evidence supplies the role). A change with no word saying who may make it ("delete a
comment", "update employee salary": ``MatchResult.unsure``, see ``_unsure``) is unsure too:
asked on a terminal, the safer admin contract first; with ``--yes`` the safer contract is
taken and the note names the weaker one; otherwise refused.
"""

from __future__ import annotations

from dataclasses import dataclass

from scaffold.matching._evidence import ProjectAccess
from scaffold.matching._match import CLOSE_MARGIN, Match, MatchResult, close_to_best
from scaffold.matching._signals import Signals

__all__ = ["CLOSE_MARGIN", "Ask", "Chosen", "Refuse", "contradicts", "decide"]

_SHOWN = 3


@dataclass(frozen=True, slots=True)
class Chosen:
    """Generate ``match``; ``note`` says why when it was not simply the best score, and
    ``weaker`` names the candidate to choose instead ``when`` it is right (an unsure
    decision)."""

    match: Match
    note: str | None = None
    weaker: str | None = None
    when: str | None = None


@dataclass(frozen=True, slots=True)
class Ask:
    """Candidates to ask about (at most three), the one to suggest first; ``reason`` says
    why there is a question when it is not that they fit about equally well."""

    candidates: tuple[Match, ...]
    reason: str | None = None


@dataclass(frozen=True, slots=True)
class Refuse:
    """Generate nothing: ``reason`` in one line, and the templates ``--template`` could name."""

    reason: str
    choices: tuple[str, ...]

    def line(self, option: str = "--template") -> str:
        """The refusal as one line, with the choices for ``option`` (what names a template)."""
        listed = ", ".join(self.choices)
        return f"{self.reason}; choose one with {option} ({listed})"


Decision = Chosen | Ask | Refuse


def _strongest(candidates: list[Match]) -> Match:
    """The strongest contract; on a tie, the better score (they come best first)."""
    return max(candidates, key=lambda m: (m.strength.level, m.strength.bulk, m.score))


def _choices(result: MatchResult) -> tuple[str, ...]:
    return tuple(m.template for m in result.choices[:5])


def contradicts(signals: Signals, project: ProjectAccess | None = None) -> bool:
    """Whether ``signals`` ask for public access and for a role, a dangerous action or
    someone else's records at once, or the ``project``'s routes there all require a
    signed-in caller."""
    signed_in = project is not None and project.signed_in_only
    return bool(signals.public) and bool(
        signals.roles or signals.danger or signals.scope == "others" or signed_in
    )


def decide(result: MatchResult, *, interactive: bool, assume_yes: bool) -> Decision:
    """What to do with ``result``: see the module's docstring."""
    signals = result.signals
    if contradicts(signals, result.project):
        project = result.project
        other = (
            f"a role ({project.reason})"
            if project is not None and signals.roles == (project.role,)
            else "a role"
            if signals.roles
            else "a dangerous action"
            if signals.danger
            else "someone else's records"
            if signals.scope == "others" or project is None
            else f"a signed-in caller ({project.reason})"
        )
        return Refuse(
            f"the description asks both for public access ({signals.public[0]!r}) and for "
            f"{other}; say which",
            _choices(result),
        )
    if not result.understood:
        return Refuse(
            f"nothing in {result.description!r} says what the function does "
            "(no action, security signal or template phrase recognised)",
            _choices(result),
        )
    if result.unsure is not None:
        return _unsure_who(result, interactive=interactive, assume_yes=assume_yes)
    best = result.choices[0]
    close = close_to_best(result.choices)
    if len(close) == 1:
        return Chosen(best)
    if interactive and not assume_yes:
        return Ask(tuple(close[:_SHOWN]))
    if assume_yes:
        chosen = _strongest(close)
        others = ", ".join(f"{m.template} {m.score:.2f}" for m in close if m is not chosen)
        return Chosen(
            chosen, f"close candidates ({others}): took the strongest contract, {chosen.strength}"
        )
    names = " and ".join(f"{m.template} ({m.score:.2f})" for m in close[:_SHOWN])
    return Refuse(
        f"{names} fit about equally well; pass --yes to take the strongest",
        tuple(m.template for m in close),
    )


def _unsure_who(result: MatchResult, *, interactive: bool, assume_yes: bool) -> Decision:
    """Nothing says who may call: ask (the safer contract first), take the safer contract
    and say which to choose instead, or refuse."""
    assert result.unsure is not None
    unsure = result.unsure
    named = {m.template: m for m in result.choices}
    weaker, safer = named[unsure.weaker], named[unsure.safer]
    rest = [m for m in result.choices if m is not weaker and m is not safer]
    if interactive and not assume_yes:
        return Ask((safer, weaker, *rest)[:_SHOWN], unsure.reason)
    if assume_yes:
        note = f"{unsure.reason}: took the safer contract, {safer.template} ({safer.strength})"
        return Chosen(safer, note, weaker.template, unsure.when)
    return Refuse(
        f"{unsure.reason}; {unsure.settle}, or pass --yes to take the safer {safer.template}",
        tuple(m.template for m in (weaker, safer, *rest[: _SHOWN - 1])),
    )
