"""The learner's one-time claim link: JSON download, or a VC-API exchange with DIDAuth."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from ops.database import ServiceDatabase
from services.credential_issuer.db.tables import ClaimRow
from services.credential_issuer.services.claims import token_hash
from shared.schemas.auth import OrganisationKind, Role
from shared.vc.canonicalize import default_canonicalizer
from shared.vc.contexts import CREDENTIALS_V2
from shared.vc.data_integrity import ProofOptions, document_hash, hash_data
from shared.vc.did import did_key_from_public_key, did_key_verification_method
from shared.vc.multikey import encode_base58btc
from tests.conftest import database_for
from tests.support.issued_credentials import Issued, issue_credential, issuer_session_factory
from tests.support.platform import ClientCredentials, Platform


@pytest.fixture
async def issuer_sessions(
    service_databases: list[ServiceDatabase],
) -> AsyncIterator[async_sessionmaker[AsyncSession]]:
    async with issuer_session_factory(database_for(service_databases, "issuer").url) as sessions:
        yield sessions


async def _issued(
    platform: Platform, sessions: async_sessionmaker[AsyncSession]
) -> tuple[ClientCredentials, dict[str, str], Issued]:
    client = await platform.new_actor(OrganisationKind.INSTITUTION, [Role.INSTITUTION])
    assert client.organisation_id is not None
    issued = await issue_credential(sessions, platform.issuer.public_url, client.organisation_id)
    return client, await platform.auth(client), issued


async def _claim(platform: Platform, credential_id: uuid.UUID, headers: dict[str, str]) -> dict[str, Any]:
    response = await platform.http.post(
        f"{platform.issuer.public_url}/v1/credentials/{credential_id}/claims", headers=headers
    )
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


def did_auth(key: Ed25519PrivateKey, challenge: str, domain: str) -> dict[str, Any]:
    """A DIDAuth presentation: the holder's did:key signs an empty presentation with the challenge."""
    holder = did_key_from_public_key(key.public_key())
    presentation = {"@context": [CREDENTIALS_V2], "type": ["VerifiablePresentation"], "holder": holder}
    method = did_key_verification_method(key.public_key())
    configuration = ProofOptions(verification_method=method, proof_purpose="authentication").configuration()
    configuration |= {"challenge": challenge, "domain": domain}
    canonicalizer = default_canonicalizer()
    canonical = canonicalizer.canonicalize({**configuration, "@context": presentation["@context"]})
    signature = key.sign(hash_data(canonical, document_hash(presentation, canonicalizer)))
    return {**presentation, "proof": {**configuration, "proofValue": encode_base58btc(signature)}}


async def test_the_download_link_works_once_and_only_its_hash_is_stored(
    platform: Platform, issuer_sessions: async_sessionmaker[AsyncSession]
) -> None:
    _, headers, issued = await _issued(platform, issuer_sessions)
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
    platform: Platform, issuer_sessions: async_sessionmaker[AsyncSession]
) -> None:
    _, headers, issued = await _issued(platform, issuer_sessions)
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


async def test_two_concurrent_redemptions_give_one_credential(
    platform: Platform, issuer_sessions: async_sessionmaker[AsyncSession]
) -> None:
    _, headers, issued = await _issued(platform, issuer_sessions)
    link = await _claim(platform, issued.id, headers)
    answers = await asyncio.gather(*(platform.http.get(link["url"]) for _ in range(4)))
    assert sorted(answer.status_code for answer in answers) == [200, 410, 410, 410]
