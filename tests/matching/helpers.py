"""What the matching tests ask of a description, said once: what `--yes` generates, and the
sensitive contract asked for."""

from __future__ import annotations

from scaffold.catalog import Catalog
from scaffold.matching import Chosen, Level, decide, match_request


def generated_with_yes(description: str, catalog: Catalog) -> Chosen:
    """What ``scaffold new function --yes`` would generate from ``description``."""
    decision = decide(match_request(description, catalog), interactive=False, assume_yes=True)
    assert isinstance(decision, Chosen), decision
    return decision


def assert_needs_sensitive(description: str, catalog: Catalog) -> None:
    """A danger signal, a sensitive floor, and a sensitive contract ranked first."""
    result = match_request(description, catalog)
    assert result.signals.danger, result.signals.describe()
    assert result.floor.level is Level.sensitive
    assert result.best.strength.level is Level.sensitive
