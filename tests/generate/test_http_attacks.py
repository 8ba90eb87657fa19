"""A hostile client against the demo service's real app, served by uvicorn.

Every built-in template and the verb fallbacks are generated once into a copy of
``docs/examples/demo-service`` (a second user and a super administrator added to its demo
tokens), the app runs under uvicorn in production mode with a SQLite audit trail, and this
process attacks it over HTTP: auth bypass, mass assignment, bulk changes reaching other
users' records, rate-limit evasion, out-of-bounds, oversized and malformed input, control
and bidirectional-override characters in text, error leakage, method override, CORS,
redirects built from the Host header. uvicorn is told its proxy is another host, so
forwarded-address headers sent by this client are a spoof, as from any direct client.
Attacks already replayed elsewhere
(IDOR on single records in ``test_idor.py``, malformed anonymous bodies and long keys in
``test_openapi.py``) are not repeated here.
"""

from __future__ import annotations

import os
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from scaffold.cli import main
from tests.generate.helpers import demo_with_users
from tests.servers import free_port

FUNCTIONS = (
    ("update profile", ()),
    ("admin create user", ()),
    ("bulk update items", ()),
    ("public search", ("--template", "public_api_endpoint")),
    ("fetch my data record", ()),
    ("change user role (super admin)", ()),
    ("create my invoice", ()),
    ("read invoice", ()),
    ("update my invoice", ()),
    ("bulk delete my invoices", ()),  # before "delete my invoice": see the bulk test
    ("bulk create my orders", ()),
    ("delete my invoice", ()),
    ("list my invoices", ()),
)
ALICE = {"Authorization": "Bearer alice-token"}
BOB = {"Authorization": "Bearer bob-token"}
ADMIN = {"Authorization": "Bearer admin-token"}
BOSS = {"Authorization": "Bearer boss-token"}
DANA = {"Authorization": "Bearer dana-token"}  # a second admin, with a rate limit of her own
LEAKS = ("Traceback", 'File "', "site-packages", "/app/", ".py", "Error:", "sqlite", "SELECT")


def _demo(target: Path) -> Path:
    users = [("bob", "user"), ("boss", "super_admin"), ("carol", "user"), ("dana", "admin")]
    users += [(f"user{n}", "user") for n in range(12)]
    root = demo_with_users(target, users)
    for description, options in FUNCTIONS:
        code = main(["new", "function", description, "--into", str(root), "--yes", *options])
        assert code == 0, description
    return root


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[httpx.Client, Path]]:
    """The generated demo under uvicorn on a free loopback port; its audit database."""
    root = _demo(tmp_path_factory.mktemp("attacks"))
    audit = root / "audit.db"
    port = free_port()
    log = (root / "uvicorn.log").open("wb")
    server = subprocess.Popen(
        [
            sys.executable,
            *("-m", "uvicorn", "app.main:app", "--port", str(port), "--log-level", "warning"),
            *("--forwarded-allow-ips", "10.255.255.1"),  # the proxy is not this client
        ],
        cwd=root,
        stdout=log,
        stderr=subprocess.STDOUT,
        env={
            "PYTHONPATH": str(root),
            "PATH": os.environ.get("PATH", ""),
            "SCAFFOLD_ENV": "production",
            "SCAFFOLD_AUDIT_SINK": f"sqlite:///{audit}",
        },
    )
    try:
        deadline = time.monotonic() + 120  # a loaded machine imports FastAPI slowly
        while True:
            assert server.poll() is None, (root / "uvicorn.log").read_text()
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                    break
            except OSError:
                assert time.monotonic() < deadline, "uvicorn did not start"
                time.sleep(0.1)
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as client:
            yield client, audit
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()


def _no_leak(response: httpx.Response) -> None:
    assert response.status_code < 500, response.text
    for marker in LEAKS:
        assert marker not in response.text, (marker, response.text)


GUARDED = (
    ("PATCH", "/users/alice/profile", {"display_name": "A"}),
    ("POST", "/admin/users", {"email": "x@example.com", "display_name": "X"}),
    ("PATCH", "/items/bulk", {"name": "n", "items": ["a"]}),
    ("GET", "/data-records/alice", None),
    ("PUT", "/admin/users/bob/role", {"role": "admin", "reason": "a good reason"}),
    ("POST", "/invoices", {"name": "n"}),
    ("GET", "/invoices/some-id", None),
    ("PATCH", "/invoices/some-id", {"name": "n"}),
    ("DELETE", "/invoices/some-id", None),
    ("GET", "/invoices", None),
    ("DELETE", "/invoices/bulk?items=a", None),
)
NOT_SIGNED_IN = {
    "no token": {},
    "unknown token": {"Authorization": "Bearer not-a-token"},
    "basic scheme": {"Authorization": "Basic YWxpY2UtdG9rZW46"},
    "token scheme": {"Authorization": "Token alice-token"},
    "bare token": {"Authorization": "alice-token"},
    "token in a cookie": {"Cookie": "Authorization=Bearer alice-token"},
    "lookalike token": {"Authorization": "Bearer alice-token."},
}


def test_no_guarded_route_answers_without_a_valid_bearer_token(
    served: tuple[httpx.Client, Path],
) -> None:
    client, _ = served
    for method, path, body in GUARDED:
        for name, headers in NOT_SIGNED_IN.items():
            answer = client.request(method, path, json=body, headers=headers)
            assert answer.status_code == 401, (method, path, name, answer.text)
            assert answer.headers["WWW-Authenticate"] == "Bearer"
            _no_leak(answer)
        query = client.request(
            method, f"{path}{'&' if '?' in path else '?'}access_token=alice-token"
        )
        assert query.status_code == 401, (method, path)


def test_admin_routes_refuse_a_user_and_roles_cannot_be_claimed(
    served: tuple[httpx.Client, Path],
) -> None:
    client, _ = served
    claims = {"role": "admin", "roles": ["super_admin"], "is_admin": True}
    admin_routes = [row for row in GUARDED if "/admin/" in row[1] or "bulk" in row[1]]
    for method, path, body in admin_routes:
        answer = client.request(method, path, json=body, headers=ALICE)
        assert answer.status_code == 403, (method, path, answer.text)
        claimed = client.request(method, path, json={**(body or {}), **claims}, headers=ALICE)
        assert claimed.status_code == 403, (method, path, claimed.text)
    # An administrator is still not a super administrator, whatever the body says.
    role_change = {"role": "super_admin", "reason": "promote myself now"}
    promoted = client.put("/admin/users/root/role", json=role_change, headers=ADMIN)
    assert promoted.status_code == 400
    own = client.put("/admin/users/boss/role", json=role_change, headers=BOSS)
    assert own.status_code == 400  # not on oneself, even as super administrator
    _no_leak(own)


def test_owner_fields_in_the_body_are_refused_or_overridden(
    served: tuple[httpx.Client, Path],
) -> None:
    client, _ = served
    for extra in ({"owner_id": "bob"}, {"is_admin": True}, {"role": "admin"}):
        made = client.post("/invoices", json={"name": "n", **extra}, headers=ALICE)
        assert made.status_code == 422, extra
        profile = client.patch(
            "/users/alice/profile", json={"display_name": "A", **extra}, headers=ALICE
        )
        assert profile.status_code == 422, extra
        _no_leak(profile)
    # The path names the profile: a user_id in the body never moves the change elsewhere.
    moved = client.patch(
        "/users/bob/profile", json={"display_name": "A", "user_id": "alice"}, headers=ALICE
    )
    assert moved.status_code == 403


def test_a_bulk_change_never_reaches_another_users_record(
    served: tuple[httpx.Client, Path],
) -> None:
    client, _ = served
    made = client.post("/invoices", json={"name": "alice's"}, headers=ALICE)
    assert made.status_code == 201
    key = made.json()["invoice_id"]
    # "bulk delete my invoices": an admin's own records only, like "delete my invoice".
    assert client.delete(f"/invoices/{key}", headers=ADMIN).status_code == 403
    # Named twice, the repeat is reported too; neither reaches the record.
    bulk = client.delete("/invoices/bulk", params={"items": [key, key]}, headers=ADMIN)
    assert bulk.status_code == 200, bulk.text
    assert bulk.json() == {"deleted": 0}
    kept = client.get(f"/invoices/{key}", headers=ALICE)
    assert kept.status_code == 200, kept.text
    assert kept.json()["name"] == "alice's"


def test_a_bulk_create_answers_only_with_the_ids_it_created_for_the_caller(
    served: tuple[httpx.Client, Path],
) -> None:
    """ "bulk create my orders" naming another admin's order beside new ones: the answer lists
    the caller's, never the one it refused (it once answered the last id it was given)."""
    client, _ = served
    order = {"name": "order"}
    made = client.post("/orders/bulk", json={**order, "items": ["dana-1"]}, headers=DANA)
    assert made.status_code == 201, made.text
    mixed = client.post(
        "/orders/bulk", json={**order, "items": ["boss-1", "boss-2", "dana-1"]}, headers=BOSS
    )
    assert mixed.status_code == 201, mixed.text
    assert "dana-1" not in mixed.text
    assert mixed.json()["order_ids"] == ["boss-1", "boss-2"]
    assert made.json()["order_ids"] == ["dana-1"]
    refused = client.post("/orders/bulk", json={**order, "items": ["dana-1"]}, headers=BOSS)
    assert refused.status_code == 201, refused.text
    assert refused.json()["order_ids"] == []
    assert "dana-1" not in refused.text
    again = client.post("/orders/bulk", json={**order, "items": ["dana-1"]}, headers=DANA)
    assert again.json()["order_ids"] == ["dana-1"]  # still hers


def test_a_bulk_delete_removes_the_callers_records_and_only_those(
    served: tuple[httpx.Client, Path],
) -> None:
    """A bulk delete that answered "deleted" while the records stayed would be a lie."""
    client, _ = served
    keys = []
    for name in ("first", "second"):
        made = client.post("/invoices", json={"name": name}, headers=ADMIN)
        assert made.status_code == 201, made.text
        keys.append(made.json()["invoice_id"])
    theirs = client.post("/invoices", json={"name": "alice's"}, headers=ALICE).json()["invoice_id"]
    bulk = client.delete(
        "/invoices/bulk", params={"items": [*keys, theirs, "never-stored"]}, headers=ADMIN
    )
    assert bulk.status_code == 200, bulk.text
    assert bulk.json() == {"deleted": 2}
    for key in keys:
        assert client.get(f"/invoices/{key}", headers=ADMIN).status_code == 404
    assert client.get(f"/invoices/{theirs}", headers=ALICE).status_code == 200


def test_bulk_bounds_hold(served: tuple[httpx.Client, Path]) -> None:
    client, _ = served
    over = client.patch(
        "/items/bulk", json={"name": "n", "items": [str(i) for i in range(101)]}, headers=ADMIN
    )
    assert over.status_code == 422
    empty = client.patch("/items/bulk", json={"name": "n", "items": []}, headers=ADMIN)
    assert empty.status_code == 422
    long_id = client.patch("/items/bulk", json={"name": "n", "items": ["x" * 65]}, headers=ADMIN)
    assert long_id.status_code == 422
    assert "x" * 65 not in long_id.text
    _no_leak(long_id)


def test_input_at_and_past_its_bounds(served: tuple[httpx.Client, Path]) -> None:
    client, _ = served
    cases = [
        ({"display_name": "d" * 100, "bio": "b" * 500}, 404),  # valid; no profile stored
        ({"display_name": "d" * 101}, 422),
        ({"display_name": "d", "bio": "b" * 501}, 422),
        ({"display_name": ""}, 422),
        ({"display_name": 7}, 422),
        ({"display_name": ["d"]}, 422),
        ({"display_name": {"$ne": None}}, 422),
        ({"display_name": "d", "email": "not-an-email"}, 422),
        ({"display_name": "d", "email": "a@" + "b" * 300 + ".com"}, 422),
    ]
    raw_bodies = [
        b"[" * 100_000 + b"]" * 100_000,  # nested past the parser's recursion limit
        b'{"display_name": ' + b"9" * 5000 + b"}",  # past Python's integer-text limit
        b'{"display_name": "d"',  # cut short
        b"\xff\xfe not utf-8",
        b"[1, 2, 3]",
        b'"just a string"',
    ]
    # One user per request: the profile's rate limit (5 a minute) must not answer first.
    for user, (body, status) in enumerate(cases):
        answer = client.patch(
            f"/users/user{user}/profile", json=body, headers=_bearer(f"user{user}")
        )
        assert answer.status_code == status, (body, answer.text)
        _no_leak(answer)
    for raw in raw_bodies:
        answer = client.patch(
            "/users/user11/profile",
            content=raw,
            headers={**_bearer("user11"), "Content-Type": "application/json"},
        )
        assert 400 <= answer.status_code < 500, (raw[:40], answer.text)
        _no_leak(answer)
    for query, status in [
        ({"query": "q" * 200, "limit": "50"}, 200),
        ({"query": "q" * 201}, 422),
        ({"query": "q", "limit": "51"}, 422),
        ({"query": "q", "limit": "0"}, 422),
        ({"query": "q", "limit": "1e3"}, 422),
        ({"query": "q", "limit": "9" * 5000}, 422),
        ({"query": ""}, 422),
        ({"query": "q", "extra": "1"}, 422),
        ({}, 422),
    ]:
        answer = client.get("/public/search", params=query)
        assert answer.status_code == status, (query, answer.text)
        _no_leak(answer)


def _bearer(user: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {user}-token"}


REFUSED_TEXT = {
    "NUL (PostgreSQL text refuses it)": "inv\x00oice",
    "right-to-left override (Trojan Source)": "invoice-\u202efdp.exe",
    "right-to-left isolate": "a\u2067b",
    "terminal escape": "a\x1b[2Jb",
    "C1 control": "a\x9bb",
}
REFUSED_CHARACTERS = ("\x00", "\u202e", "\u2067", "\x1b", "\x9b")


def _refused(answer: httpx.Response, field: str) -> None:
    """A 422 naming the field, with none of the refused characters echoed, even escaped."""
    assert answer.status_code == 422, answer.text
    assert answer.json() == {"detail": f"Input validation failed: {field}."}
    for char in REFUSED_CHARACTERS:
        assert char not in answer.text
        assert f"\\u{ord(char):04x}" not in answer.text.lower()
    _no_leak(answer)


def test_control_and_bidi_characters_in_text_are_refused_and_never_stored(
    served: tuple[httpx.Client, Path],
) -> None:
    client, _ = served
    carol = _bearer("carol")

    def stored() -> int:
        answer = client.get("/invoices", headers=carol)
        assert answer.status_code == 200, answer.text
        return int(answer.json()["count"])

    assert stored() == 0
    for value in REFUSED_TEXT.values():
        _refused(client.post("/invoices", json={"name": value}, headers=carol), "name")
        answer = client.post("/invoices", json={"name": "n", "description": value}, headers=carol)
        _refused(answer, "description")
    _refused(client.post("/invoices", json={"name": "two\nlines"}, headers=carol), "name")
    surrogate = b'{"name": "a\\ud800b"}'  # a JSON escape no UTF-8 database can store
    headers = {**carol, "Content-Type": "application/json"}
    _refused(client.post("/invoices", content=surrogate, headers=headers), "name")
    assert stored() == 0
    # Right-to-left prose and a multi-line description are ordinary text.
    body = {"name": "\u05e9\u05dc\u05d5\u05dd", "description": "one\r\n\ttwo \u200f"}
    made = client.post("/invoices", json=body, headers=carol)
    assert made.status_code == 201, made.text
    kept = client.get(f"/invoices/{made.json()['invoice_id']}", headers=carol).json()
    assert (kept["name"], kept["description"]) == (body["name"], body["description"])
    assert stored() == 1
    # Path segments, query strings and the display name other users see.
    _refused(client.get("/invoices/a%00b", headers=carol), "path.invoice_id")
    _refused(client.get("/public/search", params={"query": "\u202eq"}), "query")
    answer = client.patch(
        "/users/carol/profile", json={"display_name": "\u202enimda"}, headers=carol
    )
    _refused(answer, "display_name")


def test_rate_limits_cannot_be_dodged_by_headers_or_path_spelling(
    served: tuple[httpx.Client, Path],
) -> None:
    client, _ = served
    spoofs = [
        {"X-Forwarded-For": f"203.0.113.{n}", "X-Real-IP": f"198.51.100.{n}"} for n in range(101)
    ]
    codes = [
        client.get("/public/search", params={"query": "q"}, headers=h).status_code for h in spoofs
    ]
    first = codes.index(429)  # the other tests spent some of the 100 a minute already
    assert set(codes[:first]) == {200}, codes
    assert set(codes[first:]) == {429}, codes
    answer = client.get("/public/search", params={"query": "q"}, headers=spoofs[0])
    assert answer.headers["Retry-After"].isdigit()
    # The profile limit (5 a minute, per user): spoofed addresses, other path spellings and
    # methods do not reset it; a spelling that does not route never reaches the function.
    bob_profile = "/users/bob/profile"
    codes = [
        client.patch(bob_profile, json={"display_name": "B"}, headers={**BOB, **spoof}).status_code
        for spoof in spoofs[:6]
    ]
    assert codes == [404] * 5 + [429]  # bob has no stored profile; the sixth call is over
    assert client.patch(bob_profile.upper(), json={}, headers=BOB).status_code == 404
    slash = client.patch(bob_profile + "/", json={"display_name": "B"}, headers=BOB)
    assert slash.status_code == 404  # not routed, and not redirected: see the Host test
    assert client.head(bob_profile, headers=BOB).status_code == 405
    assert client.patch(bob_profile, json={"display_name": "B"}, headers=BOB).status_code == 429


def test_oversized_bodies_and_host_built_redirects_are_refused(
    served: tuple[httpx.Client, Path],
) -> None:
    client, _ = served
    huge = b'{"name": "' + b"n" * (2 * 1024 * 1024) + b'"}'
    json_body = {**ALICE, "Content-Type": "application/json"}
    told = client.post("/invoices", content=huge, headers=json_body)
    assert told.status_code == 413  # by its Content-Length, before it is read

    def streamed() -> Iterator[bytes]:  # no Content-Length: counted as it arrives
        for start in range(0, len(huge), 64 * 1024):
            yield huge[start : start + 64 * 1024]

    flowing = client.post("/invoices", content=streamed(), headers=json_body)
    assert flowing.status_code == 413
    anonymous = client.post("/invoices", json={"name": "n"})  # spends no rate limit
    assert anonymous.status_code == 401
    for too_large in (told, flowing):  # the production body of every other refusal
        assert too_large.json() == {"detail": "The request body is too large."}
        assert too_large.headers["content-type"] == anonymous.headers["content-type"]
    for answer in (told, flowing, client.get("/invoices", headers=ALICE)):
        _no_leak(answer)
    assert client.get("/invoices", headers=ALICE).status_code == 200  # the server is fine
    # Starlette would answer /invoices/ with a redirect built from the Host header.
    spoofed = client.get("/invoices/", headers={**ALICE, "Host": "evil.example"})
    assert spoofed.status_code == 404
    assert "location" not in spoofed.headers


def test_method_override_headers_and_cors_are_ignored(served: tuple[httpx.Client, Path]) -> None:
    client, _ = served
    made = client.post("/invoices", json={"name": "keep"}, headers=ALICE)
    key = made.json()["invoice_id"]
    for header in ("X-HTTP-Method-Override", "X-HTTP-Method", "X-Method-Override"):
        answer = client.post(f"/invoices/{key}", headers={**ALICE, header: "DELETE"})
        assert answer.status_code == 405
        answer = client.get(f"/invoices/{key}", headers={**BOB, header: "GET"})
        assert answer.status_code == 403
    assert client.post(f"/invoices/{key}?_method=DELETE", headers=ALICE).status_code == 405
    assert client.get(f"/invoices/{key}", headers=ALICE).json()["name"] == "keep"
    preflight = client.options(
        "/invoices",
        headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"},
    )
    assert "access-control-allow-origin" not in preflight.headers
    cross = client.get("/invoices", headers={**ALICE, "Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in cross.headers


def test_every_call_to_an_audited_route_leaves_one_record(
    served: tuple[httpx.Client, Path],
) -> None:
    client, audit = served

    def records() -> list[tuple[str, str | None, str | None]]:
        with sqlite3.connect(audit) as db:
            if not db.execute(
                "SELECT 1 FROM sqlite_master WHERE name = 'scaffold_audit'"
            ).fetchall():
                return []
            return db.execute(
                "SELECT outcome, error_type, user_id FROM scaffold_audit "
                "WHERE event = 'data_access' ORDER BY rowid"
            ).fetchall()

    before = len(records())
    sent = [
        client.get("/data-records/alice", headers={"Authorization": "Bearer nope"}),
        client.get("/data-records/" + "a" * 65, headers=ALICE),
        client.get("/data-records/alice", headers=ALICE),  # nobody's: 404 for anyone
        client.get("/data-records/alice%0aforged", headers=ALICE),  # a line break in an id
    ]
    assert [answer.status_code for answer in sent] == [401, 422, 404, 422]
    assert records()[before:] == [
        ("denied", "AUTHENTICATION_REQUIRED", None),
        ("denied", "VALIDATION_FAILED", "alice"),
        ("allowed", None, "alice"),  # written ahead, before the function runs
        ("error", None, "alice"),  # the function answered 404
        ("denied", "VALIDATION_FAILED", "alice"),
    ]
