"""Learner sessions and sign-in limits set by the issuer's settings, on a second issuer app of the
session's database started with those settings (the shared one keeps the defaults)."""

from __future__ import annotations

import pytest

from tests.support.iqap import QaOffice
from tests.support.issuer import issuer_with
from tests.support.learners import (
    ask_for_code,
    code_id_in,
    give_code,
    issued_to,
    learner_client,
    new_learner_email,
)
from tests.support.platform import Platform


@pytest.fixture(scope="module")
async def college(platform: Platform) -> QaOffice:
    return await QaOffice.designated(platform)


@pytest.fixture
async def learner(platform: Platform, college: QaOffice) -> str:
    email = new_learner_email()
    await issued_to(platform, college, email)
    return email


async def _code(platform: Platform, email: str, already: int) -> str:
    assert platform.mailbox is not None
    return platform.mailbox.code_in(await platform.mailbox.wait_for(email, count=already + 1))


async def test_a_session_ends_at_its_absolute_lifetime(platform: Platform, learner: str) -> None:
    # A lifetime of about 4 ms: over before the next request can arrive.
    with issuer_with(platform, learner_session_hours=1e-6) as url:
        async with learner_client(platform, url) as client:
            asked = await ask_for_code(client, learner)
            signed_in = await give_code(client, code_id_in(asked), await _code(platform, learner, 0))
            assert signed_in.status_code == 303
            expired = await client.get("/learner")
            assert expired.status_code == 303
            assert expired.headers["location"].startswith("/learner/sign-in")


async def test_a_session_ends_when_idle(platform: Platform, learner: str) -> None:
    with issuer_with(platform, learner_session_idle_minutes=1e-7) as url:
        async with learner_client(platform, url) as client:
            asked = await ask_for_code(client, learner)
            assert (
                await give_code(client, code_id_in(asked), await _code(platform, learner, 0))
            ).status_code == 303
            assert (await client.get("/learner")).status_code == 303


async def test_a_code_expires(platform: Platform, learner: str) -> None:
    with issuer_with(platform, learner_code_minutes=1e-7) as url:
        async with learner_client(platform, url) as client:
            asked = await ask_for_code(client, learner)
            late = await give_code(client, code_id_in(asked), await _code(platform, learner, 0))
            assert late.status_code == 422
            assert "no longer works" in late.text


async def test_sign_in_attempts_are_rate_limited_per_client(platform: Platform) -> None:
    with issuer_with(platform, learner_sign_in_max_per_client=3) as url:
        async with learner_client(platform, url) as client:
            # Other tests of this session count too (the same 127.0.0.1): the limit is reached at
            # the latest by the fourth attempt of this loop.
            statuses = [(await ask_for_code(client, new_learner_email())).status_code for _ in range(4)]
            assert statuses[-1] == 429
            refused = await give_code(client, "00000000-0000-4000-8000-000000000000", "12345678")
            assert refused.status_code == 429
            assert "Too many sign-in attempts" in refused.text
