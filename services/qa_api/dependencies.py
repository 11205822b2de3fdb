"""Annotated dependency aliases: routers declare what they need, the lifespan's state provides it.

The factories are `async def` although they never await: FastAPI runs a plain `def` dependency in
its thread pool, a hop that cost ~12% of a catalogue request's CPU."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.qa_api.config import QaSettings
from services.qa_api.services.approvals import ApprovalService
from services.qa_api.services.checkpoint_keys import CheckpointKeys
from services.qa_api.services.decisions import DecisionService
from services.qa_api.services.designations import DesignationService
from services.qa_api.services.endorsement_expiry import EndorsementExpiry
from services.qa_api.services.ledger import LedgerService
from services.qa_api.services.organisation_lookup import OrganisationLookup
from services.qa_api.services.partnerships import PartnershipService
from services.qa_api.services.registry_facts import RegistryFacts
from services.qa_api.services.reviews import ReviewService
from services.qa_api.services.standing import StandingService
from shared.auth.dependencies import CurrentPrincipal, require_roles
from shared.clients.registry import RegistryClient
from shared.schemas.auth import Principal, Role


async def _settings(request: Request) -> QaSettings:
    settings: QaSettings = request.app.state.settings
    return settings


async def _sessions(request: Request) -> async_sessionmaker[AsyncSession]:
    sessions: async_sessionmaker[AsyncSession] = request.app.state.sessions
    return sessions


async def _ledger(request: Request) -> LedgerService:
    service: LedgerService = request.app.state.ledger
    return service


async def _checkpoint_keys(request: Request) -> CheckpointKeys:
    keys: CheckpointKeys = request.app.state.checkpoint_keys
    return keys


async def _registry(request: Request) -> RegistryClient:
    registry: RegistryClient = request.app.state.registry
    return registry


Settings = Annotated[QaSettings, Depends(_settings)]
Sessions = Annotated[async_sessionmaker[AsyncSession], Depends(_sessions)]
Ledger = Annotated[LedgerService, Depends(_ledger)]
Keys = Annotated[CheckpointKeys, Depends(_checkpoint_keys)]
Registry = Annotated[RegistryClient, Depends(_registry)]
Caller = CurrentPrincipal
CheckpointSigner = Annotated[Principal, Depends(require_roles(Role.ADMIN, Role.EQAA, Role.MINISTRY))]


def _registry_facts_of(request: Request) -> RegistryFacts:
    """The registry as qa_api reads it, with its own token (role `ledger`) for submitted versions."""
    return RegistryFacts(request.app.state.registry, request.app.state.registry_tokens)


async def _approvals(request: Request) -> ApprovalService:
    return ApprovalService(request.app.state.sessions, _registry_facts_of(request))


async def _partnerships(request: Request) -> PartnershipService:
    return PartnershipService(request.app.state.sessions, _registry_facts_of(request))


async def _standing(request: Request) -> StandingService:
    return StandingService(request.app.state.sessions)


Approvals = Annotated[ApprovalService, Depends(_approvals)]
Partnerships = Annotated[PartnershipService, Depends(_partnerships)]
StandingQueries = Annotated[StandingService, Depends(_standing)]


async def _organisation_lookup(registry: Registry) -> OrganisationLookup:
    """One per request (FastAPI caches a dependency within a request): each organisation is fetched
    from the registry at most once per request."""
    return OrganisationLookup(registry)


Lookup = Annotated[OrganisationLookup, Depends(_organisation_lookup)]


async def _reviews(request: Request, lookup: Lookup) -> ReviewService:
    return ReviewService(request.app.state.sessions, lookup)


async def _decisions(request: Request, lookup: Lookup) -> DecisionService:
    return DecisionService(request.app.state.sessions, lookup)


async def _designations(request: Request, lookup: Lookup) -> DesignationService:
    return DesignationService(request.app.state.sessions, lookup)


async def _expiring(request: Request, lookup: Lookup) -> EndorsementExpiry:
    return EndorsementExpiry(request.app.state.sessions, lookup)


Reviews = Annotated[ReviewService, Depends(_reviews)]
ExpiringEndorsements = Annotated[EndorsementExpiry, Depends(_expiring)]
Decisions = Annotated[DecisionService, Depends(_decisions)]
Designations = Annotated[DesignationService, Depends(_designations)]
InstitutionUser = Annotated[Principal, Depends(require_roles(Role.INSTITUTION))]
AgencyUser = Annotated[Principal, Depends(require_roles(Role.EQAA))]
MinistryUser = Annotated[Principal, Depends(require_roles(Role.MINISTRY))]
