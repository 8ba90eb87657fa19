"""Small syntactic signals shared by the guard and body analyses: names, status codes, roles.

A *guard* is code whose purpose is to protect (a dependency, a decorator, a permission class):
any sign of authentication inside it counts. A *handler* body only counts when a condition
with such a sign leads to a refusal (``raise``, ``abort``, ``return`` a redirect or error).
"""

from __future__ import annotations

import ast
import functools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TypeGuard

__all__ = [
    "AUTH_NAME",
    "OPTIONAL_NAME",
    "OWNER_WORDS",
    "ROLE_NAME",
    "anonymous_test",
    "assignments",
    "auth_tokens",
    "call_name",
    "caller_level",
    "checks_a_role",
    "field_names",
    "is_refusal",
    "ownership_compare",
    "raising_if",
    "refused_by_role_guard",
    "refuses_anonymous",
    "refuses_the_role",
    "refusing_except",
    "refusing_if",
    "returned_values",
    "role_test_of",
    "role_tokens",
    "words",
]

AUTH_NAME = re.compile(
    r"current_(?:\w+_)?(?:user|admin|superuser|staff)|authenticat|authoriz|_required$|"
    r"_accepted$|user_passes_test|"
    r"(?:^|_)requires?_(?:auth|login|user|role|(?:super_?)?admin|permission|scope|token|staff|superuser|"
    r"permiso|permissao|permesso)|"  # Spanish, Portuguese, Italian: require_permiso("ver_x")
    r"(?:verify|validate|check|ensure)_\w*(?:user|auth|token|login|session|key|jwt|credential|"
    r"admin|role|permission|scope)|oauth2|bearer|api_?key|logged_in|signed_in|"
    r"autentica|(?<!des)logado|logueado",  # Portuguese and Spanish: obter_usuario_logado
    re.IGNORECASE,
)
ROLE_NAME = re.compile(
    r"admin|superuser|staff|role|permission|scope|moderator|perm\b|permiso|permissao|permesso",
    re.IGNORECASE,
)
OPTIONAL_NAME = re.compile(r"optional|maybe|anonymous|allow_any", re.IGNORECASE)
OWNER_WORDS = re.compile(
    r"owner|author|created_by|uploaded_by|user_id|userid|account_id|\buser\b|_user$"
)

_AUTH_IDS = frozenset(
    {
        "HTTP_401_UNAUTHORIZED",
        "is_authenticated",
        "is_anonymous",
        "NotAuthenticated",
        "AuthenticationFailed",
        "Unauthorized",
        "unauthorized",
        "verify_jwt_in_request",
        "redirect_to_login",
        "login_url",
        "jwt",
        "decode_token",
        "verify_token",
        "get_jwt_identity",
        "InvalidTokenError",
        "JWTError",
        "PyJWTError",
        "HTTP_403_FORBIDDEN",
        "PermissionDenied",
        "Forbidden",
    }
)
_ROLE_IDS = frozenset(
    {
        "is_admin",
        "is_superuser",
        "is_staff",
        "is_moderator",
        "role",
        "roles",
        "has_role",
        "has_roles",
        "has_perm",
        "has_perms",
        "has_permission",
        "permissions",
        "privileges",  # priv.privileges & AccessRight.CREATE: a right held on an object
        # a rank held (``if staff.clearance_level.value > min_level.value: raise``)
        "clearance",
        "clearance_level",
        "access_level",
        "permission_level",
        "privilege_level",
        "administrator",
        "is_administrator",
        "scopes",
        "groups",
        "user_permissions",
    }
)
_UNAUTHORIZED = re.compile(r"\b401\b|HTTP_401|UNAUTHORIZED|Unauthorized|NotAuthenticated")
_TO_LOGIN = re.compile(r"login_url|redirect_to_login|url_for\(['\"][\w.]*login|['\"]/?[\w/]*login")
# Who is calling: the signed-in user, the session, a token (not a local ``user`` from a form).
_CALLER_MISSING = re.compile(
    r"current_user|g\.user|request\.user|session|token|auth|identity|jwt|\bg\.\w*user"
)
_CREDENTIALS = re.compile(
    r"token|session|header|authorization|cookie|jwt|current_user|request\.user|api_?key", re.I
)
_REFUSAL_CALLS = frozenset({"abort", "redirect", "redirect_to_login", "unauthorized"})
_REDIRECT = re.compile(r"\bredirect\w*\(|RedirectResponse\(")
_RAISING_CALLS = _REFUSAL_CALLS - {"redirect", "redirect_to_login"}  # a redirect is returned
# A helper named for the error it raises (``raise_forbidden(message)``, ``raise_http_403()``).
_RAISING_NAME = re.compile(r"raise_\w+")


def words(text: str) -> str:
    """``update_user_profile`` and ``/users/{id}/profile`` as plain words for matching."""
    return " ".join(w for w in re.split(r"[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])", text) if w).lower()


def call_name(node: ast.AST) -> str:
    """The last name of a call's callee (``Depends`` for ``fastapi.Depends(...)``)."""
    func = node.func if isinstance(node, ast.Call) else node
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Call):
        return call_name(func)
    return ""


def assignments(func: ast.AST) -> list[ast.Assign | ast.AnnAssign]:
    """The assignments with a value in ``func``, in source order: to follow a value through
    the names it is given, one after the other."""
    found = [
        n
        for n in ast.walk(func)
        if isinstance(n, ast.Assign | ast.AnnAssign) and n.value is not None
    ]
    return sorted(found, key=lambda n: (n.lineno, n.col_offset))


def field_names(node: ast.ClassDef) -> list[str]:
    """The names a class body assigns (``owner_id: Mapped[int] = ...``, ``SECRET_KEY = ...``):
    a model's fields, a settings class's settings."""
    names: list[str] = []
    for statement in node.body:
        target = (
            statement.targets[0]
            if isinstance(statement, ast.Assign)
            else statement.target
            if isinstance(statement, ast.AnnAssign)
            else None
        )
        if isinstance(target, ast.Name):
            names.append(target.id)
    return names


# A column referring to another record ("carrier_id = Column(ForeignKey('users.id'))",
# "loja_id: int = Field(foreign_key='loja.id')", Django's and peewee's fields): whose the
# record is may hide behind any of them, by a name no owner word knows.
_REFERENCES = ("ForeignKey", "foreign_key", "OneToOneField", "ManyToManyField", "ReferenceField")


@functools.cache
def refers_to_records(node: ast.ClassDef) -> bool:
    """Whether a model class has a column referring to another record (remembered by class:
    every handler loading the model asks again)."""
    for statement in node.body:
        if isinstance(statement, ast.Assign | ast.AnnAssign):
            text = ast.unparse(statement)
            if any(reference in text for reference in _REFERENCES):
                return True
    return False


def returned_values(func: ast.AST) -> list[tuple[int, ast.expr]]:
    """``(line, value)`` of every ``return`` with a value in ``func``: what reaches the answer."""
    return [
        (n.lineno, n.value)
        for n in ast.walk(func)
        if isinstance(n, ast.Return) and n.value is not None
    ]


def _ids(nodes: Iterable[ast.AST]) -> Iterable[str | int]:
    for node in nodes:
        if isinstance(node, ast.Name):
            yield node.id
        elif isinstance(node, ast.Attribute):
            yield node.attr
        elif isinstance(node, ast.Constant) and isinstance(node.value, int):
            yield node.value


def auth_tokens(node: ast.AST) -> bool:
    """Whether ``node`` mentions authentication: 401/403, ``is_authenticated``, JWT checks."""
    return any(item in (401, 403) or item in _AUTH_IDS for item in _ids(ast.walk(node)))


# A role held somewhere: ``user.global_role``, ``project_role``, ``GlobalRole.ADMIN``.
_ROLE_ID = re.compile(r"\w*[a-z0-9](?:_roles?|Roles?)")
_HELD_ROLE_KEYS = frozenset({"role", "roles", "is_admin", "is_superuser", "is_staff"})
# The one configured administrator, compared with the caller (``user.email !=
# settings.admin_email``, ``user.id in ADMIN_USER_IDS``): a role check, not an owner's.
_ADMIN_IDENTITY = re.compile(
    r"(?:super_?)?admins?_(?:user_?)?(?:emails?|ids?|usernames?|logins?|phones?)"
    r"|super_?users?_(?:emails?|ids?|usernames?)",
    re.IGNORECASE,
)


def role_tokens(node: ast.AST) -> bool:
    """Whether ``node`` looks at roles, permissions, scopes or staff flags, as attributes or
    as a document's keys (``current_user["admin"]``, ``user["role"]``, ``user.get("role")``),
    or compares a role named in another language (``_foreign_role``)."""
    nodes = list(ast.walk(node))
    return (
        any(_role_name(item) for item in _ids(nodes))
        or any(_role_key(sub.slice) for sub in nodes if isinstance(sub, ast.Subscript))
        or any(_held_role(sub.args[0]) for sub in nodes if _get_call(sub))
        or any(_foreign_role(sub) for sub in nodes if isinstance(sub, ast.Compare))
    )


# A role in Portuguese, Spanish, Italian or Indonesian (perfil, perfis, rol, ruolo, peran), as a
# name's word. "perfil" is a profile too, so it counts only compared with a literal role or
# another such name: ``perfil_usuario not in perfis_autorizados``, ``user.rol == "admin"``.
_FOREIGN_ROLE_WORD = re.compile(
    r"(?:^|_)(?:perfil|perfis|perfiles|rol|roles|ruolo|ruoli|peran)(?:_|$)", re.IGNORECASE
)
# The words that name nothing but a role may be compared with role numbers too: ``if
# current_user.rol not in (1, 3): raise`` (corpofitpro-centro's secretaries and heads).
_PROFILE_WORD = re.compile(r"(?:^|_)(?:perfil|perfis|perfiles)(?:_|$)", re.IGNORECASE)


def _foreign_role(node: ast.Compare) -> bool:
    sides = [(side, _foreign_role_name(side)) for side in [node.left, *node.comparators]]
    named = [word for _, word in sides if word is not None]
    numbers = not any(_PROFILE_WORD.search(word) for word in named)
    others = [side for side, word in sides if word is None]
    return bool(named) and all(_literal_roles(side, numbers=numbers) for side in others)


def _foreign_role_name(node: ast.expr) -> str | None:
    """The name or key that names a role in another language (``rol``, ``perfil_usuario``),
    else None."""
    key: ast.expr | None = None
    if isinstance(node, ast.Name | ast.Attribute):
        name = node.id if isinstance(node, ast.Name) else node.attr
        return name if _FOREIGN_ROLE_WORD.search(name) else None
    if isinstance(node, ast.Subscript):
        key = node.slice
    if _get_call(node):
        key = node.args[0]
    if isinstance(key, ast.Constant) and isinstance(key.value, str):
        return key.value if _FOREIGN_ROLE_WORD.search(key.value) else None
    return None


def _literal_roles(node: ast.expr, *, numbers: bool) -> bool:
    """A string (or, with ``numbers``, an integer), or a tuple, list or set of them: roles
    written out."""
    if isinstance(node, ast.Tuple | ast.List | ast.Set):
        return bool(node.elts) and all(_literal_roles(e, numbers=numbers) for e in node.elts)
    if not isinstance(node, ast.Constant):
        return False
    kinds: tuple[type, ...] = (str, int) if numbers else (str,)
    return isinstance(node.value, kinds) and not isinstance(node.value, bool)


def _get_call(node: ast.AST) -> TypeGuard[ast.Call]:
    """``current_user.get("role")``: a document's key read with a default."""
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "get"
        and bool(node.args)
    )


_ROLE_FLAGS = frozenset(
    {"is_admin", "is_superuser", "is_staff", "is_moderator", "admin", "superuser", "staff"}
)


def _role_flag(node: ast.AST) -> bool:
    """A role flag read as it is: ``user.is_admin``, ``payload.get("is_admin")``,
    ``user["is_admin"]``."""
    if isinstance(node, ast.Attribute):
        return node.attr in _ROLE_FLAGS
    return _reads_key(node, _ROLE_FLAGS)


def _reads_key(node: ast.AST, keys: frozenset[str]) -> bool:
    """Whether ``node`` reads one of ``keys`` from a document: ``payload.get("roles")``,
    ``payload["roles"]``."""
    if _get_call(node):
        key: ast.AST = node.args[0]
    elif isinstance(node, ast.Subscript):
        key = node.slice
    else:
        return False
    return isinstance(key, ast.Constant) and key.value in keys


def role_test_of(
    func: ast.FunctionDef | ast.AsyncFunctionDef,
    callers: frozenset[str] = frozenset(),
) -> Callable[[ast.AST], bool]:
    """``role_tokens``, and a comparison of a name ``func`` assigns a role to with a value:
    ``role_id = payload.get("role")`` then ``if role_id != 3`` (not ``role is None``, a role
    looked up and not found); with ``callers``, the names holding the caller, their access
    level compared with level codes too (``current_user["level"] != "L2"``)."""
    names = {
        target.id
        for node in ast.walk(func)
        if isinstance(node, ast.Assign)
        and not isinstance(node.value, _DECIDED)
        and role_tokens(node.value)
        for target in node.targets
        if isinstance(target, ast.Name)
    }

    flags = _granted_flags(func)

    def compares_the_role(node: ast.AST) -> bool:
        if role_tokens(node) or _not_granted(node, flags) or caller_level(node, callers):
            return True
        return bool(names) and any(_compares_a_name(sub, names) for sub in ast.walk(node))

    return compares_the_role


# An access level written as a code (``"L2"``, ``"LEVEL_3"``): a tier of the app's staff, as
# LSP_Sewing_Machines's ``level: Literal["L1", "L2"]`` ("L2: Full CRUD"). A level written as a
# number is a player's or a learner's progress, one written as a word may be a plan
# (``"premium"``) or a stage (``"beginner"``): neither is read as a role.
_LEVEL_CODE = re.compile(r"(?:L|LV|LVL|LEVEL)[ _-]?\d{1,2}", re.IGNORECASE)
_EQUALITY_OPS = (ast.Eq, ast.NotEq, ast.In, ast.NotIn)
_LEVEL_KEY = frozenset({"level"})
# The kind of the caller's account compared with a staff role written out: DashX's
# ``if current_user.type != "manager": raise HTTPException(403)``. A kind compared with other
# words only (``user.type == "customer"``) is the caller's kind of account, not staff's.
_KIND_KEYS = frozenset({"type", "user_type", "account_type", "usertype", "kind"})
_STAFF_KIND = re.compile(
    r"(?:super[_ ]?)?admin(?:istrator)?|superuser|manager|staff|moderator|supervisor|operator",
    re.IGNORECASE,
)


def caller_level(node: ast.AST, callers: frozenset[str]) -> bool:
    """Whether ``node`` compares the level of the caller (a name of ``callers``) with level
    codes only (``current_user["level"] != "L2"``, ``user.level not in ("L2", "L3")``), or
    the kind of the caller's account with words one of which names staff (``user.type !=
    "manager"``); not a record's (``ticket.level == "L2"``), nor a level compared with a
    number."""
    return _caller_compared(node, callers, _LEVEL_KEY, _level_codes) or _caller_compared(
        node, callers, _KIND_KEYS, _staff_kinds
    )


def _caller_compared(
    node: ast.AST,
    callers: frozenset[str],
    keys: frozenset[str],
    written: Callable[[ast.expr], bool],
) -> bool:
    """Whether ``node`` compares a key of ``keys`` the caller holds with values ``written``
    accepts, on every other side of the comparison."""
    if not callers:
        return False
    for sub in ast.walk(node):
        if not isinstance(sub, ast.Compare) or not all(
            isinstance(op, _EQUALITY_OPS) for op in sub.ops
        ):
            continue
        sides = [sub.left, *sub.comparators]
        held = [side for side in sides if _held_by(side, callers, keys)]
        others = [side for side in sides if not _held_by(side, callers, keys)]
        if held and others and all(written(side) for side in others):
            return True
    return False


def _held_by(node: ast.expr, callers: frozenset[str], keys: frozenset[str]) -> bool:
    """``user.level``, ``user["level"]`` or ``user.get("level")`` (a key of ``keys``) for
    ``user`` in ``callers``."""
    held: ast.expr | None = None
    if (isinstance(node, ast.Attribute) and node.attr in keys) or (
        isinstance(node, ast.Subscript) and _reads_key(node, keys)
    ):
        held = node.value
    elif _get_call(node) and isinstance(node.func, ast.Attribute) and _reads_key(node, keys):
        held = node.func.value
    return held is not None and ast.unparse(held) in callers


def _staff_kinds(node: ast.expr) -> bool:
    """Words (a string, or a tuple, list or set of them), one of which names staff."""
    values = node.elts if isinstance(node, ast.Tuple | ast.List | ast.Set) else [node]
    strings = [v.value for v in values if isinstance(v, ast.Constant) and isinstance(v.value, str)]
    return (
        bool(values)
        and len(strings) == len(values)
        and any(_STAFF_KIND.fullmatch(text.strip()) for text in strings)
    )


def _level_codes(node: ast.expr) -> bool:
    """A level code (``"L2"``), or a tuple, list or set of them."""
    if isinstance(node, ast.Tuple | ast.List | ast.Set):
        return bool(node.elts) and all(_level_codes(e) for e in node.elts)
    return (
        isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and _LEVEL_CODE.fullmatch(node.value.strip()) is not None
    )


def _granted_flags(func: ast.FunctionDef | ast.AsyncFunctionDef) -> frozenset[str]:
    """Names set to ``True`` only in an ``if`` of a loop over the caller's roles or
    permissions: ``for role in user.roles: for permission in role.permissions: if
    permission.code == required: allowed = True``. A name also set for another reason
    (``if record.owner_id == user.id: allowed = True``) lets others through: not a flag of
    the role's. A role read off records in a loop over them (``for golfer in team.golfers: if
    golfer.role == CAPTAIN: has_captain = True``) is the records', not the caller's."""
    granting = [
        branch
        for node in ast.walk(func)
        if isinstance(node, ast.For | ast.AsyncFor) and role_tokens(node.iter)
        for branch in ast.walk(node)
        if isinstance(branch, ast.If)
    ]
    granted = {id(s) for branch in granting for s in branch.body}
    by_role: set[str] = set()
    others: set[str] = set()
    for node in ast.walk(func):
        if (
            isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Constant)
            and node.value.value is True
        ):
            names = {target.id for target in node.targets if isinstance(target, ast.Name)}
            (by_role if id(node) in granted else others).update(names)
    return frozenset(by_role - others)


def _not_granted(node: ast.AST, flags: frozenset[str]) -> bool:
    """``not allowed`` for a flag the role test sets: the refusal of those it did not grant."""
    return (
        isinstance(node, ast.UnaryOp)
        and isinstance(node.op, ast.Not)
        and isinstance(node.operand, ast.Name)
        and node.operand.id in flags
    )


_NO_VALUE = (ast.Is, ast.IsNot)
# A value decided from the role, not the role itself: ``booking = walk_in if user.role in
# front_desk else strict`` names a booking type, and a later ``if booking == strict`` is no
# role check.
_DECIDED = (ast.IfExp, ast.Compare, ast.BoolOp, ast.UnaryOp)


def _compares_a_name(node: ast.AST, names: set[str]) -> bool:
    """``role_id != 3`` for ``role_id`` in ``names``; not ``role is None``."""
    return (
        isinstance(node, ast.Compare)
        and not any(isinstance(op, _NO_VALUE) for op in node.ops)
        and any(
            isinstance(side, ast.Name) and side.id in names
            for side in (node.left, *node.comparators)
        )
    )


def refuses_the_role(test: ast.AST) -> bool:
    """Whether a refusal's condition holds for the role's holders: ``if not payload or
    payload.get("is_admin"): raise`` keeps administrators out of a participants' guard (ITAM-hack's
    ``get_current_user``), so it requires no role; no other part of the ``or`` reads one."""
    parts = test.values if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.Or) else [test]
    flags = [part for part in parts if _role_flag(part)]
    return bool(flags) and not any(role_tokens(part) for part in parts if part not in flags)


def _held_role(key: ast.expr) -> bool:
    """A key naming the role a user holds (``"role"``, ``"is_admin"``), not a token's granted
    scopes or permissions: ``scope not in payload.get("scopes", [])`` checks the scopes the
    route asks for, which may be none."""
    if not (isinstance(key, ast.Constant) and isinstance(key.value, str)):
        return False
    name = key.value
    return name in _HELD_ROLE_KEYS or bool(_ROLE_ID.fullmatch(name) or _ROLE_NAMED.fullmatch(name))


# A flag naming a role, or roles joined: ``user.is_admin_or_manager``, ``is_staff_or_admin``;
# the people who run the service by another name (``if not user.is_platform_user: raise``
# keeps a platform's operators apart from its tenants' users, update-platform's guard).
_JOINED_ROLE_FLAG = re.compile(
    r"is_(?:\w+_or_)?(?:super_?)?(?:admin|administrator|superuser|staff|moderator|manager"
    r"|operator|supervisor|platform_user|platform_staff|support_staff|support_agent)"
    r"(?:_or_\w+)?",
    re.IGNORECASE,
)


def _role_name(item: str | int) -> bool:
    return item in _ROLE_IDS or (
        isinstance(item, str)
        and (
            _ROLE_ID.fullmatch(item) is not None
            or _ADMIN_IDENTITY.fullmatch(item) is not None
            or _JOINED_ROLE_FLAG.fullmatch(item) is not None
        )
    )


def _role_key(key: ast.expr) -> bool:
    if not (isinstance(key, ast.Constant) and isinstance(key.value, str)):
        return False
    return _role_name(key.value) or _ROLE_NAMED.fullmatch(key.value) is not None


def _text(body: list[ast.stmt]) -> str:
    """A block's source, to search with a pattern."""
    return ast.unparse(ast.Module(body=body, type_ignores=[]))


def is_refusal(body: Iterable[ast.stmt]) -> bool:
    """Whether a block refuses: raises, aborts, or returns (a redirect or an error response)."""
    for statement in body:
        for node in ast.walk(statement):
            if isinstance(node, ast.Raise | ast.Return):
                return True
            if isinstance(node, ast.Call) and _refusing_call(call_name(node), _REFUSAL_CALLS):
                return True
    return False


def refusing_if(
    node: ast.AST,
    test: Callable[[ast.AST], bool],
    keeps_out: Callable[[ast.AST], bool] | None = None,
) -> bool:
    """Whether ``node`` holds an ``if`` whose condition passes ``test`` and whose body refuses.
    A body that only returns the guard's result (``if user.role == "admin": return user``)
    lets those callers through early: it refuses the others only in an allow-list (the
    function then ends by raising: ``_allow_list``), not when it goes on to check something
    else and returns. A refusal whose condition passes ``keeps_out`` refuses the callers the
    test names (``if payload.get("is_admin"): raise``), so it does not count; in an allow-list
    the same condition lets them in (``if user.is_admin: return user``), so it does."""
    if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and _allow_list(node.body, test):
        return True
    return any(
        test(sub.test)
        and not (keeps_out is not None and keeps_out(sub.test))
        and is_refusal(sub.body)
        and not _passes(sub.body)
        for sub in _ifs(node)
    )


def _passes(body: Sequence[ast.stmt]) -> bool:
    """Whether a block only returns a value as it is: a name, an attribute, several of them,
    or ``True``; or, in a middleware, hands the request on (``passes_on``)."""
    if passes_on(body):
        return True
    if len(body) != 1 or not isinstance(body[0], ast.Return):
        return False
    value = body[0].value
    items = value.elts if isinstance(value, ast.Tuple) else [value]
    return bool(items) and all(
        isinstance(item, ast.Name | ast.Attribute)
        or (isinstance(item, ast.Constant) and item.value is True)
        for item in items
    )


_PATH_TEXT = re.compile(
    r"\.url\b|(?:\[|scope\.get\()['\"](?:path|raw_path)['\"][\])]|\.path_params|base_url"
)


def reads_the_path(node: ast.AST) -> bool:
    """Whether code looks at the URL (``request.url.path``, ``scope["path"]``,
    ``scope.get("path")``)."""
    return _PATH_TEXT.search(ast.unparse(node)) is not None


def passes_on(body: Sequence[ast.stmt]) -> bool:
    """Whether a middleware's branch hands the request on (``return await
    call_next(request)``, ``return await self.app(scope, receive, send)``): no refusal."""
    last = body[-1] if body else None
    if not isinstance(last, ast.Return) or last.value is None:
        return False
    value = last.value.value if isinstance(last.value, ast.Await) else last.value
    if not isinstance(value, ast.Call):
        return False
    callee = ast.unparse(value.func)
    return callee == "call_next" or callee.endswith(".call_next") or callee == "self.app"


def raising_if(
    func: ast.FunctionDef | ast.AsyncFunctionDef, test: Callable[[ast.AST], bool]
) -> bool:
    """``refusing_if`` for a helper the handler calls, read strictly: an ``if`` of the helper's
    own body (not one under another ``if``: ``if access_type == "admin": ...`` checks only
    when asked to) whose condition passes ``test`` and whose body raises or aborts (a
    ``return`` hands an answer back to the handler, which goes on); or an allow-list, ``if``s
    of its own body that pass ``test`` and return, then a last statement that raises
    (``if user.role == "admin": return True`` ... ``raise HTTPException(...)``)."""
    return any(
        isinstance(statement, ast.If)
        and test(statement.test)
        and any(_raises(node) for inner in statement.body for node in ast.walk(inner))
        for statement in func.body
    ) or _allow_list(func.body, test)


def _raises(node: ast.AST) -> bool:
    return isinstance(node, ast.Raise) or (
        isinstance(node, ast.Call) and _refusing_call(call_name(node), _RAISING_CALLS)
    )


def _refusing_call(name: str, known: frozenset[str]) -> bool:
    return name in known or bool(_RAISING_NAME.fullmatch(name))


def _allow_list(body: list[ast.stmt], test: Callable[[ast.AST], bool]) -> bool:
    """Every caller the ``if``s do not let through reaches a last statement that raises, and
    every ``if`` (``elif``s included) that lets callers through by returning passes ``test``:
    one that returns for another reason (``elif function in allowed_for_drivers: return``)
    lets some callers through without the role, so the helper is no role check."""
    if not body or not any(_raises(node) for node in ast.walk(body[-1])):
        return False
    if isinstance(body[-1], ast.If | ast.For | ast.While | ast.Try | ast.With):
        return False  # the raise is itself conditional
    verdicts = [_lets_through(s, test) for s in body[:-1] if isinstance(s, ast.If)]
    return True in verdicts and False not in verdicts


def _lets_through(statement: ast.If, test: Callable[[ast.AST], bool]) -> bool | None:
    """True when each branch of the chain that returns tests a role (one at least), False
    when one returns without, None when none returns (the chain lets no caller through)."""
    found: bool | None = None
    branch: ast.stmt = statement
    while isinstance(branch, ast.If):
        if any(isinstance(s, ast.Return) for inner in branch.body for s in ast.walk(inner)):
            if not test(branch.test):
                return False
            found = True
        if len(branch.orelse) == 1 and isinstance(branch.orelse[0], ast.If):
            branch = branch.orelse[0]  # an elif
            continue
        if any(isinstance(s, ast.Return) for s in branch.orelse):
            return False  # an else that returns lets everyone else through
        break
    return found


def _ifs(node: ast.AST) -> Iterator[ast.If]:
    """The ``if`` statements under ``node`` that anonymous callers can reach: not those inside
    the body of ``if current_user.is_authenticated:`` (they only ever see signed-in users)."""
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, ast.If):
            yield current
            if anonymous_test(current.test) is False:
                stack.extend(current.orelse)
                stack.append(current.test)
                continue
        stack.extend(ast.iter_child_nodes(current))


def refuses_anonymous(node: ast.AST) -> bool:
    """An ``if`` that refuses anonymous callers: 401, a redirect to the login page, or a
    refusal when ``not is_authenticated`` / ``is_anonymous`` says so. ``if
    current_user.is_authenticated: return redirect(...)`` sends signed-in users away from a
    login page: it refuses no anonymous caller."""
    for sub in _ifs(node):
        if not is_refusal(sub.body):
            continue
        polarity = anonymous_test(sub.test)
        if polarity is not None:
            if polarity:
                return True
            continue
        test = ast.unparse(sub.test)
        body = _text(sub.body)
        if not _negative(sub.test):
            continue
        if (
            _TO_LOGIN.search(body)
            and (_CALLER_MISSING.search(test) or _holds_the_caller(node, sub.test))
            and "password" not in test
        ):
            return True  # if g.user is None: redirect to login (not: a wrong password)
        unauthorized = _UNAUTHORIZED.search(body)
        if not (unauthorized or _REDIRECT.search(body)):
            continue
        if unauthorized and (_CALLER_MISSING.search(test) or _holds_the_caller(node, sub.test)):
            return True  # if user is None: raise HTTPException(401)
        if calls_a_guard(sub.test) or _assigned_from_guard(node, sub.test):
            # a guard's answer missing turns the caller away or sends them elsewhere, wherever
            # the sign-in page is: user = get_current_user(request); if not user: return
            # RedirectResponse("/masukgan")
            return True
    return False


def refused_by_role_guard(test: ast.AST) -> bool:
    """Whether ``test`` holds when a guard named for a role says no (``not
    _require_admin(request)``): not ``if _require_admin(request): return redirect(...)``, a
    sign-in page sending a signed-in admin on."""
    return _negative(test) and calls_a_guard(test, role=True)


def calls_a_guard(test: ast.AST, *, role: bool = False) -> bool:
    """Whether ``test`` asks a function named as a guard about the request (``not
    _require_admin(request)``, ``check_session(token)``), not about a form's password
    (``authenticate_user(db, form.username, form.password)``); with ``role``, one named for
    a role."""
    for node in ast.walk(test):
        if not isinstance(node, ast.Call):
            continue
        name = call_name(node)
        if not AUTH_NAME.search(name) or OPTIONAL_NAME.search(name):
            continue
        if role and not ROLE_NAME.search(name):
            continue
        args = [ast.unparse(a) for a in [*node.args, *(k.value for k in node.keywords)]]
        asks = any(a == "request" or _CREDENTIALS.search(a) for a in args)
        if asks and not any("password" in a.lower() for a in args):
            return True
    return False


# Exceptions an authorization layer raises for a caller not allowed: ckan's NotAuthorized,
# Django's PermissionDenied, werkzeug's Forbidden and Unauthorized.
_NOT_ALLOWED = re.compile(
    r"NotAuthori[sz]ed|PermissionDenied|Forbidden|Unauthori[sz]ed|AccessDenied|NotAllowed"
    r"|Authori[sz]ationError|AuthenticationError|NotAuthenticated"
)


# What a guarded ``try`` body must name for its refusal to turn away callers who are not
# signed in: a change ("package_update", checked or made) or the site's administrator. Reading
# ("package_show", "permission_download_file") is allowed to anonymous callers on public
# records, so a refusal around a read says nothing about signing in.
_CHECKED = re.compile(
    r"sysadmin|_(?:create|update|delete|patch|purge)\b|\b(?:create|update|delete|patch|purge)_",
    re.IGNORECASE,
)


def refusing_except(node: ast.AST) -> list[ast.Try]:
    """The ``try`` blocks under ``node`` whose handler for a caller not allowed refuses
    (``try: check_access('sysadmin', ...) except NotAuthorized: abort(403)``), around an
    access check or a change: the calls in their body check the caller, and whoever fails is
    turned away."""
    return [
        sub
        for sub in ast.walk(node)
        if isinstance(sub, ast.Try)
        and any(_refuses_the_not_allowed(handler) for handler in sub.handlers)
        # the handler first: unparsing the body costs more, and few handlers match
        and _CHECKED.search(_text(sub.body))
    ]


def _refuses_the_not_allowed(handler: ast.ExceptHandler) -> bool:
    """``except NotAuthorized: abort(403)``, alone or in a tuple of exceptions."""
    caught = handler.type
    if caught is None:
        return False
    names = caught.elts if isinstance(caught, ast.Tuple) else [caught]
    return any(_NOT_ALLOWED.search(ast.unparse(n)) for n in names) and is_refusal(handler.body)


_ROLE_NAMED = re.compile(r"(?:sys|site_?|super_?)?admin|superuser|staff|moderator", re.IGNORECASE)


def checks_a_role(tries: Iterable[ast.Try]) -> bool:
    """Whether the checks in these ``try`` bodies look at a role: role names in the code, or
    a role named as a string (``check_access('sysadmin', ...)``)."""
    for block in tries:
        body = ast.Module(body=block.body, type_ignores=[])
        if role_tokens(body):
            return True
        for node in ast.walk(body):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and _ROLE_NAMED.fullmatch(node.value)
            ):
                return True
    return False


def _holds_the_caller(scope: ast.AST, test: ast.expr) -> bool:
    """Whether a name tested is assigned from the request's credentials (``user =
    get_user(request.headers["authorization"])``), not from a login form's password check."""
    return _assigned_from(scope, test, lambda value: bool(_CREDENTIALS.search(ast.unparse(value))))


def _assigned_from_guard(scope: ast.AST, test: ast.expr) -> bool:
    """Whether a name tested is assigned from a guard asked about the request (``user =
    get_current_user(request)``), not from a token read off a form or a query."""
    return _assigned_from(scope, test, calls_a_guard)


def _assigned_from(scope: ast.AST, test: ast.expr, given: Callable[[ast.expr], bool]) -> bool:
    """Whether a name ``test`` reads is assigned, somewhere in ``scope``, a value ``given``
    accepts."""
    tested = {n.id for n in ast.walk(test) if isinstance(n, ast.Name)}
    return any(
        any(isinstance(t, ast.Name) and t.id in tested for t in targets) and given(value)
        for targets, value in _assignments(scope)
    )


def _assignments(scope: ast.AST) -> Iterator[tuple[list[ast.expr], ast.expr]]:
    """Each assignment in ``scope``, its targets and value: ``user = ...`` and ``data: dict |
    None = request.session.get("user")`` alike."""
    for node in ast.walk(scope):
        if isinstance(node, ast.Assign):
            yield node.targets, node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            yield [node.target], node.value


def _negative(test: ast.AST) -> bool:
    """``not x``, ``x is None``, ``'user_id' not in session``: a test for something missing
    (``if User.reset_password(token): return redirect(login)`` is a success, not a refusal)."""
    for node in ast.walk(test):
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
            return True
        if isinstance(node, ast.Compare) and any(
            isinstance(op, ast.NotIn | ast.NotEq | ast.Is | ast.Eq) for op in node.ops
        ):
            return True
    return False


def anonymous_test(test: ast.expr) -> bool | None:
    """Whether a condition holds for anonymous callers (``True``), only for signed-in callers
    (``False``), or says nothing about it (``None``)."""
    if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
        inner = anonymous_test(test.operand)
        return None if inner is None else not inner
    if isinstance(test, ast.BoolOp):
        found = [anonymous_test(value) for value in test.values]
        if isinstance(test.op, ast.Or):
            return True if True in found else (False if False in found else None)
        # ``and``: anonymous callers reach the body only if every known part lets them.
        known = [item for item in found if item is not None]
        return None if not known else all(known)
    if isinstance(test, ast.Compare) and len(test.ops) == 1:
        inner = anonymous_test(test.left)
        right = test.comparators[0]
        negated = isinstance(test.ops[0], ast.IsNot | ast.NotEq)
        if inner is not None and isinstance(right, ast.Constant) and isinstance(right.value, bool):
            return inner if right.value != negated else not inner
        return None
    name = test.attr if isinstance(test, ast.Attribute) else None
    if isinstance(test, ast.Call):
        name = call_name(test)
    if name == "is_anonymous":
        return True
    if name in {"is_authenticated", "is_logged_in", "logged_in"}:
        return False
    return None


def _mentions(node: ast.AST, names: frozenset[str]) -> bool:
    for sub in ast.walk(node):
        text = ast.unparse(sub) if isinstance(sub, ast.Attribute) else None
        if isinstance(sub, ast.Name) and sub.id in names:
            return True
        if text is not None and text in names:
            return True
        if isinstance(sub, ast.Call) and call_name(sub) in {"current_user", "get_current_user"}:
            return True  # token_auth.current_user()
    return False


# An enumeration's member, a state the caller is in, not a record: ``UserStatus.active``,
# ``AccountState.LOCKED``, ``PlanTier.FREE``.
_ENUM_CLASS = re.compile(r"[A-Z]\w*(?:Status|State|Type|Kind|Enum|Level|Tier|Plan|Mode)")


def _record_side(node: ast.AST, users: frozenset[str], ids: frozenset[str]) -> bool:
    """What the caller is compared with: an owner-named field, the path's id, or any field of
    another object (``current_user != notification.receiver``), not an enumeration's member
    (``user.status != UserStatus.active`` checks the caller's state)."""
    if _owner_side(node) or (isinstance(node, ast.Name) and node.id in ids):
        return True
    return (
        isinstance(node, ast.Attribute)
        and isinstance(node.value, ast.Name | ast.Attribute)
        and not (isinstance(node.value, ast.Name) and _ENUM_CLASS.fullmatch(node.value.id))
        and not _mentions(node, users)
    )


def _owner_side(node: ast.AST) -> bool:
    for sub in ast.walk(node):
        name = (
            sub.attr
            if isinstance(sub, ast.Attribute)
            else sub.id
            if isinstance(sub, ast.Name)
            else sub.slice.value  # post["author_id"]
            if isinstance(sub, ast.Subscript)
            and isinstance(sub.slice, ast.Constant)
            and isinstance(sub.slice.value, str)
            else None
        )
        if name and OWNER_WORDS.search(name.lower()):
            return True
    return False


_ROLE_LOOKUP = re.compile(r"role|permission", re.IGNORECASE)
# A yes/no field copied from the caller (``CurrentUser(..., is_owner=user.is_owner)``, an
# account owner's flag): it says what the caller is, it ties no record to them.
_FLAG = re.compile(r"(?:is|has|can)_", re.IGNORECASE)
# A log line that names the caller (``logger.warning("...", user_id=user.id)``) ties no record.
_LOGGING = re.compile(
    r"(?:^|\.)_?(?:log|logger|logging|LOGGER|LOG|audit_log\w*)"
    r"\.(?:debug|info|warning|warn|error|exception|critical|log|msg|bind)$"
)


# The records a sign-in is checked against: a guard tying one to the user it loaded
# (``Session.user_id == user.id``) authenticates the caller, it ties no record of the route.
# ``Session`` as a model, a name for one (``user_session``), not the database session a query
# runs on (``db.session.get(Item, item_id).owner_id``).
SIGN_IN_RECORDS = re.compile(r"Session|(?<![.\w])\w*session\b|(?i:token|jti|credential|api_?key)")
# What a guard loads for the caller by the record's own key (``Tenant.id ==
# user.tenant_id``: the caller's organization, checked to be active) ties no record of the
# route to its owner either.
GUARD_RECORDS = re.compile(rf"{SIGN_IN_RECORDS.pattern}|^[A-Z]\w*\.(?:id|pk)$")


def _queried(call: ast.Call) -> str:
    """What the query a call refines reads: ``Session`` of ``db.query(Session).filter_by(...)``
    (not the database session it runs on)."""
    return " ".join(
        ast.unparse(arg)
        for inner in ast.walk(call.func)
        if isinstance(inner, ast.Call)
        for arg in inner.args
    )


def _returned_calls(node: ast.AST) -> list[ast.Call]:
    """The calls a function returns, awaited or not: ``return CurrentUser(user_id=user["id"],
    ...)``, and a guard decorator's ``return await func(*args, current_user=current_user)``,
    which hands the caller on to the route it wraps."""
    returned = [sub.value for sub in ast.walk(node) if isinstance(sub, ast.Return)]
    awaited = [value.value if isinstance(value, ast.Await) else value for value in returned]
    return [value for value in awaited if isinstance(value, ast.Call)]


def ownership_compare(
    node: ast.AST,
    users: frozenset[str],
    ids: frozenset[str] = frozenset(),
    *,
    skip: re.Pattern[str] | None = None,
    but_tenant: bool = False,
) -> bool:
    """Whether ``node`` ties a record to the caller: ``item.owner_id != user.id``,
    ``filter(owner=request.user)``, ``where(Item.user_id == current_user.id)``, or the caller's
    own id against the path's (``current_user().id != id``: callers may only touch themselves).
    A comparison whose record side's name matches ``skip`` does not count; with ``but_tenant``,
    nor does one of the record's organization with the caller's (``but_tenant`` asks whether
    anything beyond the caller's tenant ties the record)."""
    lookups = {
        id(k)
        for call in ast.walk(node)
        if isinstance(call, ast.Call)
        and call.keywords
        and (
            _ROLE_LOOKUP.search(call_name(call))
            or _LOGGING.search(ast.unparse(call.func))
            or (skip is not None and skip.search(_queried(call)))
        )
        for k in call.keywords
    }
    if skip is not None:  # a guard: what it returns is the caller it hands on, no record
        lookups |= {id(k) for call in _returned_calls(node) for k in call.keywords}
    for sub in ast.walk(node):
        if isinstance(sub, ast.keyword) and id(sub) in lookups:
            continue  # get_user_project_role(user=user, ...) reads a role, ties no record
            # (nor does query(Session).filter_by(user_id=user.id) in a guard)
        if isinstance(sub, ast.Compare) and len(sub.comparators) == 1:
            left, right = sub.left, sub.comparators[0]
            if role_tokens(sub):
                continue  # user.global_role == GlobalRole.ADMIN: a role, not a record's owner
            record = (
                right
                if _mentions(left, users) and _record_side(right, users, ids)
                else left
                if _mentions(right, users) and _record_side(left, users, ids)
                else None
            )
            if (
                record is not None
                and not (skip and skip.search(ast.unparse(record)))
                and not (but_tenant and _tenant_tie(record, left if record is right else right))
            ):
                return True
        elif isinstance(sub, ast.keyword) and sub.arg and not _FLAG.match(sub.arg):
            if OWNER_WORDS.search(sub.arg.lower()) and _mentions(sub.value, users):
                return True
        elif isinstance(sub, ast.Call) and re.search(
            r"owner|owns|check_object_permissions", call_name(sub)
        ):
            return True
    return False


# A record's organization compared with the caller's: ``Item.organization_id ==
# user.organization_id``, ``project.tenant_id != current_user.tenant_id``. It keeps records
# inside the caller's tenant, not to the caller: its other members reach them too.
_TENANT = re.compile(r"(?:^|_)(?:org|organi[sz]ation|tenant|company|workspace)(?:_?id)?$", re.I)


def _tenant_tie(record: ast.expr, caller: ast.expr) -> bool:
    """Whether both sides of a comparison name a tenant: the record's and the caller's."""
    return all(
        isinstance(side, ast.Attribute) and _TENANT.search(side.attr) is not None
        for side in (record, caller)
    )


# A ``try`` that reads the caller's token: a decoding or verifying call beside the token's name.
_DECODES = re.compile(r"\b\w*(?:decode|verify)\w*\(")
_TOKEN_NAMED = re.compile(r"token|jwt|authorization|bearer", re.IGNORECASE)


def refuses_bad_token(func: ast.AST) -> bool:
    """A middleware's ``try: decode_jwt_token(header) ... except: return 401``: a request
    without a valid token (no header at all fails the decoding too) is turned away."""
    for sub in ast.walk(func):
        if not isinstance(sub, ast.Try):
            continue
        if not any(
            is_refusal(h.body) and _UNAUTHORIZED.search(_text(h.body)) for h in sub.handlers
        ):
            continue
        body = _text(sub.body)
        if _DECODES.search(body) and _TOKEN_NAMED.search(body):
            return True
    return False


# The keys under which a token lists what its holder may do.
_GRANT_KEYS = frozenset({"permissions", "roles", "scopes"})


def refuses_ungranted(func: ast.AST) -> bool:
    """A middleware that reads the grants a token lists (``decoded.get("permissions")``) and
    refuses a request they do not list (``if path not in allowed: return 401``) checks the
    caller's permission, as a role check does."""
    reads_grants = any(_reads_key(node, _GRANT_KEYS) for node in ast.walk(func))
    return reads_grants and refusing_if(func, _not_listed)


def _not_listed(test: ast.AST) -> bool:
    return (
        isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], ast.NotIn)
    )
