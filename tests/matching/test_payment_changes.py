"""A payment settled or changed, with nothing saying who may do it: the safer contract offered
is the sensitive one, not the admin one.

Through the CLI's edge with the real matcher and the built-in catalog, and through the reader
on its own for the words it takes and leaves.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from scaffold.catalog import Catalog
from scaffold.cli import main
from scaffold.matching._payment_changes import payment_change
from scaffold.matching._text import split_words
from tests.generate.helpers import flat_project
from tests.matching.helpers import generated_with_yes


def run(*args: str) -> tuple[int, str, str]:
    with CliRunner().isolation() as (out, err, _):
        code = main(list(args))
        return code, out.getvalue().decode(), err.getvalue().decode()


@pytest.mark.parametrize(
    ("description", "phrase"),
    [
        ("process_payment POST /api/payments/process", "process payment"),
        (
            "confirm_airbnb_payment POST /api/v1/bookings/{id}/confirm-payment",
            "confirm airbnb payment",
        ),
        ("update_tenant_payment_status PATCH /api/v1/tenants/{id}/status", "update tenant payment"),
        ("Set the payment state of a single order to 'paid'.", "set the payment"),
        ("delete_payment DELETE /payment/{payment_id}", "delete payment"),
        ("payments verify", "payments verify"),
        # paying, whatever is paid, as a handler's name says it first
        ("pay_order POST /api/v1/customer/payments/pay", "pay order"),
        ("pay_by_qr POST /api/cards/qr/pay", "pay by"),
    ],
)
def test_a_payment_settled_or_changed_is_found(description: str, phrase: str) -> None:
    assert payment_change(split_words(description)) == phrase


@pytest.mark.parametrize(
    "description",
    [
        "create_payment POST /payments/",  # starting a payment: the payer's own act
        "initiate_payment POST /payments/initiate",
        "get_payment GET /payments/{payment_id}",  # a read
        "update payment method",  # the payment's set-up, not a payment
        "delete_payment_provider DELETE /payment-providers/{id}",
        "update the order status",  # no payment
        # "pay" naming a module or a controller, or not first: no one pays here
        "PayController.ajaxSearch GET /pay/ajaxTeamSearch.do",
        "create_cart POST /api_v1/pay/u/cart",
        "Compute the sum each one have to pay to each other and display it",
    ],
)
def test_starting_reading_or_setting_up_payments_is_not_caught(description: str) -> None:
    assert payment_change(split_words(description)) is None


def test_with_nothing_saying_who_yes_takes_the_sensitive_contract(tmp_path: Path) -> None:
    description = "verify_payment POST /api/payments/verify"
    root = flat_project(tmp_path / "demo")
    code, out, err = run("new", "function", description, "--into", str(root), "--yes", "--dry-run")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[:2] == ["signals: none", "template: fallback:sensitive (score 0.45)"]
    assert "it settles or changes a payment ('verify payment')" in lines[2]
    assert "took the safer contract, fallback:sensitive (sensitive)" in lines[2]
    code, out, err = run("match", description, "--format", "json", "--limit", "2")
    assert code == 0, err
    unsure = json.loads(out)["unsure"]
    assert (unsure["weaker"], unsure["safer"]) == ("fallback:create", "fallback:sensitive")


@pytest.mark.parametrize(
    "description",
    ["pay_order POST /api/v1/customer/payments/pay", "pagar_pedido POST /pedidos/pagar"],
)
def test_paying_with_nothing_saying_who_takes_the_sensitive_contract(
    catalog: Catalog, description: str
) -> None:
    # before: the safer admin contract; "pagar" is read in English first
    assert generated_with_yes(description, catalog).match.template == "fallback:sensitive"


@pytest.mark.parametrize(
    ("description", "template"),
    [
        # who may call is said: the words decide, as for any change
        ("staff confirm a payment", "fallback:admin"),
        ("cancel my payment", "fallback:update"),
        # starting a payment, with nothing saying who: the safer admin contract, as before
        ("create_payment POST /payments/", "fallback:admin"),
    ],
)
# the rule's own offer; the learned reading may offer a stronger one on top ("staff confirm a
# payment": sensitive since it was trained on the two-hundred-sixth set)
@pytest.mark.usefixtures("rules_alone")
def test_words_saying_who_and_payments_started_keep_their_contract(
    catalog: Catalog, description: str, template: str
) -> None:
    assert generated_with_yes(description, catalog).match.template == template
