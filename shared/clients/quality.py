"""Typed client of qa_api (the quality ledger), for the credential issuer and for scripts."""

from __future__ import annotations

import uuid
from datetime import date

from shared.clients.base import ServiceClient
from shared.schemas.approvals import ApprovalPage
from shared.schemas.reviews import DecisionPage
from shared.schemas.standing import Standing


class QualityLedgerClient(ServiceClient):
    service_name = "qa_api"

    async def standing(
        self,
        institution_id: uuid.UUID,
        *,
        on: date | None = None,
        micro_credential_id: uuid.UUID | None = None,
        version: int | None = None,
    ) -> Standing:
        """Whether the institution was a DOMCI in good standing on ``on`` (default: today) and, if
        asked, the version an approved OMC then; with the ledger entries that prove it."""
        params: dict[str, str] = {"institution": str(institution_id)}
        if on is not None:
            params["on"] = on.isoformat()
        if micro_credential_id is not None:
            params["micro_credential"] = str(micro_credential_id)
        if version is not None:
            params["version"] = str(version)
        return await self._call("GET", "/v1/standing", Standing, params=params)

    async def decisions(
        self,
        *,
        valid_on: date | None = None,
        agency: str | None = None,
        institution_id: uuid.UUID | None = None,
        expiring_within_days: int | None = None,
        after: str | None = None,
        limit: int | None = None,
    ) -> DecisionPage:
        params = {
            key: value
            for key, value in {
                "valid_on": valid_on.isoformat() if valid_on else None,
                "agency": agency,
                "institution": str(institution_id) if institution_id else None,
                "expiring_within_days": str(expiring_within_days)
                if expiring_within_days is not None
                else None,
                "after": after,
                "limit": str(limit) if limit is not None else None,
            }.items()
            if value is not None
        }
        return await self._call("GET", "/v1/deqar/decisions", DecisionPage, params=params)

    async def approvals(
        self,
        *,
        micro_credential_id: uuid.UUID | None = None,
        institution_id: uuid.UUID | None = None,
        after: str | None = None,
        limit: int | None = None,
    ) -> ApprovalPage:
        """IQAP approvals in ledger order (public), filtered by micro-credential or institution."""
        params = {
            key: value
            for key, value in {
                "micro_credential": str(micro_credential_id) if micro_credential_id else None,
                "institution": str(institution_id) if institution_id else None,
                "after": after,
                "limit": str(limit) if limit is not None else None,
            }.items()
            if value is not None
        }
        return await self._call("GET", "/v1/approvals", ApprovalPage, params=params)
