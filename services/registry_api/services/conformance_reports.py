"""Conformance reports: per version (what is missing, by profile) and per institution (how its
micro-credentials fare, and which elements are missing most often), so a registrar sees what to fix."""

from __future__ import annotations

import uuid
from collections import Counter

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.registry_api.errors import MicroCredentialNotFound, OrganisationNotFound
from services.registry_api.repositories.micro_credentials import MicroCredentialRepository
from services.registry_api.repositories.organisations import OrganisationRepository
from services.registry_api.services.conformance import PROFILES, evaluate
from services.registry_api.services.ownership import ensure_may_read_conformance
from shared.schemas.auth import Principal
from shared.schemas.conformance import (
    ConformanceReport,
    InstitutionConformance,
    MissingElementCount,
    ProfileSummary,
)
from shared.schemas.micro_credentials import MicroCredentialVersion, VersionStatus

QUALITY_ASSURED = {
    VersionStatus.APPROVED,
    VersionStatus.PUBLISHED,
    VersionStatus.SUSPENDED,
    VersionStatus.RETIRED,
    VersionStatus.SUPERSEDED,
}


def report(version: MicroCredentialVersion) -> ConformanceReport:
    quality_assured = version.iqap and version.status in QUALITY_ASSURED
    return ConformanceReport(
        micro_credential_id=version.micro_credential_id,
        version=version.version,
        profiles=evaluate(version.metadata, quality_assured=quality_assured),
    )


class ConformanceService:
    def __init__(self, sessions: async_sessionmaker[AsyncSession]) -> None:
        self._sessions = sessions

    async def version_report(
        self, principal: Principal, micro_credential_id: uuid.UUID, version: int
    ) -> ConformanceReport:
        async with self._sessions() as session:
            repository = MicroCredentialRepository(session)
            header = await repository.header(micro_credential_id)
            if header is None:
                raise MicroCredentialNotFound(f"No micro-credential with id {micro_credential_id}.")
            ensure_may_read_conformance(principal, header.organisation_id)
            found = await repository.version(micro_credential_id, version)
        if found is None:
            raise MicroCredentialNotFound(f"Micro-credential {micro_credential_id} has no version {version}.")
        return report(found)

    async def institution_summary(
        self, principal: Principal, organisation_id: uuid.UUID
    ) -> InstitutionConformance:
        """Over the newest version of each of the institution's micro-credentials."""
        ensure_may_read_conformance(principal, organisation_id)
        async with self._sessions() as session:
            if await OrganisationRepository(session).get(organisation_id) is None:
                raise OrganisationNotFound(f"No organisation with id {organisation_id}.")
            versions = await MicroCredentialRepository(session).latest_versions(organisation_id)
        reports = [report(version) for version in versions]
        summaries = []
        for profile, (title, _) in PROFILES.items():
            results = [result for item in reports for result in item.profiles if result.profile is profile]
            missing = Counter(element for result in results for element in result.missing)
            summaries.append(
                ProfileSummary(
                    profile=profile,
                    title=title,
                    met=sum(result.met for result in results),
                    total=len(results),
                    most_often_missing=[
                        MissingElementCount(element=e, versions_missing_it=n)
                        for e, n in missing.most_common()
                    ],
                )
            )
        return InstitutionConformance(
            organisation_id=organisation_id, micro_credentials=len(reports), profiles=summaries
        )
