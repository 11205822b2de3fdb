"""A real SMTP server in the test process (aiosmtpd's Controller, on a loopback port), whose mailbox
the tests read: the issuer under test sends its mail to it through ISSUER_SMTP_HOST/PORT, over the
same SMTP client code as in production. This is the fake at the edge of the world: the learner's
mail provider."""

from __future__ import annotations

import asyncio
import logging
import re
import socket
import threading
from dataclasses import dataclass
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import Any

from aiosmtpd.controller import Controller

CODE = re.compile(r"\b(\d{8})\b")


@dataclass(frozen=True)
class ReceivedMail:
    to: tuple[str, ...]
    subject: str
    text: str


class _Collector:
    def __init__(self) -> None:
        self.messages: list[ReceivedMail] = []
        self.lock = threading.Lock()

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802 (aiosmtpd's hook name)
        parsed = message_from_bytes(envelope.original_content, policy=policy.default)
        assert isinstance(parsed, EmailMessage)
        body = parsed.get_body(preferencelist=("plain",))
        text = body.get_content() if body is not None else ""
        mail = ReceivedMail(
            tuple(address.lower() for address in envelope.rcpt_tos), str(parsed["Subject"]), text
        )
        with self.lock:
            self.messages.append(mail)
        return "250 Message accepted for delivery"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class Mailbox:
    """The messages the local SMTP server received, by recipient."""

    def __init__(self) -> None:
        self._collector = _Collector()
        self._controller = Controller(self._collector, hostname="127.0.0.1", port=free_port())
        self.host = "127.0.0.1"
        self.port = 0

    def start(self) -> Mailbox:
        # aiosmtpd logs each envelope (recipients included) at INFO: the learner's mail provider is
        # not the platform, and its lines must not be mistaken for the services' log.
        logging.getLogger("mail.log").setLevel(logging.WARNING)
        self._controller.start()
        self.port = self._controller.port
        return self

    def stop(self) -> None:
        self._controller.stop()

    def issuer_settings(self) -> dict[str, Any]:
        """The issuer's SMTP settings that send to this mailbox."""
        return {"smtp_host": self.host, "smtp_port": self.port, "smtp_starttls": False}

    def to(self, address: str) -> list[ReceivedMail]:
        """Every message received for ``address`` (case-insensitive), oldest first."""
        wanted = address.strip().lower()
        with self._collector.lock:
            return [mail for mail in self._collector.messages if wanted in mail.to]

    async def wait_for(self, address: str, *, count: int, within_seconds: float = 60.0) -> ReceivedMail:
        """The ``count``-th message to ``address`` once it has arrived (mail is sent after the page
        answers: this waits on that condition, with a bound for a broken sender)."""
        deadline = asyncio.get_running_loop().time() + within_seconds
        while True:
            received = self.to(address)
            if len(received) >= count:
                return received[count - 1]
            assert asyncio.get_running_loop().time() < deadline, f"no message {count} to the address"
            await asyncio.sleep(0.05)

    @staticmethod
    def code_in(mail: ReceivedMail) -> str:
        found = CODE.search(mail.subject) or CODE.search(mail.text)
        assert found is not None, "the mail carries no 8-digit code"
        return found.group(1)
