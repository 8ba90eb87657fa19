"""How much real, human-written text the text types refuse: translations of a real project.

Reads every JSON string file under a folder of a git repository at a pinned commit (read with
``git show``, no checkout), and validates each string as ``SingleLineText`` and as
``MultiLineText``. Translations in many scripts (right-to-left ones among them) are text
that users type and see, written by people who never heard of this check, so what they
trip over is the rule's false-refusal rate. Each refusal is counted by the character class
and code point that caused it.

    python bench/text_real_strings.py GIT_DIR COMMIT FOLDER [--json]

The figures in docs/performance.md ("Text fields") come from jellyfin/jellyfin-web at
f330b7bc8b6fc9c0d937659919fa82a9564e2ec0, folder ``src/strings`` (106 languages).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from scaffold.contracts import text_problem


def _git(git_dir: str, *arguments: str) -> str:
    return subprocess.run(
        ["git", "--git-dir", git_dir, *arguments], capture_output=True, text=True, check=True
    ).stdout


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def measure(git_dir: str, commit: str, folder: str) -> dict[str, object]:
    paths = [
        path
        for path in _git(git_dir, "ls-tree", "-r", "--name-only", commit, folder).splitlines()
        if path.endswith(".json")
    ]
    total = 0
    refused: dict[str, Counter[str]] = {"single-line": Counter(), "multi-line": Counter()}
    files_with: dict[str, set[str]] = {"single-line": set(), "multi-line": set()}
    for path in paths:
        data = json.loads(_git(git_dir, "show", f"{commit}:{path}"))
        for text in _strings(data):
            total += 1
            for kind, multiline in (("single-line", False), ("multi-line", True)):
                problem = text_problem(text, multiline=multiline)
                if problem is not None:
                    refused[kind][problem] += 1
                    files_with[kind].add(Path(path).stem)
    return {
        "files": len(paths),
        "strings": total,
        **{
            kind: {
                "refused": sum(counts.values()),
                "share": sum(counts.values()) / total if total else 0.0,
                "by_cause": dict(counts.most_common()),
                "languages": sorted(files_with[kind]),
            }
            for kind, counts in refused.items()
        },
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("git_dir")
    parser.add_argument("commit")
    parser.add_argument("folder")
    parser.add_argument("--json", action="store_true")
    arguments = parser.parse_args()
    result = measure(arguments.git_dir, arguments.commit, arguments.folder)
    if arguments.json:
        print(json.dumps(result, indent=2, ensure_ascii=True))
        return
    print(f"{result['files']} files, {result['strings']} strings")
    for kind in ("single-line", "multi-line"):
        found: dict[str, object] = result[kind]  # type: ignore[assignment]
        print(f"{kind}: {found['refused']} refused ({found['share']:.3%})")
        for cause, count in found["by_cause"].items():  # type: ignore[attr-defined]
            print(f"  {count:>6}  {cause}")
        print(f"  languages: {', '.join(found['languages'])}")  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
