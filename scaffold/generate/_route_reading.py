"""Descriptions written the way real routes are named: a method, a path, a handler's name.

``"AuthViewSet create POST /api/v1/auth, throttled by LoginFailRateThrottle"`` names its
route outright, and two other things that are not the function's shape: the class-name
suffix of a handler (``ViewSet``: not the verb "view") and a clause that says how the route
is guarded or limited ("throttled by X"). ``read_route_description`` reads such a
description:

- the route (``POST /api/v1/auth``; ``GET, POST /login`` names two methods) is taken out of
  the words, and its path names the resource: the last meaningful segment, without ``api``,
  versions (``v1``), ``admin`` (which asks for the admin role), placeholders (``{id}``,
  ``<int:id>``, ``:id``), formats and trailing slashes; a placeholder after it means one
  record, as does a verb segment after it (``POST /spaces/delete``: one space, not all), a
  segment before it under a placeholder the parent (``/users/{id}/contacts``), ``me`` the
  caller's own record;
- the method decides the operation (GET reads or lists, POST creates, PUT and PATCH
  update, DELETE deletes), unless the description's verb agrees with it (GET "list", POST
  "archive": an action) or the method is POST, which RPC routes and HTML forms use for every
  operation ("deleteSpace POST /api/spaces/delete" deletes); a verb the method contradicts
  gives way to the method, and the reading says so;
- guard clauses (throttled by, rate limited, limited to, requires, login_required,
  permission_classes) are read for roles only ("requires admin"), never for the resource.

A description without a route is read as before, without its guard clauses and suffixes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from scaffold._foreign_words import VERBS_IN_ENGLISH
from scaffold._plural import singular
from scaffold.generate._reading import (
    BULK_WORDS,
    VERBS,
    Reading,
    read_description,
    tokens,
)

__all__ = [
    "METHOD_VERBS",
    "RouteText",
    "read_path",
    "read_route_description",
    "route_path",
    "split_route",
]


METHOD_VERBS = {
    "GET": "get",
    "POST": "create",
    "PUT": "update",
    "PATCH": "update",
    "DELETE": "delete",
}


_FITS = {
    "GET": {"read"},
    "POST": {"create", "action"},
    "PUT": {"update"},
    "PATCH": {"update"},
    "DELETE": {"delete"},
}


_METHOD = r"(?:GET|POST|PUT|PATCH|DELETE)"
_ROUTE = re.compile(rf"\b((?:{_METHOD}\s*[,/]\s*)*{_METHOD})\s+(/(?:[^\s,;`'\"]*[^\s,;`'\":.)])?)")
_GUARD = re.compile(
    r"(?i)\s*[,;]?\s*(?<![\w-])(?:throttled\b|limited\s+to\b"
    r"|rate[-_ ]?limit(?:ed\b|s?(?=\s*(?:[:\d)]|$|to\b|of\b)))"
    r"|requires?(?:[_ ]|\b)|login_required\b|permission_classes\b|\w+_required\b"
    r"|\w*rate_limiter\w*)[^,;)]*"
)
_SUFFIX = re.compile(
    r"\b([A-Za-z][A-Za-z0-9]*?[a-z0-9])"
    r"(?:ViewSet|APIView|View|Controller|Handler|Resource|API|Api|Endpoint)(?![A-Za-z0-9])"
)
_SKIPPED = re.compile(r"(?:api|rest|ajax|admin|v\d+(?:\.\d+)?|json|xml|csv|pdf|html|txt)")
_KEY = re.compile(r"[{<:](?:\w+:)?([A-Za-z][A-Za-z0-9]*?)_?(?:id|Id|ID|uuid)[}>]?(?=/|$)")
_FILLER = frozenset(
    {"by", "of", "for", "from", "with", "in", "on", "into", "per", "as", "all", "to", "and"}
    | {"json", "xml", "csv", "pdf", "html", "txt"}
)
_BEFORE_A_VERB = _FILLER | BULK_WORDS  # words a segment's action may follow ("bulk-delete")
_CALLER = frozenset({"me", "self", "current", "mine"})
_MAX_WORD = 15


@dataclass(frozen=True)
class RouteText:
    """A description split: its words, its guard clauses, the route's methods and path."""

    text: str
    guards: str
    methods: tuple[str, ...] = ()
    path: str | None = None


def _without_suffix(found: re.Match[str]) -> str:
    """``AuthViewSet`` -> ``Auth``; ``createResource`` stays: the suffix is its only noun."""
    stem = found.group(1)
    return found.group() if all(word in VERBS for word in tokens(stem)) else stem


def split_route(description: str) -> RouteText:
    """The description without its route, guard clauses and class-name suffixes."""
    found = _ROUTE.search(description)
    methods: tuple[str, ...] = ()
    path = None
    text = description
    if found is not None:
        methods = tuple(dict.fromkeys(re.findall(r"[A-Z]+", found.group(1))))
        path = found.group(2)
        text = f"{description[: found.start()]} {description[found.end() :]}"
    guards = " ".join(g.group() for g in _GUARD.finditer(text))
    text = _SUFFIX.sub(_without_suffix, _GUARD.sub(" ", text))
    return RouteText(" ".join(text.split()), " ".join(guards.split()), methods, path)


@dataclass(frozen=True)
class _PathReading:
    """What a path says of the resource: its words, one record or many, a parent, a verb."""

    words: tuple[str, ...] = ()
    one: bool = False
    parent: str | None = None
    verb: str | None = None
    own: bool = False


def _segments(path: str) -> list[str | None]:
    """Each segment of a path: its text, or None for a placeholder; noise segments dropped."""
    path = re.sub(r"[(?].*$", "", path)  # "/top(/:length)", "/forget?email=": optional parts
    found: list[str | None] = []
    for segment in path.split("/"):
        if re.search(r"[{<]|^~?[:*]", segment):
            found.append(None)
            continue
        bare = re.sub(r"\.[A-Za-z0-9]+$", "", segment)
        if re.search(r"[A-Za-z]", bare) and not _SKIPPED.fullmatch(bare.lower()):
            found.append(bare)
    return found


def _words(segment: str) -> list[str]:
    return [w for w in tokens(segment) if w.isidentifier() and 1 < len(w) <= _MAX_WORD]


def read_path(path: str) -> _PathReading:
    """The resource a path names (see the module docstring); no words when it names none."""
    segments = _segments(path)
    one = own = False
    verb = None
    while segments:
        segment = segments.pop()
        if segment is None:
            one = True
            continue
        if segment.lower() in _CALLER:
            own = one = True
            continue
        words = [VERBS_IN_ENGLISH.get(word, word) for word in _words(segment)]
        # the segment's first word but fillers and "bulk" ("bulk-delete"); after a noun the
        # word is part of the name ("saved-search")
        at = next((i for i, word in enumerate(words) if word not in _BEFORE_A_VERB), None)
        at = at if at is not None and words[at] in VERBS else None
        if at is not None:  # "/projects/{id}/archive", "/json/add_package": an action's name
            verb = verb or words[at]
            words = words[at + 1 :]
        words = [w for w in words if w not in _FILLER]
        if not words:
            # "POST /spaces/delete" deletes one space (its id in the body), not every space
            one = one or (at is not None and VERBS[verb or ""] != "read")
            continue
        parent = None  # "/users/{id}/contacts"; one record of it is addressed on its own
        if not one and len(segments) >= 2 and segments[-1] is None and segments[-2] is not None:
            before = _words(segments[-2])
            parent = singular(before[-1]) if before else None
        words = words[-3:]
        if one:
            words[-1] = singular(words[-1])
        return _PathReading(tuple(words), one, parent, verb, own)
    keys = _KEY.findall(path)  # "POST /<project_id>/delete": the key names the record
    words = _words(keys[-1]) if keys else ["user"] if own else []
    return _PathReading(tuple(words[-3:]), bool(words), None, verb, own)


_PLACEHOLDER = re.compile(
    r"\{(?P<brace>[A-Za-z_]\w*)(?::[^}]*)?\}|<(?:[^>:]*:)?(?P<angle>[A-Za-z_]\w*)>"
    r"|:(?P<colon>[A-Za-z_]\w*)"
)


def route_path(path: str) -> str:
    """A written path in FastAPI's own form, the way the description's framework meant it:
    ``<int:id>``, ``:id`` and ``{id:int}`` as ``{id}``, ``{userId}`` as ``{user_id}``; no
    query, optional part (``/top(/:length)``) or trailing slash. Whether the result is usable
    is for ``scaffold.generate._derive`` to say."""
    path = re.sub(r"[(?#].*$", "", path).rstrip("/") or "/"

    def snake(found: re.Match[str]) -> str:
        name = found.group("brace") or found.group("angle") or found.group("colon")
        return "{" + "_".join(tokens(name)) + "}"

    return "/".join(
        _PLACEHOLDER.sub(snake, segment) if _PLACEHOLDER.fullmatch(segment) else segment
        for segment in path.split("/")
    )


def _fits(verb: str, method: str) -> bool:
    return VERBS[verb] in _FITS[method]


def _decide(reading: Reading, methods: tuple[str, ...], path_verb: str | None) -> None:
    """The verb and method of a reading with a route (the rules of the module docstring)."""
    shown = ", ".join(methods)
    said = reading.verb
    for verb in (said, path_verb):
        if verb is None:
            continue
        method = next((m for m in methods if _fits(verb, m)), None)
        if method is None and "POST" in methods:
            method = "POST"
            reading.route_note = (
                f"the verb {verb!r} says what the POST route does ({VERBS[verb]}); "
                "pass --method POST to keep POST"
            )
        if method is not None:
            reading.verb, reading.method = verb, method
            return
    writes = [m for m in methods if m != "GET"]
    method = writes[0] if writes else methods[0]
    reading.verb, reading.method = METHOD_VERBS[method], method
    if len(methods) > 1:
        others = ", ".join(m for m in methods if m != method)
        reading.route_note = (
            f"the route takes {shown}: the function is its {method} (the write); "
            f"describe its {others} as a function of its own"
        )
    elif said is not None:
        operation = VERBS[reading.verb]
        reading.route_note = (
            f"the verb {said!r} disagrees with {method}: the method decides ({operation})"
        )


def read_route_description(description: str) -> Reading:
    """``read_description`` of a description that may name a route (module docstring)."""
    route = split_route(description)
    guards = route.guards.replace("(", " ").replace(")", " ")
    reading = read_description(f"{route.text} ({guards})" if guards else route.text)
    if route.path is None:
        return reading
    path = read_path(route.path)
    said = reading.verb
    _decide(reading, route.methods, path.verb)
    if path.words:
        reading.words, reading.parent = path.words, path.parent
    elif said is None and not reading.words and reading.parent is None and route.text:
        # "GET /ready perform_readiness_check": no verb before the words; the method's is.
        words = read_description(f"{METHOD_VERBS[reading.method or 'GET']} {route.text}")
        reading.words, reading.parent = words.words, words.parent
    reading.own = reading.own or path.own
    reading.admin = reading.admin or "admin" in route.path.lower().split("/")
    return reading
