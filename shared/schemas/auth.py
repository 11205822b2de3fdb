"""Roles, API clients and OAuth2 token responses."""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, Field, field_validator

from shared.schemas.common import Name


class Role(StrEnum):
    """What a client may do. Each role fits only some kinds of organisation (ROLES_BY_KIND)."""

    MINISTRY = "ministry"
    EQAA = "eqaa"
    INSTITUTION = "institution"
    SIS = "sis"
    PARTNER = "partner"
    PORTAL = "portal"
    ADMIN = "admin"
    LEDGER = "ledger"
    """The quality ledger service (qa_api) itself: applies designations and approvals to the registry."""


class OrganisationKind(StrEnum):
    PLATFORM = "platform"
    MINISTRY = "ministry"
    EQAA = "eqaa"
    INSTITUTION = "institution"
    ALTERNATE_PROVIDER = "alternate_provider"
    PORTAL = "portal"


ROLES_BY_KIND: dict[OrganisationKind, frozenset[Role]] = {
    OrganisationKind.PLATFORM: frozenset({Role.ADMIN, Role.LEDGER}),
    OrganisationKind.MINISTRY: frozenset({Role.MINISTRY}),
    OrganisationKind.EQAA: frozenset({Role.EQAA}),
    OrganisationKind.INSTITUTION: frozenset({Role.INSTITUTION, Role.SIS}),
    OrganisationKind.ALTERNATE_PROVIDER: frozenset({Role.PARTNER}),
    OrganisationKind.PORTAL: frozenset({Role.PORTAL}),
}


class Principal(BaseModel):
    """Who is calling: the verified content of an access token."""

    client_id: str
    organisation_id: uuid.UUID
    organisation_kind: OrganisationKind
    roles: frozenset[Role]

    def has_any(self, roles: frozenset[Role]) -> bool:
        return bool(self.roles & roles)


class ApiClientCreate(BaseModel):
    name: Name = Field(description="What this client is, e.g. `Banner SIS production`.")
    roles: list[Role] = Field(min_length=1, max_length=7, description="Roles granted to the client.")

    @field_validator("roles")
    @classmethod
    def _unique(cls, roles: list[Role]) -> list[Role]:
        return sorted(set(roles))


class ApiClient(BaseModel):
    client_id: str
    organisation_id: uuid.UUID
    name: str
    roles: list[Role]
    created_at: datetime
    revoked_at: datetime | None = None


class ApiClientWithSecret(ApiClient):
    client_secret: str = Field(description="Shown once, at creation; only its hash is stored.")


class TokenResponse(BaseModel):
    """RFC 6749 §5.1 access token response."""

    access_token: str
    token_type: str = "Bearer"  # noqa: S105 (a token type, not a secret)
    expires_in: int
    scope: str = Field(description="The granted roles, space-separated.")


class JsonWebKey(BaseModel):
    kty: str
    crv: str
    x: str
    kid: str
    alg: str | None = None
    use: str | None = None


class JsonWebKeySet(BaseModel):
    keys: list[JsonWebKey]


class SigningKeyInfo(BaseModel):
    kid: str
    created_at: datetime
    retired_at: datetime | None = None
