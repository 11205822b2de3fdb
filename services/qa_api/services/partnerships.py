"""Partnership reviews: a DOMCI's IQAP reviews an alternate provider's program and the partnership
(joint delivery or delivery by the partner). An approved review, valid on the approval date, is what
lets a version name that partner (co-awarding or delivering) when the DOMCI approves it as an OMC."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.qa_api.errors import PartnershipNotFound
from services.qa_api.repositories.partnerships import PartnershipRepository
from services.qa_api.services.domci import (
    ensure_domci_on,
    ensure_domci_today,
    ensure_not_future,
    ensure_qa_office,
)
from services.qa_api.services.recording import record
from services.qa_api.services.registry_facts import RegistryFacts
from shared.errors import UnprocessableInput
from shared.schemas.auth import OrganisationKind, Principal
from shared.schemas.ledger import Subjects
from shared.schemas.partnerships import Partnership, PartnershipPage, PartnershipReviewCreate
from shared.web.cursor import decode_position, encode_cursor

EVENT_TYPE = "partnership.reviewed"


class PartnershipService:
    def __init__(self, sessions: async_sessionmaker[AsyncSession], facts: RegistryFacts) -> None:
        self._sessions = sessions
        self._facts = facts

    async def review(
        self, principal: Principal, institution_id: uuid.UUID, data: PartnershipReviewCreate
    ) -> Partnership:
        ensure_qa_office(principal, institution_id)
        today = datetime.now(UTC).date()
        ensure_not_future(data.reviewed_on, today, "body.reviewed_on")
        async with self._sessions() as session:
            await ensure_domci_today(
                session, institution_id, today, dated=data.reviewed_on, field="body.reviewed_on"
            )
        partner = await self._facts.organisation(data.partner_id)
        if partner is None or partner.kind is not OrganisationKind.ALTERNATE_PROVIDER:
            raise UnprocessableInput.for_field(
                "body.partner_id",
                "The partner must be an alternate provider registered in the registry.",
                "not_an_alternate_provider",
            )
        async with self._sessions.begin() as session:
            await ensure_domci_today(session, institution_id, today)
            await ensure_domci_on(session, institution_id, data.reviewed_on, "body.reviewed_on")
            partnership_id = uuid.uuid4()
            entry = await record(
                session,
                principal,
                event_type=EVENT_TYPE,
                subjects=Subjects(institution_id=institution_id),
                payload={"partnership_id": str(partnership_id), **data.model_dump(mode="json")},
            )
            return await PartnershipRepository(session).add(
                Partnership(
                    id=partnership_id, institution_id=institution_id, seq=entry.seq, **data.model_dump()
                )
            )

    async def get(self, partnership_id: uuid.UUID) -> Partnership:
        async with self._sessions() as session:
            found = await PartnershipRepository(session).get(partnership_id)
        if found is None:
            raise PartnershipNotFound(f"No partnership review {partnership_id}.")
        return found

    async def page(
        self,
        *,
        institution_id: uuid.UUID | None,
        partner_id: uuid.UUID | None,
        after: str | None,
        limit: int,
    ) -> PartnershipPage:
        position = decode_position(after) if after else 0
        async with self._sessions() as session:
            items = await PartnershipRepository(session).page(
                institution_id=institution_id, partner_id=partner_id, after=position, limit=limit + 1
            )
        more = len(items) > limit
        items = items[:limit]
        return PartnershipPage(items=items, next_cursor=encode_cursor(items[-1].seq) if more else None)
