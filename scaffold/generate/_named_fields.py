"""A field named as what a function changes or reads: "change my email", "update product price".

"change my email" names a detail of the caller's account, not a collection of e-mails: the
function changes the ``email`` of the account's profile record, ``PATCH
/users/{user_id}/email``, in the store the profile functions share, with an input field
typed for it. Read as a resource, it was ``PATCH /emails/{email_id}`` with a name and a
description, a store nobody fills, and a function that answered 404 to every call.

A function that would take or give a password or another secret is refused: a generated
store keeps what it is given in the clear, and checking and hashing them is the identity
provider's work (or a maintained library's: argon2-cffi, passlib). An action on one ("reset
my password") holds no secret and is planned on the account (``POST
/users/{user_id}/password/reset``).

A record's field works the same way: "update product price" changes the ``price`` of a
product, ``PATCH /products/{product_id}/price`` with a decimal above zero (it was ``PATCH
/product-prices/{product_price_id}`` with a name and a description), and "get order details"
reads the order, ``GET /orders/{order_id}`` (it was a list of ``order-details``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

__all__ = [
    "NamedField",
    "account_field",
    "field_named",
    "record_field",
    "secret_named",
    "without_details",
]

# A parent that is the account itself: "update my account email", "a user's email".
_ACCOUNT_PARENTS = frozenset({"user", "account", "profile", "member"})
_QUALIFIERS = frozenset({"account", "user", "profile"})
_SECRETS = frozenset({"password", "passphrase", "passcode", "pin", "pincode"})


@dataclass(frozen=True, slots=True)
class NamedField:
    """The route segment's words, the field's name and its input specification."""

    words: tuple[str, ...]
    name: str
    spec: Mapping[str, Any]


def _field(name: str, **spec: Any) -> NamedField:
    return NamedField(tuple(name.split("_")), name, spec)


_EMAIL = _field("email", type="email", max_length=254)
_USERNAME = _field("username", type="str", min_length=1, max_length=64)
_DISPLAY_NAME = _field("display_name", type="str", min_length=1, max_length=100)
_PHONE = _field("phone_number", type="str", min_length=3, max_length=32)
_TIMEZONE = _field("timezone", type="str", min_length=1, max_length=64)
_LANGUAGE = _field("language", type="str", min_length=2, max_length=35)
_AVATAR = _field("avatar_url", type="str", min_length=1, max_length=2048)
_FIELDS: dict[tuple[str, ...], NamedField] = {
    ("email",): _EMAIL,
    ("email", "address"): _EMAIL,
    ("username",): _USERNAME,
    ("user", "name"): _USERNAME,
    ("handle",): _USERNAME,
    ("display", "name"): _DISPLAY_NAME,
    ("nickname",): _field("nickname", type="str", min_length=1, max_length=64),
    ("phone",): _PHONE,
    ("phone", "number"): _PHONE,
    ("mobile", "number"): _PHONE,
    ("bio",): _field("bio", type="str", max_length=500, multiline=True),
    ("timezone",): _TIMEZONE,
    ("time", "zone"): _TIMEZONE,
    ("language",): _LANGUAGE,
    ("avatar",): _AVATAR,
    ("avatar", "url"): _AVATAR,
    ("profile", "picture"): _AVATAR,
}


def _bare(words: Sequence[str]) -> tuple[str, ...]:
    """The words without a leading "account"/"user" that only says whose it is."""
    bare = tuple(words)
    while len(bare) > 1 and bare[0] in _QUALIFIERS and bare[1:] != ("name",):
        bare = bare[1:]
    return bare


def account_field(words: Sequence[str], parent: str | None) -> NamedField | None:
    """The account field ``words`` name ("email address", "display name"), when the parent
    is the account itself or there is none; else None."""
    if parent is not None and parent not in _ACCOUNT_PARENTS:
        return None
    return _FIELDS.get(tuple(words)) or _FIELDS.get(_bare(words))


def secret_named(words: Sequence[str], parent: str | None) -> str | None:
    """The secret the words name as the whole resource ("my password", "a user's PIN"), not
    as a qualifier ("a password reset email")."""
    if parent is not None and parent not in _ACCOUNT_PARENTS:
        return None
    bare = _bare(words)
    return bare[0] if len(bare) == 1 and bare[0] in _SECRETS else None


_PRICE = _field("price", type="decimal", gt=0)
_QUANTITY = _field("quantity", type="int", min_value=0, max_value=1_000_000)
_STATUS = _field("status", type="str", min_length=1, max_length=32)
_NOTES = _field("notes", type="str", max_length=2000, multiline=True)
_DUE = _field("due_date", type="date")
# The last words of "update product price", "set task due date": a field of the record the
# words before them name.
_RECORD_FIELDS: dict[tuple[str, ...], NamedField] = {
    ("price",): _PRICE,
    ("amount",): _field("amount", type="decimal", gt=0),
    ("balance",): _field("balance", type="decimal"),
    ("discount",): _field("discount", type="decimal", min_value=0),
    ("quantity",): _QUANTITY,
    ("stock",): _field("stock", type="int", min_value=0, max_value=1_000_000_000),
    ("status",): _STATUS,
    ("title",): _field("title", type="str", min_length=1, max_length=200),
    ("description",): _field("description", type="str", max_length=1000, multiline=True),
    ("notes",): _NOTES,
    ("note",): _NOTES,
    ("due", "date"): _DUE,
    ("deadline",): _field("deadline", type="date"),
    ("priority",): _field("priority", type="str", min_length=1, max_length=16),
    ("currency",): _field("currency", type="str", min_length=3, max_length=3),
    ("color",): _field("color", type="str", min_length=1, max_length=32),
}
# Words after a record that ask for the record itself: "get order details".
_DETAILS = frozenset({"details", "detail", "info", "information"})


def record_field(words: Sequence[str]) -> tuple[tuple[str, ...], NamedField] | None:
    """The record's words and the field the last words name ("product", "price"), when
    words are left for the record; else None."""
    for size in (2, 1):
        if len(words) > size and (field := _RECORD_FIELDS.get(tuple(words[-size:]))):
            return tuple(words[:-size]), field
    return None


def field_named(words: Sequence[str]) -> NamedField | None:
    """The record field the words are, alone ("title" in "the title of a post")."""
    return _RECORD_FIELDS.get(tuple(words))


def without_details(words: Sequence[str]) -> tuple[str, ...]:
    """ "order details" as "order": the words that ask for the record itself dropped."""
    if len(words) > 1 and words[-1] in _DETAILS:
        return tuple(words[:-1])
    return tuple(words)
