"""Everything a standing answer needs, read in one statement: the designation in force, the decision
it cites, the endorsement whose term covers the day (or the last that ended before it), the
version's approval, and the ledger entries of all of them.

The same SQL as the separate lookups (:func:`in_force_on`, :func:`endorsement_on`,
:func:`last_term_before`, :func:`of_version`), each a subquery outer-joined to one row, with the
candidate entries joined last (a row per entry). One round trip instead of seven or eight (BEGIN,
five or six lookups, ROLLBACK), run in autocommit: one statement sees one snapshot, so the answer is
as consistent as the read transaction was, without the transaction's own round trips."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Date, Integer, Select, Uuid, bindparam, literal, or_, select, true
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from services.qa_api.db.tables import ApprovalRow, DecisionRow, DesignationRow, LedgerEntryRow
from services.qa_api.repositories.approvals import of_version, to_approval
from services.qa_api.repositories.designations import in_force_on
from services.qa_api.repositories.ledger import to_entry
from services.qa_api.repositories.reviews import to_decision
from services.qa_api.repositories.standing import endorsement_on, last_term_before
from shared.schemas.approvals import Approval
from shared.schemas.designations import Designation
from shared.schemas.ledger import LedgerEntry
from shared.schemas.reviews import Decision


@dataclass(frozen=True)
class StandingFacts:
    designation: Designation | None
    decision_seq: int | None  # the ledger entry of the decision the designation cites
    endorsement: Decision | None  # whose term covers the day
    ended: Decision | None  # else the endorsement whose term ended latest before the day
    approval: Approval | None
    entries: dict[int, LedgerEntry]  # the ledger entries of all the above, by seq


def _statement(with_version: bool) -> Select[Any]:
    """The statement, with bind parameters ``institution_id`` and ``day`` (and ``micro_credential_id``
    and ``version``): built once per shape, as building it costs more CPU than running it."""
    institution_id = bindparam("institution_id", type_=Uuid())
    day = bindparam("day", type_=Date())
    designation = aliased(DesignationRow, in_force_on(institution_id, day).subquery("designation"))
    decided = aliased(DecisionRow, name="decided")
    endorsement = aliased(DecisionRow, endorsement_on(institution_id, day).subquery("endorsement"))
    ended = aliased(DecisionRow, last_term_before(institution_id, day).subquery("ended"))
    entry = aliased(LedgerEntryRow, name="entry")
    base = select(literal(1).label("one")).subquery("base")
    candidates: list[ColumnElement[bool]] = [
        entry.seq == designation.seq,
        entry.seq == decided.seq,
        entry.seq == endorsement.seq,
    ]
    statement = (
        select(designation, decided.seq, endorsement, ended)
        .select_from(base)
        .outerjoin(designation, true())
        .outerjoin(decided, decided.id == designation.decision_id)
        .outerjoin(endorsement, true())
        .outerjoin(ended, true())
    )
    if with_version:
        version_of = of_version(
            bindparam("micro_credential_id", type_=Uuid()), bindparam("version", type_=Integer())
        )
        approval = aliased(ApprovalRow, version_of.subquery("approval"))
        statement = statement.add_columns(approval).outerjoin(approval, true())
        candidates.append(entry.seq == approval.seq)
    return statement.add_columns(entry).outerjoin(entry, or_(*candidates))


_STATEMENTS = {with_version: _statement(with_version) for with_version in (False, True)}


async def standing_facts(
    session: AsyncSession,
    institution_id: uuid.UUID,
    day: date,
    version_asked: tuple[uuid.UUID, int] | None,
) -> StandingFacts:
    """The facts of ``institution_id`` on ``day`` (and of the version ``version_asked``, a
    micro-credential and its version), in one statement on a connection of its own in autocommit."""
    parameters: dict[str, Any] = {"institution_id": institution_id, "day": day}
    if version_asked is not None:
        parameters |= {"micro_credential_id": version_asked[0], "version": version_asked[1]}
    await session.connection(execution_options={"isolation_level": "AUTOCOMMIT"})
    rows: list[Any] = list((await session.execute(_STATEMENTS[version_asked is not None], parameters)).all())
    first = rows[0]
    designation_row, decision_seq, endorsement_row, ended_row = first[0], first[1], first[2], first[3]
    approval_row = first[4] if version_asked is not None else None
    return StandingFacts(
        designation=(
            Designation.model_validate(designation_row, from_attributes=True)
            if designation_row is not None
            else None
        ),
        decision_seq=decision_seq,
        endorsement=to_decision(endorsement_row) if endorsement_row is not None else None,
        ended=to_decision(ended_row) if ended_row is not None else None,
        approval=to_approval(approval_row) if approval_row is not None else None,
        entries={row[-1].seq: to_entry(row[-1]) for row in rows if row[-1] is not None},
    )
