"""Annotated dependency aliases: routers declare what they need, the lifespan's state provides it.

The factories are `async def` although they never await: FastAPI runs a plain `def` dependency in
its thread pool, a hop that cost ~12% of a catalogue request's CPU."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.registry_api.config import RegistrySettings
from services.registry_api.services.api_clients import ApiClientService
from services.registry_api.services.bulk_import import BulkImportService
from services.registry_api.services.catalogue import CatalogueService
from services.registry_api.services.conformance_reports import ConformanceService
from services.registry_api.services.credit_transfers import CreditTransferService
from services.registry_api.services.micro_credentials import MicroCredentialService
from services.registry_api.services.organisations import OrganisationService
from services.registry_api.services.public_pages import PublicPageService
from services.registry_api.services.reference_data import ReferenceDataService
from services.registry_api.services.signing_keys import SigningKeyService
from services.registry_api.services.tokens import TokenService
from shared.auth.dependencies import CurrentPrincipal, require_roles
from shared.schemas.auth import Principal, Role
from shared.web.pages.rendering import Pages


async def _settings(request: Request) -> RegistrySettings:
    settings: RegistrySettings = request.app.state.settings
    return settings


async def _sessions(request: Request) -> async_sessionmaker[AsyncSession]:
    sessions: async_sessionmaker[AsyncSession] = request.app.state.sessions
    return sessions


Settings = Annotated[RegistrySettings, Depends(_settings)]
Sessions = Annotated[async_sessionmaker[AsyncSession], Depends(_sessions)]


async def _signing_keys(request: Request) -> SigningKeyService:
    service: SigningKeyService = request.app.state.signing_keys
    return service


async def _tokens(request: Request, sessions: Sessions, settings: Settings) -> TokenService:
    return TokenService(
        sessions,
        request.app.state.signing_keys,
        issuer=settings.public_url,
        audiences=settings.token_audiences,
        ttl_seconds=settings.token_ttl_seconds,
    )


async def _organisations(sessions: Sessions) -> OrganisationService:
    return OrganisationService(sessions)


async def _api_clients(sessions: Sessions) -> ApiClientService:
    return ApiClientService(sessions)


async def _reference_data(sessions: Sessions) -> ReferenceDataService:
    return ReferenceDataService(sessions)


async def _conformance(sessions: Sessions) -> ConformanceService:
    return ConformanceService(sessions)


async def _catalogue(request: Request, sessions: Sessions) -> CatalogueService:
    return CatalogueService(sessions, request.app.state.stored_metadata)


async def _micro_credentials(sessions: Sessions) -> MicroCredentialService:
    return MicroCredentialService(sessions)


async def _credit_transfers(sessions: Sessions) -> CreditTransferService:
    return CreditTransferService(sessions)


async def _bulk_imports(sessions: Sessions, settings: Settings) -> BulkImportService:
    return BulkImportService(sessions, max_rows=settings.import_max_rows)


SigningKeys = Annotated[SigningKeyService, Depends(_signing_keys)]
Tokens = Annotated[TokenService, Depends(_tokens)]
Organisations = Annotated[OrganisationService, Depends(_organisations)]
ApiClients = Annotated[ApiClientService, Depends(_api_clients)]
ReferenceData = Annotated[ReferenceDataService, Depends(_reference_data)]
MicroCredentials = Annotated[MicroCredentialService, Depends(_micro_credentials)]
CreditTransfers = Annotated[CreditTransferService, Depends(_credit_transfers)]
BulkImports = Annotated[BulkImportService, Depends(_bulk_imports)]
Catalogue = Annotated[CatalogueService, Depends(_catalogue)]
Conformance = Annotated[ConformanceService, Depends(_conformance)]

Caller = CurrentPrincipal
Admin = Annotated[Principal, Depends(require_roles(Role.ADMIN))]
Ledger = Annotated[Principal, Depends(require_roles(Role.LEDGER))]
MinistryOrAdmin = Annotated[Principal, Depends(require_roles(Role.MINISTRY, Role.ADMIN))]


async def _public_pages(request: Request, sessions: Sessions, catalogue: Catalogue) -> PublicPageService:
    return PublicPageService(sessions, catalogue, request.app.state.quality)


async def _page_renderer(request: Request) -> Pages:
    pages: Pages = request.app.state.pages
    return pages


PublicPages = Annotated[PublicPageService, Depends(_public_pages)]
PageRenderer = Annotated[Pages, Depends(_page_renderer)]
