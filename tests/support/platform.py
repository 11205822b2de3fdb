"""The running platform as tests see it: the services' URLs and settings, and helpers that act
through the public HTTP API as an admin, an institution, an agency..."""

from __future__ import annotations

import secrets
import uuid
from dataclasses import dataclass, field
from typing import Any

import httpx

from services.credential_issuer.config import IssuerSettings
from services.qa_api.config import QaSettings
from services.registry_api.config import RegistrySettings
from shared.schemas.auth import OrganisationKind, Role

DEFAULT_PROVIDER_TYPES = {
    OrganisationKind.INSTITUTION: "ontario_public_college",
    OrganisationKind.ALTERNATE_PROVIDER: "employer",
}


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
    _tokens: dict[tuple[str, str | None], str] = field(default_factory=dict)

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
        key = (client.client_id, audience)
        if key not in self._tokens:
            data = {"grant_type": "client_credentials"}
            if audience:
                data["audience"] = audience
            response = await self.http.post(
                f"{self.registry.public_url}/oauth/token",
                data=data,
                auth=(client.client_id, client.client_secret),
            )
            assert response.status_code == 200, response.text
            self._tokens[key] = response.json()["access_token"]
        return self._tokens[key]

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
