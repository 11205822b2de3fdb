"""Secrets stay out of the logs: the running services' access log shows claim URLs with the token
redacted and secret query values redacted; bearer tokens and client secrets appear nowhere."""

from __future__ import annotations

import asyncio
import io
import logging
import time
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import structlog

from services.credential_issuer.services.wallets.learner_sessions import COOKIE
from shared.logging import REDACTED, configure_logging, redact_url
from shared.schemas.auth import Role
from tests.support.learners import issued_to, learner_client, new_learner_email, sign_in
from tests.support.oid4vci_wallet import PRE_AUTHORIZED_GRANT, Wallet, WalletKey
from tests.support.platform import Platform
from tests.support.verification import pipeline_credential

_LOGGERS = ("", "uvicorn", "uvicorn.error", "uvicorn.access")


@pytest.fixture
def service_log() -> Iterator[io.StringIO]:
    """The platform's log output, as `configure_logging` (what `make run` uses) writes it,
    captured for the test; the test process's logging is restored afterwards."""
    saved: dict[str, Any] = {
        name: (
            list(logging.getLogger(name).handlers),
            logging.getLogger(name).level,
            logging.getLogger(name).propagate,
        )
        for name in _LOGGERS
    }
    saved_structlog = structlog.get_config()
    stream = io.StringIO()
    configure_logging(service="platform", level="INFO", json_lines=True, stream=stream)
    try:
        yield stream
    finally:
        for name, (handlers, level, propagate) in saved.items():
            logger = logging.getLogger(name)
            logger.handlers = handlers
            logger.setLevel(level)
            logger.propagate = propagate
        structlog.configure(**saved_structlog)


async def logged(stream: io.StringIO, fragment: str, within_seconds: float = 30) -> str:
    """The log once it holds ``fragment`` (uvicorn writes the access line after answering)."""
    deadline = time.monotonic() + within_seconds
    while fragment not in stream.getvalue():
        if time.monotonic() > deadline:
            raise AssertionError(f"{fragment!r} never logged:\n{stream.getvalue()[-3000:]}")
        await asyncio.sleep(0.05)
    return stream.getvalue()


def test_redact_url_hides_claim_tokens_and_secret_parameters() -> None:
    assert redact_url("/v1/claims/s3cr3t/credential.json") == f"/v1/claims/{REDACTED}/credential.json"
    assert redact_url("/exchanges/s3cr3t?lang=fr") == f"/exchanges/{REDACTED}?lang=fr"
    assert redact_url("/oid4vci/credential-offers/s3cr3t") == f"/oid4vci/credential-offers/{REDACTED}"
    assert redact_url("/cb?code=abc&state=1&access_token=x&course_code=W-1") == (
        f"/cb?code={REDACTED}&state=1&access_token={REDACTED}&course_code=W-1"
    )
    assert redact_url("/v1/credentials/123/claims") == "/v1/credentials/123/claims"


async def test_a_redeemed_claim_leaves_no_token_in_the_logs(
    platform: Platform, service_log: io.StringIO
) -> None:
    issued = await pipeline_credential(platform)
    client = await platform.new_client(issued.college.institution_id, [Role.INSTITUTION])
    bearer = await platform.token(client)
    secret_query = f"token=tok-{uuid.uuid4().hex}&code=code-{uuid.uuid4().hex}&secret=sec-{uuid.uuid4().hex}"
    # A fresh client: uvicorn decides per connection whether it writes an access log.
    async with httpx.AsyncClient(timeout=30) as http:
        link = await http.post(
            f"{platform.issuer.public_url}/v1/credentials/{issued.credential_id}/claims",
            headers={"Authorization": f"Bearer {bearer}"},
        )
        assert link.status_code == 201, link.text
        claim = link.json()
        token = claim["url"].split("/v1/claims/")[1].removesuffix("/credential.json")
        download = await http.get(claim["url"])
        assert download.status_code == 200, download.text
        await http.get(f"{platform.registry.public_url}/v1/organisations?{secret_query}")
        oauth = await http.post(
            f"{platform.registry.public_url}/oauth/token",
            data={"grant_type": "client_credentials"},
            auth=(client.client_id, client.client_secret),
        )
        assert oauth.status_code == 200
    structlog.get_logger("omc.test").info(
        "calling out", client_secret=client.client_secret, headers={"Authorization": f"Bearer {bearer}"}
    )
    text = await logged(service_log, f"/v1/claims/{REDACTED}/credential.json")
    await logged(service_log, f"token={REDACTED}&code={REDACTED}&secret={REDACTED}")
    await logged(service_log, "calling out")
    assert token not in text
    assert bearer not in text
    assert client.client_secret not in text
    for value in secret_query.split("&"):
        assert value.split("=")[1] not in text


async def test_an_openid4vci_exchange_leaves_no_code_or_token_in_the_logs(
    platform: Platform, service_log: io.StringIO
) -> None:
    issued = await pipeline_credential(platform)
    client = await platform.new_client(issued.college.institution_id, [Role.INSTITUTION])
    async with httpx.AsyncClient(timeout=60) as http:
        offered = await http.post(
            f"{platform.issuer.public_url}/v1/credentials/{issued.credential_id}/offers",
            headers={"Authorization": f"Bearer {await platform.token(client)}"},
        )
        assert offered.status_code == 201, offered.text
        offer = offered.json()
        wallet = Wallet(http, WalletKey.ed25519())
        _, access_token, results = await wallet.receive(offer["offer_link_by_reference"], offer["tx_code"])
        assert [result.status for result in results] == [200, 200]
    text = await logged(service_log, f"/oid4vci/credential-offers/{REDACTED}")
    await logged(service_log, "POST /oid4vci/credential")
    code = offer["credential_offer"]["grants"][PRE_AUTHORIZED_GRANT]["pre-authorized_code"]
    reference = offer["credential_offer_uri"].rsplit("/", 1)[1]
    for secret in (code, reference, access_token):
        assert secret not in text
    # Six digits may occur in any log line (a timestamp): only the code as a value is looked for.
    assert f"tx_code={offer['tx_code']}" not in text
    assert f'"tx_code": "{offer["tx_code"]}"' not in text


async def test_a_learner_sign_in_leaves_no_address_code_or_session_in_the_logs(
    platform: Platform, service_log: io.StringIO
) -> None:
    issued = await pipeline_credential(platform)
    email = new_learner_email()
    await issued_to(platform, issued.college, email)
    assert platform.mailbox is not None
    async with learner_client(platform) as client:  # a fresh client: its requests are access-logged
        signed_in = await sign_in(client, platform, email, next_path="/learner?lang=fr")
        session = client.cookies[COOKIE]
        page = await client.get("/learner")
        assert page.status_code == 200
    code = platform.mailbox.code_in(platform.mailbox.to(email)[-1])
    text = await logged(service_log, "/learner/sign-in/code")
    await logged(service_log, "GET /learner HTTP")
    assert signed_in.status_code == 303
    for secret in (email, email.split("@")[0], code, session):
        assert secret not in text
