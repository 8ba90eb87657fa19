"""Settings from environment variables (and a ``.env`` file, for local work).

The three ``SCAFFOLD_*`` variables are the contract runtime's own; ``main.create_app`` hands
them to ``scaffold.contracts.configure`` so the runtime and the service never disagree.
"""

from __future__ import annotations

from typing import Literal

from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Read once at start-up; see ``.env.example`` for every variable."""

    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    # production: error bodies carry safe messages only, demo tokens are off.
    scaffold_env: Literal["production", "development"] = "production"
    # A `limits` storage URL: memory:// (one process) or redis://HOST:6379/0 (shared).
    scaffold_rate_limit_storage: str = {{ ('redis://localhost:6379/0' if cookiecutter.rate_limit_storage == 'redis' else 'memory://')|py_string }}
    # log, sqlite:///PATH, or a SQLAlchemy URL (postgresql+psycopg://USER:PASSWORD@HOST/DB).
    scaffold_audit_sink: str = {{ ('sqlite:///audit.db' if cookiecutter.audit_sink == 'sqlite' else ('postgresql+psycopg://localhost:5432/' ~ cookiecutter.package_slug if cookiecutter.audit_sink == 'postgres' else 'log'))|py_string }}

    # Serve the OpenAPI schema and /docs: unset, in development only (the schema maps every
    # endpoint and its inputs, as /metrics maps their traffic); true or false to choose.
    api_docs: bool | None = None

    @property
    def is_production(self) -> bool:
        return self.scaffold_env == "production"

    @property
    def serves_api_docs(self) -> bool:
        return not self.is_production if self.api_docs is None else self.api_docs
