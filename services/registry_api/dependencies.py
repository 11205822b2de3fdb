"""Annotated dependency aliases: routers declare what they need, the lifespan's state provides it."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.registry_api.config import RegistrySettings
from services.registry_api.services.api_clients import ApiClientService
from services.registry_api.services.bulk_import import BulkImportService
from services.registry_api.services.catalogue import CatalogueService
from services.registry_api.services.conformance_reports import ConformanceService
from services.registry_api.services.micro_credentials import MicroCredentialService
from services.registry_api.services.organisations import OrganisationService
from services.registry_api.services.reference_data import ReferenceDataService
from services.registry_api.services.signing_keys import SigningKeyService
from services.registry_api.services.tokens import TokenService
from shared.auth.dependencies import CurrentPrincipal, require_roles
from shared.schemas.auth import Principal, Role


def _settings(request: Request) -> RegistrySettings:
    settings: RegistrySettings = request.app.state.settings
    return settings


def _sessions(request: Request) -> async_sessionmaker[AsyncSession]:
    sessions: async_sessionmaker[AsyncSession] = request.app.state.sessions
    return sessions


Settings = Annotated[RegistrySettings, Depends(_settings)]
Sessions = Annotated[async_sessionmaker[AsyncSession], Depends(_sessions)]


def _signing_keys(request: Request) -> SigningKeyService:
    service: SigningKeyService = request.app.state.signing_keys
    return service


def _tokens(request: Request, sessions: Sessions, settings: Settings) -> TokenService:
    return TokenService(
        sessions,
        request.app.state.signing_keys,
        issuer=settings.public_url,
        audiences=settings.token_audiences,
        ttl_seconds=settings.token_ttl_seconds,
    )


def _organisations(sessions: Sessions) -> OrganisationService:
    return OrganisationService(sessions)


def _api_clients(sessions: Sessions) -> ApiClientService:
    return ApiClientService(sessions)


def _reference_data(sessions: Sessions) -> ReferenceDataService:
    return ReferenceDataService(sessions)


def _conformance(sessions: Sessions) -> ConformanceService:
    return ConformanceService(sessions)


def _catalogue(sessions: Sessions) -> CatalogueService:
    return CatalogueService(sessions)


def _micro_credentials(sessions: Sessions) -> MicroCredentialService:
    return MicroCredentialService(sessions)


def _bulk_imports(sessions: Sessions, settings: Settings) -> BulkImportService:
    return BulkImportService(sessions, max_rows=settings.import_max_rows)


SigningKeys = Annotated[SigningKeyService, Depends(_signing_keys)]
Tokens = Annotated[TokenService, Depends(_tokens)]
Organisations = Annotated[OrganisationService, Depends(_organisations)]
ApiClients = Annotated[ApiClientService, Depends(_api_clients)]
ReferenceData = Annotated[ReferenceDataService, Depends(_reference_data)]
MicroCredentials = Annotated[MicroCredentialService, Depends(_micro_credentials)]
BulkImports = Annotated[BulkImportService, Depends(_bulk_imports)]
Catalogue = Annotated[CatalogueService, Depends(_catalogue)]
Conformance = Annotated[ConformanceService, Depends(_conformance)]

Caller = CurrentPrincipal
Admin = Annotated[Principal, Depends(require_roles(Role.ADMIN))]
Ledger = Annotated[Principal, Depends(require_roles(Role.LEDGER))]
MinistryOrAdmin = Annotated[Principal, Depends(require_roles(Role.MINISTRY, Role.ADMIN))]
