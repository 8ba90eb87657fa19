"""``analyze_path``: discover files, find routes, judge protection, apply the rules, plan.

Finding the routes is ``_registrations`` (all a planner needs); this module reads each
handler's body, judges it and applies the rules. Only files that can register routes (or hold
Django settings) are parsed up front; the modules their guards live in are parsed when a name
leads there. The rest is read and counted only.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path

from scaffold.analyze._body import Facts, read_body
from scaffold.analyze._compose import compose
from scaffold.analyze._exposure import environ_names, find_exposure, settings_kind
from scaffold.analyze._files import DEFAULT_MAX_BYTES, SourceFile
from scaffold.analyze._guards import GUARD_CALLERS, snake
from scaffold.analyze._model import Finding, Handler, Protection, Report, Suggestion
from scaffold.analyze._modules import Index, Module
from scaffold.analyze._plan import make_plan
from scaffold.analyze._registrations import collect_sources, handler_of, registered
from scaffold.analyze._routes import Endpoint
from scaffold.analyze._rules import evaluate, path_ids, public_reason
from scaffold.analyze._service_calls import service_changes_record, service_checks_owner
from scaffold.analyze._signals import (
    AUTH_NAME,
    OPTIONAL_NAME,
    OWNER_WORDS,
    ROLE_NAME,
    field_names,
    ownership_compare,
    raising_if,
    refers_to_records,
    refuses_anonymous,
    refuses_the_role,
    role_test_of,
)

__all__ = ["Suggester", "analyze_path"]

Suggester = Callable[[Handler], "Suggestion | None"]
Function = ast.FunctionDef | ast.AsyncFunctionDef


def analyze_path(
    path: str | Path,
    *,
    excludes: Sequence[str] = (),
    default_excludes: bool = True,
    max_bytes: int = DEFAULT_MAX_BYTES,
    suggest: Suggester | None = None,
    prefilter: bool = True,
    confine: Path | None = None,
) -> Report:
    """Analyze the Python code under ``path`` without importing or running it.

    ``suggest`` proposes a registry template per handler (``project_suggester(path)`` runs
    the matcher over the project's catalog);
    ``prefilter=False`` parses every file (slower; the result is the same);
    ``confine``: symlinks that lead out of this folder are skipped, not followed.
    """
    root = Path(path)
    report = Report(root=str(root))
    sources = collect_sources(
        root,
        excludes=excludes,
        default_excludes=default_excludes,
        max_bytes=max_bytes,
        report=report,
        confine=confine,
    )
    index, endpoints = _endpoints(root, sources, prefilter)
    handlers: list[Handler] = []
    facts: dict[str, Facts] = {}
    for endpoint, full_path, inherited in endpoints:
        handler, body = _judge(index, endpoint, full_path, inherited)
        if handler.key + handler.route in facts:
            continue
        if suggest is not None:
            handler = replace(handler, suggestion=suggest(handler))
        facts[handler.key + handler.route] = body
        handlers.append(handler)
    handlers.sort(key=lambda h: (h.file, h.line, h.route))
    findings: list[Finding] = []
    roles = any(h.protection.role_checked for h in handlers)
    private, public = _models_by_audience(handlers, facts)
    for handler in handlers:
        body = facts[handler.key + handler.route]
        findings.extend(
            evaluate(
                handler,
                body,
                project_has_roles=roles,
                owner_filtered_models=private,
                public_models=public,
            )
        )
    report.handlers = handlers
    report.findings = findings
    report.skipped.extend(index.skipped)
    report.skipped.sort(key=lambda s: s.file)
    report.files_parsed = index.parsed_count
    report.plan = make_plan(findings)
    return report


def _endpoints(
    root: Path, sources: list[SourceFile], prefilter: bool
) -> tuple[Index, list[tuple[Endpoint, str, Protection]]]:
    """The index of ``sources`` and every endpoint they register, with its full path."""
    index, collected, django = registered(root, sources, prefilter)
    return index, compose(collected) + django


def _judge(
    index: Index, endpoint: Endpoint, full_path: str, inherited: Protection
) -> tuple[Handler, Facts]:
    """The handler with everything that protects it, and the facts of its body."""
    body = read_body(
        endpoint.func,
        endpoint.users,
        endpoint.framework,
        _validator(index, endpoint.module),
        path_ids=tuple(path_ids(full_path)),
        model=endpoint.model,
    )
    if not body.ownership and (
        _helper_checks_owner(index, endpoint.module, endpoint.func, endpoint.users)
        or service_checks_owner(index, endpoint.module, endpoint.func, endpoint.users | _CALLER)
    ):
        body = replace(body, ownership=True)
    if body.record_change is None and not body.ownership and _changes(endpoint):
        # loaded by the path's id and changed in a service: reported only for a model that
        # names its owner, the handler itself showing nothing of the record
        ids = frozenset(path_ids(full_path))
        found = service_changes_record(index, endpoint.module, endpoint.func, ids)
        owner = _owner_field(index, found[1], found[0].model) if found else None
        if found is not None and owner:
            body = replace(body, record_change=replace(found[0], owner_field=owner))
    helper_role = helper_sign_in = None
    if not body.inline_role:
        helper_role = _helper_checks_role(index, endpoint.module, endpoint.func)
        body = replace(body, inline_role=helper_role is not None)
    if not body.inline_auth:
        helper_sign_in = _helper_signs_in(index, endpoint.module, endpoint.func)
        body = replace(body, inline_auth=helper_sign_in is not None)
    if body.record_change is not None and not body.record_change.owner_field:
        field = _owner_field(index, endpoint.module, body.record_change.model)
        change = replace(body.record_change, owner_field=field or "", ownerless=field == "")
        body = replace(body, record_change=change)
    if body.record_read is not None:
        field = _owner_field(index, endpoint.module, body.record_read.model)
        body = replace(body, record_read=replace(body.record_read, owner_field=field or ""))
    exposure = find_exposure(
        endpoint.func,
        environ_names(endpoint.module),
        settings_kind(index, endpoint.module, endpoint.func),
    )
    if exposure is not None:
        body = replace(body, exposure=exposure)
    evidence: tuple[str, ...] = ()
    if body.permitted_writes:
        evidence = ("writes only under a permission check on the caller",)
    elif helper_role is not None:
        evidence = (helper_role,)
    elif body.inline_role:
        evidence = ("role check in the handler body",)
    elif helper_sign_in is not None:
        evidence = (helper_sign_in,)
    elif body.inline_auth:
        evidence = ("check in the handler body",)
    inline = Protection(
        authenticated=body.inline_auth,
        role_checked=body.inline_role,
        ownership_checked=body.ownership,
        tenant_only=body.tenant_only,
        evidence=evidence,
    )
    protection = inherited.merge(inline)
    docstring = (ast.get_docstring(endpoint.func) or "").strip()
    handler = handler_of(endpoint, full_path, protection, docstring)
    if not protection.authenticated and protection.public is None:
        reason = public_reason(handler, body.verifies_signature, body.handles_anonymous)
        if reason:
            handler = replace(handler, protection=protection.merge(Protection(public=reason)))
    return handler, body


_VALIDATING = re.compile(r"BaseModel|RootModel|Schema|Form$|Serializer|Validator|TypeAdapter")
_CALLER = frozenset({"current_user", "request.user", "g.user", "self.request.user"})


def _validator(index: Index, module: Module) -> Callable[[ast.Call], bool]:
    """Whether a call validates its input: a pydantic model, a form, a schema, a serializer."""

    def validates(call: ast.Call) -> bool:
        symbol = index.resolve(module, call.func)
        if symbol is None:
            return False
        if symbol.module is not None and isinstance(symbol.node, ast.ClassDef):
            return _validating_class(index, symbol.module, symbol.node, 0)
        return bool(_VALIDATING.search(symbol.name))

    return validates


def _validating_class(index: Index, module: Module, node: ast.ClassDef, depth: int) -> bool:
    for base in node.bases:
        symbol = index.resolve(module, base)
        if symbol is None:
            continue
        if _VALIDATING.search(symbol.name):
            return True
        if (
            depth < 6
            and symbol.module is not None
            and isinstance(symbol.node, ast.ClassDef)
            and _validating_class(index, symbol.module, symbol.node, depth + 1)
        ):
            return True
    return False


def _helper_in(
    index: Index,
    module: Module,
    call: ast.AST | None,
    caller: Function,
    *,
    qualified: bool = False,
) -> tuple[Function, Module] | None:
    """The project function ``call`` calls by its bare name (not ``caller`` itself) and its
    module, else None: ``require_admin(user)``, ``await get_post(post_id)``; with
    ``qualified``, through its module or class too (``rbac.require_admin(me)``): a check that
    refuses reads the same wherever it is called from, while a loader called with options
    (``brain.get_conversation(session, id, staff=True)``) may skip its owner check."""
    if isinstance(call, ast.Await):
        call = call.value
    kinds = (ast.Name, ast.Attribute) if qualified else (ast.Name,)
    if not isinstance(call, ast.Call) or not isinstance(call.func, kinds):
        return None
    if isinstance(call.func, ast.Attribute) and not _named_as_a_check(call.func.attr):
        return None  # a service's work (``runs.get_plan(...)``), not its guard
    symbol = index.resolve(module, call.func)
    if symbol is None or symbol.module is None or not isinstance(symbol.node, Function):
        return None
    return None if symbol.node is caller else (symbol.node, symbol.module)


def _named_as_a_check(name: str) -> bool:
    """A function named for a guard or a role (``require_admin``, ``user_role_admin``), as a
    call through a module must be to be read as the handler's check."""
    return bool(ROLE_NAME.search(name) or AUTH_NAME.search(snake(name)))


def _helper(
    index: Index, module: Module, call: ast.AST | None, caller: Function
) -> tuple[Function, str] | None:
    """``_helper_in``, with the helper's file."""
    found = _helper_in(index, module, call, caller)
    return None if found is None else (found[0], found[1].file)


def _helper_checks_owner(
    index: Index, module: Module, func: Function, users: frozenset[str]
) -> bool:
    """``post = get_post(post_id)`` where the helper aborts unless the caller wrote the post.
    The body's calls only: a decorator is a guard, read as one (``@require_role([...])``, whose
    wrapper hands the caller on to the route, ties no record)."""
    return any(
        (helper := _helper(index, module, node, func)) is not None
        and ownership_compare(helper[0], users | _CALLER)
        for statement in func.body
        for node in ast.walk(statement)
    )


def _helper_checks_role(index: Index, module: Module, func: Function) -> str | None:
    """``require_admin(current_user)`` as a statement of the handler, where the project's
    helper refuses unless the caller has the role (``if user.role != Role.admin: raise
    HTTPException(403)``). Only a call every run of the handler makes: not one inside an
    ``if`` or a loop, nor in a ``try`` that could swallow the refusal. Returns the evidence:
    the helper and where it is."""
    return _statement_helper(
        index, module, func, _refuses_without_role, "role check"
    ) or _handed_on_refusal(index, module, func)


def _handed_on_refusal(index: Index, module: Module, func: Function) -> str | None:
    """``redirect = require_role(request, {"admin"})`` then ``if redirect: return redirect``
    (CestaControl's pages): the handler hands on the answer a project helper returns, and the
    helper returns a refusal (a redirect, a 401 or 403) when the caller lacks a role, itself or
    through a helper whose answer it hands on the same way, ``_HOPS`` deep. A helper whose
    answer the handler drops, or does not return, checks nothing. Returns the evidence."""
    for call in _handed_on_calls(func.body):
        found = _refusing_helper(
            index, module, call, func, _HOPS, _returns_refusal_without_role, _handed_on_by
        )
        if found is not None:
            node, where = found
            return f"role check in {node.name} ({where}:{node.lineno}), its refusal handed on"
    return None


def _handed_on_by(helper: Function) -> list[ast.expr]:
    """The calls whose answer ``helper`` hands on: where a refusal it returns comes from."""
    return _handed_on_calls(helper.body)


def _handed_on_calls(body: list[ast.stmt]) -> list[ast.expr]:
    """The calls a block runs every time and whose answer it returns when there is one:
    ``answer = f(...)`` followed by ``if answer: return answer`` (or ``if answer is not
    None``), the name used by nothing in between, and ``return f(...)``."""
    statements = list(_every_run(body))
    found: list[ast.expr] = []
    for number, statement in enumerate(statements):
        if isinstance(statement, ast.Return) and isinstance(statement.value, ast.Call | ast.Await):
            found.append(statement.value)
            continue
        named = _assigned_name(statement)
        if named is None:
            continue
        name, call = named
        later = next(
            (s for s in statements[number + 1 :] if _uses(s, name)),
            None,
        )
        if isinstance(later, ast.If) and _hands_on(later, name):
            found.append(call)
    return found


def _assigned_name(statement: ast.stmt) -> tuple[str, ast.expr] | None:
    """``answer = f(...)`` or ``answer: T = await f(...)``: the name and the call."""
    target: ast.expr | None = None
    if isinstance(statement, ast.Assign) and len(statement.targets) == 1:
        target = statement.targets[0]
    elif isinstance(statement, ast.AnnAssign) and statement.value is not None:
        target = statement.target
    value = _called(statement)
    if not isinstance(target, ast.Name) or not isinstance(value, ast.Call | ast.Await):
        return None
    return target.id, value


def _uses(statement: ast.stmt, name: str) -> bool:
    return any(isinstance(n, ast.Name) and n.id == name for n in ast.walk(statement))


def _hands_on(statement: ast.If, name: str) -> bool:
    """``if answer: return answer`` or ``if answer is not None: return answer``."""
    test = statement.test
    tested = (isinstance(test, ast.Name) and test.id == name) or (
        isinstance(test, ast.Compare)
        and isinstance(test.left, ast.Name)
        and test.left.id == name
        and len(test.ops) == 1
        and isinstance(test.ops[0], ast.IsNot)
        and isinstance(test.comparators[0], ast.Constant)
        and test.comparators[0].value is None
    )
    first = statement.body[0]
    return (
        tested
        and isinstance(first, ast.Return)
        and isinstance(first.value, ast.Name)
        and first.value.id == name
    )


# What a helper returns to turn the caller away: a redirect, or an answer with a 401 or 403.
_REFUSING_ANSWER = re.compile(
    r"\bredirect\w*\(|Redirect\w*\(|\b40[13]\b|HTTP_40[13]|FORBIDDEN|UNAUTHORIZED"
)


def _returns_refusal_without_role(helper: Function) -> bool:
    """Whether an ``if`` of the helper's own body returns a refusal when the caller lacks a
    role (``if role not in allowed_roles: return RedirectResponse(url="/")``), with no
    answer-less ``return`` before it letting callers through. A role's holders sent elsewhere
    (``if user.role == "admin": return RedirectResponse("/admin")``) are not refused."""
    reads_role = role_test_of(helper, GUARD_CALLERS)
    for statement in helper.body:
        if (
            isinstance(statement, ast.If)
            and reads_role(statement.test)
            and _lacks(statement.test)
            and any(_refusing_answer(s) for s in statement.body)
        ):
            return True
        if any(_lets_through(n) for n in ast.walk(statement)):
            return False
    return False


def _lacks(test: ast.expr) -> bool:
    """A condition that holds for callers without something: ``not x``, ``role not in
    allowed``, ``role != "admin"``, and such conditions joined."""
    if isinstance(test, ast.BoolOp):
        return all(_lacks(value) for value in test.values)
    if isinstance(test, ast.UnaryOp):
        return isinstance(test.op, ast.Not)
    return isinstance(test, ast.Compare) and all(
        isinstance(op, ast.NotEq | ast.NotIn) for op in test.ops
    )


def _refusing_answer(statement: ast.stmt) -> bool:
    return (
        isinstance(statement, ast.Return)
        and isinstance(statement.value, ast.Call)
        and _REFUSING_ANSWER.search(ast.unparse(statement.value)) is not None
    )


def _lets_through(node: ast.AST) -> bool:
    """``return`` or ``return None``: an answer-less return, the caller let through."""
    return isinstance(node, ast.Return) and (
        node.value is None or (isinstance(node.value, ast.Constant) and node.value.value is None)
    )


def _helper_signs_in(index: Index, module: Module, func: Function) -> str | None:
    """``user = get_current_user(request)`` as a statement of the handler, where the project's
    helper refuses anonymous callers (no session user: a redirect to the login page, a 401),
    itself or in a helper it calls (``require_admin(request)`` calling it). Pages of a
    server-rendered app sign their callers in this way, with no dependency to read."""
    return _statement_helper(index, module, func, refuses_anonymous, "sign-in check")


def _refuses_without_role(helper: Function) -> bool:
    """The helper raises unless the caller has a role: its test reads one (and does not keep
    the role's holders out: ``if payload.get("is_admin"): raise``), or the helper is
    named for a role's check and raises on its own test (krishihrudya's
    ``require_permission(perm, token, db)``, which looks the permission up first)."""
    reads_role = role_test_of(helper, GUARD_CALLERS)
    if raising_if(helper, lambda test: reads_role(test) and not refuses_the_role(test)):
        return True
    named = _REQUIRES_A_ROLE.match(helper.name) and not OPTIONAL_NAME.search(helper.name)
    return bool(named) and raising_if(helper, _any) and bool(_FORBIDDEN.search(_raised(helper)))


# A helper named for requiring a role or permission (``require_permission``, ``_require_admin``),
# not one that checks or ensures something else (``_ensure_role_name_unique``), and the refusal
# it raises: 403, not a 404 for a user not found.
_REQUIRES_A_ROLE = re.compile(r"_?requires?_\w*?(?:admin|superuser|staff|role|permission|perm\b)")
_FORBIDDEN = re.compile(r"\b403\b|FORBIDDEN|Forbidden|PermissionDenied")


def _raised(helper: Function) -> str:
    return " ".join(ast.unparse(n) for n in ast.walk(helper) if isinstance(n, ast.Raise))


def _any(_test: ast.AST) -> bool:
    return True


def _statement_helper(
    index: Index,
    module: Module,
    func: Function,
    refuses: Callable[[Function], bool],
    kind: str,
) -> str | None:
    """The evidence (``kind`` in the helper, and where) of the first statement of ``func``
    that calls a project helper ``refuses`` accepts, ``_HOPS`` deep; else None."""
    for statement in _every_run(func.body):
        for call in _run_before_answering(statement):
            found = _refusing_helper(index, module, call, func, _HOPS, refuses, _calls_of)
            if found is not None:
                node, where = found
                return f"{kind} in {node.name} ({where}:{node.lineno})"
    return None


def _every_run(body: list[ast.stmt]) -> Iterator[ast.stmt]:
    """The statements of ``body`` that run every time, with those of a ``with`` block it
    opens and of a ``try`` block whose handlers let a refusal through (``try:
    admin.user_role_admin(current_user) ... except HTTPException as he: raise he``), not a
    branch's."""
    for statement in body:
        yield statement
        if isinstance(statement, ast.With | ast.AsyncWith) or (
            isinstance(statement, ast.Try) and all(map(_lets_refusal_through, statement.handlers))
        ):
            yield from _every_run(statement.body)


# What an ``except`` catches that a refusal (an HTTPException) is: it must raise again.
_CATCHES_REFUSAL = re.compile(r"(?:\w+\.)?(?:HTTPException|Exception|BaseException)")


def _lets_refusal_through(handler: ast.ExceptHandler) -> bool:
    """An ``except`` that does not catch a refusal, or raises again (itself or another
    error): the caller is still turned away."""
    kinds = handler.type.elts if isinstance(handler.type, ast.Tuple) else [handler.type]
    catches = any(kind is None or _CATCHES_REFUSAL.fullmatch(ast.unparse(kind)) for kind in kinds)
    return not catches or any(isinstance(s, ast.Raise) for s in handler.body)


def _run_before_answering(statement: ast.stmt) -> list[ast.expr]:
    """The calls a handler's statement makes every run: the statement's own, and for its
    ``return``, the calls given to what it returns, made before the answer is built
    (``return templates.TemplateResponse(request, "page.html", _context(request))``)."""
    if isinstance(statement, ast.Return) and isinstance(statement.value, ast.Call):
        given = [*statement.value.args, *(k.value for k in statement.value.keywords)]
        return [arg for arg in given if isinstance(arg, ast.Call | ast.Await)]
    called = _called(statement)
    return [] if called is None else [called]


# A helper may hand the check on to another, every run: ``await verify_admin_token(creds)``,
# which returns ``verify_admin_role(creds.credentials)``, which refuses.
_HOPS = 2
_MAX_BASES = 6  # a model's classes read for its fields: itself and its bases in the tree


def _called(statement: ast.stmt, *, returned: bool = False) -> ast.expr | None:
    """What a statement calls every run: ``f(x)``, ``y = f(x)``, ``y: T = f(x)`` (and
    ``return f(x)`` when ``returned``)."""
    kinds = (ast.Expr, ast.Assign, ast.AnnAssign, *((ast.Return,) if returned else ()))
    return statement.value if isinstance(statement, kinds) else None


def _calls_of(helper: Function) -> list[ast.AST | None]:
    """What ``helper`` calls as a statement of its own body or returns."""
    return [_called(statement, returned=True) for statement in helper.body]


def _refusing_helper(  # noqa: PLR0917 - the recursion carries each of them
    index: Index,
    module: Module,
    call: ast.AST | None,
    caller: Function,
    hops: int,
    refuses: Callable[[Function], bool],
    inner_calls: Callable[[Function], Sequence[ast.AST | None]],
) -> tuple[Function, str] | None:
    """The helper ``call`` reaches that ``refuses`` accepts, and its file: the one called, or
    one of its ``inner_calls``, ``hops`` deep."""
    found = _helper_in(index, module, call, caller, qualified=True)
    if found is None:
        return None
    helper, home = found
    if refuses(helper):
        return helper, home.file
    if hops == 0:
        return None
    for inner in inner_calls(helper):
        deeper = _refusing_helper(index, home, inner, helper, hops - 1, refuses, inner_calls)
        if deeper is not None:
            return deeper
    return None


def _models_by_audience(
    handlers: list[Handler], facts: dict[str, Facts]
) -> tuple[frozenset[str], frozenset[str]]:
    """``(private, public)``: models some read-only handler serves only to their owner (a list
    filtered by the caller, a read that compares the owner), and models some GET handler
    serves to anonymous callers (a blog's post page): how the project treats its records."""
    private: set[str] = set()
    public: set[str] = set()
    for handler in handlers:
        models = facts[handler.key + handler.route].models
        if handler.protection.ownership_checked and not handler.writes:
            private |= models
        if not handler.protection.authenticated and "GET" in handler.methods:
            public |= models
    return frozenset(private), frozenset(public - private)


def _changes(endpoint: Endpoint) -> bool:
    """Whether a route's methods change records (a read's service is not followed for one)."""
    return any(method not in {"GET", "HEAD", "OPTIONS"} for method in endpoint.methods)


def _owner_field(index: Index, module: Module, model: str) -> str | None:
    """The field of ``model`` that names its owner (``author``, ``owner_id``), its classes in
    the tree read with their bases (SQLModel's ``ItemBase``); ``""`` when they name none and
    refer to no other record; None when it cannot be told."""
    classes = _model_classes(index, module, model) if model.isidentifier() else []
    if not classes:
        return None
    fields = [name for node in classes for name in field_names(node)]
    field = next((name for name in fields if OWNER_WORDS.search(name.lower())), "")
    if not field and any(refers_to_records(node) for node in classes):
        return None  # an owner by another name ("carrier_id", "loja_id") may be there
    return field


def _model_classes(index: Index, module: Module, model: str) -> list[ast.ClassDef]:
    """The class named ``model`` and the base classes it has in the tree, nearest first."""
    symbol = index.resolve(module, ast.Name(id=model, ctx=ast.Load()))
    if symbol is None or not isinstance(symbol.node, ast.ClassDef):
        return []
    found = [symbol.node]
    todo = [(symbol.module or module, symbol.node)]
    while todo and len(found) < _MAX_BASES:
        where, node = todo.pop(0)
        for home, base in index.bases(where, node):
            if base not in found:
                found.append(base)
                todo.append((home, base))
    return found
