"""Where the new router is included, so that the app serves its route where the user said.

A path the user writes out (``--path``, or ``GET /onboarding`` in the description) is the path
the app serves. The router normally goes where the others are included (``_register``): with the
prefix they share, and in the aggregating router when there is one. Either can put a written
path somewhere else (``/api/v1/onboarding``). When the app already serves routes outside that
prefix (its pages at ``/``, say), the places are tried in turn for a written path, and the first
that serves it as written is taken, with a note saying why it is not beside the others: the
usual place; the same place without the shared prefix; the module that creates the app. When
every route of the app is under the prefix, a path written without it is read as the route
within it, and the note says where it is served. A written path that starts with the prefix the
usual place adds (``/api/v1/reports`` into a router under ``/api/v1``) is placed there, and
``plan_function`` plans it again relative to that prefix (``mounted_twice``); a path under a
prefix the analysis cannot read (a setting with no default, which may be empty) stays there
too. When no place
serves it as written, the usual one is kept and the plan says where the route is served. A route
already served where it lands is refused (``taken_error``).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from scaffold.generate._design import Design
from scaffold.generate._project import Project
from scaffold.generate._register import Registration, plan_registration
from scaffold.generate._route_order import Ordered, order_route

__all__ = ["mounted_twice", "place_route"]


def mounted_twice(path: str, served: str) -> str | None:
    """The prefix the app adds to a route whose own path already starts with it (``/api/v1``
    before ``/api/v1/reports``), so that it would be served with the prefix twice; else None."""
    prefix = served.removesuffix(path) if served != path and served.endswith(path) else ""
    return prefix if prefix and path.startswith(prefix + "/") else None


def _known_prefix(served: str, path: str) -> str | None:
    """The prefix the app serves ``path`` under when it does not start with it and the
    analysis read it whole: one it could not (``{settings.API_STRING}``, a setting with no
    default) may be empty, and the path as written may be the route itself."""
    prefix = served.removesuffix(path) if served.endswith(path) else ""
    if not prefix or "{" in prefix or mounted_twice(path, served) is not None:
        return None
    return prefix


def _places(
    project: Project, design: Design, skip: Sequence[Path]
) -> Iterator[tuple[Registration, str | None]]:
    """The usual registration, then, for a written path, the others (see module docstring),
    each with the note that says why the router is there."""
    module, alias = design.endpoint_module, design.router_alias
    usual = plan_registration(project, module, alias, skip)
    yield usual, None
    route = f"{design.method} {design.path}"
    if usual.prefix is not None:
        alone = plan_registration(project, module, alias, skip, share_prefix=False)
        yield (
            alone,
            (
                f"{route} is served as written, without the prefix={usual.prefix} the other "
                "routers are included with (pass --path with the prefix to serve it beside them)"
            ),
        )
    app = plan_registration(project, module, alias, skip, share_prefix=False, at_app=True)
    if app.path is not None and app.path != usual.path:
        yield (
            app,
            (
                f"{route} is served as written: its router is included in "
                f"{project.relative(app.path)}, not in {project.relative(usual.path or app.path)}, "
                "whose routes the app serves under a prefix (pass --path with that prefix to "
                "serve it there)"
            ),
        )


def place_route(
    project: Project,
    design: Design,
    endpoint: Path,
    text: str,
    *,
    skip: Sequence[Path],
    ignore_files: Sequence[Path],
    as_written: bool,
) -> tuple[Ordered, str | None]:
    """The router's registration, ordered (``order_route``), and the note saying why it is not
    in the usual place; ``endpoint`` is the new endpoint module and ``text`` its planned text,
    ``skip`` lists the new modules (they take no router)."""

    def ordered(registration: Registration) -> Ordered:
        return order_route(
            project.root,
            design.method,
            design.path,
            {endpoint: text, registration.path: registration.new},
            registration,
            alias=design.router_alias,
            ignore_files=ignore_files,
        )

    places = _places(project, design, skip)
    registration, note = next(places)
    first = ordered(registration)
    chosen = (first, note)
    prefix = _known_prefix(first.served, design.path)
    if as_written and prefix is not None:
        route = f"{design.method} {design.path}"
        served = f"{route} is served at {first.served}"
        chosen = (first, f"every route of the app is under {prefix}: {served}")
        if _serves_outside(first, prefix, endpoint.relative_to(project.root).as_posix()):
            chosen = (first, served)
            for registration, note in places:
                tried = ordered(registration)
                if tried.served == design.path:
                    chosen = (tried, note)
                    break
    chosen[0].refuse_if_taken(design.method)
    return chosen


def _serves_outside(ordered: Ordered, prefix: str, new_file: str) -> bool:
    """Whether the app already serves a route outside ``prefix``: then a path written
    without it can be one of those, where it is not one of the prefix's routes written short."""
    return any(
        handler.file != new_file and not (handler.path + "/").startswith(prefix + "/")
        for handler in ordered.handlers
    )
