"""Typed errors of the contract runtime.

Exception tree::

    Exception
     ├── ContractError                 one failed condition: a stable ``type`` code
     ├── ContractViolationError        raised to callers: which contract, which layer, why
     └── ContractDefinitionError       a contract that cannot work, raised at decoration time

A denial is never an ``AssertionError``: ``python -O`` must not be able to hide it, and
``except AssertionError`` in application code must not swallow it.

Messages never contain argument values (passwords, tokens, personal data). Details that may hold
user data live in ``ContractError.details`` and are shown only in development.
"""

from __future__ import annotations

from enum import Enum
from typing import Any

__all__ = [
    "ContractDefinitionError",
    "ContractError",
    "ContractViolationError",
    "ErrorType",
]


class ErrorType(str, Enum):
    """Stable cause codes: clients, logs and tests match on these, never on message text."""

    AUTHENTICATION_REQUIRED = "AUTHENTICATION_REQUIRED"
    SESSION_EXPIRED = "SESSION_EXPIRED"
    INSUFFICIENT_ROLE = "INSUFFICIENT_ROLE"
    VALIDATION_FAILED = "VALIDATION_FAILED"
    OWNERSHIP_DENIED = "OWNERSHIP_DENIED"
    RATE_LIMIT_EXCEEDED = "RATE_LIMIT_EXCEEDED"
    BUSINESS_RULE_VIOLATION = "BUSINESS_RULE_VIOLATION"
    OUTPUT_VALIDATION_FAILED = "OUTPUT_VALIDATION_FAILED"
    INVARIANT_VIOLATION = "INVARIANT_VIOLATION"
    INVALID_BULK_INPUT = "INVALID_BULK_INPUT"
    BULK_TOO_LARGE = "BULK_TOO_LARGE"
    CONDITION_ERROR = "CONDITION_ERROR"
    AUDIT_FAILED = "AUDIT_FAILED"

    def __str__(self) -> str:
        return self.value


class ContractError(Exception):
    """One failed condition.

    ``message`` is safe to show to anyone; ``details`` may contain user data (field errors,
    identifiers) and is only exposed in development.
    """

    # Denials are on a hot path (a flood of bad requests): slots, and no super().__init__ —
    # BaseException.__new__ already keeps the arguments in ``args``, which pickling uses.
    __slots__ = ("details", "message", "type")

    def __init__(
        self,
        type: ErrorType,  # noqa: A002 - the documented field name
        message: str,
        details: dict[str, Any] | None = None,
    ) -> None:
        self.type = type
        self.message = message
        self.details: dict[str, Any] = details if details is not None else {}

    def __str__(self) -> str:
        return self.message

    def __repr__(self) -> str:
        return f"ContractError({self.type.value}, {self.message!r})"


class ContractViolationError(Exception):
    """A call was denied: raised by a function guarded by ``@contract``."""

    __slots__ = ("cause", "contract", "layer", "logged")

    def __init__(self, contract: str, layer: str, cause: ContractError) -> None:
        self.contract = contract
        self.layer = layer
        self.cause = cause
        self.logged = False  # set once its security event is written (one event per denial)

    def __str__(self) -> str:
        # Built when shown, not when raised: denials are frequent, most are never printed.
        return f"{self.contract} [{self.layer}]: {self.cause.type.value}: {self.cause.message}"

    @property
    def type(self) -> ErrorType:
        """The cause's type code, the thing callers usually branch on."""
        return self.cause.type


class ContractDefinitionError(TypeError):
    """A contract that cannot work as written; raised when the decorator is applied."""
