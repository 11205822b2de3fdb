"""Credential offers made by the institution (or for a signed-in learner): a pre-authorized code
bound to one completion's credential, and a numeric transaction code to be sent by another channel.

The offer is given by value and by reference (an unguessable URI serving the same offer), as
`openid-credential-offer://` links and a QR code. Secrets are 256 random bits (the transaction code:
6 digits, with few attempts); only their hashes are looked up, the pre-authorized code is also kept
sealed with the master key so that the offer can be served by reference."""

from __future__ import annotations

import hashlib
import json
import secrets
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import quote

import segno
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.credential_issuer.repositories import oid4vci as repository
from services.credential_issuer.services.wallets.oid4vci.metadata import (
    CONFIGURATION_FORMATS,
    PRE_AUTHORIZED_GRANT,
)
from shared.crypto import seal, unseal
from shared.errors import Conflict, Forbidden, NotFound
from shared.schemas.auth import Principal, Role
from shared.schemas.oid4vci import CredentialOfferCreated

OFFER_VALID_MINUTES = 60
TX_CODE_LENGTH = 6
_SEAL_PURPOSE = "oid4vci-pre-authorized-code"
OFFER_PATH = "/oid4vci/credential-offers/"


def secret_hash(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()


def _offer_object(issuer_url: str, configuration_ids: list[str], code: str) -> dict[str, Any]:
    return {
        "credential_issuer": issuer_url,
        "credential_configuration_ids": configuration_ids,
        "grants": {
            PRE_AUTHORIZED_GRANT: {
                "pre-authorized_code": code,
                "tx_code": {
                    "input_mode": "numeric",
                    "length": TX_CODE_LENGTH,
                    "description": "Enter the code your institution sent you by e-mail. / "
                    "Saisissez le code que votre établissement vous a envoyé par courriel.",
                },
            }
        },
    }


def offer_links(offer: dict[str, Any], offer_uri: str) -> tuple[str, str]:
    """(the link carrying the offer by value, the link carrying its URI)."""
    by_value = "openid-credential-offer://?credential_offer=" + quote(
        json.dumps(offer, separators=(",", ":")), safe=""
    )
    return by_value, "openid-credential-offer://?credential_offer_uri=" + quote(offer_uri, safe="")


def qr_code_svg(link: str) -> str:
    """An SVG QR code of ``link`` (error correction M, a 4-module quiet zone)."""
    return str(segno.make(link, error="m", micro=False).svg_inline(scale=4, border=4))


class OfferService:
    def __init__(
        self, sessions: async_sessionmaker[AsyncSession], *, public_url: str, master_key: str
    ) -> None:
        self._sessions = sessions
        self._issuer_url = public_url.rstrip("/")
        self._master_key = master_key

    async def for_credential(
        self, caller: Principal, credential_id: uuid.UUID, *, valid_minutes: int
    ) -> CredentialOfferCreated:
        async with self._sessions() as session:
            completion_id = await repository.completion_of_credential(session, credential_id)
        if completion_id is None:
            raise NotFound(f"There is no micro-credential credential {credential_id} to offer.")
        return await self.for_completion(caller, completion_id, valid_minutes=valid_minutes)

    async def for_completion(
        self, caller: Principal, completion_id: uuid.UUID, *, valid_minutes: int
    ) -> CredentialOfferCreated:
        """An offer of the completion's credential, made by its institution."""
        if Role.INSTITUTION not in caller.roles:
            raise Forbidden("Only the institution that reported the completion may offer its credential.")
        async with self._sessions() as session:
            facts = await repository.completion_facts(session, completion_id)
        if facts is None:
            raise NotFound(f"There is no completion {completion_id}.")
        if facts.organisation_id != caller.organisation_id:
            raise Forbidden("Only the institution that reported the completion may offer its credential.")
        return await self.create(completion_id, valid_minutes=valid_minutes)

    async def create(self, completion_id: uuid.UUID, *, valid_minutes: int) -> CredentialOfferCreated:
        """A new offer of the completion's credential (no authorisation check: the caller's job)."""
        code = secrets.token_urlsafe(32)
        reference = secrets.token_urlsafe(32)
        tx_code = "".join(secrets.choice("0123456789") for _ in range(TX_CODE_LENGTH))
        configuration_ids = list(CONFIGURATION_FORMATS)
        async with self._sessions.begin() as session:
            facts = await repository.completion_facts(session, completion_id)
            if facts is None:
                raise NotFound(f"There is no completion {completion_id}.")
            if facts.state in ("rejected", "failed") or facts.revoked_at is not None:
                raise Conflict(f"The completion {completion_id} has no credential to offer ({facts.state}).")
            offer = await repository.add_offer(
                session,
                organisation_id=facts.organisation_id,
                completion_id=completion_id,
                configuration_ids=configuration_ids,
                code_hash=secret_hash(code),
                code_sealed=seal(code.encode(), master_key=self._master_key, purpose=_SEAL_PURPOSE),
                reference_hash=secret_hash(reference),
                tx_code_hash=secret_hash(tx_code),
                expires_at=datetime.now(UTC) + timedelta(minutes=valid_minutes),
            )
        document = _offer_object(self._issuer_url, configuration_ids, code)
        offer_uri = f"{self._issuer_url}{OFFER_PATH}{reference}"
        by_value, by_reference = offer_links(document, offer_uri)
        return CredentialOfferCreated(
            offer_id=offer.id,
            completion_id=completion_id,
            credential_id=facts.credential_id,
            credential_offer=document,
            credential_offer_uri=offer_uri,
            offer_link=by_value,
            offer_link_by_reference=by_reference,
            qr_code_svg=qr_code_svg(by_reference),
            tx_code=tx_code,
            expires_at=offer.expires_at,
        )

    async def by_reference(self, reference: str) -> dict[str, Any]:
        """The offer a credential_offer_uri stands for, while its code is unused and valid."""
        async with self._sessions() as session:
            offer = await repository.offer_by_reference(session, secret_hash(reference))
        if offer is None or offer.redeemed_at is not None or offer.expires_at <= datetime.now(UTC):
            raise NotFound("There is no such credential offer, or it was used or has expired.")
        code = unseal(offer.code_sealed, master_key=self._master_key, purpose=_SEAL_PURPOSE).decode()
        return _offer_object(self._issuer_url, offer.configuration_ids, code)
