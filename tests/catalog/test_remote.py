"""Added registries: local folders, and git repositories pinned to a commit (file:// URLs only)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from scaffold.catalog import (
    RegistryError,
    add_registry,
    added_registries,
    load_catalog,
    remove_registry,
    update_registry,
)
from scaffold.catalog._remote import cache_dir, config_file, is_git_url
from tests.catalog.helpers import GitRepo, git, template_text


def test_add_a_git_registry_pins_the_commit_and_caches_a_checkout(upstream: GitRepo) -> None:
    commit = upstream.commit({"registry/team_export.yaml": template_text(rename="team_export")})
    registry, names = add_registry("team", upstream.url)
    assert names == ["team_export"]
    assert registry.commit == commit
    assert registry.subdir == "registry"
    assert registry.root == cache_dir() / "team" / commit / "registry"
    assert str(cache_dir()).startswith(str(Path.home() / ".cache"))
    saved = json.loads(config_file().read_text())
    assert saved["registries"][0] == {
        "name": "team", "kind": "git", "source": upstream.url, "commit": commit, "ref": None,
        "subdir": "registry",
    }  # fmt: skip
    entry = load_catalog().entry("team_export")
    assert entry.source.label == "registry:team"
    assert entry.path.is_relative_to(cache_dir())


def test_the_pin_holds_until_update(upstream: GitRepo) -> None:
    first = upstream.commit({"team_export.yaml": template_text(rename="team_export")})
    add_registry("team", upstream.url)
    upstream.commit({"team_import.yaml": template_text(rename="team_import")})
    assert "team_import" not in load_catalog()
    assert added_registries()[0].commit == first


def test_update_re_pins_and_reports_what_changed(upstream: GitRepo) -> None:
    old = upstream.commit(
        {
            "team_export.yaml": template_text(rename="team_export"),
            "team_purge.yaml": template_text(rename="team_purge"),
            "team_audit.yaml": template_text(rename="team_audit"),
        }
    )
    add_registry("team", upstream.url)
    changed = template_text(rename="team_export").replace("version: 1", "version: 2")
    new = upstream.commit(
        {
            "team_export.yaml": changed,
            "team_purge.yaml": None,
            "team_import.yaml": template_text(rename="team_import"),
        }
    )
    result = update_registry("team")
    assert (result.old_commit, result.new_commit) == (old, new)
    assert result.added == ("team_import",)
    assert result.changed == (("team_export", 1, 2),)
    assert result.removed == ("team_purge",)
    assert result.templates == ("team_audit", "team_export", "team_import")
    assert not (cache_dir() / "team" / old).exists()
    assert load_catalog().get("team_export").version == 2
    again = update_registry("team")
    assert again.unchanged


def test_add_pins_a_branch_and_update_follows_that_branch(upstream: GitRepo) -> None:
    upstream.commit({"team_export.yaml": template_text(rename="team_export")})
    git(upstream.path, "checkout", "--quiet", "-b", "stable")
    stable = upstream.commit({"team_import.yaml": template_text(rename="team_import")})
    git(upstream.path, "checkout", "--quiet", "main")
    registry, names = add_registry("team", upstream.url, ref="stable")
    assert registry.commit == stable
    assert sorted(names) == ["team_export", "team_import"]
    upstream.commit({"team_other.yaml": template_text(rename="team_other")})  # on main
    assert update_registry("team").unchanged


def test_a_lost_cache_is_fetched_again_at_the_same_commit(upstream: GitRepo) -> None:
    commit = upstream.commit({"team_export.yaml": template_text(rename="team_export")})
    add_registry("team", upstream.url)
    upstream.commit(
        {
            "team_export.yaml": template_text(rename="team_export").replace(
                "version: 1", "version: 3"
            )
        }
    )
    shutil.rmtree(cache_dir())
    assert load_catalog().get("team_export").version == 1
    assert (cache_dir() / "team" / commit).is_dir()


def test_remove_forgets_the_registry_and_deletes_its_cache(upstream: GitRepo) -> None:
    upstream.commit({"team_export.yaml": template_text(rename="team_export")})
    add_registry("team", upstream.url)
    removed = remove_registry("team")
    assert removed.name == "team"
    assert added_registries() == []
    assert not (cache_dir() / "team").exists()
    assert "team_export" not in load_catalog()
    with pytest.raises(RegistryError, match="no added registry named 'team'"):
        remove_registry("team")


def test_an_invalid_registry_is_not_added(upstream: GitRepo) -> None:
    broken = template_text(rename="team_export").replace("limit: 5,", "limit: 0,")
    upstream.commit({"team_export.yaml": broken})
    with pytest.raises(RegistryError) as error:
        add_registry("team", upstream.url)
    assert "requires[3].rate_limit.limit: must be a positive integer" in str(error.value)
    assert added_registries() == []
    assert not config_file().exists()
    assert not (cache_dir() / "team").exists()
    assert [p.name for p in cache_dir().iterdir() if p.name.startswith(".clone")] == []


def test_a_registry_clashing_with_a_builtin_is_not_added(upstream: GitRepo) -> None:
    upstream.commit({"bulk_operation.yaml": template_text("bulk_operation")})
    with pytest.raises(RegistryError, match="cannot override built-ins"):
        add_registry("team", upstream.url)
    assert added_registries() == []


def test_a_failing_update_keeps_the_old_pin(upstream: GitRepo) -> None:
    good = upstream.commit({"team_export.yaml": template_text(rename="team_export")})
    add_registry("team", upstream.url)
    upstream.commit({"team_export.yaml": "name: [\n"})
    with pytest.raises(RegistryError, match="invalid YAML"):
        update_registry("team")
    assert added_registries()[0].commit == good
    assert "team_export" in load_catalog()


def test_add_a_folder_reads_it_live(tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    (folder / "team_export.yaml").write_text(template_text(rename="team_export"))
    registry, names = add_registry("shared", str(folder))
    assert (registry.kind, registry.commit, names) == ("folder", None, ["team_export"])
    (folder / "team_import.yaml").write_text(template_text(rename="team_import"))
    assert "team_import" in load_catalog()
    result = update_registry("shared")
    assert result.new_commit is None
    assert result.templates == ("team_export", "team_import")
    remove_registry("shared")
    assert folder.is_dir()  # a folder registry is the user's own: never deleted


@pytest.mark.parametrize(
    ("name", "source", "message"),
    [
        ("Team!", "/tmp", "invalid registry name"),
        ("builtin", "/tmp", "invalid registry name"),
        ("team", "not/a/folder", "neither a folder nor a git URL"),
        ("team", "--upload-pack=touch /tmp/pwned", "neither a folder nor a git URL"),
        ("team", "ext::sh -c touch% /tmp/pwned", "neither a folder nor a git URL"),
    ],
)
def test_bad_names_and_sources(name: str, source: str, message: str) -> None:
    with pytest.raises(RegistryError, match=message):
        add_registry(name, source)


@pytest.mark.parametrize("ref", ["--output=/tmp/x", "a..b", "main branch"])
def test_bad_refs_are_refused(upstream: GitRepo, ref: str) -> None:
    upstream.commit({"team_export.yaml": template_text(rename="team_export")})
    with pytest.raises(RegistryError, match="invalid git ref"):
        add_registry("team", upstream.url, ref=ref)


def test_a_name_can_be_added_once(tmp_path: Path) -> None:
    add_registry("team", str(tmp_path))
    with pytest.raises(RegistryError, match="already added"):
        add_registry("team", str(tmp_path))


def test_an_unreachable_repository_is_reported(tmp_path: Path) -> None:
    with pytest.raises(RegistryError, match="git clone failed"):
        add_registry("team", (tmp_path / "nothing").as_uri())


def test_git_url_shapes() -> None:
    assert is_git_url("https://example.com/team/templates.git")
    assert is_git_url("git@example.com:team/templates.git")
    assert is_git_url("ssh://git@example.com/team/templates.git")
    assert not is_git_url("http://example.com/plain-http.git")
    assert not is_git_url("ext::sh -c id")
    assert not is_git_url("-oProxyCommand=touch@host:x")


def test_symlinks_in_a_repository_are_not_followed(upstream: GitRepo, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("name: hunter2\n", encoding="utf-8")
    upstream.commit({"team_export.yaml": template_text(rename="team_export")})
    (upstream.path / "leak.yaml").symlink_to(secret)
    upstream.commit({})
    with pytest.raises(RegistryError) as error:
        add_registry("team", upstream.url)
    assert "leak.yaml:1:1: a template is a YAML mapping" in str(error.value)
    assert "hunter2" not in str(error.value)


def test_a_failed_clone_says_git_s_reason_not_its_advice(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    with pytest.raises(RegistryError) as error:
        add_registry("team", f"file://{missing}/..")
    message = str(error.value)
    assert "does not appear to be a git repository" in message
    assert "the repository exists" not in message
