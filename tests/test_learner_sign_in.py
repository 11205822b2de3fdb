"""Learner sign-in by a one-time code emailed to the address their institution reported, and the
learner's page of credentials from every institution. The code is read from the real SMTP server
the issuer sends to (tests/support/mailbox.py)."""

from __future__ import annotations

from contextlib import aclosing

import pytest
from starlette.responses import Response

from ops.database import ServiceDatabase
from services.credential_issuer.repositories.learner_credentials import (
    credential_of_learner,
    credentials_of_learner,
    cursor_after,
)
from services.credential_issuer.services.wallets.learner_sessions import COOKIE, set_session_cookie
from shared.db.engine import create_engine, create_session_factory
from tests.conftest import database_for
from tests.support.iqap import QaOffice
from tests.support.learners import (
    ask_for_code,
    code_id_in,
    give_code,
    issued_to,
    learner_client,
    new_learner_email,
    sign_in,
    signed_in_learner,
)
from tests.support.platform import Platform


@pytest.fixture(scope="module")
async def college(platform: Platform) -> QaOffice:
    return await QaOffice.designated(platform)


@pytest.fixture(scope="module")
async def university(platform: Platform) -> QaOffice:
    return await QaOffice.designated(platform)


async def test_a_learner_signs_in_with_the_emailed_code_and_sees_credentials_from_two_institutions(
    platform: Platform, college: QaOffice, university: QaOffice
) -> None:
    email = new_learner_email()
    from_college = await issued_to(platform, college, email, title="Welding safety")
    from_university = await issued_to(platform, university, email.upper(), title="Data literacy")
    someone_else = await issued_to(platform, college, new_learner_email(), title="Someone else's")

    async with learner_client(platform) as client:
        # The page sends an anonymous visitor to sign in, and brings them back afterwards.
        anonymous = await client.get("/learner?lang=fr")
        assert anonymous.status_code == 303
        assert anonymous.headers["location"] == "/learner/sign-in?next=%2Flearner%3Flang%3Dfr&lang=fr"

        signed_in = await sign_in(client, platform, f"  {email.title()} ", next_path="/learner?lang=fr")
        assert signed_in.headers["location"] == "/learner?lang=fr"
        cookie = signed_in.headers["set-cookie"]
        assert cookie.startswith(f"{COOKIE}=")
        assert "HttpOnly" in cookie
        assert "SameSite=lax" in cookie
        assert "Secure" not in cookie  # the test platform is plain http on loopback

        page = await client.get("/learner?lang=fr")
        assert page.status_code == 200, page.text
        assert page.headers["cache-control"] == "no-store"
        assert "Mes microcertifications" in page.text
        for credential_id in (from_college, from_university):
            assert f"/learner/credentials/{credential_id}/credential.json" in page.text
            assert f"{platform.issuer.public_url}/verify/{credential_id}" in page.text
        assert someone_else not in page.text
        assert "Welding safety" in page.text
        assert "Data literacy" in page.text
        assert page.text.count('<svg role="img"') == 2  # a QR code of each share link

        own = await client.get(f"/learner/credentials/{from_university}/credential.json")
        assert own.status_code == 200
        assert own.json()["id"] == f"urn:uuid:{from_university}"
        other = await client.get(f"/learner/credentials/{someone_else}/credential.json")
        assert other.status_code == 404

        claimed = await client.post(f"/learner/credentials/{from_college}/claim")
        assert claimed.status_code == 200, claimed.text
        exchange_url = claimed.text.split(f'href="{platform.issuer.public_url}/exchanges/', 1)[1].split(
            '"', 1
        )[0]
        request = await platform.http.post(f"{platform.issuer.public_url}/exchanges/{exchange_url}", json={})
        assert request.status_code == 200, request.text
        assert "verifiablePresentationRequest" in request.json()
        assert (await client.post(f"/learner/credentials/{someone_else}/claim")).status_code == 404
        # A form posted from another site, even for the learner's own credential, is refused.
        for action in ("claim", "offer"):
            forged = await client.post(
                f"/learner/credentials/{from_college}/{action}", headers={"Origin": "https://evil.example"}
            )
            assert forged.status_code == 403, (action, forged.text)


async def test_a_code_is_asked_for_the_same_way_whether_or_not_the_address_has_credentials(
    platform: Platform, college: QaOffice
) -> None:
    known = new_learner_email()
    await issued_to(platform, college, known)
    unknown = new_learner_email()
    async with learner_client(platform) as client:
        for address in (known, unknown):
            answer = await ask_for_code(client, address)
            assert answer.status_code == 200
            assert "Enter your code" in answer.text
    assert platform.mailbox is not None
    await platform.mailbox.wait_for(known, count=1)
    # Mail goes only to addresses with credentials: the service mails no stranger.
    assert platform.mailbox.to(unknown) == []


async def test_a_wrong_code_is_refused_and_too_many_spend_the_code(
    platform: Platform, college: QaOffice
) -> None:
    email = new_learner_email()
    await issued_to(platform, college, email)
    assert platform.mailbox is not None
    async with learner_client(platform) as client:
        asked = await ask_for_code(client, email)
        code = platform.mailbox.code_in(await platform.mailbox.wait_for(email, count=1))
        wrong = f"{(int(code) + 1) % 10**8:08d}"
        for _ in range(platform.issuer.learner_code_max_attempts - 1):
            refused = await give_code(client, code_id_in(asked), wrong)
            assert refused.status_code == 422
            assert "That code is not right" in refused.text
            assert COOKIE not in refused.headers.get("set-cookie", "")
        last = await give_code(client, code_id_in(asked), wrong)
        assert last.status_code == 422
        assert "no longer works" in last.text
        # The right code no longer works either: ask for a new one.
        spent = await give_code(client, code_id_in(asked), code)
        assert spent.status_code == 422
        assert "no longer works" in spent.text
        assert (await client.get("/learner")).status_code == 303


async def test_a_code_works_once(platform: Platform, college: QaOffice) -> None:
    email = new_learner_email()
    await issued_to(platform, college, email)
    assert platform.mailbox is not None
    async with learner_client(platform) as client:
        asked = await ask_for_code(client, email)
        code = platform.mailbox.code_in(await platform.mailbox.wait_for(email, count=1))
        assert (await give_code(client, code_id_in(asked), code)).status_code == 303
    async with learner_client(platform) as thief:
        again = await give_code(thief, code_id_in(asked), code)
        assert again.status_code == 422
        assert "no longer works" in again.text


async def test_a_new_code_replaces_the_earlier_one(platform: Platform, college: QaOffice) -> None:
    email = new_learner_email()
    await issued_to(platform, college, email)
    assert platform.mailbox is not None
    async with learner_client(platform) as client:
        first = await ask_for_code(client, email)
        first_code = platform.mailbox.code_in(await platform.mailbox.wait_for(email, count=1))
        await ask_for_code(client, email)
        await platform.mailbox.wait_for(email, count=2)
        assert (await give_code(client, code_id_in(first), first_code)).status_code == 422


async def test_sign_out_ends_the_session_and_a_learner_ends_their_other_sessions(
    platform: Platform, college: QaOffice
) -> None:
    email = new_learner_email()
    await issued_to(platform, college, email)
    async with (
        aclosing(await signed_in_learner(platform, email)) as phone,
        aclosing(await signed_in_learner(platform, email)) as laptop,
    ):
        page = await laptop.get("/learner")
        assert "Sign out everywhere else" in page.text
        ended = await laptop.post("/learner/sessions/end-others")
        assert ended.status_code == 200
        assert "Your other sessions are ended." in ended.text
        assert (await phone.get("/learner")).status_code == 303
        assert (await laptop.get("/learner")).status_code == 200

        out = await laptop.post("/learner/sign-out")
        assert out.status_code == 200
        assert "You are signed out." in out.text
        assert laptop.cookies.get(COOKIE) is None
        assert (await laptop.get("/learner")).status_code == 303


async def test_the_sign_in_never_sends_a_learner_to_another_site(
    platform: Platform, college: QaOffice
) -> None:
    email = new_learner_email()
    await issued_to(platform, college, email)
    async with learner_client(platform) as client:
        answered = await sign_in(client, platform, email, next_path="//evil.example/steal")
        assert answered.headers["location"] == "/learner"
        for hostile in ("https://evil.example/", "/\\evil.example", "javascript:alert(1)"):
            page = await client.get("/learner/sign-in", params={"next": hostile})
            assert page.headers["location"] == "/learner"  # already signed in: on to the safe default


async def test_an_invalid_address_and_a_cross_site_form_are_refused_with_a_page(platform: Platform) -> None:
    async with learner_client(platform) as client:
        bad = await client.post("/learner/sign-in?lang=fr", data={"email": "not an address"})
        assert bad.status_code == 422
        assert "Indiquez une adresse courriel valide" in bad.text
        forged = await client.post(
            "/learner/sign-in",
            data={"email": new_learner_email()},
            headers={"Origin": "https://evil.example"},
        )
        assert forged.status_code == 403
        fetched = await client.post(
            "/learner/sign-in", data={"email": new_learner_email()}, headers={"Sec-Fetch-Site": "cross-site"}
        )
        assert fetched.status_code == 403
        garbage = await client.post("/learner/sign-in/code", data={"code_id": "x" * 64, "code": "1"})
        assert garbage.status_code == 422
        assert "no longer works" in garbage.text


async def test_sign_in_attempts_are_rate_limited_per_address(platform: Platform) -> None:
    email = new_learner_email()
    limit = platform.issuer.learner_sign_in_max_per_email
    async with learner_client(platform) as client:
        for _ in range(limit):
            assert (await ask_for_code(client, email)).status_code == 200
        refused = await ask_for_code(client, email.upper())
        assert refused.status_code == 429
        assert int(refused.headers["retry-after"]) > 0
        assert "Too many sign-in attempts" in refused.text


def test_the_session_cookie_is_secure_over_https(platform: Platform) -> None:
    response = Response()
    set_session_cookie(
        response, platform.issuer.model_copy(update={"public_url": "https://omc.example"}), "t"
    )
    assert "Secure" in response.headers["set-cookie"]


async def test_a_learners_credentials_are_paged_newest_first(
    platform: Platform, college: QaOffice, university: QaOffice, service_databases: list[ServiceDatabase]
) -> None:
    email = new_learner_email()
    older = await issued_to(platform, college, email)
    newer = await issued_to(platform, university, email)
    engine = create_engine(database_for(service_databases, "issuer").url, pool_size=1)
    try:
        async with create_session_factory(engine)() as session:
            (first,) = await credentials_of_learner(session, email.upper(), limit=1, after=None)
            (second,) = await credentials_of_learner(session, email, limit=1, after=cursor_after(first))
            assert await credentials_of_learner(session, email, limit=1, after=cursor_after(second)) == []
            assert {str(first.id), str(second.id)} == {newer, older}
            # Newest first; credentials are stamped to the second, so two of one second go by id.
            assert (first.issued_at, first.id) > (second.issued_at, second.id)
            assert first.issued_at >= second.issued_at
            assert await credential_of_learner(session, f" {email} ", second.id) is not None
            assert await credential_of_learner(session, new_learner_email(), second.id) is None
    finally:
        await engine.dispose()
    async with aclosing(await signed_in_learner(platform, email)) as client:
        tampered = await client.get("/learner", params={"after": "not-a-cursor"})
        assert tampered.status_code == 200
