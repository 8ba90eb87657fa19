"""A signed-in caller's act on someone else's record creates the caller's own record.

"like a post" was planned as an action on the post, ``POST /posts/{post_id}/like``: the
contract checked that the post was the caller's own (so only an author could like their own
posts) and the service wrote the act onto the post, someone else's record. A like, a vote, a
reply, a subscription, a follow or a membership belongs to whoever makes it: the function
creates it, ``POST /posts/{post_id}/likes``, owned by the caller and naming the record it is
about, and touches nothing of that record. A like or a vote is made once: the caller's
second like of a post returns the first (``FunctionSpec.once_per``), so a count of likes or
votes cannot be stuffed by calling again; replies and forks are made as often as asked.
Undoing one ("unlike a post") deletes the caller's own likes of that post, ``DELETE
/posts/{post_id}/likes``: a purge of the caller's records that name the post, as any
filtered delete of the caller's records is.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

__all__ = ["Reaction", "reaction_of", "undone_by"]


@dataclass(frozen=True, slots=True)
class Reaction:
    """What the act creates (``likes``), the text it carries, if any (a reply's), and whether
    a caller makes it once per record (a like, a vote: a repeat is the same like, never a
    second vote), or as often as they like (a reply, a fork)."""

    records: str
    text: Mapping[str, Any] | None = None
    once: bool = True


_REPLY_TEXT = {"type": "str", "min_length": 1, "max_length": 5000, "multiline": True}
_REACTIONS: dict[str, Reaction] = {
    "like": Reaction("likes"),
    "vote": Reaction("votes"),
    "reply": Reaction("replies", _REPLY_TEXT, once=False),
    "follow": Reaction("follows"),
    "subscribe": Reaction("subscriptions"),
    "join": Reaction("memberships"),
    "favorite": Reaction("favorites"),
    "favourite": Reaction("favourites"),
    "boost": Reaction("boosts"),
    "repost": Reaction("reposts"),
    "fork": Reaction("forks", once=False),
}


# Undoing an act: the records it removes.
_UNDONE: dict[str, Reaction] = {
    "unlike": _REACTIONS["like"],
    "unfollow": _REACTIONS["follow"],
    "unsubscribe": _REACTIONS["subscribe"],
}


def reaction_of(verb: str | None, parent: str | None) -> Reaction | None:
    """The record ``verb`` creates on its target, when the description names the target
    alone ("like a post"; not "like a user's post", whose path already nests)."""
    if verb is None or parent is not None:
        return None
    return _REACTIONS.get(verb)


def undone_by(verb: str | None, parent: str | None) -> Reaction | None:
    """The records ``verb`` removes from its target ("unlike a post": the caller's likes)."""
    if verb is None or parent is not None:
        return None
    return _UNDONE.get(verb)
