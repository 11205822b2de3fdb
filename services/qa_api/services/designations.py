"""Becoming a DOMCI, after the EQAA: the institution attests to the ministry that its IQAP was
endorsed; the ministry decides. Each step is one ledger entry and its projection; each ministry
decision but a refusal also queues a DesignationEvent (event_id = the designation's id) that the
outbox relay delivers to the registry, in the same transaction.

Rules:
- An attestation cites the institution's own endorsement (with or without conditions), in force
  (not superseded), and is dated within its term, on or after the decision, not in the future.
- The ministry's decisions follow each other: `designated` when not designated on that day;
  `refused` likewise (an application turned down changes no status and is not sent to the
  registry); `suspended` only when designated; `revoked` and `lapsed` when designated or suspended.
  Otherwise 409. A decision is not dated in the future nor before the institution's latest one.
- Every decision cites the institution's own endorsement decision. A grant also cites the
  institution's attestation of that decision, which must still be in force; the grant starts on or
  after the attestation, within the term, and ends (if it says so) by the term's end.
- `effective_until` only for `designated` and `suspended` (a suspension until a date ends by itself,
  as the registry reads it); revocations and lapses are open-ended.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.qa_api.errors import AttestationNotFound, DesignationNotFound, WorkflowConflict
from services.qa_api.repositories.designations import AttestationRepository, DesignationRepository
from services.qa_api.repositories.outbox import RegistryNotice
from services.qa_api.repositories.reviews import DecisionRepository, ReviewRepository
from services.qa_api.services.organisation_lookup import OrganisationLookup, require_own_institution
from services.qa_api.services.recording import record
from services.qa_api.services.review_rules import Problems
from shared.errors import Forbidden, UnprocessableInput
from shared.schemas.auth import OrganisationKind, Principal
from shared.schemas.designations import (
    Attestation,
    AttestationCreate,
    AttestationPage,
    Designation,
    DesignationCreate,
    DesignationPage,
    MinistryDecision,
)
from shared.schemas.ledger import Subjects
from shared.schemas.organisations import DesignationEvent, DesignationStatus
from shared.schemas.reviews import Decision, DecisionStatus
from shared.web.cursor import decode_position, encode_cursor

ATTESTED = "designation.attested"
DECIDED = "designation.decided"
REGISTRY_PATH = "/internal/v1/designation-events"

# What each decision needs the institution's status (on its effective date) to be.
_ALLOWED_FROM: dict[MinistryDecision, frozenset[str | None]] = {
    MinistryDecision.DESIGNATED: frozenset({None, "suspended", "revoked", "lapsed"}),
    MinistryDecision.REFUSED: frozenset({None, "suspended", "revoked", "lapsed"}),
    MinistryDecision.SUSPENDED: frozenset({"designated"}),
    MinistryDecision.REVOKED: frozenset({"designated", "suspended"}),
    MinistryDecision.LAPSED: frozenset({"designated", "suspended"}),
}


class DesignationService:
    def __init__(self, sessions: async_sessionmaker[AsyncSession], organisations: OrganisationLookup) -> None:
        self._sessions = sessions
        self._organisations = organisations

    async def attest(self, principal: Principal, request: AttestationCreate) -> Attestation:
        institution_id = principal.organisation_id
        require_own_institution(principal, institution_id)
        async with self._sessions.begin() as session:
            await ReviewRepository(session).lock_institution(institution_id)
            decision = await _endorsement(session, request.decision_id, "body.decision_id")
            if decision.institution_id != institution_id:
                raise Forbidden("An institution attests to its own endorsement only.")
            _require_in_force(decision)
            problems = Problems()
            problems.dated(
                "body.attested_on", request.attested_on, after=decision.decided_on, what="the decision"
            )
            _within_term(problems, "body.attested_on", request.attested_on, decision)
            problems.raise_any()
            attestation_id = uuid.uuid4()
            entry = await record(
                session,
                principal,
                event_type=ATTESTED,
                subjects=Subjects(institution_id=institution_id, agency_slug=decision.agency_slug),
                payload={"attestation_id": str(attestation_id), "request": request.model_dump(mode="json")},
            )
            return await AttestationRepository(session).add(
                Attestation(
                    id=attestation_id,
                    institution_id=institution_id,
                    decision_id=decision.id,
                    attested_on=request.attested_on,
                    statement=request.statement,
                    seq=entry.seq,
                )
            )

    async def decide(self, principal: Principal, request: DesignationCreate) -> Designation:
        institution = await self._organisations.get(request.institution_id)
        if institution is None or institution.kind is not OrganisationKind.INSTITUTION:
            raise UnprocessableInput.for_field(
                "body.institution_id",
                "Only an institution in the registry can be designated.",
                "not_an_institution",
            )
        async with self._sessions.begin() as session:
            await ReviewRepository(session).lock_institution(request.institution_id)
            decision = await _endorsement(session, request.decision_id, "body.decision_id")
            if decision.institution_id != request.institution_id:
                raise UnprocessableInput.for_field(
                    "body.decision_id", "That decision is about another institution.", "other_institution"
                )
            designations = DesignationRepository(session)
            await self._check_sequence(designations, request)
            problems = Problems()
            if request.status in (MinistryDecision.DESIGNATED, MinistryDecision.REFUSED):
                await _check_attestation(session, problems, request, decision)
            elif request.attestation_id is not None:
                problems.add(
                    "body.attestation_id", "Only a grant or a refusal cites an attestation.", "unexpected"
                )
            if request.effective_until is not None and request.status not in (
                MinistryDecision.DESIGNATED,
                MinistryDecision.SUSPENDED,
            ):
                problems.add(
                    "body.effective_until", f"A decision '{request.status}' is open-ended.", "unexpected"
                )
            problems.raise_any()
            designation_id = uuid.uuid4()

            def designation_event(seq: int) -> RegistryNotice:
                """What the registry learns of a grant, suspension, revocation or lapse (not of a
                refusal: nothing changes there)."""
                event = DesignationEvent(
                    event_id=designation_id,
                    organisation_id=request.institution_id,
                    status=DesignationStatus(request.status.value),
                    effective_from=request.effective_from,
                    effective_until=request.effective_until,
                    decision_reference=(
                        f"MCU decision '{request.status}' {designation_id} (quality ledger entry "
                        f"{seq}; {decision.agency_slug} decision {decision.id})"
                    ),
                )
                return RegistryNotice(
                    event_id=designation_id,
                    kind="designation",
                    path=REGISTRY_PATH,
                    payload=event.model_dump(mode="json"),
                )

            entry = await record(
                session,
                principal,
                event_type=DECIDED,
                subjects=Subjects(institution_id=request.institution_id, agency_slug=decision.agency_slug),
                payload={"designation_id": str(designation_id), "request": request.model_dump(mode="json")},
                notify=designation_event if request.status is not MinistryDecision.REFUSED else None,
            )
            designation = await designations.add(
                Designation(
                    id=designation_id,
                    institution_id=request.institution_id,
                    status=request.status,
                    effective_from=request.effective_from,
                    effective_until=request.effective_until,
                    decision_id=decision.id,
                    attestation_id=request.attestation_id,
                    reason=request.reason,
                    seq=entry.seq,
                )
            )
        return designation

    @staticmethod
    async def _check_sequence(designations: DesignationRepository, request: DesignationCreate) -> None:
        problems = Problems()
        latest = await designations.latest(request.institution_id)
        problems.dated(
            "body.effective_from",
            request.effective_from,
            after=latest.effective_from if latest else None,
            what="the institution's latest ministry decision",
        )
        problems.raise_any()
        current = await designations.in_force_on(request.institution_id, request.effective_from)
        status = current.status.value if current else None
        if status not in _ALLOWED_FROM[request.status]:
            raise WorkflowConflict(
                f"A decision '{request.status}' is not possible while the institution is "
                f"{status or 'not designated'}.",
                extra={"current_status": status},
            )

    async def attestation(self, attestation_id: uuid.UUID) -> Attestation:
        async with self._sessions() as session:
            found = await AttestationRepository(session).get(attestation_id)
        if found is None:
            raise AttestationNotFound(f"No attestation {attestation_id}.")
        return found

    async def attestations(
        self, *, institution_id: uuid.UUID | None, after: str | None, limit: int
    ) -> AttestationPage:
        position = decode_position(after) if after else 0
        async with self._sessions() as session:
            items = await AttestationRepository(session).page(
                institution_id=institution_id, after=position, limit=limit + 1
            )
        more = len(items) > limit
        return AttestationPage(
            items=items[:limit], next_cursor=encode_cursor(items[limit - 1].seq) if more else None
        )

    async def get(self, designation_id: uuid.UUID) -> Designation:
        async with self._sessions() as session:
            found = await DesignationRepository(session).get(designation_id)
        if found is None:
            raise DesignationNotFound(f"No designation {designation_id}.")
        return found

    async def page(
        self, *, institution_id: uuid.UUID | None, after: str | None, limit: int
    ) -> DesignationPage:
        position = decode_position(after) if after else 0
        async with self._sessions() as session:
            items = await DesignationRepository(session).page(
                institution_id=institution_id, after=position, limit=limit + 1
            )
        more = len(items) > limit
        return DesignationPage(
            items=items[:limit], next_cursor=encode_cursor(items[limit - 1].seq) if more else None
        )


async def _endorsement(session: AsyncSession, decision_id: uuid.UUID, field: str) -> Decision:
    decision = await DecisionRepository(session).get(decision_id)
    if decision is None:
        raise UnprocessableInput.for_field(field, "No such EQAA decision.", "unknown_decision")
    if not decision.outcome.endorses:
        raise UnprocessableInput.for_field(
            field, f"The decision is '{decision.outcome}', not an endorsement.", "not_an_endorsement"
        )
    return decision


def _require_in_force(decision: Decision) -> None:
    if decision.status is not DecisionStatus.IN_FORCE:
        replaced = decision.supersession.replaced_by if decision.supersession else None
        raise WorkflowConflict(
            f"The endorsement {decision.id} was superseded"
            + (f" by decision {replaced}." if replaced else " and nothing replaced it."),
            extra={"replaced_by": str(replaced) if replaced else None},
        )


def _within_term(problems: Problems, field: str, day: date, decision: Decision) -> None:
    start, end = decision.term_start, decision.term_end
    assert start is not None
    assert end is not None
    if not start <= day < end:
        problems.add(
            field,
            f"Outside the endorsement's term ({start.isoformat()} to {end.isoformat()}).",
            "outside_term",
        )


async def _check_attestation(
    session: AsyncSession, problems: Problems, request: DesignationCreate, decision: Decision
) -> None:
    """A grant cites the institution's attestation of this in-force endorsement (a refusal may)."""
    if request.attestation_id is None:
        if request.status is MinistryDecision.DESIGNATED:
            problems.add("body.attestation_id", "A grant cites the institution's attestation.", "missing")
        return
    attestation = await AttestationRepository(session).get(request.attestation_id)
    if attestation is None or attestation.institution_id != request.institution_id:
        problems.add("body.attestation_id", "No such attestation by this institution.", "unknown_attestation")
        return
    if attestation.decision_id != decision.id:
        problems.add("body.attestation_id", "The attestation cites another decision.", "other_decision")
        return
    if request.status is MinistryDecision.DESIGNATED:
        _require_in_force(decision)
        problems.dated(
            "body.effective_from",
            request.effective_from,
            after=attestation.attested_on,
            what="the attestation",
        )
        _within_term(problems, "body.effective_from", request.effective_from, decision)
        assert decision.term_end is not None
        if request.effective_until is not None and request.effective_until > decision.term_end:
            problems.add("body.effective_until", "Not after the endorsement's term.", "after_term")
