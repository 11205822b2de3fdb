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
    """The named checks of a verification report. A credential's report has the first seven, in
    this order; a presentation's has `format`, `proof`, `holder`, `challenge`, `domain` and
    `credentials`, and a report of its own for each credential."""

    FORMAT = "format"
    PROOF = "proof"
    ISSUER_KEY = "issuer_key"
    STATUS = "status"
    VALIDITY_PERIOD = "validity_period"
    STANDING = "standing"
    ENDORSEMENTS = "endorsements"
    HOLDER = "holder"
    CHALLENGE = "challenge"
    DOMAIN = "domain"
    CREDENTIALS = "credentials"


class Check(BaseModel):
    name: CheckName
    status: CheckStatus
    detail: str


class OrganisationRole(StrEnum):
    ISSUER = "issuer"
    CO_AWARDING_PARTNER = "co_awarding_partner"


class VouchingOrganisation(BaseModel):
    """An organisation that vouches for a credential: its issuer, or a partner that co-awards it
    (an embedded, signed Open Badges EndorsementCredential, or a second proof of an older joint
    award)."""

    id: str = Field(description="The organisation's DID.")
    name: str | None = None
    role: OrganisationRole
    verified: bool = Field(description="Its signature verified and its key was its own when it signed.")


class IssueCredentialOptions(BaseModel):
    """VC-API IssueCredentialOptions, and this platform's `completionId`."""

    model_config = ConfigDict(extra="forbid")

    credentialId: str | None = Field(  # noqa: N815
        None,
        max_length=2000,
        description="VC-API: the id to refer to a credential that has no `id` (with one, leave this out "
        "or give the same). Issuing again under the same id gives the same credential (200) when the "
        "request is the same, 409 `credential-id-taken` when it differs.",
    )
    completionId: uuid.UUID | None = Field(  # noqa: N815
        None,
        description="Issue the credential of this completion of the caller's organisation instead of a "
        "caller-supplied one (the only way to an Ontario Micro-Credential): leave `credential` out.",
    )
    mandatoryPointers: list[str] | None = Field(  # noqa: N815
        None,
        max_length=100,
        description="VC-API selective disclosure; not offered (eddsa-rdfc-2022 signs the whole "
        "credential): 422 when given.",
    )


class IssueRequest(BaseModel):
    """VC-API `POST /credentials/issue`: `{credential, options}` (a caller-supplied VC 2.0 credential),
    or `{options: {completionId}}` (the credential of a completion, built by the platform)."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "credential": {
                        "@context": [
                            "https://www.w3.org/ns/credentials/v2",
                            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
                        ],
                        "id": "urn:uuid:2f0a56b4-9d4e-4b6b-8a0a-3e4c1f1f6b1d",
                        "type": ["VerifiableCredential", "OpenBadgeCredential"],
                        "name": "Workshop: Safe Lifting",
                        "validFrom": "2026-12-07T00:00:00Z",
                        "credentialSubject": {
                            "type": ["AchievementSubject"],
                            "achievement": {
                                "id": "https://college.example.ca/badges/safe-lifting",
                                "type": ["Achievement"],
                                "name": "Safe Lifting",
                                "description": "A two-hour workshop outside the institution's IQAP.",
                                "criteria": {"narrative": "Attend the workshop."},
                            },
                        },
                    },
                    "options": {},
                },
                {"options": {"completionId": "8d7f3a8e-6f4b-4f1e-9a51-2f7d7c1a0b11"}},
            ]
        },
    )

    credential: dict[str, Any] | None = Field(
        None,
        description="An unsigned VC 2.0 credential, issued as given (issuer filled in when left out; "
        "`id` and `validFrom` filled in when left out; the platform's status entry and proof added).",
    )
    options: IssueCredentialOptions | None = None
    completion_id: uuid.UUID | None = Field(
        None,
        description="Earlier form of `options.completionId`, still accepted (prefer the VC-API form).",
    )


class IssueResponse(BaseModel):
    verifiableCredential: dict[str, Any] = Field(  # noqa: N815
        description="The signed Open Badges 3.0 credential (eddsa-rdfc-2022)."
    )


class VerifyRequest(BaseModel):
    """VC-API `POST /credentials/verify` (VerifyCredentialRequest)."""

    verifiableCredential: dict[str, Any] = Field(  # noqa: N815
        description="A secured credential (Data Integrity proof) as a JSON object."
    )
    options: dict[str, Any] | None = Field(
        None, description="VerifyCredentialOptions; accepted, none changes how a credential is checked."
    )


class VerificationReport(BaseModel):
    """The VC-API VerificationResult of a credential: `verified`, the `checks` made (here each named,
    with its outcome and why), `warnings` and `errors` (one line per failed check)."""

    verified: bool = Field(description="True when no check failed.")
    checks: list[Check]
    warnings: list[str] = Field(default_factory=list, description="What was not checked, or only in part.")
    errors: list[str] = Field(default_factory=list, description="The details of the failed checks.")
    organisations: list[VouchingOrganisation] = Field(
        default_factory=list, description="The issuer and any co-awarding partner, as verified."
    )


class VerifyPresentationOptions(BaseModel):
    """VC-API VerifyPresentationOptions."""

    model_config = ConfigDict(extra="allow")

    challenge: str | None = Field(None, max_length=1000, description="Must equal the proof's `challenge`.")
    domain: str | None = Field(
        None, max_length=1000, description="Must be the proof's `domain` (or one of them)."
    )
    returnPresentation: bool = Field(False, description="Return the presentation in the result.")  # noqa: N815


class VerifyPresentationRequest(BaseModel):
    """VC-API `POST /presentations/verify`: `verifiablePresentation` (VerifyPresentationRequest) or,
    for a presentation without proof, `presentation` (ProoflessVerifyPresentationRequest)."""

    model_config = ConfigDict(extra="forbid")

    verifiablePresentation: dict[str, Any] | None = None  # noqa: N815
    presentation: dict[str, Any] | None = None
    options: VerifyPresentationOptions = Field(default_factory=VerifyPresentationOptions)


class PresentationVerificationReport(BaseModel):
    """The VC-API VerificationResult of a presentation: its own named checks, then one credential
    report per embedded credential, in the presentation's order."""

    verified: bool = Field(description="True when no check of the presentation or of a credential failed.")
    checks: list[Check]
    warnings: list[str] = Field(default_factory=list)
    errors: list[str] = Field(default_factory=list)
    holder: str | None = Field(None, description="The holder the presentation's proof authenticates.")
    credentialResults: list[VerificationReport] = Field(default_factory=list)  # noqa: N815
    verifiablePresentation: dict[str, Any] | None = Field(  # noqa: N815
        None, description="The presentation, when `options.returnPresentation` asked for it."
    )
