"""What the public pages show: one OMC version with its history, partners and IQAP approval (from
the quality ledger, over HTTP), and an institution's profile, quality-assurance standing (from the
ledger too) and published OMCs.

Only facts that are public anyway are read: published versions (never drafts), organisations, and the
ledger's public standing, decisions and approvals."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.registry_api.errors import OrganisationNotFound
from services.registry_api.repositories.catalogue import PUBLISHED_ONCE
from services.registry_api.repositories.micro_credentials import MicroCredentialRepository
from services.registry_api.repositories.organisations import OrganisationRepository
from services.registry_api.repositories.reference_data import ReferenceDataRepository
from services.registry_api.services.catalogue import CatalogueService
from shared.clients.base import ServiceCallError
from shared.clients.quality import QualityLedgerClient
from shared.schemas.approvals import Approval
from shared.schemas.catalogue import CatalogueFilters, CatalogueItem, SortOrder
from shared.schemas.micro_credentials import MicroCredentialVersion, VersionStatus
from shared.schemas.organisations import Organisation
from shared.schemas.reference import ProviderType
from shared.schemas.reviews import Decision
from shared.schemas.standing import Standing

# An institution page lists this many OMCs; the catalogue page (filtered by provider) pages the rest.
INSTITUTION_PAGE_OMCS = 50


@dataclass(frozen=True)
class OmcVersionPage:
    item: CatalogueItem
    status: VersionStatus
    history: list[MicroCredentialVersion]
    current_version: int | None
    partners: list[Organisation]
    approval: Approval | None = None
    ledger_unreachable: bool = False


@dataclass(frozen=True)
class InstitutionPage:
    organisation: Organisation
    eqaa: Organisation | None
    provider_type: ProviderType | None
    omcs: list[CatalogueItem]
    more_omcs: bool
    standing: Standing | None
    decisions: list[Decision] = field(default_factory=list)
    ledger_unreachable: bool = False


class PublicPageService:
    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        catalogue: CatalogueService,
        quality: QualityLedgerClient,
    ) -> None:
        self._sessions = sessions
        self._catalogue = catalogue
        self._quality = quality

    async def omc_version(self, micro_credential_id: uuid.UUID, version: int) -> OmcVersionPage:
        """A published-once version (404 otherwise), its status today, the published history and,
        for a version approved through an IQAP, the approval as the quality ledger records it (when
        the ledger cannot be reached the page says so instead of failing)."""
        item = await self._catalogue.version(micro_credential_id, version)
        async with self._sessions() as session:
            versions = await MicroCredentialRepository(session).versions(micro_credential_id)
            organisations = OrganisationRepository(session)
            partners = [
                organisation
                for partner in item.metadata.partners
                if (organisation := await organisations.get(partner.organisation_id)) is not None
            ]
        history = [v for v in versions if v.status.value in PUBLISHED_ONCE and v.published_at is not None]
        status = next(v.status for v in history if v.version == version)
        current = next((v.version for v in history if v.status is VersionStatus.PUBLISHED), None)
        approval, ledger_unreachable = None, False
        if item.approval_reference is not None:
            try:
                approval = await self._approval_of(micro_credential_id, version)
            except ServiceCallError:
                ledger_unreachable = True
        return OmcVersionPage(
            item=item,
            status=status,
            history=history,
            current_version=current,
            partners=partners,
            approval=approval,
            ledger_unreachable=ledger_unreachable,
        )

    async def _approval_of(self, micro_credential_id: uuid.UUID, version: int) -> Approval | None:
        after = None
        while True:  # a micro-credential has one approval per approved version: a page or two
            page = await self._quality.approvals(
                micro_credential_id=micro_credential_id, after=after, limit=100
            )
            found = next((approval for approval in page.items if approval.version == version), None)
            if found is not None or page.next_cursor is None:
                return found
            after = page.next_cursor

    async def institution(self, organisation_id: uuid.UUID) -> InstitutionPage:
        """The profile, published OMCs and, from the quality ledger, standing today and the agency's
        decisions; when the ledger cannot be reached the page says so instead of failing."""
        async with self._sessions() as session:
            organisations = OrganisationRepository(session)
            organisation = await organisations.get(organisation_id)
            if organisation is None:
                raise OrganisationNotFound(f"No organisation with id {organisation_id}.")
            eqaa = await organisations.get_by_slug(organisation.eqaa_slug) if organisation.eqaa_slug else None
            provider_type = next(
                (
                    kind
                    for kind in await ReferenceDataRepository(session).provider_types()
                    if kind.code == organisation.provider_type
                ),
                None,
            )
        page = await self._catalogue.search(
            CatalogueFilters(provider=[organisation_id]),
            order=SortOrder.TITLE,
            after=None,
            limit=INSTITUTION_PAGE_OMCS,
            facets=[],
        )
        try:
            standing = await self._quality.standing(organisation_id)
            decisions = (await self._quality.decisions(institution_id=organisation_id, limit=50)).items
        except ServiceCallError:
            return InstitutionPage(
                organisation,
                eqaa,
                provider_type,
                page.items,
                page.next_cursor is not None,
                None,
                ledger_unreachable=True,
            )
        newest_first = sorted(decisions, key=lambda decision: decision.decided_on, reverse=True)
        return InstitutionPage(
            organisation,
            eqaa,
            provider_type,
            page.items,
            page.next_cursor is not None,
            standing,
            newest_first,
        )
