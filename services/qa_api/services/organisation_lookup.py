"""Organisations as the registry knows them, fetched once per request (the use cases are built per
request), before any transaction opens; and the authorisation checks that need them."""

from __future__ import annotations

import uuid

from services.qa_api.errors import NotAssignedAgency
from shared.clients.base import ServiceCallError
from shared.clients.registry import RegistryClient
from shared.errors import Forbidden, UpstreamUnavailable
from shared.schemas.auth import Principal, Role
from shared.schemas.organisations import Organisation


class OrganisationLookup:
    def __init__(self, registry: RegistryClient) -> None:
        self._registry = registry
        self._cache: dict[uuid.UUID, Organisation | None] = {}

    async def get(self, organisation_id: uuid.UUID) -> Organisation | None:
        """None when the registry has no such organisation."""
        if organisation_id not in self._cache:
            try:
                self._cache[organisation_id] = await self._registry.organisation(organisation_id)
            except ServiceCallError as error:
                if error.status != 404:
                    raise UpstreamUnavailable(f"The registry could not answer: {error}") from error
                self._cache[organisation_id] = None
        return self._cache[organisation_id]

    async def require_agency(self, principal: Principal, agency_slug: str) -> None:
        """Only a user (role `eqaa`) of the agency assigned to the case records its steps."""
        if Role.EQAA not in principal.roles:
            raise Forbidden("Only the assigned quality assurance agency (role eqaa) records this step.")
        organisation = await self.get(principal.organisation_id)
        if organisation is None or organisation.slug != agency_slug:
            raise NotAssignedAgency(f"This case is assigned to the agency '{agency_slug}'.")


def require_own_institution(principal: Principal, institution_id: uuid.UUID) -> None:
    """An institution's user (role `institution`) acts for its own organisation only."""
    if Role.INSTITUTION not in principal.roles or principal.organisation_id != institution_id:
        raise Forbidden("An institution acts for its own organisation only.")
