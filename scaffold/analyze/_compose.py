"""Join routes to their routers: full paths and the guards they inherit.

A route on ``APIRouter(prefix="/items", dependencies=[Depends(auth)])`` that is included with
``app.include_router(items.router, prefix="/api", dependencies=[...])`` gets the path
``/api/items/...`` and both dependency lists, plus the app's own. A router included twice yields
one handler per path. Flask's ``register_blueprint(url_prefix=...)`` replaces the blueprint's
own prefix, and ``before_request`` hooks apply to every route below them. A middleware that lets
some paths through unchecked guards the routes whose full path it does not pass. A router
included both on the way to an app and by a router nothing includes (a second, unused
aggregation of routers) is served on the first way only.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from typing import TYPE_CHECKING, NamedTuple

from scaffold.analyze._model import Protection
from scaffold.analyze._routes import APP_WIDE, Collected, Endpoint, Include

if TYPE_CHECKING:
    from scaffold.analyze._passed_paths import PassedPaths

__all__ = ["compose", "join"]

_MAX_DEPTH = 16

_APPS = frozenset({"FastAPI", "Starlette", "Flask"})


class Chain(NamedTuple):
    """A way a router is reached: its prefix, the guards on the way, the conditions it is
    included under, the middleware guards that some paths skip, and whether it starts at an
    app (not at a router that nothing includes)."""

    prefix: str
    guard: Protection
    conditions: tuple[str, ...]
    passes: tuple[tuple[Protection, PassedPaths], ...]
    from_app: bool


def join(prefix: str, path: str) -> str:
    if not prefix:
        return path or "/"
    if not path:
        return prefix
    return prefix.rstrip("/") + "/" + path.lstrip("/") if path != "/" else prefix.rstrip("/") + "/"


def compose(collected: Collected) -> list[tuple[Endpoint, str, Protection]]:
    parents: dict[str, list[Include]] = defaultdict(list)
    for include in collected.includes:
        parents[include.child].append(include)
    memo: dict[str, list[Chain]] = {}

    def chains(key: str, seen: frozenset[str]) -> list[Chain]:
        if key in memo:
            return memo[key]
        router = collected.routers.get(key)
        own_prefix = router.prefix if router else ""
        own = (router.protection if router else Protection()).merge(
            collected.hooks.get(key, Protection())
        )
        own_passes = tuple(collected.path_hooks.get(key, ()))
        result: list[Chain] = []
        for include in parents.get(key, []):
            if include.parent in seen or len(seen) > _MAX_DEPTH:
                continue
            if include.replaces_prefix and include.prefix is not None:
                mine = include.prefix
            else:
                mine = join(include.prefix or "", own_prefix) if include.prefix else own_prefix
            for way in chains(include.parent, seen | {key}):
                result.append(
                    Chain(
                        join(way.prefix, mine),
                        way.guard.merge(include.protection).merge(own),
                        way.conditions + include.conditions,
                        way.passes + own_passes,
                        way.from_app,
                    )
                )
        if not result:
            app = router is not None and router.factory in _APPS
            result = [Chain(own_prefix, own, (), own_passes, app)]
        unique: dict[str, Chain] = {}
        for item in result:
            # The same path reached twice: the weaker guard is the one an attacker uses.
            if item.prefix not in unique or not item.guard.authenticated:
                unique[item.prefix] = item
        memo[key] = list(unique.values())
        return memo[key]

    out: list[tuple[Endpoint, str, Protection]] = []
    app_wide = collected.hooks.get(APP_WIDE, Protection())
    for written in collected.endpoints:
        if written.router in collected.templates:
            continue  # a factory's routes as written: each call's router serves them
        endpoint = written
        if written.framework == "flask":
            endpoint = replace(written, protection=written.protection.merge(app_wide))
        if endpoint.router is None:
            out.append((endpoint, endpoint.path, endpoint.protection))
            continue
        ways = chains(endpoint.router, frozenset())
        if any(way.from_app for way in ways):
            ways = [way for way in ways if way.from_app]
        for prefix, guard, conditions, passes, _ in ways:
            reached = endpoint
            if conditions:
                own = (endpoint.condition,) if endpoint.condition else ()
                reached = replace(endpoint, condition=" and ".join(conditions + own))
            path = join(prefix, endpoint.path)
            protection = endpoint.protection.merge(guard)
            for middleware, passed in passes:
                if not passed.lets_through(path):
                    protection = protection.merge(middleware)
            out.append((reached, path, protection))
    return out
