"""Typed client of registry_api, for the other services and for scripts."""

from __future__ import annotations

import uuid
from typing import Any

from shared.clients.base import ServiceClient
from shared.schemas.auth import TokenResponse
from shared.schemas.catalogue import CatalogueItem
from shared.schemas.micro_credentials import MicroCredential, MicroCredentialVersion, VersionApproval
from shared.schemas.organisations import Designation, DesignationEvent, Organisation
from shared.schemas.reference import ProviderType


class RegistryClient(ServiceClient):
    service_name = "registry_api"

    async def jwks_document(self) -> dict[str, Any]:
        """The raw JWKS (not parsed into a model: the key source must keep every member of a key)."""
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

    async def provider_types(self) -> list[ProviderType]:
        response = await self._send("GET", "/v1/reference/provider-types")
        return [ProviderType.model_validate(item) for item in response.json()]

    async def micro_credential(self, micro_credential_id: uuid.UUID, *, token: str) -> MicroCredential:
        """The owner's view (every version, drafts included): the owner, admin or the quality ledger."""
        return await self._call(
            "GET", f"/v1/micro-credentials/{micro_credential_id}", MicroCredential, token=token
        )

    async def micro_credential_version(
        self, micro_credential_id: uuid.UUID, version: int, *, token: str
    ) -> MicroCredentialVersion:
        return await self._call(
            "GET",
            f"/v1/micro-credentials/{micro_credential_id}/versions/{version}",
            MicroCredentialVersion,
            token=token,
        )

    async def catalogue_item(self, micro_credential_id: uuid.UUID) -> CatalogueItem:
        """The current published version, as the public catalogue shows it (404: none published)."""
        return await self._call(
            "GET", f"/v1/catalogue/micro-credentials/{micro_credential_id}", CatalogueItem
        )

    async def catalogue_version(self, micro_credential_id: uuid.UUID, version: int) -> CatalogueItem:
        """A version that has been published (current or not), as the public catalogue shows it."""
        return await self._call(
            "GET", f"/v1/catalogue/micro-credentials/{micro_credential_id}/versions/{version}", CatalogueItem
        )

    async def apply_designation(self, event: DesignationEvent, *, token: str) -> Designation:
        return await self._call(
            "POST",
            "/internal/v1/designation-events",
            Designation,
            token=token,
            json=event.model_dump(mode="json"),
        )

    async def approve_version(
        self, micro_credential_id: uuid.UUID, version: int, approval: VersionApproval, *, token: str
    ) -> MicroCredentialVersion:
        return await self._call(
            "POST",
            f"/internal/v1/micro-credentials/{micro_credential_id}/versions/{version}/approval",
            MicroCredentialVersion,
            token=token,
            json=approval.model_dump(mode="json"),
        )

    async def deliver(self, path: str, payload: dict[str, Any], *, token: str) -> None:
        """POST an event the quality ledger's outbox holds; raises on any error answer."""
        await self._send("POST", path, token=token, json=payload)
