"""`omc run`'s local SMTP server: the issuer's real mailer delivers to it, and the message lands in
the data folder where a developer reads the code."""

from __future__ import annotations

from pathlib import Path

from pydantic import SecretStr

from ops.dev_mail import dev_mail_environment, start_dev_mail
from services.credential_issuer.config import IssuerSettings
from services.credential_issuer.services.wallets.mailer import Mailer
from tests.support.mailbox import free_port


async def test_mail_sent_by_the_issuer_lands_in_the_data_folder(tmp_path: Path) -> None:
    port = free_port()
    server = start_dev_mail(tmp_path, "127.0.0.1", port)
    try:
        environment = dev_mail_environment("127.0.0.1", port)
        settings = IssuerSettings(
            database_url=SecretStr("postgresql://unused@127.0.0.1/unused"),
            smtp_host=environment["ISSUER_SMTP_HOST"],
            smtp_port=int(environment["ISSUER_SMTP_PORT"]),
            smtp_starttls=environment["ISSUER_SMTP_STARTTLS"] == "true",
        )
        await Mailer(settings).send("dev@example.ca", "Your sign-in code: 12345678", "Your code is 12345678.")
    finally:
        server.stop()
    (saved,) = (tmp_path / "mail").glob("*.eml")
    assert "Your sign-in code: 12345678" in saved.read_text()
    assert saved.stat().st_mode & 0o077 == 0  # owner-only: a code is a secret, even in development
