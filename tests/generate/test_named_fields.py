"""A field named in the description is a field, not a collection: "change my email",
"update product price"; "get order details" reads the order.

"change my email" was planned as ``PATCH /emails/{email_id}`` with a name and a description,
on a store nobody fills: a function that answered 404 to every call and never changed an
address. Now it changes the ``email`` of the caller's profile record, ``PATCH
/users/{user_id}/email``, with an e-mail field; "update product price" changes the
product's ``price``, ``PATCH /products/{product_id}/price``, a decimal above zero (it was
``/product-prices/...`` with a name). Through the real demo app: alice changes her own
address and her own product's price (read back), bob can change or read neither, malformed
values are refused. Secrets are refused: a generated store would keep a password in the
clear.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from scaffold.catalog import load_catalog
from scaffold.cli import main
from scaffold.generate._derive import DescriptionError, derive_spec
from scaffold.generate._spec import FunctionSpec
from tests.generate.helpers import demo_with_users, run_in_project

CATALOG = load_catalog(None, include_user=False)


def _spec(description: str, template: str = "user_profile_update") -> FunctionSpec:
    return derive_spec(description, CATALOG.get(template), "fn")


@pytest.mark.parametrize(
    ("description", "method", "path", "field", "kind"),
    [
        ("change my email", "PATCH", "/users/{user_id}/email", "email", "email"),
        ("change my email address", "PATCH", "/users/{user_id}/email", "email", "email"),
        ("update my account email", "PATCH", "/users/{user_id}/email", "email", "email"),
        ("update my display name", "PATCH", "/users/{user_id}/display-name", "display_name", "str"),
        ("set my phone number", "PATCH", "/users/{user_id}/phone-number", "phone_number", "str"),
        ("change my profile picture", "PATCH", "/users/{user_id}/avatar-url", "avatar_url", "str"),
        ("update my time zone", "PATCH", "/users/{user_id}/timezone", "timezone", "str"),
    ],
)
def test_a_change_of_an_account_field_changes_that_field_of_the_callers_account(
    description: str, method: str, path: str, field: str, kind: str
) -> None:
    spec = _spec(description)
    assert (spec.method, spec.path, spec.operation) == (method, path, "update")
    assert list(spec.inputs) == ["user_id", field]
    assert spec.inputs[field].type == kind
    assert list(spec.outputs) == ["user_id", field]
    assert spec.ownership == "user"  # the path's user_id must be the caller's
    assert spec.item == "profile"  # the store the profile functions share


def test_a_read_of_an_account_field_reads_it_and_takes_no_body() -> None:
    spec = _spec("get my email", "secure_data_access")
    assert (spec.method, spec.path, spec.operation) == ("GET", "/users/{user_id}/email", "read")
    assert list(spec.inputs) == ["user_id"]
    assert list(spec.outputs) == ["user_id", "email"]


@pytest.mark.parametrize(
    "description", ["change my password", "set a new passphrase", "update a user's PIN"]
)
def test_a_function_taking_or_giving_a_secret_is_refused(description: str) -> None:
    with pytest.raises(DescriptionError, match="secrets are not generated"):
        _spec(description)


def test_an_action_on_a_secret_is_an_action_on_the_account() -> None:
    spec = _spec("reset my password")
    assert (spec.method, spec.path) == ("POST", "/users/{user_id}/password/reset")
    assert spec.ownership == "user"


@pytest.mark.parametrize(
    ("description", "path", "field", "kind"),
    [
        ("update product price", "/products/{product_id}/price", "price", "decimal"),
        ("change order status", "/orders/{order_id}/status", "status", "str"),
        ("set task due date", "/tasks/{task_id}/due-date", "due_date", "date"),
        ("update my order quantity", "/orders/{order_id}/quantity", "quantity", "int"),
        ("update blog post title", "/blog-posts/{blog_post_id}/title", "title", "str"),
    ],
)
def test_a_change_of_a_records_field_changes_that_field_of_the_record(
    description: str, path: str, field: str, kind: str
) -> None:
    spec = _spec(description)
    record = path.split("/")[1].removesuffix("s").replace("-", "_")
    assert (spec.method, spec.path, spec.operation) == ("PATCH", path, "update")
    assert list(spec.inputs) == [f"{record}_id", field]
    assert spec.inputs[field].type == kind
    assert spec.item == record  # the record's own store
    assert spec.resource == path.split("/")[1]  # kebab-case, as the manifest check wants
    pascal = "".join(part.capitalize() for part in record.split("_"))
    assert spec.input_model.startswith(pascal)  # ProductPriceUpdate, BlogPostTitleUpdate


def test_details_of_a_record_are_the_record_and_a_lone_field_is_not_read_as_one() -> None:
    assert _spec("get order details", "secure_data_access").path == "/orders/{order_id}"
    assert _spec("get order info", "secure_data_access").path == "/orders/{order_id}"
    assert _spec("get account balance", "secure_data_access").path == (
        "/accounts/{account_id}/balance"
    )
    assert _spec("update price").path == "/prices/{price_id}"  # no record named: as before
    assert _spec("update_cve_status").path == "/cves/{cve_id}/status"
    assert _spec("update single order status").path.startswith("/single-order-statuses")


def test_a_word_that_only_qualifies_is_not_an_account_field() -> None:
    assert _spec("send a password reset email", "public_api_endpoint").path == (
        "/password-reset-emails"
    )
    assert _spec("rename a project").path == "/projects/{project_id}"  # not a display name


CALLS = """
import json
from fastapi.testclient import TestClient
from app.main import app
from app.services.stores import profile_store

for user in ("alice", "bob"):
    profile_store.store.save(user, {"user_id": user, "email": f"{user}@example.com"})
client = TestClient(app)
alice = {"Authorization": "Bearer alice-token"}
bob = {"Authorization": "Bearer bob-token"}
seen = {}
changed = client.patch("/users/alice/email", json={"email": "new@example.com"}, headers=alice)
seen["alice changes hers"] = [changed.status_code, changed.json()]
seen["alice reads hers"] = client.get("/users/alice/email", headers=alice).json()
seen["bob changes alice's"] = client.patch(
    "/users/alice/email", json={"email": "bob@evil.example"}, headers=bob
).status_code
seen["bob reads alice's"] = client.get("/users/alice/email", headers=bob).status_code
seen["not an address"] = client.patch(
    "/users/alice/email", json={"email": "not-an-address"}, headers=alice
).status_code
seen["anonymous"] = client.patch("/users/alice/email", json={"email": "x@example.com"}).status_code
seen["alice after"] = profile_store.store.get("alice")["email"]
print(json.dumps(seen))
"""


PRICES = """
import json
from fastapi.testclient import TestClient
from app.main import app

client = TestClient(app)
alice = {"Authorization": "Bearer alice-token"}
bob = {"Authorization": "Bearer bob-token"}
made = client.post("/products", json={"name": "lamp"}, headers=alice)
assert made.status_code == 201, made.text
product = made.json()["product_id"]
seen = {}
priced = client.patch(f"/products/{product}/price", json={"price": "9.99"}, headers=alice)
seen["alice prices hers"] = [priced.status_code, priced.json()["price"]]
seen["alice reads it"] = client.get(f"/products/{product}/price", headers=alice).json()["price"]
seen["bob prices alice's"] = client.patch(
    f"/products/{product}/price", json={"price": "0.01"}, headers=bob
).status_code
seen["bob reads alice's"] = client.get(f"/products/{product}/price", headers=bob).status_code
seen["zero"] = client.patch(
    f"/products/{product}/price", json={"price": "0"}, headers=alice
).status_code
print(json.dumps(seen))
"""


def test_through_the_real_app_the_owner_prices_their_own_product_only(tmp_path: Path) -> None:
    root = demo_with_users(tmp_path, [("bob", "user")])
    for description in ("create my product", "update my product price", "get my product price"):
        assert main(["new", "function", description, "--into", str(root), "--yes"]) == 0
    result = run_in_project(root, "-c", PRICES)
    assert result.returncode == 0, result.stderr[-3000:]
    seen = json.loads(result.stdout)
    assert seen["alice prices hers"] == [200, "9.99"]
    assert seen["alice reads it"] == "9.99"
    assert seen["bob prices alice's"] in (403, 404)
    assert seen["bob reads alice's"] in (403, 404)
    assert seen["zero"] == 422


def test_through_the_real_app_the_caller_changes_their_own_address_only(tmp_path: Path) -> None:
    root = demo_with_users(tmp_path, [("bob", "user")])
    for description in ("change my email", "get my email"):
        assert main(["new", "function", description, "--into", str(root), "--yes"]) == 0
    result = run_in_project(root, "-c", CALLS)
    assert result.returncode == 0, result.stderr[-3000:]
    seen = json.loads(result.stdout)
    assert seen["alice changes hers"] == [200, {"user_id": "alice", "email": "new@example.com"}]
    assert seen["alice reads hers"] == {"user_id": "alice", "email": "new@example.com"}
    assert seen["bob changes alice's"] in (403, 404)
    assert seen["bob reads alice's"] in (403, 404)
    assert seen["not an address"] == 422
    assert seen["anonymous"] == 401
    assert seen["alice after"] == "new@example.com"


def test_a_password_change_is_refused_in_one_line_and_nothing_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = demo_with_users(tmp_path, [])
    before = sorted(root.rglob("*"))
    code = main(["new", "function", "change my password", "--into", str(root), "--yes"])
    assert code == 1
    err = capsys.readouterr().err
    assert "secrets are not generated" in err
    assert err.strip().splitlines()[-1].startswith("error:")
    assert sorted(root.rglob("*")) == before


def test_a_field_of_a_two_word_record_is_regenerated_from_its_manifest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The manifest records the resource as the route has it, ``blog-posts``: ``scaffold
    update`` reads it back (``blog_posts`` was refused as a resource scaffold never writes)."""
    root = demo_with_users(tmp_path, [])
    args = ["new", "function", "update my blog post title", "--into", str(root), "--yes"]
    assert main(args) == 0
    capsys.readouterr()
    assert main(["update", "--into", str(root), "--dry-run"]) == 0, capsys.readouterr().err
