"""Settings: read from the environment, safe by default, changed and reset explicitly."""

from __future__ import annotations

import logging

import pytest

from scaffold.contracts import (
    MemoryAuditSink,
    configure,
    get_audit_sink,
    get_settings,
    reset,
)


def test_unset_environment_means_production_and_is_said_once(
    caplog: pytest.LogCaptureFixture,
) -> None:
    from scaffold.contracts import _config

    _config._state.warned_unset_env = False
    with caplog.at_level(logging.INFO, logger="scaffold.contracts"):
        assert reset().environment == "production"
        reset()
        reset()
    said = [r for r in caplog.records if "SCAFFOLD_ENV is not set" in r.getMessage()]
    assert len(said) == 1


@pytest.mark.parametrize(
    ("value", "expected"),
    [("development", "development"), ("DEV", "development"), ("production", "production")],
)
def test_environment_variable(monkeypatch: pytest.MonkeyPatch, value: str, expected: str) -> None:
    monkeypatch.setenv("SCAFFOLD_ENV", value)
    assert reset().environment == expected


def test_unknown_environment_warns_and_stays_production(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("SCAFFOLD_ENV", "staging")
    with caplog.at_level(logging.WARNING, logger="scaffold.contracts"):
        assert reset().environment == "production"
    assert "staging" in caplog.text


def test_storage_and_sink_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SCAFFOLD_RATE_LIMIT_STORAGE", "redis://localhost:6379/3")
    monkeypatch.setenv("SCAFFOLD_AUDIT_SINK", "memory")
    settings = reset()
    assert settings.rate_limit_storage == "redis://localhost:6379/3"
    assert isinstance(get_audit_sink(), MemoryAuditSink)


def test_configure_changes_only_what_it_is_given() -> None:
    before = get_settings()
    after = configure(environment="development")
    assert after.environment == "development"
    assert after.rate_limit_storage == before.rate_limit_storage
    assert reset().environment == "production"


@pytest.mark.parametrize(
    "kwargs",
    [{"environment": "staging"}, {"audit_failure": "ignore"}],
)
def test_configure_rejects_bad_values(kwargs: dict[str, str]) -> None:
    with pytest.raises(ValueError, match="must be"):
        configure(**kwargs)  # type: ignore[arg-type]
