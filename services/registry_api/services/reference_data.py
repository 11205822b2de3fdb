"""Reference data shipped as JSON under reference_data/, loaded idempotently by `omc db seed`, and
served read-only to anyone."""

from __future__ import annotations

import hashlib
import json
from importlib.resources import files

from pydantic import TypeAdapter
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.registry_api.repositories.organisations import OrganisationRepository
from services.registry_api.repositories.reference_data import ReferenceDataRepository
from shared.schemas.organisations import OrganisationCreate
from shared.schemas.reference import (
    OqfLevel,
    ProviderType,
    QualificationType,
    ReferenceDataSet,
    ReferenceDataVersion,
)

PLATFORM_OPERATOR_SLUG = "omc-platform"
_PACKAGE = "services.registry_api.reference_data"


def _read(name: str) -> tuple[str, str]:
    text = files(_PACKAGE).joinpath(name).read_text(encoding="utf-8")
    return text, hashlib.sha256(text.encode()).hexdigest()


def reference_organisations() -> list[OrganisationCreate]:
    text, _ = _read("organisations.json")
    return TypeAdapter(list[OrganisationCreate]).validate_python(json.loads(text))


def framework() -> tuple[ReferenceDataSet, str]:
    text, checksum = _read("omc_framework.json")
    return ReferenceDataSet.model_validate_json(text), checksum


async def load_reference_data(sessions: async_sessionmaker[AsyncSession]) -> int:
    """Upsert the framework tables and the reference organisations; returns how many records the
    files hold. Changing eligibility is an edit of omc_framework.json and a new `version`."""
    data, checksum = framework()
    organisations = reference_organisations()
    async with sessions.begin() as session:
        references = ReferenceDataRepository(session)
        await references.replace_framework(data)
        await references.record_version(
            ReferenceDataVersion(name="omc_framework", version=data.version, checksum=checksum)
        )
        repository = OrganisationRepository(session)
        for organisation in organisations:
            await repository.upsert_by_slug(organisation)
    return (
        len(data.oqf_levels) + len(data.qualification_types) + len(data.provider_types) + len(organisations)
    )


class ReferenceDataService:
    def __init__(self, sessions: async_sessionmaker[AsyncSession]) -> None:
        self._sessions = sessions

    async def versions(self) -> list[ReferenceDataVersion]:
        async with self._sessions() as session:
            return await ReferenceDataRepository(session).versions()

    async def oqf_levels(self) -> list[OqfLevel]:
        async with self._sessions() as session:
            return await ReferenceDataRepository(session).oqf_levels()

    async def qualification_types(self) -> list[QualificationType]:
        async with self._sessions() as session:
            return await ReferenceDataRepository(session).qualification_types()

    async def provider_types(self) -> list[ProviderType]:
        async with self._sessions() as session:
            return await ReferenceDataRepository(session).provider_types()
