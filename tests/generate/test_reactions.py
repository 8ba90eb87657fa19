"""An act on someone else's record creates the caller's own record: "like a post".

It was planned as an action on the post, ``POST /posts/{post_id}/like``, whose contract
checked that the post was the caller's: only a post's author could like it, and the service
wrote the like onto the post, someone else's record. Now the like is the caller's own record,
``POST /posts/{post_id}/likes``, naming the post; the post is not touched. Through the real
demo app with the signed-in contract the words pick: bob likes alice's post, the like is
bob's, liking it again returns the same like, anonymous callers are refused; a reply carries
its text.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from scaffold.catalog import load_catalog
from scaffold.cli import main
from scaffold.generate._derive import derive_spec
from scaffold.generate._spec import FunctionSpec
from scaffold.matching import match
from tests.generate.helpers import flat_project, replay

CATALOG = load_catalog(None, include_user=False)


def _spec(description: str) -> FunctionSpec:
    """The specification with the template the words pick (the signed-in create)."""
    return derive_spec(description, match(description, CATALOG)[0].spec, "fn")


@pytest.mark.parametrize(
    ("description", "path", "inputs", "outputs"),
    [
        ("like a post", "/posts/{post_id}/likes", ["post_id"], ["like_id", "post_id"]),
        ("vote on a poll", "/polls/{poll_id}/votes", ["poll_id"], ["vote_id", "poll_id"]),
        ("join a team", "/teams/{team_id}/memberships", ["team_id"], ["membership_id", "team_id"]),
        (
            "reply to a comment",
            "/comments/{comment_id}/replies",
            ["comment_id", "text"],
            ["reply_id", "comment_id", "text"],
        ),
    ],
)
def test_an_act_on_a_record_creates_the_callers_own_record_about_it(
    description: str, path: str, inputs: list[str], outputs: list[str]
) -> None:
    spec = _spec(description)
    assert (spec.method, spec.path, spec.operation, spec.status) == ("POST", path, "create", 201)
    assert (list(spec.inputs), list(spec.outputs)) == (inputs, outputs)


def test_a_like_is_made_once_per_caller_and_post_a_reply_as_often_as_asked() -> None:
    assert _spec("like a post").once_per == "post_id"
    assert _spec("vote on a poll").once_per == "poll_id"
    assert _spec("reply to a comment").once_per is None
    assert _spec("create a post").once_per is None


def test_undoing_one_deletes_the_callers_own_and_a_target_may_take_two_words() -> None:
    undo = _spec("unlike a post")
    assert (undo.method, undo.path, undo.operation) == (
        "DELETE",
        "/posts/{post_id}/likes",
        "delete",
    )
    assert _spec("Stop following this dataset.").operation == "action"  # not a new follow
    assert _spec("like a blog post").path == "/blog-posts/{blog_post_id}/likes"
    assert _spec("like a single post").operation == "action"  # "single" qualifies: no record


CALLS = """
import json
from fastapi.testclient import TestClient
from app.main import app
from app.services.stores import like_store, post_store, reply_store

post_store.store.save("p1", {"post_id": "p1", "owner_id": "alice", "title": "hello"})
client = TestClient(app)
alice = {"Authorization": "Bearer alice-token"}
bob = {"Authorization": "Bearer bob-token"}
seen = {}
liked = client.post("/posts/p1/likes", headers=bob)
seen["bob likes"] = [liked.status_code, liked.json()["post_id"]]
seen["like's owner"] = like_store.store.get(liked.json()["like_id"])["owner_id"]
seen["post after"] = post_store.store.get("p1")
seen["anonymous"] = client.post("/posts/p1/likes").status_code
replied = client.post("/comments/c1/replies", json={"text": "thanks"}, headers=alice)
seen["reply"] = [replied.status_code, replied.json()["text"]]
empty = client.post("/comments/c1/replies", json={"text": ""}, headers=alice)
seen["empty reply"] = empty.status_code
again = client.post("/posts/p1/likes", headers=bob)
seen["bob likes again"] = again.json()["like_id"] == liked.json()["like_id"]
assert client.post("/posts/p2/likes", headers=bob).status_code == 201
assert client.post("/posts/p1/likes", headers=alice).status_code == 201
unliked = client.delete("/posts/p1/likes", headers=bob)
seen["bob unlikes p1"] = [unliked.status_code, unliked.json()["deleted"]]
left = [like_store.store.get(key) for key in like_store.store.keys({})]
seen["likes left"] = sorted((record["owner_id"], record["post_id"]) for record in left)
print(json.dumps(seen))
"""


def test_through_the_real_app_anyone_signed_in_likes_a_post_and_the_like_is_theirs(
    tmp_path: Path,
) -> None:
    functions = [
        ("create a post", "fallback:create"),
        ("like a post", "fallback:create"),
        ("reply to a comment", "fallback:create"),
        ("unlike a post", "fallback:delete"),
    ]
    seen = replay(tmp_path, [("bob", "user")], functions, CALLS)
    assert seen["bob likes"] == [201, "p1"]
    assert seen["like's owner"] == "bob"
    assert seen["post after"] == {"post_id": "p1", "owner_id": "alice", "title": "hello"}
    assert seen["anonymous"] == 401
    assert seen["reply"] == [201, "thanks"]
    assert seen["empty reply"] == 422
    # a like is made once: bob's second like of p1 is his first, so there is one to remove;
    # his like of p2 and alice's stay
    assert seen["bob likes again"] is True
    assert seen["bob unlikes p1"] == [200, 1]
    assert seen["likes left"] == [["alice", "p1"], ["bob", "p2"]]


def test_made_once_is_recorded_and_read_back_by_scaffold_update(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = flat_project(tmp_path / "demo")
    assert main(["new", "function", "like a post", "--into", str(root), "--yes"]) == 0
    capsys.readouterr()
    manifest = json.loads((root / ".scaffold" / "generated.json").read_text(encoding="utf-8"))
    recorded = manifest["functions"]["like_post"]["spec"]
    assert FunctionSpec.from_json(recorded, "like_post").once_per == "post_id"
    assert main(["update", "--into", str(root), "--dry-run"]) == 0, capsys.readouterr().err
