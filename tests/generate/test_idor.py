"""The IDOR attack of the earlier generator, replayed through the real app of the demo service.

Every verb fallback is generated into a copy of ``docs/examples/demo-service`` (the real
``app.main:app``, its own ``install`` and tokens, with a second user added); alice creates an
invoice, then bob reads, changes, archives and deletes it by its id and sends his own id as
the owner. Each attempt must be refused (403 or 404) and leave the record as alice left it,
while alice herself gets 2xx. The attack runs in a child interpreter so the generated
``app`` package never mixes with another test's.
"""

from __future__ import annotations

import json
from pathlib import Path

from scaffold.cli import main
from tests.generate.helpers import demo_with_users, run_in_project

FUNCTIONS = (
    "create my invoice",  # whose: without it, a creation is unsure too
    "read invoice",
    "update my invoice",  # whose: without it, a change is unsure (admin with --yes)
    "delete my invoice",
    "archive my invoice",
    "list my invoices",
)
ATTACK = """
import json
from fastapi.testclient import TestClient
from app.main import app

client = TestClient(app)
alice = {"Authorization": "Bearer alice-token"}
bob = {"Authorization": "Bearer bob-token"}
seen = {}
made = client.post("/invoices", json={"name": "mine"}, headers=alice)
seen["alice creates"] = made.status_code
key = made.json()["invoice_id"]
target = f"/invoices/{key}"
seen["bob reads"] = client.get(target, headers=bob).status_code
seen["bob updates"] = client.patch(target, json={"name": "pwned"}, headers=bob).status_code
seen["bob claims it"] = client.patch(
    target, json={"name": "pwned", "owner_id": "bob"}, headers=bob
).status_code
seen["bob archives"] = client.post(target + "/archive", headers=bob).status_code
seen["bob deletes"] = client.delete(target, headers=bob).status_code
seen["bob lists"] = client.get("/invoices", headers=bob).json()["invoice_ids"]
seen["alice reads"] = client.get(target, headers=alice).json()
seen["alice lists"] = client.get("/invoices", headers=alice).json()["invoice_ids"]
seen["alice updates"] = client.patch(target, json={"name": "new"}, headers=alice).status_code
seen["alice archives"] = client.post(target + "/archive", headers=alice).status_code
seen["alice deletes"] = client.delete(target, headers=alice).status_code
seen["alice reads deleted"] = client.get(target, headers=alice).status_code
seen["alice updates deleted"] = client.patch(
    target, json={"name": "x"}, headers=alice
).status_code
seen["key"] = key
print(json.dumps(seen))
"""


def test_another_users_record_is_refused_through_the_real_app(tmp_path: Path) -> None:
    root = demo_with_users(tmp_path, [("bob", "user")])
    for description in FUNCTIONS:
        assert main(["new", "function", description, "--into", str(root), "--yes"]) == 0
    result = run_in_project(root, "-c", ATTACK)
    assert result.returncode == 0, result.stderr[-3000:]
    seen = json.loads(result.stdout)
    key = seen.pop("key")
    assert seen == {
        "alice creates": 201,
        "bob reads": 403,
        "bob updates": 403,
        "bob claims it": 422,  # owner_id is no input field: no mass assignment
        "bob archives": 403,
        "bob deletes": 403,
        "bob lists": [],
        "alice reads": {"invoice_id": key, "name": "mine", "description": None},
        "alice lists": [key],
        "alice updates": 200,
        "alice archives": 200,
        "alice deletes": 200,
        "alice reads deleted": 404,
        "alice updates deleted": 404,
    }
