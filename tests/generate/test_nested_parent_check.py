"""A record under a parent in its path is served under that parent only.

``GET /posts/{post_id}/comments/{comment_id}`` used to load the comment by its own key and
never look at ``post_id``: any post's path reached any comment, and deleted it. The
generated service now answers 404 unless the record holds the parents its path names; the
generated suite proves it (with the check removed from the service, its test of another
parent fails, and the self-test scores that removal as a semantic mutant), and so does a
replay through the real app.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from scaffold.cli import main
from tests.generate.helpers import demo_with_users, replay, ruff_clean, run_in_project

FUNCTIONS = {
    "read_comment": "read a comment on a post",
    "update_comment": "update a comment on a post",
    "delete_comment": "delete a comment from a post",
    "archive_comment": "archive a comment on a post",
    "get_card": "get_card GET /api/decks/{deck_id}/cards/{card_id}",
}


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = demo_with_users(tmp_path_factory.mktemp("nested"), [])
    for name, description in FUNCTIONS.items():
        command = ["new", "function", description, "--name", name, "--yes"]
        assert main([*command, "--into", str(root)]) == 0, description
    return root


def test_each_service_checks_the_parent_and_its_test_says_so(generated: Path) -> None:
    for name in FUNCTIONS:
        service = (generated / "app" / "services" / f"{name}.py").read_text(encoding="utf-8")
        parent = "deck_id" if name == "get_card" else "post_id"
        assert f'    if record.get("{parent}") != {parent}:\n' in service, name
        tests = (generated / "tests" / "contracts" / f"test_{name}.py").read_text("utf-8")
        assert f"_under_another_{parent}_is_404(" in tests, name


def test_the_generated_suites_pass_and_are_clean(generated: Path) -> None:
    result = run_in_project(generated, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "passed" in result.stdout
    folders = [generated / "app" / part for part in ("endpoints", "services")]
    for folder in [*folders, generated / "tests" / "contracts"]:
        assert ruff_clean(folder) == [], folder


def test_without_the_parent_check_the_suite_fails(generated: Path, tmp_path: Path) -> None:
    service = generated / "app" / "services" / "read_comment.py"
    text = service.read_text(encoding="utf-8")
    check = '    if record.get("post_id") != post_id:\n        raise NotFoundError(key)\n'
    assert check in text
    service.write_text(text.replace(check, ""), encoding="utf-8")
    try:
        result = run_in_project(
            generated, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/contracts"
        )
    finally:
        service.write_text(text, encoding="utf-8")
    assert result.returncode == 1
    assert "test_comment_id_under_another_post_id_is_404" in result.stdout
    assert "1 failed" in result.stdout


def test_the_self_test_scores_the_parent_check_as_a_semantic_mutant(tmp_path: Path) -> None:
    """The self-test removes the parent check as one of its changes of meaning, and the
    function's own suite catches it (a removal that found nothing to edit is a problem)."""
    from scaffold.catalog import load_catalog
    from scaffold.generate._derive import derive_spec
    from scaffold.generate._selftest import selftest_templates
    from scaffold.matching import match

    catalog = load_catalog()
    described = {"read_comment": FUNCTIONS["read_comment"], "get_card": FUNCTIONS["get_card"]}
    templates = [match(text, catalog)[0].spec for text in described.values()]
    specs = [
        derive_spec(text, template, name)
        for (name, text), template in zip(described.items(), templates, strict=True)
    ]
    reports = selftest_templates(templates, specs=specs, workdir=tmp_path)
    assert [(r.problems, r.caught) for r in reports] == [([], r.semantic) for r in reports]
    assert all(r.semantic >= 4 for r in reports)


CALLS = """
import json
from fastapi.testclient import TestClient
from app.main import app

client = TestClient(app)
alice = {"Authorization": "Bearer alice-token"}
made = client.post("/posts/p1/comments", json={"name": "hi"}, headers=alice)
assert made.status_code == 201, made.text
comment = made.json()["comment_id"]
status = {
    "read, its post": client.get(f"/posts/p1/comments/{comment}", headers=alice).status_code,
    "read, another post": client.get(f"/posts/p2/comments/{comment}", headers=alice).status_code,
    "delete, another post": client.delete(
        f"/posts/p2/comments/{comment}", headers=alice
    ).status_code,
    "read after": client.get(f"/posts/p1/comments/{comment}", headers=alice).status_code,
}
print(json.dumps(status))
"""


def test_through_the_real_app_another_posts_path_reaches_no_comment(tmp_path: Path) -> None:
    functions = [
        ("create a comment on a post", "fallback:create"),
        ("read a comment on a post", "fallback:read"),
        ("delete a comment from a post", "fallback:delete"),
    ]
    assert replay(tmp_path, [], functions, CALLS) == {
        "read, its post": 200,
        "read, another post": 404,
        "delete, another post": 404,
        "read after": 200,
    }
