"""Learners as tests drive them: sign in through the real pages, with the code read from the
mailbox the issuer sent it to."""

from __future__ import annotations

import re
import secrets

import httpx

from tests.support.iqap import QaOffice
from tests.support.issuer import Sis, ready_omc, record
from tests.support.platform import Platform

CODE_ID = re.compile(r'name="code_id" value="([0-9a-f-]{36})"')


def learner_client(platform: Platform, base_url: str | None = None) -> httpx.AsyncClient:
    """A browser-like client of the issuer (or of another issuer app at ``base_url``): keeps
    cookies, does not follow redirects (tests look at them)."""
    return httpx.AsyncClient(
        base_url=base_url or platform.issuer.public_url, timeout=60, follow_redirects=False
    )


async def ask_for_code(client: httpx.AsyncClient, email: str, *, next_path: str = "") -> httpx.Response:
    """Post the email form; the answer is the code form (or an error page)."""
    return await client.post("/learner/sign-in", data={"email": email, "next": next_path})


def code_id_in(page: httpx.Response) -> str:
    found = CODE_ID.search(page.text)
    assert found is not None, page.text[:2000]
    return found.group(1)


async def give_code(
    client: httpx.AsyncClient, code_id: str, code: str, *, next_path: str = ""
) -> httpx.Response:
    return await client.post(
        "/learner/sign-in/code", data={"code_id": code_id, "code": code, "next": next_path}
    )


async def sign_in(
    client: httpx.AsyncClient, platform: Platform, email: str, *, next_path: str = ""
) -> httpx.Response:
    """The whole sign-in through the pages with ``client``: the answer to the good code (a 303)."""
    assert platform.mailbox is not None, "the platform has no mailbox"
    already = len(platform.mailbox.to(email))
    asked = await ask_for_code(client, email, next_path=next_path)
    assert asked.status_code == 200, asked.text[:2000]
    mail = await platform.mailbox.wait_for(email, count=already + 1)
    answered = await give_code(client, code_id_in(asked), platform.mailbox.code_in(mail), next_path=next_path)
    assert answered.status_code == 303, answered.text[:2000]
    return answered


async def signed_in_learner(platform: Platform, email: str) -> httpx.AsyncClient:
    """A client holding a session of ``email`` (who must have credentials: only they get a code),
    signed in through the real pages. The caller closes it: ``async with aclosing(await
    signed_in_learner(platform, email)) as client``."""
    client = learner_client(platform)
    try:
        await sign_in(client, platform, email)
    except BaseException:
        await client.aclose()
        raise
    return client


def new_learner_email() -> str:
    """An address of this test's own (the session's platform is shared)."""
    return f"learner-{secrets.token_hex(5)}@example.ca"


async def issued_to(platform: Platform, office: QaOffice, email: str, *, title: str | None = None) -> str:
    """A credential issued by the real pipeline to ``email``: an OMC of ``office``'s institution made
    ready, its SIS sending the completion; the credential's id."""
    metadata = {"title": {"en": title, "fr": title}} if title else {}
    micro_credential_id = await ready_omc(office, **metadata)
    sis = await Sis.of(platform, office.institution_id)
    learner = {"name": "Learner Test", "email": email}
    response = await sis.send([record(micro_credential_id, learner=learner)])
    assert response.status_code == 202, response.text
    job = await sis.settled(response.json()["id"])
    assert job["counts"]["issued"] == 1, job
    credential_id: str = job["completions"][0]["credential_id"]
    return credential_id
