"""Who is calling: REPLACE THE DEMO RESOLVER BELOW BEFORE PRODUCTION.

``resolver_for`` is the one place the service learns who a request comes from. As generated it
returns the contract runtime's demo ``BearerTokenResolver`` with a fixed table of tokens, and
only in development: in production it returns ``None``, every caller is anonymous, and every
guarded endpoint denies (fail closed) until you plug in your identity provider here, e.g. a
function that verifies a JWT and returns an ``AuthContext``.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping

from scaffold.contracts.fastapi import BearerTokenResolver, DemoToken

from {{ cookiecutter.package_slug }}.settings import Settings

__all__ = ["DEMO_TOKENS", "resolver_for"]

# DEMO ONLY: `Authorization: Bearer alice-token` signs in as alice. Never use in production.
DEMO_TOKENS: Mapping[str, DemoToken] = {
    "alice-token": DemoToken("alice", ("user",)),
    "bob-token": DemoToken("bob", ("user",)),
    "admin-token": DemoToken("admin", ("admin",)),
}

_log = logging.getLogger(__name__)


def resolver_for(settings: Settings) -> BearerTokenResolver | None:
    """The caller resolver for ``install(app, resolver=...)``: REPLACE it with your own."""
    if settings.is_production:
        _log.warning(
            "no identity provider configured, every caller is anonymous: "
            "replace the demo resolver in %s",
            __name__,
        )
        return None
    return BearerTokenResolver(DEMO_TOKENS)
