"""The risk rules: from a handler, its protection and its body facts to findings.

Categories follow the design source: data-changing handler without authentication;
admin- or role-named handler without a role check; database access with unvalidated input;
raw request input without a schema; authenticated write on a path id without an ownership check.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from scaffold.analyze._body import Facts
from scaffold.analyze._model import Finding, Handler, Severity
from scaffold.analyze._records import RecordChange
from scaffold.analyze._signals import words

__all__ = ["RULES", "Rule", "assumed", "evaluate", "path_ids", "public_reason"]


@dataclass(frozen=True)
class Rule:
    id: str
    name: str
    title: str
    severity: Severity
    help: str


RULES: dict[str, Rule] = {
    rule.id: rule
    for rule in (
        Rule(
            "SCF001",
            "unauthenticated-write",
            "Data-changing handler without authentication",
            Severity.HIGH,
            "Anyone can call this POST/PUT/PATCH/DELETE handler. Require a caller: a FastAPI "
            "dependency that refuses anonymous requests, @login_required, DRF IsAuthenticated, "
            "or @contract(requires=[auth('user'), ...]).",
        ),
        Rule(
            "SCF002",
            "admin-without-role-check",
            "Admin or role-named handler without a role check",
            Severity.HIGH,
            "The handler's name or path says it is for admins or a role, but nothing checks the "
            "caller's role. Add auth('admin') to its contract, a role dependency, Security scopes, "
            "@roles_required or IsAdminUser.",
        ),
        Rule(
            "SCF003",
            "unvalidated-db-access",
            "Database access with input that was not validated",
            Severity.MEDIUM,
            "The handler reaches the database with raw request input, untyped (dict/Any) "
            "parameters, or SQL built from strings. Validate input with a schema first and use "
            "bound parameters.",
        ),
        Rule(
            "SCF004",
            "raw-input-without-schema",
            "Raw request input without a schema",
            Severity.MEDIUM,
            "The handler reads the request body directly (request.json(), request.form, "
            "request.data) and never passes it through a schema. Declare a pydantic model, "
            "serializer or form and validate before use.",
        ),
        Rule(
            "SCF005",
            "missing-ownership-check",
            "Record loaded by a caller-chosen id and changed without an owner check",
            Severity.HIGH,
            "The handler loads a record by an id from the path or the request, then changes or "
            "deletes it, and only authentication stands in front: any signed-in user can change "
            "anyone's record. Compare the record's owner with the caller: a contract with "
            "owns() on the loaded record (owns('<id>', loader=<load the record>, "
            "owner_field='<owner field>')), a query filtered by owner, or an object-level "
            "permission (DRF has_object_permission). A model that names no owner (records "
            "shared by staff) needs a role instead: auth('admin') or the role managing them.",
        ),
        Rule(
            "SCF006",
            "secrets-exposed",
            "Handler answers with the process environment or the application's settings",
            Severity.HIGH,
            "The handler returns the whole process environment (dict(os.environ)) or the "
            "application's settings (settings.model_dump(), Flask's app.config, Django's "
            "settings), so its caller receives every secret they hold: signing keys, database "
            "passwords, API tokens. Remove the route, return only the values that are meant to "
            "be seen, or restrict it to administrators (auth('admin')).",
        ),
        Rule(
            "SCF007",
            "read-without-ownership-check",
            "Record with an owner read by a caller-chosen id without an owner check",
            Severity.MEDIUM,
            "The handler loads a record that has an owner field by an id from the path or the "
            "request and returns it, and only authentication stands in front: any signed-in "
            "user can read anyone's record by trying ids. Confirm the records are meant to be "
            "shared; otherwise compare the record's owner with the caller (owns('<id>', "
            "loader=<load the record>, owner_field='<owner field>')) or filter the query by "
            "owner.",
        ),
    )
}

_ADMIN = re.compile(r"\b(?:admin\w*|superusers?|staff|moderators?|roles?|sudo|impersonate)\b")
_ENTRY = re.compile(
    r"\b(?:login|logout|signin|sign in|signup|sign up|register|registration|token|tokens|refresh|"
    r"password|forgot|recover|recovery|callback|oauth\w*|"
    r"senha|contrase(?:na)?)\b"  # password in Portuguese and Spanish (contraseña: "contrase a")
)
_SIGN_UP = re.compile(
    r"^(?:(?:create|add|new|register) (?:user|account|member)s?|"
    r"(?:user|account|member)s? (?:create|add|new|register))(?: api| view| api view)?$"
)
_ACCOUNTS = re.compile(r"/(?:users?|accounts?|members?)(?:/(?:create|new|add|register))?/?$")
_WEBHOOK = re.compile(r"\bweb ?hooks?\b")
_PATH_PARAM = re.compile(r"\{(\w+)(?::[^}]*)?\}|<(?:\w+:)?(\w+)>|\(\?P<(\w+)>")
_ID = re.compile(r"(?:^|_)(?:id|pk|uuid|guid|slug)$|id$")


def path_ids(path: str) -> list[str]:
    """Path parameters that look like record ids: ``{item_id}``, ``<int:pk>``, ``(?P<slug>...)``."""
    names = [next(g for g in m.groups() if g) for m in _PATH_PARAM.finditer(path)]
    return [n for n in names if _ID.search(n.lower().rstrip("_"))]


def public_reason(
    handler: Handler, verifies_signature: bool = False, handles_anonymous: bool = False
) -> str | None:
    """Why a handler is public by design: login, sign-up, token and password-reset endpoints,
    an account-creating POST (not one registered only under a condition: that is a back door),
    a webhook that verifies its signature."""
    owner, _, function = handler.function.rpartition(".")  # RegistrationAPIView.post
    text = words(f"{function} {owner} {handler.path}")
    if handles_anonymous:
        return "serves anonymous callers on purpose (it tests whether the caller is signed in)"
    if _WEBHOOK.search(text):
        return "webhook that verifies its signature" if verifies_signature else None
    found = _ENTRY.search(text)
    if found:
        return f"authentication entry point ({found.group(0)})"
    creates_account = bool(
        _SIGN_UP.match(words(function))
        or _SIGN_UP.match(words(owner))
        or (handler.methods == ("POST",) and _ACCOUNTS.search(handler.path))
    )
    if creates_account and handler.condition is None:
        return "sign-up (creates an account)"
    return None


def _finding(
    rule_id: str, handler: Handler, message: str, line: int, severity: Severity | None = None
) -> Finding:
    rule = RULES[rule_id]
    note = assumed(handler)
    if note:
        message = f"{message} ({note})"
    return Finding(
        rule=rule.id,
        name=rule.name,
        severity=severity or rule.severity,
        message=message,
        file=handler.file,
        line=line,
        function=handler.function,
        route=handler.route,
        suggestion=handler.suggestion,
    )


def evaluate(
    handler: Handler,
    facts: Facts,
    *,
    project_has_roles: bool = True,
    owner_filtered_models: frozenset[str] = frozenset(),
    public_models: frozenset[str] = frozenset(),
) -> Iterator[Finding]:
    """Every finding for one handler (its protection already includes inline checks).

    ``project_has_roles``: whether any handler of the project checks a role. When none does,
    an admin area behind authentication alone is how single-account apps are built (every
    account is the administrator): a medium finding to confirm, not a high one.
    ``owner_filtered_models``: models some read of the project serves only to their owner;
    reading one of them by id without an owner check is a medium finding, other models low,
    and models the project serves to anonymous callers (``public_models``) none.
    """
    guard = handler.protection
    where = f" (registered only when {handler.condition})" if handler.condition else ""
    admin = _ADMIN.search(words(f"{handler.function} {handler.path}"))
    if admin and not guard.role_checked:
        if guard.authenticated and project_has_roles:
            yield _finding(
                "SCF002",
                handler,
                f"'{admin.group(0)}' handler with authentication but no role check{where}",
                handler.line,
            )
        elif guard.authenticated:
            yield _finding(
                "SCF002",
                handler,
                f"'{admin.group(0)}' handler with authentication but no role check; the "
                "project checks no role anywhere: confirm every account is an administrator"
                f"{where}",
                handler.line,
                Severity.MEDIUM,
            )
        elif handler.writes:
            yield _finding(
                "SCF002",
                handler,
                f"'{admin.group(0)}' handler with neither authentication nor a role check{where}",
                handler.line,
                Severity.CRITICAL,
            )
        else:
            # A read: it exposes data when it reads the database; serving files is a confirm.
            yield _finding(
                "SCF002",
                handler,
                f"'{admin.group(0)}' read with neither authentication nor a role check"
                + ("" if facts.db_line else ": it reads no database; confirm it is public")
                + where,
                handler.line,
                Severity.HIGH if facts.db_line else Severity.MEDIUM,
            )
    elif handler.writes and not guard.authenticated:
        public = public_reason(handler, facts.verifies_signature, facts.handles_anonymous)
        if public:
            yield _finding(
                "SCF001",
                handler,
                f"public by design? {public}: confirm anonymous callers may use it{where}",
                handler.line,
                Severity.LOW,
            )
        elif guard.public and guard.public.startswith("explicitly public"):
            yield _finding(
                "SCF001",
                handler,
                f"data-changing handler is {guard.public}: "
                f"confirm anonymous callers may use it{where}",
                handler.line,
                Severity.MEDIUM,
            )
        else:
            webhook = _WEBHOOK.search(words(f"{handler.function} {handler.path}"))
            why = "a webhook that verifies no signature" if webhook else "changes data"
            yield _finding(
                "SCF001", handler, f"{why} and accepts anonymous callers{where}", handler.line
            )
    if facts.db_line is not None:
        if facts.sql_strings_line is not None:
            yield _finding(
                "SCF003",
                handler,
                "SQL built from strings reaches the database",
                facts.sql_strings_line,
                Severity.HIGH,
            )
        elif facts.raw_line is not None and not facts.raw_validated:
            yield _finding(
                "SCF003",
                handler,
                f"raw input ({facts.raw_text}) reaches the database without validation",
                facts.db_line,
            )
        elif facts.query_line is not None:
            yield _finding(
                "SCF003",
                handler,
                f"query input ({facts.query_text}) reaches the database without validation",
                facts.db_line,
            )
        elif facts.loose_params:
            names = ", ".join(facts.loose_params)
            yield _finding(
                "SCF003", handler, f"untyped parameters ({names}) reach the database", facts.db_line
            )
    if facts.raw_line is not None and not facts.raw_validated:
        yield _finding(
            "SCF004", handler, f"{facts.raw_text} is used without a schema", facts.raw_line
        )
    change = facts.record_change
    if (
        not admin
        and change is not None
        and guard.authenticated
        and not guard.role_checked
        and not guard.ownership_checked
    ):
        yield _finding("SCF005", handler, _unchecked_change(change), change.line)

    yield from _exposure(handler, facts, where)
    if not admin:
        yield from _unchecked_read(handler, facts, owner_filtered_models, public_models)


def _unchecked_change(change: RecordChange) -> str:
    """SCF005's message: compare the owner, or, for a model that names none (shared records
    such as a console's streams), require a role: ``owns()`` would have nothing to compare."""
    done = f"loads {change.model} by {change.key} and {change.verb} it with authentication only"
    if change.ownerless:
        return (
            f"{done}: {change.model} names no owner, so any signed-in user may do it to any one. "
            'Contract: @contract(requires=[auth("admin")]) or the role that manages them'
        )
    owner = change.owner_field or "<owner field>"
    return (
        f"{done}: nothing compares its {change.owner_field or 'owner'} with the caller. "
        f'Contract: @contract(requires=[auth("user"), owns("{change.key}", '
        f'loader=<load {change.model}>, owner_field="{owner}")])'
    )


def _exposure(handler: Handler, facts: Facts, where: str) -> Iterator[Finding]:
    """Secrets dumped to anyone: high; to any signed-in user: medium; to admins: nothing.
    Settings whose class is not in the tree are judged by their name, one step lower: they
    may hold no secret at all."""
    exposure = facts.exposure
    guard = handler.protection
    if exposure is None or guard.role_checked:
        return
    steps = (Severity.LOW, Severity.MEDIUM, Severity.HIGH)
    rank = (1 if guard.authenticated else 2) - (1 if exposure.judged_by_name else 0)
    to = "any signed-in user, with no role check" if guard.authenticated else "anonymous callers"
    by_name = (
        " (settings judged by their name: their class is not in the tree; confirm they "
        "hold secrets)"
        if exposure.judged_by_name
        else ""
    )
    yield _finding(
        "SCF006",
        handler,
        f"returns {exposure.what} to {to}{by_name}{where}",
        exposure.line,
        steps[rank],
    )


def _unchecked_read(
    handler: Handler,
    facts: Facts,
    owner_filtered_models: frozenset[str],
    public_models: frozenset[str],
) -> Iterator[Finding]:
    """A record with an owner field, read by a caller-chosen id with authentication only.

    Many such records are meant to be read by every signed-in user (posts, products, public
    profiles), so this is a confirmation: medium when another read of the project serves the
    same model only to its owner (the records are private there), nothing when another
    handler serves the model to anonymous callers (they are public), low otherwise.
    """
    read = facts.record_read
    guard = handler.protection
    if (
        read is None
        or not read.owner_field
        or handler.writes
        or not guard.authenticated
        or guard.role_checked
        or guard.ownership_checked
        or read.model in public_models
    ):
        return
    private = read.model in owner_filtered_models
    why = (
        f"; elsewhere the project reads {read.model} only for its owner"
        if private
        else "; records like posts may be meant to be shared"
    )
    yield _finding(
        "SCF007",
        handler,
        f"loads {read.model} by {read.key} and returns it with authentication only: nothing "
        f"compares its {read.owner_field} with the caller{why}. Confirm any signed-in user may "
        f"read another's {read.model}; if not, contract: "
        f'@contract(requires=[auth("user"), owns("{read.key}", '
        f'loader=<load {read.model}>, owner_field="{read.owner_field}")])',
        read.line,
        Severity.MEDIUM if private else Severity.LOW,
    )


def assumed(handler: Handler) -> str:
    """The guards taken on trust (definition unreadable), to say so in every finding."""
    notes = [e for e in handler.protection.evidence if e.startswith("assumed authentication")]
    return "; ".join(notes)
