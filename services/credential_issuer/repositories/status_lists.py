"""SQL of the W3C Bitstring Status Lists (status_lists) and the status of credentials.

Bit order follows the Bitstring Status List spec: index 0 is the left-most (most significant) bit of
the first byte. ``allocation_bits`` marks the indexes in use, ``status_bits`` the ones whose status
is set (a suspension list's bit: suspended now, or revoked for good). Indexes are drawn at random
(``secrets``) among the free ones, so a credential's index says nothing about its neighbours or the
issuance order.
"""

from __future__ import annotations

import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from sqlalchemy import func, select, text, update
from sqlalchemy.ext.asyncio import AsyncSession

from services.credential_issuer.db.tables import StatusListRow

Purpose = Literal["revocation", "suspension"]
PURPOSES: tuple[Purpose, ...] = ("revocation", "suspension")

MIN_LIST_SIZE = 131_072
"""The spec's minimum (16 KiB of bits), which gives group privacy to the credentials of a list."""

_RANDOM_TRIES = 32


@dataclass(frozen=True)
class StatusList:
    id: uuid.UUID
    organisation_id: uuid.UUID
    purpose: Purpose
    size: int
    status_bits: bytes
    allocated: int
    updated_at: datetime


def bit_is_set(bits: bytes | bytearray, index: int) -> bool:
    return bool(bits[index // 8] & (0x80 >> (index % 8)))


def with_bit(bits: bytes, index: int, value: bool) -> bytes:
    buffer = bytearray(bits)
    if value:
        buffer[index // 8] |= 0x80 >> (index % 8)
    else:
        buffer[index // 8] &= ~(0x80 >> (index % 8)) & 0xFF
    return bytes(buffer)


def _free_index(allocation_bits: bytes | bytearray, size: int) -> int | None:
    """A uniformly random free index, or None when the list is full."""
    for _ in range(_RANDOM_TRIES):
        candidate = secrets.randbelow(size)
        if not bit_is_set(allocation_bits, candidate):
            return candidate
    free = [
        byte_index * 8 + bit
        for byte_index, byte in enumerate(allocation_bits)
        if byte != 0xFF
        for bit in range(8)
        if not byte & (0x80 >> bit) and byte_index * 8 + bit < size
    ]
    return secrets.choice(free) if free else None


async def _allocate(
    session: AsyncSession, organisation_id: uuid.UUID, purpose: Purpose, count: int, list_size: int
) -> list[tuple[uuid.UUID, int]]:
    """``count`` free (list, index) pairs, drawn at random, filling the open list and then new ones.
    Each list touched is read once and its bitstring written once, whatever ``count`` is."""
    # One allocator at a time per organisation and purpose (also covers creating a new list), then
    # the open list's row itself is locked for the read-modify-write of its bits.
    await session.execute(
        text("select pg_advisory_xact_lock(hashtextextended(:key, 0))"),
        {"key": f"issuer-status-list:{organisation_id}:{purpose}"},
    )
    row = (
        await session.execute(
            select(StatusListRow.id, StatusListRow.size, StatusListRow.allocation_bits)
            .where(
                StatusListRow.organisation_id == organisation_id,
                StatusListRow.purpose == purpose,
                StatusListRow.allocated < StatusListRow.size,
            )
            .order_by(StatusListRow.created_at, StatusListRow.id)
            .limit(1)
            .with_for_update()
        )
    ).one_or_none()
    open_list = (row.id, row.size, bytearray(row.allocation_bits)) if row is not None else None
    entries: list[tuple[uuid.UUID, int]] = []
    while len(entries) < count:
        if open_list is None:
            new_id = await _new_list(session, organisation_id, purpose, list_size)
            open_list = (new_id, list_size, bytearray(list_size // 8))
        list_id, size, bits = open_list
        drawn = 0
        while len(entries) < count and (index := _free_index(bits, size)) is not None:
            bits[index // 8] |= 0x80 >> (index % 8)
            entries.append((list_id, index))
            drawn += 1
        if drawn:
            await session.execute(
                update(StatusListRow)
                .where(StatusListRow.id == list_id)
                .values(
                    allocation_bits=bytes(bits),
                    allocated=StatusListRow.allocated + drawn,
                    updated_at=func.now(),
                )
            )
        open_list = None  # full, or done
    await session.flush()
    return entries


async def _new_list(
    session: AsyncSession, organisation_id: uuid.UUID, purpose: Purpose, size: int
) -> uuid.UUID:
    list_id = uuid.uuid4()
    empty = bytes(size // 8)
    session.add(
        StatusListRow(
            id=list_id,
            organisation_id=organisation_id,
            purpose=purpose,
            size=size,
            status_bits=empty,
            allocation_bits=empty,
            allocated=0,
        )
    )
    await session.flush()
    return list_id


@dataclass(frozen=True)
class StatusEntryIds:
    """Where one credential's status bit is: the list and the index in it."""

    list_id: uuid.UUID
    index: int


async def allocate_many_status_entries(
    session: AsyncSession,
    organisation_id: uuid.UUID,
    count: int,
    *,
    purpose: Purpose = "suspension",
    list_size: int = MIN_LIST_SIZE,
    allow_small_lists: bool = False,
) -> list[StatusEntryIds]:
    """Status entries of ``purpose`` for ``count`` new credentials of the organisation, in the
    caller's transaction (flush only): one lock, one read and one write per list for the lot.

    New credentials carry one suspension entry (see docs/credential-status-and-verification.md);
    revocation lists only serve the credentials issued before. A new list of ``list_size`` entries
    is made when the organisation has none with a free index. Lists smaller than 131,072 entries
    are refused unless ``allow_small_lists`` (tests only)."""
    if list_size % 8 or list_size <= 0:
        raise ValueError("list_size must be a positive multiple of 8")
    if list_size < MIN_LIST_SIZE and not allow_small_lists:
        raise ValueError(f"a status list has at least {MIN_LIST_SIZE} entries")
    if count <= 0:
        return []
    entries = await _allocate(session, organisation_id, purpose, count, list_size)
    return [StatusEntryIds(list_id, index) for list_id, index in entries]


async def status_list(
    session: AsyncSession, list_id: uuid.UUID, *, for_update: bool = False
) -> StatusList | None:
    statement = select(StatusListRow).where(StatusListRow.id == list_id)
    if for_update:
        statement = statement.with_for_update()
    row = await session.scalar(statement)
    if row is None:
        return None
    return StatusList(
        id=row.id,
        organisation_id=row.organisation_id,
        purpose=row.purpose,  # type: ignore[arg-type]
        size=row.size,
        status_bits=row.status_bits,
        allocated=row.allocated,
        updated_at=row.updated_at,
    )


async def set_status_bit(session: AsyncSession, list_id: uuid.UUID, index: int, value: bool) -> None:
    """Set or clear one status bit under a row lock (read-modify-write of the bitstring)."""
    bits = await session.scalar(
        select(StatusListRow.status_bits).where(StatusListRow.id == list_id).with_for_update()
    )
    if bits is None:
        raise LookupError(f"status list {list_id} does not exist")
    await session.execute(
        update(StatusListRow)
        .where(StatusListRow.id == list_id)
        .values(status_bits=with_bit(bits, index, value), updated_at=func.now())
    )
    await session.flush()
