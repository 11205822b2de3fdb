"""Operator actions on the registry that need no token: the bootstrap of the platform's own clients
(the first admin, and the quality ledger's `ledger` client)."""

from __future__ import annotations

from services.registry_api.services.api_clients import ApiClientService
from services.registry_api.services.organisations import OrganisationService
from services.registry_api.services.reference_data import PLATFORM_OPERATOR_SLUG
from shared.db.engine import create_engine, create_session_factory
from shared.schemas.auth import ApiClientCreate, ApiClientWithSecret, Role


async def create_platform_client(
    registry_database_url: str, *, name: str, role: Role = Role.ADMIN
) -> ApiClientWithSecret:
    """A client of the platform operator with ``role`` (admin or ledger); the secret is in the result
    and nowhere else."""
    engine = create_engine(registry_database_url, pool_size=1, application_name="omc-admin")
    try:
        sessions = create_session_factory(engine)
        operator = await OrganisationService(sessions).get_by_slug(PLATFORM_OPERATOR_SLUG)
        return await ApiClientService(sessions).create(
            None, operator.id, ApiClientCreate(name=name, roles=[role])
        )
    finally:
        await engine.dispose()


async def create_admin_client(registry_database_url: str, *, name: str) -> ApiClientWithSecret:
    return await create_platform_client(registry_database_url, name=name, role=Role.ADMIN)
