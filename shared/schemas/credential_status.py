"""Revocation and suspension of issued credentials, VC-API status updates and verification reports."""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

Reason = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=1000)]


class StatusChange(BaseModel):
    model_config = ConfigDict(extra="forbid")

    reason: Reason = Field(description="Why, in words the learner and the institution's staff understand.")


class CredentialStatus(BaseModel):
    credential_id: uuid.UUID
    revoked: bool
    suspended: bool
    revoked_at: datetime | None = None
    suspended_at: datetime | None = None
    reason: str | None = Field(None, description="Reason given with the latest change.")


class VcApiStatusItem(BaseModel):
    model_config = ConfigDict(extra="forbid")

    type: Literal["BitstringStatusListEntry"] = "BitstringStatusListEntry"
    status: Literal["revoked", "suspended", "active"] = Field(
        description="`revoked` (final), `suspended`, or `active` (lifts a suspension)."
    )


class VcApiStatusUpdate(BaseModel):
    """VC-API `POST /credentials/status` (UpdateCredentialStatus)."""

    model_config = ConfigDict(extra="forbid")

    credentialId: str = Field(max_length=200, description="`urn:uuid:<id>` of a credential of this service.")  # noqa: N815
    credentialStatus: list[VcApiStatusItem] = Field(min_length=1, max_length=2)  # noqa: N815
    reason: Reason = "Changed through the VC-API."


class CheckStatus(StrEnum):
    PASSED = "passed"
    FAILED = "failed"
    NOT_APPLICABLE = "not_applicable"


class CheckName(StrEnum):
    FORMAT = "format"
    PROOF = "proof"
    ISSUER_KEY = "issuer_key"
    STATUS = "status"
    VALIDITY_PERIOD = "validity_period"
    STANDING = "standing"


class Check(BaseModel):
    name: CheckName
    status: CheckStatus
    detail: str


class IssueRequest(BaseModel):
    """VC-API `POST /credentials/issue` as this platform offers it: the credential of a completion the
    institution's SIS sent (the platform builds the document; callers never supply one)."""

    model_config = ConfigDict(extra="forbid")

    completion_id: uuid.UUID = Field(description="A completion of the caller's organisation.")
    options: dict[str, Any] | None = Field(None, description="Accepted for VC-API clients; none is used.")


class IssueResponse(BaseModel):
    verifiableCredential: dict[str, Any] = Field(  # noqa: N815
        description="The signed Open Badges 3.0 credential (eddsa-rdfc-2022)."
    )


class VerifyRequest(BaseModel):
    """VC-API `POST /credentials/verify`."""

    verifiableCredential: dict[str, Any]  # noqa: N815
    options: dict[str, Any] | None = None


class VerificationReport(BaseModel):
    verified: bool = Field(description="True when no check failed.")
    checks: list[Check]
    errors: list[str] = Field(default_factory=list, description="The details of the failed checks.")
