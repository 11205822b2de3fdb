"""What the quality ledger needs to know from the registry (organisations, provider types, a
micro-credential and its versions), fetched before any transaction opens. Reads of drafts and
submitted versions use qa_api's own client (role `ledger`)."""

from __future__ import annotations

import uuid

from shared.clients.base import ServiceCallError
from shared.clients.registry import RegistryClient
from shared.clients.tokens import ClientCredentialsTokens
from shared.errors import UpstreamUnavailable
from shared.schemas.micro_credentials import MicroCredential
from shared.schemas.organisations import Organisation
from shared.schemas.reference import ProviderType


class RegistryFacts:
    def __init__(self, registry: RegistryClient, tokens: ClientCredentialsTokens | None) -> None:
        self._registry = registry
        self._tokens = tokens

    async def organisation(self, organisation_id: uuid.UUID) -> Organisation | None:
        """None when the registry has no such organisation."""
        try:
            return await self._registry.organisation(organisation_id)
        except ServiceCallError as error:
            if error.status == 404:
                return None
            raise _unavailable(error) from error

    async def provider_types(self) -> list[ProviderType]:
        try:
            return await self._registry.provider_types()
        except ServiceCallError as error:
            raise _unavailable(error) from error

    async def micro_credential(self, micro_credential_id: uuid.UUID) -> MicroCredential | None:
        """Every version, drafts included; None when the registry has no such micro-credential."""
        if self._tokens is None:
            raise UpstreamUnavailable(
                "qa_api has no client at the registry (QA_REGISTRY_CLIENT_ID), so it cannot read "
                "submitted versions."
            )
        for attempt in (1, 2):
            try:
                return await self._registry.micro_credential(
                    micro_credential_id, token=await self._tokens.token()
                )
            except ServiceCallError as error:
                if error.status == 404:
                    return None
                if error.status == 401 and attempt == 1:
                    # Keys rotated since the token was cached: get a new one and try once more.
                    self._tokens.forget()
                    continue
                raise _unavailable(error) from error
        raise AssertionError("unreachable")


def _unavailable(error: ServiceCallError) -> UpstreamUnavailable:
    return UpstreamUnavailable(f"The registry could not answer: {error}")
