"""How strong a contract is, and the weakest contract a description's signals allow.

Templates are compared on one ladder, read from their contracts (not their names), so a
catalog of thousands of templates needs no extra labels:

====  ==============  ===========================================================
rank  level           a contract at this level
====  ==============  ===========================================================
0     ``public``      no ``auth``: anyone may call (``public_api_endpoint``)
1     ``signed_in``   ``auth: user`` without an ownership check (``fallback:create``)
2     ``owner``       ``auth: user`` with ``owns``: the caller's own records
                      (``user_profile_update``, ``secure_data_access``, ``fallback:read``)
3     ``admin``       ``auth`` with any other role: acts on other people's records
                      (``admin_user_creation``, ``bulk_operation``, ``fallback:admin``)
4     ``sensitive``   ``auth: super_admin``, or ``role_at_least: super_admin``
                      (``sensitive_admin_action``, ``fallback:sensitive``)
====  ==============  ===========================================================

A higher rank only adds checks, so it is never weaker. A ``bulk`` condition is a separate
flag: a request for one call over many items needs a contract that bounds the list.

Signals set the floor (``floor_of``): danger asks for ``sensitive``, a role or other people's
records for ``admin``, bulk for a bulk contract at ``admin`` or above, "my X" for ``owner``,
and a public request for exactly ``public`` (an auth check would lock out the callers it is
meant for). Without signals, any signed-in contract will do.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import TYPE_CHECKING

from scaffold.matching._many import says_many
from scaffold.matching._signals import Signals

if TYPE_CHECKING:
    from scaffold.catalog import Template

__all__ = ["Floor", "Level", "Strength", "floor_of", "strength_of"]

TOP_ROLE = "super_admin"


class Level(IntEnum):
    """The ladder of contracts, weakest first."""

    public = 0
    signed_in = 1
    owner = 2
    admin = 3
    sensitive = 4


@dataclass(frozen=True, slots=True)
class Strength:
    """A contract's place on the ladder, and whether it bounds a list of items."""

    level: Level
    bulk: bool = False

    def __str__(self) -> str:
        return self.level.name + (" + bulk" if self.bulk else "")


@dataclass(frozen=True, slots=True)
class Floor:
    """The weakest contract the signals allow; ``exact`` when no stronger one fits either."""

    level: Level
    bulk: bool = False
    exact: bool = False  # a public request: auth would lock its callers out

    def admits(self, strength: Strength) -> bool:
        """Whether a contract of ``strength`` satisfies every signal behind this floor."""
        if self.exact:
            return strength.level == self.level
        if self.bulk and not strength.bulk:
            return False
        return strength.level >= self.level

    def __str__(self) -> str:
        if self.exact:
            return f"exactly {self.level.name}"
        return f"{self.level.name} or stronger" + (", bulk" if self.bulk else "")


def strength_of(template: Template) -> Strength:
    """A template's strength, read from its conditions (a match reads it from the index)."""
    from scaffold.catalog import BulkCondition, OwnsCondition

    role = template.auth_role
    bulk = any(isinstance(c, BulkCondition) for c in template.requires)
    if role is None:
        level = Level.public
    elif role == TOP_ROLE or _requires_top_role(template):
        level = Level.sensitive
    elif role != "user":
        level = Level.admin
    elif any(isinstance(c, OwnsCondition) for c in template.requires):
        level = Level.owner
    else:
        level = Level.signed_in
    return Strength(level, bulk)


def _requires_top_role(template: Template) -> bool:
    from scaffold.catalog import BusinessRuleCondition, RoleAtLeastRule

    for condition in template.requires:
        if isinstance(condition, BusinessRuleCondition):
            rule = condition.business_rule.rule
            if isinstance(rule, RoleAtLeastRule) and rule.role_at_least == TOP_ROLE:
                return True
    return False


def floor_of(signals: Signals) -> Floor:
    """The weakest contract that satisfies every signal present.

    Danger and roles come first. A public request is taken at its word unless it is about
    the caller's own records ("update my public profile" still needs its owner), or names a
    role or someone else's account ("list a user's oauth accounts"): then the stronger
    reading wins, and ``decide`` asks which was meant rather than generate either silently.
    """
    if signals.danger or TOP_ROLE in signals.roles:
        # "bulk-import tokens": dangerous, and many at once in so many words
        return Floor(Level.sensitive, bulk=says_many(signals.bulk))
    if signals.roles:
        return Floor(Level.admin, bulk=bool(signals.bulk))
    if signals.public and signals.scope is None:
        return Floor(Level.public, exact=True)
    if signals.scope == "others":
        return Floor(Level.admin, bulk=bool(signals.bulk))
    if signals.bulk:
        return Floor(Level.admin, bulk=True)
    if signals.scope == "own":
        return Floor(Level.owner)
    return Floor(Level.signed_in)
