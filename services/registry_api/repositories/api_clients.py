"""SQL for API clients (OAuth2 client-credentials clients of organisations)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from services.registry_api.db.tables import ApiClientRow, OrganisationRow
from shared.schemas.auth import ApiClient, OrganisationKind, Role


@dataclass(frozen=True)
class ClientCredentials:
    """What the token endpoint needs to authenticate a client and fill its token."""

    client_id: str
    secret_hash: str
    organisation_id: uuid.UUID
    organisation_kind: OrganisationKind
    roles: frozenset[Role]


def _to_model(row: ApiClientRow) -> ApiClient:
    return ApiClient.model_validate(row, from_attributes=True)


class ApiClientRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def add(
        self, *, client_id: str, organisation_id: uuid.UUID, name: str, roles: list[Role], secret_hash: str
    ) -> ApiClient:
        row = ApiClientRow(
            client_id=client_id,
            organisation_id=organisation_id,
            name=name,
            roles=[role.value for role in roles],
            secret_hash=secret_hash,
        )
        self._session.add(row)
        await self._session.flush()
        await self._session.refresh(row)
        return _to_model(row)

    async def list_for(self, organisation_id: uuid.UUID) -> list[ApiClient]:
        rows = await self._session.scalars(
            select(ApiClientRow)
            .where(ApiClientRow.organisation_id == organisation_id)
            .order_by(ApiClientRow.created_at)
        )
        return [_to_model(row) for row in rows]

    async def revoke(self, *, organisation_id: uuid.UUID, client_id: str) -> ApiClient | None:
        row = await self._session.scalar(
            update(ApiClientRow)
            .where(ApiClientRow.client_id == client_id, ApiClientRow.organisation_id == organisation_id)
            .values(revoked_at=func.coalesce(ApiClientRow.revoked_at, func.now()))
            .returning(ApiClientRow)
        )
        return _to_model(row) if row is not None else None

    async def active_credentials(self, client_id: str) -> ClientCredentials | None:
        row = (
            await self._session.execute(
                select(ApiClientRow, OrganisationRow.kind)
                .join(OrganisationRow, OrganisationRow.id == ApiClientRow.organisation_id)
                .where(ApiClientRow.client_id == client_id, ApiClientRow.revoked_at.is_(None))
            )
        ).one_or_none()
        if row is None:
            return None
        client, kind = row
        return ClientCredentials(
            client_id=client.client_id,
            secret_hash=client.secret_hash,
            organisation_id=client.organisation_id,
            organisation_kind=OrganisationKind(kind),
            roles=frozenset(Role(role) for role in client.roles),
        )
