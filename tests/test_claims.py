"""The learner's one-time claim link: JSON download, or a VC-API exchange with DIDAuth."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from ops.database import ServiceDatabase
from services.credential_issuer.db.tables import ClaimRow
from services.credential_issuer.services.claims import token_hash
from shared.db.engine import create_engine, create_session_factory
from shared.schemas.auth import OrganisationKind, Role
from shared.vc.contexts import CREDENTIALS_V1, CREDENTIALS_V2, ED25519_SIGNATURE_2020_V1
from shared.vc.data_integrity import ED25519_SIGNATURE_2020, PROOF_TYPE, ProofOptions, add_proof
from shared.vc.did import did_key_from_public_key, did_key_verification_method
from tests.conftest import database_for
from tests.support.iqap import QaOffice
from tests.support.issuer import issued_omc
from tests.support.platform import ClientCredentials, Platform


@pytest.fixture
async def issuer_sessions(
    service_databases: list[ServiceDatabase],
) -> AsyncIterator[async_sessionmaker[AsyncSession]]:
    engine = create_engine(database_for(service_databases, "issuer").url, pool_size=2)
    try:
        yield create_session_factory(engine)
    finally:
        await engine.dispose()


@pytest.fixture(scope="module")
async def college(platform: Platform) -> QaOffice:
    return await QaOffice.designated(platform)


@dataclass(frozen=True)
class Issued:
    id: uuid.UUID
    document: dict[str, Any]


async def _issued(platform: Platform, college: QaOffice) -> tuple[ClientCredentials, dict[str, str], Issued]:
    """A credential issued by the real pipeline, and the institution's client that claims it."""
    client = await platform.new_client(college.institution_id, [Role.INSTITUTION])
    ((credential_id, document),) = await issued_omc(platform, college)
    return client, await platform.auth(client), Issued(uuid.UUID(credential_id), document)


async def _claim(platform: Platform, credential_id: uuid.UUID, headers: dict[str, str]) -> dict[str, Any]:
    response = await platform.http.post(
        f"{platform.issuer.public_url}/v1/credentials/{credential_id}/claims", headers=headers
    )
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


def did_auth(
    key: Ed25519PrivateKey,
    challenge: str,
    domain: str,
    *,
    context: list[str] | None = None,
    proof_type: str = PROOF_TYPE,
) -> dict[str, Any]:
    """A DIDAuth presentation: the holder's did:key signs an empty presentation with the challenge."""
    holder = did_key_from_public_key(key.public_key())
    presentation = {
        "@context": context or [CREDENTIALS_V2],
        "type": ["VerifiablePresentation"],
        "holder": holder,
    }
    options = ProofOptions(
        verification_method=did_key_verification_method(key.public_key()),
        proof_purpose="authentication",
        proof_type=proof_type,
        challenge=challenge,
        domain=domain,
    )
    return add_proof(presentation, key, options)


def learner_credential_wallet_did_auth(key: Ed25519PrivateKey, challenge: str, domain: str) -> dict[str, Any]:
    """As the DCC Learner Credential Wallet answers (tests/support/wallet_vectors.py has one made by
    its signing library): VC 1.1 with the suite's context, an Ed25519Signature2020 proof."""
    context = [CREDENTIALS_V1, ED25519_SIGNATURE_2020_V1]
    return did_auth(key, challenge, domain, context=context, proof_type=ED25519_SIGNATURE_2020)


async def test_the_download_link_works_once_and_only_its_hash_is_stored(
    platform: Platform, issuer_sessions: async_sessionmaker[AsyncSession], college: QaOffice
) -> None:
    _, headers, issued = await _issued(platform, college)
    other = await platform.auth(await platform.new_actor(OrganisationKind.INSTITUTION, [Role.INSTITUTION]))
    claims_url = f"{platform.issuer.public_url}/v1/credentials/{issued.id}/claims"
    assert (await platform.http.post(claims_url)).status_code == 401
    assert (await platform.http.post(claims_url, headers=other)).status_code == 403

    first = await _claim(platform, issued.id, headers)
    link = await _claim(platform, issued.id, headers)
    token = link["url"].split("/v1/claims/")[1].removesuffix("/credential.json")
    assert len(token) >= 43
    async with issuer_sessions() as session:
        stored = (await session.scalars(select(ClaimRow).where(ClaimRow.credential_id == issued.id))).all()
    assert {row.token_hash for row in stored} >= {token_hash(token)}
    assert all(token not in row.token_hash for row in stored)

    replaced = await platform.http.get(first["url"])
    assert replaced.status_code == 410, "a re-sent link replaces the earlier one"
    assert replaced.json()["type"] == "urn:omc:problem:claim-gone"
    download = await platform.http.get(link["url"])
    assert download.status_code == 200, download.text
    assert download.headers["cache-control"] == "no-store"
    assert download.json() == issued.document
    again = await platform.http.get(link["url"])
    assert again.status_code == 410
    assert (
        await platform.http.get(f"{platform.issuer.public_url}/v1/claims/{'x' * 43}/credential.json")
    ).status_code == 404


async def test_a_wallet_redeems_the_claim_through_a_vc_api_exchange_once(
    platform: Platform, issuer_sessions: async_sessionmaker[AsyncSession], college: QaOffice
) -> None:
    _, headers, issued = await _issued(platform, college)
    link = await _claim(platform, issued.id, headers)
    exchange = link["exchange_url"]

    request = await platform.http.post(exchange, json={})
    assert request.status_code == 200, request.text
    vpr = request.json()["verifiablePresentationRequest"]
    assert vpr["query"][0]["type"] == "DIDAuthentication"
    assert vpr["interact"]["service"][0]["serviceEndpoint"] == exchange
    holder = Ed25519PrivateKey.generate()

    wrong = await platform.http.post(
        exchange, json={"verifiablePresentation": did_auth(holder, "not-the-challenge", vpr["domain"])}
    )
    assert wrong.status_code == 422
    forged = did_auth(holder, vpr["challenge"], vpr["domain"])
    forged["holder"] = did_key_from_public_key(Ed25519PrivateKey.generate().public_key())
    assert (await platform.http.post(exchange, json={"verifiablePresentation": forged})).status_code == 422

    answer = await platform.http.post(
        exchange, json={"verifiablePresentation": did_auth(holder, vpr["challenge"], vpr["domain"])}
    )
    assert answer.status_code == 200, answer.text
    presentation = answer.json()["verifiablePresentation"]
    assert presentation["type"] == ["VerifiablePresentation"]
    assert presentation["verifiableCredential"] == [issued.document]

    assert (await platform.http.post(exchange, json={})).status_code == 410
    assert (await platform.http.get(link["url"])).status_code == 410, "one redemption for both ways"


async def test_the_learner_credential_wallets_ed25519signature2020_did_auth_redeems_the_claim(
    platform: Platform, issuer_sessions: async_sessionmaker[AsyncSession], college: QaOffice
) -> None:
    _, headers, issued = await _issued(platform, college)
    exchange = (await _claim(platform, issued.id, headers))["exchange_url"]
    vpr = (await platform.http.post(exchange, json={})).json()["verifiablePresentationRequest"]
    holder = Ed25519PrivateKey.generate()

    tampered = learner_credential_wallet_did_auth(holder, vpr["challenge"], vpr["domain"])
    tampered["holder"] = did_key_from_public_key(Ed25519PrivateKey.generate().public_key())
    refused = await platform.http.post(exchange, json={"verifiablePresentation": tampered})
    assert refused.status_code == 422, refused.text
    assert refused.json()["errors"][0]["field"] == "body.verifiablePresentation"

    answer = await platform.http.post(
        exchange,
        json={
            "verifiablePresentation": learner_credential_wallet_did_auth(
                holder, vpr["challenge"], vpr["domain"]
            )
        },
    )
    assert answer.status_code == 200, answer.text
    assert answer.json()["verifiablePresentation"]["verifiableCredential"] == [issued.document]


async def test_two_concurrent_redemptions_give_one_credential(
    platform: Platform, issuer_sessions: async_sessionmaker[AsyncSession], college: QaOffice
) -> None:
    _, headers, issued = await _issued(platform, college)
    link = await _claim(platform, issued.id, headers)
    answers = await asyncio.gather(*(platform.http.get(link["url"]) for _ in range(4)))
    assert sorted(answer.status_code for answer in answers) == [200, 410, 410, 410]
