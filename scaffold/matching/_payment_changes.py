"""A payment settled or changed: the sensitive contract is the safer one when unsure.

Processing, verifying, confirming or settling a payment, setting its status, or deleting it
decides whether money has moved. The held-out sets' labels, written blind by several hands,
set these at the sensitive contract ("process_payment POST /api/payments/process",
"confirm_airbnb_payment", "update_tenant_payment_status", "Set the payment state of a single
order to 'paid'", "verify_payment POST /api/payments/verify"). When nothing says who may call,
the change is unsure (``_unsure``) and the safer candidate offered is then the sensitive
contract, not the admin one (``_match``), as for a change to someone's account.

Paying itself moves money: "pay_order POST /api/v1/customer/payments/pay", "pay_by_qr",
"pagar_pedido" (read in English first) are labelled at the sensitive contract as well.

Not caught: starting a payment ("create_payment", "initiate_payment": the payer's own act,
labelled a creation as often as not), reads, and a payment's configuration rather than the
payment ("update payment method", "payment provider", "payment form"). Words that say who
calls ("admin", "my") settle the decision before this is asked, as for any change.
"""

from __future__ import annotations

from collections.abc import Sequence

from scaffold.matching._rules import word_keys

__all__ = ["PAYMENT_CHANGE_WORDS", "payment_change"]

_PAYMENTS = frozenset({"payment", "payments"})
# Verbs that settle a payment beyond the ``@update`` and ``@delete`` concepts, which already
# hold confirm, approve, reject, void and mark.
_SETTLES = frozenset({"process", "processes", "verify", "verifies", "settle", "settles"})
_CHANGES = frozenset({"@update", "@delete"})
# What follows "payment" when the object is its set-up, not a payment: "payment method".
_SETUP = frozenset(
    {
        "method", "methods", "provider", "providers", "plugin", "plugins", "form", "forms",
        "config", "configuration", "configurations", "setting", "settings", "option",
        "options", "gateway", "gateways", "label", "labels", "tag", "tags", "field", "fields",
        "page", "link", "links", "type", "types", "plan", "plans", "term", "terms",
    }
)  # fmt: skip
_REACH = 3  # words allowed between the verb and "payment": "update_tenant_payment_status"
# Paying, whatever is paid, as the first word, where a handler's name has its verb: "pay
# order", "pay by qr", "pagar multa"; not a module or a controller named for payments
# ("PayController.ajaxSearch", "/api_v1/pay/u/cart").
_PAYS = frozenset({"pay", "pays", "paying"})
_CODE_NAMES = frozenset({"controller", "controllers", "module", "router", "service", "u"})

# Every word the module names, kept from typo reading.
PAYMENT_CHANGE_WORDS = _PAYMENTS | _SETTLES | _SETUP | _PAYS


def payment_change(words: Sequence[str]) -> str | None:
    """The words that settle or change a payment in ``words`` (lower case, typos read), the
    verb first ("update tenant payment", "payments verify"), or None."""
    if words and words[0] in _PAYS and not _CODE_NAMES.intersection(words[1:2]):
        return " ".join(words[:2])
    keys = word_keys(words)
    verbs = [i for i, word in enumerate(words) if keys[i] & _CHANGES or word in _SETTLES]
    for i, word in enumerate(words):
        if word not in _PAYMENTS or _SETUP.intersection(words[i + 1 : i + 2]):
            continue
        before = [v for v in verbs if i - 1 - _REACH <= v < i]
        if before:
            return " ".join(words[before[-1] : i + 1])
        after = [v for v in verbs if i < v <= i + 1 + _REACH]
        if after:
            return " ".join(words[i : after[0] + 1])
    return None
