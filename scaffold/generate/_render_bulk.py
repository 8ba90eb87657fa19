"""The generated test of a bulk call's reach: another user's item beside the caller's.

A bulk contract checks who may run the batch and how many items it holds, never whose each
item is: that is the service's promise (``_render_service._bulk_loop``), so a service edited
to drop its per-item owner check passes every test of a clause. This test stores an item of
the caller and one of another user, names both in one call, and checks each record and the
report: on owned records ("bulk delete my invoices") the other user's item is left as it
was, still its owner's, and reported the way the service reports it (a failed list, a count
of what was done); under an admin contract that reaches every record ("bulk update items")
both are processed and each keeps its owner. A bulk create's list of the ids it created is
checked too. What no test could keep to the caller (one id in a bulk answer, a bulk call on
records that store no owner) is refused before anything is written.
"""

from __future__ import annotations

from typing import Any

from scaffold.errors import UserError
from scaffold.generate._design import Design, is_id_field
from scaffold.generate._fields import valid_value
from scaffold.generate._pysource import call, collection, literal, py_str
from scaffold.generate._render_service import passes_owner

__all__ = [
    "OWNED_REACH_TEST",
    "WIDE_REACH_TEST",
    "bulk_items",
    "bulk_reach_checks",
    "bulk_reach_seed",
    "has_reach_test",
    "reach_doc",
    "refuse_unchecked_bulk",
    "reports_handled_items",
]

OWNED_REACH_TEST = "test_bulk_keeps_to_the_callers_items"
WIDE_REACH_TEST = "test_bulk_reaches_every_users_items"

_OTHER_UUID = "8c4f1e2a-3b5d-4e6f-8a7b-9c0d1e2f3a4b"


def _with_items(design: Design, items: list[object]) -> list[str] | None:
    """The store keys the service makes of ``items`` (``str`` of each parsed item), or None
    when the input with these items is not valid or two items share a key."""
    field = design.bulk_field or ""
    try:
        parsed = design.input_class.model_validate({**design.valid_input, field: items})
    except Exception:
        return None
    keys = [str(item) for item in getattr(parsed, field)]
    return keys if len(set(keys)) == len(keys) else None


def _candidates(spec: Any, mine: object) -> list[object]:
    """Item values other than ``mine`` the item type may accept."""
    found: list[object] = [valid_value(spec, hint="theirs"), _OTHER_UUID]
    if isinstance(mine, int | float) and not isinstance(mine, bool):
        found += [mine + 1, mine - 1]
    return [value for value in found if value != mine]


def bulk_items(design: Design) -> list[list[object]]:
    """The item lists the reach test may name, best first: the caller's item and the other
    user's, then the other user's alone (for bulk limits that admit one item). Empty when no
    valid item values can be made: the test is then not generated, and the plan says so."""
    spec = design.inputs.get(design.bulk_field or "")
    if design.operation != "bulk" or spec is None or spec.items is None:
        return []
    mine = valid_value(spec.items, hint="mine")
    others = _candidates(spec.items, mine)
    pairs = [[mine, theirs] for theirs in others if _with_items(design, [mine, theirs])]
    alone = [[theirs] for theirs in others if _with_items(design, [theirs])]
    return [*pairs[:1], *alone[:1]]


def refuse_unchecked_bulk(design: Design) -> None:
    """Refuse a new bulk function whose answer or reach nothing would keep to the caller.

    One id in the output would name one item of many (the service once answered the last id
    it was given, another user's it had refused): the output lists the ids it handled. And a
    bulk call on the caller's own records keyed by user ("bulk update my users", "... my
    user's invoices") has no per-item check to generate: those records store no owner, and
    no clause checks whose each item is (``owns`` checks the path's user, not the items), so
    the call would reach other users' records while the description asked for the caller's.
    """
    if design.operation != "bulk":
        return
    single = [name for name, spec in design.output_only() if is_id_field(name, spec)]
    if single:
        raise UserError(
            f"{design.name}: a bulk call's output cannot carry one id ({', '.join(single)}): "
            "it handles many items, and one id would name one of them, maybe one it refused",
            hint=f"list the ids it handled instead, e.g. --output-field "
            f"{design.function.item}_ids:list[str]",
        )
    function = design.function
    if function.scope == "own" and function.ownership == "user":
        records = function.resource.replace("-", " ")
        raise UserError(
            f"{design.name}: a bulk call on the caller's own {records} cannot be checked item "
            "by item (these records store no owner to compare), so it would reach other "
            "users' records",
            hint=f"say 'bulk {function.operation} {records}' for the admin contract that "
            "reaches every user's records, or generate the single-record function, whose "
            "contract checks the caller",
        )


def reports_handled_items(design: Design) -> bool:
    """Whether the owned reach test checks the list of items the response reports done, so
    a service that lists an item it refused fails it (a semantic mutant's condition)."""
    lists = bulk_items(design)
    return (
        passes_owner(design)
        and "handled" in _reports(design).values()
        and bool(lists)
        and all(isinstance(item, str) for item in lists[0])
    )


def has_reach_test(test_module: str) -> bool:
    """Whether a generated test module holds the reach test (a bulk function's may not: see
    ``bulk_items``)."""
    return any(f"def {name}(" in test_module for name in (OWNED_REACH_TEST, WIDE_REACH_TEST))


def _reports(design: Design) -> dict[str, str]:
    """Output fields the service fills from its loop: name -> ``failed``, ``handled`` or
    ``len(handled)`` (``Design.computed_field``)."""
    found = {}
    for name, spec in design.output_only():
        expression = design.computed_field(name, spec)
        if expression in ("failed", "handled", "len(handled)"):
            found[name] = expression
    return found


def reach_doc(design: Design, items: list[object]) -> str:
    """The reach test's docstring: what it stores, names and expects."""
    item = design.function.item.replace("_", " ")
    alone = len(items) == 1
    if passes_owner(design):
        reported = bool(_reports(design))
        if alone:
            tail = ", and reports it as not done" if reported else ""
            return (
                f"A bulk call naming another user's {item} leaves it as it was, still its "
                f"owner's{tail}."
            )
        how = "reported as not done, " if reported else ""
        return (
            f"A bulk call naming another user's {item} beside the caller's changes only the "
            f"caller's: the other is {how}left as it was, still its owner's."
        )
    who = "an admin" if design.auth_role == "admin" else "its caller"
    done = "deleted" if design.bulk_delete else "processed and stays its owner's"
    also = "" if alone else ", like the caller's"
    return f"The contract lets {who} act on every user's {item}: another user's is {done}{also}."


def _plan(design: Design, items: list[object]) -> tuple[list[str], bool]:
    """The store keys of the items (the other user's last) and whether the caller's is in."""
    keys = _with_items(design, items) or []
    return keys, len(items) > 1  # the caller's item, then the other's


def bulk_reach_seed(design: Design, items: list[object]) -> list[str]:
    """The test's first lines: the other user's record and the caller's, stored."""
    keys, has_mine = _plan(design, items)
    lines = []
    owners = [("theirs", design.other_id, items[-1], keys[-1])]
    if has_mine:
        owners.insert(0, ("mine", design.owner_id, items[0], keys[0]))
    for name, owner, item, key in owners:
        entries = [f'"owner_id": {py_str(owner)}', f'"item": {literal(item)}']
        lines.append(
            collection(entries, indent=4, prefix=f"{name}: dict[str, Any] = ", brackets="{}")
        )
        lines.append(call("repository.save", [py_str(key), f"dict({name})"], indent=4))
    return lines


def _processed(design: Design, key: str, name: str) -> list[str]:
    """Checks that the stored record ``name`` was processed: gone, or changed and its
    owner kept."""
    if design.bulk_delete:
        return [f"    assert repository.get({py_str(key)}) is None"]
    return [
        f"    stored = repository.get({py_str(key)})",
        "    assert stored is not None",
        f"    assert stored != {name}",
        f'    assert stored["owner_id"] == {name}["owner_id"]',
    ]


def bulk_reach_checks(design: Design, items: list[object]) -> list[str]:
    """What each record holds after the call, and what the response reports of them."""
    keys, has_mine = _plan(design, items)
    owned = passes_owner(design)
    lines = _processed(design, keys[0], "mine") if has_mine else []
    if owned:
        lines.append(f"    assert repository.get({py_str(keys[-1])}) == theirs")
    else:
        lines += _processed(design, keys[-1], "theirs")
    done = items[:-1] if owned else items
    skipped = items[-1:] if owned else []
    texts = all(isinstance(item, str) for item in items)  # reported as sent
    reports = _reports(design)
    if reports:
        lines.append("    body = response.json()")
    for name, expression in reports.items():
        if expression == "len(handled)":
            lines.append(f"    assert body[{py_str(name)}] == {len(done)}")
        elif texts:
            listed = done if expression == "handled" else skipped
            lines.append(f"    assert body[{py_str(name)}] == {literal(listed)}")
    return lines
