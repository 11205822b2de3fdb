"""Operator actions on the registry that need no token: the bootstrap of the platform's own clients
(the first admin, and the quality ledger's `ledger` client), and keeping the clients `omc run` uses
in the data directory so that each run reuses them instead of piling up new ones."""

from __future__ import annotations

import json
import os
from pathlib import Path

from services.registry_api.repositories.api_clients import ApiClientRepository
from services.registry_api.services.api_clients import ApiClientService
from services.registry_api.services.organisations import OrganisationService
from services.registry_api.services.reference_data import PLATFORM_OPERATOR_SLUG
from shared.crypto import client_secret_matches
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


def _read_kept(path: Path) -> tuple[str, str] | None:
    try:
        stored = json.loads(path.read_text())
        return str(stored["client_id"]), str(stored["client_secret"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _write_kept(path: Path, client_id: str, client_secret: str) -> None:
    """Written owner-only (0600) from the first byte: the file holds a secret."""
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w") as file:
        json.dump({"client_id": client_id, "client_secret": client_secret}, file)
    path.chmod(0o600)


async def kept_platform_client(
    registry_database_url: str, path: Path, *, name: str, role: Role
) -> tuple[str, str, bool]:
    """(client_id, client_secret, reused): the platform client kept in ``path`` when it is still
    active, holds ``role`` and its secret matches; otherwise a new one, written to ``path``, and the
    kept one (if any) revoked, so at most one such client is live per data directory."""
    kept = _read_kept(path)
    engine = create_engine(registry_database_url, pool_size=1, application_name="omc-admin")
    try:
        sessions = create_session_factory(engine)
        async with sessions() as session:
            active = await ApiClientRepository(session).active_credentials(kept[0]) if kept else None
        if (
            kept is not None
            and active is not None
            and role in active.roles
            and client_secret_matches(kept[1], active.secret_hash)
        ):
            return kept[0], kept[1], True
        operator = await OrganisationService(sessions).get_by_slug(PLATFORM_OPERATOR_SLUG)
        created = await ApiClientService(sessions).create(
            None, operator.id, ApiClientCreate(name=name, roles=[role])
        )
        if active is not None:
            async with sessions.begin() as session:
                await ApiClientRepository(session).revoke(
                    organisation_id=active.organisation_id, client_id=active.client_id
                )
    finally:
        await engine.dispose()
    _write_kept(path, created.client_id, created.client_secret)
    return created.client_id, created.client_secret, False
