"""How ``scaffold new function`` reads descriptions written the way real routes are named.

Every description of the blind matcher test sets (``tests/matching/ninth_set.yaml``,
``fresh_set.yaml``, ``unseen_set.yaml``, ``seen_set*.yaml``: written and labelled from public
applications, not for this reader) that carries an HTTP method followed by a path is planned
as the command plans it: the template the matcher chooses (``--yes``), then the function's
specification (``derive_spec``). Nothing is written. Printed per set and overall:

- *method agrees*: the planned operation agrees with a method the route names (GET: read or
  list; POST: create or an action; PUT, PATCH: update; DELETE: delete);
- *resource noise*: the resource's name holds ``api``, a version (``v1``, ``v2``...) or a
  guard word (throttled, limited, rate, requires, required);
- *POST kept the verb*: of the disagreements, routes on POST whose words name another
  operation ("deleteSpace POST /api/spaces/delete"): the reader follows the words there and
  says so in the plan;
- *path as written*: the generated route's path is the one the description writes (in
  FastAPI's form: ``<int:id>`` and ``:id`` as ``{id}``); *set aside*: it could not be one
  (a keyword or repeated parameter, a wildcard), the route is made from the words and the
  plan says so; the rest take another method than the route's (an RPC ``POST``);
- *refused*: no function planned (the reader or the matcher said it could not tell).

    python bench/route_reading.py            # the figures
    python bench/route_reading.py --show     # and every disagreement or noisy resource
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

import yaml

from scaffold.catalog import load_catalog
from scaffold.errors import UserError
from scaffold.generate import derive_spec
from scaffold.matching import Refused, choose_template

SETS = (
    "ninth_set",
    "fresh_set",
    "unseen_set",
    "seen_set",
    "seen_set_2",
    "seen_set_3",
    "seen_set_4",
)
_METHOD = "(?:GET|POST|PUT|PATCH|DELETE)"
ROUTE = re.compile(rf"\b((?:{_METHOD}\s*[,/]\s*)*{_METHOD})\s+/")
AGREES = {
    "GET": {"read", "list", "search"},
    "POST": {"create", "action", "bulk"},
    "PUT": {"update"},
    "PATCH": {"update"},
    "DELETE": {"delete"},
}
NOISE = re.compile(
    r"(?:^|[-_])(?:api|v\d+|throttled?|throttles|limit|limited|rate|requires?|required)(?:$|[-_])"
)


def descriptions(folder: Path) -> dict[str, list[tuple[str, list[str]]]]:
    """Per set, each description with a method and a path, and the methods it names."""
    found: dict[str, list[tuple[str, list[str]]]] = {}
    for name in SETS:
        entries = yaml.safe_load((folder / f"{name}.yaml").read_text(encoding="utf-8"))
        rows = []
        for entry in entries:
            match = ROUTE.search(entry["text"])
            if match:
                rows.append((entry["text"], re.findall(r"[A-Z]+", match.group(1))))
        found[name] = rows
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="print each miss")
    args = parser.parse_args()
    catalog = load_catalog(include_user=False)
    root = Path(__file__).resolve().parent.parent / "tests" / "matching"
    totals: Counter[str] = Counter()
    for name, rows in descriptions(root).items():
        counts: Counter[str] = Counter()
        for text, methods in rows:
            counts["routes"] += 1
            try:
                template = choose_template(text, catalog, assume_yes=True).template
                spec = derive_spec(text, template, "bench_function")
            except (Refused, UserError) as refusal:
                counts["refused"] += 1
                if args.show:
                    print(f"  refused    {text!r}: {refusal}")
                continue
            agrees = any(spec.operation in AGREES[m] for m in methods)
            noisy = bool(NOISE.search(spec.resource))
            counts["agrees"] += agrees
            kept = any("says what the POST route does" in note for note in spec.notes)
            counts["kept"] += kept and not agrees
            counts["noisy"] += noisy
            counts["written"] += any(n.startswith("route: the path the") for n in spec.notes)
            aside = [n for n in spec.notes if n.startswith("the path the description writes")]
            counts["aside"] += bool(aside)
            if args.show and aside:
                print(f"  set aside  {text!r}: {aside[0]}")
            if args.show and (not agrees or noisy):
                shown = f"{spec.operation} {spec.resource} ({spec.method} {spec.path})"
                print(f"  {'noisy' if noisy else 'disagrees':10} {text!r}: {shown}")
        totals.update(counts)
        print(_line(name, counts))
    print(_line("all", totals))
    return 0


def _line(name: str, counts: Counter[str]) -> str:
    planned = counts["routes"] - counts["refused"]
    return (
        f"{name:11} routes {counts['routes']:4}  planned {planned:4}  "
        f"method agrees {counts['agrees']:4} ({counts['agrees'] / max(planned, 1):6.1%})  "
        f"POST kept the verb {counts['kept']:3}  "
        f"resource noise {counts['noisy']:4} ({counts['noisy'] / max(planned, 1):6.1%})  "
        f"path as written {counts['written']:4}  set aside {counts['aside']:3}  "
        f"refused {counts['refused']:3}"
    )


if __name__ == "__main__":
    sys.exit(main())
