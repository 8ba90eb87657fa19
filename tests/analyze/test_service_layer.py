"""Owner checks kept in a service layer, on a small tree in social-platform-fastapi-backend's
shape: the handler makes ``PostService(db)`` (or is given one by ``Depends``) and calls its
method with the caller; the method asks ``self.ensure_can_modify_post(...)``, which asks the
project's permission function, which compares the record's owner with the user it was handed.
The near misses: a method that changes the record without comparing, and a call that does not
hand the caller on (nothing to compare with)."""

from __future__ import annotations

from pathlib import Path

from scaffold.analyze import Report
from tests.analyze.helpers import analyze_tree, protections

MAIN = (
    "from fastapi import FastAPI\n\nfrom app.routes import router\n\n"
    "app = FastAPI()\napp.include_router(router)\n"
)


def _analyze_app(root: Path, modules: dict[str, str]) -> Report:
    """``modules`` as the package ``app``, its ``routes`` mounted by ``app/main.py``."""
    return analyze_tree(root, {"app/__init__.py": "", **modules, "app/main.py": MAIN})


PERMISSIONS = """\
from fastapi import HTTPException


def ensure_can_modify_post(post, user) -> None:
    if post.user_id != user.id and user.role not in ["admin", "moderator"]:
        raise HTTPException(status_code=403)
"""
SERVICE = """\
from app.permissions import ensure_can_modify_post


class PostService:
    def __init__(self, db) -> None:
        self.db = db

    async def get_post_or_raise(self, post_id: int):
        return await self.db.get(post_id)

    def ensure_can_modify_post(self, post, current_user) -> None:
        ensure_can_modify_post(post, current_user)

    async def update_post(self, post_id: int, title: str, current_user):
        post = await self.get_post_or_raise(post_id)
        self.ensure_can_modify_post(post, current_user)
        post.title = title
        return post

    async def pin_post(self, post_id: int, current_user):
        post = await self.get_post_or_raise(post_id)
        post.pinned = True
        return post

    async def count_views(self, post_id: int):
        return 0
"""
ROUTES = """\
from typing import Annotated

from fastapi import APIRouter, Depends

from app.service import PostService

router = APIRouter(prefix="/posts")


def get_current_user():
    return None


def get_db():
    return None


def get_service(db=Depends(get_db)) -> PostService:
    return PostService(db)


@router.put("/{post_id}")
async def update_post(post_id: int, title: str, current_user=Depends(get_current_user),
                      db=Depends(get_db)):
    service = PostService(db)
    return await service.update_post(post_id, title, current_user)


@router.patch("/{post_id}/title")
async def rename_post(post_id: int, title: str, current_user=Depends(get_current_user),
                      service: Annotated[PostService, Depends(get_service)] = None):
    return await service.update_post(post_id, title, current_user=current_user)


@router.post("/{post_id}/pin")
async def pin_post(post_id: int, current_user=Depends(get_current_user), db=Depends(get_db)):
    return await PostService(db).pin_post(post_id, current_user)


@router.get("/{post_id}/views")
async def count_views(post_id: int, current_user=Depends(get_current_user), db=Depends(get_db)):
    return await PostService(db).count_views(post_id)
"""


def test_an_owner_check_kept_in_a_service_layer_is_read(tmp_path: Path) -> None:
    report = _analyze_app(
        tmp_path,
        {
            "app/permissions.py": PERMISSIONS,
            "app/service.py": SERVICE,
            "app/routes.py": ROUTES,
        },
    )
    found = protections(report)
    # made in the handler, or given by Depends; the caller passed by position or by name
    assert found["update_post"].ownership_checked  # before: not read
    assert found["rename_post"].ownership_checked
    # the method changes the record without comparing; the read hands no caller on
    assert not found["pin_post"].ownership_checked
    assert not found["count_views"].ownership_checked


# apex's and pathfinder's shapes: the check sits in a repository the service holds
# (``self.repo = EventRepository(session)``), in a base repository the service's own one
# inherits, or the handler calls a module-level service instance.
REPOSITORY = """\
class OwnedRepository:
    def __init__(self, session) -> None:
        self.session = session

    async def get_by_id_and_user(self, record_id: int, user_id: int):
        found = await self.session.get(record_id)
        if found.user_id != user_id:
            return None
        return found


class EventRepository(OwnedRepository):
    async def get_any(self, record_id: int, user_id: int):
        return await self.session.get(record_id)
"""
EVENTS = """\
from app.repository import EventRepository


class EventService:
    def __init__(self, session) -> None:
        self.session = session
        self.repo = EventRepository(session)

    async def get_by_id(self, event_id: int, user_id: int):
        return await self.repo.get_by_id_and_user(event_id, user_id)

    async def peek(self, event_id: int, user_id: int):
        return await self.repo.get_any(event_id, user_id)


event_service = EventService(None)
"""
EVENT_ROUTES = """\
from fastapi import APIRouter, Depends

from app.events import EventService, event_service

router = APIRouter(prefix="/events")


def get_current_user():
    return None


@router.get("/{event_id}")
async def get_event(event_id: int, current_user=Depends(get_current_user)):
    return await EventService(None).get_by_id(event_id, current_user.id)


@router.get("/{event_id}/shared")
async def get_shared_event(event_id: int, current_user=Depends(get_current_user)):
    return await event_service.get_by_id(event_id, current_user.id)


@router.get("/{event_id}/peek")
async def peek_event(event_id: int, current_user=Depends(get_current_user)):
    return await event_service.peek(event_id, current_user.id)
"""


def test_an_owner_check_in_a_held_or_inherited_repository_is_read(tmp_path: Path) -> None:
    report = _analyze_app(
        tmp_path,
        {
            "app/repository.py": REPOSITORY,
            "app/events.py": EVENTS,
            "app/routes.py": EVENT_ROUTES,
        },
    )
    found = protections(report)
    # self.repo set in __init__, its method inherited from the base repository
    assert found["get_event"].ownership_checked  # before: not read
    # the same through a module-level instance of the service
    assert found["get_shared_event"].ownership_checked  # before: not read
    # the repository's own method reads the record without comparing
    assert not found["peek_event"].ownership_checked


# A record loaded by the path's id and changed inside a service, the caller not handed on:
# nothing can compare the record's owner with the caller. Reported for a model that names its
# owner; a model with no owner (a tag), or a service given the caller that compares, is not.
MODELS = """\
class Post:
    owner_id: int
    title: str


class Tag:
    name: str
"""
POSTS = """\
from app.models import Post, Tag


class PostService:
    def __init__(self, db) -> None:
        self.db = db

    def delete(self, post_id: int) -> None:
        post = self.db.get(Post, post_id)
        self.db.delete(post)

    def delete_mine(self, post_id: int, user) -> None:
        post = self.db.get(Post, post_id)
        if post.owner_id != user.id:
            raise PermissionError(post_id)
        self.db.delete(post)


def remove_tag(db, tag_id: int) -> None:
    tag = db.get(Tag, tag_id)
    db.delete(tag)
"""
POST_ROUTES = """\
from fastapi import APIRouter, Depends, HTTPException

from app.posts import PostService, remove_tag

router = APIRouter()


def get_current_user(token: str):
    if not token:
        raise HTTPException(status_code=401)
    return token


def get_db():
    return None


@router.delete("/posts/{post_id}")
def delete_post(post_id: int, user=Depends(get_current_user), db=Depends(get_db)):
    PostService(db).delete(post_id)


@router.delete("/posts/{post_id}/mine")
def delete_my_post(post_id: int, user=Depends(get_current_user), db=Depends(get_db)):
    PostService(db).delete_mine(post_id, user)


@router.delete("/tags/{tag_id}")
def delete_tag(tag_id: int, user=Depends(get_current_user), db=Depends(get_db)):
    remove_tag(db, tag_id)
"""


def test_a_record_changed_in_a_service_with_no_caller_handed_on_is_found(
    tmp_path: Path,
) -> None:
    report = _analyze_app(
        tmp_path,
        {
            "app/models.py": MODELS,
            "app/posts.py": POSTS,
            "app/routes.py": POST_ROUTES,
        },
    )
    missing = {f.function: f for f in report.findings if f.rule == "SCF005"}
    assert "delete_post" in missing  # before: the change in the service was not seen
    assert "owner_id" in missing["delete_post"].message
    assert "delete_my_post" not in missing  # the service compares the owner it is handed
    assert "delete_tag" not in missing  # a tag names no owner
