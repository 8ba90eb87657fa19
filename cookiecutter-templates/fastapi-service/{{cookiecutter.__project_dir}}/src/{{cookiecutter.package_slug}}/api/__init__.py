"""All the service's routers, joined in one ``api_router`` that ``main`` includes."""

from __future__ import annotations

from fastapi import APIRouter

from {{ cookiecutter.package_slug }}.api.routes import me

api_router = APIRouter()
api_router.include_router(me.router)
