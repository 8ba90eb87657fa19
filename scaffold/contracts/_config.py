"""Process-wide runtime settings: environment, roles, rate-limit storage, audit sink, metrics.

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
from scaffold.contracts._health import HealthThresholds
from scaffold.contracts._metrics import RECORDER
from scaffold.contracts._prometheus import sync_exporter

if TYPE_CHECKING:
    from scaffold.contracts._audit import AuditSink

__all__ = ["Environment", "Settings", "configure", "get_settings", "reset"]

Environment = Literal["production", "development"]
AuditFailurePolicy = Literal["deny", "allow"]

ENV_VARIABLE = "SCAFFOLD_ENV"
RATE_LIMIT_STORAGE_VARIABLE = "SCAFFOLD_RATE_LIMIT_STORAGE"
AUDIT_SINK_VARIABLE = "SCAFFOLD_AUDIT_SINK"
METRICS_VARIABLE = "SCAFFOLD_METRICS"
SLOW_CALL_VARIABLE = "SCAFFOLD_SLOW_CALL_SECONDS"
CONNECTIONS_VARIABLE = "SCAFFOLD_RATE_LIMIT_CONNECTIONS"

_log = logging.getLogger("scaffold.contracts")


@dataclass(frozen=True)
class Settings:
    """A snapshot of the runtime settings; replaced as a whole, never mutated."""

    environment: Environment = "production"
    roles: RoleHierarchy = field(default_factory=RoleHierarchy)
    rate_limit_storage: str = "memory://"
    rate_limit_connections: int = 50
    rate_limit_wait_seconds: float | None = None  # None: as long as it takes
    audit_sink_url: str = "log"
    audit_failure: AuditFailurePolicy = "deny"
    metrics: bool = True
    slow_call_seconds: float = 1.0
    health: HealthThresholds = field(default_factory=HealthThresholds)

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
    """Call ``watcher.settings_changed()`` whenever the settings in force change."""
    _watchers.add(watcher)


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


def _metrics_from_env(warn: bool = True) -> bool:
    raw = os.environ.get(METRICS_VARIABLE, "").strip().lower()
    if raw in ("0", "false", "off", "no"):
        return False
    if warn and raw not in ("", "1", "true", "on", "yes"):
        _log.warning("%s=%r is not on or off; metrics stay on", METRICS_VARIABLE, raw)
    return True


def _slow_call_from_env(warn: bool = True) -> float:
    raw = os.environ.get(SLOW_CALL_VARIABLE, "").strip()
    if raw:
        try:
            value = float(raw)
        except ValueError:
            value = -1.0
        if value > 0:
            return value
        if warn:
            _log.warning("%s=%r is not a positive number; using 1.0", SLOW_CALL_VARIABLE, raw)
    return 1.0


def _connections_from_env() -> int:
    raw = os.environ.get(CONNECTIONS_VARIABLE, "").strip()
    if raw:
        if raw.isdigit() and int(raw) > 0:
            return int(raw)
        _log.warning("%s=%r is not a positive whole number; using 50", CONNECTIONS_VARIABLE, raw)
    return 50


def _from_environment() -> Settings:
    return Settings(
        environment=_environment_from_env(),
        rate_limit_storage=os.environ.get(RATE_LIMIT_STORAGE_VARIABLE, "memory://"),
        rate_limit_connections=_connections_from_env(),
        audit_sink_url=os.environ.get(AUDIT_SINK_VARIABLE, "log"),
        metrics=_metrics_from_env(),
        slow_call_seconds=_slow_call_from_env(),
    )


def _push(metrics: bool, slow_call_seconds: float) -> None:
    """Hand the contract wrappers what they read on every call."""
    RECORDER.enabled = metrics
    RECORDER.slow_call_seconds = slow_call_seconds
    sync_exporter(metrics)


def _install(settings: Settings) -> Settings:
    """Make ``settings`` current, push what the wrappers read on every call, tell watchers."""
    _state.settings = settings
    _push(settings.metrics, settings.slow_call_seconds)
    for watcher in list(_watchers):
        watcher.settings_changed()
    return settings


# The settings are read on first use, but a contract without auth or audit may never ask for
# them: the metrics switches follow the environment from import on (warnings come later, once).
_push(_metrics_from_env(warn=False), _slow_call_from_env(warn=False))


def get_settings() -> Settings:
    """The settings in force, read from the environment the first time."""
    settings = _state.settings
    if settings is None:
        settings = _install(_from_environment())
    return settings


def configure(
    *,
    environment: Environment | None = None,
    roles: Mapping[str, Iterable[str]] | RoleHierarchy | None = None,
    rate_limit_storage: str | None = None,
    rate_limit_connections: int | None = None,
    rate_limit_wait_seconds: float | None = None,
    audit_sink: str | AuditSink | None = None,
    audit_failure: AuditFailurePolicy | None = None,
    metrics: bool | None = None,
    slow_call_seconds: float | None = None,
    health: HealthThresholds | None = None,
) -> Settings:
    """Change some settings; the others keep their current values.

    ``rate_limit_storage`` is a ``limits`` storage URL (``memory://``, ``redis://host:6379/0``);
    async calls share ``rate_limit_connections`` Redis connections per event loop and wait for
    a free one at most ``rate_limit_wait_seconds`` (by default as long as it takes).
    ``audit_sink`` is a sink object or a URL: ``log``, ``null``, ``sqlite:///path/audit.db``,
    or any SQLAlchemy URL (needs the ``sql`` extra). ``metrics=False`` stops recording
    metrics; a call slower than ``slow_call_seconds`` logs a warning; ``health`` sets the
    thresholds of the health status.
    """
    from scaffold.contracts._audit import AuditSink, sink_from_url

    if environment is not None and environment not in ("production", "development"):
        raise ValueError("environment must be 'production' or 'development'")
    if audit_failure is not None and audit_failure not in ("deny", "allow"):
        raise ValueError("audit_failure must be 'deny' or 'allow'")
    if slow_call_seconds is not None and not slow_call_seconds > 0:
        raise ValueError("slow_call_seconds must be a positive number of seconds")
    if rate_limit_connections is not None and not (
        isinstance(rate_limit_connections, int) and rate_limit_connections > 0
    ):
        raise ValueError("rate_limit_connections must be a positive whole number")
    if rate_limit_wait_seconds is not None and not rate_limit_wait_seconds > 0:
        raise ValueError("rate_limit_wait_seconds must be a positive number of seconds")
    if health is not None and not isinstance(health, HealthThresholds):
        raise ValueError("health must be a HealthThresholds")
    current = get_settings()
    changes: dict[str, object] = {}
    if environment is not None:
        changes["environment"] = environment
    if roles is not None:
        changes["roles"] = roles if isinstance(roles, RoleHierarchy) else RoleHierarchy(roles)
    if rate_limit_storage is not None:
        changes["rate_limit_storage"] = rate_limit_storage
    if rate_limit_connections is not None:
        changes["rate_limit_connections"] = rate_limit_connections
    if rate_limit_wait_seconds is not None:
        changes["rate_limit_wait_seconds"] = float(rate_limit_wait_seconds)
    if audit_failure is not None:
        changes["audit_failure"] = audit_failure
    if metrics is not None:
        changes["metrics"] = bool(metrics)
    if slow_call_seconds is not None:
        changes["slow_call_seconds"] = float(slow_call_seconds)
    if health is not None:
        changes["health"] = health
    new_sink: AuditSink | None = None
    if isinstance(audit_sink, AuditSink):
        new_sink = audit_sink
        changes["audit_sink_url"] = repr(audit_sink)
    elif isinstance(audit_sink, str):
        new_sink = sink_from_url(audit_sink)
        changes["audit_sink_url"] = audit_sink
    settings = replace(current, **changes)  # type: ignore[arg-type]
    if new_sink is not None and new_sink is not _state.sink:
        _close_sink()
        _state.sink = new_sink
    return _install(settings)


def get_audit_sink() -> AuditSink:
    """The audit sink in force, built from ``audit_sink_url`` on first use."""
    sink = _state.sink
    if sink is None:
        from scaffold.contracts._audit import sink_from_url

        sink = _state.sink = sink_from_url(get_settings().audit_sink_url)
    return sink


def _close_sink() -> None:
    """Close the sink in force: a replaced or reset sink must not keep its connections."""
    if _state.sink is not None:
        _state.sink.close()
        _state.sink = None


def reset() -> Settings:
    """Back to the defaults read from the environment (for tests and reloads)."""
    _close_sink()
    _state.settings = None
    return get_settings()
