"""Wallet housekeeping (services/wallets/housekeeping.py): what the learners' and wallets' protocols
can no longer use is deleted a day after its end, and nothing still alive is touched. The rows are
made by the real flows (a learner signing in, a wallet authorised through the consent page, a nonce
asked for); the sweep is told the time, so nothing waits for a day to pass."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import aclosing
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from ops.database import ServiceDatabase
from services.credential_issuer.services.wallets.housekeeping import WalletHousekeeping
from shared.db.engine import create_engine, create_session_factory
from tests.conftest import database_for
from tests.support.iqap import QaOffice
from tests.support.learners import issued_to, new_learner_email, signed_in_learner
from tests.support.ob3_wallet import Ob3Wallet
from tests.support.oid4vci_wallet import Wallet, WalletKey
from tests.support.platform import Platform


@pytest.fixture
async def issuer_sessions(
    service_databases: list[ServiceDatabase],
) -> AsyncIterator[async_sessionmaker[AsyncSession]]:
    engine = create_engine(database_for(service_databases, "issuer").url, pool_size=2)
    try:
        yield create_session_factory(engine)
    finally:
        await engine.dispose()


async def test_expired_codes_tokens_nonces_and_sessions_are_swept_and_live_ones_kept(
    platform: Platform, issuer_sessions: async_sessionmaker[AsyncSession]
) -> None:
    email = new_learner_email()
    await issued_to(platform, await QaOffice.designated(platform), email)
    issuer = platform.issuer.public_url
    ob3 = Ob3Wallet(platform.http, issuer)
    await ob3.discover()
    assert (await ob3.register()).status_code == 201
    oid4vci = Wallet(platform.http, WalletKey.ed25519())
    await oid4vci.nonce(await oid4vci.issuer_metadata(issuer))
    housekeeping = WalletHousekeeping(issuer_sessions)

    async with aclosing(await signed_in_learner(platform, email)) as browser:
        await ob3.authorize(browser)  # a code never exchanged
        code, verifier, _ = await ob3.authorize(browser)
        tokens = await ob3.exchange(code, verifier)

        # Now: everything above is alive (or ended less than a day ago), so it stays.
        await housekeeping.sweep()
        assert (await ob3.get_credentials(tokens.access_token)).status_code == 200
        assert (await browser.get(f"{issuer}/learner")).status_code == 200

        # Sixty days on, every one of them ended more than a day before: all go.
        swept = await housekeeping.sweep(now=datetime.now(UTC) + timedelta(days=60))
        for table in (
            "ob3_authorization_codes",
            "ob3_tokens",
            "oid4vci_nonces",
            "learner_sign_in_codes",
            "learner_sessions",
            "learner_sign_in_attempts",
        ):
            assert swept[table] >= 1, (table, swept)
        assert (await ob3.get_credentials(tokens.access_token)).status_code == 401
        signed_out = await browser.get(f"{issuer}/learner", follow_redirects=False)
        assert signed_out.status_code == 303, signed_out.text
        assert "/learner/sign-in" in signed_out.headers["location"]

    # A second sweep at the same moment finds nothing left to do.
    again = await housekeeping.sweep(now=datetime.now(UTC) + timedelta(days=60))
    assert again["ob3_tokens"] == 0, again
    assert again["learner_sessions"] == 0, again
