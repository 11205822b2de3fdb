"""The learner's one-time claim link to a credential."""

from __future__ import annotations

import uuid
from datetime import datetime

from pydantic import BaseModel, Field


class ClaimLink(BaseModel):
    claim_id: uuid.UUID
    credential_id: uuid.UUID
    url: str = Field(description="One-time download of the credential as JSON. Send it to the learner only.")
    exchange_url: str = Field(
        description="The same claim as a VC-API exchange, for a wallet (e.g. DCC Learner Credential Wallet)."
    )
    expires_at: datetime
