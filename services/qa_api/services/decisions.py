"""Agencies' decisions after the fact. A decision row is never changed except to mark it superseded:
every later event is one ledger entry that supersedes the decision in force (status `superseded`,
`superseded_by_seq` = that entry) and, unless the event ends it, adds the decision that replaces it.

- A condition met or not met (`decision.condition_updated`): the replacement keeps the outcome, the
  dates and the term, with that condition's new status; so each state of the conditions stays
  readable. Only open conditions change (409 otherwise).
- An appeal outcome (`decision.superseded`, kind `appeal`) must change the outcome (an appeal that
  upholds the decision leaves it in force, nothing to record here); the replacement is decided on
  the appeal's date, with its own term.
- The withdrawal of an endorsement (`decision.superseded`, kind `withdrawal`): nothing replaces it.
"""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.qa_api.errors import DecisionNotFound, WorkflowConflict
from services.qa_api.repositories.reviews import DecisionRepository, NewDecision, ReviewRepository
from services.qa_api.services.organisation_lookup import OrganisationLookup
from services.qa_api.services.recording import record
from services.qa_api.services.review_rules import Problems, check_outcome
from services.qa_api.services.term_facts import deliver_term
from shared.schemas.auth import Principal
from shared.schemas.ledger import Subjects
from shared.schemas.reviews import (
    ConditionStatus,
    ConditionUpdate,
    Decision,
    DecisionPage,
    DecisionStatus,
    ReviewStatus,
    Supersession,
    SupersessionCreate,
    SupersessionKind,
    SupersessionResult,
)
from shared.web.cursor import decode_position, encode_cursor

CONDITION_UPDATED = "decision.condition_updated"
SUPERSEDED = "decision.superseded"


class DecisionService:
    def __init__(self, sessions: async_sessionmaker[AsyncSession], organisations: OrganisationLookup) -> None:
        self._sessions = sessions
        self._organisations = organisations

    async def update_condition(
        self, principal: Principal, decision_id: uuid.UUID, request: ConditionUpdate
    ) -> Decision:
        await self._authorise(principal, decision_id)
        async with self._sessions.begin() as session:
            decisions = DecisionRepository(session)
            current = await _in_force(decisions, decision_id)
            index = next(
                (i for i, item in enumerate(current.conditions) if item.id == request.condition_id), None
            )
            problems = Problems()
            if index is None:
                problems.add("body.condition_id", "The decision has no such condition.", "unknown_condition")
                problems.raise_any()
            assert index is not None
            if current.conditions[index].status is not ConditionStatus.OPEN:
                raise WorkflowConflict(
                    f"Condition '{request.condition_id}' is already {current.conditions[index].status}."
                )
            problems.dated(
                "body.recorded_on", request.recorded_on, after=current.decided_on, what="the decision"
            )
            problems.raise_any()
            replacement_id = uuid.uuid4()
            entry = await record(
                session,
                principal,
                event_type=CONDITION_UPDATED,
                subjects=_subjects(current),
                payload=_payload(current.id, replacement_id, request.model_dump(mode="json")),
            )
            conditions = [item.model_dump(mode="json") for item in current.conditions]
            conditions[index].update(
                status=request.status.value,
                evidence=request.evidence.model_dump(mode="json"),
                status_on=request.recorded_on.isoformat(),
            )
            replacement = await decisions.add(
                _new(current, replacement_id, seq=entry.seq, conditions=conditions)
            )
            await decisions.supersede(
                current.id,
                seq=entry.seq,
                supersession=Supersession(
                    kind="condition_update", recorded_on=request.recorded_on, replaced_by=replacement_id
                ),
            )
            await deliver_term(session, entry, current, superseded_on=request.recorded_on)
            await deliver_term(session, entry, replacement)
            await ReviewRepository(session).advance(
                current.review_id, status=ReviewStatus.DECIDED, seq=entry.seq
            )
        return replacement

    async def supersede(
        self, principal: Principal, decision_id: uuid.UUID, request: SupersessionCreate
    ) -> SupersessionResult:
        await self._authorise(principal, decision_id)
        async with self._sessions.begin() as session:
            decisions = DecisionRepository(session)
            current = await _in_force(decisions, decision_id)
            problems = Problems()
            problems.dated(
                "body.recorded_on", request.recorded_on, after=current.decided_on, what="the decision"
            )
            if request.kind is SupersessionKind.WITHDRAWAL:
                _check_withdrawal(problems, current, request)
            elif request.outcome is None:
                problems.add(
                    "body.outcome", "An appeal outcome names the decision after the appeal.", "missing"
                )
            elif request.outcome is current.outcome:
                problems.add(
                    "body.outcome",
                    "An appeal that upholds the decision leaves it in force; nothing supersedes it.",
                    "unchanged",
                )
            else:
                check_outcome(
                    problems,
                    outcome=request.outcome,
                    decided_on=request.recorded_on,
                    term_start=request.term_start,
                    term_end=request.term_end,
                    conditions=request.conditions,
                )
            problems.raise_any()
            replacement_id = uuid.uuid4() if request.kind is SupersessionKind.APPEAL else None
            entry = await record(
                session,
                principal,
                event_type=SUPERSEDED,
                subjects=_subjects(current),
                payload=_payload(current.id, replacement_id, request.model_dump(mode="json")),
            )
            replacement = None
            if replacement_id is not None and request.outcome is not None:
                replacement = await decisions.add(
                    NewDecision(
                        id=replacement_id,
                        review_id=current.review_id,
                        institution_id=current.institution_id,
                        agency_slug=current.agency_slug,
                        outcome=request.outcome.value,
                        decided_on=request.recorded_on,
                        term_start=request.term_start,
                        term_end=request.term_end,
                        conditions=[
                            {**item.model_dump(mode="json"), "status": "open"} for item in request.conditions
                        ],
                        seq=entry.seq,
                    )
                )
            await decisions.supersede(
                current.id,
                seq=entry.seq,
                supersession=Supersession(
                    kind=request.kind.value,
                    recorded_on=request.recorded_on,
                    reason=request.reason,
                    replaced_by=replacement_id,
                ),
            )
            await deliver_term(session, entry, current, superseded_on=request.recorded_on)
            if replacement is not None:
                await deliver_term(session, entry, replacement)
            await ReviewRepository(session).advance(
                current.review_id, status=ReviewStatus.DECIDED, seq=entry.seq
            )
            superseded = await decisions.get(current.id)
        assert superseded is not None
        return SupersessionResult(superseded=superseded, replacement=replacement)

    async def get(self, decision_id: uuid.UUID) -> Decision:
        async with self._sessions() as session:
            decision = await DecisionRepository(session).get(decision_id)
        if decision is None:
            raise DecisionNotFound(f"No decision {decision_id}.")
        return decision

    async def page(
        self,
        *,
        institution_id: uuid.UUID | None,
        agency_slug: str | None,
        status: DecisionStatus | None,
        after: str | None,
        limit: int,
    ) -> DecisionPage:
        position = decode_position(after) if after else 0
        async with self._sessions() as session:
            items = await DecisionRepository(session).page(
                institution_id=institution_id,
                agency_slug=agency_slug,
                status=status,
                after=position,
                limit=limit + 1,
            )
        has_more = len(items) > limit
        items = items[:limit]
        return DecisionPage(items=items, next_cursor=encode_cursor(items[-1].seq) if has_more else None)

    async def _authorise(self, principal: Principal, decision_id: uuid.UUID) -> None:
        decision = await self.get(decision_id)
        await self._organisations.require_agency(principal, decision.agency_slug)


async def _in_force(decisions: DecisionRepository, decision_id: uuid.UUID) -> Decision:
    decision = await decisions.get(decision_id, for_update=True)
    if decision is None:
        raise DecisionNotFound(f"No decision {decision_id}.")
    if decision.status is DecisionStatus.SUPERSEDED:
        raise WorkflowConflict(
            f"Decision {decision_id} was superseded (ledger entry {decision.superseded_by_seq}); "
            "act on the decision in force.",
            extra={"superseded_by_seq": decision.superseded_by_seq},
        )
    return decision


def _check_withdrawal(problems: Problems, current: Decision, request: SupersessionCreate) -> None:
    if not current.outcome.endorses:
        raise WorkflowConflict(f"Only an endorsement can be withdrawn; this decision is '{current.outcome}'.")
    for field, value in (
        ("outcome", request.outcome),
        ("term_start", request.term_start),
        ("term_end", request.term_end),
    ):
        if value is not None:
            problems.add(f"body.{field}", "A withdrawal leaves no decision in force.", "unexpected")
    if request.conditions:
        problems.add("body.conditions", "A withdrawal leaves no decision in force.", "unexpected")


def _new(
    current: Decision, decision_id: uuid.UUID, *, seq: int, conditions: list[dict[str, object]]
) -> NewDecision:
    return NewDecision(
        id=decision_id,
        review_id=current.review_id,
        institution_id=current.institution_id,
        agency_slug=current.agency_slug,
        outcome=current.outcome.value,
        decided_on=current.decided_on,
        term_start=current.term_start,
        term_end=current.term_end,
        conditions=conditions,
        seq=seq,
    )


def _subjects(decision: Decision) -> Subjects:
    return Subjects(institution_id=decision.institution_id, agency_slug=decision.agency_slug)


def _payload(
    decision_id: uuid.UUID, replacement_id: uuid.UUID | None, request: dict[str, object]
) -> dict[str, object]:
    return {
        "decision_id": str(decision_id),
        "replacement_id": str(replacement_id) if replacement_id else None,
        "request": request,
    }
