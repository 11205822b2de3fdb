"""SQL of the Open Badges API's authorisation server: registered clients, learners' grants, their
one-time authorization codes and their tokens (codes, tokens and client secrets by SHA-256 only)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from services.credential_issuer.db.ob3_tables import (
    Ob3AuthorizationCodeRow,
    Ob3ClientRow,
    Ob3GrantRow,
    Ob3TokenRow,
)


@dataclass(frozen=True)
class RegisteredClient:
    client_id: str
    client_secret_hash: str
    client_name: str
    redirect_uris: list[str]
    scope: str
    registration: dict[str, Any]
    registered_from: str | None = None


@dataclass(frozen=True)
class AuthorisedClient:
    """A client the learner authorised, as their clients page lists it."""

    client_id: str
    client_name: str
    client_uri: str | None
    scopes: list[str]
    first_authorised_at: datetime
    last_authorised_at: datetime


def _client(row: Ob3ClientRow) -> RegisteredClient:
    return RegisteredClient(
        row.client_id,
        row.client_secret_hash,
        row.client_name,
        list(row.redirect_uris),
        row.scope,
        row.registration,
    )


async def add_client(session: AsyncSession, client: RegisteredClient) -> None:
    session.add(
        Ob3ClientRow(
            client_id=client.client_id,
            client_secret_hash=client.client_secret_hash,
            client_name=client.client_name,
            redirect_uris=client.redirect_uris,
            scope=client.scope,
            registration=client.registration,
            registered_from=client.registered_from,
        )
    )
    await session.flush()


async def registrations_since(session: AsyncSession, client_address: str, since: datetime) -> int:
    """How many clients ``client_address`` registered since ``since``."""
    count = await session.scalar(
        select(func.count())
        .select_from(Ob3ClientRow)
        .where(Ob3ClientRow.registered_from == client_address, Ob3ClientRow.created_at >= since)
    )
    return int(count or 0)


async def client(session: AsyncSession, client_id: str) -> RegisteredClient | None:
    row = await session.get(Ob3ClientRow, client_id)
    return None if row is None else _client(row)


async def add_grant(session: AsyncSession, client_id: str, learner_email: str, scope: str) -> uuid.UUID:
    grant_id = uuid.uuid4()
    session.add(Ob3GrantRow(id=grant_id, client_id=client_id, learner_email=learner_email, scope=scope))
    await session.flush()
    return grant_id


async def grant(session: AsyncSession, grant_id: uuid.UUID) -> Ob3GrantRow | None:
    found: Ob3GrantRow | None = await session.get(Ob3GrantRow, grant_id)
    return found


async def revoke_grant(session: AsyncSession, grant_id: uuid.UUID) -> None:
    """The grant and every token of it end now."""
    await session.execute(
        update(Ob3GrantRow)
        .where(Ob3GrantRow.id == grant_id, Ob3GrantRow.revoked_at.is_(None))
        .values(revoked_at=func.now())
    )
    await session.execute(
        update(Ob3TokenRow)
        .where(Ob3TokenRow.grant_id == grant_id, Ob3TokenRow.revoked_at.is_(None))
        .values(revoked_at=func.now())
    )


async def revoke_client_for_learner(session: AsyncSession, learner_email: str, client_id: str) -> int:
    """Every live grant of the learner to the client ends; how many did."""
    grant_ids = list(
        await session.scalars(
            select(Ob3GrantRow.id).where(
                Ob3GrantRow.learner_email == learner_email,
                Ob3GrantRow.client_id == client_id,
                Ob3GrantRow.revoked_at.is_(None),
            )
        )
    )
    for grant_id in grant_ids:
        await revoke_grant(session, grant_id)
    return len(grant_ids)


async def authorised_clients(session: AsyncSession, learner_email: str) -> list[AuthorisedClient]:
    """The clients the learner has live grants to, most recently authorised first."""
    rows = (
        await session.execute(
            select(Ob3GrantRow, Ob3ClientRow)
            .join(Ob3ClientRow, Ob3ClientRow.client_id == Ob3GrantRow.client_id)
            .where(Ob3GrantRow.learner_email == learner_email, Ob3GrantRow.revoked_at.is_(None))
            .order_by(Ob3GrantRow.created_at.desc())
        )
    ).all()
    by_client: dict[str, AuthorisedClient] = {}
    for grant_row, client_row in rows:
        known = by_client.get(client_row.client_id)
        scopes = list(dict.fromkeys([*(known.scopes if known else []), *grant_row.scope.split()]))
        uri = client_row.registration.get("client_uri")
        by_client[client_row.client_id] = AuthorisedClient(
            client_id=client_row.client_id,
            client_name=client_row.client_name,
            client_uri=uri if isinstance(uri, str) else None,
            scopes=scopes,
            first_authorised_at=grant_row.created_at,
            last_authorised_at=known.last_authorised_at if known else grant_row.created_at,
        )
    return list(by_client.values())


async def add_code(
    session: AsyncSession,
    *,
    code_hash: str,
    grant_id: uuid.UUID,
    redirect_uri: str,
    code_challenge: str,
    expires_at: datetime,
) -> None:
    session.add(
        Ob3AuthorizationCodeRow(
            code_hash=code_hash,
            grant_id=grant_id,
            redirect_uri=redirect_uri,
            code_challenge=code_challenge,
            expires_at=expires_at,
        )
    )
    await session.flush()


async def code_for_update(session: AsyncSession, code_hash: str) -> Ob3AuthorizationCodeRow | None:
    found: Ob3AuthorizationCodeRow | None = await session.scalar(
        select(Ob3AuthorizationCodeRow)
        .where(Ob3AuthorizationCodeRow.code_hash == code_hash)
        .with_for_update()
    )
    return found


async def add_token(
    session: AsyncSession,
    *,
    token_hash: str,
    grant_id: uuid.UUID,
    kind: str,
    scope: str,
    expires_at: datetime,
) -> None:
    session.add(
        Ob3TokenRow(token_hash=token_hash, grant_id=grant_id, kind=kind, scope=scope, expires_at=expires_at)
    )
    await session.flush()


async def token_for_update(session: AsyncSession, token_hash: str) -> Ob3TokenRow | None:
    found: Ob3TokenRow | None = await session.scalar(
        select(Ob3TokenRow).where(Ob3TokenRow.token_hash == token_hash).with_for_update()
    )
    return found


@dataclass(frozen=True)
class LiveAccess:
    """What a live access token lets its client do: the learner and the scopes."""

    learner_email: str
    scopes: frozenset[str]
    client_id: str


async def live_access(session: AsyncSession, token_hash: str) -> LiveAccess | None:
    """The access token's learner and scopes, when it is unexpired, unrevoked and its grant live."""
    row = (
        await session.execute(
            select(Ob3TokenRow.scope, Ob3GrantRow.learner_email, Ob3GrantRow.client_id)
            .join(Ob3GrantRow, Ob3GrantRow.id == Ob3TokenRow.grant_id)
            .where(
                Ob3TokenRow.token_hash == token_hash,
                Ob3TokenRow.kind == "access",
                Ob3TokenRow.revoked_at.is_(None),
                Ob3TokenRow.expires_at > func.now(),
                Ob3GrantRow.revoked_at.is_(None),
            )
        )
    ).first()
    if row is None:
        return None
    return LiveAccess(
        learner_email=row.learner_email, scopes=frozenset(row.scope.split()), client_id=row.client_id
    )
