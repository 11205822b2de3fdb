"""SQL of the public catalogue: the published version of each micro-credential, filtered,
searched, faceted and paged by keyset; the change feed; the export stream."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Executable,
    Numeric,
    Row,
    Select,
    Text,
    and_,
    bindparam,
    cast,
    exists,
    false,
    func,
    literal_column,
    or_,
    select,
)
from sqlalchemy.ext.asyncio import AsyncSession

from services.registry_api.db.tables import (
    HOURS_UNSTATED_LAST,
    HOURS_UNSTATED_LAST_DESC,
    SEARCH_CONFIG_EN,
    SEARCH_CONFIG_FR,
    CatalogueChangeRow,
    CreditTransferRow,
    MicroCredentialRow,
    MicroCredentialVersionRow,
    OrganisationRow,
    ProviderTypeRow,
    QualificationTypeRow,
)
from services.registry_api.repositories.organisations import in_good_standing_on
from shared.schemas.catalogue import CatalogueFilters, FacetName, SortOrder
from shared.schemas.micro_credentials import CreditTransfer

MC = MicroCredentialRow
V = MicroCredentialVersionRow
ORG = OrganisationRow

_today = func.current_date()
OMC_PLUS = exists(
    select(CreditTransferRow.id).where(
        CreditTransferRow.micro_credential_id == MC.id,
        CreditTransferRow.valid_from <= _today,
        or_(CreditTransferRow.valid_until.is_(None), CreditTransferRow.valid_until >= _today),
    )
)
IN_GOOD_STANDING = func.coalesce(in_good_standing_on(_today), false())
OMC_MARK = and_(V.iqap, V.approval_reference.is_not(None), IN_GOOD_STANDING)
HAS_CURRENT_OFFERING = func.coalesce(V.last_offering_ends >= _today, false())


HAS_CREDIT_TRANSFERS = exists(
    select(CreditTransferRow.id).where(CreditTransferRow.micro_credential_id == MC.id)
)


@dataclass(frozen=True, slots=True)
class CatalogueRow:
    """One catalogue entry as read, before it is shaped into the public item: plain columns, no ORM
    instances (a page reads up to 200 of them on every request)."""

    id: uuid.UUID
    version: int
    course_code: str
    metadata_json: str  # the version's metadata as stored, as JSON text (validated once, from JSON)
    profiles_met: list[str]
    approval_reference: str | None
    published_at: datetime | None
    updated_at: datetime  # of the micro-credential
    organisation_id: uuid.UUID
    organisation_slug: str
    organisation_name_en: str | None
    organisation_name_fr: str | None
    organisation_provider_type: str | None
    organisation_ctid: str | None
    organisation_updated_at: datetime
    eqaa_slug: str | None
    qualification_code: str | None
    qualification_abbreviation_en: str | None
    qualification_abbreviation_fr: str | None
    qualification_name_en: str | None
    qualification_name_fr: str | None
    oqf_level: int | None
    in_good_standing: bool
    omc_mark: bool
    omc_plus: bool
    has_current_offering: bool
    has_credit_transfers: bool
    sort_key: Any = None


@dataclass(frozen=True, slots=True)
class CatalogueChangeEntry:
    seq: int
    micro_credential_id: uuid.UUID
    kind: str
    version: int | None
    occurred_at: datetime


QT = QualificationTypeRow
# Labelled as the fields of CatalogueRow. The metadata is read as text: pydantic-core validates it
# straight from JSON, faster than json.loads and then validating the dict.
_COLUMNS = (
    MC.id.label("id"),
    V.version.label("version"),
    MC.course_code.label("course_code"),
    cast(V.metadata_, Text).label("metadata_json"),
    V.profiles_met.label("profiles_met"),
    V.approval_reference.label("approval_reference"),
    V.published_at.label("published_at"),
    MC.updated_at.label("updated_at"),
    ORG.id.label("organisation_id"),
    ORG.slug.label("organisation_slug"),
    ORG.name_en.label("organisation_name_en"),
    ORG.name_fr.label("organisation_name_fr"),
    ORG.provider_type.label("organisation_provider_type"),
    ORG.ctid.label("organisation_ctid"),
    ORG.updated_at.label("organisation_updated_at"),
    ProviderTypeRow.eqaa_slug.label("eqaa_slug"),
    QT.code.label("qualification_code"),
    QT.abbreviation_en.label("qualification_abbreviation_en"),
    QT.abbreviation_fr.label("qualification_abbreviation_fr"),
    QT.name_en.label("qualification_name_en"),
    QT.name_fr.label("qualification_name_fr"),
    QT.oqf_level.label("oqf_level"),
    IN_GOOD_STANDING.label("in_good_standing"),
    OMC_MARK.label("omc_mark"),
    OMC_PLUS.label("omc_plus"),
    HAS_CURRENT_OFFERING.label("has_current_offering"),
    HAS_CREDIT_TRANSFERS.label("has_credit_transfers"),
)


def _base() -> Select[Any]:
    return (
        select(*_COLUMNS)
        .join(MC, and_(MC.id == V.micro_credential_id, MC.published_version == V.version))
        .join(ORG, ORG.id == MC.organisation_id)
        .outerjoin(ProviderTypeRow, ProviderTypeRow.code == ORG.provider_type)
        .outerjoin(QT, QT.code == V.qualification_type)
        .where(V.status == "published")
    )


# Built once: constructing and hashing a statement of this size costs more than running it.
_BASE = _base()
_ONE = _BASE.where(MC.id == bindparam("micro_credential_id"))
_MANY = _BASE.where(MC.id.in_(bindparam("ids", expanding=True)))
# Any version that has been published, current or not: what a credential awarded for it describes.
PUBLISHED_ONCE = ("published", "superseded", "suspended", "retired")
_VERSION = (
    select(*_COLUMNS)
    .join(MC, MC.id == V.micro_credential_id)
    .join(ORG, ORG.id == MC.organisation_id)
    .outerjoin(ProviderTypeRow, ProviderTypeRow.code == ORG.provider_type)
    .outerjoin(QT, QT.code == V.qualification_type)
    .where(
        MC.id == bindparam("micro_credential_id"),
        V.version == bindparam("version"),
        V.status.in_(PUBLISHED_ONCE),
        V.published_at.is_not(None),
    )
)
_CHANGES = (
    select(
        CatalogueChangeRow.seq,
        CatalogueChangeRow.micro_credential_id,
        CatalogueChangeRow.kind,
        CatalogueChangeRow.version,
        CatalogueChangeRow.occurred_at,
    )
    .where(CatalogueChangeRow.seq > bindparam("after"))
    .order_by(CatalogueChangeRow.seq)
    .limit(bindparam("limit"))
)


def _text_query(q: str) -> tuple[ColumnElement[Any], ColumnElement[Any]]:
    # The configurations the tsvector columns were built with (accents removed, then stemmed).
    english = func.websearch_to_tsquery(literal_column(f"'{SEARCH_CONFIG_EN}'::regconfig"), q)
    french = func.websearch_to_tsquery(literal_column(f"'{SEARCH_CONFIG_FR}'::regconfig"), q)
    return english, french


def _conditions(filters: CatalogueFilters, *, skip: FacetName | None = None) -> list[ColumnElement[bool]]:
    """WHERE clauses for ``filters``; ``skip`` leaves out one facet's own filter (disjunctive facets:
    a facet's counts show what choosing another of its values would give)."""
    f = filters

    def flag(value: bool | None, expression: ColumnElement[bool]) -> Callable[[], ColumnElement[bool]]:
        return lambda: expression if value else ~expression

    candidates: list[tuple[bool, FacetName | None, Callable[[], ColumnElement[bool]]]] = [
        (bool(f.q), None, lambda: _matches(f.q or "")),
        (
            bool(f.qualification_type),
            FacetName.QUALIFICATION_TYPE,
            lambda: V.qualification_type.in_(f.qualification_type),
        ),
        (bool(f.oqf_level), None, lambda: QualificationTypeRow.oqf_level.in_(f.oqf_level)),
        (bool(f.provider), None, lambda: ORG.id.in_(f.provider)),
        (bool(f.provider_type), FacetName.PROVIDER_TYPE, lambda: ORG.provider_type.in_(f.provider_type)),
        (f.hours_min is not None, None, lambda: V.instructional_hours >= f.hours_min),
        (f.hours_max is not None, None, lambda: V.instructional_hours <= f.hours_max),
        (bool(f.delivery_mode), FacetName.DELIVERY_MODE, lambda: V.delivery_modes.overlap(f.delivery_mode)),
        (bool(f.language), FacetName.LANGUAGE, lambda: V.languages.overlap(f.language)),
        (bool(f.noc), None, lambda: V.noc_codes.overlap(f.noc)),
        (bool(f.cip), None, lambda: V.cip_codes.overlap(f.cip)),
        (bool(f.partner), None, lambda: V.partner_ids.overlap(f.partner)),
        (f.omc_plus is not None, FacetName.OMC_PLUS, flag(f.omc_plus, OMC_PLUS)),
        (f.omc_mark is not None, FacetName.OMC_MARK, flag(f.omc_mark, OMC_MARK)),
        (
            f.has_current_offering is not None,
            FacetName.HAS_CURRENT_OFFERING,
            flag(f.has_current_offering, HAS_CURRENT_OFFERING),
        ),
        (f.osap is not None, FacetName.OSAP, lambda: func.coalesce(V.osap_eligible, false()) == f.osap),
        (bool(f.conforms_to), FacetName.PROFILE, lambda: V.profiles_met.contains(f.conforms_to)),
    ]
    return [
        build() for present, facet, build in candidates if present and (facet is None or facet is not skip)
    ]


def _matches(q: str) -> ColumnElement[bool]:
    english, french = _text_query(q)
    return or_(V.search_en.op("@@")(english), V.search_fr.op("@@")(french))


def sort_key(filters: CatalogueFilters, order: SortOrder) -> tuple[Any, bool]:
    """The expression a page is ordered by (then by id), and whether it descends."""
    if order is SortOrder.RELEVANCE and filters.q:
        english, french = _text_query(filters.q)
        rank = func.greatest(func.ts_rank(V.search_en, english), func.ts_rank(V.search_fr, french))
        # Rounded to a numeric so that the cursor round-trips exactly.
        return func.round(cast(rank, Numeric), 6), True
    if order in (SortOrder.HOURS, SortOrder.HOURS_DESC):
        descending = order is SortOrder.HOURS_DESC
        # A literal, not a bind parameter: the expression must be the one its index is built on.
        unstated = HOURS_UNSTATED_LAST_DESC if descending else HOURS_UNSTATED_LAST
        return func.coalesce(V.instructional_hours, literal_column(str(unstated))), descending
    if order in (SortOrder.PUBLISHED, SortOrder.PUBLISHED_DESC):
        return V.published_at, order is SortOrder.PUBLISHED_DESC
    return V.title_sort, order is SortOrder.TITLE_DESC


class CatalogueRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def _rows(
        self, statement: Executable, parameters: dict[str, Any] | None = None
    ) -> Sequence[Row[*tuple[Any, ...]]]:
        """Plain rows through the session's connection: no ORM entities are read here, and skipping
        the ORM's execution layer was a quarter of a search page's CPU."""
        connection = await self._session.connection()
        return (await connection.execute(statement, parameters)).all()

    async def page(
        self, filters: CatalogueFilters, order: SortOrder, *, after: tuple[Any, uuid.UUID] | None, limit: int
    ) -> list[CatalogueRow]:
        key, descending = sort_key(filters, order)
        statement = _BASE.add_columns(key.label("sort_key")).where(*_conditions(filters))
        if after is not None:
            last_key, last_id = after
            # The first condition is implied by the second; it is there so that an index on the
            # sort key starts at the cursor, which makes a deep page as cheap as the first.
            bound = key <= last_key if descending else key >= last_key
            beyond = key < last_key if descending else key > last_key
            tie = MC.id < last_id if descending else MC.id > last_id
            statement = statement.where(bound, or_(beyond, and_(key == last_key, tie)))
        # Ties broken by id in the order's direction, so one index serves an order both ways.
        by = (key.desc(), MC.id.desc()) if descending else (key.asc(), MC.id.asc())
        statement = statement.order_by(*by).limit(limit)
        return [CatalogueRow(**row._mapping) for row in await self._rows(statement)]

    async def get(self, micro_credential_id: uuid.UUID) -> CatalogueRow | None:
        rows = await self._rows(_ONE, {"micro_credential_id": micro_credential_id})
        return CatalogueRow(**rows[0]._mapping) if rows else None

    async def get_version(self, micro_credential_id: uuid.UUID, version: int) -> CatalogueRow | None:
        """Version ``version`` if it has ever been published (it may be superseded since)."""
        rows = await self._rows(_VERSION, {"micro_credential_id": micro_credential_id, "version": version})
        return CatalogueRow(**rows[0]._mapping) if rows else None

    async def get_many(self, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, CatalogueRow]:
        if not ids:
            return {}
        rows = [CatalogueRow(**row._mapping) for row in await self._rows(_MANY, {"ids": list(ids)})]
        return {row.id: row for row in rows}

    async def facet(self, filters: CatalogueFilters, name: FacetName) -> list[tuple[str, int]]:
        value = _facet_value(name)
        inner = (
            _BASE.with_only_columns(value.label("value")).where(*_conditions(filters, skip=name)).subquery()
        )
        statement = (
            select(inner.c.value, func.count())
            .where(inner.c.value.is_not(None))
            .group_by(inner.c.value)
            .order_by(func.count().desc(), inner.c.value)
        )
        return [
            (str(row[0]).lower() if isinstance(row[0], bool) else str(row[0]), int(row[1]))
            for row in await self._rows(statement)
        ]

    async def credit_transfers(self, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, list[CreditTransfer]]:
        grouped: dict[uuid.UUID, list[CreditTransfer]] = {identifier: [] for identifier in ids}
        if not ids:
            return grouped
        rows = await self._session.scalars(
            select(CreditTransferRow)
            .where(CreditTransferRow.micro_credential_id.in_(ids))
            .order_by(CreditTransferRow.valid_from, CreditTransferRow.id)
        )
        for row in rows:
            grouped[row.micro_credential_id].append(CreditTransfer.model_validate(row, from_attributes=True))
        return grouped

    async def organisations(self, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, Row[Any]]:
        """Id, slug, kind, provider type, names and CTID of the organisations ``ids`` (partners)."""
        if not ids:
            return {}
        statement = select(
            ORG.id, ORG.slug, ORG.kind, ORG.provider_type, ORG.name_en, ORG.name_fr, ORG.ctid.label("ctid")
        ).where(ORG.id.in_(list(ids)))
        return {row.id: row for row in await self._rows(statement)}

    async def changes(self, *, after: int, limit: int) -> list[CatalogueChangeEntry]:
        return [
            CatalogueChangeEntry(*row) for row in await self._rows(_CHANGES, {"after": after, "limit": limit})
        ]

    async def stream_ids(self, batch_size: int) -> AsyncIterator[list[uuid.UUID]]:
        """Every catalogue entry's id, in batches, in id order (for the export)."""
        last: uuid.UUID | None = None
        while True:
            statement = _BASE.with_only_columns(MC.id).order_by(MC.id).limit(batch_size)
            if last is not None:
                statement = statement.where(MC.id > last)
            ids = list((await self._session.scalars(statement)).all())
            if not ids:
                return
            yield ids
            last = ids[-1]


def _facet_value(name: FacetName) -> Any:
    return {
        FacetName.QUALIFICATION_TYPE: V.qualification_type,
        FacetName.PROVIDER_TYPE: ORG.provider_type,
        FacetName.DELIVERY_MODE: func.unnest(V.delivery_modes),
        FacetName.LANGUAGE: func.unnest(V.languages),
        FacetName.OMC_PLUS: OMC_PLUS,
        FacetName.OMC_MARK: OMC_MARK,
        FacetName.HAS_CURRENT_OFFERING: HAS_CURRENT_OFFERING,
        FacetName.OSAP: func.coalesce(V.osap_eligible, false()),
        FacetName.PROFILE: func.unnest(V.profiles_met),
    }[name]
