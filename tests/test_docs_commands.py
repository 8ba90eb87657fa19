"""The commands README.md and docs/*.md show exist, with the options they show.

Every ``scaffold ...`` written as code (inline or in a fenced block) is resolved against the
real command tree, and each ``--option`` after it must be one that command accepts; a
documented install that cannot run the ``scaffold`` command it is followed by fails too.
The console examples of matching.md (ranks, templates, scores) and registry-format.md (the
validation errors) are run and compared with what the page shows.
"""

from __future__ import annotations

import re
import shlex
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import typer

from scaffold.cli.app import app

ROOT = Path(__file__).resolve().parent.parent
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]

_FENCE = re.compile(r"^```[^\n]*\n(.*?)^```", re.MULTILINE | re.DOTALL)
_INLINE = re.compile(r"`([^`\n]+)`")
_COMMAND = re.compile(r"(?:^|[\s$(;&|])scaffold((?: +[a-z][a-z-]*)+)((?:[^\n&|;)`#])*)")
_OPTION = re.compile(r"(?<![\w-])(--[a-z][a-z-]*)")
# Installs that bring the `scaffold` command: any extra that includes `cli`.
_CLI_EXTRAS = ("cli", "mcp", "test", "bench")


def _code(text: str) -> Iterator[str]:
    """Every piece of code in a Markdown text: fenced blocks (joined lines), then inline."""
    for block in _FENCE.findall(text):
        yield block.replace("\\\n", " ")
    yield from _INLINE.findall(_FENCE.sub("", text))


def _subcommands(command: Any) -> dict[str, Any] | None:
    """A group's commands by name; None for a command (Typer vendors its own click)."""
    commands: dict[str, Any] | None = getattr(command, "commands", None)
    return commands


@cache
def _command_tree() -> Any:
    """The click command tree of ``scaffold``: built once, it is read-only (about 0.1 s a build)."""
    return typer.main.get_command(app)


def _resolve(words: list[str]) -> tuple[Any, list[str]] | None:
    """The command ``scaffold WORDS...`` names, and the words it used; None if none is known."""
    command: Any = _command_tree()
    used: list[str] = []
    for word in words:
        commands = _subcommands(command)
        if commands is None:
            break
        sub = commands.get(word)
        if sub is None:
            return None if not used else (command, used)
        command, used = sub, [*used, word]
    return command, used


def _options(command: Any) -> set[str]:
    found = {"--help"}
    for param in command.params:
        found.update(name for name in (*param.opts, *param.secondary_opts) if name.startswith("--"))
    return found


def _documented() -> Iterator[tuple[str, str, list[str], str]]:
    """(doc file, command as written, its words, the rest of its line) for each command shown."""
    for doc in DOCS:
        for code in _code(doc.read_text(encoding="utf-8")):
            for match in _COMMAND.finditer(code):
                words = match.group(1).split()
                yield doc.name, match.group(0).strip(), words, match.group(2)


def test_every_documented_command_and_option_exists() -> None:
    problems: list[str] = []
    seen = 0
    for doc, written, words, rest in _documented():
        resolved = _resolve(words)
        if resolved is None:
            problems.append(f"{doc}: `{written}`: no command {words[0]!r}")
            continue
        command, used = resolved
        if _subcommands(command) is not None:
            continue  # `scaffold registry` alone, in prose: a group, no options to check
        seen += 1
        known = _options(command)
        # Words after the command are its arguments; options may follow them on the line.
        tail = " ".join(words[len(used) :]) + " " + rest
        problems.extend(
            f"{doc}: `{written}`: scaffold {' '.join(used)} has no option {option}"
            for option in _OPTION.findall(tail)
            if option not in known
        )
    assert seen > 50  # the docs were read: a broken pattern would find nothing and pass
    assert problems == []


def _installs_then_runs(code: str) -> Iterator[str]:
    """Each ``pip install contract-scaffold`` without the CLI in a block that runs ``scaffold``."""
    lines = code.splitlines()
    for index, line in enumerate(lines):
        install = re.search(r"pip install +['\"]?contract-scaffold(\[[^\]]*\])?", line)
        if install is None:
            continue
        extras = (install.group(1) or "[]").strip("[]").split(",")
        later = "\n".join(lines[index:])[install.end() :]
        if not set(extras) & set(_CLI_EXTRAS) and re.search(r"(?:^|[\s:])scaffold ", later):
            yield line.strip()


@pytest.mark.parametrize("doc", DOCS, ids=lambda path: path.name)
def test_a_documented_install_brings_the_command_it_runs(doc: Path) -> None:
    """The base install is the runtime alone: `scaffold` needs the `cli` extra."""
    text = doc.read_text(encoding="utf-8")
    assert [line for block in _FENCE.findall(text) for line in _installs_then_runs(block)] == []


def test_the_python_example_chooses_a_template_as_the_command_does() -> None:
    """The best score alone can be weaker than a close candidate: the example chooses as
    every surface does."""
    text = (ROOT / "docs" / "python-api.md").read_text(encoding="utf-8")
    [example, *_] = _FENCE.findall(text)
    assert "choose_template(" in example
    assert "match(" not in example.replace("match_request(", "")


def _console_steps(doc: Path) -> Iterator[tuple[str, list[str]]]:
    """(command, lines shown after it) for each ``$ scaffold ...`` line of a console block."""
    for block in re.findall(r"```console\n(.*?)```", doc.read_text(encoding="utf-8"), re.S):
        command: str | None = None
        shown: list[str] = []
        for line in block.splitlines():
            if line.startswith("$ "):
                if command is not None:
                    yield command, shown
                command, shown = line[2:], []
            elif command is not None:
                shown.append(line)
        if command is not None:
            yield command, shown


_ROW = re.compile(r"^(\d+)\s+(\S+)\s+(\d\.\d\d)\s")
_MATCH_STEPS = [
    (command, shown)
    for command, shown in _console_steps(ROOT / "docs" / "matching.md")
    if command.startswith("scaffold match ") and "--format" not in command
]


@pytest.mark.parametrize(("command", "shown"), _MATCH_STEPS, ids=[c for c, _ in _MATCH_STEPS])
def test_matching_console_examples_rank_and_score_as_shown(
    command: str, shown: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """Each ranked row the page shows (rank, template, score) and its header lines are printed."""
    from scaffold.cli import main

    assert main([*shlex.split(command)[1:], "--limit", "5"]) == 0
    printed = capsys.readouterr().out.splitlines()
    rows = {match.groups() for line in printed if (match := _ROW.match(line))}
    expected_rows = {match.groups() for line in shown if (match := _ROW.match(line))}
    assert expected_rows
    assert expected_rows <= rows
    headers = [line for line in shown if line.split(":")[0] in {"signals", "needs", "decision"}]
    assert [line for line in printed if line in headers] == headers


def test_registry_format_validate_example_prints_what_is_shown(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The page's broken bulk_operation.yaml (layer misspelt, bulks, a limit of 0) reads so."""
    from scaffold.cli import main

    [(command, shown), *_] = [
        step
        for step in _console_steps(ROOT / "docs" / "registry-format.md")
        if step[0] == "scaffold registry validate registry/"
    ]
    source = (ROOT / "registry" / "bulk_operation.yaml").read_text(encoding="utf-8")
    broken = (
        source.replace("\nlayer: action\n", "\nlayr: action\n")
        .replace("  - bulk: {field", "  - bulks: {field")
        .replace("limit: 5, per:", "limit: 0, per:")
    )
    (tmp_path / "registry").mkdir()
    (tmp_path / "registry" / "bulk_operation.yaml").write_text(broken, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(shlex.split(command)[1:]) == 1
    captured = capsys.readouterr()
    assert (captured.out + captured.err).splitlines() == shown


def test_registry_format_fixture_example_prints_what_is_shown(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from scaffold.cli import main

    [(command, shown)] = [
        step
        for step in _console_steps(ROOT / "docs" / "registry-format.md")
        if step[0].startswith("scaffold registry validate tests/")
    ]
    monkeypatch.chdir(ROOT)
    assert main(shlex.split(command)[1:]) == 1
    captured = capsys.readouterr()
    assert (captured.out + captured.err).splitlines() == shown
