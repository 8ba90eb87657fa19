"""SCF006 (environment or settings dumped to callers) and SCF007 (a record with an owner read
by a caller-chosen id, authentication only), each on small trees shaped like real code, with
the look-alikes that must stay silent."""

from __future__ import annotations

from pathlib import Path

import pytest

from scaffold.analyze import Finding, Severity
from tests.analyze.helpers import analyze_tree

_DEPS = (
    "from typing import Annotated\n"
    "from fastapi import Depends, HTTPException\n"
    "from fastapi.security import OAuth2PasswordBearer\n"
    "scheme = OAuth2PasswordBearer(tokenUrl='token')\n"
    "def get_current_user(token: Annotated[str, Depends(scheme)]):\n"
    "    return {'id': token, 'is_superuser': False}\n"
    "CurrentUser = Annotated[dict, Depends(get_current_user)]\n"
    "def require_admin(user: CurrentUser):\n"
    "    if not user['is_superuser']:\n"
    "        raise HTTPException(status_code=403)\n"
    "    return user\n"
)
_SETTINGS = (
    "from pydantic_settings import BaseSettings\n"
    "class Settings(BaseSettings):\n"
    "    project_name: str = 'app'\n"
    "    SECRET_KEY: str = 'change-me'\n"
    "settings = Settings()\n"
    "class Branding(BaseSettings):\n"
    "    colour: str = 'blue'\n"
    "branding = Branding()\n"
)


def _exposures(tmp_path: Path, handler: str) -> list[Finding]:
    report = analyze_tree(
        tmp_path,
        {
            "app/__init__.py": "",
            "app/deps.py": _DEPS,
            "app/config.py": _SETTINGS,
            "app/main.py": (
                "import os\n"
                "from os import environ\n"
                "from fastapi import Depends, FastAPI\n"
                "from app.config import branding, settings\n"
                "from app.deps import CurrentUser, require_admin\n"
                "app = FastAPI()\n" + handler
            ),
        },
    )
    return [f for f in report.findings if f.rule == "SCF006"]


@pytest.mark.parametrize(
    "body",
    [
        "return dict(os.environ)",
        "return os.environ.copy()",
        "return {k: v for k, v in os.environ.items()}",
        "return {'env': dict(environ)}",
        "env = dict(os.environ)\n    data = {'env': env}\n    return data",
        "return settings.model_dump()",
        "return settings.dict()",
        "return {'config': vars(settings)}",
        "return settings",
    ],
)
def test_an_anonymous_dump_of_the_environment_or_settings_is_high(
    tmp_path: Path, body: str
) -> None:
    found = _exposures(tmp_path, f"@app.get('/debug')\ndef debug():\n    {body}\n")
    assert [(f.function, f.severity) for f in found] == [("debug", Severity.HIGH)]
    assert "anonymous" in found[0].message


def test_a_dump_for_any_signed_in_user_is_medium_and_for_admins_nothing(tmp_path: Path) -> None:
    found = _exposures(
        tmp_path,
        "@app.get('/debug/settings')\n"
        "def signed_in(user: CurrentUser):\n"
        "    return settings.model_dump()\n"
        "@app.get('/admin/env', dependencies=[Depends(require_admin)])\n"
        "def admins_only():\n"
        "    return dict(os.environ)\n",
    )
    assert [(f.function, f.severity) for f in found] == [("signed_in", Severity.MEDIUM)]


@pytest.mark.parametrize(
    "body",
    [
        "return {'port': os.environ['PORT']}",
        "return {'version': os.environ.get('APP_VERSION', 'dev')}",
        "return {'debug': 'DEBUG' in os.environ}",
        "return {'names': list(os.environ.keys())}",
        "return {'project': settings.project_name}",
        "return settings.model_dump(include={'project_name'})",
        "return {k: v for k, v in os.environ.items() if k.startswith('PUBLIC_')}",
        "return branding.model_dump()",  # a settings class without a secret-like field
        "print(dict(os.environ))\n    return {'status': 'ok'}",  # not in the answer
        "settings = {'theme': 'dark'}\n    return settings",  # a local, not the app's
    ],
)
def test_one_named_value_a_version_or_a_redacted_view_is_not_a_dump(
    tmp_path: Path, body: str
) -> None:
    assert _exposures(tmp_path, f"@app.get('/info')\ndef info():\n    {body}\n") == []


def test_settings_whose_class_is_not_in_the_tree_are_one_step_lower(tmp_path: Path) -> None:
    """They may hold no secret: an anonymous dump is medium, a signed-in one low."""
    found = _exposures(
        tmp_path,
        "from vendor.config import get_settings\n"
        "remote = get_settings()\n"
        "@app.get('/config')\n"
        "def config():\n"
        "    return remote.model_dump()\n"
        "@app.get('/me/config')\n"
        "def my_config(user: CurrentUser):\n"
        "    return remote.model_dump()\n",
    )
    assert [(f.function, f.severity) for f in found] == [
        ("config", Severity.MEDIUM),
        ("my_config", Severity.LOW),
    ]
    assert "judged by their name" in found[0].message


def test_flask_config_and_django_settings_dumps(tmp_path: Path) -> None:
    report = analyze_tree(
        tmp_path,
        {
            "web/__init__.py": "",
            "web/app.py": (
                "from flask import Flask, jsonify\n"
                "app = Flask(__name__)\n"
                "@app.route('/config')\n"
                "def config():\n"
                "    return jsonify(dict(app.config))\n"
                "@app.route('/per-page')\n"
                "def per_page():\n"
                "    return jsonify(size=app.config.get('PER_PAGE', 10))\n"
            ),
            "site/__init__.py": "",
            "site/settings.py": "ROOT_URLCONF = 'site.urls'\nSECRET_KEY = 'x'\n",
            "site/urls.py": (
                "from django.urls import path\n"
                "from site import views\n"
                "urlpatterns = [path('settings/', views.dump), path('debug/', views.debug)]\n"
            ),
            "site/views.py": (
                "from django.conf import settings\n"
                "from django.http import JsonResponse\n"
                "def dump(request):\n"
                "    return JsonResponse({k: str(getattr(settings, k)) for k in dir(settings)})\n"
                "def debug(request):\n"
                "    return JsonResponse({'debug': settings.DEBUG})\n"
            ),
        },
    )
    found = {(f.function, f.severity) for f in report.findings if f.rule == "SCF006"}
    assert found == {("config", Severity.HIGH), ("dump", Severity.HIGH)}


_MODELS = (
    "from sqlmodel import Field, SQLModel\n"
    "class Note(SQLModel, table=True):\n"
    "    id: int = Field(primary_key=True)\n"
    "    body: str\n"
    "    owner_id: int\n"
    "class Tag(SQLModel, table=True):\n"
    "    id: int = Field(primary_key=True)\n"
    "    name: str\n"
)


def _reads(tmp_path: Path, routes: str) -> dict[str, Severity]:
    report = analyze_tree(
        tmp_path,
        {
            "app/__init__.py": "",
            "app/deps.py": _DEPS,
            "app/models.py": _MODELS,
            "app/routes.py": (
                "from fastapi import APIRouter, Depends, HTTPException\n"
                "from sqlmodel import Session, select\n"
                "from app.deps import CurrentUser, require_admin\n"
                "from app.models import Note, Tag\n"
                "router = APIRouter()\n" + routes
            ),
        },
    )
    return {f.function: f.severity for f in report.findings if f.rule == "SCF007"}


_READ_NOTE = (
    "@router.get('/notes/{note_id}')\n"
    "def read_note(note_id: int, session: Session, user: CurrentUser):\n"
    "    note = session.get(Note, note_id)\n"
    "    if note is None:\n"
    "        raise HTTPException(status_code=404)\n"
    "    return note\n"
)


def test_a_record_with_an_owner_read_by_id_with_authentication_only_is_low(
    tmp_path: Path,
) -> None:
    assert _reads(tmp_path, _READ_NOTE) == {"read_note": Severity.LOW}


def test_it_is_medium_when_the_project_lists_that_model_only_for_its_owner(
    tmp_path: Path,
) -> None:
    found = _reads(
        tmp_path,
        _READ_NOTE + "@router.get('/notes/')\n"
        "def read_notes(session: Session, user: CurrentUser):\n"
        "    return session.exec(select(Note).where(Note.owner_id == user['id'])).all()\n",
    )
    assert found == {"read_note": Severity.MEDIUM}


@pytest.mark.parametrize(
    "routes",
    [
        # the owner is compared with the caller
        "@router.get('/notes/{note_id}')\n"
        "def read_note(note_id: int, session: Session, user: CurrentUser):\n"
        "    note = session.get(Note, note_id)\n"
        "    if note.owner_id != user['id']:\n"
        "        raise HTTPException(status_code=403)\n"
        "    return note\n",
        # administrators only
        "@router.get('/notes/{note_id}', dependencies=[Depends(require_admin)])\n"
        "def read_note(note_id: int, session: Session):\n"
        "    return session.get(Note, note_id)\n",
        # a model without an owner field
        "@router.get('/tags/{tag_id}')\n"
        "def read_tag(tag_id: int, session: Session, user: CurrentUser):\n"
        "    return session.get(Tag, tag_id)\n",
        # loaded but not returned
        "@router.get('/notes/{note_id}/exists')\n"
        "def note_exists(note_id: int, session: Session, user: CurrentUser):\n"
        "    note = session.get(Note, note_id)\n"
        "    return {'exists': True}\n",
        # the same model is served to anonymous callers: public records
        _READ_NOTE + "@router.get('/public/notes/{note_id}')\n"
        "def public_note(note_id: int, session: Session):\n"
        "    return session.get(Note, note_id)\n",
        # changed, not only read: the ownership rule for changes reports it
        "@router.delete('/notes/{note_id}')\n"
        "def delete_note(note_id: int, session: Session, user: CurrentUser):\n"
        "    note = session.get(Note, note_id)\n"
        "    session.delete(note)\n"
        "    return note\n",
    ],
)
def test_reads_that_are_checked_public_or_not_owned_are_not_reported(
    tmp_path: Path, routes: str
) -> None:
    assert _reads(tmp_path, routes) == {}


def test_drf_inherited_retrieve_reads_the_object_and_get_object_of_the_caller_does_not(
    tmp_path: Path,
) -> None:
    report = analyze_tree(
        tmp_path,
        {
            "proj/__init__.py": "",
            "proj/settings.py": (
                "ROOT_URLCONF = 'proj.urls'\n"
                "REST_FRAMEWORK = {'DEFAULT_PERMISSION_CLASSES': "
                "['rest_framework.permissions.IsAuthenticated']}\n"
            ),
            "proj/urls.py": (
                "from django.urls import path\n"
                "from proj import views\n"
                "urlpatterns = [\n"
                "    path('invoices/<int:pk>/', views.InvoiceDetail.as_view()),\n"
                "    path('me/', views.Me.as_view()),\n"
                "]\n"
            ),
            "proj/models.py": (
                "from django.db import models\n"
                "class Invoice(models.Model):\n"
                "    customer = models.ForeignKey('auth.User', on_delete=models.CASCADE)\n"
                "    owner = models.ForeignKey('auth.User', on_delete=models.CASCADE)\n"
            ),
            "proj/views.py": (
                "from rest_framework import generics\n"
                "from proj.models import Invoice\n"
                "class InvoiceDetail(generics.RetrieveAPIView):\n"
                "    queryset = Invoice.objects.all()\n"
                "class Me(generics.RetrieveAPIView):\n"
                "    queryset = Invoice.objects.all()\n"
                "    def get_object(self):\n"
                "        return self.request.user\n"
            ),
        },
    )
    found = [f for f in report.findings if f.rule == "SCF007"]
    assert [(f.function, f.severity) for f in found] == [("InvoiceDetail.retrieve", Severity.LOW)]
    assert 'owner_field="owner"' in found[0].message
