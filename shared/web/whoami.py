"""GET /v1/whoami: every service tells a caller what its token says, to debug integrations."""

from __future__ import annotations

from fastapi import APIRouter

from shared.auth.dependencies import CurrentPrincipal
from shared.schemas.auth import Principal
from shared.web.openapi import problem_responses

router = APIRouter(tags=["auth"])


@router.get(
    "/v1/whoami",
    name="get_caller",
    summary="The caller as this service sees it (organisation and roles from the token)",
    responses=problem_responses(401),
)
async def whoami(principal: CurrentPrincipal) -> Principal:
    return principal
