"""The bodies of the Open Badges 3.0 API as its specifications define them (for the contract): the
errors (Imsx_StatusInfo at the resource endpoints, RFC 6749 / RFC 7591 at the OAuth endpoints) and
the success bodies (the SDD, RFC 7591 registration, RFC 6749 tokens, credentials, the Profile)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from shared.schemas.common import left_out_when_unset


class ImsxCodeMinorField(BaseModel):
    imsx_codeMinorFieldName: str = Field(examples=["TargetEndSystem"])  # noqa: N815 (the spec's name)
    imsx_codeMinorFieldValue: str = Field(  # noqa: N815
        description="forbidden, unauthorisedrequest, invalid_data, invalid_query_parameter...",
        examples=["forbidden"],
    )


class ImsxCodeMinor(BaseModel):
    imsx_codeMinorField: list[ImsxCodeMinorField]  # noqa: N815


class ImsxStatusInfo(BaseModel):
    """Imsx_StatusInfo: the Open Badges API's error payload."""

    imsx_codeMajor: Literal["failure", "processing", "success", "unsupported"]  # noqa: N815
    imsx_severity: Literal["error", "status", "warning"]
    imsx_description: str | None = None
    imsx_codeMinor: ImsxCodeMinor | None = None  # noqa: N815


class OAuthErrorBody(BaseModel):
    """RFC 6749 section 5.2 (token, revocation) and RFC 7591 section 3.2.2 (registration) errors."""

    error: str = Field(examples=["invalid_grant"])
    error_description: str | None = None


# --- Success bodies (the contract's types; the routes build the same documents as dicts) -----------

_COMPACT_JWS = r"^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+$"


class AchievementCredential(BaseModel):
    """An OpenBadgeCredential (OB 3.0 AchievementCredential) as JSON-LD with an embedded proof; the
    fields a reader needs are named, the rest of the Verifiable Credential is kept as sent."""

    model_config = ConfigDict(json_schema_extra=left_out_when_unset, extra="allow", populate_by_name=True)

    context: list[str | dict[str, Any]] = Field(alias="@context", min_length=1)
    id: str = Field(description="The credential's URI (`urn:uuid:…` for those issued here).")
    type: list[str] = Field(
        min_length=1,
        description="Holds `VerifiableCredential` and `OpenBadgeCredential` (or `AchievementCredential`).",
    )
    name: str | None = None
    issuer: dict[str, Any] | str = Field(description="The issuer's Profile (or its URI).")
    valid_from: str | None = Field(default=None, alias="validFrom")
    valid_until: str | None = Field(default=None, alias="validUntil")
    credential_subject: dict[str, Any] = Field(alias="credentialSubject")
    credential_status: dict[str, Any] | None = Field(default=None, alias="credentialStatus")
    proof: dict[str, Any] | list[dict[str, Any]] | None = None


class GetOpenBadgeCredentialsResponse(BaseModel):
    """getCredentials' answer: one page of the learner's credentials (newest first)."""

    model_config = ConfigDict(json_schema_extra=left_out_when_unset)

    credential: list[AchievementCredential] = Field(
        description="The credentials secured with an embedded proof (every one this service holds)."
    )
    compact_jws_string: list[Annotated[str, Field(pattern=_COMPACT_JWS)]] | None = Field(
        default=None,
        alias="compactJwsString",
        description="VC-JWT credentials; never sent here (upsertCredential refuses VC-JWT).",
    )


class LearnerProfile(BaseModel):
    """The learner's OB 3.0 Profile (getProfile, putProfile): the fields they set, and the verified
    sign-in address as `email`. A field never set is left out."""

    model_config = ConfigDict(json_schema_extra=left_out_when_unset, populate_by_name=True)

    context: list[str] = Field(alias="@context")
    type: list[str] = Field(examples=[["Profile"]])
    id: str = Field(description="`urn:uuid:…`, stable per sign-in address.")
    email: str = Field(description="The learner's verified sign-in address (cannot be changed).")
    name: str | None = None
    given_name: str | None = Field(default=None, alias="givenName")
    family_name: str | None = Field(default=None, alias="familyName")
    additional_name: str | None = Field(default=None, alias="additionalName")
    phone: str | None = None
    description: str | None = None
    url: str | None = None


class Ob3TokenResponse(BaseModel):
    """RFC 6749 section 5.1 access token response of the Open Badges token endpoint."""

    model_config = ConfigDict(json_schema_extra=left_out_when_unset)

    access_token: str
    token_type: Literal["Bearer"]
    expires_in: int = Field(description="Seconds the access token lives.", examples=[3600])
    scope: str = Field(description="The granted scopes, space-separated.")
    refresh_token: str | None = Field(
        default=None, description="Sent when the client registered the refresh_token grant; used once."
    )


class ClientRegistrationResponse(BaseModel):
    """RFC 7591 section 3.2.1 client information response: the client's credentials and every field
    registered. The secret is shown this once."""

    model_config = ConfigDict(json_schema_extra=left_out_when_unset)

    client_id: str
    client_secret: str
    client_id_issued_at: int = Field(description="Seconds since the epoch.")
    client_secret_expires_at: Literal[0] = Field(description="0: the secret does not expire.")
    client_name: str
    client_uri: str
    logo_uri: str
    tos_uri: str
    policy_uri: str
    software_id: str
    software_version: str
    redirect_uris: list[str]
    token_endpoint_auth_method: Literal["client_secret_basic"]
    grant_types: list[Literal["authorization_code", "refresh_token"]]
    response_types: list[Literal["code"]]
    scope: str = Field(description="The registered scopes, space-separated.")
    contacts: list[str] | None = Field(default=None, description="Sent when registered.")


class OpenApiAuthorizationCodeFlow(BaseModel):
    authorization_url: str = Field(alias="authorizationUrl")
    token_url: str = Field(alias="tokenUrl")
    refresh_url: str = Field(alias="refreshUrl")
    scopes: dict[str, str]

    model_config = ConfigDict(populate_by_name=True)


class OpenApiOAuth2Flows(BaseModel):
    authorization_code: OpenApiAuthorizationCodeFlow = Field(alias="authorizationCode")

    model_config = ConfigDict(populate_by_name=True)


class OpenApiOAuth2SecurityScheme(BaseModel):
    """The SDD's OAuth2ACG scheme: where wallets register, authorise and get tokens."""

    model_config = ConfigDict(extra="allow", populate_by_name=True)

    type: Literal["oauth2"]
    description: str
    name: str = Field(alias="x-imssf-name")
    privacy_policy_url: str = Field(alias="x-imssf-privacyPolicyUrl")
    registration_url: str = Field(alias="x-imssf-registrationUrl")
    terms_of_service_url: str = Field(alias="x-imssf-termsOfServiceUrl")
    revocation_url: str = Field(
        alias="x-omc-revocationUrl", description="This service's extension: the RFC 7009 endpoint."
    )
    flows: OpenApiOAuth2Flows


class OpenApiSecuritySchemes(BaseModel):
    oauth2_acg: OpenApiOAuth2SecurityScheme = Field(alias="OAuth2ACG")

    model_config = ConfigDict(populate_by_name=True)


class OpenApiComponents(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True)

    security_schemes: OpenApiSecuritySchemes = Field(alias="securitySchemes")
    schemas: dict[str, Any] = Field(default_factory=dict)


class OpenApiInfo(BaseModel):
    model_config = ConfigDict(json_schema_extra=left_out_when_unset, extra="allow", populate_by_name=True)

    title: str
    description: str | None = None
    version: str
    terms_of_service: str = Field(alias="termsOfService")
    privacy_policy_url: str = Field(alias="x-imssf-privacyPolicyUrl")


class ServiceDescriptionDocument(BaseModel):
    """The Open Badges 3.0 Service Description Document: an OpenAPI 3.0 document naming the
    registration, authorization, token and refresh URLs and the scopes (`components.securitySchemes.
    OAuth2ACG`), and the terms of service and privacy policy (`info`)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True)

    openapi: str = Field(examples=["3.0.1"])
    info: OpenApiInfo
    servers: list[dict[str, Any]]
    tags: list[dict[str, Any]] = Field(default_factory=list)
    paths: dict[str, dict[str, Any]] = Field(description="The OB 3.0 operations this service serves.")
    components: OpenApiComponents
