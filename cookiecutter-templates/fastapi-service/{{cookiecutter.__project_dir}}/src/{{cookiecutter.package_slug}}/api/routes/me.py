"""``GET /me``: the smallest guarded endpoint, showing who the service thinks you are."""

from __future__ import annotations

from fastapi import APIRouter
from pydantic import BaseModel
from scaffold.contracts import auth, contract, returns
from scaffold.contracts.fastapi import Caller

router = APIRouter(tags=["session"])


class Me(BaseModel):
    user_id: str
    roles: list[str]


@router.get("/me", response_model=Me)
@contract(requires=[auth("user")], ensures=[returns(Me)], layer="presentation")
async def read_me(context: Caller) -> Me:
    """The signed-in caller: 401 without credentials."""
    return Me(user_id=str(context.user_id), roles=sorted(context.roles))
