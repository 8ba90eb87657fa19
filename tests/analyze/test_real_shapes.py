"""Mechanisms found on real open-source apps, each on a small tree shaped like the real code.

The shapes come from the corpus in ``bench/analyze_corpus.yaml`` (full-stack FastAPI template,
the RealWorld apps, microblog, flasky, the DRF tutorial, a DRF style guide).
"""

from __future__ import annotations

from pathlib import Path

from scaffold.analyze import Finding, Report, Severity
from tests.analyze.helpers import analyze_tree, authenticated, protections


def _findings(report: Report) -> dict[tuple[str, str], Finding]:
    return {(f.function, f.name): f for f in report.findings}


_DEPS_PEP_758 = (
    "import jwt\n"
    "from typing import Annotated\n"
    "from fastapi import Depends, HTTPException\n"
    "from fastapi.security import OAuth2PasswordBearer\n"
    "from jwt.exceptions import InvalidTokenError\n"
    "from pydantic import ValidationError\n"
    "reusable_oauth2 = OAuth2PasswordBearer(tokenUrl='/login/access-token')\n"
    "TokenDep = Annotated[str, Depends(reusable_oauth2)]\n"
    "def get_current_user(token: TokenDep):\n"
    "    try:\n"
    "        payload = jwt.decode(token, 'secret', algorithms=['HS256'])\n"
    "    except InvalidTokenError, ValidationError:\n"
    "        raise HTTPException(status_code=403, detail='Could not validate credentials')\n"
    "    return payload\n"
    "CurrentUser = Annotated[dict, Depends(get_current_user)]\n"
    "def get_current_active_superuser(current_user: CurrentUser):\n"
    "    if not current_user['is_superuser']:\n"
    "        raise HTTPException(status_code=403, detail='Not enough privileges')\n"
    "    return current_user\n"
)


def test_a_module_in_newer_syntax_keeps_its_guards(tmp_path: Path) -> None:
    """full-stack-fastapi-template: PEP 758 ``except A, B:`` in ``api/deps.py``."""
    report = analyze_tree(
        tmp_path,
        {
            "app/__init__.py": "",
            "app/api/__init__.py": "",
            "app/api/deps.py": _DEPS_PEP_758,
            "app/api/routes/__init__.py": "",
            "app/api/routes/items.py": (
                "from fastapi import APIRouter, Depends\n"
                "from app.api.deps import CurrentUser, get_current_active_superuser\n"
                "router = APIRouter(prefix='/items')\n"
                "@router.post('/')\n"
                "def create_item(current_user: CurrentUser, title: str): ...\n"
                "@router.delete('/{id}', dependencies=[Depends(get_current_active_superuser)])\n"
                "def purge_item(id: int): ...\n"
            ),
            "app/api/routes/private.py": (
                "from fastapi import APIRouter\n"
                "router = APIRouter(prefix='/private')\n"
                "@router.post('/users/')\n"
                "def create_user(email: str, password: str): ...\n"
            ),
            "app/main.py": (
                "from fastapi import FastAPI\n"
                "from app.api.routes import items, private\n"
                "from app.core.config import settings\n"
                "app = FastAPI()\n"
                "app.include_router(items.router)\n"
                "if settings.ENVIRONMENT == 'local':\n"
                "    app.include_router(private.router)\n"
            ),
        },
    )
    assert authenticated(report) == {"create_item": True, "purge_item": True, "create_user": False}
    high = [f for f in report.findings if f.severity.rank >= Severity.HIGH.rank]
    assert [(f.function, f.name) for f in high] == [("create_user", "unauthenticated-write")]
    assert "registered only when settings.ENVIRONMENT == 'local'" in high[0].message
    # Read as what it says on every Python (libcst's grammar): nothing is left out.
    assert [s for s in report.skipped if s.file == "app/api/deps.py"] == []


def test_a_guard_whose_definition_is_unreadable_is_judged_by_its_name(tmp_path: Path) -> None:
    """The alias itself does not parse (syntax no Python knows yet): assumed, and said so."""
    report = analyze_tree(
        tmp_path,
        {
            "deps.py": (
                "from typing import Annotated\n"
                "from fastapi import Depends\n"
                "from auth import get_current_user\n"
                "CurrentUser = Annotated[dict, Depends(get_current_user)] |> cached\n"
                "SessionDep = Annotated[object, Depends(get_db)]\n"
            ),
            "items.py": (
                "from fastapi import APIRouter\n"
                "from deps import CurrentUser, SessionDep\n"
                "from models import Item\n"
                "router = APIRouter()\n"
                "@router.delete('/items/{item_id}')\n"
                "def delete_item(session: SessionDep, current_user: CurrentUser, item_id: int):\n"
                "    item = session.get(Item, item_id)\n"
                "    session.delete(item)\n"
                "    session.commit()\n"
            ),
        },
    )
    [handler] = report.handlers
    assert handler.protection.authenticated
    assert "assumed authentication: CurrentUser, definition unreadable (deps.py:4)" in (
        handler.protection.evidence
    )
    finding = _findings(report)[("delete_item", "missing-ownership-check")]
    assert "assumed authentication: CurrentUser, definition unreadable" in finding.message
    assert [(s.file, s.line) for s in report.skipped] == [("deps.py", 4)]


def test_fastapi_session_get_then_delete_without_an_owner_check(tmp_path: Path) -> None:
    report = analyze_tree(
        tmp_path,
        {
            "models.py": (
                "from sqlmodel import Field, SQLModel\n"
                "class Item(SQLModel, table=True):\n"
                "    id: int = Field(primary_key=True)\n"
                "    title: str\n"
                "    owner_id: int\n"
            ),
            "items.py": (
                "from typing import Annotated\n"
                "from fastapi import APIRouter, Depends, HTTPException\n"
                "from auth import get_current_user\n"
                "from models import Item\n"
                "CurrentUser = Annotated[dict, Depends(get_current_user)]\n"
                "router = APIRouter(prefix='/items')\n"
                "@router.delete('/{id}')\n"
                "def delete_item(session: Session, current_user: CurrentUser, id: int):\n"
                "    item = session.get(Item, id)\n"
                "    if not item:\n"
                "        raise HTTPException(status_code=404)\n"
                "    session.delete(item)\n"
                "    session.commit()\n"
                "@router.put('/{id}')\n"
                "def update_item(session: Session, current_user: CurrentUser, id: int):\n"
                "    item = session.get(Item, id)\n"
                "    if item.owner_id != current_user.id:\n"
                "        raise HTTPException(status_code=403)\n"
                "    item.title = 'new'\n"
                "    session.commit()\n"
                "@router.post('/{id}/favorite')\n"
                "def favorite_item(session: Session, current_user: CurrentUser, id: int):\n"
                "    item = session.get(Item, id)\n"
                "    item.favourite(current_user)\n"
                "    session.commit()\n"
            ),
        },
    )
    found = _findings(report)
    hole = found[("delete_item", "missing-ownership-check")]
    assert hole.severity is Severity.HIGH
    assert hole.line == 12
    assert "loads Item by id and deletes it" in hole.message
    assert 'owns("id", loader=<load Item>, owner_field="owner_id")' in hole.message
    assert ("update_item", "missing-ownership-check") not in found
    assert ("favorite_item", "missing-ownership-check") not in found


_QUERY_ROUTES = (
    "from fastapi import APIRouter, Depends\n"
    "from auth import get_current_user\n"
    "from models import Booking, Note, StoreCredit, Stream\n"
    "router = APIRouter()\n"
    "@router.delete('/notes/{note_id}')\n"
    "def delete_note(note_id: str, db=Depends(get_db), user=Depends(get_current_user)):\n"
    "    note = db.query(Note).filter(Note.id == note_id).first()\n"
    "    db.delete(note)\n"
    "    db.commit()\n"
    "@router.put('/streams/{stream_id}')\n"
    "def update_stream(stream_id: str, db=Depends(get_db), user=Depends(get_current_user)):\n"
    "    stream = db.query(Stream).filter(Stream.stream_id == stream_id).first()\n"
    "    stream.name = 'new'\n"
    "    db.commit()\n"
    "@router.patch('/credits/{credit_id}')\n"
    "def add_credit(credit_id: int, db=Depends(get_db), user=Depends(get_current_user)):\n"
    "    credit = db.query(StoreCredit).filter(StoreCredit.id == credit_id).first()\n"
    "    credit.amount = 10\n"
    "    db.commit()\n"
    "@router.delete('/favorites/{product_id}')\n"
    "def unfavorite(product_id: int, db=Depends(get_db), user=Depends(get_current_user)):\n"
    "    product = db.query(Stream).get(product_id)\n"
    "    user.favorites.remove(product)\n"
    "    db.commit()\n"
    "@router.delete('/bookings/{booking_id}')\n"
    "def delete_booking(booking_id: str, db=Depends(get_db), user=Depends(get_current_user)):\n"
    "    booking = db.query(Booking).filter(Booking.id == booking_id).first()\n"
    "    db.delete(booking)\n"
    "    db.commit()\n"
)


def test_a_classic_query_names_its_model_and_a_model_with_no_owner_asks_for_a_role(
    tmp_path: Path,
) -> None:
    """``db.query(Note).filter(...).first()`` (SQLAlchemy's classic query) names the model the
    record is loaded from, so its owner field is found; a model that names no owner and refers
    to no other record (a console's video streams) gets a role to require, since ``owns()``
    has nothing to compare."""
    report = analyze_tree(
        tmp_path,
        {
            "auth.py": "def get_current_user(token: str):\n    return decode(token)\n",
            "models.py": (
                "from sqlalchemy import Column, String\n"
                "class Note(Base):\n"
                "    id = Column(String, primary_key=True)\n"
                "    owner_id = Column(String)\n"
                "class Stream(Base):\n"
                "    stream_id = Column(String, primary_key=True)\n"
                "    name = Column(String)\n"
                "    tasks = relationship('Task', back_populates='stream')\n"
                "class Booking(Base):\n"
                "    id = Column(String, primary_key=True)\n"
                "    carrier_id = Column(String, ForeignKey('users.id'))\n"
                "class StoreCreditBase(SQLModel):\n"
                "    store_id: int = Field(foreign_key='store.id')\n"
                "class StoreCredit(StoreCreditBase, table=True):\n"
                "    amount: int = 0\n"
            ),
            "routes.py": _QUERY_ROUTES,
        },
    )
    found = _findings(report)
    note = found[("delete_note", "missing-ownership-check")]
    assert "loads Note by note_id and deletes it" in note.message
    assert 'owns("note_id", loader=<load Note>, owner_field="owner_id")' in note.message
    stream = found[("update_stream", "missing-ownership-check")]
    assert stream.severity is Severity.HIGH
    assert "Stream names no owner, so any signed-in user may do it to any one" in stream.message
    assert 'auth("admin")' in stream.message
    assert "owns(" not in stream.message
    # an owner by another name, in the class or a base in the tree (a carrier linked to the
    # users table, SQLModel's StoreCreditBase with its store), is not "no owner"
    booking = found[("delete_booking", "missing-ownership-check")]
    assert "names no owner" not in booking.message
    assert 'owns("booking_id", loader=<load Booking>' in booking.message
    credit = found[("add_credit", "missing-ownership-check")]
    assert "names no owner" not in credit.message
    # the caller's own collection changed, not the record: nothing to report
    assert ("unfavorite", "missing-ownership-check") not in found


_DRF_COMMENTS = (
    "from rest_framework import generics, viewsets\n"
    "from rest_framework.exceptions import NotFound\n"
    "from rest_framework.permissions import IsAuthenticated, IsAuthenticatedOrReadOnly\n"
    "from .models import Comment, Article\n"
    "class CommentsDestroyAPIView(generics.DestroyAPIView):\n"
    "    lookup_url_kwarg = 'comment_pk'\n"
    "    permission_classes = (IsAuthenticatedOrReadOnly,)\n"
    "    queryset = Comment.objects.all()\n"
    "    def destroy(self, request, article_slug=None, comment_pk=None):\n"
    "        try:\n"
    "            comment = Comment.objects.get(pk=comment_pk)\n"
    "        except Comment.DoesNotExist:\n"
    "            raise NotFound('A comment with this ID does not exist.')\n"
    "        comment.delete()\n"
    "class ArticlesFavoriteAPIView(generics.GenericAPIView):\n"
    "    permission_classes = (IsAuthenticated,)\n"
    "    def post(self, request, article_slug=None):\n"
    "        profile = self.request.user.profile\n"
    "        article = Article.objects.get(slug=article_slug)\n"
    "        profile.favorite(article)\n"
    "class ArticleViewSet(viewsets.ModelViewSet):\n"
    "    permission_classes = (IsAuthenticated,)\n"
    "    queryset = Article.objects.all()\n"
    "class MyArticleViewSet(viewsets.ModelViewSet):\n"
    "    permission_classes = (IsAuthenticated,)\n"
    "    def get_queryset(self):\n"
    "        return Article.objects.filter(author=self.request.user)\n"
)


def test_drf_destroy_without_an_owner_check(tmp_path: Path) -> None:
    report = analyze_tree(
        tmp_path,
        {
            "blog/__init__.py": "",
            "blog/models.py": (
                "from django.db import models\n"
                "class Comment(models.Model):\n"
                "    body = models.TextField()\n"
                "    author = models.ForeignKey('Profile', on_delete=models.CASCADE)\n"
                "class Article(models.Model):\n"
                "    author = models.ForeignKey('Profile', on_delete=models.CASCADE)\n"
            ),
            "blog/views.py": _DRF_COMMENTS,
            "blog/urls.py": (
                "from django.urls import include, path, re_path\n"
                "from rest_framework.routers import DefaultRouter\n"
                "from . import views\n"
                "router = DefaultRouter()\n"
                "router.register('articles', views.ArticleViewSet)\n"
                "router.register('mine', views.MyArticleViewSet)\n"
                "urlpatterns = [\n"
                "    path('', include(router.urls)),\n"
                "    re_path(r'^articles/(?P<article_slug>[-\\w]+)/comments/"
                "(?P<comment_pk>[\\d]+)/?$', views.CommentsDestroyAPIView.as_view()),\n"
                "    re_path(r'^articles/(?P<article_slug>[-\\w]+)/favorite/?$',\n"
                "        views.ArticlesFavoriteAPIView.as_view()),\n"
                "]\n"
            ),
        },
    )
    holes = {
        function: finding
        for (function, name), finding in _findings(report).items()
        if name == "missing-ownership-check"
    }
    assert set(holes) == {
        "CommentsDestroyAPIView.destroy",
        "ArticleViewSet.update",
        "ArticleViewSet.partial_update",
        "ArticleViewSet.destroy",
    }
    inherited = holes["ArticleViewSet.destroy"]  # DRF's own destroy, model from the queryset
    assert 'owns("pk", loader=<load Article>, owner_field="author")' in inherited.message
    destroy = holes["CommentsDestroyAPIView.destroy"]
    assert destroy.severity is Severity.HIGH
    assert destroy.route.startswith("DELETE /articles/")
    assert "loads Comment by comment_pk and deletes it" in destroy.message
    assert 'owner_field="author"' in destroy.message


def test_drf_annotated_permission_classes_and_the_unset_default(tmp_path: Path) -> None:
    """A style-guide API: a mixin with an annotated ``permission_classes``; other views fall
    back to DRF's default AllowAny, which nobody chose: a write there is high."""
    report = analyze_tree(
        tmp_path,
        {
            "config/settings.py": "ROOT_URLCONF = 'api.urls'\nREST_FRAMEWORK = {}\n",
            "api/__init__.py": "",
            "api/mixins.py": (
                "from typing import Sequence\n"
                "from rest_framework.permissions import IsAuthenticated\n"
                "class ApiAuthMixin:\n"
                "    permission_classes: Sequence[type] = (IsAuthenticated,)\n"
            ),
            "api/apis.py": (
                "from django.shortcuts import get_object_or_404\n"
                "from rest_framework.views import APIView\n"
                "from api.mixins import ApiAuthMixin\n"
                "from api.models import File\n"
                "class FileUploadLocalApi(ApiAuthMixin, APIView):\n"
                "    def post(self, request, file_id):\n"
                "        file = get_object_or_404(File, id=file_id)\n"
                "        service = UploadService(request.user)\n"
                "        service.upload_local(file=file, file_obj=request.FILES['file'])\n"
                "class UserUpdateApi(APIView):\n"
                "    def post(self, request, user_id):\n"
                "        user_update(user_id, request.data)\n"
                "class UserCreateApi(APIView):\n"
                "    def post(self, request):\n"
                "        user_create(request.data)\n"
            ),
            "api/urls.py": (
                "from django.urls import path\n"
                "from api import apis\n"
                "urlpatterns = [\n"
                "    path('files/<str:file_id>/', apis.FileUploadLocalApi.as_view()),\n"
                "    path('users/<int:user_id>/update/', apis.UserUpdateApi.as_view()),\n"
                "    path('users/create/', apis.UserCreateApi.as_view()),\n"
                "]\n"
            ),
        },
    )
    found = {key: f.severity for key, f in _findings(report).items()}
    assert found[("FileUploadLocalApi.post", "missing-ownership-check")] is Severity.HIGH
    assert found[("UserUpdateApi.post", "unauthenticated-write")] is Severity.HIGH
    assert found[("UserCreateApi.post", "unauthenticated-write")] is Severity.LOW


def test_typed_query_accessors_are_validation(tmp_path: Path) -> None:
    """microblog: ``request.args.get("page", 1, type=int)`` passed to a query."""
    report = analyze_tree(
        tmp_path,
        {
            "app.py": (
                "from flask import Flask, redirect, request\n"
                "from flask_login import current_user, login_required\n"
                "from db import db\n"
                "app = Flask(__name__)\n"
                "@app.get('/explore')\n"
                "@login_required\n"
                "def explore():\n"
                "    page = request.args.get('page', 1, type=int)\n"
                "    return db.paginate(query, page=page, per_page=10)\n"
                "@app.get('/posts')\n"
                "def posts():\n"
                "    limit = min(int(request.args['limit']), 100)\n"
                "    return db.session.scalars(query.limit(limit)).all()\n"
                "@app.get('/search')\n"
                "def search():\n"
                "    q = request.args.get('q')\n"
                "    return db.session.scalars(query.where(Post.title == q)).all()\n"
                "@app.post('/login')\n"
                "def login():\n"
                "    user = db.session.scalar(query)\n"
                "    return redirect(request.args.get('next') or '/')\n"
            ),
        },
    )
    query = {f.function for f in report.findings if f.name == "unvalidated-db-access"}
    assert query == {"search"}


def test_framework_validation_counts(tmp_path: Path) -> None:
    """marshmallow ``load``, WTForms ``validate_on_submit``, DRF ``is_valid``."""
    report = analyze_tree(
        tmp_path,
        {
            "app.py": (
                "from flask import Flask, request\n"
                "from flask_login import login_required\n"
                "from db import db\n"
                "from schemas import post_schema\n"
                "from forms import PostForm\n"
                "app = Flask(__name__)\n"
                "@app.post('/api/posts')\n"
                "@login_required\n"
                "def new_post():\n"
                "    data = post_schema.load(request.get_json())\n"
                "    db.session.add(Post(**data))\n"
                "@app.post('/posts')\n"
                "@login_required\n"
                "def create():\n"
                "    form = PostForm()\n"
                "    if form.validate_on_submit():\n"
                "        db.session.add(Post(body=request.form['body']))\n"
                "@app.post('/raw')\n"
                "@login_required\n"
                "def raw():\n"
                "    db.session.add(Post(body=request.form['body']))\n"
            ),
        },
    )
    unvalidated = {f.function for f in report.findings if f.name == "raw-input-without-schema"}
    assert unvalidated == {"raw"}


def test_public_by_design_writes_are_low_and_the_rest_stay_high(tmp_path: Path) -> None:
    report = analyze_tree(
        tmp_path,
        {
            "app.py": (
                "import hmac\n"
                "from fastapi import FastAPI, Request\n"
                "app = FastAPI()\n"
                "@app.post('/users/signup')\n"
                "def register_user(email: str, password: str): ...\n"
                "@app.post('/login/access-token')\n"
                "def login_access_token(): ...\n"
                "@app.post('/password-recovery/{email}')\n"
                "def recover_password(email: str): ...\n"
                "@app.post('/auth/esqueci-senha')\n"
                "def esqueci_senha(email: str): ...\n"
                "@app.post('/webhooks/stripe')\n"
                "async def stripe_webhook(request: Request):\n"
                "    body = await request.body()\n"
                "    if not hmac.compare_digest(sign(body), request.headers['sig']):\n"
                "        raise ValueError\n"
                "@app.post('/webhooks/github')\n"
                "async def github_webhook(payload: dict): ...\n"
                "@app.post('/notes')\n"
                "def create_note(text: str): ...\n"
            ),
        },
    )
    severity = {f.function: f.severity for f in report.findings if f.rule == "SCF001"}
    assert severity == {
        "register_user": Severity.LOW,
        "login_access_token": Severity.LOW,
        "recover_password": Severity.LOW,
        "esqueci_senha": Severity.LOW,
        "stripe_webhook": Severity.LOW,
        "github_webhook": Severity.HIGH,
        "create_note": Severity.HIGH,
    }
    messages = {f.function: f.message for f in report.findings if f.rule == "SCF001"}
    assert messages["register_user"].startswith("public by design? authentication entry point")
    assert "verifies no signature" in messages["github_webhook"]


def test_redirecting_signed_in_users_is_not_a_guard(tmp_path: Path) -> None:
    """microblog's login page and flasky's ``before_app_request`` refuse signed-in users
    (already logged in, not confirmed), never anonymous ones; flasky's index writes only
    when ``current_user.can(...)``, which anonymous users fail."""
    report = analyze_tree(
        tmp_path,
        {
            "app/__init__.py": (
                "from flask import Flask\n"
                "def create_app():\n"
                "    app = Flask(__name__)\n"
                "    from app.auth import bp as auth\n"
                "    from app.main import bp as main\n"
                "    app.register_blueprint(auth, url_prefix='/auth')\n"
                "    app.register_blueprint(main)\n"
                "    return app\n"
            ),
            "app/auth.py": (
                "from flask import Blueprint, redirect, request, url_for\n"
                "from flask_login import current_user\n"
                "bp = Blueprint('auth', __name__)\n"
                "@bp.before_app_request\n"
                "def before_request():\n"
                "    if current_user.is_authenticated:\n"
                "        current_user.ping()\n"
                "        if not current_user.confirmed and request.blueprint != 'auth':\n"
                "            return redirect(url_for('auth.unconfirmed'))\n"
                "@bp.route('/login', methods=['GET', 'POST'])\n"
                "def login():\n"
                "    if current_user.is_authenticated:\n"
                "        return redirect(url_for('main.index'))\n"
                "    user = find_user(request.form['username'])\n"
                "    if user is None or not user.check_password(request.form['password']):\n"
                "        return redirect(url_for('auth.login'))\n"
            ),
            "app/main.py": (
                "from flask import Blueprint\n"
                "from flask_login import current_user\n"
                "from app.db import db\n"
                "bp = Blueprint('main', __name__)\n"
                "@bp.route('/', methods=['GET', 'POST'])\n"
                "def index():\n"
                "    form = PostForm()\n"
                "    if current_user.can(Permission.WRITE) and form.validate_on_submit():\n"
                "        db.session.add(Post(body=form.body.data, author=current_user))\n"
                "        db.session.commit()\n"
                "@bp.route('/post/<int:id>', methods=['GET', 'POST'])\n"
                "def post(id):\n"
                "    form = CommentForm()\n"
                "    if form.validate_on_submit():\n"
                "        db.session.add(Comment(body=form.body.data, author=current_user))\n"
                "        db.session.commit()\n"
            ),
        },
    )
    assert authenticated(report) == {"login": False, "index": True, "post": False}
    high = {f.function for f in report.findings if f.severity is Severity.HIGH}
    assert high == {"post"}


def test_guard_factories_asked_not_to_refuse(tmp_path: Path) -> None:
    """fastapi-realworld: ``Depends(get_current_user_authorizer(required=False))``."""
    report = analyze_tree(
        tmp_path,
        {
            "auth.py": (
                "from fastapi import HTTPException\n"
                "def get_current_user_authorizer(*, required: bool = True):\n"
                "    return _get_current_user if required else _get_current_user_optional\n"
                "def _get_current_user(token: str = ''):\n"
                "    if not token:\n"
                "        raise HTTPException(status_code=403)\n"
                "def _get_current_user_optional(token: str = ''):\n"
                "    return None\n"
            ),
            "routes.py": (
                "from fastapi import APIRouter, Depends\n"
                "from auth import get_current_user_authorizer\n"
                "router = APIRouter()\n"
                "@router.get('/articles')\n"
                "def list_articles(user=Depends(get_current_user_authorizer(required=False))):\n"
                "    ...\n"
                "@router.post('/articles')\n"
                "def create_article(user=Depends(get_current_user_authorizer())): ...\n"
            ),
        },
    )
    assert authenticated(report) == {"list_articles": False, "create_article": True}


def test_single_account_blog_admin_area_and_anonymous_comments(tmp_path: Path) -> None:
    """bluelog: one account (no roles anywhere), anonymous comments held for review, an
    editor upload without ``login_required``, uploaded images served from ``/admin``."""
    report = analyze_tree(
        tmp_path,
        {
            "blog/__init__.py": (
                "from flask import Flask\n"
                "def create_app():\n"
                "    app = Flask(__name__)\n"
                "    from blog.admin import admin_bp\n"
                "    from blog.posts import blog_bp\n"
                "    app.register_blueprint(admin_bp, url_prefix='/admin')\n"
                "    app.register_blueprint(blog_bp)\n"
                "    return app\n"
            ),
            "blog/admin.py": (
                "from flask import Blueprint, request, send_from_directory\n"
                "from flask_login import login_required\n"
                "from blog.db import db\n"
                "admin_bp = Blueprint('admin', __name__)\n"
                "@admin_bp.route('/post/<int:post_id>/delete', methods=['POST'])\n"
                "@login_required\n"
                "def delete_post(post_id):\n"
                "    db.session.delete(Post.query.get_or_404(post_id))\n"
                "@admin_bp.route('/uploads/<path:filename>')\n"
                "def get_image(filename):\n"
                "    return send_from_directory('uploads', filename)\n"
                "@admin_bp.route('/upload', methods=['POST'])\n"
                "def upload_image():\n"
                "    request.files.get('upload').save('uploads/x')\n"
            ),
            "blog/posts.py": (
                "from flask import Blueprint\n"
                "from flask_login import current_user\n"
                "from blog.db import db\n"
                "blog_bp = Blueprint('blog', __name__)\n"
                "@blog_bp.route('/post/<int:post_id>', methods=['GET', 'POST'])\n"
                "def show_post(post_id):\n"
                "    if current_user.is_authenticated:\n"
                "        form, reviewed = AdminCommentForm(), True\n"
                "    else:\n"
                "        form, reviewed = CommentForm(), False\n"
                "    if form.validate_on_submit():\n"
                "        db.session.add(Comment(body=form.body.data, reviewed=reviewed))\n"
            ),
        },
    )
    found = {(f.function, f.rule): f.severity for f in report.findings}
    assert found[("delete_post", "SCF002")] is Severity.MEDIUM
    assert found[("get_image", "SCF002")] is Severity.MEDIUM
    assert found[("upload_image", "SCF002")] is Severity.CRITICAL
    assert found[("show_post", "SCF001")] is Severity.LOW
    assert ("delete_post", "SCF005") not in found  # an admin handler: SCF002 speaks for it


def test_drf_token_views_and_objects_that_are_the_caller(tmp_path: Path) -> None:
    """recipe-app-api: ``ObtainAuthToken`` answers POST; ``get_object`` returning
    ``request.user`` makes ``/me/`` the caller's own record."""
    report = analyze_tree(
        tmp_path,
        {
            "user/__init__.py": "",
            "user/views.py": (
                "from rest_framework import generics, permissions\n"
                "from rest_framework.authtoken.views import ObtainAuthToken\n"
                "class CreateTokenView(ObtainAuthToken):\n"
                "    serializer_class = AuthTokenSerializer\n"
                "class ManageUserView(generics.RetrieveUpdateAPIView):\n"
                "    permission_classes = (permissions.IsAuthenticated,)\n"
                "    def get_object(self):\n"
                "        return self.request.user\n"
            ),
            "user/urls.py": (
                "from django.urls import path\n"
                "from user import views\n"
                "urlpatterns = [\n"
                "    path('token/', views.CreateTokenView.as_view()),\n"
                "    path('me/', views.ManageUserView.as_view()),\n"
                "]\n"
            ),
        },
    )
    routes = sorted((h.function, h.route) for h in report.handlers)
    assert routes == [
        ("CreateTokenView.post", "POST /token/"),
        ("ManageUserView.partial_update", "PATCH /me/"),
        ("ManageUserView.retrieve", "GET /me/"),
        ("ManageUserView.update", "PUT /me/"),
    ]
    assert not [f for f in report.findings if f.rule == "SCF005"]
    [token] = [f for f in report.findings if f.function == "CreateTokenView.post"]
    assert token.severity is Severity.LOW


def test_reports_and_checks_against_any_field_of_the_record(tmp_path: Path) -> None:
    """albumy: reporting a photo bumps a counter anyone may bump; a notification is checked
    against its ``receiver``, a field name no list of owner words holds."""
    report = analyze_tree(
        tmp_path,
        {
            "app.py": (
                "from flask import Flask, abort\n"
                "from flask_login import current_user, login_required\n"
                "from db import db\n"
                "app = Flask(__name__)\n"
                "@app.post('/report/photo/<int:photo_id>')\n"
                "@login_required\n"
                "def report_photo(photo_id):\n"
                "    photo = Photo.query.get_or_404(photo_id)\n"
                "    photo.flag += 1\n"
                "    db.session.commit()\n"
                "@app.post('/notification/read/<int:notification_id>')\n"
                "@login_required\n"
                "def read_notification(notification_id):\n"
                "    notification = Notification.query.get_or_404(notification_id)\n"
                "    if current_user != notification.receiver:\n"
                "        abort(403)\n"
                "    notification.is_read = True\n"
                "    db.session.commit()\n"
                "@app.post('/photo/<int:photo_id>/hide')\n"
                "@login_required\n"
                "def hide_photo(photo_id):\n"
                "    photo = Photo.query.get_or_404(photo_id)\n"
                "    photo.hidden = True\n"
                "    db.session.commit()\n"
            ),
        },
    )
    holes = {f.function for f in report.findings if f.rule == "SCF005"}
    assert holes == {"hide_photo"}


def test_a_401_refuses_anonymous_callers_only_when_the_name_holds_their_credentials(
    tmp_path: Path,
) -> None:
    """fastapi-react's login answers a wrong password with 401: that refuses no anonymous
    caller; a handler that reads the token and refuses without a user does."""
    report = analyze_tree(
        tmp_path,
        {
            "app.py": (
                "from fastapi import FastAPI, HTTPException, Request\n"
                "app = FastAPI()\n"
                "@app.post('/token')\n"
                "def login(form: LoginForm):\n"
                "    user = authenticate_user(form.username, form.password)\n"
                "    if not user:\n"
                "        raise HTTPException(status_code=401)\n"
                "@app.post('/notes')\n"
                "def create_note(request: Request, text: str):\n"
                "    user = user_for(request.headers.get('authorization'))\n"
                "    if user is None:\n"
                "        raise HTTPException(status_code=401)\n"
            ),
        },
    )
    assert authenticated(report) == {"login": False, "create_note": True}


def test_decorators_on_a_plain_class_based_views_handler_methods(tmp_path: Path) -> None:
    """OnlineJudge's shape: its own ``APIView(View)`` whose ``post``/``get`` methods carry
    decorator classes (``login_required``, ``super_admin_required``, with ``__get__`` and the
    check in a subclass), and ``@method_decorator(login_required)`` on a method."""
    report = analyze_tree(
        tmp_path,
        {
            "oj/__init__.py": "",
            "oj/urls.py": (
                "from django.urls import path\n"
                "from oj import views\n"
                "urlpatterns = [\n"
                "    path('api/admin/user', views.UserAdminAPI.as_view()),\n"
                "    path('api/profile', views.ProfileAPI.as_view()),\n"
                "]\n"
            ),
            "oj/decorators.py": (
                "import functools\n"
                "class BasePermissionDecorator:\n"
                "    def __init__(self, func):\n"
                "        self.func = func\n"
                "    def __get__(self, obj, obj_type):\n"
                "        return functools.partial(self.__call__, obj)\n"
                "    def __call__(self, *args, **kwargs):\n"
                "        self.request = args[1]\n"
                "        if self.check_permission():\n"
                "            return self.func(*args, **kwargs)\n"
                "        return {'error': 'permission-denied'}\n"
                "class login_required(BasePermissionDecorator):\n"
                "    def check_permission(self):\n"
                "        return self.request.user.is_authenticated\n"
                "class super_admin_required(BasePermissionDecorator):\n"
                "    def check_permission(self):\n"
                "        return self.request.user.is_super_admin()\n"
            ),
            "oj/views.py": (
                "from django.utils.decorators import method_decorator\n"
                "from django.views import View\n"
                "from oj.decorators import login_required, super_admin_required\n"
                "class APIView(View):\n"
                "    pass\n"
                "class UserAdminAPI(APIView):\n"
                "    @super_admin_required\n"
                "    def post(self, request):\n"
                "        return {}\n"
                "    def get(self, request):\n"
                "        return {}\n"
                "class ProfileAPI(APIView):\n"
                "    @method_decorator(login_required)\n"
                "    def put(self, request):\n"
                "        return {}\n"
            ),
            "manage.py": (
                "import os\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 'oj.settings')\n"
            ),
            "oj/settings.py": "ROOT_URLCONF = 'oj.urls'\n",
        },
    )
    found = {h.function: h.protection for h in report.handlers}
    assert (found["UserAdminAPI.post"].authenticated, found["UserAdminAPI.post"].role_checked) == (
        True,
        True,
    )
    assert not found["UserAdminAPI.get"].authenticated  # undecorated: as written
    assert found["ProfileAPI.put"].authenticated
    assert not found["ProfileAPI.put"].role_checked


def test_a_project_middleware_guards_the_paths_under_the_prefixes_it_names(
    tmp_path: Path,
) -> None:
    """OnlineJudge's ``AdminRoleRequiredMiddleware``: every route under /api/admin/ is
    refused unless the caller is a signed-in admin. Prefixes read with any other condition
    (the method too, a negation) are not read as guards."""
    report = analyze_tree(
        tmp_path,
        {
            "oj/__init__.py": "",
            "oj/settings.py": (
                "ROOT_URLCONF = 'oj.urls'\n"
                "MIDDLEWARE = (\n"
                "    'django.contrib.auth.middleware.AuthenticationMiddleware',\n"
                "    'oj.middleware.AdminRoleRequiredMiddleware',\n"
                "    'oj.middleware.WritesOnlyMiddleware',\n"
                "    'oj.middleware.OutsideMiddleware',\n"
                ")\n"
            ),
            "oj/middleware.py": (
                "from django.http import JsonResponse\n"
                "class AdminRoleRequiredMiddleware:\n"
                "    def process_request(self, request):\n"
                "        path = request.path_info\n"
                "        if path.startswith('/admin/') or path.startswith('/api/admin/'):\n"
                "            if not (request.user.is_authenticated"
                " and request.user.is_admin_role()):\n"
                "                return JsonResponse({'error': 'login-required'})\n"
                "class WritesOnlyMiddleware:\n"
                "    def process_request(self, request):\n"
                "        if request.path.startswith('/api/orders/')"
                " and request.method == 'POST':\n"
                "            if not request.user.is_authenticated:\n"
                "                return JsonResponse({'error': 'login-required'}, status=401)\n"
                "class OutsideMiddleware:\n"
                "    def process_request(self, request):\n"
                "        if not request.path.startswith('/api/public/'):\n"
                "            if not request.user.is_authenticated:\n"
                "                return JsonResponse({'error': 'login-required'}, status=401)\n"
            ),
            "oj/urls.py": (
                "from django.urls import path\n"
                "from oj import views\n"
                "urlpatterns = [\n"
                "    path('api/admin/contest', views.contest_admin),\n"
                "    path('api/orders/new', views.new_order),\n"
                "    path('api/contest', views.contest),\n"
                "]\n"
            ),
            "oj/views.py": (
                "from django.views.decorators.http import require_POST\n"
                "@require_POST\n"
                "def contest_admin(request):\n"
                "    return None\n"
                "@require_POST\n"
                "def new_order(request):\n"
                "    return None\n"
                "@require_POST\n"
                "def contest(request):\n"
                "    return None\n"
            ),
        },
    )
    found = {h.function: h.protection for h in report.handlers}
    admin = found["contest_admin"]
    assert (admin.authenticated, admin.role_checked) == (True, True)
    assert any(
        "AdminRoleRequiredMiddleware for paths under /api/admin/" in e for e in admin.evidence
    )
    assert not found["new_order"].authenticated  # the method is read too: not certain
    assert not found["contest"].authenticated  # a negated prefix: not read


def test_a_drf_permission_whose_check_reads_nothing_known_is_judged_by_its_name(
    tmp_path: Path,
) -> None:
    """opencve's shape: ``has_permission`` returns ``bool(getattr(request,
    "organization_token", None))``, set by the project's authentication class. What it reads
    says nothing known; its name, ``IsOrganizationTokenAuthenticated``, does. A permission
    whose name says nothing either stays unread."""
    report = analyze_tree(
        tmp_path,
        {
            "api/__init__.py": "",
            "api/permissions.py": (
                "from rest_framework import permissions\n"
                "class IsOrganizationTokenAuthenticated(permissions.BasePermission):\n"
                "    def has_permission(self, request, view):\n"
                "        return bool(getattr(request, 'organization_token', None))\n"
                "class OpenDoor(permissions.BasePermission):\n"
                "    def has_permission(self, request, view):\n"
                "        return bool(getattr(request, 'organization_token', None))\n"
                "class IsAuthenticatedOrAnyone(permissions.BasePermission):\n"
                "    def has_permission(self, request, view):\n"
                "        return True\n"
            ),
            "api/views.py": (
                "from rest_framework.views import APIView\n"
                "from api.permissions import (\n"
                "    IsAuthenticatedOrAnyone, IsOrganizationTokenAuthenticated, OpenDoor,\n"
                ")\n"
                "class ProjectsApi(APIView):\n"
                "    permission_classes = [IsOrganizationTokenAuthenticated]\n"
                "    def post(self, request):\n"
                "        return None\n"
                "class AnyoneApi(APIView):\n"
                "    permission_classes = [IsAuthenticatedOrAnyone]\n"
                "    def post(self, request):\n"
                "        return None\n"
                "class DoorApi(APIView):\n"
                "    permission_classes = [OpenDoor]\n"
                "    def post(self, request):\n"
                "        return None\n"
            ),
            "api/urls.py": (
                "from django.urls import path\n"
                "from api import views\n"
                "urlpatterns = [\n"
                "    path('projects', views.ProjectsApi.as_view()),\n"
                "    path('door', views.DoorApi.as_view()),\n"
                "    path('anyone', views.AnyoneApi.as_view()),\n"
                "]\n"
            ),
        },
    )
    found = {h.function: h.protection for h in report.handlers}
    assert found["ProjectsApi.post"].authenticated
    assert (
        "IsOrganizationTokenAuthenticated (judged by its name)"
        in found["ProjectsApi.post"].evidence
    )
    assert not found["DoorApi.post"].authenticated
    assert not found["AnyoneApi.post"].authenticated  # its name says so; its answer is yes


_JWT = (
    "from fastapi import HTTPException, Request\n"
    "from fastapi.security import HTTPBearer\n"
    "class JWTAuth(HTTPBearer):\n"
    "    def __init__(self, auto_error: bool = True):\n"
    "        super().__init__(auto_error=auto_error)\n"
)


def test_routers_made_by_a_factory_function_keep_its_guards(tmp_path: Path) -> None:
    """openreplay: ``public_app, app, app_apikey = get_routers()``, each router made in the
    factory with its own ``dependencies=[...] + extra_dependencies``; and a factory that
    returns one router (``router = make_router()``)."""
    report = analyze_tree(
        tmp_path,
        {
            "auth.py": _JWT,
            "routers/__init__.py": "",
            "routers/base.py": (
                "from fastapi import APIRouter, Depends\n"
                "from auth import JWTAuth\n"
                "def get_routers(prefix='', extra_dependencies=[]):\n"
                "    public_app = APIRouter(prefix=prefix)\n"
                "    app = APIRouter(dependencies=[Depends(JWTAuth())] + extra_dependencies,\n"
                "                    prefix=prefix)\n"
                "    return public_app, app\n"
                "def make_router():\n"
                "    return APIRouter(dependencies=[Depends(JWTAuth())])\n"
            ),
            "routers/core.py": (
                "from routers.base import get_routers, make_router\n"
                "public_app, app = get_routers()\n"
                "guarded = make_router()\n"
                "@public_app.post('/login')\n"
                "def login(): ...\n"
                "@app.get('/integrations/slack/{integration_id}')\n"
                "def get_slack_webhook(integration_id: int): ...\n"
                "@guarded.delete('/integrations/{integration_id}')\n"
                "def delete_integration(integration_id: int): ...\n"
            ),
            "main.py": (
                "from fastapi import FastAPI\n"
                "from routers import core\n"
                "app = FastAPI()\n"
                "app.include_router(core.public_app)\n"
                "app.include_router(core.app)\n"
                "app.include_router(core.guarded)\n"
            ),
        },
    )
    assert authenticated(report) == {
        "login": False,
        "get_slack_webhook": True,
        "delete_integration": True,
    }
    routes = {h.function: h.route for h in report.handlers}
    assert routes["get_slack_webhook"] == "GET /integrations/slack/{integration_id}"


def test_a_dependency_made_by_a_factory_method_is_the_class_it_returns(tmp_path: Path) -> None:
    """keep: ``Depends(IdentityManagerFactory.get_auth_verifier(["write:actions"]))``, a static
    method that loads a verifier by name and says it returns ``AuthVerifierBase``, whose
    ``__call__`` refuses with a 401; FastAPI calls what the factory made, not the factory.
    A factory that says nothing of what it returns is still judged by itself."""
    report = analyze_tree(
        tmp_path,
        {
            "verifier.py": (
                "from fastapi import HTTPException, Request\n"
                "class AuthVerifierBase:\n"
                "    def __init__(self, scopes=[]):\n"
                "        self.scopes = scopes\n"
                "    def __call__(self, request: Request):\n"
                "        if not request.headers.get('x-api-key'):\n"
                "            raise HTTPException(status_code=401)\n"
                "        return request\n"
            ),
            "factory.py": (
                "import importlib\n"
                "from verifier import AuthVerifierBase\n"
                "class IdentityManagerFactory:\n"
                "    @staticmethod\n"
                "    def get_auth_verifier(scopes: list[str] = []) -> AuthVerifierBase:\n"
                "        return importlib.import_module('plugins').Verifier(scopes)\n"
                "    @staticmethod\n"
                "    def get_loader(name: str):\n"
                "        return importlib.import_module(name).Loader()\n"
            ),
            "routes.py": (
                "from fastapi import APIRouter, Depends, FastAPI\n"
                "from factory import IdentityManagerFactory\n"
                "app = FastAPI()\n"
                "@app.delete('/actions/{action_id}')\n"
                "def delete_action(action_id: str, entity=Depends(\n"
                "        IdentityManagerFactory.get_auth_verifier(['write:actions']))): ...\n"
                "@app.post('/alerts')\n"
                "def create_alert(loader=Depends(IdentityManagerFactory.get_loader('x'))): ...\n"
            ),
        },
    )
    assert authenticated(report) == {"delete_action": True, "create_alert": False}


def test_an_annotated_alias_made_by_a_function_keeps_its_scopes(tmp_path: Path) -> None:
    """papermerge: ``require_scopes(*scopes)`` returns ``Annotated[User,
    Security(get_current_user, scopes=list(scopes))]``, used as an alias
    (``CreateTags = require_scopes(Scopes.TAG_CREATE)``) or written at the parameter
    (``user: require_scopes(Scopes.NODE_CREATE)``). Both require a signed-in caller with the
    scopes the call names; a function returning a plain type guards nothing."""
    report = analyze_tree(
        tmp_path,
        {
            "auth.py": (
                "from typing import Annotated\n"
                "from fastapi import HTTPException, Security\n"
                "from fastapi.security import OAuth2PasswordBearer, SecurityScopes\n"
                "oauth2 = OAuth2PasswordBearer(tokenUrl='token')\n"
                "def get_current_user(scopes: SecurityScopes, token: str = Security(oauth2)):\n"
                "    return token\n"
                "def require_scopes(*wanted: str):\n"
                "    return Annotated[dict, Security(get_current_user, scopes=list(wanted))]\n"
                "def plain_type(name: str):\n"
                "    return dict\n"
                "CreateTags = require_scopes('tag.create')\n"
            ),
            "routes.py": (
                "from fastapi import FastAPI\n"
                "from auth import CreateTags, plain_type, require_scopes\n"
                "app = FastAPI()\n"
                "@app.post('/tags')\n"
                "def create_tag(user: CreateTags): ...\n"
                "@app.post('/nodes')\n"
                "def create_folder(user: require_scopes('node.create', 'node.view')): ...\n"
                "@app.post('/notes')\n"
                "def create_note(user: plain_type('x')): ...\n"
            ),
        },
    )
    assert authenticated(report) == {
        "create_tag": True,
        "create_folder": True,
        "create_note": False,
    }
    evidence = {h.function: " ".join(h.protection.evidence) for h in report.handlers}
    assert "['tag.create']" in evidence["create_tag"]
    assert "['node.create', 'node.view']" in evidence["create_folder"]


def test_a_refusal_in_an_except_for_a_caller_not_allowed_is_a_check(tmp_path: Path) -> None:
    """ckan: ``try: check_access('sysadmin', ...) except NotAuthorized: abort(403)`` in the
    admin blueprint's ``before_request``, and views that refuse when a change they make or
    check raises ``NotAuthorized``. A refusal around a read ("package_show") says nothing about
    signing in: anonymous callers may read public records."""
    report = analyze_tree(
        tmp_path,
        {
            "logic.py": (
                "class NotAuthorized(Exception): ...\n"
                "class NotFound(Exception): ...\n"
                "def check_access(action, context, data=None): ...\n"
                "def get_action(name): ...\n"
            ),
            "views.py": (
                "from flask import Blueprint, Flask, abort\n"
                "import logic\n"
                "from logic import NotAuthorized, NotFound, get_action\n"
                "app = Flask(__name__)\n"
                "admin = Blueprint('admin', __name__, url_prefix='/ckan-admin')\n"
                "@admin.before_request\n"
                "def before_request():\n"
                "    try:\n"
                "        logic.check_access('sysadmin', {})\n"
                "    except logic.NotAuthorized:\n"
                "        abort(403)\n"
                "@admin.route('/trash', methods=['POST'])\n"
                "def trash():\n"
                "    return 'purged'\n"
                "@app.route('/dataset/edit/<id>', methods=['POST'])\n"
                "def edit(id):\n"
                "    try:\n"
                "        get_action('package_update')({}, {'id': id})\n"
                "    except NotAuthorized:\n"
                "        return abort(403)\n"
                "    return 'ok'\n"
                "@app.route('/dataset/follow/<id>', methods=['POST'])\n"
                "def follow(id):\n"
                "    try:\n"
                "        get_action('package_show')({}, {'id': id})\n"
                "    except (NotFound, NotAuthorized):\n"
                "        return abort(404)\n"
                "    get_action('follow_dataset')({}, {'id': id})\n"
                "    return 'ok'\n"
                "app.register_blueprint(admin)\n"
            ),
        },
    )
    assert authenticated(report) == {"trash": True, "edit": True, "follow": False}
    roles = {h.function: h.protection.role_checked for h in report.handlers}
    assert roles == {"trash": True, "edit": False, "follow": False}


EVAP_AUTH = """\
import inspect
from functools import wraps
from django.core.exceptions import PermissionDenied
from django.utils.decorators import method_decorator
def class_or_function_check_decorator(test_func):
    def function_decorator(func):
        @wraps(func)
        def wrapped(request, *args, **kwargs):
            if not test_func(request.user):
                raise PermissionDenied
            return func(request, *args, **kwargs)
        return wrapped
    def decorator(class_or_function):
        if inspect.isclass(class_or_function):
            return method_decorator(function_decorator, name="dispatch")(class_or_function)
        return function_decorator(class_or_function)
    return decorator
def logs_only(func):
    def wrapped(request, *args, **kwargs):
        print(request.path)
        return func(request, *args, **kwargs)
    return wrapped
@class_or_function_check_decorator
def manager_required(user):
    return user.is_manager
@class_or_function_check_decorator
def signed_in_required(user):
    return user.is_authenticated
@logs_only
def audited(view):
    return view
"""


def test_a_check_made_by_a_decorator_factory_guards_functions_and_classes(
    tmp_path: Path,
) -> None:
    """EvaP: ``@class_or_function_check_decorator def manager_required(user): return
    user.is_manager``. The factory wraps a view (or a class's ``dispatch``) and refuses when
    the test fails: a role check when the test reads more than signing in. A decorator that
    does not refuse guards nothing."""
    report = analyze_tree(
        tmp_path,
        {
            "evap/__init__.py": "",
            "evap/settings.py": "ROOT_URLCONF = 'evap.urls'\n",
            "evap/auth.py": EVAP_AUTH,
            "evap/urls.py": (
                "from django.urls import path\n"
                "from evap import views\n"
                "urlpatterns = [\n"
                "    path('staff/', views.index),\n"
                "    path('staff/semester/create', views.SemesterCreateView.as_view()),\n"
                "    path('home', views.home),\n"
                "    path('notes', views.notes),\n"
                "]\n"
            ),
            "evap/views.py": (
                "from django.views.decorators.http import require_POST\n"
                "from django.views.generic import CreateView\n"
                "from evap.auth import audited, manager_required, signed_in_required\n"
                "@manager_required\n"
                "def index(request):\n"
                "    return None\n"
                "@manager_required\n"
                "class SemesterCreateView(CreateView):\n"
                "    def post(self, request):\n"
                "        return None\n"
                "@signed_in_required\n"
                "def home(request):\n"
                "    return None\n"
                "@require_POST\n"
                "@audited\n"
                "def notes(request):\n"
                "    return None\n"
            ),
        },
    )
    found = protections(report)
    index, create = found["index"], found["SemesterCreateView.post"]
    assert (index.authenticated, index.role_checked) == (True, True)
    assert any("made by @class_or_function_check_decorator" in e for e in index.evidence)
    assert (create.authenticated, create.role_checked) == (True, True)
    assert (found["home"].authenticated, found["home"].role_checked) == (True, False)
    assert not found["notes"].authenticated


def test_a_project_middleware_that_turns_away_every_anonymous_caller(tmp_path: Path) -> None:
    """EvaP's ``RequireLoginMiddleware``: signed-in callers pass, views marked
    ``@no_login_required`` pass, everyone else is sent to sign in, whatever the path; its
    name is added to ``MIDDLEWARE`` again under ``if DEBUG``. A middleware that only logs, or
    refuses only when a setting says so (askbot's closed forum mode), guards nothing."""
    files = {
        "evap/__init__.py": "",
        "evap/settings.py": (
            "DEBUG = False\n"
            "ROOT_URLCONF = 'evap.urls'\n"
            "MIDDLEWARE = [\n"
            "    'django.contrib.auth.middleware.AuthenticationMiddleware',\n"
            "    'evap.middleware.RequireLoginMiddleware',\n"
            "]\n"
            "if DEBUG:\n"
            "    MIDDLEWARE = ['debug_toolbar.middleware.DebugToolbarMiddleware'] + MIDDLEWARE\n"
        ),
        "evap/middleware.py": (
            "from django.contrib.auth.views import redirect_to_login\n"
            "EXEMPT = set()\n"
            "class RequireLoginMiddleware:\n"
            "    def __init__(self, get_response):\n"
            "        self.get_response = get_response\n"
            "    def __call__(self, request):\n"
            "        return self.get_response(request)\n"
            "    @classmethod\n"
            "    def process_view(cls, request, view_func, view_args, view_kwargs):\n"
            "        if request.user.is_authenticated:\n"
            "            return None\n"
            "        if view_func in EXEMPT:\n"
            "            return None\n"
            "        return redirect_to_login(request.get_full_path())\n"
            "class LoggingMiddleware:\n"
            "    def __init__(self, get_response):\n"
            "        self.get_response = get_response\n"
            "    def __call__(self, request):\n"
            "        if request.user.is_authenticated:\n"
            "            print(request.user)\n"
            "        return self.get_response(request)\n"
            "class ClosedModeMiddleware:\n"
            "    def process_request(self, request):\n"
            "        if CLOSED_MODE and request.user.is_anonymous:\n"
            "            return redirect_to_login(request.get_full_path())\n"
            "        return None\n"
            "CLOSED_MODE = False\n"
            "def no_login_required(view):\n"
            "    EXEMPT.add(view)\n"
            "    return view\n"
        ),
        "evap/urls.py": (
            "from django.urls import path\n"
            "from evap import views\n"
            "urlpatterns = [\n"
            "    path('contact', views.contact),\n"
            "    path('faq', views.faq),\n"
            "]\n"
        ),
        "evap/views.py": (
            "from django.views.decorators.http import require_POST\n"
            "from evap.middleware import no_login_required\n"
            "@require_POST\n"
            "def contact(request):\n"
            "    return None\n"
            "@no_login_required\n"
            "def faq(request):\n"
            "    return None\n"
        ),
    }
    report = analyze_tree(tmp_path / "guarded", files)
    found = protections(report)
    assert found["contact"].authenticated
    assert "RequireLoginMiddleware" in found["contact"].evidence
    assert not found["faq"].authenticated
    assert found["faq"].public == "explicitly public (@no_login_required)"
    files["evap/settings.py"] = files["evap/settings.py"].replace(
        "RequireLoginMiddleware", "LoggingMiddleware"
    )
    report = analyze_tree(tmp_path / "logged", files)
    assert not protections(report)["contact"].authenticated
    # askbot's closed mode: only when a setting says so, so no route is read as guarded
    files["evap/settings.py"] = files["evap/settings.py"].replace(
        "LoggingMiddleware", "ClosedModeMiddleware"
    )
    report = analyze_tree(tmp_path / "closed", files)
    assert not protections(report)["contact"].authenticated


def _class_urlconf(package: str, routes: dict[str, str]) -> str:
    """A URLconf routing each path to a class-based view of ``package.views``."""
    paths = "".join(f"    path('{p}', views.{view}.as_view()),\n" for p, view in routes.items())
    return f"from django.urls import path\nfrom {package} import views\nurlpatterns = [\n{paths}]\n"


def test_a_drf_permission_that_calls_a_check_of_the_project(tmp_path: Path) -> None:
    """tubearchivist: ``AdminOnly.has_permission`` returns ``check_admin(request.user)``, a
    function of the project that reads ``is_staff`` and the user's groups; ``AdminWriteOnly``
    lets safe methods through only for a signed-in caller
    (``IsAuthenticated().has_permission``). A helper that reads nothing known adds nothing."""
    report = analyze_tree(
        tmp_path,
        {
            "api/__init__.py": "",
            "api/permissions.py": (
                "from rest_framework import permissions\n"
                "def check_admin(user):\n"
                "    return user.is_staff or user.groups.filter(name='admin').exists()\n"
                "def check_weather(user):\n"
                "    return bool(user)\n"
                "class AdminOnly(permissions.BasePermission):\n"
                "    def has_permission(self, request, view):\n"
                "        return check_admin(request.user)\n"
                "class AdminWriteOnly(permissions.BasePermission):\n"
                "    def has_permission(self, request, view):\n"
                "        if request.method in permissions.SAFE_METHODS:\n"
                "            return permissions.IsAuthenticated().has_permission(request, view)\n"
                "        return check_admin(request.user)\n"
                "class Sunny(permissions.BasePermission):\n"
                "    def has_permission(self, request, view):\n"
                "        return check_weather(request.user)\n"
            ),
            "api/views.py": (
                "from rest_framework.views import APIView\n"
                "from api.permissions import AdminOnly, AdminWriteOnly, Sunny\n"
                "class BackupApi(APIView):\n"
                "    permission_classes = [AdminOnly]\n"
                "    def post(self, request):\n"
                "        return None\n"
                "class ChannelApi(APIView):\n"
                "    permission_classes = [AdminWriteOnly]\n"
                "    def get(self, request):\n"
                "        return None\n"
                "    def post(self, request):\n"
                "        return None\n"
                "class WeatherApi(APIView):\n"
                "    permission_classes = [Sunny]\n"
                "    def post(self, request):\n"
                "        return None\n"
            ),
            "api/urls.py": _class_urlconf(
                "api", {"backup": "BackupApi", "channel": "ChannelApi", "weather": "WeatherApi"}
            ),
        },
    )
    read = {name: (p.authenticated, p.role_checked) for name, p in protections(report).items()}
    assert read["BackupApi.post"] == (True, True)
    assert read["ChannelApi.post"] == (True, True)
    assert read["ChannelApi.get"] == (True, False)  # a signed-in caller for safe methods
    assert read["WeatherApi.post"] == (False, False)


def test_a_get_object_that_refuses_who_may_not_change_it(tmp_path: Path) -> None:
    """wafer's ``EditOwnTalksMixin.get_object``: ``if object_.can_edit(self.request.user):
    return object_`` else ``raise PermissionDenied``. Every handler that loads the talk checks
    the caller against it. A visibility test (``can_view``), or a 404, lets anonymous callers
    see public records: it says nothing of signing in."""
    report = analyze_tree(
        tmp_path,
        {
            "talks/__init__.py": "",
            "talks/settings.py": "ROOT_URLCONF = 'talks.urls'\n",
            "talks/urls.py": (
                "from django.urls import path\n"
                "from talks import views\n"
                "urlpatterns = [\n"
                "    path('talks/<int:pk>/edit/', views.TalkUpdate.as_view()),\n"
                "    path('talks/<int:pk>/', views.TalkView.as_view()),\n"
                "    path('posts/<int:pk>/edit/', views.PostUpdate.as_view()),\n"
                "]\n"
            ),
            "talks/views.py": (
                "from django.core.exceptions import PermissionDenied\n"
                "from django.http import Http404\n"
                "from django.views.generic import DetailView, UpdateView\n"
                "class EditOwnTalksMixin:\n"
                "    def get_object(self, *args, **kwargs):\n"
                "        object_ = super().get_object(*args, **kwargs)\n"
                "        if object_.can_edit(self.request.user):\n"
                "            return object_\n"
                "        raise PermissionDenied\n"
                "class TalkUpdate(EditOwnTalksMixin, UpdateView):\n"
                "    def post(self, request, *args, **kwargs):\n"
                "        return None\n"
                "class TalkView(DetailView):\n"
                "    def get_object(self, *args, **kwargs):\n"
                "        object_ = super().get_object(*args, **kwargs)\n"
                "        if not object_.can_view(self.request.user):\n"
                "            raise PermissionDenied\n"
                "        return object_\n"
                "class PostUpdate(UpdateView):\n"
                "    def get_object(self, *args, **kwargs):\n"
                "        post = super().get_object(*args, **kwargs)\n"
                "        if not post.can_edit(self.request.user):\n"
                "            raise Http404()\n"
                "        return post\n"
                "    def post(self, request, *args, **kwargs):\n"
                "        return None\n"
            ),
        },
    )
    found = protections(report)
    update = found["TalkUpdate.post"]
    assert (update.authenticated, update.ownership_checked) == (True, True)
    assert any("EditOwnTalksMixin.get_object refuses" in e for e in update.evidence)
    assert not found["TalkView.get"].authenticated
    assert not found["PostUpdate.post"].authenticated
