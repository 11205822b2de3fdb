"""The credential issuer as tests drive it: an OMC made ready to award (a DOMCI approves and
publishes a version through qa_api and the registry), its SIS sending completions, the worker's
outcome awaited, and the issued credential read back and verified with the served DID document."""

from __future__ import annotations

import asyncio
import secrets
import uuid
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import date
from typing import Any

import httpx
from sqlalchemy import select

from ops.local_servers import bound_socket, start_server, url_of
from services.credential_issuer.db.tables import CredentialRow
from services.credential_issuer.main import create_app
from shared.db.engine import create_engine
from shared.schemas.auth import Role
from shared.vc.did import split_did_url
from shared.vc.errors import DidError
from tests.support.iqap import QaOffice, approval_body
from tests.support.micro_credentials import complete_metadata
from tests.support.platform import ClientCredentials, Platform


class HttpDidResolver:
    """did:web of the issuer's organisations, read over HTTP from the issuer's did.json route (the
    tests' services speak plain HTTP on loopback, so the did:web https rule is bent to the base URL)."""

    def __init__(self, platform: Platform) -> None:
        self._platform = platform

    async def resolve(self, did: str) -> Mapping[str, Any]:
        organisation_id = did.rsplit(":", 1)[-1]
        response = await self._platform.http.get(
            f"{self._platform.issuer.public_url}/organisations/{organisation_id}/did.json"
        )
        if response.status_code != 200:
            raise DidError(f"{did}: {response.status_code}")
        document: dict[str, Any] = response.json()
        return document


def record(micro_credential_id: str, version: int = 1, **fields: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "sis_completion_id": f"SIS-{secrets.token_hex(6)}",
        "learner": {"name": "Ada Learner", "email": "Ada.Learner@example.ca", "student_number": "300123456"},
        "micro_credential_id": micro_credential_id,
        "version": version,
        "completed_on": date.today().isoformat(),
        "result": {"status": "pass", "grade": "A", "outcomes": [{"outcome": 1, "achieved": True}]},
        "credits_earned": "0.5",
    }
    return {**body, **fields}


class Sis:
    """An institution's student information system client (role `sis`)."""

    def __init__(self, platform: Platform, institution_id: str, client: ClientCredentials) -> None:
        self.platform = platform
        self.institution_id = institution_id
        self.client = client

    @classmethod
    async def of(cls, platform: Platform, institution_id: str) -> Sis:
        return cls(platform, institution_id, await platform.new_client(institution_id, [Role.SIS]))

    async def send(
        self,
        records: list[dict[str, Any]] | None = None,
        *,
        csv: str | None = None,
        key: str | None = None,
        actor: ClientCredentials | None = None,
        institution_id: str | None = None,
    ) -> httpx.Response:
        headers = await self.platform.auth(actor or self.client, audience=self.platform.issuer.public_url)
        if key is not None:
            headers["Idempotency-Key"] = key
        institution = institution_id or self.institution_id
        url = f"{self.platform.issuer.public_url}/v1/institutions/{institution}/completions"
        if csv is not None:
            headers["Content-Type"] = "text/csv"
            return await self.platform.http.post(url, content=csv.encode(), headers=headers)
        return await self.platform.http.post(url, json={"completions": records or []}, headers=headers)

    async def batch(
        self, batch_id: str, *, actor: ClientCredentials | None = None, **params: str | int
    ) -> httpx.Response:
        headers = await self.platform.auth(actor or self.client, audience=self.platform.issuer.public_url)
        return await self.platform.http.get(
            f"{self.platform.issuer.public_url}/v1/completion-batches/{batch_id}",
            headers=headers,
            params=params,
        )

    async def settled(self, batch_id: str, within_seconds: float = 60.0) -> dict[str, Any]:
        """The job once no completion of it is pending (a bound for a broken worker, not a timing:
        it returns as soon as the batch is done)."""
        deadline = asyncio.get_running_loop().time() + within_seconds
        while True:
            response = await self.batch(batch_id)
            assert response.status_code == 200, response.text
            job: dict[str, Any] = response.json()
            if job["done"]:
                return job
            assert asyncio.get_running_loop().time() < deadline, f"still pending: {job['counts']}"
            await asyncio.sleep(0.05)


async def ready_omc(office: QaOffice, **metadata: Any) -> str:
    """A micro-credential of ``office``'s institution whose version 1 is approved today as an OMC
    through qa_api and published in the registry; returns its id."""
    micro_credential_id = await office.submitted(complete_metadata(**metadata))
    response = await office.approve(approval_body(micro_credential_id))
    assert response.status_code == 201, response.text
    await office.wait_for_status(micro_credential_id, "approved")
    published = await office.registrar.step(micro_credential_id, "publication", 1)
    assert published.status_code == 200, published.text
    return micro_credential_id


async def credential_document(platform: Platform, credential_id: str) -> dict[str, Any]:
    """The stored signed credential (read from the issuer's database, as its delivery would)."""
    engine = create_engine(platform.issuer.database_url.get_secret_value(), pool_size=1)
    try:
        async with engine.connect() as connection:
            document = await connection.scalar(
                select(CredentialRow.document).where(CredentialRow.id == uuid.UUID(credential_id))
            )
    finally:
        await engine.dispose()
    assert isinstance(document, dict), f"no credential {credential_id}"
    return document


def key_fragment(verification_method: str) -> str | None:
    return split_did_url(verification_method)[1]


async def issued_omc(
    platform: Platform, office: QaOffice, count: int = 1
) -> list[tuple[str, dict[str, Any]]]:
    """``count`` credentials issued by the real pipeline: an OMC of ``office``'s institution made
    ready, its SIS sending one completion per learner, the worker issuing them; (credential id,
    signed document) of each."""
    micro_credential_id = await ready_omc(office)
    sis = await Sis.of(platform, office.institution_id)
    response = await sis.send([record(micro_credential_id) for _ in range(count)])
    assert response.status_code == 202, response.text
    job = await sis.settled(response.json()["id"])
    assert job["counts"]["issued"] == count, job
    ids = [completion["credential_id"] for completion in job["completions"]]
    return [(credential_id, await credential_document(platform, credential_id)) for credential_id in ids]


@contextmanager
def issuer_with(platform: Platform, **settings: Any) -> Iterator[str]:
    """Another credential_issuer on the session platform's database, with ``settings`` changed (a
    limit lowered, say); its URL. Stopped on leaving."""
    sock = bound_socket()
    url = url_of(sock)
    app = create_app(platform.issuer.model_copy(update={"public_url": url, **settings}))
    server = start_server("credential_issuer (own settings)", app, sock)
    try:
        yield url
    finally:
        server.stop()
