"""How a contract finds the caller and the input among a function's parameters.

The rule, decided once at decoration time:

* **caller**: the one parameter annotated with ``AuthContext`` (``Optional``/``Annotated``
  forms included). Two such parameters are an error.
* **input**: with ``validates(Model)``, the parameter annotated with ``Model`` (or a subclass),
  else the parameter named ``payload``. Without ``validates``, the one parameter annotated
  with a pydantic model, else the one named ``payload``, else there is no input.
* **named values** (``owns("user_id")``): the parameter of that name (a path parameter, say)
  and/or the input's attribute of that name; every place it appears is checked.

The wrapper built from this (``_wrapper.py``) has the function's own parameter list, so at call
time the caller and the input are plain local variables: no lookups at all.
"""

from __future__ import annotations

import inspect
import re
import typing
from collections.abc import Callable
from typing import Any

from scaffold.contracts._auth import AuthContext
from scaffold.contracts._errors import ContractDefinitionError

__all__ = ["MISSING", "FunctionSpec"]


class _Missing:
    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()
_AUTH_CONTEXT_WORD = re.compile(r"\bAuthContext\b")


def _unwrap(annotation: Any) -> tuple[Any, ...]:
    """The concrete types an annotation may stand for (through Annotated, Optional, unions)."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _unwrap(typing.get_args(annotation)[0])
    if origin is typing.Union or type(annotation).__name__ == "UnionType":
        found: list[Any] = []
        for arg in typing.get_args(annotation):
            found.extend(_unwrap(arg))
        return tuple(found)
    return (annotation,)


def _is_subclass(candidate: Any, cls: type) -> bool:
    return isinstance(candidate, type) and issubclass(candidate, cls)


def _is_model(candidate: Any) -> bool:
    from pydantic import BaseModel

    return _is_subclass(candidate, BaseModel)


class FunctionSpec:
    """What a contract needs to know about the function it guards."""

    def __init__(self, func: Callable[..., Any]) -> None:
        self.func = func
        self.qualname = f"{func.__module__}.{func.__qualname__}"
        self.is_async = inspect.iscoroutinefunction(func)
        self.signature = inspect.signature(func)
        try:
            hints = typing.get_type_hints(func, include_extras=True)
        except Exception:  # forward references that cannot resolve yet: use what is there
            hints = {}
        named = (
            inspect.Parameter.POSITIONAL_ONLY,
            inspect.Parameter.POSITIONAL_OR_KEYWORD,
            inspect.Parameter.KEYWORD_ONLY,
        )
        self.annotations: dict[str, Any] = {
            name: hints.get(name, param.annotation)
            for name, param in self.signature.parameters.items()
            if param.kind in named
        }

    def has_parameter(self, name: str) -> bool:
        """Whether ``name`` is a named parameter (not ``*args``/``**kwargs``)."""
        return name in self.annotations

    def _annotated_with(self, predicate: Callable[[Any], bool]) -> list[str]:
        found = []
        for name, annotation in self.annotations.items():
            if isinstance(annotation, str):
                continue
            if any(predicate(candidate) for candidate in _unwrap(annotation)):
                found.append(name)
        return found

    def caller(self) -> str | None:
        """The name of the parameter annotated with ``AuthContext``."""
        names = self._annotated_with(lambda c: _is_subclass(c, AuthContext))
        names += [
            name
            for name, annotation in self.annotations.items()
            if isinstance(annotation, str) and _AUTH_CONTEXT_WORD.search(annotation)
        ]
        if len(names) > 1:
            raise ContractDefinitionError(
                f"{self.qualname}: more than one parameter is annotated with AuthContext "
                f"({', '.join(names)}); keep exactly one caller"
            )
        return names[0] if names else None

    def input(self, model: type | None) -> str | None:
        """The name of the parameter holding the input (see the module docstring)."""
        if model is not None:
            names = self._annotated_with(lambda c: _is_subclass(c, model))
        else:
            names = self._annotated_with(_is_model)
        if len(names) == 1:
            return names[0]
        if "payload" in self.annotations:
            return "payload"
        if len(names) > 1:
            raise ContractDefinitionError(
                f"{self.qualname}: several parameters could be the input ({', '.join(names)}); "
                "name the input parameter 'payload'"
            )
        return None

    def input_model(self, name: str | None) -> Any:
        """The pydantic model the input parameter is annotated with, when there is one."""
        if name is None:
            return None
        for candidate in _unwrap(self.annotations.get(name)):
            if _is_model(candidate):
                return candidate
        return None
