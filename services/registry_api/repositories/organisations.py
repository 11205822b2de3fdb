"""SQL for organisations, their approved OMC types, DOMCI designations and EQAA endorsement terms.
Flushes, never commits:
the calling service owns the transaction."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from sqlalchemy import Select, and_, delete, func, or_, select, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from services.registry_api.db.tables import (
    ApprovedQualificationTypeRow,
    DesignationRow,
    EndorsementTermRow,
    OrganisationRow,
    ProviderTypeRow,
)
from shared.schemas.auth import OrganisationKind
from shared.schemas.organisations import (
    Designation,
    DesignationEvent,
    DesignationStatus,
    EndorsementTerm,
    EndorsementTermEvent,
    Organisation,
    OrganisationCreate,
    OrganisationDetails,
)

_approved_types = (
    select(func.array_agg(ApprovedQualificationTypeRow.qualification_type))
    .where(ApprovedQualificationTypeRow.organisation_id == OrganisationRow.id)
    .correlate(OrganisationRow)
    .scalar_subquery()
)


def _organisations() -> Select[Any]:
    return select(OrganisationRow, ProviderTypeRow.eqaa_slug, _approved_types.label("approved")).outerjoin(
        ProviderTypeRow, ProviderTypeRow.code == OrganisationRow.provider_type
    )


def _to_model(row: Any) -> Organisation:
    organisation, eqaa_slug, approved = row
    return Organisation.model_validate(
        {
            **{
                column: getattr(organisation, column)
                for column in Organisation.model_fields
                if hasattr(organisation, column)
            },
            "eqaa_slug": eqaa_slug,
            "approved_qualification_types": sorted(approved or []),
        }
    )


class OrganisationRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def add(self, data: OrganisationCreate, *, ctid: str) -> uuid.UUID | None:
        """Insert; None when the slug or CTID is taken."""
        values = data.model_dump(mode="json") | {"ctid": ctid}
        statement = (
            insert(OrganisationRow)
            .values(id=uuid.uuid4(), **values)
            .on_conflict_do_nothing()
            .returning(OrganisationRow.id)
        )
        return (await self._session.execute(statement)).scalar_one_or_none()

    async def upsert_by_slug(self, data: OrganisationCreate) -> None:
        """Reference data: create, or bring names and kind up to date, keyed on the slug."""
        values = data.model_dump(mode="json", include={"slug", "kind", "name_en", "name_fr"})
        statement = insert(OrganisationRow).values(id=uuid.uuid4(), **values)
        statement = statement.on_conflict_do_update(
            index_elements=[OrganisationRow.slug],
            set_={
                "kind": statement.excluded.kind,
                "name_en": statement.excluded.name_en,
                "name_fr": statement.excluded.name_fr,
                "updated_at": func.now(),
            },
            where=(OrganisationRow.name_en.is_distinct_from(statement.excluded.name_en))
            | (OrganisationRow.name_fr.is_distinct_from(statement.excluded.name_fr))
            | (OrganisationRow.kind != statement.excluded.kind),
        )
        await self._session.execute(statement)

    async def update_details(self, organisation_id: uuid.UUID, details: OrganisationDetails) -> bool:
        changes = details.model_dump(mode="json", exclude_unset=True)
        if not changes:
            return await self.get(organisation_id) is not None
        result = await self._session.execute(
            update(OrganisationRow)
            .where(OrganisationRow.id == organisation_id)
            .values(**changes, updated_at=func.now())
            .returning(OrganisationRow.id)
        )
        return result.scalar_one_or_none() is not None

    async def get(self, organisation_id: uuid.UUID) -> Organisation | None:
        row = (
            await self._session.execute(_organisations().where(OrganisationRow.id == organisation_id))
        ).one_or_none()
        return _to_model(row) if row is not None else None

    async def get_by_slug(self, slug: str) -> Organisation | None:
        row = (
            await self._session.execute(_organisations().where(OrganisationRow.slug == slug))
        ).one_or_none()
        return _to_model(row) if row is not None else None

    async def page(
        self, *, after_slug: str | None, limit: int, kind: OrganisationKind | None
    ) -> list[Organisation]:
        """Up to ``limit`` organisations ordered by slug, strictly after ``after_slug``."""
        statement = _organisations().order_by(OrganisationRow.slug).limit(limit)
        if after_slug is not None:
            statement = statement.where(OrganisationRow.slug > after_slug)
        if kind is not None:
            statement = statement.where(OrganisationRow.kind == kind.value)
        return [_to_model(row) for row in (await self._session.execute(statement)).all()]

    async def replace_approved_types(self, organisation_id: uuid.UUID, codes: list[str]) -> None:
        await self._session.execute(
            delete(ApprovedQualificationTypeRow).where(
                ApprovedQualificationTypeRow.organisation_id == organisation_id,
                ApprovedQualificationTypeRow.qualification_type.not_in(codes),
            )
        )
        if codes:
            await self._session.execute(
                insert(ApprovedQualificationTypeRow)
                .values([{"organisation_id": organisation_id, "qualification_type": code} for code in codes])
                .on_conflict_do_nothing()
            )
        await self._session.execute(
            update(OrganisationRow).where(OrganisationRow.id == organisation_id).values(updated_at=func.now())
        )

    async def add_designation(self, event: DesignationEvent) -> bool:
        """Record a designation event; False when that event id was already applied."""
        statement = (
            insert(DesignationRow)
            .values(event.model_dump())
            .on_conflict_do_nothing(index_elements=[DesignationRow.event_id])
            .returning(DesignationRow.event_id)
        )
        return (await self._session.execute(statement)).scalar_one_or_none() is not None

    async def designation_event(self, event_id: uuid.UUID) -> DesignationEvent | None:
        """The event as it was recorded under ``event_id``, if any."""
        row = await self._session.get(DesignationRow, event_id)
        return DesignationEvent.model_validate(row, from_attributes=True) if row is not None else None

    async def designations(self, organisation_id: uuid.UUID) -> list[Designation]:
        rows = await self._session.scalars(
            select(DesignationRow)
            .where(DesignationRow.organisation_id == organisation_id)
            .order_by(DesignationRow.effective_from, DesignationRow.recorded_at)
        )
        return [Designation.model_validate(row, from_attributes=True) for row in rows]

    async def designation_on(self, organisation_id: uuid.UUID, day: date) -> Designation | None:
        """The designation record in force on ``day``: the latest one (by effective date, then by
        recording) whose period covers the day."""
        row = await self._session.scalar(
            select(DesignationRow)
            .where(
                DesignationRow.organisation_id == organisation_id,
                DesignationRow.effective_from <= day,
                or_(DesignationRow.effective_until.is_(None), DesignationRow.effective_until > day),
            )
            .order_by(DesignationRow.effective_from.desc(), DesignationRow.recorded_at.desc())
            .limit(1)
        )
        return Designation.model_validate(row, from_attributes=True) if row is not None else None

    async def add_endorsement_term(self, event: EndorsementTermEvent) -> bool:
        """Record a decision's term; False when that decision's term was already recorded."""
        statement = (
            insert(EndorsementTermRow)
            .values(event.model_dump(exclude={"event_id"}))
            .on_conflict_do_nothing(index_elements=[EndorsementTermRow.decision_id])
            .returning(EndorsementTermRow.decision_id)
        )
        return (await self._session.execute(statement)).scalar_one_or_none() is not None

    async def close_endorsement_term(self, decision_id: uuid.UUID, superseded_on: date) -> bool:
        """Mark the term superseded on a day, once; False when it already was."""
        statement = (
            update(EndorsementTermRow)
            .where(EndorsementTermRow.decision_id == decision_id, EndorsementTermRow.superseded_on.is_(None))
            .values(superseded_on=superseded_on)
            .returning(EndorsementTermRow.decision_id)
        )
        return (await self._session.execute(statement)).scalar_one_or_none() is not None

    async def endorsement_term(self, decision_id: uuid.UUID) -> tuple[uuid.UUID, EndorsementTerm] | None:
        """The institution and the term recorded for an agency decision, if any."""
        row = await self._session.get(EndorsementTermRow, decision_id, populate_existing=True)
        if row is None:
            return None
        return row.organisation_id, EndorsementTerm.model_validate(row, from_attributes=True)

    async def endorsement_term_on(self, organisation_id: uuid.UUID, day: date) -> EndorsementTerm | None:
        """The endorsement term covering ``day`` (the one running longest, if several)."""
        row = await self._session.scalar(
            select(EndorsementTermRow)
            .where(EndorsementTermRow.organisation_id == organisation_id, _term_covers(day))
            .order_by(EndorsementTermRow.term_end.desc().nulls_first(), EndorsementTermRow.recorded_at.desc())
            .limit(1)
        )
        return EndorsementTerm.model_validate(row, from_attributes=True) if row is not None else None

    async def last_term_before(self, organisation_id: uuid.UUID, day: date) -> EndorsementTerm | None:
        """The endorsement term that ended latest before ``day`` (not cut short by a supersession)."""
        row = await self._session.scalar(
            select(EndorsementTermRow)
            .where(
                EndorsementTermRow.organisation_id == organisation_id,
                EndorsementTermRow.term_end < day,
                or_(
                    EndorsementTermRow.superseded_on.is_(None),
                    EndorsementTermRow.superseded_on > EndorsementTermRow.term_end,
                ),
            )
            .order_by(EndorsementTermRow.term_end.desc())
            .limit(1)
        )
        return EndorsementTerm.model_validate(row, from_attributes=True) if row is not None else None

    async def superseded_term_on(self, organisation_id: uuid.UUID, day: date) -> EndorsementTerm | None:
        """A term that would cover ``day`` had its decision not been superseded by then."""
        row = await self._session.scalar(
            select(EndorsementTermRow)
            .where(
                EndorsementTermRow.organisation_id == organisation_id,
                EndorsementTermRow.term_start <= day,
                or_(EndorsementTermRow.term_end.is_(None), EndorsementTermRow.term_end >= day),
                EndorsementTermRow.superseded_on <= day,
            )
            .order_by(EndorsementTermRow.superseded_on.desc())
            .limit(1)
        )
        return EndorsementTerm.model_validate(row, from_attributes=True) if row is not None else None

    async def has_endorsement_terms(self, organisation_id: uuid.UUID) -> bool:
        found = await self._session.scalar(
            select(EndorsementTermRow.decision_id)
            .where(EndorsementTermRow.organisation_id == organisation_id)
            .limit(1)
        )
        return found is not None


def _term_covers(day: Any) -> Any:
    return and_(
        EndorsementTermRow.term_start <= day,
        or_(EndorsementTermRow.term_end.is_(None), EndorsementTermRow.term_end >= day),
        or_(EndorsementTermRow.superseded_on.is_(None), EndorsementTermRow.superseded_on > day),
    )


def endorsed_on(day: Any) -> Any:
    """SQL condition: an endorsement term of the organisation (OrganisationRow) covers ``day``, or the
    ledger delivered none for it (designations recorded before terms were delivered are read alone)."""
    terms = select(EndorsementTermRow.decision_id).where(
        EndorsementTermRow.organisation_id == OrganisationRow.id
    )
    return or_(
        terms.where(_term_covers(day)).correlate(OrganisationRow).exists(),
        ~terms.correlate(OrganisationRow).exists(),
    )


def in_good_standing_on(day: Any) -> Any:
    """SQL condition: the organisation (OrganisationRow) is a DOMCI in good standing on ``day``.
    The designation in force is the latest covering the day; it must be `designated`; and an
    endorsement term must cover the day (``endorsed_on``)."""
    latest = (
        select(DesignationRow.status)
        .where(
            DesignationRow.organisation_id == OrganisationRow.id,
            DesignationRow.effective_from <= day,
            or_(DesignationRow.effective_until.is_(None), DesignationRow.effective_until > day),
        )
        .order_by(DesignationRow.effective_from.desc(), DesignationRow.recorded_at.desc())
        .limit(1)
        .correlate(OrganisationRow)
        .scalar_subquery()
    )
    return and_(latest == DesignationStatus.DESIGNATED.value, endorsed_on(day))
