"""English plural forms of the nouns that name records: ``invoices`` is many ``invoice``.

Shared by the generator (names, paths and parameters made from a description) and the
analyzer (a route's path read back into words); a module of its own so that neither loads the
other.
"""

from __future__ import annotations

__all__ = ["is_plural", "plural", "singular"]

_UNCOUNTABLE = frozenset(
    ["mfa", "data", "info", "information", "metadata", "feedback", "media", "staff"]
)


def singular(word: str) -> str:
    """``invoices`` -> ``invoice``, ``policies`` -> ``policy``; other words unchanged."""
    if word in _UNCOUNTABLE or not word.endswith("s") or word.endswith(("ss", "us", "is")):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ses", "xes", "zes", "ches", "shes")):
        return word[:-2]
    return word[:-1]


def plural(word: str) -> str:
    """``invoice`` -> ``invoices``, ``policy`` -> ``policies``, ``box`` -> ``boxes``."""
    if word in _UNCOUNTABLE:
        return word
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and len(word) > 1 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def is_plural(word: str) -> bool:
    """Whether ``word`` is a plural this module would make singular."""
    return singular(word) != word
