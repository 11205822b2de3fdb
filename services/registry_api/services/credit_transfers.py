"""OMC+: credit-transfer agreements and precedents recorded against a micro-credential, by its owner
or by the receiving institution. A current one makes the catalogue entry OMC+."""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.registry_api.repositories.micro_credentials import MicroCredentialRepository
from services.registry_api.repositories.organisations import OrganisationRepository
from services.registry_api.services.ownership import existing_header
from shared.errors import Forbidden, UnprocessableInput
from shared.schemas.auth import OrganisationKind, Principal, Role
from shared.schemas.micro_credentials import CreditTransfer, CreditTransferCreate


class CreditTransferService:
    def __init__(self, sessions: async_sessionmaker[AsyncSession]) -> None:
        self._sessions = sessions

    async def add(
        self, principal: Principal, micro_credential_id: uuid.UUID, data: CreditTransferCreate
    ) -> CreditTransfer:
        """Record an agreement or precedent; the catalogue entry changes with it (change feed)."""
        async with self._sessions.begin() as session:
            repository = MicroCredentialRepository(session)
            header = await existing_header(repository, micro_credential_id, lock=True)
            receiving = data.receiving_institution_id
            if (
                principal.organisation_id not in {header.organisation_id, receiving}
                or Role.INSTITUTION not in principal.roles
            ):
                raise Forbidden("Only the owning or the receiving institution may record credit transfer.")
            if receiving is not None:
                organisation = await OrganisationRepository(session).get(receiving)
                if organisation is None or organisation.kind is not OrganisationKind.INSTITUTION:
                    raise UnprocessableInput.for_field(
                        "body.receiving_institution_id", "Not a registered institution.", "not_an_institution"
                    )
            transfer = await repository.add_credit_transfer(micro_credential_id, data)
            await repository.touch(micro_credential_id)
            if header.published_version is not None:
                await repository.record_change(
                    micro_credential_id, kind="upsert", version=header.published_version
                )
            return transfer
