"""The public catalogue: search with filters and facets, keyset pages, items, the change feed that
lets a portal mirror the catalogue exactly, and the full export."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from decimal import Decimal
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.registry_api.errors import MicroCredentialNotFound
from services.registry_api.repositories.catalogue import CatalogueRepository, CatalogueRow
from services.registry_api.services.stored_metadata import StoredMetadata
from shared.errors import UnprocessableInput
from shared.schemas.catalogue import (
    CatalogueChange,
    CatalogueFilters,
    CatalogueItem,
    CataloguePage,
    CataloguePartner,
    ChangeKind,
    ChangePage,
    Facet,
    FacetName,
    FacetValue,
    Provider,
    Qualification,
    SortOrder,
)
from shared.schemas.micro_credentials import CreditTransfer, MicroCredentialMetadata, teer_of
from shared.web.csv_export import SafeCsvBuffer
from shared.web.cursor import decode_cursor, decode_position, encode_cursor

EXPORT_BATCH = 500
CSV_COLUMNS = [
    "id",
    "version",
    "course_code",
    "provider_slug",
    "provider_name_en",
    "title_en",
    "title_fr",
    "qualification_type",
    "oqf_level",
    "instructional_hours",
    "delivery_modes",
    "languages",
    "noc_codes",
    "cip_codes",
    "omc_mark",
    "omc_plus",
    "has_current_offering",
    "profiles_met",
    "published_at",
    "url",
]


class CatalogueService:
    def __init__(self, sessions: async_sessionmaker[AsyncSession], metadata: StoredMetadata) -> None:
        self._sessions = sessions
        self._metadata = metadata

    @asynccontextmanager
    async def _reading(self) -> AsyncIterator[AsyncSession]:
        """A session that reads outside a transaction (autocommit). Under READ COMMITTED a
        transaction gives its statements no common snapshot anyway, so the answers are the same;
        the BEGIN and ROLLBACK round trips of every catalogue request are saved."""
        async with self._sessions() as session:
            await session.connection(execution_options={"isolation_level": "AUTOCOMMIT"})
            yield session

    async def search(
        self,
        filters: CatalogueFilters,
        *,
        order: SortOrder,
        after: str | None,
        limit: int,
        facets: list[FacetName],
    ) -> CataloguePage:
        if order is SortOrder.RELEVANCE and not filters.q:
            order = SortOrder.TITLE
        position = _decode_position(after, order) if after else None
        async with self._reading() as session:
            repository = CatalogueRepository(session)
            rows = await repository.page(filters, order, after=position, limit=limit + 1)
            has_more = len(rows) > limit
            rows = rows[:limit]
            items = await self._items(session, rows)
            facet_counts = [
                Facet(
                    name=name.value,
                    values=[FacetValue(value=v, count=c) for v, c in await repository.facet(filters, name)],
                )
                for name in dict.fromkeys(facets)
            ]
        next_cursor = None
        if has_more:
            last = rows[-1]
            next_cursor = encode_cursor(order.value, _jsonable(last.sort_key), str(last.id))
        return CataloguePage(items=items, facets=facet_counts, next_cursor=next_cursor)

    async def item(self, micro_credential_id: uuid.UUID) -> CatalogueItem:
        async with self._reading() as session:
            row = await CatalogueRepository(session).get(micro_credential_id)
            if row is None:
                raise MicroCredentialNotFound(f"No published micro-credential with id {micro_credential_id}.")
            return (await self._items(session, [row]))[0]

    async def version(self, micro_credential_id: uuid.UUID, version: int) -> CatalogueItem:
        """A version that has been published (current, superseded, suspended or retired)."""
        async with self._reading() as session:
            row = await CatalogueRepository(session).get_version(micro_credential_id, version)
            if row is None:
                raise MicroCredentialNotFound(
                    f"Micro-credential {micro_credential_id} has no published version {version}."
                )
            return (await self._items(session, [row]))[0]

    async def changes(self, *, after: str | None, limit: int) -> ChangePage:
        position = decode_position(after) if after else 0
        async with self._reading() as session:
            repository = CatalogueRepository(session)
            entries = await repository.changes(after=position, limit=limit + 1)
            has_more = len(entries) > limit
            entries = entries[:limit]
            upserted = {entry.micro_credential_id for entry in entries if entry.kind == ChangeKind.UPSERT}
            current = await repository.get_many(list(upserted))
            items = {item.id: item for item in await self._items(session, list(current.values()))}
        changes = [
            CatalogueChange(
                seq=entry.seq,
                kind=ChangeKind(entry.kind),
                micro_credential_id=entry.micro_credential_id,
                version=entry.version,
                occurred_at=entry.occurred_at,
                item=items.get(entry.micro_credential_id) if entry.kind == ChangeKind.UPSERT else None,
            )
            for entry in entries
        ]
        last = changes[-1].seq if changes else position
        return ChangePage(changes=changes, next_cursor=encode_cursor(last), has_more=has_more)

    async def export_json_lines(self) -> AsyncIterator[bytes]:
        async for item in self._every_item():
            yield item.model_dump_json().encode() + b"\n"

    async def export_csv(self) -> AsyncIterator[bytes]:
        """The catalogue as CSV, with formula-like cells neutralised (see shared.web.csv_export)."""
        rows = SafeCsvBuffer()
        rows.write(CSV_COLUMNS)
        async for item in self._every_item():
            rows.write(_csv_row(item))
            if rows.size() > 64_000:
                yield rows.take()
        yield rows.take()

    async def _every_item(self) -> AsyncIterator[CatalogueItem]:
        async with self._reading() as session:
            repository = CatalogueRepository(session)
            async for ids in repository.stream_ids(EXPORT_BATCH):
                rows = await repository.get_many(ids)
                for item in await self._items(session, [rows[i] for i in ids if i in rows]):
                    yield item

    async def _items(self, session: AsyncSession, rows: list[CatalogueRow]) -> list[CatalogueItem]:
        """The public items of ``rows``. The OMC type comes with each row; credit transfers are read
        only for the rows that have any (a few percent)."""
        if not rows:
            return []
        with_transfers = [row.id for row in rows if row.has_credit_transfers]
        repository = CatalogueRepository(session)
        transfers = await repository.credit_transfers(with_transfers) if with_transfers else {}
        metadata = [self._metadata.parse(row.metadata_json) for row in rows]
        partner_ids = {partner.organisation_id for each in metadata for partner in each.partners}
        organisations = await repository.organisations(sorted(partner_ids)) if partner_ids else {}
        return [
            _item(row, each, transfers.get(row.id, []), _partners(each, organisations))
            for row, each in zip(rows, metadata, strict=True)
        ]


def _partners(
    metadata: MicroCredentialMetadata, organisations: dict[uuid.UUID, Any]
) -> list[CataloguePartner]:
    """The metadata's partners with their registry names (a partner is checked to exist when the
    version is saved, so a missing one is skipped rather than shown nameless)."""
    named = []
    for partner in metadata.partners:
        organisation = organisations.get(partner.organisation_id)
        if organisation is None:
            continue
        named.append(
            CataloguePartner(
                id=organisation.id,
                slug=organisation.slug,
                kind=organisation.kind,
                provider_type=organisation.provider_type,
                name_en=organisation.name_en,
                name_fr=organisation.name_fr,
                ctid=organisation.ctid,
                role=partner.role,
            )
        )
    return named


def _item(
    row: CatalogueRow,
    metadata: MicroCredentialMetadata,
    transfers: list[CreditTransfer],
    partners: list[CataloguePartner],
) -> CatalogueItem:
    qualification = None
    if row.qualification_code is not None:
        qualification = Qualification(
            code=row.qualification_code,
            abbreviation_en=row.qualification_abbreviation_en or "",
            abbreviation_fr=row.qualification_abbreviation_fr or "",
            name_en=row.qualification_name_en or "",
            name_fr=row.qualification_name_fr or "",
            oqf_level=row.oqf_level or 0,
        )
    return CatalogueItem(
        id=row.id,
        version=row.version,
        course_code=row.course_code,
        provider=Provider(
            id=row.organisation_id,
            slug=row.organisation_slug,
            name_en=row.organisation_name_en,
            name_fr=row.organisation_name_fr,
            provider_type=row.organisation_provider_type,
            eqaa_slug=row.eqaa_slug,
            ctid=row.organisation_ctid,
            in_good_standing=bool(row.in_good_standing),
        ),
        title=metadata.title,
        qualification=qualification,
        omc_mark=bool(row.omc_mark),
        omc_plus=bool(row.omc_plus),
        has_current_offering=bool(row.has_current_offering),
        hours_outside_guideline=metadata.hours_outside_guideline,
        teer_categories=[teer_of(code) for code in metadata.noc_codes],
        profiles_met=list(row.profiles_met),
        credit_transfers=transfers,
        partners=partners,
        metadata=metadata,
        approval_reference=row.approval_reference,
        published_at=row.published_at,
        updated_at=max(row.updated_at, row.organisation_updated_at),
    )


def _csv_row(item: CatalogueItem) -> list[str]:
    metadata = item.metadata
    return [
        str(item.id),
        str(item.version),
        item.course_code,
        item.provider.slug,
        item.provider.name_en or "",
        item.title.en or "",
        item.title.fr or "",
        item.qualification.code if item.qualification else "",
        str(item.qualification.oqf_level) if item.qualification else "",
        str(metadata.instructional_hours) if metadata.instructional_hours is not None else "",
        ";".join(metadata.delivery_modes),
        ";".join(metadata.languages_of_instruction),
        ";".join(metadata.noc_codes),
        ";".join(metadata.cip_codes),
        str(item.omc_mark).lower(),
        str(item.omc_plus).lower(),
        str(item.has_current_offering).lower(),
        ";".join(item.profiles_met),
        item.published_at.isoformat() if item.published_at else "",
        str(metadata.url) if metadata.url else "",
    ]


def _jsonable(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def _decode_position(after: str, order: SortOrder) -> tuple[Any, uuid.UUID]:
    cursor_order, key, identifier = decode_cursor(after, arity=3)
    if cursor_order != order.value:
        raise UnprocessableInput.for_field(
            "query.after",
            "This cursor belongs to another sort order; start again without it.",
            "cursor_sort_mismatch",
        )
    try:
        last_id = uuid.UUID(str(identifier))
    except ValueError:
        raise UnprocessableInput.for_field(
            "query.after", "The cursor is not one this service issued.", "invalid_cursor"
        ) from None
    return _typed_key(key, order), last_id


def _typed_key(key: Any, order: SortOrder) -> Any:
    """Give the cursor's key back the type of the sort expression it came from."""
    from datetime import datetime

    try:
        if order in (SortOrder.RELEVANCE, SortOrder.HOURS, SortOrder.HOURS_DESC):
            return Decimal(str(key))
        if order in (SortOrder.PUBLISHED, SortOrder.PUBLISHED_DESC):
            return datetime.fromisoformat(str(key)) if key is not None else None
        return str(key)
    except (ValueError, ArithmeticError):
        raise UnprocessableInput.for_field(
            "query.after", "The cursor is not one this service issued.", "invalid_cursor"
        ) from None
