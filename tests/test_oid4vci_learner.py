"""A signed-in learner offers one of their own credentials to an OpenID4VCI wallet from their page:
the page shows the offer as a QR code and a link, the transaction code arrives by email (another
channel), and the test wallet written from the specification receives the credential with both."""

from __future__ import annotations

import html
import re
from contextlib import aclosing

import httpx

from tests.support.iqap import QaOffice
from tests.support.learners import issued_to, new_learner_email, signed_in_learner
from tests.support.oid4vci_wallet import Wallet, WalletKey
from tests.support.platform import Platform

OFFER_LINK = re.compile(r'href="(openid-credential-offer://[^"]+)"')
TX_CODE = re.compile(r"\b(\d{6})\b")


async def test_a_learner_offers_their_credential_to_a_wallet_with_the_code_sent_by_email(
    platform: Platform,
) -> None:
    assert platform.mailbox is not None
    college = await QaOffice.designated(platform)
    email, someone_else = new_learner_email(), new_learner_email()
    credential_id = await issued_to(platform, college, email)
    not_theirs = await issued_to(platform, college, someone_else)
    async with aclosing(await signed_in_learner(platform, email)) as client:
        mails_before = len(platform.mailbox.to(email))
        page = await client.post(f"/learner/credentials/{credential_id}/offer?lang=fr")
        assert page.status_code == 200, page.text[:2000]
        assert "<svg" in page.text
        found = OFFER_LINK.search(page.text)
        assert found is not None, page.text[:2000]
        link = html.unescape(found.group(1))
        assert (await client.post(f"/learner/credentials/{not_theirs}/offer")).status_code == 404

    mail = await platform.mailbox.wait_for(email, count=mails_before + 1)
    assert "portefeuille" in mail.subject
    code = TX_CODE.search(mail.text)
    assert code is not None, mail.text

    async with httpx.AsyncClient(timeout=60) as http:
        wallet = Wallet(http, WalletKey.p256())
        _, _, results = await wallet.receive(link, code.group(1))
        assert [result.status for result in results] == [200, 200], [r.body for r in results]
        credential = results[0].body["credentials"][0]["credential"]
        assert credential["id"] == f"urn:uuid:{credential_id}"
        assert wallet.key.names_me(credential["credentialSubject"]["id"])
