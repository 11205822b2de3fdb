"""A DOMCI's IQAP at work, as tests drive it through the public HTTP APIs: its registrar submits a
version in the registry, its QA office records partnership reviews and approvals in qa_api, and the
registry follows through the outbox."""

from __future__ import annotations

import asyncio
from datetime import date
from typing import Any

import httpx

from shared.schemas.auth import OrganisationKind
from tests.support.micro_credentials import Registrar
from tests.support.platform import ClientCredentials, Platform
from tests.support.quality import DesignatedInstitution, QualityDesk, designated_through_ledger


def approval_body(micro_credential_id: str, version: int = 1, **fields: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "micro_credential_id": micro_credential_id,
        "version": version,
        "approved_on": date.today().isoformat(),
        "reviewer": "Micro-credential curriculum committee",
        "labour_market_need": "Regional welding employers report a shortage of certified safety leads.",
    }
    return {**body, **fields}


def partnership_body(partner_id: str, **fields: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "partner_id": partner_id,
        "program": "Industrial safety bootcamp",
        "mode": "joint_delivery",
        "outcome": "approved",
        "reviewed_on": date.today().isoformat(),
        "findings": {"summary": "Program and delivery arrangements meet our IQAP standards."},
    }
    return {**body, **fields}


class QaOffice:
    """An institution's QA office (its `institution` client) and registrar, acting on qa_api and the
    registry; ``domci`` when it was made a DOMCI through the ledger."""

    def __init__(
        self,
        platform: Platform,
        organisation: dict[str, Any],
        registrar: ClientCredentials,
        domci: DesignatedInstitution | None = None,
    ) -> None:
        self.platform = platform
        self.organisation = organisation
        self.client = registrar
        self.registrar = Registrar(platform, registrar)
        self.base = platform.qa.public_url
        self._domci = domci

    @classmethod
    async def designated(cls, platform: Platform, **options: Any) -> QaOffice:
        """A new institution made a DOMCI through the ledger (designated from five days ago)."""
        domci = await designated_through_ledger(platform, **options)
        return cls(platform, domci.organisation, domci.registrar, domci)

    @property
    def domci(self) -> DesignatedInstitution:
        assert self._domci is not None, "this institution was not designated through the ledger"
        return self._domci

    @property
    def institution_id(self) -> str:
        return str(self.organisation["id"])

    async def submitted(self, metadata: dict[str, Any]) -> str:
        """A new micro-credential whose version 1 is submitted for IQAP review; returns its id."""
        created = await self.registrar.create(metadata)
        response = await self.registrar.step(created["id"], "submission", 1)
        assert response.status_code == 200, response.text
        return str(created["id"])

    async def approve(
        self,
        body: dict[str, Any],
        actor: ClientCredentials | None = None,
        institution_id: str | None = None,
    ) -> httpx.Response:
        return await self.platform.http.post(
            f"{self.base}/v1/institutions/{institution_id or self.institution_id}/approvals",
            json=body,
            headers=await self.platform.auth(actor or self.client),
        )

    async def review_partnership(
        self, body: dict[str, Any], actor: ClientCredentials | None = None
    ) -> httpx.Response:
        return await self.platform.http.post(
            f"{self.base}/v1/institutions/{self.institution_id}/partnerships",
            json=body,
            headers=await self.platform.auth(actor or self.client),
        )

    async def entries(self, **filters: Any) -> list[dict[str, Any]]:
        return await QualityDesk(self.platform).entries(institution=self.institution_id, **filters)

    async def suspend(self, effective_from: date | None = None) -> dict[str, Any]:
        """The ministry suspends the designation from ``effective_from`` (default today)."""
        response = await QualityDesk(self.platform).designation(
            {
                "institution_id": self.institution_id,
                "status": "suspended",
                "effective_from": (effective_from or date.today()).isoformat(),
                "decision_id": str(self.domci.decision_id),
                "reason": "Conditions of the endorsement not met.",
            },
            self.domci.ministry,
        )
        assert response.status_code == 201, response.text
        suspended: dict[str, Any] = response.json()
        return suspended

    async def version_status(self, micro_credential_id: str, version: int = 1) -> dict[str, Any]:
        state = await self.registrar.state(micro_credential_id)
        found: dict[str, Any] = next(item for item in state["versions"] if item["version"] == version)
        return found

    async def wait_for_status(
        self, micro_credential_id: str, status: str, version: int = 1, within_seconds: float = 60.0
    ) -> dict[str, Any]:
        """Poll the registry until the version has ``status`` (bounded)."""
        deadline = asyncio.get_running_loop().time() + within_seconds
        while True:
            current = await self.version_status(micro_credential_id, version)
            if current["status"] == status:
                return current
            waited = f"still {current['status']} after {within_seconds}s"
            assert asyncio.get_running_loop().time() < deadline, waited
            await asyncio.sleep(0.05)


async def new_partner(platform: Platform) -> dict[str, Any]:
    """A registered alternate provider."""
    return await platform.new_organisation(OrganisationKind.ALTERNATE_PROVIDER)


def problem(response: httpx.Response, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    body: dict[str, Any] = response.json()
    return body


def codes(response: httpx.Response) -> dict[str, str]:
    """field -> code of a 422 problem."""
    return {error["field"]: error["code"] for error in problem(response, 422)["errors"]}
