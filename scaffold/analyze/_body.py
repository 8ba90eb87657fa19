"""What a handler's own body does: database access, raw request input, inline checks.

Read from the syntax of one function, so it is cheap: one walk over the handler's nodes.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable
from dataclasses import dataclass

from scaffold.analyze._exposure import Exposure
from scaffold.analyze._records import (
    RecordChange,
    find_record_change,
    find_record_read,
    models_read,
    writes_only_for_permitted_callers,
)
from scaffold.analyze._signals import (
    anonymous_test,
    call_name,
    checks_a_role,
    ownership_compare,
    refused_by_role_guard,
    refuses_anonymous,
    refusing_except,
    refusing_if,
    role_test_of,
)

__all__ = ["Facts", "read_body"]

Function = ast.FunctionDef | ast.AsyncFunctionDef

_RAW_BODY = frozenset(
    {"json", "form", "data", "values", "POST", "body", "get_json", "get_data", "stream", "files"}
)
_RAW_QUERY = frozenset({"args", "GET", "query_params", "query", "cookies"})
_REQUEST_NAMES = frozenset({"request", "req", "self.request"})
_DB_NAMES = frozenset(
    {
        "db",
        "session",
        "conn",
        "connection",
        "cursor",
        "cur",
        "engine",
        "database",
        "tx",
        "sess",
        "dbsession",
    }
)
_DB_METHODS = frozenset(
    {
        "execute",
        "executemany",
        "executescript",
        "query",
        "add",
        "add_all",
        "commit",
        "merge",
        "delete",
        "scalars",
        "scalar",
        "raw",
        "bulk_create",
        "get_or_create",
        "update_or_create",
        "insert_one",
        "insert_many",
        "update_one",
        "update_many",
        "delete_one",
        "find_one",
    }
)
_SQL_CALLS = frozenset(
    {"execute", "executemany", "executescript", "raw", "text", "exec_driver_sql"}
)
_VALIDATORS = re.compile(r"validate|parse_obj|parse_raw|^load$|schema|serializer|^is_valid$", re.I)
_FORM_CHECKS = frozenset({"validate_on_submit"})
# Conversions that reject what is not of their type: int(request.args["page"]).
_TYPED_CALLS = frozenset(
    {"int", "float", "bool", "UUID", "Decimal", "fromisoformat", "date", "datetime", "uuid4"}
)
_LOOSE_TYPES = frozenset({"dict", "Dict", "Any", "Mapping", "MutableMapping", "object", "Json"})
_SIGNATURE = re.compile(r"signature|compare_digest|construct_event|hmac|verify_webhook", re.I)
_DB_TYPES = re.compile(r"Session|Connection|Cursor|Engine|Database")


@dataclass(frozen=True)
class Facts:
    inline_auth: bool = False
    inline_role: bool = False
    ownership: bool = False
    tenant_only: bool = False  # the only tie is the record's organization to the caller's
    db_line: int | None = None
    sql_strings_line: int | None = None
    raw_line: int | None = None
    raw_text: str = ""
    raw_validated: bool = False
    query_line: int | None = None
    query_text: str = ""
    loose_params: tuple[str, ...] = ()
    record_change: RecordChange | None = None
    record_read: RecordChange | None = None
    models: frozenset[str] = frozenset()
    exposure: Exposure | None = None
    permitted_writes: bool = False
    verifies_signature: bool = False
    handles_anonymous: bool = False


def _role_test(func: Function, callers: frozenset[str]) -> Callable[[ast.AST], bool]:
    """A condition about the caller's role: one read in place or into a name first
    (``role_str = current_user.get("role")``, then ``if role_str not in [...]``), the caller's
    level compared with level codes (``current_user["level"] != "L2"``), or a guard named for
    a role saying no (``not _require_admin(request)``)."""
    reads_role = role_test_of(func, callers)
    return lambda test: reads_role(test) or refused_by_role_guard(test)


def _root(expr: ast.expr) -> str:
    text = ast.unparse(expr)
    return text.split("(")[0]


def _is_request(expr: ast.expr, names: frozenset[str]) -> bool:
    return isinstance(expr, ast.Name | ast.Attribute) and ast.unparse(expr) in names


def _stringy_sql(expr: ast.expr) -> bool:
    if isinstance(expr, ast.JoinedStr):
        return any(isinstance(v, ast.FormattedValue) for v in expr.values)
    if isinstance(expr, ast.BinOp) and isinstance(expr.op, ast.Mod | ast.Add):
        return isinstance(expr.left, ast.Constant | ast.JoinedStr | ast.BinOp)
    return isinstance(expr, ast.Call) and call_name(expr) == "format"


def _annotation_names(func: Function) -> dict[str, str]:
    found: dict[str, str] = {}
    for arg in func.args.posonlyargs + func.args.args + func.args.kwonlyargs:
        if arg.annotation is not None:
            found[arg.arg] = ast.unparse(arg.annotation)
    return found


def _loose(annotation: str) -> bool:
    head = annotation.split("[", maxsplit=1)[0].rsplit(".", maxsplit=1)[-1]
    if head == "Annotated":
        inner = annotation.split("[", 1)[1].split(",", maxsplit=1)[0].strip()
        return _loose(inner)
    return head in _LOOSE_TYPES


def read_body(
    func: Function,
    users: frozenset[str],
    framework: str,
    validator: Callable[[ast.Call], bool],
    *,
    path_ids: tuple[str, ...] = (),
    model: str = "",
) -> Facts:
    """Collect the facts the risk rules need about one handler.

    ``validator`` tells whether a call validates what it is given (a pydantic model, a form, a
    serializer), as opposed to, say, an ORM model built straight from raw input.
    """
    annotations = _annotation_names(func)
    requests = _REQUEST_NAMES | {
        n for n, a in annotations.items() if a.split(".")[-1] in {"Request", "HttpRequest"}
    }
    dbs = _DB_NAMES | {n for n, a in annotations.items() if _DB_TYPES.search(a)}
    for arg, default in _defaults(func):
        if isinstance(default, ast.Call) and re.search(
            r"db|session|database", ast.unparse(default), re.I
        ):
            dbs = dbs | {arg}
    raw_names = _raw_names(func, requests)
    db_line = sql_line = raw_line = query_line = None
    raw_text = query_text = ""
    validated = False
    parents = {child: parent for parent in ast.walk(func) for child in ast.iter_child_nodes(parent)}
    query_reads: list[ast.Attribute] = []
    db_calls: list[ast.Call] = []
    for node in ast.walk(func):
        if isinstance(node, ast.Attribute) and _is_request(node.value, requests):
            if _typed_access(node, parents):
                continue  # request.args.get("page", 1, type=int), int(request.form["n"])
            if node.attr in _RAW_BODY and raw_line is None:
                raw_line, raw_text = node.lineno, ast.unparse(node)
            elif node.attr in _RAW_QUERY:
                query_reads.append(node)
        elif isinstance(node, ast.Call):
            name = call_name(node)
            if isinstance(node.func, ast.Attribute):
                receiver = _root(node.func.value)
                head = receiver.split(".")[0]
                if (
                    (
                        name in _DB_METHODS
                        and (head in dbs or ".objects" in receiver or receiver.endswith("session"))
                    )
                    or ".objects" in receiver
                    or (name in {"save", "delete"} and not node.args)
                ):
                    db_line = db_line or node.lineno
                    db_calls.append(node)
            if name in _SQL_CALLS and node.args and _stringy_sql(node.args[0]):
                sql_line = sql_line or node.lineno
                db_line = db_line or node.lineno
            if not validated and _feeds(node, raw_names, requests):
                validated = bool(_VALIDATORS.search(name)) or validator(node)
            if name in _FORM_CHECKS:  # WTForms: the form read request.form and validated it
                validated = True
    reaching = _reaching(func, query_reads, db_calls)
    if reaching is not None:
        query_line, query_text = reaching.lineno, ast.unparse(reaching)
    loose = tuple(
        n
        for n, a in annotations.items()
        if framework in {"fastapi", "starlette"} and _loose(a) and n not in users
    )
    everyone = (
        users
        | _unpacked_callers(func, users)
        | {"current_user", "request.user", "g.user", "self.request.user"}
    )
    permitted = writes_only_for_permitted_callers(func, users)
    change = find_record_change(func, users, path_ids, model)
    checked = refusing_except(func)  # try: get_action(...) except NotAuthorized: abort(403)
    ownership = ownership_compare(func, everyone, frozenset(path_ids))
    return Facts(
        inline_auth=refuses_anonymous(func) or permitted or bool(checked),
        inline_role=refusing_if(func, _role_test(func, everyone)) or checks_a_role(checked),
        ownership=ownership,
        tenant_only=ownership
        and not ownership_compare(func, everyone, frozenset(path_ids), but_tenant=True),
        db_line=db_line,
        sql_strings_line=sql_line,
        raw_line=raw_line,
        raw_text=raw_text,
        raw_validated=validated,
        query_line=query_line,
        query_text=query_text,
        loose_params=loose,
        record_change=change,
        record_read=None if change else find_record_read(func, path_ids, model),
        models=models_read(func) | ({model} if model else set()),
        permitted_writes=permitted,
        handles_anonymous=any(
            isinstance(node, ast.If) and anonymous_test(node.test) is not None
            for node in ast.walk(func)
        ),
        verifies_signature=any(
            isinstance(node, ast.Call) and _SIGNATURE.search(ast.unparse(node.func))
            for node in ast.walk(func)
        ),
    )


def _unpacked_callers(func: Function, users: frozenset[str]) -> frozenset[str]:
    """Names the caller is taken into from what a dependency gave: ``user = ctx["user"]``,
    ``user = auth.user`` (enteserver's ``ctx=Depends(get_auth)``), as the handler's own
    statements do it first thing."""
    found: set[str] = set()
    for node in func.body if users else ():
        if not isinstance(node, ast.Assign) or len(node.targets) != 1:
            continue
        target, value = node.targets[0], node.value
        held = value.value if isinstance(value, ast.Subscript | ast.Attribute) else None
        if isinstance(target, ast.Name) and isinstance(held, ast.Name) and held.id in users:
            found.add(target.id)
    return frozenset(found)


def _reaching(
    func: Function, reads: list[ast.Attribute], db_calls: list[ast.Call]
) -> ast.Attribute | None:
    """The first query-string read whose value reaches a database call: read inside the call,
    or through names assigned from it (``q = request.args.get("q")`` ... ``filter(name=q)``);
    a ``next`` URL read only for a redirect does not."""
    if not reads or not db_calls:
        return None
    tainted: dict[str, ast.Attribute] = {}
    assignments = [n for n in ast.walk(func) if isinstance(n, ast.Assign)]
    for _ in range(3):  # names assigned from names assigned from the read
        for node in assignments:
            inside = {id(n) for n in ast.walk(node.value)}
            source = next((r for r in reads if id(r) in inside), None) or next(
                (
                    tainted[n.id]
                    for n in ast.walk(node.value)
                    if isinstance(n, ast.Name) and n.id in tainted
                ),
                None,
            )
            if source is not None:
                for target in node.targets:
                    if isinstance(target, ast.Name):
                        tainted.setdefault(target.id, source)
    for call in db_calls:
        for inner in ast.walk(call):
            if isinstance(inner, ast.Attribute) and inner in reads:
                return inner
            if isinstance(inner, ast.Name) and inner.id in tainted:
                return tainted[inner.id]
    return None


def _typed_access(node: ast.Attribute, parents: dict[ast.AST, ast.AST]) -> bool:
    """Whether this read of request input is converted to a type on the spot: the accessor's
    ``type=`` (``request.args.get("page", 1, type=int)``) or a conversion around it."""
    current: ast.AST = node
    for _ in range(4):
        parent = parents.get(current)
        if parent is None:
            return False
        if isinstance(parent, ast.Call):
            if parent.func is current:
                current = parent
                continue
            return call_name(parent) in _TYPED_CALLS
        if isinstance(parent, ast.Attribute) and parent.attr in {"get", "getlist"}:
            call = parents.get(parent)
            if isinstance(call, ast.Call) and any(k.arg == "type" for k in call.keywords):
                return True
        current = parent
    return False


def _defaults(func: Function) -> list[tuple[str, ast.expr | None]]:
    args = func.args
    positional = args.posonlyargs + args.args
    padded: list[ast.expr | None] = [None] * (len(positional) - len(args.defaults))
    pairs = list(zip([a.arg for a in positional], padded + list(args.defaults), strict=False))
    return pairs + list(zip([a.arg for a in args.kwonlyargs], args.kw_defaults, strict=False))


def _raw_names(func: Function, requests: frozenset[str]) -> set[str]:
    """Names that hold raw request input, in source order and through the names built from
    them (``user_data = request.data.get("user")``, then ``data = {"bio": user_data...}``)."""
    names: set[str] = set()
    assignments = sorted(
        (n for n in ast.walk(func) if isinstance(n, ast.Assign | ast.AnnAssign) and n.value),
        key=lambda n: (n.lineno, n.col_offset),
    )
    for node in assignments:
        value = node.value
        if value is None:
            continue
        if _reads_raw(value, requests) or any(
            isinstance(n, ast.Name) and n.id in names for n in ast.walk(value)
        ):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names.update(t.id for t in targets if isinstance(t, ast.Name))
    return names


def _reads_raw(expr: ast.expr, requests: frozenset[str]) -> bool:
    for node in ast.walk(expr):
        if (
            isinstance(node, ast.Attribute)
            and node.attr in _RAW_BODY
            and _is_request(node.value, requests)
        ):
            return True
    return False


def _feeds(call: ast.Call, raw_names: set[str], requests: frozenset[str]) -> bool:
    """Whether raw input (a name holding it, or the read itself) is passed to ``call``."""
    values = [*call.args, *(k.value for k in call.keywords)]
    for value in values:
        inner = value.value if isinstance(value, ast.Starred) else value
        if isinstance(inner, ast.Name) and inner.id in raw_names:
            return True
        if _reads_raw(inner, requests):
            return True
    return False
