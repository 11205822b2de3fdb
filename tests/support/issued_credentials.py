"""Issued credentials made directly in the issuer's tables (a did:key signs them), for the status,
verification and claim tests: the intake and issuance pipeline is tested on its own."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.credential_issuer.db.tables import BatchRow, CompletionRow, CredentialRow
from services.credential_issuer.repositories.status_lists import allocate_status_entries
from services.credential_issuer.services.status_lists import status_list_url
from shared.db.engine import create_engine, create_session_factory
from shared.vc.data_integrity import ProofOptions, add_proof
from shared.vc.did import did_key_from_public_key, did_key_verification_method
from tests.support.credentials import open_badge_credential


@asynccontextmanager
async def issuer_session_factory(url: str) -> AsyncIterator[async_sessionmaker[AsyncSession]]:
    engine = create_engine(url, pool_size=2)
    try:
        yield create_session_factory(engine)
    finally:
        await engine.dispose()


@dataclass(frozen=True)
class Issued:
    id: uuid.UUID
    document: dict[str, Any]
    key: Ed25519PrivateKey
    revocation_url: str
    revocation_index: int
    suspension_url: str
    suspension_index: int


def sign(document: dict[str, Any], key: Ed25519PrivateKey) -> dict[str, Any]:
    method = did_key_verification_method(key.public_key())
    return add_proof(document, key, ProofOptions(verification_method=method))


async def issue_credential(
    sessions: async_sessionmaker[AsyncSession],
    public_url: str,
    organisation_id: uuid.UUID,
    *,
    completed_on: date = date(2026, 11, 1),
    **overrides: Any,
) -> Issued:
    key = Ed25519PrivateKey.generate()
    credential_id = uuid.uuid4()
    micro_credential_id = uuid.uuid4()
    async with sessions.begin() as session:
        rev_list, rev_index, sus_list, sus_index = await allocate_status_entries(session, organisation_id)
        rev_url, sus_url = status_list_url(public_url, rev_list), status_list_url(public_url, sus_list)
        document = open_badge_credential(issuer=did_key_from_public_key(key.public_key()))
        document["issuer"]["id"] = did_key_from_public_key(key.public_key())
        document |= {
            "id": f"urn:uuid:{credential_id}",
            "credentialStatus": [
                {
                    "id": f"{rev_url}#{rev_index}",
                    "type": "BitstringStatusListEntry",
                    "statusPurpose": "revocation",
                    "statusListIndex": str(rev_index),
                    "statusListCredential": rev_url,
                },
                {
                    "id": f"{sus_url}#{sus_index}",
                    "type": "BitstringStatusListEntry",
                    "statusPurpose": "suspension",
                    "statusListIndex": str(sus_index),
                    "statusListCredential": sus_url,
                },
            ],
            **overrides,
        }
        signed = sign(document, key)
        batch = BatchRow(id=uuid.uuid4(), organisation_id=organisation_id, client_id="test", source="json")
        session.add(batch)
        await session.flush()
        completion = CompletionRow(
            id=uuid.uuid4(),
            batch_id=batch.id,
            organisation_id=organisation_id,
            sis_completion_id=f"test-{credential_id}",
            learner={"email": "learner@example.ca"},
            micro_credential_id=micro_credential_id,
            micro_credential_version=1,
            completed_on=completed_on,
            result={"status": "pass"},
            state="issued",
            attempts=0,
        )
        session.add(completion)
        await session.flush()
        session.add(
            CredentialRow(
                id=credential_id,
                completion_id=completion.id,
                organisation_id=organisation_id,
                micro_credential_id=micro_credential_id,
                micro_credential_version=1,
                document=signed,
                issued_at=datetime.now(UTC),
                revocation_list_id=rev_list,
                revocation_index=rev_index,
                suspension_list_id=sus_list,
                suspension_index=sus_index,
            )
        )
    return Issued(credential_id, signed, key, rev_url, rev_index, sus_url, sus_index)
