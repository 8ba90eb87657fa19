"""``bench/analyze_suggestions.py`` finds a labelled route's handler and scores its suggestion."""

from __future__ import annotations

from pathlib import Path

from scaffold.catalog import load_catalog
from tests.bench_scripts import load_bench

GUARDED = Path(__file__).parent / "fixtures" / "fastapi_guarded"


def test_a_labelled_route_is_scored_from_its_words_and_with_its_guards() -> None:
    for sibling in ("matching_accuracy", "unseen_in_project"):  # what it imports from bench/
        load_bench(sibling)
    bench = load_bench("analyze_suggestions")
    source = "someone/barbershop@0123456789ab:app/main.py"
    cases = [
        {
            "text": "get_appointments_by_barber GET /appointments/barber/{barber_id}",
            "label": "fallback:admin",
            "source": source,
        },
        {"text": "Read the appointments.", "label": "fallback:read", "source": source},
    ]
    counts, lines = bench.score_app(GUARDED, cases, load_catalog())
    assert counts["entries"] == 2
    assert counts["found"] == 1  # a docstring's description names no function
    assert counts["words: weaker"] == 1
    assert counts["guards: same"] == 1
    assert lines == [
        "  'get_appointments_by_barber GET /appointments/barber/{barber_' "
        "[fallback:admin] weaker -> same"
    ]
