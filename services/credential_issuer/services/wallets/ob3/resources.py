"""The learner's resources behind the Open Badges API: their credentials (getCredentials,
upsertCredential) and their profile (getProfile, putProfile), with the specification's errors as
Imsx_StatusInfo.

A pushed credential is verified with the verifier of the public verification page before it is kept
(a forged or tampered credential is refused, 400); a credential issued here to the learner is in the
collection already, so pushing it again changes nothing (304)."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.credential_issuer.repositories import ob3_collection
from services.credential_issuer.services.verification import VerificationService

PROFILE_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
EDITABLE_PROFILE_FIELDS = ("name", "givenName", "familyName", "additionalName", "phone", "description", "url")
MAX_FIELD_CHARS = 500
PROFILE_NAMESPACE = uuid.UUID("7e0b6c52-2f0e-4d53-9f4e-0b3f0c6f9a11")
CREDENTIAL_TYPES = frozenset({"OpenBadgeCredential", "AchievementCredential"})


@dataclass
class ImsxError(Exception):
    """An Open Badges API error: HTTP status, codeMinor value (the specification's vocabulary) and
    a description for the client's developer."""

    status_code: int
    minor: str
    description: str
    headers: dict[str, str] = field(default_factory=dict)

    def body(self) -> dict[str, Any]:
        """The Imsx_StatusInfo payload."""
        return {
            "imsx_codeMajor": "failure",
            "imsx_severity": "error",
            "imsx_description": self.description,
            "imsx_codeMinor": {
                "imsx_codeMinorField": [
                    {"imsx_codeMinorFieldName": "TargetEndSystem", "imsx_codeMinorFieldValue": self.minor}
                ]
            },
        }


def profile_id(learner_email: str) -> str:
    """The learner's profile id: stable per sign-in address, and revealing nothing of it."""
    return f"urn:uuid:{uuid.uuid5(PROFILE_NAMESPACE, learner_email)}"


@dataclass(frozen=True)
class UpsertOutcome:
    status_code: int  # 200 replaced, 201 created, 304 unchanged
    document: dict[str, Any]


class LearnerCollection:
    """One learner's collection and profile (the access token said whose)."""

    def __init__(self, sessions: async_sessionmaker[AsyncSession], verifier: VerificationService) -> None:
        self._sessions = sessions
        self._verifier = verifier

    async def page(
        self, learner_email: str, *, limit: int, offset: int, since: datetime | None
    ) -> ob3_collection.CollectionPage:
        async with self._sessions() as session:
            return await ob3_collection.collection_page(
                session, learner_email, limit=limit, offset=offset, since=since
            )

    async def upsert(self, learner_email: str, document: Any) -> UpsertOutcome:
        """Keep the verified credential in the learner's collection; 201 new, 200 replaced, 304 the
        same credential is there already."""
        if not isinstance(document, dict):
            raise ImsxError(400, "invalid_data", "the body must be an AchievementCredential (a JSON object)")
        credential_uri, types = document.get("id"), document.get("type")
        type_list = types if isinstance(types, list) else [types]
        if not isinstance(credential_uri, str) or not credential_uri or len(credential_uri) > 2000:
            raise ImsxError(400, "invalid_data", "the credential needs an id (a URI)")
        if not CREDENTIAL_TYPES & set(type_list):
            raise ImsxError(
                400, "invalid_data", "type must include OpenBadgeCredential or AchievementCredential"
            )
        async with self._sessions() as session:
            issued = await ob3_collection.issued_document(session, learner_email, credential_uri)
        if issued is not None:
            if _canonical(issued) == _canonical(document):
                return UpsertOutcome(304, document)
            raise ImsxError(
                400, "invalid_data", "a credential issued here with this id differs from the one sent"
            )
        report = await self._verifier.verify(document)
        if not report.verified:
            raise ImsxError(
                400, "invalid_data", "the credential does not verify: " + "; ".join(report.errors)[:800]
            )
        async with self._sessions.begin() as session:
            held = await ob3_collection.held_for_update(session, learner_email, credential_uri)
            if held is None:
                if await ob3_collection.insert_held(session, learner_email, credential_uri, document):
                    return UpsertOutcome(201, document)
                held = await ob3_collection.held_for_update(session, learner_email, credential_uri)
                assert held is not None
            if _canonical(held.document) == _canonical(document):
                return UpsertOutcome(304, document)
            held.document, held.updated_at = document, datetime.now(UTC)
            return UpsertOutcome(200, document)

    async def profile(self, learner_email: str) -> dict[str, Any]:
        """The learner's OB 3.0 Profile: the stored fields and the verified sign-in address."""
        async with self._sessions() as session:
            fields = await ob3_collection.profile_fields(session, learner_email)
        return {
            "@context": [PROFILE_CONTEXT],
            "type": ["Profile"],
            "id": profile_id(learner_email),
            **fields,
            "email": learner_email,
        }

    async def replace_profile(self, learner_email: str, body: Any) -> dict[str, Any]:
        """Store the editable fields of the Profile sent (the whole profile: a field left out is
        cleared); the email stays the sign-in address."""
        if not isinstance(body, dict):
            raise ImsxError(400, "invalid_data", "the body must be a Profile (a JSON object)")
        email = body.get("email")
        if email is not None and (not isinstance(email, str) or email.strip().lower() != learner_email):
            raise ImsxError(
                400, "invalid_data", "email is the verified sign-in address; it cannot be changed"
            )
        fields: dict[str, Any] = {}
        for name in EDITABLE_PROFILE_FIELDS:
            value = body.get(name)
            if value is None:
                continue
            if not isinstance(value, str) or len(value) > MAX_FIELD_CHARS:
                raise ImsxError(
                    400, "invalid_data", f"{name} must be a string of at most {MAX_FIELD_CHARS} characters"
                )
            fields[name] = value
        async with self._sessions.begin() as session:
            await ob3_collection.store_profile_fields(session, learner_email, fields)
        return await self.profile(learner_email)


def _canonical(document: Any) -> str:
    return json.dumps(document, sort_keys=True, separators=(",", ":"))
