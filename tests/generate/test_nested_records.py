"""A record named after "to", "from", "on", "of" or "in" is the parent of the one acted on.

"add an item to my cart" was ``POST /items`` and "list comments on a post" ``GET
/comments``: the cart and the post were dropped. Now they are ``POST /carts/{cart_id}/items``
and ``GET /posts/{post_id}/comments``, and the list keeps to the post's comments. Words that
name no one record ("from the system", "to every user", "to another account") are not read
as a parent. Through the demo app: alice's comments on two posts, listed per post.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from scaffold.catalog import load_catalog
from scaffold.generate._derive import derive_spec
from scaffold.matching import match
from tests.generate.helpers import replay

CATALOG = load_catalog(None, include_user=False)


@pytest.mark.parametrize(
    ("description", "method", "path"),
    [
        ("add an item to my cart", "POST", "/carts/{cart_id}/items"),
        ("remove an item from my cart", "DELETE", "/carts/{cart_id}/items/{item_id}"),
        ("list comments on a post", "GET", "/posts/{post_id}/comments"),
        ("delete a comment on my post", "DELETE", "/posts/{post_id}/comments/{comment_id}"),
        (
            "Drop a database from the server.",
            "DELETE",
            "/servers/{server_id}/databases/{database_id}",
        ),
        ("update the title of a post", "PATCH", "/posts/{post_id}/title"),  # a field of it
        ("Remove the current user from the system.", "DELETE", "/users/{user_id}"),
        ("send a notification to every user in a segment", "POST", "/notifications"),
        ("transfer money to another account", "POST", "/moneys/{money_id}/transfer"),
    ],
)
def test_the_record_after_a_preposition_is_the_parent(
    description: str, method: str, path: str
) -> None:
    spec = derive_spec(description, match(description, CATALOG)[0].spec, "fn")
    assert (spec.method, spec.path) == (method, path)


CALLS = """
import json
from fastapi.testclient import TestClient
from app.main import app

client = TestClient(app)
alice = {"Authorization": "Bearer alice-token"}
made = {}
for post in ("p1", "p1", "p2"):
    response = client.post(f"/posts/{post}/comments", json={"name": "hi"}, headers=alice)
    assert response.status_code == 201, response.text
    made.setdefault(post, []).append(response.json()["comment_id"])
listed = {
    post: sorted(client.get(f"/posts/{post}/comments", headers=alice).json()["comment_ids"])
    for post in ("p1", "p2", "p3")
}
print(json.dumps({"made": {k: sorted(v) for k, v in made.items()}, "listed": listed}))
"""


def test_through_the_real_app_a_list_on_a_post_keeps_to_its_comments(tmp_path: Path) -> None:
    functions = [
        ("create a comment on a post", "fallback:create"),
        ("list my comments on a post", "fallback:read"),
    ]
    out = replay(tmp_path, [], functions, CALLS)
    assert out["listed"] == {"p1": out["made"]["p1"], "p2": out["made"]["p2"], "p3": []}
