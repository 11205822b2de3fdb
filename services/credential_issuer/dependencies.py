"""Annotated dependency aliases: routers declare what they need, the lifespan's state provides it.

The factories are `async def` although they never await: FastAPI runs a plain `def` dependency in
its thread pool, a hop that cost ~12% of a catalogue request's CPU."""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated, Any

from fastapi import Depends, Request
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.credential_issuer.config import IssuerSettings
from services.credential_issuer.services.claims import ClaimService
from services.credential_issuer.services.intake import IntakeService
from services.credential_issuer.services.issuing_keys import IssuingKeys
from services.credential_issuer.services.presentations import PresentationVerificationService
from services.credential_issuer.services.status_lists import CredentialStatusService, StatusListService
from services.credential_issuer.services.vc_api_issuance import VcApiIssuance
from services.credential_issuer.services.verification import ServiceDidResolver, VerificationService
from shared.auth.dependencies import CurrentPrincipal, require_roles
from shared.schemas.auth import Principal, Role


async def _settings(request: Request) -> IssuerSettings:
    settings: IssuerSettings = request.app.state.settings
    return settings


async def _sessions(request: Request) -> async_sessionmaker[AsyncSession]:
    sessions: async_sessionmaker[AsyncSession] = request.app.state.sessions
    return sessions


Settings = Annotated[IssuerSettings, Depends(_settings)]
Sessions = Annotated[async_sessionmaker[AsyncSession], Depends(_sessions)]
Caller = CurrentPrincipal


# --- status lists, revocation and suspension, verification (items 6 and 8) -----------------------


async def _status_list_service(request: Request) -> StatusListService:
    state = request.app.state
    return StatusListService(state.sessions, state.signing_key_for, state.settings.public_url)


async def _credential_status_service(request: Request) -> CredentialStatusService:
    return CredentialStatusService(request.app.state.sessions)


def _verifier(state: Any) -> tuple[VerificationService, ServiceDidResolver]:
    """The credential verifier over the service's shared caches and process pool."""
    caches = getattr(state, "verification_caches", None)
    resolver = ServiceDidResolver(
        state.settings.public_url,
        getattr(state, "did_document_for", None),
        caches=caches,
        proof_pool=getattr(state, "signing_pool", None),
    )
    credentials = VerificationService(
        state.sessions, resolver, state.quality, state.settings.public_url, caches
    )
    return credentials, resolver


async def _verification_service(request: Request) -> VerificationService:
    return _verifier(request.app.state)[0]


async def _presentation_verification_service(request: Request) -> PresentationVerificationService:
    return PresentationVerificationService(*_verifier(request.app.state))


StatusLists = Annotated[StatusListService, Depends(_status_list_service)]
CredentialStatuses = Annotated[CredentialStatusService, Depends(_credential_status_service)]
Verifier = Annotated[VerificationService, Depends(_verification_service)]
PresentationVerifier = Annotated[PresentationVerificationService, Depends(_presentation_verification_service)]
Institution = Annotated[Principal, Depends(require_roles(Role.INSTITUTION))]


# --- completion intake, issuance, issuing keys and DIDs (items 1-5) -------------------------------


async def _intake(request: Request) -> IntakeService:
    state = request.app.state
    settings: IssuerSettings = state.settings
    return IntakeService(
        state.sessions,
        max_records=settings.intake_max_records,
        idempotency_ttl=timedelta(hours=settings.idempotency_key_ttl_hours),
        public_url=settings.public_url,
    )


async def _issuing_keys(request: Request) -> IssuingKeys:
    keys: IssuingKeys = request.app.state.issuing_keys
    return keys


Intake = Annotated[IntakeService, Depends(_intake)]
Keys = Annotated[IssuingKeys, Depends(_issuing_keys)]


async def _claims(request: Request) -> ClaimService:
    return ClaimService(request.app.state.sessions, request.app.state.settings.public_url)


Claims = Annotated[ClaimService, Depends(_claims)]


async def _issuance(request: Request) -> VcApiIssuance:
    state = request.app.state
    return VcApiIssuance(
        state.sessions,
        keys=state.issuing_keys,
        worker=state.issuance_worker,
        issuer_url=state.settings.public_url,
    )


Issuance = Annotated[VcApiIssuance, Depends(_issuance)]
