"""Standing on a date: was the institution a DOMCI in good standing (designated, with an EQAA
endorsement whose term covers the date), and was a micro-credential
version an approved OMC, with the ledger entries that prove it (the agency's decision, the
designation, the approval) or the reasons why not. And the DEQAR-style view of agency decisions."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.qa_api.repositories.standing import DecisionFilters, StandingRepository
from services.qa_api.repositories.standing_facts import standing_facts
from services.qa_api.services.domci import in_good_standing, standing_reason
from services.qa_api.services.endorsement_terms import endorsement_gap
from shared.errors import UnprocessableInput
from shared.schemas.approvals import Approval
from shared.schemas.reviews import DecisionPage
from shared.schemas.standing import Standing
from shared.web.cursor import decode_position, encode_cursor


class StandingService:
    def __init__(self, sessions: async_sessionmaker[AsyncSession]) -> None:
        self._sessions = sessions

    async def standing(
        self,
        institution_id: uuid.UUID,
        *,
        on: date | None,
        micro_credential_id: uuid.UUID | None,
        version: int | None,
    ) -> Standing:
        if (micro_credential_id is None) != (version is None):
            raise UnprocessableInput.for_field(
                "query.version" if version is None else "query.micro_credential",
                "Give both micro_credential and version, or neither (institution-only standing).",
                "missing",
            )
        day = on or datetime.now(UTC).date()
        reasons: list[str] = []
        seqs: list[int] = []
        approved: bool | None = None
        asked = (
            (micro_credential_id, version)
            if micro_credential_id is not None and version is not None
            else None
        )
        async with self._sessions() as session:
            facts = await standing_facts(session, institution_id, day, asked)
        designation, endorsement, approval = facts.designation, facts.endorsement, facts.approval
        designated = in_good_standing(designation)
        lapse = None if endorsement is not None else endorsement_gap(facts.ended, day)
        domci = designated and endorsement is not None
        if designation is not None:
            decision_seq = facts.decision_seq if designation.decision_id else None
            seqs += ([decision_seq] if decision_seq is not None else []) + [designation.seq]
        if designated and endorsement is not None and endorsement.seq not in seqs:
            seqs.append(endorsement.seq)  # a renewal: the endorsement in force, not the one designated on
        if not designated:
            reasons.append(standing_reason(designation, day))
        elif lapse is not None:
            reasons.append(lapse)
        if asked is not None and version is not None:
            approved, reason = _approved_by(approval, institution_id, version, day)
            if reason:
                reasons.append(reason)
            if approval is not None and approval.institution_id == institution_id:
                seqs.append(approval.seq)
        entries = [facts.entries[seq] for seq in sorted(set(seqs)) if seq in facts.entries]
        return Standing(
            on=day,
            institution_id=institution_id,
            micro_credential_id=micro_credential_id,
            version=version,
            valid=domci and approved is not False,
            domci=domci,
            approved_omc=approved,
            designation=designation,
            approval=approval if approval is not None and approval.institution_id == institution_id else None,
            chain=entries,
            reasons=reasons,
        )

    async def decisions(
        self,
        *,
        valid_on: date | None,
        agency_slug: str | None,
        institution_id: uuid.UUID | None,
        expiring_within_days: int | None,
        after: str | None,
        limit: int,
    ) -> DecisionPage:
        today = datetime.now(UTC).date()
        filters = DecisionFilters(
            valid_on=valid_on,
            agency_slug=agency_slug,
            institution_id=institution_id,
            expiring_between=(
                (today, today + timedelta(days=expiring_within_days))
                if expiring_within_days is not None
                else None
            ),
        )
        position = decode_position(after) if after else 0
        async with self._sessions() as session:
            items = await StandingRepository(session).decisions(filters, after=position, limit=limit + 1)
        more = len(items) > limit
        items = items[:limit]
        return DecisionPage(items=items, next_cursor=encode_cursor(items[-1].seq) if more else None)


def _approved_by(
    approval: Approval | None, institution_id: uuid.UUID, version: int, day: date
) -> tuple[bool, str | None]:
    """Whether the version was an approved OMC of the institution on ``day``, and if not, why."""
    if approval is None:
        return False, f"version {version} has no recorded IQAP approval"
    if approval.institution_id != institution_id:
        return False, f"version {version} was approved by another institution"
    if approval.approved_on > day:
        return False, f"version {version} was approved on {approval.approved_on.isoformat()}, after the date"
    return True, None
