"""Small syntactic signals shared by the guard and body analyses: names, status codes, roles.

A *guard* is code whose purpose is to protect (a dependency, a decorator, a permission class):
any sign of authentication inside it counts. A *handler* body only counts when a condition
with such a sign leads to a refusal (``raise``, ``abort``, ``return`` a redirect or error).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable, Iterable

__all__ = [
    "AUTH_NAME",
    "OPTIONAL_NAME",
    "OWNER_WORDS",
    "ROLE_NAME",
    "auth_tokens",
    "call_name",
    "is_refusal",
    "ownership_compare",
    "refuses_anonymous",
    "refusing_if",
    "role_tokens",
    "words",
]

AUTH_NAME = re.compile(
    r"current_(?:\w+_)?user|authenticat|authoriz|_required$|_accepted$|user_passes_test|"
    r"^requires?_(?:auth|login|user|role|admin|permission|scope|token|staff|superuser)|"
    r"(?:verify|validate|check|ensure)_\w*(?:user|auth|token|login|session|key|jwt|credential|"
    r"admin|role|permission|scope)|oauth2|bearer|api_?key|logged_in|signed_in",
    re.IGNORECASE,
)
ROLE_NAME = re.compile(
    r"admin|superuser|staff|role|permission|scope|moderator|perm\b", re.IGNORECASE
)
OPTIONAL_NAME = re.compile(r"optional|maybe|anonymous|allow_any", re.IGNORECASE)
OWNER_WORDS = re.compile(r"owner|author|created_by|user_id|userid|account_id|\buser\b|_user$")

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
        "scopes",
        "groups",
        "user_permissions",
    }
)
_REFUSES_ANONYMOUS = re.compile(
    r"\b401\b|HTTP_401|UNAUTHORIZED|Unauthorized|NotAuthenticated|login_url|redirect_to_login|"
    r"url_for\(['\"][\w.]*login|['\"]/?[\w/]*login"
)
_REFUSAL_CALLS = frozenset({"abort", "redirect", "redirect_to_login", "unauthorized"})


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


def role_tokens(node: ast.AST) -> bool:
    """Whether ``node`` looks at roles, permissions, scopes or staff flags."""
    return any(item in _ROLE_IDS for item in _ids(ast.walk(node)))


def is_refusal(body: Iterable[ast.stmt]) -> bool:
    """Whether a block refuses: raises, aborts, or returns (a redirect or an error response)."""
    for statement in body:
        for node in ast.walk(statement):
            if isinstance(node, ast.Raise | ast.Return):
                return True
            if isinstance(node, ast.Call) and call_name(node) in _REFUSAL_CALLS:
                return True
    return False


def refusing_if(node: ast.AST, test: Callable[[ast.AST], bool]) -> bool:
    """Whether ``node`` holds an ``if`` whose condition passes ``test`` and whose body refuses."""
    for sub in ast.walk(node):
        if isinstance(sub, ast.If) and test(sub.test) and is_refusal(sub.body):
            return True
    return False


def refuses_anonymous(node: ast.AST) -> bool:
    """An ``if`` that refuses anonymous callers: 401, a redirect to the login page, or a
    refusal when ``is_authenticated`` / ``is_anonymous`` says so."""
    for sub in ast.walk(node):
        if not isinstance(sub, ast.If) or not is_refusal(sub.body):
            continue
        test = ast.unparse(sub.test)
        if "is_authenticated" in test or "is_anonymous" in test:
            return True
        body = ast.unparse(ast.Module(body=sub.body, type_ignores=[]))
        if _REFUSES_ANONYMOUS.search(body) and re.search(r"user|token|session|auth", test):
            return True
    return False


def _mentions(node: ast.AST, names: frozenset[str]) -> bool:
    for sub in ast.walk(node):
        text = ast.unparse(sub) if isinstance(sub, ast.Attribute) else None
        if isinstance(sub, ast.Name) and sub.id in names:
            return True
        if text is not None and text in names:
            return True
    return False


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


def ownership_compare(node: ast.AST, users: frozenset[str]) -> bool:
    """Whether ``node`` ties a record to the caller: ``item.owner_id != user.id``,
    ``filter(owner=request.user)``, ``where(Item.user_id == current_user.id)``."""
    for sub in ast.walk(node):
        if isinstance(sub, ast.Compare) and len(sub.comparators) == 1:
            left, right = sub.left, sub.comparators[0]
            if (_mentions(left, users) and _owner_side(right)) or (
                _mentions(right, users) and _owner_side(left)
            ):
                return True
        elif isinstance(sub, ast.keyword) and sub.arg:
            if OWNER_WORDS.search(sub.arg.lower()) and _mentions(sub.value, users):
                return True
        elif isinstance(sub, ast.Call) and re.search(
            r"owner|owns|check_object_permissions", call_name(sub)
        ):
            return True
    return False
