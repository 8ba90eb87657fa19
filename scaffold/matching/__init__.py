"""Description -> ranked templates with scores and reasons, never weaker than its signals.

>>> from scaffold.catalog import load_catalog
>>> from scaffold.matching import match
>>> best = match("udpate my proflie", load_catalog())[0]
>>> best.template, best.score >= 0.5
('user_profile_update', True)

``match()`` is deterministic and offline. The description's security signals (roles, scope,
danger, public, bulk) set the weakest contract it allows; templates weaker than that are set
aside. When no template reaches ``THRESHOLD``, the first result is ``fallback:<kind>``: a
synthesized Template with a basic contract that meets the signals. ``decide()`` turns a
``MatchResult`` into a choice, a question or a refusal; ``choose_template()`` is that
decision as every surface takes it (a named template, project evidence, asking or ``--yes``).
A change whose words do not say who may call it is ``unsure`` (asked, or the safer contract
taken); ``ProjectAccess`` carries what the project's code says about it.
"""

from scaffold.matching._choose import Choice, Question, Refused, choose_template, described
from scaffold.matching._decide import Ask, Chosen, Refuse, decide
from scaffold.matching._evidence import ADMIN_ROLE, ProjectAccess
from scaffold.matching._fallback import FALLBACK_KINDS, FALLBACK_PREFIX
from scaffold.matching._index import clear_cache
from scaffold.matching._match import THRESHOLD, Match, MatchResult, match, match_request
from scaffold.matching._signals import Signals
from scaffold.matching._strength import TOP_ROLE, Floor, Level, Strength, strength_of
from scaffold.matching._unsure import ACCESS_FAMILIES, Unsure

__all__ = [
    "ACCESS_FAMILIES",
    "ADMIN_ROLE",
    "FALLBACK_KINDS",
    "FALLBACK_PREFIX",
    "THRESHOLD",
    "TOP_ROLE",
    "Ask",
    "Choice",
    "Chosen",
    "Floor",
    "Level",
    "Match",
    "MatchResult",
    "ProjectAccess",
    "Question",
    "Refuse",
    "Refused",
    "Signals",
    "Strength",
    "Unsure",
    "choose_template",
    "clear_cache",
    "decide",
    "described",
    "match",
    "match_request",
    "strength_of",
]
