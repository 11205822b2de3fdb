"""Mail to learners over SMTP (aiosmtplib): sign-in codes now, transaction codes of credential offers
next. A message is plain text with an optional HTML alternative; nothing of its content is logged."""

from __future__ import annotations

from email.message import EmailMessage
from email.utils import make_msgid

import aiosmtplib
import structlog

from services.credential_issuer.config import IssuerSettings
from shared.errors import UpstreamUnavailable

log = structlog.get_logger(__name__)


class MailNotSent(UpstreamUnavailable):
    """The SMTP server could not be reached or refused the message."""


class Mailer:
    """Sends mail through the SMTP server of the settings (``ISSUER_SMTP_*``). Without a host, mail
    is dropped with a warning: a service can start without one outside production."""

    def __init__(self, settings: IssuerSettings) -> None:
        self._host = settings.smtp_host
        self._port = settings.smtp_port
        self._username = settings.smtp_username
        self._password = settings.smtp_password.get_secret_value() if settings.smtp_password else None
        self._starttls = settings.smtp_starttls
        self._tls = settings.smtp_tls
        self._sender = settings.smtp_from
        self._timeout = settings.smtp_timeout_seconds

    @property
    def configured(self) -> bool:
        return self._host is not None

    async def send(self, to: str, subject: str, text: str, html: str | None = None) -> None:
        """Deliver one message to ``to``; raises :class:`MailNotSent` when the server fails."""
        if self._host is None:
            log.warning("mail_not_sent", reason="no SMTP server configured (ISSUER_SMTP_HOST)")
            return
        message = EmailMessage()
        message["From"] = self._sender
        message["To"] = to
        message["Subject"] = subject
        message["Message-ID"] = make_msgid(domain=self._sender.rpartition("@")[2].rstrip(">") or None)
        message.set_content(text)
        if html is not None:
            message.add_alternative(html, subtype="html")
        try:
            await aiosmtplib.send(
                message,
                hostname=self._host,
                port=self._port,
                username=self._username,
                password=self._password,
                start_tls=self._starttls,
                use_tls=self._tls,
                timeout=self._timeout,
            )
        except (aiosmtplib.SMTPException, OSError) as error:
            # The error names the server, never the recipient or the content.
            log.error("mail_failed", error_type=type(error).__name__)
            raise MailNotSent("The mail server could not deliver the message; try again shortly.") from None
