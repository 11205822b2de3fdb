"""Who may act through an institution's IQAP, and when: its own QA office (role `institution`),
while the institution is a DOMCI in good standing according to qa_api's own designations (the
source of truth; the registry holds a copy)."""

from __future__ import annotations

import uuid
from datetime import date

from services.qa_api.errors import NotADomci
from services.qa_api.repositories.designations import DesignationRepository
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
    repository: DesignationRepository, institution_id: uuid.UUID, today: date
) -> Designation:
    """403: an institution that is not a DOMCI in good standing today cannot record IQAP decisions,
    even ones dated in an earlier period of good standing."""
    designation = await repository.in_force_on(institution_id, today)
    if not in_good_standing(designation):
        raise NotADomci(
            f"The institution is not a DOMCI in good standing today ({standing_reason(designation, today)})."
        )
    assert designation is not None
    return designation


async def ensure_domci_on(
    repository: DesignationRepository, institution_id: uuid.UUID, day: date, field: str
) -> Designation:
    """422 on ``field``: an IQAP decision dated outside a period of good standing."""
    designation = await repository.in_force_on(institution_id, day)
    if not in_good_standing(designation):
        raise UnprocessableInput.for_field(
            field,
            f"The institution was not a DOMCI in good standing on {day.isoformat()} "
            f"({standing_reason(designation, day)}); no IQAP decision can be dated then.",
            "outside_designation",
        )
    assert designation is not None
    return designation


def ensure_not_future(day: date, today: date, field: str) -> None:
    if day > today:
        raise UnprocessableInput.for_field(field, "The date cannot be in the future.", "date_in_future")
