"""A list's filter fields keep it to the records that hold them, through the real app.

The demo service gets "create my task" (a title and a status), "list my tasks" (an optional
status and done flag) and "delete my tasks" (a status: a purge of the caller's records).
Alice and bob create tasks; each list with a filter returns only the caller's tasks that
hold the value, without a filter all of the caller's, and the purge removes only the
caller's tasks of that status (it removed all of them when the filter was not applied).
The calls run in a child interpreter so the generated ``app`` package never mixes with
another test's.
"""

from __future__ import annotations

import json
from pathlib import Path

from scaffold.cli import main
from tests.generate.helpers import demo_with_users, run_in_project

FUNCTIONS = (
    ("create my task", "--field", "title:str:max=80", "--field", "status:str:max=20"),
    (
        "list my tasks",
        "--field",
        "status:str:max=20:optional",
        "--field",
        "done:bool:optional",
    ),
    ("delete my tasks", "--field", "status:str:max=20"),
)
CALLS = """
import json
from fastapi.testclient import TestClient
from app.main import app

client = TestClient(app)
alice = {"Authorization": "Bearer alice-token"}
bob = {"Authorization": "Bearer bob-token"}
made = {}
for who, headers, title, status in (
    ("alice open", alice, "a1", "open"),
    ("alice done", alice, "a2", "closed"),
    ("bob open", bob, "b1", "open"),
):
    response = client.post("/tasks", json={"title": title, "status": status}, headers=headers)
    assert response.status_code == 201, response.text
    made[who] = response.json()["task_id"]
listed = lambda headers, **query: client.get("/tasks", params=query, headers=headers).json()
seen = {
    "alice open": listed(alice, status="open")["task_ids"],
    "alice closed": listed(alice, status="closed")["task_ids"],
    "alice all": sorted(listed(alice)["task_ids"]),
    "alice unknown": listed(alice, status="archived")["task_ids"],
    "bob open": listed(bob, status="open")["task_ids"],
}
purged = client.delete("/tasks", params={"status": "open"}, headers=alice)
seen["purge"] = purged.status_code
seen["alice after purge"] = listed(alice)["task_ids"]
seen["bob after purge"] = listed(bob)["task_ids"]
print(json.dumps({"made": made, "seen": seen}))
"""


def test_a_lists_filters_and_a_purges_keep_to_the_records_that_hold_them(
    tmp_path: Path,
) -> None:
    root = demo_with_users(tmp_path, [("bob", "user")])
    for description, *fields in FUNCTIONS:
        args = ["new", "function", description, *fields, "--into", str(root), "--yes"]
        assert main(args) == 0, description
    result = run_in_project(root, "-c", CALLS)
    assert result.returncode == 0, result.stderr[-3000:]
    out = json.loads(result.stdout)
    made, seen = out["made"], out["seen"]
    assert seen == {
        "alice open": [made["alice open"]],
        "alice closed": [made["alice done"]],
        "alice all": sorted([made["alice open"], made["alice done"]]),
        "alice unknown": [],
        "bob open": [made["bob open"]],
        "purge": 200,
        "alice after purge": [made["alice done"]],
        "bob after purge": [made["bob open"]],
    }
