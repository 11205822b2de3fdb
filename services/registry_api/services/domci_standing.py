"""Whether an institution is a DOMCI in good standing on a day, as the registry knows it from the
quality ledger's facts: the designation in force must be `designated`, and an EQAA endorsement term
must cover the day (an endorsement lasts a term, "after which a renewal review would be conducted").
An institution for which the ledger delivered no term (designated before terms were delivered) is
read on its designation alone. The catalogue's flag reads the same rule in SQL
(`repositories.organisations.in_good_standing_on`)."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession

from services.registry_api.repositories.organisations import OrganisationRepository
from shared.schemas.organisations import DesignationStatus, DomciStanding


async def standing_on(session: AsyncSession, organisation_id: uuid.UUID, day: date) -> DomciStanding:
    """The standing on ``day`` with the records it rests on, and the reason when not in good standing."""
    repository = OrganisationRepository(session)
    designation = await repository.designation_on(organisation_id, day)
    term = await repository.endorsement_term_on(organisation_id, day)
    reason: str | None = None
    if designation is None:
        reason = f"no DOMCI designation in force on {day.isoformat()}"
    elif designation.status is not DesignationStatus.DESIGNATED:
        reason = f"the designation in force on {day.isoformat()} is {designation.status.value}"
    elif term is None and await repository.has_endorsement_terms(organisation_id):
        reason = await _why_no_term(repository, organisation_id, day)
    return DomciStanding(
        on=day, in_good_standing=reason is None, designation=designation, endorsement_term=term, reason=reason
    )


async def _why_no_term(repository: OrganisationRepository, organisation_id: uuid.UUID, day: date) -> str:
    """Why no endorsement term covers ``day``: one was cut short by its supersession, or the last one
    ended (and no renewal covers the day)."""
    cut_short = await repository.superseded_term_on(organisation_id, day)
    if cut_short is not None and cut_short.superseded_on is not None:
        return (
            f"the EQAA endorsement ({cut_short.decision_reference}) stopped applying on "
            f"{cut_short.superseded_on.isoformat()} (superseded)"
        )
    ended = await repository.last_term_before(organisation_id, day)
    if ended is not None and ended.term_end is not None:
        return (
            f"the EQAA endorsement's term ended on {ended.term_end.isoformat()} "
            f"(no renewal endorsement covers {day.isoformat()})"
        )
    return f"no EQAA endorsement's term covers {day.isoformat()}"
