"""Organisations: create (admin), read and list (public)."""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.registry_api.errors import OrganisationNotFound, SlugTaken
from services.registry_api.repositories.organisations import OrganisationRepository
from shared.schemas.auth import OrganisationKind
from shared.schemas.organisations import Organisation, OrganisationCreate, OrganisationPage
from shared.web.cursor import decode_cursor, encode_cursor


class OrganisationService:
    def __init__(self, sessions: async_sessionmaker[AsyncSession]) -> None:
        self._sessions = sessions

    async def create(self, data: OrganisationCreate) -> Organisation:
        async with self._sessions.begin() as session:
            created = await OrganisationRepository(session).add(data)
        if created is None:
            raise SlugTaken(f"An organisation with slug '{data.slug}' already exists.")
        return created

    async def get(self, organisation_id: uuid.UUID) -> Organisation:
        async with self._sessions() as session:
            organisation = await OrganisationRepository(session).get(organisation_id)
        if organisation is None:
            raise OrganisationNotFound(f"No organisation with id {organisation_id}.")
        return organisation

    async def get_by_slug(self, slug: str) -> Organisation:
        async with self._sessions() as session:
            organisation = await OrganisationRepository(session).get_by_slug(slug)
        if organisation is None:
            raise OrganisationNotFound(f"No organisation with slug '{slug}'.")
        return organisation

    async def page(self, *, after: str | None, limit: int, kind: OrganisationKind | None) -> OrganisationPage:
        after_slug = str(decode_cursor(after, arity=1)[0]) if after else None
        async with self._sessions() as session:
            items = await OrganisationRepository(session).page(
                after_slug=after_slug, limit=limit + 1, kind=kind
            )
        has_more = len(items) > limit
        items = items[:limit]
        return OrganisationPage(items=items, next_cursor=encode_cursor(items[-1].slug) if has_more else None)
