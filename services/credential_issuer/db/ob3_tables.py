"""Tables of the Open Badges 3.0 API (issuer schema): the clients that registered themselves
(RFC 7591), the learners' grants to them, authorization codes and tokens (only their SHA-256 is
kept), the credentials a learner's wallet pushed (upsertCredential) and the learner's profile.

A grant is one learner's consent to one client for some scopes; its codes and tokens end with it.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import CheckConstraint, DateTime, ForeignKey, Index, String, Text, UniqueConstraint, func
from sqlalchemy.dialects.postgresql import JSONB, UUID
from sqlalchemy.orm import Mapped, mapped_column

from services.credential_issuer.db.tables import Base


class Ob3ClientRow(Base):
    """A client registered through the dynamic registration endpoint: its metadata as registered."""

    __tablename__ = "ob3_clients"
    __table_args__ = (Index(None, "registered_from", "created_at"),)

    client_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    client_secret_hash: Mapped[str] = mapped_column(String(64))
    client_name: Mapped[str] = mapped_column(Text)
    redirect_uris: Mapped[list[str]] = mapped_column(JSONB)
    scope: Mapped[str] = mapped_column(Text, doc="Space-separated scopes the client may ask for.")
    registration: Mapped[dict[str, Any]] = mapped_column(JSONB, doc="Every registered metadata field.")
    registered_from: Mapped[str | None] = mapped_column(
        String(64), doc="The client address that registered it (the registration rate limit counts them)."
    )
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class Ob3GrantRow(Base):
    """A learner's consent to a client for some scopes; revoked by the learner, by the client's
    revocation of a refresh token, or when a used code or refresh token is presented again."""

    __tablename__ = "ob3_grants"
    __table_args__ = (Index(None, "learner_email", "created_at"),)

    id: Mapped[uuid.UUID] = mapped_column(UUID, primary_key=True)
    client_id: Mapped[str] = mapped_column(ForeignKey(Ob3ClientRow.client_id), index=True)
    learner_email: Mapped[str] = mapped_column(String(320), doc="Normalised sign-in address.")
    scope: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class Ob3AuthorizationCodeRow(Base):
    """A one-time authorization code, bound to its grant (client, learner, scopes), the exact
    redirect URI and the PKCE S256 challenge."""

    __tablename__ = "ob3_authorization_codes"

    code_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    grant_id: Mapped[uuid.UUID] = mapped_column(ForeignKey(Ob3GrantRow.id), index=True)
    redirect_uri: Mapped[str] = mapped_column(Text)
    code_challenge: Mapped[str] = mapped_column(String(128))
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    used_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class Ob3TokenRow(Base):
    """An access or refresh token of a grant. A refresh token is used once (rotation): ``used_at``
    set, it may not be presented again."""

    __tablename__ = "ob3_tokens"
    __table_args__ = (CheckConstraint("kind in ('access', 'refresh')", name="kind_known"),)

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    grant_id: Mapped[uuid.UUID] = mapped_column(ForeignKey(Ob3GrantRow.id), index=True)
    kind: Mapped[str] = mapped_column(String(8))
    scope: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    used_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class Ob3HeldCredentialRow(Base):
    """A credential a learner's wallet pushed (upsertCredential), verified before it is kept; the
    credentials issued here to the learner are in their collection without a row."""

    __tablename__ = "ob3_held_credentials"
    __table_args__ = (
        UniqueConstraint("learner_email", "credential_uri"),
        Index(None, "learner_email", "added_at"),
    )

    id: Mapped[uuid.UUID] = mapped_column(UUID, primary_key=True)
    learner_email: Mapped[str] = mapped_column(String(320))
    credential_uri: Mapped[str] = mapped_column(Text, doc="The credential's own id.")
    document: Mapped[dict[str, Any]] = mapped_column(JSONB)
    added_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class Ob3ProfileRow(Base):
    """The editable fields of a learner's profile (putProfile); the email is always the sign-in one."""

    __tablename__ = "ob3_profiles"

    learner_email: Mapped[str] = mapped_column(String(320), primary_key=True)
    fields: Mapped[dict[str, Any]] = mapped_column(JSONB)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
