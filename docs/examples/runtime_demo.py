"""A FastAPI service guarded by one contract, exercised end to end.

Run it with ``python docs/examples/runtime_demo.py``: it sends a few requests through FastAPI's
test client and prints each status code, so you can see every clause of the contract act.
"""

from __future__ import annotations

import logging
import sys
from datetime import datetime, timedelta, timezone

from fastapi import FastAPI
from fastapi.testclient import TestClient
from pydantic import BaseModel, Field

from scaffold.contracts import (
    MemoryAuditSink,
    audit_log,
    auth,
    configure,
    contract,
    owns,
    rate_limit,
    returns,
    validates,
)
from scaffold.contracts.fastapi import BearerTokenResolver, Caller, DemoToken, install


class ProfileUpdate(BaseModel):
    display_name: str = Field(min_length=1, max_length=100)


class Profile(BaseModel):
    user_id: str
    display_name: str


app = FastAPI()
# Demo tokens only: replace the resolver with your identity provider.
install(
    app,
    resolver=BearerTokenResolver(
        {
            "alice-token": DemoToken("alice", ("user",)),
            "bob-token": DemoToken("bob", ("user",)),
            "admin-token": DemoToken("root", ("admin",)),
            "stale-token": DemoToken(
                "alice", ("user",), datetime.now(timezone.utc) - timedelta(minutes=1)
            ),
        }
    ),
)


@app.patch("/users/{user_id}/profile", response_model=Profile)
@contract(
    requires=[
        auth("user"),
        validates(ProfileUpdate),
        owns("user_id"),
        rate_limit("update_profile", 5, per="minute"),
    ],
    ensures=[returns(Profile), audit_log("profile_update")],
    layer="action",
)
async def update_profile(
    user_id: str,
    payload: ProfileUpdate,
    context: Caller,
) -> Profile:
    return Profile(user_id=user_id, display_name=payload.display_name)


def main() -> list[tuple[str, int]]:
    """Send one request per clause; return (what, status) pairs."""
    # Security events (denials) are logged; show them inline with the results.
    logging.basicConfig(
        level=logging.WARNING, format="      %(levelname)s %(message)s", stream=sys.stdout
    )
    audit = MemoryAuditSink()
    configure(environment="production", audit_sink=audit)
    client = TestClient(app)

    def patch(token: str | None, user: str, body: dict[str, object]) -> int:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        return client.patch(f"/users/{user}/profile", json=body, headers=headers).status_code

    good = {"display_name": "Alice"}
    results = [
        ("owner updates own profile", patch("alice-token", "alice", good)),
        ("no credentials", patch(None, "alice", good)),
        ("expired session", patch("stale-token", "alice", good)),
        ("invalid input", patch("alice-token", "alice", {"display_name": ""})),
        ("someone else's profile", patch("bob-token", "alice", good)),
        ("admin bypasses ownership", patch("admin-token", "alice", good)),
    ]
    statuses = [patch("bob-token", "bob", good) for _ in range(6)]
    results.append(("sixth call within a minute", statuses[-1]))
    for what, status in results:
        print(f"{status}  {what}")
    print(f"{len(audit.records)} audit records written")
    return results


if __name__ == "__main__":
    main()
