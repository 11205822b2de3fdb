"""Typed client of registry_api, for the other services and for scripts."""

from __future__ import annotations

import uuid
from typing import Any

from shared.clients.base import ServiceClient
from shared.schemas.auth import JsonWebKeySet, TokenResponse
from shared.schemas.organisations import Organisation


class RegistryClient(ServiceClient):
    service_name = "registry_api"

    async def jwks(self) -> JsonWebKeySet:
        return await self._call("GET", "/.well-known/jwks.json", JsonWebKeySet)

    async def jwks_document(self) -> dict[str, Any]:
        """The raw JWKS, for a key source that must keep members this schema does not model."""
        response = await self._send("GET", "/.well-known/jwks.json")
        document: dict[str, Any] = response.json()
        return document

    async def token(
        self, client_id: str, client_secret: str, *, audience: list[str] | None = None
    ) -> TokenResponse:
        data = {"grant_type": "client_credentials"}
        if audience:
            data["audience"] = " ".join(audience)
        return await self._call(
            "POST", "/oauth/token", TokenResponse, data=data, auth=(client_id, client_secret)
        )

    async def organisation(self, organisation_id: uuid.UUID) -> Organisation:
        return await self._call("GET", f"/v1/organisations/{organisation_id}", Organisation)
