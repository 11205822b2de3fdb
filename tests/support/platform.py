"""The running platform as tests see it: the services' URLs and settings, and helpers that act
through the public HTTP API as an admin, an institution, an agency..."""

from __future__ import annotations

import secrets
import time
import uuid
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import httpx

from services.credential_issuer.config import IssuerSettings
from services.qa_api.config import QaSettings
from services.registry_api.config import RegistrySettings
from shared.schemas.auth import OrganisationKind, Role
from tests.support.mailbox import Mailbox

DEFAULT_PROVIDER_TYPES = {
    OrganisationKind.INSTITUTION: "ontario_public_college",
    OrganisationKind.ALTERNATE_PROVIDER: "employer",
}

TOKEN_RENEWAL_MARGIN_SECONDS = 120.0
"""A cached token is renewed when less than this remains of its lifetime."""


@dataclass(frozen=True)
class ClientCredentials:
    client_id: str
    client_secret: str
    organisation_id: uuid.UUID | None


@dataclass
class Platform:
    registry: RegistrySettings
    qa: QaSettings
    issuer: IssuerSettings
    admin: ClientCredentials
    http: httpx.AsyncClient
    mailbox: Mailbox | None = None
    """The SMTP server the issuer sends its mail to (tests/support/mailbox.py)."""
    _tokens: dict[tuple[str, str | None], tuple[str, float]] = field(default_factory=dict)
    _ledger: ClientCredentials | None = None

    @property
    def urls(self) -> dict[str, str]:
        return {
            "registry_api": self.registry.public_url,
            "qa_api": self.qa.public_url,
            "credential_issuer": self.issuer.public_url,
        }

    def urls_for_audience(self, service: str) -> str:
        """The `aud` a token needs to be accepted by ``service``: its public URL."""
        return self.urls[service]

    async def token(self, client: ClientCredentials, *, audience: str | None = None) -> str:
        """A token of ``client``, reused until shortly before it lapses (a long session on a busy
        machine outlives the registry's 600 s tokens)."""
        key = (client.client_id, audience)
        cached = self._tokens.get(key)
        # A session on a busy machine outlasts a token's lifetime: get a new one before it lapses.
        if cached is None or time.monotonic() > cached[1] - TOKEN_RENEWAL_MARGIN_SECONDS:
            data = {"grant_type": "client_credentials"}
            if audience:
                data["audience"] = audience
            response = await self.http.post(
                f"{self.registry.public_url}/oauth/token",
                data=data,
                auth=(client.client_id, client.client_secret),
            )
            assert response.status_code == 200, response.text
            body = response.json()
            cached = (body["access_token"], time.monotonic() + float(body["expires_in"]))
            self._tokens[key] = cached
        return cached[0]

    async def auth(self, client: ClientCredentials, *, audience: str | None = None) -> dict[str, str]:
        return {"Authorization": f"Bearer {await self.token(client, audience=audience)}"}

    async def new_organisation(self, kind: OrganisationKind, **fields: Any) -> dict[str, Any]:
        body = {
            "slug": f"test-{kind.value.replace('_', '-')}-{secrets.token_hex(4)}",
            "kind": kind.value,
            "name_en": f"Test {kind.value}",
            **({"provider_type": DEFAULT_PROVIDER_TYPES[kind]} if kind in DEFAULT_PROVIDER_TYPES else {}),
            **fields,
        }
        response = await self.http.post(
            f"{self.registry.public_url}/v1/organisations", json=body, headers=await self.auth(self.admin)
        )
        assert response.status_code == 201, response.text
        organisation: dict[str, Any] = response.json()
        return organisation

    async def new_client(self, organisation_id: uuid.UUID | str, roles: list[Role]) -> ClientCredentials:
        response = await self.http.post(
            f"{self.registry.public_url}/v1/organisations/{organisation_id}/clients",
            json={"name": "test client", "roles": [role.value for role in roles]},
            headers=await self.auth(self.admin),
        )
        assert response.status_code == 201, response.text
        body = response.json()
        return ClientCredentials(body["client_id"], body["client_secret"], uuid.UUID(body["organisation_id"]))

    async def new_actor(self, kind: OrganisationKind, roles: list[Role]) -> ClientCredentials:
        """A fresh organisation of ``kind`` with one client holding ``roles``."""
        organisation = await self.new_organisation(kind)
        return await self.new_client(organisation["id"], roles)

    async def ledger(self) -> ClientCredentials:
        """The quality ledger's client: role `ledger` on the platform operator, made once by the admin."""
        if self._ledger is None:
            response = await self.http.get(
                f"{self.registry.public_url}/v1/organisations", params={"kind": "platform"}
            )
            assert response.status_code == 200, response.text
            operator = next(item for item in response.json()["items"] if item["slug"] == "omc-platform")
            self._ledger = await self.new_client(operator["id"], [Role.LEDGER])
        return self._ledger

    async def designate(
        self,
        organisation_id: uuid.UUID | str,
        *,
        status: str = "designated",
        effective_from: date = date(2020, 1, 1),
        effective_until: date | None = None,
        event_id: uuid.UUID | None = None,
        actor: ClientCredentials | None = None,
    ) -> httpx.Response:
        """Post a DOMCI designation event as the ledger (or ``actor``); returns the raw response."""
        body = {
            "event_id": str(event_id or uuid.uuid4()),
            "organisation_id": str(organisation_id),
            "status": status,
            "effective_from": effective_from.isoformat(),
            "effective_until": effective_until.isoformat() if effective_until else None,
            "decision_reference": f"MCU decision {secrets.token_hex(3)}",
        }
        return await self.http.post(
            f"{self.registry.public_url}/internal/v1/designation-events",
            json=body,
            headers=await self.auth(actor or await self.ledger()),
        )

    async def approve_types(self, organisation_id: uuid.UUID | str, codes: list[str]) -> dict[str, Any]:
        """As the admin, set the OMC types the institution has current government approval for."""
        response = await self.http.put(
            f"{self.registry.public_url}/v1/organisations/{organisation_id}/approved-qualification-types",
            json={"qualification_types": codes},
            headers=await self.auth(self.admin),
        )
        assert response.status_code == 200, response.text
        organisation: dict[str, Any] = response.json()
        return organisation

    async def new_domci(
        self, provider_type: str = "ontario_public_college", approved: list[str] | None = None
    ) -> tuple[dict[str, Any], ClientCredentials]:
        """An institution of ``provider_type``, approved for ``approved`` (default: all it may award),
        designated a DOMCI since 2020-01-01, with a registrar client (role `institution`)."""
        organisation = await self.new_organisation(OrganisationKind.INSTITUTION, provider_type=provider_type)
        if approved is None:
            response = await self.http.get(f"{self.registry.public_url}/v1/reference/provider-types")
            eligible = {item["code"]: item["eligible_qualification_types"] for item in response.json()}
            approved = eligible[provider_type]
        organisation = await self.approve_types(organisation["id"], approved)
        designated = await self.designate(organisation["id"])
        assert designated.status_code == 201, designated.text
        registrar = await self.new_client(organisation["id"], [Role.INSTITUTION])
        return organisation, registrar
