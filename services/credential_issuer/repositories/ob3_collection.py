"""SQL of a learner's collection as the Open Badges API shows it: the credentials issued here from
completions whose learner email is theirs, and those their wallets pushed (upsertCredential), newest
first, paged by offset as the specification pages; and the learner's editable profile fields."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, literal, select, union_all
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from services.credential_issuer.db.ob3_tables import Ob3HeldCredentialRow, Ob3ProfileRow
from services.credential_issuer.db.tables import CompletionRow, CredentialRow


def _collection(learner_email: str, since: datetime | None):  # type: ignore[no-untyped-def]  # a subquery
    issued = (
        select(
            CredentialRow.id.label("id"),
            CredentialRow.issued_at.label("at"),
            CredentialRow.document.label("document"),
            literal("issued").label("origin"),
        )
        .join(CompletionRow, CompletionRow.id == CredentialRow.completion_id)
        .where(func.lower(CompletionRow.learner["email"].astext) == learner_email)
    )
    held = select(
        Ob3HeldCredentialRow.id.label("id"),
        Ob3HeldCredentialRow.added_at.label("at"),
        Ob3HeldCredentialRow.document.label("document"),
        literal("held").label("origin"),
    ).where(Ob3HeldCredentialRow.learner_email == learner_email)
    if since is not None:
        issued = issued.where(CredentialRow.issued_at > since)
        held = held.where(Ob3HeldCredentialRow.added_at > since)
    return union_all(issued, held).subquery("collection")


@dataclass(frozen=True)
class CollectionPage:
    documents: list[dict[str, Any]]
    total: int


async def collection_page(
    session: AsyncSession, learner_email: str, *, limit: int, offset: int, since: datetime | None
) -> CollectionPage:
    """``limit`` of the learner's credentials from ``offset`` (newest first), and how many there are."""
    collection = _collection(learner_email, since)
    total = await session.scalar(select(func.count()).select_from(collection))
    documents = await session.scalars(
        select(collection.c.document)
        .order_by(collection.c.at.desc(), collection.c.id.desc())
        .limit(limit)
        .offset(offset)
    )
    return CollectionPage(documents=list(documents), total=int(total or 0))


async def issued_document(
    session: AsyncSession, learner_email: str, credential_uri: str
) -> dict[str, Any] | None:
    """The credential issued here to the learner whose id is ``credential_uri``, if any."""
    if not credential_uri.startswith("urn:uuid:"):
        return None
    try:
        credential_id = uuid.UUID(credential_uri.removeprefix("urn:uuid:"))
    except ValueError:
        return None
    document: dict[str, Any] | None = await session.scalar(
        select(CredentialRow.document)
        .join(CompletionRow, CompletionRow.id == CredentialRow.completion_id)
        .where(
            CredentialRow.id == credential_id,
            func.lower(CompletionRow.learner["email"].astext) == learner_email,
        )
    )
    return document


async def held_for_update(
    session: AsyncSession, learner_email: str, credential_uri: str
) -> Ob3HeldCredentialRow | None:
    found: Ob3HeldCredentialRow | None = await session.scalar(
        select(Ob3HeldCredentialRow)
        .where(
            Ob3HeldCredentialRow.learner_email == learner_email,
            Ob3HeldCredentialRow.credential_uri == credential_uri,
        )
        .with_for_update()
    )
    return found


async def insert_held(
    session: AsyncSession, learner_email: str, credential_uri: str, document: dict[str, Any]
) -> bool:
    """Keep a pushed credential; False when a concurrent push kept it first."""
    inserted = await session.scalar(
        insert(Ob3HeldCredentialRow)
        .values(
            id=uuid.uuid4(), learner_email=learner_email, credential_uri=credential_uri, document=document
        )
        .on_conflict_do_nothing()
        .returning(Ob3HeldCredentialRow.id)
    )
    return inserted is not None


async def profile_fields(session: AsyncSession, learner_email: str) -> dict[str, Any]:
    row = await session.get(Ob3ProfileRow, learner_email)
    return dict(row.fields) if row is not None else {}


async def store_profile_fields(session: AsyncSession, learner_email: str, fields: dict[str, Any]) -> None:
    await session.execute(
        insert(Ob3ProfileRow)
        .values(learner_email=learner_email, fields=fields)
        .on_conflict_do_update(
            index_elements=[Ob3ProfileRow.learner_email], set_={"fields": fields, "updated_at": func.now()}
        )
    )
