"""SQL for organisations. Flushes, never commits: the calling service owns the transaction."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from services.registry_api.db.tables import OrganisationRow
from shared.schemas.auth import OrganisationKind
from shared.schemas.organisations import Organisation, OrganisationCreate


def _to_model(row: OrganisationRow) -> Organisation:
    return Organisation.model_validate(row, from_attributes=True)


class OrganisationRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def add(self, data: OrganisationCreate) -> Organisation | None:
        """Insert; None when the slug is taken."""
        statement = (
            insert(OrganisationRow)
            .values(id=uuid.uuid4(), **data.model_dump())
            .on_conflict_do_nothing(index_elements=[OrganisationRow.slug])
            .returning(OrganisationRow)
        )
        row = (await self._session.execute(statement)).scalar_one_or_none()
        return _to_model(row) if row is not None else None

    async def upsert_by_slug(self, data: OrganisationCreate) -> None:
        """Reference data: create, or bring names and kind up to date, keyed on the slug."""
        statement = insert(OrganisationRow).values(id=uuid.uuid4(), **data.model_dump())
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

    async def get(self, organisation_id: uuid.UUID) -> Organisation | None:
        row = await self._session.get(OrganisationRow, organisation_id)
        return _to_model(row) if row is not None else None

    async def get_by_slug(self, slug: str) -> Organisation | None:
        row = await self._session.scalar(select(OrganisationRow).where(OrganisationRow.slug == slug))
        return _to_model(row) if row is not None else None

    async def page(
        self, *, after_slug: str | None, limit: int, kind: OrganisationKind | None
    ) -> list[Organisation]:
        """Up to ``limit`` organisations ordered by slug, strictly after ``after_slug``."""
        statement = select(OrganisationRow).order_by(OrganisationRow.slug).limit(limit)
        if after_slug is not None:
            statement = statement.where(OrganisationRow.slug > after_slug)
        if kind is not None:
            statement = statement.where(OrganisationRow.kind == kind.value)
        rows = (await self._session.scalars(statement)).all()
        return [_to_model(row) for row in rows]
