"""A router factory's routes, as each call makes them.

libraclub builds five alike routers with one function: ``construir_abm(prefijo="canchas",
...)`` makes ``APIRouter(prefix=f"/api/{prefijo}")``, defines its list, read, create, update
and delete handlers on it (``Depends(rol_escritura)``, a parameter whose default is
``require_admin``), and returns it. Read once as written, those routes sit under
``/api/{prefijo}`` and guard nothing known; read per call, with the call's arguments (or the
parameters' defaults) put in, each call's router serves them under its own prefix with its own
guards.
"""

from __future__ import annotations

import ast
import copy

from scaffold.analyze._calls import ArgumentsPutIn, unpacks
from scaffold.analyze._modules import Index, Module

__all__ = ["Instance", "instance"]

Function = ast.FunctionDef | ast.AsyncFunctionDef


class Instance:
    """One call of a router factory: the factory as that call runs it, the router it makes,
    the local name of that router, and the module the factory is written in."""

    __slots__ = ("factory", "local", "module", "router_call", "template")

    def __init__(
        self, factory: ast.FunctionDef, local: str, module: Module, router_call: ast.Call
    ) -> None:
        self.factory, self.local, self.module = factory, local, module
        self.router_call = router_call
        # the router key the factory's own body is read under (see ``_Walker.walk``)
        self.template = f"{module.name}.{factory.name}.{local}"

    def handlers(self) -> list[Function]:
        """The factory's handlers, as this call defines them."""
        return [n for n in self.factory.body if isinstance(n, Function)]


def instance(
    index: Index, module: Module, call: ast.Call, router_call: ast.Call
) -> Instance | None:
    """``call`` of a module-level factory that defines handlers on the router it returns
    (``router_call``, assigned to a local name), with the call's arguments put in; None when
    it defines none, or the call passes ``*args`` or ``**kwargs``."""
    if not isinstance(call.func, ast.Name):
        return None
    symbol = index.resolve(module, call.func)
    factory = symbol.node if symbol is not None else None
    if symbol is None or symbol.module is None or not isinstance(factory, ast.FunctionDef):
        return None
    local = _router_name(factory, router_call)
    if local is None or not _defines_handlers(factory, local):
        return None
    if unpacks(call):
        return None
    made = _Substituted(factory, call, defaults=True).visit(copy.deepcopy(factory))
    assert isinstance(made, ast.FunctionDef)
    called = next(
        (
            s.value
            for s in made.body
            if isinstance(s, ast.Assign)
            and isinstance(s.value, ast.Call)
            and any(isinstance(t, ast.Name) and t.id == local for t in s.targets)
        ),
        None,
    )
    return Instance(made, local, symbol.module, called) if called is not None else None


def _router_name(factory: ast.FunctionDef, router_call: ast.Call) -> str | None:
    for statement in factory.body:
        if isinstance(statement, ast.Assign) and statement.value is router_call:
            names = [t.id for t in statement.targets if isinstance(t, ast.Name)]
            return names[0] if names else None
    return None


def _defines_handlers(factory: ast.FunctionDef, local: str) -> bool:
    """Whether a handler in the factory's body is decorated ``@<local>.<verb>(...)``."""
    return any(
        isinstance(d, ast.Call)
        and isinstance(d.func, ast.Attribute)
        and isinstance(d.func.value, ast.Name)
        and d.func.value.id == local
        for node in factory.body
        if isinstance(node, Function)
        for d in node.decorator_list
    )


class _Substituted(ArgumentsPutIn):
    """The call's arguments, or the defaults, put in; an f-string of literals made one
    literal (``f"/api/{prefijo}"`` with ``prefijo="canchas"``: ``"/api/canchas"``)."""

    def visit_JoinedStr(self, node: ast.JoinedStr) -> ast.expr:
        self.generic_visit(node)
        parts: list[str] = []
        for part in node.values:
            inner = part.value if isinstance(part, ast.FormattedValue) else part
            if not (isinstance(inner, ast.Constant) and isinstance(inner.value, str)):
                return node
            parts.append(inner.value)
        return ast.copy_location(ast.Constant("".join(parts)), node)
