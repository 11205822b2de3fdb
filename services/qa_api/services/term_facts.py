"""The registry keeps its own copy of DOMCI standing, so it must know each EQAA endorsement's term,
not only the ministry's designation (standing on a day needs both; `endorsement_terms.py`). Every
endorsing decision queues its term for the registry, and its supersession queues the day it stopped
applying, in the caller's transaction (the outbox relay delivers them)."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession

from services.qa_api.repositories.reviews import DecisionRepository
from services.qa_api.services.recording import notify_registry
from shared.schemas.ledger import LedgerEntry
from shared.schemas.organisations import EndorsementTermEvent
from shared.schemas.reviews import Decision

REGISTRY_PATH = "/internal/v1/endorsement-terms"


async def deliver_term(
    session: AsyncSession,
    entry: LedgerEntry,
    decision: Decision,
    *,
    superseded_on: date | None = None,
) -> None:
    """Queue ``decision``'s term for the registry (nothing for a decision that does not endorse): from
    its term's start (or the day it replaced its predecessor, if later) to its end; with
    ``superseded_on``, the day it stopped applying. Call after recording the supersessions."""
    if not decision.outcome.endorses or decision.term_start is None:
        return
    replacing_from = await DecisionRepository(session).replaced_on(decision.id)
    starts = max(decision.term_start, decision.decided_on, replacing_from or decision.term_start)
    if decision.term_end is not None and starts > decision.term_end:
        return  # replaced after its term ended: it never counts
    event = EndorsementTermEvent(
        event_id=uuid.uuid4(),
        decision_id=decision.id,
        organisation_id=decision.institution_id,
        term_start=starts,
        term_end=decision.term_end,
        superseded_on=superseded_on,
        decision_reference=(
            f"{decision.agency_slug} decision '{decision.outcome}' {decision.id} "
            f"(quality ledger entry {entry.seq})"
        ),
    )
    await notify_registry(
        session,
        entry,
        event_id=event.event_id,
        kind="endorsement_term",
        path=REGISTRY_PATH,
        payload=event.model_dump(mode="json"),
    )
