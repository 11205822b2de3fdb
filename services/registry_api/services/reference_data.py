"""Reference data shipped as JSON under reference_data/, loaded idempotently by `omc db seed`."""

from __future__ import annotations

import json
from importlib.resources import files

from pydantic import TypeAdapter
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.registry_api.repositories.organisations import OrganisationRepository
from shared.schemas.organisations import OrganisationCreate

PLATFORM_OPERATOR_SLUG = "omc-platform"


def reference_organisations() -> list[OrganisationCreate]:
    text = (
        files("services.registry_api.reference_data")
        .joinpath("organisations.json")
        .read_text(encoding="utf-8")
    )
    return TypeAdapter(list[OrganisationCreate]).validate_python(json.loads(text))


async def load_reference_data(sessions: async_sessionmaker[AsyncSession]) -> int:
    """Upsert every reference organisation on its slug; returns how many the files hold."""
    organisations = reference_organisations()
    async with sessions.begin() as session:
        repository = OrganisationRepository(session)
        for organisation in organisations:
            await repository.upsert_by_slug(organisation)
    return len(organisations)
