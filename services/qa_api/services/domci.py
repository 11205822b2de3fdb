"""Who may act through an institution's IQAP, and when: its own QA office (role `institution`),
while the institution is a DOMCI in good standing according to qa_api's own designations (the
source of truth; the registry holds a copy) and an EQAA endorsement whose term covers the day
(services/endorsement_terms.py)."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession

from services.qa_api.errors import NotADomci
from services.qa_api.repositories.designations import DesignationRepository
from services.qa_api.services.endorsement_terms import covering_endorsement, ensure_endorsed_on
from shared.errors import Forbidden, UnprocessableInput
from shared.schemas.auth import Principal, Role
from shared.schemas.designations import Designation, MinistryDecision


def ensure_qa_office(principal: Principal, institution_id: uuid.UUID) -> None:
    """Only the institution's own QA office (a client with role `institution` of that organisation)."""
    if Role.INSTITUTION in principal.roles and principal.organisation_id == institution_id:
        return
    raise Forbidden("Only the institution's own QA office (role `institution`) records its IQAP decisions.")


def in_good_standing(designation: Designation | None) -> bool:
    return designation is not None and designation.status is MinistryDecision.DESIGNATED


def standing_reason(designation: Designation | None, day: date) -> str:
    """Why the institution was not in good standing on ``day``."""
    if designation is None:
        return f"no designation covered {day.isoformat()}"
    until = f" until {designation.effective_until.isoformat()}" if designation.effective_until else ""
    return f"designation {designation.status.value} from {designation.effective_from.isoformat()}{until}"


async def ensure_domci_today(
    session: AsyncSession,
    institution_id: uuid.UUID,
    today: date,
    *,
    dated: date | None = None,
    field: str = "",
) -> Designation:
    """403: an institution that is not a DOMCI in good standing today (not designated, or its
    endorsement's term over) cannot record IQAP decisions, even ones dated in an earlier period of
    good standing. With ``dated`` (the decision's date, in ``field``), a designated institution
    whose endorsement's term did not cover that date gets 422 on ``field`` naming the term's end."""
    designations = DesignationRepository(session)
    designation = await designations.in_force_on(institution_id, today)
    if not in_good_standing(designation):
        raise NotADomci(
            f"The institution is not a DOMCI in good standing today ({standing_reason(designation, today)})."
        )
    if dated is not None and in_good_standing(await designations.in_force_on(institution_id, dated)):
        # Designated then, yet no endorsement's term covered the date: 422 naming the term's end.
        # (A date outside a designation is the caller's own check, with the designation's reason.)
        await ensure_endorsed_on(session, institution_id, dated, field)
    endorsement, lapse = await covering_endorsement(session, institution_id, today)
    if endorsement is None:
        raise NotADomci(f"The institution is not a DOMCI in good standing today ({lapse}).")
    assert designation is not None
    return designation


async def ensure_domci_on(
    session: AsyncSession, institution_id: uuid.UUID, day: date, field: str
) -> Designation:
    """422 on ``field``: an IQAP decision dated outside a period of good standing (designation and
    endorsement term)."""
    designation = await DesignationRepository(session).in_force_on(institution_id, day)
    if not in_good_standing(designation):
        raise UnprocessableInput.for_field(
            field,
            f"The institution was not a DOMCI in good standing on {day.isoformat()} "
            f"({standing_reason(designation, day)}); no IQAP decision can be dated then.",
            "outside_designation",
        )
    await ensure_endorsed_on(session, institution_id, day, field)
    assert designation is not None
    return designation


def ensure_not_future(day: date, today: date, field: str) -> None:
    if day > today:
        raise UnprocessableInput.for_field(field, "The date cannot be in the future.", "date_in_future")
