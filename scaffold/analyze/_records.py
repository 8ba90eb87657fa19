"""Records a handler loads by an id the caller chose, and whether it then changes them.

The ownership rule needs two facts from one handler body: that it loads a record by an id from
the path (``session.get(Item, item_id)``, ``Comment.objects.get(pk=comment_pk)``, DRF's
``self.get_object()``) or from the request body (``validated_data["file_id"]``), and that it
then changes or deletes that record (``session.delete(item)``, ``comment.delete()``,
``item.title = ...``, ``Serializer(item, data=...)``, ``service.update(item=item)``). Changing
the caller's own relation to a record (``article.favourite(profile)``, ``profile.follow(user)``,
``current_user.favorites.remove(product)``) is not a change of the record's owner's data.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass

from scaffold.analyze._signals import assignments, call_name, returned_values

__all__ = [
    "RecordChange",
    "find_record_change",
    "find_record_read",
    "models_read",
    "writes_only_for_permitted_callers",
]

Function = ast.FunctionDef | ast.AsyncFunctionDef

_LOADS = frozenset(
    {
        "get",
        "get_or_404",
        "get_object_or_404",
        "first_or_404",
        "one_or_404",
        "first",
        "one",
        "one_or_none",
        "scalar_one",
        "scalar_one_or_none",
        "scalar",
        "filter_by",
        "filter",
        "where",
        "find_one",
        "get_by_id",
    }
)
_ID_KEY = re.compile(r"(?:^|_)(?:id|pk|uuid|slug)$|id$", re.IGNORECASE)
_CHANGING = re.compile(
    r"update|delete|remove|destroy|edit|modify|change|rename|replace|finish|complete|upload|"
    r"publish|archive|^set_|overwrite|patch",
    re.IGNORECASE,
)
_REQUEST_DATA = re.compile(
    r"validated_data|cleaned_data|request\.(?:data|json|form|POST|get_json)|\bdata\b|payload|body"
)
_DELETE_ON_SESSION = frozenset({"delete"})
_WRITES = frozenset(
    {"add", "add_all", "commit", "delete", "save", "merge", "bulk_create", "create", "execute"}
)
_PERMISSION_CALLS = frozenset(
    {"can", "has_perm", "has_perms", "has_permission", "has_role", "has_roles", "is_admin"}
)


_LOOKUP = "the path's lookup field"
_UNKNOWN = "the record"


def _object_is_the_caller(func: Function) -> bool:
    """A view whose ``get_object`` returns ``self.request.user``: the record is the caller."""
    return any(
        isinstance(node, ast.Return)
        and node.value is not None
        and ast.unparse(node.value) in {"self.request.user", "request.user"}
        for node in ast.walk(func)
    )


@dataclass(frozen=True)
class RecordChange:
    """``line``: where the record is changed (or, for a read, returned); ``model``: its class,
    when the load names it; ``verb``: what the handler does with it ("deletes", "returns")."""

    line: int
    model: str
    key: str
    verb: str
    owner_field: str = ""
    ownerless: bool = False  # the model class is in the tree and names no owner


def _caller_ids(func: Function, path_ids: tuple[str, ...]) -> set[str]:
    """Path ids, plus names given an id from the request body (``x = data["file_id"]``)."""
    found = set(path_ids)
    for node in ast.walk(func):
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
            if not isinstance(target, ast.Name) or not _ID_KEY.search(target.id):
                continue
            key = (
                value.slice.value
                if isinstance(value, ast.Subscript) and isinstance(value.slice, ast.Constant)
                else value.args[0].value
                if isinstance(value, ast.Call)
                and call_name(value) == "get"
                and value.args
                and isinstance(value.args[0], ast.Constant)
                else None
            )
            if (
                isinstance(key, str)
                and _ID_KEY.search(key)
                and _REQUEST_DATA.search(ast.unparse(value))
            ):
                found.add(target.id)
    return found


def _names(node: ast.AST) -> set[str]:
    return {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}


def _load(value: ast.expr, ids: set[str]) -> tuple[str, str] | None:
    """``(model, key)`` when ``value`` loads one record by a caller-chosen id."""
    for node in ast.walk(value):
        if not isinstance(node, ast.Call):
            continue
        name = call_name(node)
        if name == "get_object" and not node.args:
            return _UNKNOWN, _LOOKUP
        if name not in _LOADS:
            continue
        arguments = [*node.args, *(k.value for k in node.keywords)]
        used = next((a for a in arguments if _names(a) & ids), None)
        if used is None:
            continue
        key = next(iter(sorted(_names(used) & ids)))
        model = ""
        if node.args and isinstance(node.args[0], ast.Name) and node.args[0].id[:1].isupper():
            model = node.args[0].id  # session.get(Item, id), get_object_or_404(File, ...)
        else:
            text = ast.unparse(node.func)
            found = re.match(r"([A-Z]\w*)\.(?:objects|query)\b", text) or re.search(
                r"\b(?:select|query)\(([A-Z]\w*)\)", ast.unparse(value)
            )  # select(Item), and SQLAlchemy's classic db.query(Item).filter(...)
            model = found.group(1) if found else ""
        return model or _UNKNOWN, key
    return None


def _loaded(func: Function, ids: set[str]) -> dict[str, tuple[str, str]]:
    records: dict[str, tuple[str, str]] = {}
    for node in ast.walk(func):
        if isinstance(node, ast.Assign | ast.AnnAssign) and node.value is not None:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            found = _load(node.value, ids)
            if found:
                records.update({t.id: found for t in targets if isinstance(t, ast.Name)})
    return records


# A list or set of the caller's changed ("current_user.favorites.remove(product)").
_COLLECTION_OPS = frozenset({"append", "add", "remove", "discard", "extend"})


def _change(node: ast.AST, records: set[str], callers: set[str]) -> tuple[str, str] | None:
    """``(record, verb)`` when ``node`` changes a loaded record."""
    if isinstance(node, ast.AugAssign):
        return None  # photo.flag += 1, post.views += 1: counters anyone may bump
    if isinstance(node, ast.Assign):
        for target in node.targets:
            if (
                isinstance(target, ast.Attribute)
                and isinstance(target.value, ast.Name)
                and target.value.id in records
            ):
                return target.value.id, "changes"
        return None
    if not isinstance(node, ast.Call):
        return None
    name = call_name(node)
    receiver = node.func.value if isinstance(node.func, ast.Attribute) else None
    arguments = [*node.args, *(k.value for k in node.keywords)]
    passed = [a.id for a in arguments if isinstance(a, ast.Name) and a.id in records]
    if isinstance(receiver, ast.Name) and receiver.id in records:
        if name == "delete":
            return receiver.id, "deletes"
        if _CHANGING.search(name) and not any(_names(a) & callers for a in arguments):
            return receiver.id, "changes"
        return None
    if not passed:
        return None
    if (
        name in _COLLECTION_OPS
        and isinstance(receiver, ast.Attribute)
        and _names(receiver) & callers
    ):
        return None  # the caller's own collection: current_user.favorites.remove(product)
    if name in _DELETE_ON_SESSION:
        return passed[0], "deletes"
    if any(k.arg == "data" for k in node.keywords) or any(
        k.arg == "instance" and isinstance(k.value, ast.Name) and k.value.id in records
        for k in node.keywords
    ):  # Serializer(instance, data=...), ModelForm(request.POST, instance=instance)
        return passed[0], "changes"
    if _CHANGING.search(name):  # service.update(item=item), crud.remove(db, item)
        return passed[0], "deletes" if re.search(r"delete|remove|destroy", name) else "changes"
    return None


def _caller_derived(func: Function, users: frozenset[str]) -> set[str]:
    """Names that hold the caller or something of theirs (``profile = request.user.profile``)."""
    callers = {u.split(".")[0] for u in users} | {"current_user", "user"}
    for node in ast.walk(func):
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
            text = ast.unparse(node.value)
            if isinstance(target, ast.Name) and re.search(
                r"current_user|request\.user|g\.user|g\.current_user", text
            ):
                callers.add(target.id)
    return callers


def find_record_change(
    func: Function, users: frozenset[str], path_ids: tuple[str, ...], model: str = ""
) -> RecordChange | None:
    """The first change of a record loaded by a caller-chosen id, if the handler makes one;
    ``model`` names the record when the load does not (``self.get_object()`` in a view whose
    ``queryset`` says)."""
    ids = _caller_ids(func, path_ids)
    records = {
        name: found
        for name, found in _loaded(func, ids).items()
        if not (found[1] == _LOOKUP and _object_is_the_caller(func))
    }
    callers = _caller_derived(func, users) - set(records)
    for node in ast.walk(func):
        inline = _inline_change(node, ids)
        if inline is not None:
            return inline
        found = _change(node, set(records), callers) if records else None
        if found:
            name, verb = found
            loaded, key = records[name]
            if loaded == _UNKNOWN and model:
                loaded = model
            if key == _LOOKUP and path_ids:
                key = path_ids[-1]  # get_object() looks the record up by the path's last id
            return RecordChange(getattr(node, "lineno", func.lineno), loaded, key, verb)
    return None


def find_record_read(
    func: Function, path_ids: tuple[str, ...], model: str = ""
) -> RecordChange | None:
    """A record loaded by a caller-chosen id that reaches the handler's answer: returned
    (``return item``, ``return ItemOut.model_validate(item)``, ``render_template(..., post=post)``)
    itself or through names built from it (``data = Serializer(item).data``)."""
    ids = _caller_ids(func, path_ids)
    records = {
        name: found
        for name, found in _loaded(func, ids).items()
        if not (found[1] == _LOOKUP and _object_is_the_caller(func))
    }
    derived = dict(records)
    for node in assignments(func):
        target = node.targets[0] if isinstance(node, ast.Assign) else node.target
        source = next((derived[n] for n in sorted(_names(node)) if n in derived), None)
        if isinstance(target, ast.Name) and target.id not in derived and source is not None:
            derived[target.id] = source
    for line, value in returned_values(func):
        found = _load(value, ids) or next(
            (derived[n] for n in sorted(_names(value)) if n in derived), None
        )
        if found is not None:
            loaded, key = found
            if loaded == _UNKNOWN and model:
                loaded = model
            if key == _LOOKUP and path_ids:
                key = path_ids[-1]
            return RecordChange(line, loaded, key, "returns")
    return None


_MODEL_READ = re.compile(
    r"\b([A-Z]\w*)\.(?:objects|query)\b|(?:select|query|get|get_or_404|get_object_or_404|"
    r"get_list_or_404)\(\s*([A-Z]\w*)\b"
)


def models_read(func: Function) -> frozenset[str]:
    """The model classes a handler queries (``select(Item)``, ``Post.query``, ``objects``)."""
    return frozenset(
        next(g for g in found.groups() if g) for found in _MODEL_READ.finditer(ast.unparse(func))
    )


def _inline_change(node: ast.AST, ids: set[str]) -> RecordChange | None:
    """``db.delete(db.get(Item, item_id))``: loaded and changed in one expression."""
    if not isinstance(node, ast.Call):
        return None
    name = call_name(node)
    if not _CHANGING.search(name):
        return None
    for argument in node.args:
        found = _load(argument, ids) if isinstance(argument, ast.Call) else None
        if found is not None:
            verb = "deletes" if re.search(r"delete|remove|destroy", name) else "changes"
            return RecordChange(node.lineno, found[0], found[1], verb)
    return None


def writes_only_for_permitted_callers(func: Function, users: frozenset[str]) -> bool:
    """Every database write sits under ``if current_user.can(...)`` (or ``is_authenticated``):
    anonymous callers never reach one, though nothing refuses them outright."""
    callers = {u.split(".")[0] for u in users} | {"current_user", "request", "g"}
    writes = 0
    for statement, guarded in _statements(func.body, False, callers):
        for node in ast.walk(statement):
            if isinstance(node, ast.Call) and call_name(node) in _WRITES:
                if not guarded:
                    return False
                writes += 1
    return writes > 0


def _statements(
    body: list[ast.stmt], guarded: bool, callers: set[str]
) -> list[tuple[ast.stmt, bool]]:
    """Simple statements with whether a permission test on the caller guards them."""
    out: list[tuple[ast.stmt, bool]] = []
    for statement in body:
        if isinstance(statement, ast.If):
            inner = guarded or _requires_permission(statement.test, callers)
            out.extend(_statements(statement.body, inner, callers))
            out.extend(_statements(statement.orelse, guarded, callers))
        elif isinstance(statement, ast.For | ast.While | ast.With | ast.AsyncWith | ast.AsyncFor):
            out.extend(_statements(statement.body, guarded, callers))
        elif isinstance(statement, ast.Try):
            for block in (statement.body, statement.orelse, statement.finalbody):
                out.extend(_statements(block, guarded, callers))
            for handler in statement.handlers:
                out.extend(_statements(handler.body, guarded, callers))
        elif not isinstance(statement, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            out.append((statement, guarded))
    return out


def _requires_permission(test: ast.expr, callers: set[str]) -> bool:
    parts = test.values if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.And) else [test]
    for part in parts:
        for node in ast.walk(part):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in _PERMISSION_CALLS
                and _names(node.func.value) & callers
            ):
                return True
            if (
                isinstance(node, ast.Attribute)
                and node.attr == "is_authenticated"
                and _names(node.value) & callers
                and part is node
            ):
                return True
    return False
