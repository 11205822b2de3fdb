"""What the verification page adds to a verified credential from the public record: the OMC version
as the registry publishes it (French text, outcomes, hours, assessment) and the quality-assurance
chain on the completion date from the ledger. Only for credentials whose signature held, and only at
the platform's own registry (an `achievement.id` elsewhere is never fetched)."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.credential_issuer.repositories import credential_status as credentials
from shared.clients.base import ServiceCallError
from shared.clients.quality import QualityLedgerClient
from shared.clients.registry import RegistryClient
from shared.schemas.catalogue import CatalogueItem
from shared.schemas.reviews import Decision
from shared.schemas.standing import Standing

_VERSION_PATH = re.compile(
    r"^/v1/catalogue/micro-credentials/(?P<id>[0-9a-fA-F-]{36})/versions/(?P<version>\d{1,7})$"
)


@dataclass(frozen=True)
class PublicRecord:
    item: CatalogueItem | None = None
    standing: Standing | None = None
    endorsement: Decision | None = None


@dataclass(frozen=True)
class RecordedStatus:
    """Revocation or suspension as this service recorded it, with its date and public reason."""

    kind: str  # revoked or suspended
    on: date
    reason: str | None


class PublicRecordReader:
    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        registry: RegistryClient,
        quality: QualityLedgerClient,
        registry_url: str,
    ) -> None:
        self._sessions = sessions
        self._registry = registry
        self._quality = quality
        self._registry_url = registry_url.rstrip("/")

    async def recorded_status(self, credential_id: str | None) -> RecordedStatus | None:
        """For a credential this service issued (`urn:uuid:<id>`): revoked or suspended, when and why."""
        if not credential_id or not credential_id.startswith("urn:uuid:"):
            return None
        try:
            identifier = uuid.UUID(credential_id.removeprefix("urn:uuid:"))
        except ValueError:
            return None
        async with self._sessions() as session:
            found = await credentials.credential(session, identifier)
        if found is None:
            return None
        if found.revoked_at is not None:
            return RecordedStatus("revoked", found.revoked_at.date(), found.status_reason)
        if found.suspended_at is not None:
            return RecordedStatus("suspended", found.suspended_at.date(), found.status_reason)
        return None

    def version_of(self, achievement_id: str | None) -> tuple[uuid.UUID, int] | None:
        """The (micro-credential, version) an `achievement.id` names, if it is on our registry."""
        if not achievement_id or not achievement_id.startswith(f"{self._registry_url}/"):
            return None
        found = _VERSION_PATH.match(achievement_id[len(self._registry_url) :])
        if found is None:
            return None
        try:
            return uuid.UUID(found.group("id")), int(found.group("version"))
        except ValueError:
            return None

    async def read(self, achievement_id: str | None, completed_on: str | None) -> PublicRecord:
        """The published version and, on the completion date, the standing and the agency's endorsement
        then in force; whatever cannot be read is left out (the page says so)."""
        named = self.version_of(achievement_id)
        if named is None:
            return PublicRecord()
        micro_credential_id, version = named
        try:
            item = await self._registry.catalogue_version(micro_credential_id, version)
        except ServiceCallError:
            return PublicRecord()
        try:
            on = date.fromisoformat(completed_on) if completed_on else None
        except ValueError:
            on = None
        try:
            standing = await self._quality.standing(
                item.provider.id, on=on, micro_credential_id=micro_credential_id, version=version
            )
            decisions = await self._quality.decisions(institution_id=item.provider.id, valid_on=on, limit=5)
        except ServiceCallError:
            return PublicRecord(item=item)
        endorsement = next((decision for decision in decisions.items if decision.outcome.endorses), None)
        return PublicRecord(item=item, standing=standing, endorsement=endorsement)
