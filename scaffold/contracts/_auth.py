"""Who is calling: the caller context and the role hierarchy.

The caller is always an ``AuthContext``, anonymous when nobody signed in, so public endpoints
still have a client address to rate-limit by and a record to audit.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timezone

__all__ = ["DEFAULT_ROLE_HIERARCHY", "AuthContext", "RoleHierarchy"]

DEFAULT_ROLE_HIERARCHY: Mapping[str, tuple[str, ...]] = {
    "super_admin": ("admin",),
    "admin": ("user",),
    "user": (),
}


@dataclass(frozen=True, slots=True)
class AuthContext:
    """The caller of a guarded function.

    ``user_id`` is ``None`` for an anonymous caller. ``session_expires_at`` must be timezone-aware
    (naive datetimes are read as UTC). ``client_ip`` is what ``rate_limit(by="ip")`` keys on.
    """

    user_id: str | None = None
    roles: frozenset[str] = frozenset()
    session_expires_at: datetime | None = None
    client_ip: str | None = None
    _expires_ts: float | None = field(init=False, repr=False, compare=False, default=None)

    def __post_init__(self) -> None:
        roles: object = self.roles
        if not isinstance(roles, frozenset):  # accept any iterable of role names
            object.__setattr__(self, "roles", frozenset(self.roles))
        expires = self.session_expires_at
        if expires is not None:
            if expires.tzinfo is None:
                expires = expires.replace(tzinfo=timezone.utc)
            object.__setattr__(self, "_expires_ts", expires.timestamp())

    @property
    def is_authenticated(self) -> bool:
        return self.user_id is not None

    @classmethod
    def anonymous(cls, client_ip: str | None = None) -> AuthContext:
        return cls(client_ip=client_ip)


class RoleHierarchy:
    """Which roles imply which: by default super_admin ⊃ admin ⊃ user.

    Built once; ``satisfying(role)`` answers "which held roles are enough for ``role``" as a
    precomputed frozenset, so a check at call time is one ``isdisjoint``.
    """

    def __init__(self, implies: Mapping[str, Iterable[str]] = DEFAULT_ROLE_HIERARCHY) -> None:
        graph = {role: tuple(children) for role, children in implies.items()}
        for children in list(graph.values()):
            for child in children:
                graph.setdefault(child, ())
        self._implied: dict[str, frozenset[str]] = {
            role: self._closure(role, graph) for role in graph
        }
        self._satisfying: dict[str, frozenset[str]] = {}
        for role in graph:
            self._satisfying[role] = frozenset(
                held for held, implied in self._implied.items() if role in implied
            )

    @staticmethod
    def _closure(role: str, graph: Mapping[str, tuple[str, ...]]) -> frozenset[str]:
        seen = {role}
        stack = [role]
        while stack:
            for child in graph.get(stack.pop(), ()):
                if child not in seen:
                    seen.add(child)
                    stack.append(child)
        return frozenset(seen)

    @property
    def roles(self) -> frozenset[str]:
        return frozenset(self._implied)

    def satisfying(self, role: str) -> frozenset[str]:
        """Held roles that grant ``role`` (``role`` itself included, even if unknown)."""
        return self._satisfying.get(role, frozenset((role,)))

    def grants(self, held: Iterable[str], role: str) -> bool:
        return not self.satisfying(role).isdisjoint(held)

    def __repr__(self) -> str:
        pairs = ", ".join(f"{r}>{sorted(self._implied[r] - {r})}" for r in sorted(self._implied))
        return f"RoleHierarchy({pairs})"
