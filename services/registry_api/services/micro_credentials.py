"""Micro-credentials and their versions: the owner institution writes drafts, submits them for IQAP
review, publishes, suspends and retires; the quality ledger approves. A published version never
changes: an edit makes a new version, and the old one stays readable as `superseded`."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.registry_api.errors import CourseCodeTaken, LifecycleConflict, MicroCredentialNotFound
from services.registry_api.repositories.micro_credentials import (
    MicroCredentialRepository,
    extracted_columns,
)
from services.registry_api.services.conformance import profiles_met
from services.registry_api.services.domci_standing import standing_on
from services.registry_api.services.metadata_rules import check_level, check_partners, check_ready_for_review
from services.registry_api.services.ownership import (
    ensure_may_read_drafts,
    ensure_owner,
    existing_header,
    owning_institution,
)
from shared.errors import UnprocessableInput
from shared.schemas.auth import Principal
from shared.schemas.micro_credentials import (
    MicroCredential,
    MicroCredentialCreate,
    MicroCredentialMetadata,
    MicroCredentialVersion,
    VersionApproval,
    VersionStatus,
)
from shared.schemas.organisations import Organisation

_IN_PREPARATION = {VersionStatus.DRAFT, VersionStatus.SUBMITTED, VersionStatus.APPROVED}
_QUALITY_ASSURED = {
    VersionStatus.APPROVED,
    VersionStatus.PUBLISHED,
    VersionStatus.SUSPENDED,
    VersionStatus.RETIRED,
    VersionStatus.SUPERSEDED,
}


class MicroCredentialService:
    def __init__(self, sessions: async_sessionmaker[AsyncSession]) -> None:
        self._sessions = sessions

    async def create(
        self, principal: Principal, organisation_id: uuid.UUID, data: MicroCredentialCreate
    ) -> MicroCredential:
        ensure_owner(principal, organisation_id)
        async with self._sessions.begin() as session:
            owner = await owning_institution(session, organisation_id)
            await self._check_metadata(session, owner, data.metadata, "body.metadata")
            repository = MicroCredentialRepository(session)
            created = await repository.create(organisation_id=organisation_id, course_code=data.course_code)
            if created is None:
                raise CourseCodeTaken(
                    f"{owner.slug} already has a micro-credential with code '{data.course_code}'."
                )
            await repository.add_version(
                micro_credential_id=created, version=1, iqap=data.iqap, columns=_columns(data.metadata, False)
            )
            return await self._view(repository, created)

    async def save_draft(
        self, principal: Principal, micro_credential_id: uuid.UUID, metadata: MicroCredentialMetadata
    ) -> MicroCredentialVersion:
        """Replace the draft, or start a new draft version when none is in preparation. A submitted
        or approved version must be withdrawn first; published versions are never edited."""
        async with self._sessions.begin() as session:
            repository = MicroCredentialRepository(session)
            header = await existing_header(repository, micro_credential_id, lock=True)
            ensure_owner(principal, header.organisation_id)
            owner = await owning_institution(session, header.organisation_id)
            # The request body is the metadata itself: its fields are `body.<name>`.
            await self._check_metadata(session, owner, metadata, "body")
            versions = await repository.versions(micro_credential_id)
            number = await write_draft(repository, micro_credential_id, versions, metadata)
            await repository.touch(micro_credential_id)
            saved = await repository.version(micro_credential_id, number)
        assert saved is not None
        return saved

    async def submit(
        self, principal: Principal, micro_credential_id: uuid.UUID, version: int
    ) -> MicroCredentialVersion:
        async with self._sessions.begin() as session:
            repository = MicroCredentialRepository(session)
            header = await existing_header(repository, micro_credential_id, lock=True)
            ensure_owner(principal, header.organisation_id)
            current = await self._version(repository, micro_credential_id, version)
            if not current.iqap:
                raise LifecycleConflict(
                    "This micro-credential is listed outside the IQAP; publish it directly."
                )
            owner = await owning_institution(session, header.organisation_id)
            check_ready_for_review(current.metadata)
            await check_level(session, owner, current.metadata, "metadata")
            await self._move(
                repository,
                micro_credential_id,
                version,
                {VersionStatus.DRAFT},
                VersionStatus.SUBMITTED,
                submitted_at=datetime.now(UTC),
            )
            return await self._version(repository, micro_credential_id, version)

    async def withdraw(
        self, principal: Principal, micro_credential_id: uuid.UUID, version: int
    ) -> MicroCredentialVersion:
        """Back to draft: a submission under review, or an approval not yet published."""
        async with self._sessions.begin() as session:
            repository = MicroCredentialRepository(session)
            header = await existing_header(repository, micro_credential_id, lock=True)
            ensure_owner(principal, header.organisation_id)
            current = await self._version(repository, micro_credential_id, version)
            await self._move(
                repository,
                micro_credential_id,
                version,
                {VersionStatus.SUBMITTED, VersionStatus.APPROVED},
                VersionStatus.DRAFT,
                submitted_at=None,
                approved_at=None,
                approval_reference=None,
                approval_event_id=None,
                # Without the approval, quality assurance no longer counts towards the profiles.
                profiles_met=profiles_met(current.metadata, quality_assured=False),
            )
            return await self._version(repository, micro_credential_id, version)

    async def approve(
        self, micro_credential_id: uuid.UUID, version: int, approval: VersionApproval
    ) -> MicroCredentialVersion:
        """Applied from the quality ledger: the DOMCI's IQAP approved the submitted version. The same
        event applied twice changes nothing."""
        async with self._sessions.begin() as session:
            repository = MicroCredentialRepository(session)
            header = await existing_header(repository, micro_credential_id, lock=True)
            if approval.approved_on > datetime.now(UTC).date():
                raise UnprocessableInput.for_field(
                    "body.approved_on", "An approval cannot be dated in the future.", "date_in_future"
                )
            applied = await repository.version_by_approval_event(approval.event_id)
            if applied == (micro_credential_id, version):
                replayed = await self._version(repository, micro_credential_id, version)
                if replayed.approval_reference != approval.approval_reference or (
                    replayed.approved_at is not None and replayed.approved_at.date() != approval.approved_on
                ):
                    raise UnprocessableInput.for_field(
                        "body.event_id", "That event id was applied with other content.", "event_reused"
                    )
                return replayed
            if applied is not None:
                raise UnprocessableInput.for_field(
                    "body.event_id", "That event already approved another version.", "event_reused"
                )
            current = await self._version(repository, micro_credential_id, version)
            owner = await owning_institution(session, header.organisation_id)
            await check_level(session, owner, current.metadata, "metadata")
            await _ensure_in_good_standing(session, owner, approval.approved_on)
            await self._move(
                repository,
                micro_credential_id,
                version,
                {VersionStatus.SUBMITTED},
                VersionStatus.APPROVED,
                approved_at=datetime.combine(approval.approved_on, datetime.min.time(), tzinfo=UTC),
                approval_reference=approval.approval_reference,
                approval_event_id=approval.event_id,
                profiles_met=profiles_met(current.metadata, quality_assured=True),
            )
            return await self._version(repository, micro_credential_id, version)

    async def publish(
        self, principal: Principal, micro_credential_id: uuid.UUID, version: int
    ) -> MicroCredentialVersion:
        async with self._sessions.begin() as session:
            repository = MicroCredentialRepository(session)
            header = await existing_header(repository, micro_credential_id, lock=True)
            ensure_owner(principal, header.organisation_id)
            current = await self._version(repository, micro_credential_id, version)
            ready = {VersionStatus.APPROVED} if current.iqap else {VersionStatus.DRAFT}
            await self._move(
                repository,
                micro_credential_id,
                version,
                ready,
                VersionStatus.PUBLISHED,
                published_at=datetime.now(UTC),
            )
            if header.published_version is not None and header.published_version != version:
                await repository.transition(
                    micro_credential_id=micro_credential_id,
                    version=header.published_version,
                    from_statuses={VersionStatus.PUBLISHED, VersionStatus.SUSPENDED},
                    to_status=VersionStatus.SUPERSEDED,
                )
            await repository.set_published_version(micro_credential_id, version)
            await repository.record_change(micro_credential_id, kind="upsert", version=version)
            return await self._version(repository, micro_credential_id, version)

    async def suspend(self, principal: Principal, micro_credential_id: uuid.UUID) -> MicroCredentialVersion:
        """Withdraw the published version from the catalogue for now (a tombstone for harvesters)."""
        return await self._change_published(
            principal, micro_credential_id, {VersionStatus.PUBLISHED}, VersionStatus.SUSPENDED, "delete"
        )

    async def reinstate(self, principal: Principal, micro_credential_id: uuid.UUID) -> MicroCredentialVersion:
        return await self._change_published(
            principal, micro_credential_id, {VersionStatus.SUSPENDED}, VersionStatus.PUBLISHED, "upsert"
        )

    async def retire(self, principal: Principal, micro_credential_id: uuid.UUID) -> MicroCredentialVersion:
        return await self._change_published(
            principal,
            micro_credential_id,
            {VersionStatus.PUBLISHED, VersionStatus.SUSPENDED},
            VersionStatus.RETIRED,
            "delete",
            unpublish=True,
        )

    async def get(self, principal: Principal, micro_credential_id: uuid.UUID) -> MicroCredential:
        async with self._sessions() as session:
            repository = MicroCredentialRepository(session)
            header = await existing_header(repository, micro_credential_id)
            ensure_may_read_drafts(principal, header.organisation_id)
            return await self._view(repository, micro_credential_id)

    async def get_version(
        self, principal: Principal, micro_credential_id: uuid.UUID, version: int
    ) -> MicroCredentialVersion:
        async with self._sessions() as session:
            repository = MicroCredentialRepository(session)
            header = await existing_header(repository, micro_credential_id)
            ensure_may_read_drafts(principal, header.organisation_id)
            return await self._version(repository, micro_credential_id, version)

    async def _change_published(
        self,
        principal: Principal,
        micro_credential_id: uuid.UUID,
        from_statuses: set[VersionStatus],
        to_status: VersionStatus,
        change: str,
        *,
        unpublish: bool = False,
    ) -> MicroCredentialVersion:
        async with self._sessions.begin() as session:
            repository = MicroCredentialRepository(session)
            header = await existing_header(repository, micro_credential_id, lock=True)
            ensure_owner(principal, header.organisation_id)
            if header.published_version is None:
                raise LifecycleConflict("The micro-credential has no published version.")
            version = header.published_version
            await self._move(repository, micro_credential_id, version, from_statuses, to_status)
            if unpublish:
                await repository.set_published_version(micro_credential_id, None)
            else:
                await repository.touch(micro_credential_id)
            await repository.record_change(micro_credential_id, kind=change, version=version)
            return await self._version(repository, micro_credential_id, version)

    @staticmethod
    async def _move(
        repository: MicroCredentialRepository,
        micro_credential_id: uuid.UUID,
        version: int,
        from_statuses: set[VersionStatus],
        to_status: VersionStatus,
        **values: object,
    ) -> None:
        moved = await repository.transition(
            micro_credential_id=micro_credential_id,
            version=version,
            from_statuses=from_statuses,
            to_status=to_status,
            **values,
        )
        if not moved:
            current = await repository.version(micro_credential_id, version)
            if current is None:
                raise MicroCredentialNotFound(
                    f"Micro-credential {micro_credential_id} has no version {version}."
                )
            allowed = ", ".join(sorted(status.value for status in from_statuses))
            raise LifecycleConflict(
                f"Version {version} is {current.status.value}; "
                f"it must be {allowed} to become {to_status.value}."
            )

    @staticmethod
    async def _version(
        repository: MicroCredentialRepository, micro_credential_id: uuid.UUID, version: int
    ) -> MicroCredentialVersion:
        found = await repository.version(micro_credential_id, version)
        if found is None:
            raise MicroCredentialNotFound(f"Micro-credential {micro_credential_id} has no version {version}.")
        return found

    @staticmethod
    async def _view(repository: MicroCredentialRepository, micro_credential_id: uuid.UUID) -> MicroCredential:
        header = await repository.header(micro_credential_id)
        assert header is not None
        return MicroCredential(
            id=header.id,
            organisation_id=header.organisation_id,
            course_code=header.course_code,
            published_version=header.published_version,
            versions=await repository.versions(micro_credential_id),
        )

    @staticmethod
    async def _check_metadata(
        session: AsyncSession, owner: Organisation, metadata: MicroCredentialMetadata, field: str
    ) -> None:
        await check_level(session, owner, metadata, field)
        await check_partners(session, metadata, field)


def _columns(metadata: MicroCredentialMetadata, quality_assured: bool) -> dict[str, object]:
    return extracted_columns(metadata, profiles_met=profiles_met(metadata, quality_assured=quality_assured))


def draft_columns(metadata: MicroCredentialMetadata) -> dict[str, object]:
    """The columns of a draft version (not yet quality-assured) holding ``metadata``."""
    return _columns(metadata, False)


def version_in_preparation(versions: list[MicroCredentialVersion]) -> MicroCredentialVersion | None:
    """The draft, submitted or approved version, if any (there is at most one)."""
    return next((v for v in versions if v.status in _IN_PREPARATION), None)


async def write_draft(
    repository: MicroCredentialRepository,
    micro_credential_id: uuid.UUID,
    versions: list[MicroCredentialVersion],
    metadata: MicroCredentialMetadata,
) -> int:
    """Replace the draft, or start a new draft version (same IQAP route as the last one) when none is
    in preparation; returns its number. A submitted or approved version must be withdrawn first
    (``LifecycleConflict``). The caller holds the micro-credential's row lock and checked the metadata."""
    current = version_in_preparation(versions)
    columns = draft_columns(metadata)
    if current is None:
        number = versions[-1].version + 1
        await repository.add_version(
            micro_credential_id=micro_credential_id, version=number, iqap=versions[-1].iqap, columns=columns
        )
        return number
    if current.status is VersionStatus.DRAFT:
        await repository.replace_draft(
            micro_credential_id=micro_credential_id, version=current.version, columns=columns
        )
        return current.version
    raise LifecycleConflict(
        f"Version {current.version} is {current.status.value}; withdraw it before editing."
    )


async def _ensure_in_good_standing(session: AsyncSession, owner: Organisation, day: date) -> None:
    standing = await standing_on(session, owner.id, day)
    if not standing.in_good_standing:
        raise UnprocessableInput.for_field(
            "body.approved_on",
            f"{owner.slug} was not a DOMCI in good standing on {day} ({standing.reason}); "
            "it could not approve an OMC.",
            "not_in_good_standing",
        )
