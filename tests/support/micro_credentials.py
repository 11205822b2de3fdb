"""Micro-credential metadata as tests write it, and the lifecycle steps through the public HTTP API
(the owner institution's registrar) and the internal one (the quality ledger)."""

from __future__ import annotations

import secrets
import uuid
from datetime import date
from typing import Any

import httpx

from tests.support.platform import ClientCredentials, Platform


def minimal_metadata(**fields: Any) -> dict[str, Any]:
    """Only a title: enough for a draft, not for IQAP review."""
    return {"title": {"en": "Introduction to welding safety"}, **fields}


def ready_metadata(qualification_type: str = "cert", **fields: Any) -> dict[str, Any]:
    """What IQAP review needs: level, hours inside the guideline, an outcome, an assessment."""
    return {
        "title": {"en": "Welding safety", "fr": "Sécurité en soudage"},
        "qualification_type": qualification_type,
        "instructional_hours": "30",
        "learning_outcomes": [{"statement": {"en": "Apply lockout procedures to welding equipment."}}],
        "assessment": {
            "methods": [{"type": "practical_demonstration"}],
            "grading_scheme": "pass_fail",
            "summative": True,
        },
        **fields,
    }


def complete_metadata(qualification_type: str = "cert", **fields: Any) -> dict[str, Any]:
    """Every element any conformance profile asks for; ``fields`` override any of them."""
    complete = ready_metadata(
        qualification_type,
        description={"en": "Safe practice in a welding shop.", "fr": "La sécurité dans un atelier."},
        languages_of_instruction=["en", "fr"],
        learner_effort_hours="45",
        learning_outcomes=[
            {
                "statement": {"en": "Apply lockout procedures.", "fr": "Appliquer le cadenassage."},
                "competencies": [
                    {"framework": "ESCO", "uri": "http://data.europa.eu/esco/skill/abc", "label": "lockout"}
                ],
            }
        ],
        assessment={
            "methods": [
                {"type": "exam", "weight_percent": "40"},
                {"type": "practical_demonstration", "weight_percent": "60"},
            ],
            "grading_scheme": "percentage",
            "summative": True,
        },
        prerequisites="None.",
        delivery_modes=["hybrid"],
        formats=["cohort"],
        noc_codes=["72106"],
        cip_codes=["48.0508"],
        price={"amount": "450.00", "currency": "CAD"},
        osap_eligible=False,
        offerings=[{"start_date": "2027-01-11", "end_date": "2027-03-05", "delivery_mode": "hybrid"}],
        endorsements=[
            {
                "endorser_name": "Ontario Welders Guild",
                "endorser_type": "industry_association",
                "attests": "Meets the guild's safety expectations.",
            }
        ],
        url="https://example.ca/welding-safety",
    )
    return {**complete, **fields}


class Registrar:
    """An institution's registrar acting on its micro-credentials, and the ledger approving them."""

    def __init__(self, platform: Platform, client: ClientCredentials) -> None:
        self.platform = platform
        self.client = client
        self.base = platform.registry.public_url

    @property
    def organisation_id(self) -> uuid.UUID:
        assert self.client.organisation_id is not None
        return self.client.organisation_id

    async def headers(self, actor: ClientCredentials | None = None) -> dict[str, str]:
        return await self.platform.auth(actor or self.client)

    async def create_response(
        self,
        metadata: dict[str, Any],
        *,
        iqap: bool = True,
        course_code: str | None = None,
        organisation_id: uuid.UUID | str | None = None,
        actor: ClientCredentials | None = None,
    ) -> httpx.Response:
        return await self.platform.http.post(
            f"{self.base}/v1/organisations/{organisation_id or self.organisation_id}/micro-credentials",
            json={
                "course_code": course_code or f"MC-{secrets.token_hex(3)}",
                "iqap": iqap,
                "metadata": metadata,
            },
            headers=await self.headers(actor),
        )

    async def create(self, metadata: dict[str, Any], *, iqap: bool = True) -> dict[str, Any]:
        response = await self.create_response(metadata, iqap=iqap)
        assert response.status_code == 201, response.text
        created: dict[str, Any] = response.json()
        return created

    async def get(self, micro_credential_id: str, actor: ClientCredentials | None = None) -> httpx.Response:
        return await self.platform.http.get(
            f"{self.base}/v1/micro-credentials/{micro_credential_id}", headers=await self.headers(actor)
        )

    async def state(self, micro_credential_id: str) -> dict[str, Any]:
        response = await self.get(micro_credential_id)
        assert response.status_code == 200, response.text
        body: dict[str, Any] = response.json()
        return body

    async def save_draft(
        self, micro_credential_id: str, metadata: dict[str, Any], actor: ClientCredentials | None = None
    ) -> httpx.Response:
        return await self.platform.http.put(
            f"{self.base}/v1/micro-credentials/{micro_credential_id}/draft",
            json=metadata,
            headers=await self.headers(actor),
        )

    async def step(
        self,
        micro_credential_id: str,
        step: str,
        version: int | None = None,
        actor: ClientCredentials | None = None,
    ) -> httpx.Response:
        """``step``: submission, withdrawal, publication (per version); suspension, reinstatement,
        retirement (of the micro-credential)."""
        path = f"versions/{version}/{step}" if version is not None else step
        return await self.platform.http.post(
            f"{self.base}/v1/micro-credentials/{micro_credential_id}/{path}",
            headers=await self.headers(actor),
        )

    async def approve(
        self,
        micro_credential_id: str,
        version: int,
        *,
        approved_on: date = date(2026, 6, 1),
        event_id: uuid.UUID | None = None,
        actor: ClientCredentials | None = None,
    ) -> httpx.Response:
        event_id = event_id or uuid.uuid4()
        return await self.platform.http.post(
            f"{self.base}/internal/v1/micro-credentials/{micro_credential_id}/versions/{version}/approval",
            json={
                "event_id": str(event_id),
                "approved_on": approved_on.isoformat(),
                # The ledger replays an event with the same content; the reference follows the event.
                "approval_reference": f"ledger entry {event_id.hex[:8]}",
            },
            headers=await self.platform.auth(actor or await self.platform.ledger()),
        )

    async def published(self, metadata: dict[str, Any]) -> dict[str, Any]:
        """Create, submit, approve and publish version 1; returns the micro-credential."""
        created = await self.create(metadata)
        identifier = created["id"]
        for response in (
            await self.step(identifier, "submission", 1),
            await self.approve(identifier, 1),
            await self.step(identifier, "publication", 1),
        ):
            assert response.status_code == 200, response.text
        return await self.state(identifier)


def field_paths(response: httpx.Response) -> set[str]:
    """The field paths a 422 problem names."""
    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == "application/problem+json"
    return {error["field"] for error in response.json()["errors"]}
