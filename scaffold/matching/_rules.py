"""The phrase rules signals are written in, and how they are found in a description's words.

A rule is a phrase over word stems, read after typo correction, so "administrators", "admin"
and "admni" all meet the rule word "admin":

* ``a|b`` is either word; ``@update`` is any word of that concept (edit, modify, ...);
  ``=word`` is that exact word, not its stem;
* words side by side must be adjacent; ``~`` between two allows up to three words between
  ("rotate ~ secret" finds "rotate a client secret"), ``~~`` up to six ("set ~~ to admin"
  finds "set an existing guest user to admin").

Kept apart from the rules themselves (``_signals``, ``_objects``) so every family of rules is
plain data read by one engine.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from scaffold.matching._text import concept_of, is_concept, stem, word_concept

__all__ = [
    "NEGATIONS",
    "Rule",
    "compile_rule",
    "find_rule",
    "masked",
    "rule_matches",
    "rule_words",
    "word_keys",
]

GAPS = {"~": 3, "~~": 6}  # words allowed between the parts of a "~" or "~~" rule
NEGATIONS = frozenset({"no", "not", "without"})  # "no login required" is still public

Rule = tuple[tuple[frozenset[str], int], ...]  # (stems or @concepts, words allowed before)


def _option(word: str) -> str:
    """``@concept`` and ``=word`` (this exact word) as written; any other word as its stem."""
    if word.startswith("@"):
        return word
    return word[1:] if word.startswith("=") else stem(word)


@cache
def compile_rule(text: str) -> Rule:
    parts: list[tuple[frozenset[str], int]] = []
    gap = 0
    for piece in text.split():
        if piece in GAPS:
            gap = GAPS[piece]
            continue
        options = frozenset(_option(o) for o in piece.split("|"))
        parts.append((options, gap))
        gap = 0
    return tuple(parts)


def find_rule(rule: Rule, keys: Sequence[frozenset[str]]) -> tuple[int, int] | None:
    """(start, end) of the first place ``rule`` matches the words' keys, else None."""
    first, _ = rule[0]
    for start, key in enumerate(keys):
        if not key & first:
            continue
        end = _extend(rule, keys, 1, start + 1)
        if end is not None:
            return start, end
    return None


def _extend(rule: Rule, keys: Sequence[frozenset[str]], part: int, at: int) -> int | None:
    if part == len(rule):
        return at
    options, gap = rule[part]
    for position in range(at, min(len(keys), at + 1 + gap)):
        if keys[position] & options:
            end = _extend(rule, keys, part + 1, position + 1)
            if end is not None:
                return end
    return None


def rule_matches(
    rules: Sequence[str],
    words: Sequence[str],
    keys: Sequence[frozenset[str]],
    not_after: frozenset[str] = frozenset(),
) -> list[str]:
    """The words each rule found, skipping a match right after one of ``not_after``."""
    found: list[str] = []
    for text in rules:
        span = find_rule(compile_rule(text), keys)
        if span is not None and span[0] and words[span[0] - 1] in not_after:
            span = None
        if span is not None:
            phrase = " ".join(words[span[0] : span[1]])
            if phrase not in found:
                found.append(phrase)
    return found


def masked(
    words: Sequence[str], keys: Sequence[frozenset[str]], rules: Sequence[str]
) -> list[frozenset[str]]:
    """``keys`` with every word a rule finds blanked, wherever it occurs, unless negated
    ("no login required" is still public)."""
    masked = list(keys)
    for text in rules:
        rule = compile_rule(text)
        start = 0
        while start < len(masked):
            span = find_rule(rule, masked[start:])
            if span is None:
                break
            begin, end = start + span[0], start + span[1]
            if not (begin and words[begin - 1] in NEGATIONS):
                masked[begin:end] = [frozenset()] * (end - begin)
            start = end
    return masked


def word_keys(words: Sequence[str]) -> list[frozenset[str]]:
    """Each word as the keys a rule may name: its stem and its concept (``@update``)."""
    keys: list[frozenset[str]] = []
    for word in words:
        concept = word_concept(word)
        key = {stem(word), word}
        if concept is not None and is_concept(concept):
            key.add("@" + concept_of(concept))
        keys.append(frozenset(key))
    return keys


def rule_words(rules: Sequence[str]) -> set[str]:
    return {
        option.lstrip("=")
        for rule in rules
        for piece in rule.split()
        for option in piece.split("|")
        if option not in GAPS and not option.startswith("@")
    }
