"""A function as one call runs it: the call's arguments, or the parameters' defaults, put in.

Guards and routers made by project functions are read per call: a dependency factory's
``Annotated[...]`` return with the call's scopes put in, a guard factory whose options a call
leaves at their defaults, a router factory's handlers under each call's prefix and guards.
"""

from __future__ import annotations

import ast
import copy

__all__ = ["ArgumentsPutIn", "parameter_defaults", "unpacks"]

Function = ast.FunctionDef | ast.AsyncFunctionDef


def parameter_defaults(func: Function) -> list[tuple[str, ast.expr]]:
    """Each parameter that has a default, with it, positional ones first."""
    arguments = func.args
    positional = arguments.posonlyargs + arguments.args
    with_default = positional[len(positional) - len(arguments.defaults) :]
    found = [(a.arg, d) for a, d in zip(with_default, arguments.defaults, strict=True)]
    found += [
        (a.arg, d)
        for a, d in zip(arguments.kwonlyargs, arguments.kw_defaults, strict=True)
        if d is not None
    ]
    return found


def unpacks(call: ast.Call) -> bool:
    """Whether ``call`` passes ``*args`` or ``**kwargs``: what it gives is not known."""
    return any(isinstance(a, ast.Starred) for a in call.args) or any(
        k.arg is None for k in call.keywords
    )


class ArgumentsPutIn(ast.NodeTransformer):
    """A function's parameters read replaced by what one call passes: positional and keyword
    arguments by name, ``*args`` by the tuple of the call's extra positional arguments, and,
    with ``defaults``, the parameters the call leaves out by their defaults."""

    def __init__(self, func: Function, call: ast.Call, *, defaults: bool = False) -> None:
        positional = [a.arg for a in func.args.posonlyargs + func.args.args]
        self.values: dict[str, ast.expr] = dict(parameter_defaults(func)) if defaults else {}
        self.values.update(zip(positional, call.args, strict=False))
        if func.args.vararg is not None:
            extra = call.args[len(positional) :]
            self.values[func.args.vararg.arg] = ast.Tuple(elts=list(extra), ctx=ast.Load())
        self.values.update({k.arg: k.value for k in call.keywords if k.arg})

    def visit_Name(self, node: ast.Name) -> ast.expr:
        value = self.values.get(node.id) if isinstance(node.ctx, ast.Load) else None
        return copy.deepcopy(value) if value is not None else node
