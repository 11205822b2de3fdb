"""FastAPI dependencies: the verified caller, and role requirements per route."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from shared.auth.tokens import TokenVerifier
from shared.errors import Forbidden, Unauthenticated
from shared.schemas.auth import Principal, Role

_bearer = HTTPBearer(auto_error=False, description="Access token from the registry's POST /oauth/token.")


async def current_principal(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Principal:
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise Unauthenticated("An `Authorization: Bearer <token>` header is required.")
    verifier: TokenVerifier = request.app.state.token_verifier
    return await verifier.verify(credentials.credentials)


CurrentPrincipal = Annotated[Principal, Depends(current_principal)]


def require_roles(*roles: Role) -> Callable[[Principal], Awaitable[Principal]]:
    """A dependency that lets through only callers holding one of ``roles``."""
    allowed = frozenset(roles)

    async def check(principal: CurrentPrincipal) -> Principal:
        if not principal.has_any(allowed):
            names = ", ".join(sorted(allowed))
            raise Forbidden(f"This operation needs one of the roles: {names}.")
        return principal

    return check
