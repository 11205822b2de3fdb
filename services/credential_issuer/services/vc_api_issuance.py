"""VC-API `POST /credentials/issue`: an institution's own client has a credential signed by its
organisation's key, either one it wrote (`{credential, options}`) or the credential of one of its
completions (`options.completionId`, built and checked by the issuance worker's code).

A caller-supplied credential is checked against VC Data Model 2.0 (credential_request), refused when
it presents itself as an Ontario Micro-Credential (only a completion that passed the quality ledger's
standing check becomes one: shared.vc.omc_mark), given the platform's suspension status entry and
signed with eddsa-rdfc-2022. It is stored like every credential this service issues, so its status can
be changed (`POST /credentials/status`) and read by any verifier.

Replays (VC-API `credentialId`): a credential issued under an id (`credential.id` or
`options.credentialId`) is given again (200) for the same request, and a different request under the
same id is refused (409), so a client that lost the answer may safely ask again."""

from __future__ import annotations

import hashlib
import json
import uuid
from datetime import UTC, datetime
from typing import Any

import anyio.to_thread
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.credential_issuer.errors import CredentialIdTaken, OmcMarkProtected
from services.credential_issuer.repositories import credential_status as credentials
from services.credential_issuer.repositories.status_lists import allocate_many_status_entries
from services.credential_issuer.services.credential_request import checked_credential
from services.credential_issuer.services.issuance import IssuanceWorker
from services.credential_issuer.services.issuing_keys import IssuingKeys, proof_moment
from services.credential_issuer.services.open_badges import suspension_status_entry
from services.credential_issuer.services.signing_pool import SigningJob, sign_document
from shared.errors import Forbidden, UnprocessableInput
from shared.schemas.auth import Principal, Role
from shared.schemas.credential_status import IssueRequest
from shared.schemas.problems import FieldError
from shared.vc.data_integrity import xsd_datetime
from shared.vc.errors import VcError
from shared.vc.omc_mark import claims_omc_mark
from shared.vc.schemas import open_badge_errors

_OPEN_BADGE_TYPES = {"OpenBadgeCredential", "AchievementCredential"}


def _fingerprint(request: IssueRequest) -> str:
    """SHA-256 of the request as JSON with sorted keys: the same request gives the same print."""
    text = json.dumps(request.model_dump(mode="json"), sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()


class VcApiIssuance:
    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        *,
        keys: IssuingKeys,
        worker: IssuanceWorker,
        issuer_url: str,
    ) -> None:
        self._sessions = sessions
        self._keys = keys
        self._worker = worker
        self._issuer_url = issuer_url

    async def issue(self, caller: Principal, request: IssueRequest) -> tuple[dict[str, Any], bool]:
        """The signed credential, and whether this call issued it (False: issued before, the same
        completion or the same request under the same credential id)."""
        if not {Role.INSTITUTION, Role.SIS} & set(caller.roles) or caller.organisation_id is None:
            raise Forbidden(
                "Only an institution's own clients (role `institution` or `sis`) issue credentials."
            )
        options = request.options
        completion_id = options.completionId if options else None
        if options is not None and options.mandatoryPointers is not None:
            raise UnprocessableInput.for_field(
                "body.options.mandatoryPointers",
                "Selective disclosure is not offered: eddsa-rdfc-2022 signs the whole credential.",
                code="unsupported-option",
            )
        if completion_id is not None and request.completion_id is not None:
            raise UnprocessableInput.for_field(
                "body.completion_id", "Give the completion once, as options.completionId."
            )
        if request.completion_id is not None:
            completion_id, field = request.completion_id, "body.completion_id"
        else:
            field = "body.options.completionId"
        if completion_id is not None:
            if request.credential is not None:
                raise UnprocessableInput.for_field(
                    "body.credential",
                    "A completion's credential is built by the platform: send the completion or a "
                    "credential, not both.",
                )
            return await self._worker.issue_now(caller, completion_id, field=field)
        if request.credential is None:
            raise UnprocessableInput.for_field(
                "body.credential", "Send a credential to issue, or options.completionId.", code="missing"
            )
        return await self._issue_document(caller, caller.organisation_id, request)

    async def _issue_document(
        self, caller: Principal, organisation_id: uuid.UUID, request: IssueRequest
    ) -> tuple[dict[str, Any], bool]:
        assert request.credential is not None
        document = checked_credential(request.credential, self._keys.did(organisation_id))
        reasons = claims_omc_mark(document)
        if reasons:
            raise OmcMarkProtected(
                "Only a completion that passed the quality ledger's standing check becomes an Ontario "
                "Micro-Credential (send options.completionId). This credential presents itself as one.",
                errors=[
                    FieldError(field=f"body.{reason.split(' ', 1)[0]}", message=reason, code="omc-mark")
                    for reason in reasons
                ],
            )
        given_id = document.get("id")
        option_id = request.options.credentialId if request.options else None
        if given_id is not None and option_id is not None and option_id != given_id:
            raise UnprocessableInput.for_field(
                "body.options.credentialId",
                "The credential has an id: leave credentialId out or give the same.",
            )
        credential_uri = given_id if isinstance(given_id, str) else option_id
        fingerprint = _fingerprint(request)
        if credential_uri is not None:
            earlier = await self._earlier(organisation_id, credential_uri, fingerprint)
            if earlier is not None:
                return earlier, False
        credential_id = uuid.uuid4()
        if given_id is None:
            document["id"] = f"urn:uuid:{credential_id}"
        request_began = datetime.now(UTC)
        async with self._sessions.begin() as session:
            key = await self._keys.signing_key(session, organisation_id)
            (entry,) = await allocate_many_status_entries(session, organisation_id, 1)
        issued_at = proof_moment([key], not_before=request_began)
        document.setdefault("validFrom", xsd_datetime(issued_at))
        document["credentialStatus"] = suspension_status_entry(self._issuer_url, entry)
        if _OPEN_BADGE_TYPES & set(
            document["type"] if isinstance(document["type"], list) else [document["type"]]
        ):
            errors = open_badge_errors(document)
            if errors:  # the entry allocated stays unused: it reveals nothing
                raise UnprocessableInput(
                    "Not a valid Open Badges 3.0 credential.",
                    errors=[
                        FieldError(field="body.credential" + _json_path(error), message=error, code="schema")
                        for error in errors[:20]
                    ],
                )
        job = SigningJob(document, (key.private_key.private_bytes_raw(), key.verification_method))
        try:
            signed = await anyio.to_thread.run_sync(sign_document, job, issued_at)
        except VcError as error:  # an undefined term, a context that is not bundled, too complex
            raise UnprocessableInput.for_field("body.credential", str(error), code="not-signable") from None
        try:
            async with self._sessions.begin() as session:
                await credentials.add_vc_api_credential(
                    session,
                    credential_id=credential_id,
                    organisation_id=organisation_id,
                    document=signed,
                    issued_at=issued_at,
                    credential_uri=credential_uri,
                    request_fingerprint=fingerprint,
                    suspension_list_id=entry.list_id,
                    suspension_index=entry.index,
                )
        except IntegrityError:  # the same id issued meanwhile by a concurrent request
            assert credential_uri is not None
            earlier = await self._earlier(organisation_id, credential_uri, fingerprint)
            if earlier is None:
                raise
            return earlier, False
        return signed, True

    async def _earlier(
        self, organisation_id: uuid.UUID, credential_uri: str, fingerprint: str
    ) -> dict[str, Any] | None:
        """The credential issued before under ``credential_uri`` for the same request; 409 when a
        different request took the id; None when the id is free."""
        async with self._sessions() as session:
            found = await credentials.credential_by_uri(session, organisation_id, credential_uri)
        if found is None:
            return None
        if found.request_fingerprint != fingerprint:
            raise CredentialIdTaken(
                f"A different credential was issued under {credential_uri}: give this one another id.",
                errors=[
                    FieldError(field="body.credential.id", message="already used", code="credential-id-taken")
                ],
            )
        return found.document


def _json_path(error: str) -> str:
    """`$.credentialSubject.achievement: ...` -> `.credentialSubject.achievement`."""
    path = error.split(":", 1)[0]
    return path[1:] if path.startswith("$") else ""
