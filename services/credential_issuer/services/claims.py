"""The learner's wallet delivery: a one-time claim link, redeemed as a plain JSON download or through
a VC-API exchange (the DCC Learner Credential Wallet's flow: a VerifiablePresentationRequest asking
for DIDAuthentication, then a presentation holding the credential).

The token is 256 random bits; only its SHA-256 is stored. Redeeming takes a row lock, so two
concurrent redemptions give one credential and one 410.
"""

from __future__ import annotations

import hashlib
import secrets
import uuid
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.credential_issuer.errors import ClaimGone
from services.credential_issuer.repositories import claims
from services.credential_issuer.repositories import credential_status as credentials
from shared.errors import Forbidden, NotFound, UnprocessableInput
from shared.schemas.auth import Principal, Role
from shared.schemas.claims import ClaimLink
from shared.vc.contexts import CREDENTIALS_V2
from shared.vc.data_integrity import WITH_ED25519_SIGNATURE_2020, proofs_of, verify
from shared.vc.did import StaticDidResolver
from shared.vc.errors import VcError

CLAIM_VALID_DAYS = 14
AUTHENTICATION = "authentication"


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


class ClaimService:
    def __init__(self, sessions: async_sessionmaker[AsyncSession], public_url: str) -> None:
        self._sessions = sessions
        self._public_url = public_url.rstrip("/")

    async def create(self, caller: Principal, credential_id: uuid.UUID, *, valid_days: int) -> ClaimLink:
        token = secrets.token_urlsafe(32)
        expires_at = datetime.now(UTC) + timedelta(days=valid_days)
        async with self._sessions.begin() as session:
            found = await credentials.credential(session, credential_id)
            if found is None:
                raise NotFound(f"There is no credential {credential_id}.")
            if Role.INSTITUTION not in caller.roles or found.organisation_id != caller.organisation_id:
                raise Forbidden("Only the institution that issued the credential may send its claim link.")
            claim = await claims.add(session, credential_id, token_hash(token), expires_at)
        return self._link(claim, token)

    async def create_for_learner(self, credential_id: uuid.UUID, *, valid_days: int) -> ClaimLink:
        """A claim link asked for by the signed-in learner the credential was issued to (the caller
        checked that it is theirs): the same one-time link the institution would send."""
        token = secrets.token_urlsafe(32)
        expires_at = datetime.now(UTC) + timedelta(days=valid_days)
        async with self._sessions.begin() as session:
            claim = await claims.add(session, credential_id, token_hash(token), expires_at)
        return self._link(claim, token)

    def _link(self, claim: claims.Claim, token: str) -> ClaimLink:
        credential_id = claim.credential_id
        return ClaimLink(
            claim_id=claim.id,
            credential_id=credential_id,
            url=f"{self._public_url}/v1/claims/{token}/credential.json",
            exchange_url=f"{self._public_url}/exchanges/{token}",
            expires_at=claim.expires_at,
        )

    async def _usable(self, session: AsyncSession, token: str) -> claims.Claim:
        claim = await claims.by_token_hash(session, token_hash(token), for_update=True)
        if claim is None:
            raise NotFound("There is no such claim link.")
        if claim.redeemed_at is not None:
            raise ClaimGone("This claim link was already used; ask the institution for a new one.")
        if claim.expires_at <= datetime.now(UTC):
            raise ClaimGone("This claim link has expired; ask the institution for a new one.")
        return claim

    async def _redeem(self, token: str) -> dict[str, Any]:
        async with self._sessions.begin() as session:
            claim = await self._usable(session, token)
            found = await credentials.credential(session, claim.credential_id)
            assert found is not None
            await claims.redeem(session, claim.id)
            return found.document

    async def download(self, token: str) -> dict[str, Any]:
        return await self._redeem(token)

    def _challenge(self, token: str) -> str:
        return hashlib.sha256(f"omc-claim-challenge:{token_hash(token)}".encode()).hexdigest()

    async def exchange(self, token: str, body: Mapping[str, Any]) -> dict[str, Any]:
        """VC-API exchange step: without a presentation, the request for one; with a DIDAuth
        presentation answering the challenge, the credential in a presentation."""
        presentation = body.get("verifiablePresentation")
        if presentation is None:
            async with self._sessions() as session:
                await self._usable(session, token)
            return {
                "verifiablePresentationRequest": {
                    "query": [{"type": "DIDAuthentication", "acceptedMethods": [{"method": "key"}]}],
                    "challenge": self._challenge(token),
                    "domain": self._public_url,
                    "interact": {
                        "service": [
                            {
                                "type": "UnmediatedPresentationService2021",
                                "serviceEndpoint": f"{self._public_url}/exchanges/{token}",
                            }
                        ]
                    },
                }
            }
        await self._check_did_auth(token, presentation)
        document = await self._redeem(token)
        return {
            "verifiablePresentation": {
                "@context": [CREDENTIALS_V2],
                "type": ["VerifiablePresentation"],
                "verifiableCredential": [document],
            }
        }

    async def _check_did_auth(self, token: str, presentation: Any) -> None:
        field = "body.verifiablePresentation"
        if not isinstance(presentation, Mapping):
            raise UnprocessableInput.for_field(field, "expected a verifiable presentation (a JSON object)")
        proofs = [proof for proof in proofs_of(presentation) if isinstance(proof, Mapping)]
        if not proofs or any(proof.get("challenge") != self._challenge(token) for proof in proofs):
            raise UnprocessableInput.for_field(
                field, "the presentation's proof must carry the challenge given"
            )
        try:
            # Wallets such as the DCC Learner Credential Wallet sign DIDAuth with Ed25519Signature2020.
            result = await verify(
                presentation,
                StaticDidResolver(),
                expected_purpose=AUTHENTICATION,
                accepted_types=WITH_ED25519_SIGNATURE_2020,
            )
        except VcError as error:
            raise UnprocessableInput.for_field(
                field, f"the presentation cannot be processed: {error}"
            ) from None
        holder = presentation.get("holder")
        holder = holder.get("id") if isinstance(holder, Mapping) else holder
        if not result.verified or holder not in result.verified_controllers():
            reasons = "; ".join(r.error or "" for r in result.proofs if not r.verified) or "not by the holder"
            raise UnprocessableInput.for_field(
                field, f"DIDAuth failed (did:key; eddsa-rdfc-2022 or Ed25519Signature2020): {reasons}"
            )
