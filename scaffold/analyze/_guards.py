"""Decide what a dependency, a decorator or a guard function protects, across modules.

FastAPI: ``Depends(x)`` / ``Security(x, scopes=[...])`` at a parameter, in ``Annotated``
aliases, in ``dependencies=[...]``; ``x`` is followed to its definition and judged by what it
does (its own dependencies, the 401/403 it raises, the roles it reads) and, when it lives outside
the tree, by its name. Decorators (``@login_required``, ``@roles_required``, ``@contract``) are
judged the same way.
"""

from __future__ import annotations

import ast
import copy
import re
from collections.abc import Callable
from typing import TypeGuard

from scaffold.analyze._calls import ArgumentsPutIn, parameter_defaults, unpacks
from scaffold.analyze._model import Protection
from scaffold.analyze._modules import Index, Module, Symbol
from scaffold.analyze._signals import (
    AUTH_NAME,
    GUARD_RECORDS,
    OPTIONAL_NAME,
    ROLE_NAME,
    auth_tokens,
    call_name,
    is_refusal,
    ownership_compare,
    refuses_anonymous,
    refuses_the_role,
    refusing_if,
    role_test_of,
    role_tokens,
)

__all__ = ["DEPENDENCY_CALLS", "GUARD_CALLERS", "Guards", "where"]

DEPENDENCY_CALLS = frozenset({"Depends", "Security"})
# fastapi.security schemes: a missing credential is refused unless auto_error=False.
_SCHEMES = frozenset(
    {
        "OAuth2PasswordBearer",
        "OAuth2AuthorizationCodeBearer",
        "OAuth2",
        "HTTPBearer",
        "HTTPBasic",
        "HTTPDigest",
        "APIKeyHeader",
        "APIKeyCookie",
        "APIKeyQuery",
        "OpenIdConnect",
    }
)
# Provide the caller without refusing anyone: not protection on their own.
_IDENTITY_ONLY = frozenset(
    {
        "auth_context",
        "Caller",
        "PublicCaller",
        "public_auth_context",
        "get_user",
        "get_current_user_optional",
    }
)
# A guard's parameter holding the raw credential: comparing a record with it (``User.id ==
# token.id``) looks the caller up, it does not tie a record to the caller.
_CREDENTIAL = re.compile(r"token|credential|creds|api_?key|authorization|jwt|bearer", re.I)
# The names a guard or a helper holds the caller in, besides its parameters given by a sign-in.
GUARD_CALLERS = frozenset({"current_user", "user", "request.user", "g.user"})
_NONE = Protection()
_MAX_BASES = 4  # classes followed up an inheritance chain to find a scheme
_MAX_ALIAS_DEPTH = 4  # names bound to a dependency list, followed to the list


def where(module: Module, node: ast.AST) -> str:
    return f"{module.file}:{getattr(node, 'lineno', 0)}"


def _keyword(call: ast.Call, name: str) -> ast.expr | None:
    return next((k.value for k in call.keywords if k.arg == name), None)


def _false(expr: ast.expr | None) -> bool:
    return isinstance(expr, ast.Constant) and expr.value is False


def _strings(expr: ast.expr | None) -> list[str]:
    if isinstance(expr, ast.List | ast.Tuple | ast.Set):
        return [
            e.value for e in expr.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)
        ]
    return []


class Guards:
    """Memoized judgements of guards, shared by every framework's analysis."""

    def __init__(self, index: Index) -> None:
        self.index = index
        self._memo: dict[str, Protection] = {}
        self._busy: set[str] = set()
        self._depended: dict[ast.FunctionDef | ast.AsyncFunctionDef, frozenset[str]] = {}

    # FastAPI dependencies -------------------------------------------------------------------

    def dependency(
        self, module: Module, call: ast.Call, annotation: ast.expr | None = None
    ) -> Protection:
        """``Depends(x)`` or ``Security(x, scopes=[...])``; ``Depends()`` uses the annotation."""
        target = call.args[0] if call.args else _keyword(call, "dependency") or annotation
        if target is None:
            return _NONE
        result = self.target(module, target)
        if result.authenticated:
            used = f"{call_name(call)}({ast.unparse(target)}) at {where(module, call)}"
            result = Protection(evidence=(used,)).merge(result)
        scopes = _scopes(_keyword(call, "scopes"))
        if call_name(call) == "Security" and scopes and result.authenticated:
            result = result.merge(
                Protection(
                    role_checked=True,
                    evidence=(f"Security scopes {scopes} ({where(module, call)})",),
                )
            )
        return result

    def target(self, module: Module, expr: ast.expr) -> Protection:
        """What a dependency target (a function, a class, an instance, a call) guarantees."""
        if isinstance(expr, ast.Call):
            callee = self.index.resolve(module, expr.func)
            name = callee.name if callee else call_name(expr)
            if name in _SCHEMES:
                if _false(_keyword(expr, "auto_error")):
                    return _NONE
                return Protection(
                    authenticated=True, evidence=(f"{name}() ({where(module, expr)})",)
                )
            if _lets_anonymous_in(expr):
                return _NONE  # get_current_user_authorizer(required=False) and the like
            if callee is None:
                return _NONE
            found = self.symbol(callee, where(module, expr), _strings_in(expr))
            for passed in self._passed_on(callee, expr):  # wrap(gate): it depends on gate
                found = found.merge(self.target(module, passed))
            made = self._made_by(callee)
            if made is not None:  # Depends(factory(...)): FastAPI calls what the factory made
                found = found.merge(self.symbol(made, where(module, expr), _strings_in(expr)))
            inner = _returned_inner(callee)
            if inner is not None and callee.module is not None:
                # def require_perm(*codes): def checker(staff=Depends(...)): ...; return checker
                found = found.merge(self.function(callee.module, inner, name))
            for runner in _chained(callee, expr):  # chain(require_jwt_user(), require_roles(..))
                found = found.merge(self.run_by_hand(module, runner))
            named = _permission_args(expr)
            if named and ROLE_NAME.search(name):  # PermissionsDependency([IncidentEditPermission])
                found = found.merge(
                    Protection(
                        role_checked=True,
                        evidence=(f"{name}({', '.join(named)}) ({where(module, expr)})",),
                    )
                )
            return found
        symbol = self.index.resolve(module, expr)
        return self.symbol(symbol, where(module, expr), []) if symbol else _NONE

    def run_by_hand(self, module: Module, expr: ast.expr, depth: int = 0) -> Protection:
        """What a runner a chain of the tree calls itself (``await runner(request)``) checks:
        its body only, since FastAPI resolves no ``Depends(...)`` of a function it does not
        call. A runner made by a factory of the tree is the function the factory returns; a
        chain inside the chain is read the same way; a runner from outside the tree is judged
        as a dependency is, by its name."""
        if depth > _MAX_ALIAS_DEPTH:
            return _NONE
        if isinstance(expr, ast.Call):
            callee = self.index.resolve(module, expr.func)
            if callee is None or callee.module is None:
                return _NONE
            found = _NONE
            for runner in _chained(callee, expr):
                found = found.merge(self.run_by_hand(module, runner, depth + 1))
            made = _returned_inner(callee)
            if made is None:
                return found
            return found.merge(self.function(callee.module, made, callee.name, by_hand=True))
        symbol = self.index.resolve(module, expr)
        if symbol is None:
            return _NONE
        if symbol.module is None:
            return self.target(module, expr)
        if isinstance(symbol.node, ast.FunctionDef | ast.AsyncFunctionDef):
            return self.function(symbol.module, symbol.node, symbol.name, by_hand=True)
        if isinstance(symbol.node, ast.Call | ast.Name | ast.Attribute):
            return self.run_by_hand(symbol.module, symbol.node, depth + 1)  # gate = make_gate()
        return _NONE

    def _passed_on(self, callee: Symbol, call: ast.Call) -> list[ast.expr]:
        """The arguments of ``call`` that a function of the tree hands on as a dependency of
        what it returns (``require_admin = remember_user(_require_admin)``, where
        ``remember_user(gate)`` returns a function taking ``Depends(gate)``): the guard made
        is at least the guard passed."""
        func = callee.node
        if callee.module is None or not isinstance(func, ast.FunctionDef | ast.AsyncFunctionDef):
            return []
        if func not in self._depended:  # the names it passes to Depends, read once a function
            self._depended[func] = frozenset(
                node.args[0].id
                for node in ast.walk(func)
                if isinstance(node, ast.Call)
                and call_name(node) in DEPENDENCY_CALLS
                and node.args
                and isinstance(node.args[0], ast.Name)
            )
        depended = self._depended[func]
        if not depended:
            return []
        params = [arg.arg for arg in func.args.posonlyargs + func.args.args]
        passed = [arg for name, arg in zip(params, call.args, strict=False) if name in depended]
        passed += [k.value for k in call.keywords if k.arg is not None and k.arg in depended]
        return passed

    def _made_by(self, callee: Symbol) -> Symbol | None:
        """The tree's class a factory function says it returns (``def get_auth_verifier(...)
        -> AuthVerifierBase``), else None."""
        func = callee.node
        if callee.module is None or not isinstance(func, ast.FunctionDef | ast.AsyncFunctionDef):
            return None
        if not isinstance(func.returns, ast.Name | ast.Attribute):
            return None
        made = self.index.resolve(callee.module, func.returns)
        return made if made is not None and isinstance(made.node, ast.ClassDef) else None

    def parameters(
        self, module: Module, func: ast.FunctionDef | ast.AsyncFunctionDef
    ) -> tuple[Protection, frozenset[str]]:
        """Protection from a function's parameters, and the names that hold the caller."""
        args = func.args
        positional = args.posonlyargs + args.args
        defaults: list[ast.expr | None] = [None] * (len(positional) - len(args.defaults)) + list(
            args.defaults
        )
        pairs = list(zip(positional, defaults, strict=False)) + list(
            zip(args.kwonlyargs, args.kw_defaults, strict=False)
        )
        total = _NONE
        users: set[str] = set()
        for arg, default in pairs:
            found = self.parameter(module, arg.annotation, default)
            if found.authenticated:
                users.add(arg.arg)
            total = total.merge(found)
        return total, frozenset(users)

    def parameter(
        self, module: Module, annotation: ast.expr | None, default: ast.expr | None
    ) -> Protection:
        named = self._dependency_call(module, default)
        if named is not None:
            return self.dependency(named[0], named[1], annotation)
        if annotation is not None:
            return self.annotation(module, annotation)
        return _NONE

    def annotation(self, module: Module, annotation: ast.expr, depth: int = 0) -> Protection:
        """``Annotated[User, Depends(get_current_user)]``, directly, through an alias, or made
        by a function of the tree (``require_scopes(...)``)."""
        if depth > 4:
            return _NONE
        if isinstance(annotation, ast.Subscript) and call_name(annotation.value) == "Annotated":
            items = annotation.slice.elts if isinstance(annotation.slice, ast.Tuple) else []
            total = _NONE
            for item in items[1:]:
                if isinstance(item, ast.Call) and call_name(item) in DEPENDENCY_CALLS:
                    total = total.merge(self.dependency(module, item, items[0]))
            return total
        if isinstance(annotation, ast.Call):  # user: require_scopes(scopes.NODE_CREATE)
            made = self._annotated_by(module, annotation)
            return self.annotation(made[0], made[1], depth + 1) if made else _NONE
        if isinstance(annotation, ast.Name | ast.Attribute):
            symbol = self.index.resolve(module, annotation)
            if symbol and symbol.module is not None and isinstance(symbol.node, ast.Subscript):
                return self.annotation(symbol.module, symbol.node, depth + 1)
            if symbol and symbol.module is not None and isinstance(symbol.node, ast.Call):
                made = self._annotated_by(symbol.module, symbol.node)
                if made is not None:
                    return self.annotation(made[0], made[1], depth + 1)
            if symbol and symbol.module is not None and symbol.name in symbol.module.unreadable:
                return unreadable(symbol.module, symbol.name)
        return _NONE

    def _annotated_by(self, module: Module, call: ast.Call) -> tuple[Module, ast.Subscript] | None:
        """``UserWithNodeView = require_scopes(Scopes.NODE_VIEW)``: an alias made by a function
        of the tree that returns ``Annotated[User, Security(get_current_user, scopes=...)]``.
        The returned ``Annotated`` is read in the function's module with the call's arguments
        put in for its parameters (so its scopes are the ones the call names)."""
        made = self._returned_by(module, call, _is_annotated)
        if made is None or not isinstance(made[1], ast.Subscript):
            return None
        return made[0], made[1]

    def dependency_list(self, module: Module, expr: ast.expr | None, depth: int = 0) -> Protection:
        """``dependencies=[Depends(a), Security(b, scopes=[...])]``, lists joined with ``+``
        (``[Depends(auth)] + extra_dependencies``: what is written always applies), and a
        name bound to such a list (``ADMIN_DEP = [Depends(require_admin)]``, then
        ``dependencies=ADMIN_DEP``: trcf_lms_backend's), read in the module that binds it."""
        if isinstance(expr, ast.BinOp) and isinstance(expr.op, ast.Add):
            left = self.dependency_list(module, expr.left, depth)
            return left.merge(self.dependency_list(module, expr.right, depth))
        if isinstance(expr, ast.Name | ast.Attribute) and depth < _MAX_ALIAS_DEPTH:
            symbol = self.index.resolve(module, expr)
            bound = symbol.node if symbol is not None else None
            if symbol is not None and symbol.module is not None and _is_list(bound):
                return self.dependency_list(symbol.module, bound, depth + 1)
        total = _NONE
        if isinstance(expr, ast.List | ast.Tuple):
            for item in expr.elts:
                named = self._dependency_call(module, item)
                if named is not None:
                    total = total.merge(self.dependency(*named))
        return total

    def _dependency_call(
        self, module: Module, expr: ast.expr | None
    ) -> tuple[Module, ast.Call] | None:
        """``Depends(x)`` written in place, or a name bound to one (``CurrentAdmin =
        Depends(verify_admin)``, then ``dependencies=[CurrentAdmin]``), with the module it
        is read in; else None."""
        node: ast.AST | None = expr
        if isinstance(expr, ast.Name | ast.Attribute):
            symbol = self.index.resolve(module, expr)
            if symbol is not None and symbol.module is not None:
                module, node = symbol.module, symbol.node
        if isinstance(node, ast.Call) and call_name(node) in DEPENDENCY_CALLS:
            return module, node
        if isinstance(node, ast.Call):
            return self._depends_made_by(module, node)
        return None

    def _depends_made_by(self, module: Module, call: ast.Call) -> tuple[Module, ast.Call] | None:
        """``require("read_department")``: a function of the tree that returns
        ``Depends(permission_required(list(perms)))`` (HRM-FastApi's), read as
        ``_annotated_by`` reads its ``Annotated``."""
        made = self._returned_by(module, call, _is_dependency)
        if made is None or not isinstance(made[1], ast.Call):
            return None
        return made[0], made[1]

    def _returned_by(
        self, module: Module, call: ast.Call, wanted: Callable[[ast.expr], bool]
    ) -> tuple[Module, ast.expr] | None:
        """What the tree's function ``call`` calls returns, the first ``return`` whose value is
        ``wanted``, with the call's arguments put in for the function's parameters, and the
        function's module it is read in; else None."""
        callee = self.index.resolve(module, call.func)
        func = callee.node if callee is not None else None
        if callee is None or callee.module is None:
            return None
        if not isinstance(func, ast.FunctionDef | ast.AsyncFunctionDef):
            return None
        returned = next(
            (
                node.value
                for node in ast.walk(func)
                if isinstance(node, ast.Return) and node.value is not None and wanted(node.value)
            ),
            None,
        )
        if returned is None:
            return None
        made = ArgumentsPutIn(func, call).visit(copy.deepcopy(returned))
        return (callee.module, made) if isinstance(made, ast.expr) else None

    # Anything callable: dependency targets, decorators, permission classes ------------------

    def symbol(self, symbol: Symbol, place: str, args: list[str]) -> Protection:
        key = symbol.qualname + (f"({','.join(args)})" if args else "")
        if key in self._memo:
            return self._memo[key]
        if key in self._busy:
            return _NONE
        self._busy.add(key)
        try:
            result = self._judge(symbol, place, args)
        finally:
            self._busy.discard(key)
        self._memo[key] = result
        return result

    def _judge(self, symbol: Symbol, place: str, args: list[str]) -> Protection:
        name = symbol.name
        if name in _IDENTITY_ONLY or OPTIONAL_NAME.search(name) or name.endswith("Form"):
            return _NONE  # OAuth2PasswordRequestForm reads credentials; it guards nothing
        module, node = symbol.module, symbol.node
        if module is not None and node is None and name in module.unreadable:
            return unreadable(module, name)
        if module is not None and isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            return self.function(module, node, name)
        if module is not None and isinstance(node, ast.ClassDef):
            call = next(
                (
                    n
                    for n in node.body
                    if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)
                    and n.name == "__call__"
                ),
                None,
            )
            scheme = self._scheme_base(module, node)
            if scheme is not None and _lets_anyone_through(node, call):
                return _NONE  # the scheme told not to refuse, or its 401 caught and dropped
            found = self.function(module, call, name) if call else self.by_name(name, place)
            if scheme is not None:  # its credential check is the scheme's, whatever __call__ adds
                found = Protection(
                    authenticated=True, evidence=(f"{name}, a {scheme} ({place})",)
                ).merge(found)
            if found.authenticated and args and ROLE_NAME.search(name):
                found = found.merge(
                    Protection(role_checked=True, evidence=(f"{name}({', '.join(args)})",))
                )
            return found
        if module is not None and isinstance(node, ast.Call):
            return self.target(module, node)
        if module is not None and isinstance(node, ast.Name | ast.Attribute):
            inner = self.index.resolve(module, node)
            return self.symbol(inner, place, args) if inner else _NONE
        return self.by_name(name, place, args)

    def _scheme_base(self, module: Module, node: ast.ClassDef, depth: int = 0) -> str | None:
        """The ``fastapi.security`` scheme a class derives from, directly or through classes
        of the tree (``class AuthDependency(OAuth2PasswordBearer)``), else None."""
        for base in node.bases:
            symbol = self.index.resolve(module, base)
            name = symbol.name if symbol else call_name(base)
            if name in _SCHEMES:
                return name
            if symbol is None or symbol.module is None or depth >= _MAX_BASES:
                continue
            if isinstance(symbol.node, ast.ClassDef):
                found = self._scheme_base(symbol.module, symbol.node, depth + 1)
                if found is not None:
                    return found
        return None

    def function(
        self,
        module: Module,
        func: ast.FunctionDef | ast.AsyncFunctionDef,
        name: str,
        *,
        by_hand: bool = False,
    ) -> Protection:
        """A guard function: its own dependencies, what its body checks, then its name. With
        ``by_hand``, a function the tree calls itself: its parameters' dependencies are not
        resolved, so they guard nothing."""
        here = where(module, func)
        factory = self.check_factory(module, func)
        if factory is not None:  # @class_or_function_check_decorator def manager_required(user)
            return Protection(
                authenticated=True,
                role_checked=_tests_the_user(func),
                evidence=(f"{name}, a check on the user made by @{factory.name} ({here})",),
            )
        params, users = (_NONE, frozenset[str]()) if by_hand else self.parameters(module, func)
        authenticated = params.authenticated or auth_tokens(func) or refuses_anonymous(func)

        callers = frozenset(
            {name for name in users if not _CREDENTIAL.search(name)} | GUARD_CALLERS
        )
        role_test = role_test_of(func, callers)

        def reads_role(test: ast.AST) -> bool:
            return role_test(test) or self._role_predicate(module, func, test)

        role = params.role_checked or (
            authenticated and refusing_if(func, reads_role, keeps_out=refuses_the_role)
        )
        tied = _names_a_record(func, callers) and ownership_compare(
            func, callers, skip=GUARD_RECORDS
        )
        tenant = tied and not ownership_compare(func, callers, skip=GUARD_RECORDS, but_tenant=True)
        ties = params.merge(Protection(ownership_checked=tied, tenant_only=tenant))
        found = Protection(
            authenticated=authenticated,
            role_checked=role,
            ownership_checked=ties.ownership_checked and authenticated,
            tenant_only=ties.tenant_only and authenticated,
            evidence=(f"{name} ({here})",) if authenticated else (),
        )
        named = self.by_name(name, here)
        return (
            found.merge(named)
            if not found.authenticated
            else found.merge(Protection(role_checked=named.role_checked))
        )

    def _role_predicate(
        self, module: Module, func: ast.FunctionDef | ast.AsyncFunctionDef, test: ast.AST
    ) -> bool:
        """Whether ``test`` calls a project function that reads roles (``if not
        is_allowed(db, user, area): raise HTTPException(403)``, where ``is_allowed`` returns
        by ``user.role``): a permission service asked, not a role read in place."""
        for node in ast.walk(test):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            symbol = self.index.resolve_in(module, func, node.func)
            helper = symbol.node if symbol is not None and symbol.module is not None else None
            if (
                isinstance(helper, ast.FunctionDef | ast.AsyncFunctionDef)
                and helper is not func
                and role_tokens(helper)
            ):
                return True
        return False

    def check_factory(
        self, module: Module, func: ast.FunctionDef | ast.AsyncFunctionDef
    ) -> ast.FunctionDef | None:
        """The decorator of the tree, if any, that turns ``func`` (a test on the user) into a
        guard: it wraps the view and refuses when the test fails (``if not
        test_func(request.user): raise PermissionDenied``), as EvaP writes its
        ``manager_required``."""
        for decorator in func.decorator_list:
            if not isinstance(decorator, ast.Name | ast.Attribute):
                continue
            symbol = self.index.resolve(module, decorator)
            node = symbol.node if symbol is not None else None
            if isinstance(node, ast.FunctionDef) and _refuses_when_its_test_fails(node):
                return node
        return None

    @staticmethod
    def by_name(name: str, place: str, args: list[str] | None = None) -> Protection:
        """The last resort for code outside the tree: judge a guard by its name."""
        if not AUTH_NAME.search(snake(name)):
            return _NONE
        role = bool(ROLE_NAME.search(name)) or bool(args and ROLE_NAME.search(" ".join(args)))
        return Protection(
            authenticated=True, role_checked=role, evidence=(f"{name} (judged by its name)",)
        )

    # Decorators -----------------------------------------------------------------------------

    def decorator(self, module: Module, expr: ast.expr) -> Protection:
        """``@login_required``, ``@roles_required("admin")``, ``@contract(requires=[...])``."""
        call = expr if isinstance(expr, ast.Call) else None
        head = call.func if call else expr
        name = call_name(expr)
        if name == "contract" and call is not None:
            return contract_protection(module, call)
        args = _strings_in(call) if call else []
        if name == "requires" and args:  # starlette.authentication.requires("authenticated", ...)
            return Protection(
                authenticated=True,
                role_checked=any(a != "authenticated" for a in args),
                evidence=(f"@requires({', '.join(args)}) ({where(module, expr)})",),
            )
        symbol = self.index.resolve(module, head)
        if call is not None and _true(_keyword(call, "optional")):
            return _NONE  # @jwt_required(optional=True) lets anonymous callers in
        if symbol is None:
            return self.by_name(name, where(module, expr), args)
        if call is not None and isinstance(symbol.node, ast.FunctionDef | ast.AsyncFunctionDef):
            as_called = _as_called(symbol.node, call)
            if as_called is not None:  # @requires_login() with roles=None: no role check
                symbol = Symbol(f"{symbol.qualname}()", symbol.module, as_called)
        found = self.symbol(symbol, where(module, expr), args)
        if found.authenticated and args and ROLE_NAME.search(name):
            found = found.merge(Protection(role_checked=True))
        return found


def _returned_inner(callee: Symbol) -> ast.FunctionDef | ast.AsyncFunctionDef | None:
    """The function a factory of the tree defines in its body and returns by name (``def
    checker(...)`` ... ``return checker``): what FastAPI calls for ``Depends(factory(...))``."""
    func = callee.node
    if not isinstance(func, ast.FunctionDef | ast.AsyncFunctionDef):
        return None
    defined = {
        node.name: node
        for node in func.body
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
    }
    returned = (
        node.value.id
        for node in func.body
        if isinstance(node, ast.Return) and isinstance(node.value, ast.Name)
    )
    return next((defined[name] for name in returned if name in defined), None)


def _chained(callee: Symbol, call: ast.Call) -> list[ast.expr]:
    """The arguments of ``call`` that the function a factory of the tree returns calls on
    every run, before it can return: ``chain_dependency_runners(*runners)`` returning
    ``_combined``, whose body is ``for runner in seq: await runner(request)`` (``seq =
    tuple(runners)``), runs each of its arguments, so the guard made is every one of them.
    A loop that does more than call the runner (``try``, ``if``, ``break``: one runner
    passing may be enough) or a call under a condition runs none for sure."""
    factory = callee.node
    inner = _returned_inner(callee)
    if inner is None or not isinstance(factory, ast.FunctionDef | ast.AsyncFunctionDef):
        return []
    if unpacks(call):
        return []  # chain(*runners): what is given is not known
    positional = [a.arg for a in factory.args.posonlyargs + factory.args.args]
    given: dict[str, list[ast.expr]] = {
        name: [arg] for name, arg in zip(positional, call.args, strict=False)
    }
    given.update({k.arg: [k.value] for k in call.keywords if k.arg is not None})
    if factory.args.vararg is not None:
        given[factory.args.vararg.arg] = list(call.args[len(positional) :])
    given.update(_aliases(factory, given))
    own = inner.args
    for arg in [*own.posonlyargs, *own.args, *own.kwonlyargs, own.vararg, own.kwarg]:
        if arg is not None:
            given.pop(arg.arg, None)  # the inner function's own parameter, not the factory's
    run: list[ast.expr] = []
    for statement in inner.body:
        ran = _runs(statement)
        for item in given.get(ran, []) if ran is not None else []:
            # chain([require_jwt_user(), require_roles("owner")]): each item of a list given
            run.extend(item.elts if isinstance(item, ast.List | ast.Tuple) else [item])
        if any(isinstance(node, ast.Return) for node in ast.walk(statement)):
            break  # a return: what comes after may not run
    return run


def _aliases(
    factory: ast.FunctionDef | ast.AsyncFunctionDef, given: dict[str, list[ast.expr]]
) -> dict[str, list[ast.expr]]:
    """Names the factory binds to a parameter as it is or copied (``seq = tuple(runners)``)."""
    found: dict[str, list[ast.expr]] = {}
    for statement in factory.body:
        if not (
            isinstance(statement, ast.Assign)
            and len(statement.targets) == 1
            and isinstance(statement.targets[0], ast.Name)
        ):
            continue
        value = statement.value
        if isinstance(value, ast.Call) and call_name(value) in {"tuple", "list"}:
            value = value.args[0] if len(value.args) == 1 and not value.keywords else value
        if isinstance(value, ast.Name) and value.id in given:
            found[statement.targets[0].id] = given[value.id]
    return found


def _runs(statement: ast.stmt) -> str | None:
    """The name a statement calls, awaited or not (``await gate(request)``), or the name a
    loop calls each item of and does nothing else (``for runner in seq: await
    runner(request)``): what it runs on every run; else None."""
    if isinstance(statement, ast.For | ast.AsyncFor):
        loop = statement.target
        if (
            isinstance(loop, ast.Name)
            and isinstance(statement.iter, ast.Name)
            and not statement.orelse
            and all(_called_name(inner) == loop.id for inner in statement.body)
        ):
            return statement.iter.id
        return None
    return _called_name(statement)


def _called_name(statement: ast.stmt) -> str | None:
    """``f(...)`` or ``await f(...)`` as a statement: ``f``; else None."""
    if not isinstance(statement, ast.Expr):
        return None
    value = statement.value.value if isinstance(statement.value, ast.Await) else statement.value
    if isinstance(value, ast.Call) and isinstance(value.func, ast.Name):
        return value.func.id
    return None


# Parameters a guard takes that name no record of the route: the database, the request
# itself, settings and services (``db: DBDep``, ``session: AsyncSession = Depends(get_db)``).
_INFRASTRUCTURE = re.compile(
    r"^(?:db|database|session|sess|conn|connection|request|req|response|res|websocket|ws|"
    r"background_tasks|settings|config|redis|cache|logger|uow|tx|self|cls)$"
    r"|_(?:db|session|service|repo|repository|client)$"
)
_REQUEST_IDS = frozenset({"path_params", "query_params"})


def _names_a_record(func: ast.FunctionDef | ast.AsyncFunctionDef, callers: frozenset[str]) -> bool:
    """Whether a guard can tie the route's record to the caller: it takes something besides
    the caller, its credentials and the infrastructure (``project_id: int``, ``item: Item =
    Depends(get_item)``) or reads the request's ids (``request.path_params``). A guard given
    only the caller and the database, which queries records by the caller's id, reads the
    caller's own records (a gate that checks today's attendance is marked) and checks no
    owner of the route's record."""
    args = func.args
    named = [a.arg for a in args.posonlyargs + args.args + args.kwonlyargs]
    if any(
        n not in callers and not _INFRASTRUCTURE.search(n) and not _CREDENTIAL.search(n)
        for n in named
    ):
        return True
    return any(
        isinstance(node, ast.Attribute) and node.attr in _REQUEST_IDS for node in ast.walk(func)
    )


def snake(name: str) -> str:
    """``CurrentUser`` as ``current_user``, so names are judged the same in either style."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).lower()


def unreadable(module: Module, name: str) -> Protection:
    """A guard whose definition does not parse: judged by its name, and the report says so."""
    if OPTIONAL_NAME.search(name) or not AUTH_NAME.search(snake(name)):
        return _NONE
    return Protection(
        authenticated=True,
        role_checked=bool(ROLE_NAME.search(name)),
        evidence=(
            f"assumed authentication: {name}, definition unreadable "
            f"({module.file}:{module.unreadable[name]})",
        ),
    )


def _lets_anyone_through(
    node: ast.ClassDef, call: ast.FunctionDef | ast.AsyncFunctionDef | None
) -> bool:
    """Whether a subclass of a scheme undoes the scheme's refusal: ``super().__init__(...,
    auto_error=False)``, or a ``__call__`` that catches the 401 and never raises again. (A
    class that only holds such a scheme, ``self.scheme = HTTPBearer(auto_error=False)``, and
    refuses by itself is judged by its ``__call__``.)"""
    return _tells_scheme_not_to_refuse(node) or (call is not None and _swallows_refusal(call))


def _swallows_refusal(func: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    """Whether ``__call__`` catches the scheme's refusal and never raises it again
    (``except HTTPException: return None``): anyone gets through."""
    for node in ast.walk(func):
        if isinstance(node, ast.ExceptHandler) and not any(
            isinstance(inner, ast.Raise) for statement in node.body for inner in ast.walk(statement)
        ):
            caught = ast.unparse(node.type) if node.type is not None else ""
            if not caught or re.search(r"HTTPException|Exception\b", caught):
                return True
    return False


def _tells_scheme_not_to_refuse(node: ast.ClassDef) -> bool:
    """Whether a class passes ``auto_error=False`` to its scheme, whatever it is called."""
    return any(
        isinstance(call, ast.Call) and _false(_keyword(call, "auto_error"))
        for call in ast.walk(node)
    )


def _lets_anonymous_in(call: ast.Call) -> bool:
    """A guard factory asked not to refuse: ``required=False``, ``token_required=False``,
    ``optional=True``."""
    return any(
        (
            k.arg is not None
            and (k.arg in {"required", "auto_error", "raise_error"} or k.arg.endswith("_required"))
            and _false(k.value)
        )
        or (k.arg in {"optional", "allow_anonymous"} and _true(k.value))
        for k in call.keywords
    )


def _true(expr: ast.expr | None) -> bool:
    return isinstance(expr, ast.Constant) and expr.value is True


def _refuses_when_its_test_fails(factory: ast.FunctionDef) -> bool:
    """Whether a decorator factory taking one test function refuses, somewhere in the
    wrapper it builds, when that test fails: ``if not test_func(request.user): raise ...``."""
    params = factory.args.posonlyargs + factory.args.args
    if len(params) != 1:
        return False
    test = params[0].arg
    return any(
        isinstance(node, ast.If)
        and any(
            isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id == test
            for call in ast.walk(node.test)
        )
        and is_refusal(node.body)
        for node in ast.walk(factory)
    )


# What a test on the user reads that only says the caller signed in.
_SIGNED_IN_FLAGS = frozenset({"is_authenticated", "is_anonymous", "is_active"})


def _tests_the_user(func: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    """Whether a test on the user reads more than signing in: a role, a flag or a permission
    (``user.is_manager``, ``user.has_staff_permission``, ``can_reward(user)``)."""
    for node in ast.walk(func):
        if (
            isinstance(node, ast.Attribute)
            and node.attr.startswith(("is_", "has_", "can_"))
            and node.attr not in _SIGNED_IN_FLAGS
        ):
            return True
        if isinstance(node, ast.Call) and any(isinstance(a, ast.Name) for a in node.args):
            return True
    return role_tokens(func)


def _as_called(
    factory: ast.FunctionDef | ast.AsyncFunctionDef, call: ast.Call
) -> ast.FunctionDef | ast.AsyncFunctionDef | None:
    """A guard factory as ``call`` makes it, when the call leaves an option at its empty
    default: the blocks run only when the option is given (``if roles:``, ``if roles is not
    None:``, ``if roles and ...:``) dropped, so ``@requires_login()`` is not read as the role
    check ``@requires_login(["admin"])`` makes. None when every option is given."""
    unset = _unset_options(factory, call)
    if not unset:
        return None
    dropped = _UnsetBranchesDropped(unset).visit(copy.deepcopy(factory))
    assert isinstance(dropped, ast.FunctionDef | ast.AsyncFunctionDef)
    return dropped


def _unset_options(factory: ast.FunctionDef | ast.AsyncFunctionDef, call: ast.Call) -> set[str]:
    """Parameters whose default is empty (None, False, "", [], ()) that ``call`` leaves out."""
    if unpacks(call):
        return set()  # **options or *args: what is given is not known
    positional = factory.args.posonlyargs + factory.args.args
    given = {a.arg for a in positional[: len(call.args)]} | {k.arg for k in call.keywords}
    return {name for name, d in parameter_defaults(factory) if name not in given and _empty(d)}


def _empty(value: ast.expr) -> bool:
    if isinstance(value, ast.Constant):
        return not value.value
    return isinstance(value, ast.List | ast.Tuple | ast.Set | ast.Dict) and not (
        value.keys if isinstance(value, ast.Dict) else value.elts
    )


class _UnsetBranchesDropped(ast.NodeTransformer):
    """``if option: ...`` blocks, for options left empty, replaced by their ``else``."""

    def __init__(self, unset: set[str]) -> None:
        self.unset = unset

    def visit_If(self, node: ast.If) -> ast.AST | list[ast.stmt]:
        self.generic_visit(node)
        if self._needs_an_option(node.test):
            return node.orelse or [ast.Pass()]
        return node

    def _needs_an_option(self, test: ast.expr) -> bool:
        if isinstance(test, ast.Name):
            return test.id in self.unset
        if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.And):
            return any(self._needs_an_option(value) for value in test.values)
        return (
            isinstance(test, ast.Compare)
            and isinstance(test.left, ast.Name)
            and test.left.id in self.unset
            and len(test.ops) == 1
            and isinstance(test.ops[0], ast.IsNot)
            and isinstance(test.comparators[0], ast.Constant)
            and test.comparators[0].value is None
        )


def _scopes(expr: ast.expr | None) -> list[str]:
    """``scopes=["items:write"]``, or constants: ``scopes=[USER_CREATE, scope.ADMIN]``, also
    when copied into a list (``scopes=list(required_scopes)`` once a call's are put in)."""
    if isinstance(expr, ast.Call) and call_name(expr) in {"list", "tuple"} and expr.args:
        expr = expr.args[0]
    if isinstance(expr, ast.List | ast.Tuple | ast.Set):
        return [
            e.value if isinstance(e, ast.Constant) and isinstance(e.value, str) else ast.unparse(e)
            for e in expr.elts
        ]
    return []


def _permission_args(call: ast.Call) -> list[str]:
    """The arguments that name a role or permission (``[IncidentEditPermission]``,
    ``Permission.MANAGE``): a guard factory told what to require."""
    items: list[ast.expr] = []
    for arg in [*call.args, *(k.value for k in call.keywords)]:
        items.extend(arg.elts if isinstance(arg, ast.List | ast.Tuple | ast.Set) else [arg])
    return [
        ast.unparse(e)
        for e in items
        if isinstance(e, ast.Name | ast.Attribute) and ROLE_NAME.search(ast.unparse(e))
    ]


def _strings_in(call: ast.Call) -> list[str]:
    found: list[str] = []
    for arg in [*call.args, *(k.value for k in call.keywords)]:
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
            found.append(arg.value)
        found.extend(_strings(arg))
    return found


def contract_protection(module: Module, call: ast.Call) -> Protection:
    """``@contract(requires=[auth("admin"), owns("user_id"), ...])`` read from the syntax."""
    requires = _keyword(call, "requires")
    items = requires.elts if isinstance(requires, ast.List | ast.Tuple) else []
    authenticated = role = owner = False
    for item in items:
        if not isinstance(item, ast.Call):
            continue
        kind = call_name(item)
        if kind == "auth":
            authenticated = True
            role_arg = item.args[0] if item.args else _keyword(item, "role")
            role = role or (
                isinstance(role_arg, ast.Constant) and role_arg.value not in ("user", None)
            )
        elif kind == "owns":
            owner = True
    return Protection(
        authenticated=authenticated,
        role_checked=role,
        ownership_checked=owner,
        contract=True,
        evidence=(f"@contract ({where(module, call)})",),
    )


def _is_list(node: ast.AST | None) -> TypeGuard[ast.expr]:
    """A dependency list as a name binds it: a list, a tuple, or lists joined with ``+``."""
    return isinstance(node, ast.List | ast.Tuple | ast.BinOp)


def _is_annotated(node: ast.expr) -> bool:
    """``Annotated[User, Depends(...)]``."""
    return isinstance(node, ast.Subscript) and call_name(node.value) == "Annotated"


def _is_dependency(node: ast.expr) -> bool:
    """``Depends(...)`` or ``Security(...)``."""
    return isinstance(node, ast.Call) and call_name(node) in DEPENDENCY_CALLS
