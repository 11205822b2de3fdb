"""API clients of organisations: who may manage them, which roles fit which organisation."""

from __future__ import annotations

import secrets
import uuid

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.registry_api.errors import ApiClientNotFound, OrganisationNotFound
from services.registry_api.repositories.api_clients import ApiClientRepository
from services.registry_api.repositories.organisations import OrganisationRepository
from shared.crypto import hash_client_secret, new_client_secret
from shared.errors import Forbidden, UnprocessableInput
from shared.schemas.auth import (
    ROLES_BY_KIND,
    ApiClient,
    ApiClientCreate,
    ApiClientWithSecret,
    Principal,
    Role,
)


def ensure_may_manage_clients(principal: Principal, organisation_id: uuid.UUID) -> None:
    """The platform admin manages every organisation's clients; an institution's registrar its own."""
    if Role.ADMIN in principal.roles:
        return
    if Role.INSTITUTION in principal.roles and principal.organisation_id == organisation_id:
        return
    raise Forbidden(
        "Only the platform admin or the organisation's own institution client may manage its clients."
    )


class ApiClientService:
    def __init__(self, sessions: async_sessionmaker[AsyncSession]) -> None:
        self._sessions = sessions

    async def create(
        self, principal: Principal | None, organisation_id: uuid.UUID, data: ApiClientCreate
    ) -> ApiClientWithSecret:
        """``principal`` None means the trusted operator CLI (bootstrap of the first admin client)."""
        if principal is not None:
            ensure_may_manage_clients(principal, organisation_id)
        secret = new_client_secret()
        async with self._sessions.begin() as session:
            organisation = await OrganisationRepository(session).get(organisation_id)
            if organisation is None:
                raise OrganisationNotFound(f"No organisation with id {organisation_id}.")
            allowed = ROLES_BY_KIND[organisation.kind]
            misfits = sorted(role.value for role in data.roles if role not in allowed)
            if misfits:
                raise UnprocessableInput.for_field(
                    "body.roles",
                    f"A {organisation.kind.value} organisation cannot hold the roles: {', '.join(misfits)} "
                    f"(allowed: {', '.join(sorted(allowed))}).",
                    code="role_not_allowed_for_organisation",
                )
            client = await ApiClientRepository(session).add(
                client_id=f"omc_{secrets.token_hex(10)}",
                organisation_id=organisation_id,
                name=data.name,
                roles=data.roles,
                secret_hash=hash_client_secret(secret),
            )
        return ApiClientWithSecret(**client.model_dump(), client_secret=secret)

    async def list_for(self, principal: Principal, organisation_id: uuid.UUID) -> list[ApiClient]:
        ensure_may_manage_clients(principal, organisation_id)
        async with self._sessions() as session:
            if await OrganisationRepository(session).get(organisation_id) is None:
                raise OrganisationNotFound(f"No organisation with id {organisation_id}.")
            return await ApiClientRepository(session).list_for(organisation_id)

    async def revoke(self, principal: Principal, organisation_id: uuid.UUID, client_id: str) -> ApiClient:
        ensure_may_manage_clients(principal, organisation_id)
        async with self._sessions.begin() as session:
            client = await ApiClientRepository(session).revoke(
                organisation_id=organisation_id, client_id=client_id
            )
        if client is None:
            raise ApiClientNotFound(f"Organisation {organisation_id} has no client {client_id}.")
        return client
