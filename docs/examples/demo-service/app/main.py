"""The FastAPI application: run it with `uvicorn app.main:app`.

The bearer tokens below are a demo only: replace the resolver with your identity provider
(JWT verification, sessions) before this serves anyone.
"""

from fastapi import FastAPI
from scaffold.contracts.fastapi import BearerTokenResolver, DemoToken, install

app = FastAPI(title="demo-service")
install(
    app,
    resolver=BearerTokenResolver(
        {
            "alice-token": DemoToken("alice", ("user",)),
            "admin-token": DemoToken("root", ("admin",)),
        }
    ),
)
