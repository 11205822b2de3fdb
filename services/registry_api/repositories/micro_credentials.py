"""SQL for micro-credentials, their versions, OMC+ credit transfers and the catalogue change feed."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from services.registry_api.db.tables import (
    CatalogueChangeRow,
    CreditTransferRow,
    MicroCredentialRow,
    MicroCredentialVersionRow,
    QualificationTypeRow,
)
from shared.schemas.micro_credentials import (
    CreditTransfer,
    CreditTransferCreate,
    DerivedFacts,
    MicroCredentialMetadata,
    MicroCredentialVersion,
    VersionStatus,
    teer_of,
)

# One writer at a time appends to the change feed, so its sequence numbers follow commit order and
# a harvester reading "after N" never skips a change committed later with a smaller number.
_CHANGE_FEED_LOCK = 0x4F4D43_0002


@dataclass(frozen=True)
class MicroCredentialHeader:
    id: uuid.UUID
    organisation_id: uuid.UUID
    course_code: str
    published_version: int | None


def extracted_columns(metadata: MicroCredentialMetadata, *, profiles_met: list[str]) -> dict[str, Any]:
    """The columns filters, facets, sorting and search read, derived from the metadata."""
    title = metadata.title.en or metadata.title.fr or ""
    return {
        "metadata_": metadata.model_dump(mode="json", exclude_none=True),
        "qualification_type": metadata.qualification_type,
        "title_sort": title.casefold()[:200],
        "instructional_hours": metadata.instructional_hours,
        "delivery_modes": [mode.value for mode in metadata.delivery_modes],
        "languages": list(metadata.languages_of_instruction),
        "noc_codes": list(metadata.noc_codes),
        "cip_codes": list(metadata.cip_codes),
        "partner_ids": [partner.organisation_id for partner in metadata.partners],
        "osap_eligible": metadata.osap_eligible,
        "last_offering_ends": max((offering.end_date for offering in metadata.offerings), default=None),
        "profiles_met": profiles_met,
    }


def _version(row: MicroCredentialVersionRow, oqf_level: int | None) -> MicroCredentialVersion:
    metadata = MicroCredentialMetadata.model_validate(row.metadata_)
    return MicroCredentialVersion(
        micro_credential_id=row.micro_credential_id,
        version=row.version,
        status=VersionStatus(row.status),
        iqap=row.iqap,
        metadata=metadata,
        derived=DerivedFacts(
            hours_outside_guideline=metadata.hours_outside_guideline,
            teer_categories=[teer_of(code) for code in metadata.noc_codes],
            oqf_level=oqf_level,
        ),
        approval_reference=row.approval_reference,
        submitted_at=row.submitted_at,
        approved_at=row.approved_at,
        published_at=row.published_at,
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


class MicroCredentialRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def create(self, *, organisation_id: uuid.UUID, course_code: str) -> uuid.UUID | None:
        """A new micro-credential; None when the institution already uses that course code."""
        statement = (
            insert(MicroCredentialRow)
            .values(id=uuid.uuid4(), organisation_id=organisation_id, course_code=course_code)
            .on_conflict_do_nothing()
            .returning(MicroCredentialRow.id)
        )
        return (await self._session.execute(statement)).scalar_one_or_none()

    async def header(
        self, micro_credential_id: uuid.UUID, *, lock: bool = False
    ) -> MicroCredentialHeader | None:
        """``lock``: hold the row until the transaction ends, serialising lifecycle changes."""
        statement = select(MicroCredentialRow).where(MicroCredentialRow.id == micro_credential_id)
        if lock:
            statement = statement.with_for_update()
        row = await self._session.scalar(statement)
        return _header(row) if row is not None else None

    async def header_by_code(
        self, organisation_id: uuid.UUID, course_code: str
    ) -> MicroCredentialHeader | None:
        row = await self._session.scalar(
            select(MicroCredentialRow).where(
                MicroCredentialRow.organisation_id == organisation_id,
                MicroCredentialRow.course_code == course_code,
            )
        )
        return _header(row) if row is not None else None

    async def versions(self, micro_credential_id: uuid.UUID) -> list[MicroCredentialVersion]:
        rows = await self._session.execute(
            select(MicroCredentialVersionRow, QualificationTypeRow.oqf_level)
            .outerjoin(
                QualificationTypeRow,
                QualificationTypeRow.code == MicroCredentialVersionRow.qualification_type,
            )
            .where(MicroCredentialVersionRow.micro_credential_id == micro_credential_id)
            .order_by(MicroCredentialVersionRow.version)
        )
        return [_version(row, level) for row, level in rows.all()]

    async def version(self, micro_credential_id: uuid.UUID, version: int) -> MicroCredentialVersion | None:
        return next((v for v in await self.versions(micro_credential_id) if v.version == version), None)

    async def add_version(
        self, *, micro_credential_id: uuid.UUID, version: int, iqap: bool, columns: dict[str, Any]
    ) -> None:
        self._session.add(
            MicroCredentialVersionRow(
                micro_credential_id=micro_credential_id,
                version=version,
                status=VersionStatus.DRAFT.value,
                iqap=iqap,
                **columns,
            )
        )
        await self._session.flush()

    async def replace_draft(
        self, *, micro_credential_id: uuid.UUID, version: int, columns: dict[str, Any]
    ) -> bool:
        result = await self._session.execute(
            update(MicroCredentialVersionRow)
            .where(
                MicroCredentialVersionRow.micro_credential_id == micro_credential_id,
                MicroCredentialVersionRow.version == version,
                MicroCredentialVersionRow.status == VersionStatus.DRAFT.value,
            )
            .values(**columns, updated_at=func.now())
            .returning(MicroCredentialVersionRow.version)
        )
        return result.scalar_one_or_none() is not None

    async def transition(
        self,
        *,
        micro_credential_id: uuid.UUID,
        version: int,
        from_statuses: set[VersionStatus],
        to_status: VersionStatus,
        **values: Any,
    ) -> bool:
        """Move one version between statuses; False when it is not in one of ``from_statuses``."""
        result = await self._session.execute(
            update(MicroCredentialVersionRow)
            .where(
                MicroCredentialVersionRow.micro_credential_id == micro_credential_id,
                MicroCredentialVersionRow.version == version,
                MicroCredentialVersionRow.status.in_([status.value for status in from_statuses]),
            )
            .values(status=to_status.value, updated_at=func.now(), **values)
            .returning(MicroCredentialVersionRow.version)
        )
        return result.scalar_one_or_none() is not None

    async def set_published_version(self, micro_credential_id: uuid.UUID, version: int | None) -> None:
        await self._session.execute(
            update(MicroCredentialRow)
            .where(MicroCredentialRow.id == micro_credential_id)
            .values(published_version=version, updated_at=func.now())
        )

    async def touch(self, micro_credential_id: uuid.UUID) -> None:
        await self._session.execute(
            update(MicroCredentialRow)
            .where(MicroCredentialRow.id == micro_credential_id)
            .values(updated_at=func.now())
        )

    async def version_by_approval_event(self, event_id: uuid.UUID) -> tuple[uuid.UUID, int] | None:
        row = (
            await self._session.execute(
                select(
                    MicroCredentialVersionRow.micro_credential_id, MicroCredentialVersionRow.version
                ).where(MicroCredentialVersionRow.approval_event_id == event_id)
            )
        ).one_or_none()
        return (row[0], row[1]) if row is not None else None

    async def add_credit_transfer(
        self, micro_credential_id: uuid.UUID, data: CreditTransferCreate
    ) -> CreditTransfer:
        row = CreditTransferRow(id=uuid.uuid4(), micro_credential_id=micro_credential_id, **data.model_dump())
        self._session.add(row)
        await self._session.flush()
        await self._session.refresh(row)
        return CreditTransfer.model_validate(row, from_attributes=True)

    async def credit_transfers(self, micro_credential_ids: list[uuid.UUID]) -> list[CreditTransfer]:
        rows = await self._session.scalars(
            select(CreditTransferRow)
            .where(CreditTransferRow.micro_credential_id.in_(micro_credential_ids))
            .order_by(CreditTransferRow.valid_from, CreditTransferRow.id)
        )
        return [CreditTransfer.model_validate(row, from_attributes=True) for row in rows]

    async def latest_versions(self, organisation_id: uuid.UUID) -> list[MicroCredentialVersion]:
        """The newest version of each of the organisation's micro-credentials."""
        newest = (
            select(
                MicroCredentialVersionRow.micro_credential_id,
                func.max(MicroCredentialVersionRow.version).label("v"),
            )
            .join(MicroCredentialRow, MicroCredentialRow.id == MicroCredentialVersionRow.micro_credential_id)
            .where(MicroCredentialRow.organisation_id == organisation_id)
            .group_by(MicroCredentialVersionRow.micro_credential_id)
            .subquery()
        )
        rows = await self._session.execute(
            select(MicroCredentialVersionRow, QualificationTypeRow.oqf_level)
            .join(
                newest,
                (newest.c.micro_credential_id == MicroCredentialVersionRow.micro_credential_id)
                & (newest.c.v == MicroCredentialVersionRow.version),
            )
            .outerjoin(
                QualificationTypeRow,
                QualificationTypeRow.code == MicroCredentialVersionRow.qualification_type,
            )
            .order_by(MicroCredentialVersionRow.micro_credential_id)
        )
        return [_version(row, level) for row, level in rows.all()]

    async def record_changes_for_organisation(self, organisation_id: uuid.UUID) -> None:
        """Every catalogue entry of an organisation changed (its name, its DOMCI standing)."""
        published = (
            await self._session.execute(
                select(MicroCredentialRow.id, MicroCredentialRow.published_version)
                .join(
                    MicroCredentialVersionRow,
                    (MicroCredentialVersionRow.micro_credential_id == MicroCredentialRow.id)
                    & (MicroCredentialVersionRow.version == MicroCredentialRow.published_version),
                )
                .where(
                    MicroCredentialRow.organisation_id == organisation_id,
                    MicroCredentialVersionRow.status == VersionStatus.PUBLISHED.value,
                )
                .order_by(MicroCredentialRow.id)
            )
        ).all()
        for micro_credential_id, version in published:
            await self.record_change(micro_credential_id, kind="upsert", version=version)

    async def record_change(self, micro_credential_id: uuid.UUID, *, kind: str, version: int | None) -> None:
        await self._session.execute(select(func.pg_advisory_xact_lock(_CHANGE_FEED_LOCK)))
        self._session.add(
            CatalogueChangeRow(micro_credential_id=micro_credential_id, kind=kind, version=version)
        )
        await self._session.flush()


def _header(row: MicroCredentialRow) -> MicroCredentialHeader:
    return MicroCredentialHeader(
        id=row.id,
        organisation_id=row.organisation_id,
        course_code=row.course_code,
        published_version=row.published_version,
    )


def now_column() -> Any:
    """The database's transaction time, for lifecycle timestamps."""
    return func.now()
