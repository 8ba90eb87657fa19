"""How a contract finds the caller and the input among a function's parameters.

The rule, decided once at decoration time:

* **caller**: the one parameter annotated with ``AuthContext`` (``Optional``/``Annotated``
  forms included). Two such parameters are an error.
* **input**: with ``validates(Model)``, the parameter annotated with ``Model`` (or a subclass),
  else the parameter named ``payload``. Without ``validates``, the one parameter annotated
  with a pydantic model, else the one named ``payload``, else there is no input.
* **named values** (``owns("user_id")``): the parameter of that name (a path parameter, say)
  and/or the input's attribute of that name; every place it appears is checked.

Lookups at call time are a dict ``get`` or a tuple index: no ``inspect`` on the hot path.
"""

from __future__ import annotations

import inspect
import re
import typing
from collections.abc import Callable
from typing import Any

from scaffold.contracts._auth import AuthContext
from scaffold.contracts._errors import ContractDefinitionError

__all__ = ["MISSING", "FunctionSpec", "Locator"]


class _Missing:
    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()
_AUTH_CONTEXT_WORD = re.compile(r"\bAuthContext\b")


class Locator:
    """Reads (and replaces) one argument of a call, wherever the caller put it.

    ``get`` is a closure built once, not a method: it runs on every call of a guarded function.
    """

    __slots__ = ("default", "get", "index", "name")

    def __init__(self, name: str, index: int | None, default: Any) -> None:
        self.name = name
        self.index = index
        self.default = default
        self.get: Callable[[tuple[Any, ...], dict[str, Any]], Any] = _getter(name, index, default)

    def replace(
        self, args: tuple[Any, ...], kwargs: dict[str, Any], value: Any
    ) -> tuple[tuple[Any, ...], dict[str, Any]]:
        index = self.index
        if self.name not in kwargs and index is not None and index < len(args):
            return (*args[:index], value, *args[index + 1 :]), kwargs
        kwargs[self.name] = value
        return args, kwargs

    def __repr__(self) -> str:
        return f"Locator({self.name!r})"


def _getter(
    name: str, index: int | None, default: Any
) -> Callable[[tuple[Any, ...], dict[str, Any]], Any]:
    if index is None:

        def keyword_only(args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
            return kwargs.get(name, default)

        return keyword_only

    def positional_or_keyword(args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        if kwargs:
            value = kwargs.get(name, MISSING)
            if value is not MISSING:
                return value
        return args[index] if index < len(args) else default

    return positional_or_keyword


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
        self._locators: dict[str, Locator] = {}
        self.annotations: dict[str, Any] = {}
        for index, (name, param) in enumerate(self.signature.parameters.items()):
            if param.kind in (param.VAR_POSITIONAL, param.VAR_KEYWORD):
                continue
            positional = param.kind in (param.POSITIONAL_ONLY, param.POSITIONAL_OR_KEYWORD)
            default = MISSING if param.default is param.empty else param.default
            self._locators[name] = Locator(name, index if positional else None, default)
            self.annotations[name] = hints.get(name, param.annotation)

    def locate(self, name: str) -> Locator | None:
        return self._locators.get(name)

    def _annotated_with(self, predicate: Callable[[Any], bool]) -> list[str]:
        found = []
        for name, annotation in self.annotations.items():
            if isinstance(annotation, str):
                continue
            if any(predicate(candidate) for candidate in _unwrap(annotation)):
                found.append(name)
        return found

    def caller(self) -> Locator | None:
        """The parameter annotated with ``AuthContext``."""
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
        return self._locators[names[0]] if names else None

    def input(self, model: type | None) -> Locator | None:
        """The parameter holding the input (see the module docstring for the rule)."""
        if model is not None:
            names = self._annotated_with(lambda c: _is_subclass(c, model))
        else:
            names = self._annotated_with(_is_model)
        if len(names) == 1:
            return self._locators[names[0]]
        if "payload" in self._locators:
            return self._locators["payload"]
        if len(names) > 1:
            raise ContractDefinitionError(
                f"{self.qualname}: several parameters could be the input ({', '.join(names)}); "
                "name the input parameter 'payload'"
            )
        return None

    def input_model(self, locator: Locator | None) -> Any:
        """The pydantic model the input parameter is annotated with, when there is one."""
        if locator is None:
            return None
        for candidate in _unwrap(self.annotations.get(locator.name)):
            if _is_model(candidate):
                return candidate
        return None
