"""The raw baseline of bench/catalogue.py: the catalogue's item, search page and change feed served
with asyncpg and a bare Starlette router. No SQLAlchemy, no Pydantic, no FastAPI, no middleware.

    RAW_DATABASE_URL=postgresql://omc_registry:...@127.0.0.1:5432/omc_bench_catalogue_2000 \\
        .venv/bin/uvicorn --factory --app-dir bench raw_catalogue:app_from_environment --port 18102

It sends the same SQL statements the registry sends for the same request (copied from the
registry's compiled SQLAlchemy statements: same columns, joins, correlated subqueries, filters,
keyset condition, order and limit, and the same follow-up query for credit transfers), decodes the
same keyset cursors, and answers with JSON of the same data, with the same weak ETag and 304 on
If-None-Match. Only what the benchmark asks for is implemented: the filters
`qualification_type` and `delivery_mode`, the title order, `limit` and `after`.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import os
import uuid
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from datetime import UTC, date, datetime
from decimal import Decimal
from email.utils import format_datetime
from typing import Any

import asyncpg
from asyncpg.pool import PoolConnectionProxy
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

# The registry's catalogue query (services/registry_api/repositories/catalogue.py, _BASE): the
# published version, its micro-credential, organisation, EQAA and OMC type, and the computed flags:
# DOMCI in good standing today, OMC mark, OMC+, a current offering, any credit transfer at all.
_DESIGNATION = """(
    select d.status from registry.designations d
    where d.organisation_id = o.id and d.effective_from <= current_date
      and (d.effective_until is null or d.effective_until > current_date)
    order by d.effective_from desc, d.recorded_at desc
    limit $1::integer)"""
_COLUMNS = f"""
    mc.id, v.version, mc.course_code, cast(v.metadata as text) as metadata_json, v.profiles_met,
    v.approval_reference, v.published_at, mc.updated_at, o.id as organisation_id, o.slug,
    o.name_en, o.name_fr, o.provider_type, o.credential_engine_ctid, o.updated_at as organisation_updated_at,
    pt.eqaa_slug, qt.code as qualification_code, qt.abbreviation_en, qt.abbreviation_fr,
    qt.name_en as qualification_name_en, qt.name_fr as qualification_name_fr, qt.oqf_level,
    coalesce({_DESIGNATION} = $2::varchar, false) as in_good_standing,
    v.iqap and v.approval_reference is not null
        and coalesce({_DESIGNATION} = $2::varchar, false) as omc_mark,
    exists (
        select ct.id from registry.credit_transfers ct
        where ct.micro_credential_id = mc.id and ct.valid_from <= current_date
          and (ct.valid_until is null or ct.valid_until >= current_date)) as omc_plus,
    coalesce(v.last_offering_ends >= current_date, false) as has_current_offering,
    exists (
        select ct.id from registry.credit_transfers ct
        where ct.micro_credential_id = mc.id) as has_credit_transfers"""  # noqa: S608 (constant text)
_FROM = """
from registry.micro_credential_versions v
join registry.micro_credentials mc on mc.id = v.micro_credential_id and mc.published_version = v.version
join registry.organisations o on o.id = mc.organisation_id
left outer join registry.provider_types pt on pt.code = o.provider_type
left outer join registry.qualification_types qt on qt.code = v.qualification_type
where v.status = $3::varchar"""
_ITEM = f"select {_COLUMNS} {_FROM} and mc.id = $4::uuid"

_TRANSFERS = """
select id, micro_credential_id, receiving_institution_id, receiving_institution_name, program, credits,
       basis, valid_from, valid_until, created_at
from registry.credit_transfers where micro_credential_id in ({ids}) order by valid_from, id"""

_CHANGES = """
select seq, micro_credential_id, kind, version, occurred_at from registry.catalogue_changes
where seq > $1::bigint order by seq limit $2::integer"""

_FIXED = (1, "designated", "published")  # $1 limit of the designation subquery, $2, $3
_TRANSFER_FIELDS = (
    "receiving_institution_id",
    "receiving_institution_name",
    "program",
    "credits",
    "basis",
    "valid_from",
    "valid_until",
    "id",
    "micro_credential_id",
    "created_at",
)


def _placeholders(start: int, count: int, cast: str = "") -> str:
    return ", ".join(f"${start + index}{cast}" for index in range(count))


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat().replace("+00:00", "Z")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, uuid.UUID | Decimal):
        return str(value)
    raise TypeError(type(value))


def _json(document: Any) -> bytes:
    return json.dumps(document, default=_jsonable, ensure_ascii=False, separators=(",", ":")).encode()


def _cursor(*key: Any) -> str:
    encoded = base64.urlsafe_b64encode(json.dumps(list(key), separators=(",", ":")).encode())
    return encoded.decode().rstrip("=")


def _decode(cursor: str) -> list[Any]:
    key: list[Any] = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    return key


def _conditional(
    request: Request, body: bytes, last_modified: datetime | None, headers: dict[str, str]
) -> Response:
    etag = f'W/"{hashlib.sha256(body).hexdigest()[:32]}"'
    headers = {"ETag": etag, "Cache-Control": "public, max-age=60", **headers}
    if last_modified is not None:
        headers["Last-Modified"] = format_datetime(last_modified.astimezone(UTC), usegmt=True)
    if_none_match = request.headers.get("if-none-match")
    if if_none_match is not None and etag in {value.strip() for value in if_none_match.split(",")}:
        return Response(status_code=304, headers=headers)
    return Response(body, media_type="application/json", headers=headers)


async def _items(
    connection: PoolConnectionProxy[asyncpg.Record], rows: Sequence[asyncpg.Record]
) -> list[dict[str, Any]]:
    """The public item of each row, with its credit transfers (one more query, if any row has some)."""
    ids = [row["id"] for row in rows if row["has_credit_transfers"]]
    transfers: dict[uuid.UUID, list[dict[str, Any]]] = {row["id"]: [] for row in rows}
    if ids:
        query = _TRANSFERS.format(ids=_placeholders(1, len(ids), "::uuid"))
        for transfer in await connection.fetch(query, *ids):
            transfers[transfer["micro_credential_id"]].append(
                {name: transfer[name] for name in _TRANSFER_FIELDS}
            )
    items = []
    for row in rows:
        metadata = json.loads(row["metadata_json"])
        hours = metadata.get("instructional_hours")
        qualification = None
        if row["qualification_code"] is not None:
            qualification = {
                "code": row["qualification_code"],
                "abbreviation_en": row["abbreviation_en"],
                "abbreviation_fr": row["abbreviation_fr"],
                "name_en": row["qualification_name_en"],
                "name_fr": row["qualification_name_fr"],
                "oqf_level": row["oqf_level"],
            }
        items.append(
            {
                "id": row["id"],
                "version": row["version"],
                "course_code": row["course_code"],
                "provider": {
                    "id": row["organisation_id"],
                    "slug": row["slug"],
                    "name_en": row["name_en"],
                    "name_fr": row["name_fr"],
                    "provider_type": row["provider_type"],
                    "eqaa_slug": row["eqaa_slug"],
                    "ctid": row["credential_engine_ctid"],
                    "in_good_standing": row["in_good_standing"],
                },
                "title": metadata["title"],
                "qualification": qualification,
                "omc_mark": row["omc_mark"],
                "omc_plus": row["omc_plus"],
                "has_current_offering": row["has_current_offering"],
                "hours_outside_guideline": hours is not None and not (12 <= Decimal(hours) <= 40),
                "teer_categories": [int(code[1]) for code in metadata.get("noc_codes", [])],
                "profiles_met": row["profiles_met"],
                "credit_transfers": transfers[row["id"]],
                "metadata": metadata,
                "approval_reference": row["approval_reference"],
                "published_at": row["published_at"],
                "updated_at": max(row["updated_at"], row["organisation_updated_at"]),
            }
        )
    return items


async def item(request: Request) -> Response:
    pool: asyncpg.Pool = request.app.state.pool
    identifier = uuid.UUID(request.path_params["micro_credential_id"])
    async with pool.acquire() as connection:
        row = await connection.fetchrow(_ITEM, *_FIXED, identifier)
        if row is None:
            return Response(status_code=404)
        document = (await _items(connection, [row]))[0]
    return _conditional(request, _json(document), document["updated_at"], {"Vary": "Accept"})


async def search(request: Request) -> Response:
    """The title-ordered page of the filters `qualification_type` and `delivery_mode`."""
    pool: asyncpg.Pool = request.app.state.pool
    params = request.query_params
    types, modes = params.getlist("qualification_type"), params.getlist("delivery_mode")
    limit = int(params.get("limit", 50))
    arguments: list[Any] = [*_FIXED]
    query = f"select {_COLUMNS}, v.title_sort as sort_key {_FROM}"
    if types:
        query += (
            f" and v.qualification_type in ({_placeholders(len(arguments) + 1, len(types), '::varchar')})"
        )
        arguments += types
    if modes:
        query += f" and v.delivery_modes && ${len(arguments) + 1}::varchar(32)[]"
        arguments.append(modes)
    after = params.get("after")
    if after:
        _, key, last_id = _decode(after)
        n = len(arguments)
        # The registry's keyset condition, with its lower bound on the sort key.
        query += (
            f" and v.title_sort >= ${n + 1}::varchar and (v.title_sort > ${n + 2}::varchar"
            f" or v.title_sort = ${n + 3}::varchar and mc.id > ${n + 4}::uuid)"
        )
        arguments += [key, key, key, uuid.UUID(last_id)]
    query += f" order by v.title_sort asc, mc.id limit ${len(arguments) + 1}::integer"
    arguments.append(limit + 1)
    async with pool.acquire() as connection:
        rows = await connection.fetch(query, *arguments)
        items = await _items(connection, rows[:limit])
    next_cursor = None
    if len(rows) > limit:
        last = rows[limit - 1]
        next_cursor = _cursor("title", last["sort_key"], str(last["id"]))
    links = [f'<{request.url.remove_query_params("after")}>; rel="first"']
    if next_cursor:
        links.append(f'<{request.url.include_query_params(after=next_cursor)}>; rel="next"')
    body = _json({"items": items, "facets": [], "next_cursor": next_cursor})
    last_modified = max((entry["updated_at"] for entry in items), default=None)
    return _conditional(request, body, last_modified, {"Link": ", ".join(links)})


async def changes(request: Request) -> Response:
    pool: asyncpg.Pool = request.app.state.pool
    after, limit = request.query_params.get("after"), int(request.query_params.get("limit", 50))
    position = int(_decode(after)[0]) if after else 0
    async with pool.acquire() as connection:
        entries = await connection.fetch(_CHANGES, position, limit + 1)
        has_more, entries = len(entries) > limit, entries[:limit]
        upserted = list(dict.fromkeys(e["micro_credential_id"] for e in entries if e["kind"] == "upsert"))
        current: list[asyncpg.Record] = []
        if upserted:
            ids = _placeholders(4, len(upserted), "::uuid")
            current = await connection.fetch(
                f"select {_COLUMNS} {_FROM} and mc.id in ({ids})", *_FIXED, *upserted
            )
        items = {entry["id"]: entry for entry in await _items(connection, current)}
    feed = [
        {
            "seq": entry["seq"],
            "kind": entry["kind"],
            "micro_credential_id": entry["micro_credential_id"],
            "version": entry["version"],
            "occurred_at": entry["occurred_at"],
            "item": items.get(entry["micro_credential_id"]) if entry["kind"] == "upsert" else None,
        }
        for entry in entries
    ]
    last = feed[-1]["seq"] if feed else position
    return Response(
        _json({"changes": feed, "next_cursor": _cursor(last), "has_more": has_more}),
        media_type="application/json",
    )


async def ready(request: Request) -> Response:
    pool: asyncpg.Pool = request.app.state.pool
    async with pool.acquire() as connection:
        await connection.fetchval("select 1")
    return Response(b'{"status":"ready"}', media_type="application/json")


def create_app(database_url: str) -> Starlette:
    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        # As the registry's pool (REGISTRY_DATABASE_POOL_SIZE=20, opened on demand and kept): asyncpg
        # keeps what it opens up to max_size.
        async with asyncpg.create_pool(database_url, min_size=0, max_size=20) as pool:
            app.state.pool = pool
            yield

    return Starlette(
        routes=[
            Route("/v1/catalogue/micro-credentials", search),
            Route("/v1/catalogue/micro-credentials/{micro_credential_id}", item),
            Route("/v1/catalogue/changes", changes),
            Route("/ready", ready),
        ],
        lifespan=lifespan,
    )


def app_from_environment() -> Starlette:
    """uvicorn --factory entry point; like the registry at log level WARNING, no access log."""
    logging.getLogger("uvicorn.access").setLevel(logging.WARNING)
    return create_app(os.environ["RAW_DATABASE_URL"])
