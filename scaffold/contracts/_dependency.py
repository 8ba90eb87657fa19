"""A resolver that asks the application's own FastAPI dependency who the caller is.

Projects already know their users: a ``get_current_user`` dependency that reads a token, loads
the user and raises ``HTTPException`` when it cannot. ``DependencyResolver`` runs that
dependency for the request being served and maps the user it returns to an ``AuthContext``.

FastAPI solves the dependency itself (sub-dependencies, ``yield`` dependencies, the
application's ``dependency_overrides``) because the resolver asks it through a private
one-route application that receives the request's own scope: only public FastAPI API is used,
so the resolver does not depend on FastAPI's internals. A caller the dependency rejects (any
answer other than 2xx) is anonymous, and the contract then answers 401 and audits the denial;
an error the dependency does not turn into an HTTP answer propagates (a 500, not an anonymous
caller).
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, MutableMapping
from typing import Any

from fastapi import Depends, FastAPI, Request, Response

from scaffold.contracts._auth import AuthContext

__all__ = ["DependencyResolver"]

_USER_KEY = "scaffold.dependency_user"
_EMPTY_BODY = {"type": "http.request", "body": b"", "more_body": False}
_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "CONNECT"]


async def _no_body() -> MutableMapping[str, Any]:
    return dict(_EMPTY_BODY)


class DependencyResolver:
    """``install(app, resolver=DependencyResolver(get_current_user, caller_from_user))``.

    ``dependency`` is the project's FastAPI dependency returning its user (``None`` or an
    HTTP error for anonymous callers); ``to_caller`` maps that user to an ``AuthContext``.
    """

    def __init__(
        self, dependency: Callable[..., Any], to_caller: Callable[[Any], AuthContext]
    ) -> None:
        self.dependency = dependency
        self.to_caller = to_caller
        self._probes: weakref.WeakKeyDictionary[Any, FastAPI] = weakref.WeakKeyDictionary()

    def __repr__(self) -> str:
        name = getattr(self.dependency, "__qualname__", repr(self.dependency))
        return f"DependencyResolver({name})"

    def _probe_for(self, app: Any) -> FastAPI:
        probe = self._probes.get(app)
        if probe is None:
            probe = FastAPI(openapi_url=None, docs_url=None, redoc_url=None)

            # Any method at any path: the dependency sees the request's own (a CSRF check
            # on unsafe methods, a rule per path). A default, not Annotated: postponed
            # annotations cannot see ``self``.
            @probe.api_route("/{_scaffold_any_path:path}", methods=_METHODS)
            def who(request: Request, user: Any = Depends(self.dependency)) -> Response:  # noqa: B008
                request.scope[_USER_KEY] = user
                return Response(status_code=204)

            self._probes[app] = probe
        # Read at every call: tests replace these on the application between requests.
        probe.dependency_overrides = getattr(app, "dependency_overrides", {})
        probe.state = app.state
        return probe

    async def __call__(self, request: Request) -> AuthContext | None:
        probe = self._probe_for(request.app)
        scope: dict[str, Any] = {
            key: value
            for key, value in request.scope.items()
            if key not in ("route", "endpoint", "path_params", "router", "app")
        }
        status: dict[str, int] = {}

        async def send(message: MutableMapping[str, Any]) -> None:
            if message.get("type") == "http.response.start":
                status["code"] = int(message.get("status", 500))

        await probe(scope, _no_body, send)
        code = status.get("code", 500)
        user = scope.get(_USER_KEY)
        if not 200 <= code < 300 or user is None:
            return None
        return self.to_caller(user)
