"""The wallet's side of OpenID4VCI: the token endpoint (pre-authorized code grant), the nonce
endpoint, the credential endpoint and the deferred credential endpoint.

- A pre-authorized code is exchanged once, before it expires, with its transaction code; after
  MAX_TX_CODE_ATTEMPTS wrong transaction codes the offer stops working. The access token it becomes
  is bound to the offer (so to one completion's credential).
- A nonce is used by one proof, before it expires.
- While the completion is still pending (the checks of the quality ledger are waited for), the
  credential endpoint answers a transaction id; the deferred credential endpoint gives the
  credential once the completion is issued. The transaction and the access token that made it are
  honoured for TRANSACTION_VALID_DAYS, however long the checks take.
"""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.credential_issuer.repositories import credential_status as credentials
from services.credential_issuer.repositories import oid4vci as repository
from services.credential_issuer.services.issuing_keys import IssuingKeys
from services.credential_issuer.services.signing_pool import SigningPool
from services.credential_issuer.services.wallets.oid4vci.errors import (
    Oid4vciError,
    invalid_credential_request,
    invalid_grant,
    invalid_proof,
    invalid_request,
    invalid_token,
    missing_token,
)
from services.credential_issuer.services.wallets.oid4vci.formats import secured
from services.credential_issuer.services.wallets.oid4vci.metadata import (
    CONFIGURATION_FORMATS,
    DEFERRED_INTERVAL_SECONDS,
    PRE_AUTHORIZED_GRANT,
)
from services.credential_issuer.services.wallets.oid4vci.offers import secret_hash
from services.credential_issuer.services.wallets.oid4vci.proofs import check_key_proof
from shared.web.hostile_input import loads_bounded

ACCESS_TOKEN_SECONDS = 600
NONCE_SECONDS = 300
MAX_TX_CODE_ATTEMPTS = 5
TRANSACTION_VALID_DAYS = 30


@dataclass(frozen=True)
class CredentialAnswer:
    """200 with the credential, or 202 with a transaction id (deferred)."""

    status: int
    body: dict[str, Any]


def bearer_token(authorization: str | None) -> str:
    if not authorization:
        raise missing_token()
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise invalid_token("The Authorization header must be `Bearer <access token>`.")
    return token.strip()


def json_body(raw: bytes) -> Any:
    try:
        return loads_bounded(raw)
    except ValueError:  # JSONDecodeError, JsonTooDeep, UnicodeDecodeError
        raise invalid_credential_request("The request body must be JSON.") from None


class WalletExchange:
    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        *,
        public_url: str,
        keys: IssuingKeys,
        signing: SigningPool,
    ) -> None:
        self._sessions = sessions
        self._issuer_url = public_url.rstrip("/")
        self._keys = keys
        self._signing = signing

    # --- token endpoint ----------------------------------------------------------------------------

    async def token(self, form: Mapping[str, str]) -> dict[str, Any]:
        grant_type = form.get("grant_type")
        if not grant_type:
            raise invalid_request("grant_type is required.")
        if grant_type != PRE_AUTHORIZED_GRANT:
            raise Oid4vciError(
                "unsupported_grant_type", f"Only the grant {PRE_AUTHORIZED_GRANT} is supported."
            )
        code = form.get("pre-authorized_code")
        if not code:
            raise invalid_request("pre-authorized_code is required.")
        tx_code = form.get("tx_code")
        if not tx_code:
            raise invalid_request("tx_code is required: the offer asks for a transaction code.")
        wrong_code: Oid4vciError | None = None
        access_token = secrets.token_urlsafe(32)
        async with self._sessions.begin() as session:
            offer = await repository.offer_by_code(session, secret_hash(code))
            now = datetime.now(UTC)
            if offer is None or offer.redeemed_at is not None or offer.expires_at <= now:
                raise invalid_grant("The pre-authorized code is unknown, used or expired.")
            if not secrets.compare_digest(secret_hash(tx_code), offer.tx_code_hash):
                burn = offer.tx_code_attempts + 1 >= MAX_TX_CODE_ATTEMPTS
                await repository.count_wrong_tx_code(session, offer.id, burn=burn)
                # Raised after the commit: the attempt must count.
                wrong_code = invalid_grant(
                    "The transaction code is wrong; the offer no longer works, ask for a new one."
                    if burn
                    else "The transaction code is wrong."
                )
            else:
                await repository.redeem(
                    session,
                    offer.id,
                    access_token_hash=secret_hash(access_token),
                    access_token_expires_at=now + timedelta(seconds=ACCESS_TOKEN_SECONDS),
                )
        if wrong_code is not None:
            raise wrong_code
        return {"access_token": access_token, "token_type": "Bearer", "expires_in": ACCESS_TOKEN_SECONDS}

    # --- nonce endpoint ----------------------------------------------------------------------------

    async def nonce(self) -> dict[str, Any]:
        nonce = secrets.token_urlsafe(32)
        async with self._sessions.begin() as session:
            await repository.add_nonce(
                session, secret_hash(nonce), datetime.now(UTC) + timedelta(seconds=NONCE_SECONDS)
            )
        return {"c_nonce": nonce}

    # --- credential endpoint -----------------------------------------------------------------------

    async def _offer_of_token(self, token: str, *, deferred: bool = False) -> repository.Offer:
        async with self._sessions() as session:
            offer = await repository.offer_by_access_token(session, secret_hash(token))
        if offer is None or offer.access_token_expires_at is None:
            raise invalid_token("The access token is unknown.")
        if not deferred and offer.access_token_expires_at <= datetime.now(UTC):
            raise invalid_token("The access token has expired.")
        return offer

    async def credential(self, authorization: str | None, raw_body: bytes) -> CredentialAnswer:
        """The credential endpoint: the access token is checked before the body is read."""
        offer = await self._offer_of_token(bearer_token(authorization))
        body = json_body(raw_body)
        if not isinstance(body, dict):
            raise invalid_credential_request("The credential request must be a JSON object.")
        if "credential_identifier" in body:
            raise invalid_credential_request(
                "This issuer gives no credential_identifier: ask by credential_configuration_id."
            )
        configuration_id = body.get("credential_configuration_id")
        if not isinstance(configuration_id, str):
            raise invalid_credential_request("credential_configuration_id is required.")
        if configuration_id not in CONFIGURATION_FORMATS:
            raise Oid4vciError(
                "unknown_credential_configuration", f"There is no configuration {configuration_id!r}."
            )
        if configuration_id not in offer.configuration_ids:
            raise Oid4vciError(
                "unknown_credential_configuration", f"The offer does not include {configuration_id!r}."
            )
        holder_did = await self._holder_of(body)
        async with self._sessions() as session:
            facts = await repository.completion_facts(session, offer.completion_id)
        assert facts is not None
        if facts.state == "pending":
            transaction_id = secrets.token_urlsafe(32)
            async with self._sessions.begin() as session:
                await repository.add_transaction(
                    session,
                    transaction_hash=secret_hash(transaction_id),
                    offer_id=offer.id,
                    configuration_id=configuration_id,
                    holder_did=holder_did,
                    expires_at=datetime.now(UTC) + timedelta(days=TRANSACTION_VALID_DAYS),
                )
            return CredentialAnswer(
                202, {"transaction_id": transaction_id, "interval": DEFERRED_INTERVAL_SECONDS}
            )
        return CredentialAnswer(200, await self._issued(facts, configuration_id, holder_did))

    async def _holder_of(self, body: Mapping[str, Any]) -> str:
        """The holder's DID from the request's one jwt proof, its nonce used up."""
        proofs = body.get("proofs")
        if proofs is None and isinstance(body.get("proof"), dict):
            # Wallets of the 1.0 drafts send one `proof` object: accepted the same way.
            single = body["proof"]
            proofs = {single.get("proof_type"): [single.get(single.get("proof_type") or "jwt")]}
        if not isinstance(proofs, dict) or not proofs:
            raise invalid_proof("proofs is required: a jwt proof of possession of the holder's key.")
        if set(proofs) != {"jwt"}:
            raise invalid_proof("This issuer accepts proofs of type jwt only.")
        jwts = proofs["jwt"]
        if not isinstance(jwts, list) or len(jwts) != 1:
            raise invalid_credential_request("proofs.jwt must hold exactly one proof (no batch issuance).")
        proof = check_key_proof(jwts[0], audience=self._issuer_url)
        async with self._sessions.begin() as session:
            fresh = await repository.use_nonce(session, secret_hash(proof.nonce))
        if not fresh:
            raise Oid4vciError(
                "invalid_nonce", "The proof's nonce is unknown, used or expired: get a new c_nonce."
            )
        return proof.holder_did

    async def _issued(
        self, facts: repository.CompletionFacts, configuration_id: str, holder_did: str
    ) -> dict[str, Any]:
        if facts.credential_id is None or facts.state != "issued":
            raise Oid4vciError("credential_request_denied", "The completion was not issued a credential.")
        async with self._sessions.begin() as session:
            found = await credentials.credential(session, facts.credential_id)
            assert found is not None
            if found.revoked_at is not None:
                raise Oid4vciError("credential_request_denied", "The credential was revoked.")
            key = await self._keys.signing_key(session, found.organisation_id)
        credential = await secured(configuration_id, found.document, holder_did, key, self._signing)
        return {"credentials": [{"credential": credential}]}

    # --- deferred credential endpoint --------------------------------------------------------------

    async def deferred(self, authorization: str | None, raw_body: bytes) -> CredentialAnswer:
        offer = await self._offer_of_token(bearer_token(authorization), deferred=True)
        body = json_body(raw_body)
        transaction_id = body.get("transaction_id") if isinstance(body, dict) else None
        if not isinstance(transaction_id, str) or not transaction_id:
            raise invalid_credential_request("transaction_id is required.")
        transaction_hash = secret_hash(transaction_id)
        async with self._sessions() as session:
            transaction = await repository.transaction(session, transaction_hash)
        if (
            transaction is None
            or transaction.offer_id != offer.id
            or transaction.delivered_at is not None
            or transaction.expires_at <= datetime.now(UTC)
        ):
            raise Oid4vciError("invalid_transaction_id", "The transaction id is unknown, used or expired.")
        async with self._sessions() as session:
            facts = await repository.completion_facts(session, offer.completion_id)
        assert facts is not None
        if facts.state == "pending":
            return CredentialAnswer(
                202, {"transaction_id": transaction_id, "interval": DEFERRED_INTERVAL_SECONDS}
            )
        answer = await self._issued(facts, transaction.configuration_id, transaction.holder_did)
        async with self._sessions.begin() as session:
            locked = await repository.transaction(session, transaction_hash)
            if locked is None or locked.delivered_at is not None:
                raise Oid4vciError("invalid_transaction_id", "The transaction id was used meanwhile.")
            await repository.deliver_transaction(session, transaction_hash)
        return CredentialAnswer(200, answer)
