"""An EQAA endorsement lasts a term (5-7 years), "after which a renewal review would be conducted"
(framework, `000_…`): good standing on a day needs, besides the ministry's designation, an
endorsement of the institution's IQAP whose term covers that day (term_start to term_end, both
included, as the DEQAR view reads it). A renewal review still open when the term ends does not
extend it (docs/quality-reviews.md says why). These checks name the term's end when it has passed."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession

from services.qa_api.repositories.standing import StandingRepository
from shared.errors import UnprocessableInput
from shared.schemas.reviews import Decision

LAPSED = "endorsement_lapsed"


async def covering_endorsement(
    session: AsyncSession, institution_id: uuid.UUID, day: date
) -> tuple[Decision | None, str | None]:
    """The endorsement whose term covers ``day``; or None and why not (naming the term that ended)."""
    repository = StandingRepository(session)
    found = await repository.endorsement_on(institution_id, day)
    if found is not None:
        return found, None
    return None, endorsement_gap(await repository.last_term_before(institution_id, day), day)


def endorsement_gap(ended: Decision | None, day: date) -> str:
    """Why no endorsement covers ``day``, given the one whose term ended latest before it."""
    if ended is not None and ended.term_end is not None:
        return (
            f"the {ended.agency_slug} endorsement's term ended on {ended.term_end.isoformat()} "
            f"(no renewal endorsement covers {day.isoformat()})"
        )
    return f"no EQAA endorsement's term covered {day.isoformat()}"


async def ensure_endorsed_on(
    session: AsyncSession, institution_id: uuid.UUID, day: date, field: str
) -> Decision:
    """422 on ``field``: an IQAP decision dated when no endorsement's term covered the day."""
    found, reason = await covering_endorsement(session, institution_id, day)
    if found is None:
        raise UnprocessableInput.for_field(
            field,
            f"The institution was not a DOMCI in good standing on {day.isoformat()}: {reason}; "
            "no IQAP decision can be dated then.",
            LAPSED,
        )
    return found
