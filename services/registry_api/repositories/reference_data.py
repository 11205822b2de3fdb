"""SQL for the framework's reference data (OQF levels, OMC types, provider types, eligibility)."""

from __future__ import annotations

from sqlalchemy import delete, select, tuple_
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from services.registry_api.db.tables import (
    EligibilityRow,
    OqfLevelRow,
    ProviderTypeRow,
    QualificationTypeRow,
    ReferenceDataVersionRow,
)
from shared.schemas.auth import OrganisationKind
from shared.schemas.reference import (
    OqfLevel,
    ProviderType,
    QualificationType,
    ReferenceDataSet,
    ReferenceDataVersion,
)


class ReferenceDataRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def replace_framework(self, data: ReferenceDataSet) -> None:
        """Upsert every row of the file; eligibility pairs missing from the file are removed."""
        for table, rows, key in (
            (OqfLevelRow, [level.model_dump() for level in data.oqf_levels], "level"),
            (QualificationTypeRow, [kind.model_dump() for kind in data.qualification_types], "code"),
            (
                ProviderTypeRow,
                [p.model_dump(exclude={"eligible_qualification_types"}) for p in data.provider_types],
                "code",
            ),
        ):
            statement = insert(table).values(rows)
            columns = {name: statement.excluded[name] for name in rows[0] if name != key}
            await self._session.execute(statement.on_conflict_do_update(index_elements=[key], set_=columns))
        pairs = [(p.code, q) for p in data.provider_types for q in p.eligible_qualification_types]
        await self._session.execute(
            delete(EligibilityRow).where(
                tuple_(EligibilityRow.provider_type, EligibilityRow.qualification_type).not_in(pairs)
            )
        )
        if pairs:
            await self._session.execute(
                insert(EligibilityRow)
                .values([{"provider_type": p, "qualification_type": q} for p, q in pairs])
                .on_conflict_do_nothing()
            )

    async def record_version(self, version: ReferenceDataVersion) -> None:
        statement = insert(ReferenceDataVersionRow).values(version.model_dump())
        await self._session.execute(
            statement.on_conflict_do_update(
                index_elements=["name"],
                set_={"version": statement.excluded.version, "checksum": statement.excluded.checksum},
            )
        )

    async def versions(self) -> list[ReferenceDataVersion]:
        rows = await self._session.scalars(
            select(ReferenceDataVersionRow).order_by(ReferenceDataVersionRow.name)
        )
        return [ReferenceDataVersion.model_validate(row, from_attributes=True) for row in rows]

    async def oqf_levels(self) -> list[OqfLevel]:
        rows = await self._session.scalars(select(OqfLevelRow).order_by(OqfLevelRow.level))
        return [OqfLevel.model_validate(row, from_attributes=True) for row in rows]

    async def qualification_types(self) -> list[QualificationType]:
        rows = await self._session.scalars(
            select(QualificationTypeRow).order_by(QualificationTypeRow.oqf_level)
        )
        return [QualificationType.model_validate(row, from_attributes=True) for row in rows]

    async def provider_types(self) -> list[ProviderType]:
        eligibility = (await self._session.execute(select(EligibilityRow))).all()
        by_type: dict[str, list[str]] = {}
        for row in eligibility:
            by_type.setdefault(row.EligibilityRow.provider_type, []).append(
                row.EligibilityRow.qualification_type
            )
        order = {kind.code: kind.oqf_level for kind in await self.qualification_types()}
        rows = await self._session.scalars(select(ProviderTypeRow).order_by(ProviderTypeRow.code))
        return [
            ProviderType(
                code=row.code,
                organisation_kind=OrganisationKind(row.organisation_kind),
                name_en=row.name_en,
                name_fr=row.name_fr,
                eqaa_slug=row.eqaa_slug,
                eligible_qualification_types=sorted(by_type.get(row.code, []), key=lambda code: order[code]),
            )
            for row in rows
        ]

    async def provider_type(self, code: str) -> ProviderType | None:
        return next((kind for kind in await self.provider_types() if kind.code == code), None)
