"""Owner checks a handler reaches through the service layer it calls.

Many apps keep the check out of the handler: ``service = PostService(db)`` then ``await
service.update_post(post_id, post, current_user)``, whose method calls
``self.ensure_can_modify_post(post, current_user)``, which compares ``post.user_id !=
user.id``. ``service_checks_owner`` follows such calls a few deep, reading in each callee the
parameters the call hands the caller to as the caller (the helper's ``user`` is the handler's
``current_user``): a project function called by name or through its module, a method of a
project class (or one it inherits) called on an instance the handler makes or is given
(``service: PostService = Depends(...)``), on a module-level instance (``post_service =
PostService()``), on the class itself, or on ``self`` or ``self.repository`` inside such a
method. Only calls that hand the caller on are followed: an owner check needs the caller to
compare with.
"""

from __future__ import annotations

import ast
import weakref
from collections.abc import Iterator
from dataclasses import replace

from scaffold.analyze._calls import unpacks
from scaffold.analyze._modules import Index, Module, dotted
from scaffold.analyze._records import RecordChange, find_record_change
from scaffold.analyze._signals import ownership_compare

__all__ = ["service_changes_record", "service_checks_owner"]

Function = ast.FunctionDef | ast.AsyncFunctionDef

_HOPS = 3  # handler -> service method -> its own helper -> a shared permission function
_BASES = 3  # a service -> its base service -> a generic repository
Owner = tuple[ast.ClassDef, Module]  # a project class and the module it is written in


# What a callee was found to reach, per analysis: many handlers call the same service methods.
_Key = tuple[int, frozenset[str], int, int]
_FOUND: weakref.WeakKeyDictionary[Index, dict[_Key, bool]] = weakref.WeakKeyDictionary()
# What a service changes by the ids it is handed, per analysis.
_CHANGES: weakref.WeakKeyDictionary[
    Index, dict[tuple[int, frozenset[str]], RecordChange | None]
] = weakref.WeakKeyDictionary()


def service_checks_owner(
    index: Index, module: Module, func: Function, callers: frozenset[str]
) -> bool:
    """Whether a call ``func`` makes, passing one of ``callers`` (the names the caller is
    bound to), reaches a project function that ties the record to the caller."""
    return _reaches(index, module, func, callers, owner=None, hops=_HOPS)


def service_changes_record(
    index: Index, module: Module, func: Function, ids: frozenset[str]
) -> tuple[RecordChange, Module] | None:
    """A call ``func`` makes, handing on one of ``ids`` (the path's ids), to a project function
    or method that loads the record by it and changes it (``crud.update(db, item_id, data)``,
    ``service.delete_post(post_id)``): the change, at the call's line, and the module that
    names its model."""
    if not ids:
        return None
    for call, callee, home, _, handed in _calls_handing_on(index, module, func, ids, None):
        remembered = _CHANGES.setdefault(index, {})
        key = (id(callee), handed)
        if key not in remembered:
            remembered[key] = find_record_change(callee, frozenset(), tuple(sorted(handed)))
        change = remembered[key]
        if change is not None:
            return replace(change, line=call.lineno), home
    return None


def _reaches(
    index: Index,
    module: Module,
    func: Function,
    callers: frozenset[str],
    *,
    owner: Owner | None,
    hops: int,
) -> bool:
    """Whether ``func`` ties the record to ``callers`` or, ``hops`` calls deep, a call that
    hands them on does."""
    if hops < _HOPS and ownership_compare(func, callers):
        return True
    if hops == 0:
        return False
    for _, callee, home, held, handed in _calls_handing_on(index, module, func, callers, owner):
        remembered = _FOUND.setdefault(index, {})
        key = (id(callee), handed, id(held and held[0]), hops - 1)
        if key not in remembered:
            remembered[key] = _reaches(index, home, callee, handed, owner=held, hops=hops - 1)
        if remembered[key]:
            return True
    return False


def _calls_handing_on(
    index: Index,
    module: Module,
    func: Function,
    names: frozenset[str],
    owner: Owner | None,
) -> Iterator[tuple[ast.Call, Function, Module, Owner | None, frozenset[str]]]:
    """Each call of ``func`` that hands one of ``names`` (the caller, a path's id) to a project
    function or method: the call, the callee, its module, the class it runs on, and the
    callee's parameters the names are handed to."""
    instances: dict[str, Owner] | None = None
    for call in ast.walk(func):
        if not isinstance(call, ast.Call) or unpacks(call) or not _hands_on(call, names):
            continue
        if instances is None:
            instances = _instances(index, module, func)
        found = _callee(index, module, call, instances, owner)
        if found is None or found[0] is func:
            continue
        callee, home, held, bound = found
        handed = _handed(callee, call, bound, names)
        if handed:  # nothing handed on: nothing to compare or load with
            yield call, callee, home, held, handed


def _handed(
    callee: Function, call: ast.Call, bound: bool, callers: frozenset[str]
) -> frozenset[str]:
    """The parameters of ``callee`` that ``call`` hands the caller to (``current_user``,
    ``current_user.id``, the context a dependency gives), by position or by name: the names
    the caller goes by inside it."""
    positional = [a.arg for a in callee.args.posonlyargs + callee.args.args]
    if bound:
        positional = positional[1:]  # self
    pairs = [*zip(positional, call.args, strict=False)]
    pairs += [(k.arg, k.value) for k in call.keywords if k.arg]
    return frozenset(name for name, value in pairs if _mentions(value, callers))


def _hands_on(call: ast.Call, callers: frozenset[str]) -> bool:
    return any(
        _mentions(value, callers) for value in (*call.args, *(k.value for k in call.keywords))
    )


def _mentions(value: ast.AST, callers: frozenset[str]) -> bool:
    """Whether ``value`` names the caller: ``current_user``, ``current_user.id``,
    ``request.user``."""
    return any(
        (isinstance(node, ast.Name) and node.id in callers)
        or (isinstance(node, ast.Attribute) and dotted(node) in callers)
        for node in ast.walk(value)
    )


def _callee(
    index: Index,
    module: Module,
    call: ast.Call,
    instances: dict[str, Owner],
    owner: Owner | None,
) -> tuple[Function, Module, Owner | None, bool] | None:
    """The project function ``call`` runs, its module, the class whose instance it runs on,
    and whether it is called on an instance (its ``self`` not among the arguments)."""
    target = call.func
    if isinstance(target, ast.Attribute):
        held = _held(index, module, target.value, instances, owner)
        if held is not None:
            found = _bound_method(index, held, target.attr)
            return None if found is None else (*found, held, True)
    if not isinstance(target, ast.Name | ast.Attribute):
        return None
    symbol = index.resolve(module, target)
    if symbol is None or symbol.module is None or not isinstance(symbol.node, Function):
        return None
    return symbol.node, symbol.module, None, False


def _held(
    index: Index,
    module: Module,
    base: ast.expr,
    instances: dict[str, Owner],
    owner: Owner | None,
) -> Owner | None:
    """The project class ``base`` is an instance of: ``self``, ``PostService(db)``, a name
    the function binds to one, ``self.service`` set in ``__init__``, or a module-level
    instance (``post_service = PostService()``, imported or not)."""
    if isinstance(base, ast.Name) and base.id == "self":
        return owner
    if isinstance(base, ast.Call):
        return _class_of(index, module, base.func)
    if isinstance(base, ast.Name) and base.id in instances:
        return instances[base.id]
    if isinstance(base, ast.Attribute) and dotted(base.value) == "self":
        return None if owner is None else _attribute_class(index, owner, base.attr)
    if not isinstance(base, ast.Name | ast.Attribute):
        return None
    symbol = index.resolve(module, base)
    if symbol is None or symbol.module is None or not isinstance(symbol.node, ast.Call):
        return None
    return _class_of(index, symbol.module, symbol.node.func)


def _attribute_class(index: Index, owner: Owner, name: str) -> Owner | None:
    """The project class of ``self.<name>``: annotated on the class (``service:
    PostService``), or set in ``__init__`` to a new instance or to a parameter annotated
    with the class."""
    cls, home = owner
    for item in cls.body:
        if isinstance(item, ast.AnnAssign) and dotted(item.target) == name:
            return _class_of(index, home, item.annotation)
    found = _bound_method(index, owner, "__init__")
    if found is None:
        return None
    init, init_home = found
    for node in ast.walk(init):
        if not isinstance(node, ast.Assign) or not any(
            isinstance(t, ast.Attribute) and dotted(t) == f"self.{name}" for t in node.targets
        ):
            continue
        if isinstance(node.value, ast.Call):
            return _class_of(index, init_home, node.value.func)
        if isinstance(node.value, ast.Name):
            return _instances(index, init_home, init).get(node.value.id)
    return None


def _instances(index: Index, module: Module, func: Function) -> dict[str, Owner]:
    """Names ``func`` binds to an instance of a project class: ``service = PostService(db)``,
    a parameter annotated ``service: PostService`` (``Annotated[PostService, Depends(...)]``)."""
    found: dict[str, Owner] = {}
    for node in ast.walk(func):
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call):
            cls = _class_of(index, module, node.value.func)
            for target in node.targets:
                if cls is not None and isinstance(target, ast.Name):
                    found[target.id] = cls
    arguments = func.args
    for argument in [*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs]:
        annotation = argument.annotation
        if isinstance(annotation, ast.Subscript) and isinstance(annotation.slice, ast.Tuple):
            annotation = annotation.slice.elts[0]  # Annotated[PostService, Depends(...)]
        cls = _class_of(index, module, annotation) if annotation is not None else None
        if cls is not None:
            found[argument.arg] = cls
    return found


def _class_of(index: Index, module: Module, expr: ast.AST) -> Owner | None:
    if not isinstance(expr, ast.Name | ast.Attribute):
        return None
    symbol = index.resolve(module, expr)
    if symbol is None or symbol.module is None or not isinstance(symbol.node, ast.ClassDef):
        return None
    return symbol.node, symbol.module


def _bound_method(
    index: Index, owner: Owner, name: str, depth: int = 0
) -> tuple[Function, Module] | None:
    """Method ``name`` of the class, or of the project class it inherits it from, with the
    module it is written in."""
    cls, home = owner
    method = next(
        (item for item in cls.body if isinstance(item, Function) and item.name == name), None
    )
    if method is not None:
        return method, home
    if depth >= _BASES:
        return None
    for base in cls.bases:
        parent = _class_of(index, home, base)
        found = None if parent is None else _bound_method(index, parent, name, depth + 1)
        if found is not None:
            return found
    return None
