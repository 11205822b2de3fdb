"""A local SMTP server for `omc run` when no ISSUER_SMTP_HOST is given: the learners' mail (sign-in
codes) of a development platform lands in OMC_DATA_DIR/mail/*.eml, and each message's recipient and
subject (which carries the code) are printed on the console. Never used in production, where
ISSUER_SMTP_HOST is required."""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from email import message_from_bytes, policy
from pathlib import Path
from typing import Any
from uuid import uuid4

from aiosmtpd.controller import Controller


class _SaveToFolder:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802 (aiosmtpd's hook name)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
        path = self.folder / f"{stamp}-{uuid4().hex[:8]}.eml"
        path.write_bytes(envelope.original_content)
        path.chmod(0o600)
        subject = message_from_bytes(envelope.original_content, policy=policy.default)["Subject"]
        recipients = ", ".join(envelope.rcpt_tos)
        print(f"[dev mail] to {recipients}: {subject}  ({path})", file=sys.stderr, flush=True)
        return "250 Message accepted for delivery"


def start_dev_mail(data_dir: Path, host: str, port: int) -> Controller:
    """Start the local SMTP server (a thread of this process); the caller stops it."""
    folder = data_dir / "mail"
    folder.mkdir(parents=True, exist_ok=True)
    controller = Controller(_SaveToFolder(folder), hostname=host, port=port)
    controller.start()
    return controller


def dev_mail_environment(host: str, port: int) -> dict[str, str]:
    """The issuer's variables that send to the local server."""
    return {"ISSUER_SMTP_HOST": host, "ISSUER_SMTP_PORT": str(port), "ISSUER_SMTP_STARTTLS": "false"}
