"""Process-wide runtime settings: environment, roles, rate-limit storage, audit sink.

Read from the environment on first use, changed with ``configure()``, restored with ``reset()``
(the pattern of structlog's ``configure``/``reset_defaults``). Objects that cache something
derived from the settings register with ``watch()`` and are told when the settings change, so the
hot path never has to re-read them.
"""

from __future__ import annotations

import logging
import os
import weakref
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Literal, Protocol

from scaffold.contracts._auth import RoleHierarchy

if TYPE_CHECKING:
    from scaffold.contracts._audit import AuditSink

__all__ = ["Environment", "Settings", "configure", "get_settings", "reset"]

Environment = Literal["production", "development"]
AuditFailurePolicy = Literal["deny", "allow"]

ENV_VARIABLE = "SCAFFOLD_ENV"
RATE_LIMIT_STORAGE_VARIABLE = "SCAFFOLD_RATE_LIMIT_STORAGE"
AUDIT_SINK_VARIABLE = "SCAFFOLD_AUDIT_SINK"

_log = logging.getLogger("scaffold.contracts")


@dataclass(frozen=True)
class Settings:
    """A snapshot of the runtime settings; replaced as a whole, never mutated."""

    environment: Environment = "production"
    roles: RoleHierarchy = field(default_factory=RoleHierarchy)
    rate_limit_storage: str = "memory://"
    audit_sink_url: str = "log"
    audit_failure: AuditFailurePolicy = "deny"

    @property
    def is_production(self) -> bool:
        return self.environment == "production"


class _State:
    """Holds the current settings and the audit sink built from them."""

    def __init__(self) -> None:
        self.settings: Settings | None = None
        self.sink: AuditSink | None = None
        self.warned_unset_env = False


_state = _State()


class SettingsWatcher(Protocol):
    def settings_changed(self) -> None: ...


_watchers: weakref.WeakSet[SettingsWatcher] = weakref.WeakSet()


def watch(watcher: SettingsWatcher) -> None:
    """Call ``watcher.settings_changed()`` whenever ``configure`` or ``reset`` runs."""
    _watchers.add(watcher)


def _notify() -> None:
    for watcher in list(_watchers):
        watcher.settings_changed()


def _environment_from_env() -> Environment:
    raw = os.environ.get(ENV_VARIABLE, "").strip().lower()
    if raw in ("development", "dev"):
        return "development"
    if raw in ("production", "prod"):
        return "production"
    if raw:
        _log.warning(
            "%s=%r is not 'production' or 'development'; running as production",
            ENV_VARIABLE,
            raw,
        )
    elif not _state.warned_unset_env:
        _state.warned_unset_env = True
        _log.info("%s is not set; running as production (safe error bodies)", ENV_VARIABLE)
    return "production"


def _from_environment() -> Settings:
    return Settings(
        environment=_environment_from_env(),
        rate_limit_storage=os.environ.get(RATE_LIMIT_STORAGE_VARIABLE, "memory://"),
        audit_sink_url=os.environ.get(AUDIT_SINK_VARIABLE, "log"),
    )


def get_settings() -> Settings:
    """The settings in force, read from the environment the first time."""
    settings = _state.settings
    if settings is None:
        settings = _state.settings = _from_environment()
    return settings


def configure(
    *,
    environment: Environment | None = None,
    roles: Mapping[str, Iterable[str]] | RoleHierarchy | None = None,
    rate_limit_storage: str | None = None,
    audit_sink: str | AuditSink | None = None,
    audit_failure: AuditFailurePolicy | None = None,
) -> Settings:
    """Change some settings; the others keep their current values.

    ``rate_limit_storage`` is a ``limits`` storage URL (``memory://``, ``redis://host:6379/0``).
    ``audit_sink`` is a sink object or a URL: ``log``, ``null``, ``sqlite:///path/audit.db``,
    or any SQLAlchemy URL (needs the ``sql`` extra).
    """
    from scaffold.contracts._audit import AuditSink, sink_from_url

    if environment is not None and environment not in ("production", "development"):
        raise ValueError("environment must be 'production' or 'development'")
    if audit_failure is not None and audit_failure not in ("deny", "allow"):
        raise ValueError("audit_failure must be 'deny' or 'allow'")
    current = get_settings()
    changes: dict[str, object] = {}
    if environment is not None:
        changes["environment"] = environment
    if roles is not None:
        changes["roles"] = roles if isinstance(roles, RoleHierarchy) else RoleHierarchy(roles)
    if rate_limit_storage is not None:
        changes["rate_limit_storage"] = rate_limit_storage
    if audit_failure is not None:
        changes["audit_failure"] = audit_failure
    new_sink: AuditSink | None = None
    if isinstance(audit_sink, AuditSink):
        new_sink = audit_sink
        changes["audit_sink_url"] = repr(audit_sink)
    elif isinstance(audit_sink, str):
        new_sink = sink_from_url(audit_sink)
        changes["audit_sink_url"] = audit_sink
    settings = replace(current, **changes)  # type: ignore[arg-type]
    if new_sink is not None:
        _close_sink()
        _state.sink = new_sink
    _state.settings = settings
    _notify()
    return settings


def get_audit_sink() -> AuditSink:
    """The audit sink in force, built from ``audit_sink_url`` on first use."""
    sink = _state.sink
    if sink is None:
        from scaffold.contracts._audit import sink_from_url

        sink = _state.sink = sink_from_url(get_settings().audit_sink_url)
    return sink


def _close_sink() -> None:
    if _state.sink is not None:
        _state.sink.close()
        _state.sink = None


def reset() -> Settings:
    """Back to the defaults read from the environment (for tests and reloads)."""
    _close_sink()
    _state.settings = None
    settings = get_settings()
    _notify()
    return settings
