"""Who may act on a micro-credential, and the lookups every writer starts with: the owning
institution (only institutions own micro-credentials) and the micro-credential's header."""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from services.registry_api.errors import MicroCredentialNotFound
from services.registry_api.repositories.micro_credentials import (
    MicroCredentialHeader,
    MicroCredentialRepository,
)
from services.registry_api.repositories.organisations import OrganisationRepository
from shared.errors import Forbidden
from shared.schemas.auth import OrganisationKind, Principal, Role
from shared.schemas.organisations import Organisation


def ensure_owner(principal: Principal, organisation_id: uuid.UUID) -> None:
    """Only the owning institution's registrar (role `institution`) writes its micro-credentials."""
    if Role.INSTITUTION in principal.roles and principal.organisation_id == organisation_id:
        return
    raise Forbidden("Only the owning institution's registrar may change this micro-credential.")


def ensure_may_read_drafts(principal: Principal, organisation_id: uuid.UUID) -> None:
    """The owner, the platform operator, and the quality ledger (it checks what it approves)."""
    if principal.roles & {Role.ADMIN, Role.LEDGER}:
        return
    ensure_owner(principal, organisation_id)


def ensure_may_read_conformance(principal: Principal, organisation_id: uuid.UUID) -> None:
    """Conformance reports: the owner and the platform operator only. The quality ledger reads
    drafts to approve them, not an institution's reports (docs/authorisation.md)."""
    if Role.ADMIN in principal.roles:
        return
    ensure_owner(principal, organisation_id)


async def owning_institution(session: AsyncSession, organisation_id: uuid.UUID) -> Organisation:
    organisation = await OrganisationRepository(session).get(organisation_id)
    if organisation is None or organisation.kind is not OrganisationKind.INSTITUTION:
        raise Forbidden("Only institutions own micro-credentials; alternate providers co-award as partners.")
    return organisation


async def existing_header(
    repository: MicroCredentialRepository, micro_credential_id: uuid.UUID, *, lock: bool = False
) -> MicroCredentialHeader:
    header = await repository.header(micro_credential_id, lock=lock)
    if header is None:
        raise MicroCredentialNotFound(f"No micro-credential with id {micro_credential_id}.")
    return header
