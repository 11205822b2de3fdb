"""Organisations: create (admin), correct details (admin or own registrar), approved OMC types
(ministry or admin), DOMCI designation history (applied from the quality ledger), public reads."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.registry_api.errors import OrganisationNotFound, SlugTaken
from services.registry_api.repositories.micro_credentials import MicroCredentialRepository
from services.registry_api.repositories.organisations import OrganisationRepository
from services.registry_api.repositories.reference_data import ReferenceDataRepository
from services.registry_api.services.domci_standing import standing_on
from shared.errors import Forbidden, UnprocessableInput
from shared.schemas.auth import OrganisationKind, Principal, Role
from shared.schemas.organisations import (
    ApprovedQualificationTypes,
    Designation,
    DesignationEvent,
    DomciStanding,
    EndorsementTerm,
    EndorsementTermEvent,
    Organisation,
    OrganisationCreate,
    OrganisationDetails,
    OrganisationPage,
)
from shared.web.cursor import decode_cursor, encode_cursor

_PROVIDER_KINDS = (OrganisationKind.INSTITUTION, OrganisationKind.ALTERNATE_PROVIDER)


def ensure_may_edit(principal: Principal, organisation_id: uuid.UUID) -> None:
    if Role.ADMIN in principal.roles:
        return
    if Role.INSTITUTION in principal.roles and principal.organisation_id == organisation_id:
        return
    raise Forbidden("Only the platform admin or the organisation's own registrar may change its details.")


class OrganisationService:
    def __init__(self, sessions: async_sessionmaker[AsyncSession]) -> None:
        self._sessions = sessions

    async def create(self, data: OrganisationCreate) -> Organisation:
        async with self._sessions.begin() as session:
            await self._check_provider_type(session, data)
            repository = OrganisationRepository(session)
            created = await repository.add(data, ctid=data.ctid or f"ce-{uuid.uuid4()}")
            if created is None:
                raise SlugTaken(f"An organisation with slug '{data.slug}' (or that CTID) already exists.")
            organisation = await repository.get(created)
        assert organisation is not None
        return organisation

    async def update_details(
        self, principal: Principal, organisation_id: uuid.UUID, details: OrganisationDetails
    ) -> Organisation:
        ensure_may_edit(principal, organisation_id)
        async with self._sessions.begin() as session:
            repository = OrganisationRepository(session)
            current = await self._require(repository, organisation_id)
            sent = details.model_fields_set
            name_en = details.name_en if "name_en" in sent else current.name_en
            name_fr = details.name_fr if "name_fr" in sent else current.name_fr
            if name_en is None and name_fr is None:
                # Refused before writing: the table has no room for an organisation without a name.
                raise UnprocessableInput.for_field("body.name_en", "name_en or name_fr must remain")
            await repository.update_details(organisation_id, details)
            # Its names and website appear in each of its catalogue entries.
            await MicroCredentialRepository(session).record_changes_for_organisation(organisation_id)
            organisation = await repository.get(organisation_id)
        assert organisation is not None
        return organisation

    async def set_approved_types(
        self, organisation_id: uuid.UUID, approved: ApprovedQualificationTypes
    ) -> Organisation:
        """The OMC types the institution has current government approval to award: a subset of its
        provider type's eligibility (framework: only levels with approval and quality assurance)."""
        codes = sorted(set(approved.qualification_types))
        async with self._sessions.begin() as session:
            repository = OrganisationRepository(session)
            organisation = await self._require(repository, organisation_id)
            if organisation.kind is not OrganisationKind.INSTITUTION or organisation.provider_type is None:
                raise UnprocessableInput.for_field(
                    "path.organisation_id",
                    "Only institutions with a provider type award OMCs.",
                    "not_an_institution",
                )
            provider_type = await ReferenceDataRepository(session).provider_type(organisation.provider_type)
            eligible = set(provider_type.eligible_qualification_types) if provider_type else set()
            outside = [code for code in codes if code not in eligible]
            if outside:
                raise UnprocessableInput.for_field(
                    "body.qualification_types",
                    f"Not eligible for a {organisation.provider_type}: {', '.join(outside)} "
                    f"(eligible: {', '.join(sorted(eligible)) or 'none'}).",
                    "not_eligible",
                )
            await repository.replace_approved_types(organisation_id, codes)
            updated = await repository.get(organisation_id)
        assert updated is not None
        return updated

    async def apply_designation(self, event: DesignationEvent) -> tuple[Designation, bool]:
        """Apply a designation event from the quality ledger. Returns the record and whether it was
        new (a replayed event changes nothing)."""
        async with self._sessions.begin() as session:
            repository = OrganisationRepository(session)
            organisation = await self._require(repository, event.organisation_id)
            if organisation.kind is not OrganisationKind.INSTITUTION:
                raise UnprocessableInput.for_field(
                    "body.organisation_id",
                    "Only institutions can be designated DOMCIs.",
                    "not_an_institution",
                )
            created = await repository.add_designation(event)
            if created:
                # The OMC mark of its published micro-credentials may have changed.
                await MicroCredentialRepository(session).record_changes_for_organisation(
                    event.organisation_id
                )
            elif await repository.designation_event(event.event_id) != event:
                raise UnprocessableInput.for_field(
                    "body.event_id",
                    "That event id already recorded a different decision.",
                    "event_reused",
                )
            history = await repository.designations(event.organisation_id)
        record = next(item for item in history if item.event_id == event.event_id)
        return record, created

    async def apply_endorsement_term(self, event: EndorsementTermEvent) -> tuple[EndorsementTerm, bool]:
        """Apply an EQAA endorsement term from the quality ledger: recorded once per agency decision,
        later closed by its supersession. Returns the record and whether it changed (a replayed event
        changes nothing; one contradicting the recorded term is refused)."""
        async with self._sessions.begin() as session:
            repository = OrganisationRepository(session)
            organisation = await self._require(repository, event.organisation_id)
            if organisation.kind is not OrganisationKind.INSTITUTION:
                raise UnprocessableInput.for_field(
                    "body.organisation_id", "Only institutions' IQAPs are endorsed.", "not_an_institution"
                )
            changed = await repository.add_endorsement_term(event)
            if not changed:
                recorded = await repository.endorsement_term(event.decision_id)
                assert recorded is not None
                _ensure_same_term(event, *recorded)
                if event.superseded_on is not None:
                    changed = await repository.close_endorsement_term(event.decision_id, event.superseded_on)
            if changed:
                # The OMC mark of its published micro-credentials may have changed.
                await MicroCredentialRepository(session).record_changes_for_organisation(
                    event.organisation_id
                )
            applied = await repository.endorsement_term(event.decision_id)
        assert applied is not None
        return applied[1], changed

    async def designations(self, organisation_id: uuid.UUID) -> list[Designation]:
        async with self._sessions() as session:
            repository = OrganisationRepository(session)
            await self._require(repository, organisation_id)
            return await repository.designations(organisation_id)

    async def standing(self, organisation_id: uuid.UUID, day: date) -> DomciStanding:
        async with self._sessions() as session:
            repository = OrganisationRepository(session)
            await self._require(repository, organisation_id)
            return await standing_on(session, organisation_id, day)

    async def get(self, organisation_id: uuid.UUID) -> Organisation:
        async with self._sessions() as session:
            return await self._require(OrganisationRepository(session), organisation_id)

    async def get_by_slug(self, slug: str) -> Organisation:
        async with self._sessions() as session:
            organisation = await OrganisationRepository(session).get_by_slug(slug)
        if organisation is None:
            raise OrganisationNotFound(f"No organisation with slug '{slug}'.")
        return organisation

    async def page(self, *, after: str | None, limit: int, kind: OrganisationKind | None) -> OrganisationPage:
        after_slug = _slug_position(after) if after else None
        async with self._sessions() as session:
            items = await OrganisationRepository(session).page(
                after_slug=after_slug, limit=limit + 1, kind=kind
            )
        has_more = len(items) > limit
        items = items[:limit]
        return OrganisationPage(items=items, next_cursor=encode_cursor(items[-1].slug) if has_more else None)

    @staticmethod
    async def _require(repository: OrganisationRepository, organisation_id: uuid.UUID) -> Organisation:
        organisation = await repository.get(organisation_id)
        if organisation is None:
            raise OrganisationNotFound(f"No organisation with id {organisation_id}.")
        return organisation

    @staticmethod
    async def _check_provider_type(session: AsyncSession, data: OrganisationCreate) -> None:
        if data.kind not in _PROVIDER_KINDS:
            if data.provider_type is not None:
                raise UnprocessableInput.for_field(
                    "body.provider_type", f"A {data.kind.value} has no provider type.", "not_a_provider"
                )
            return
        if data.provider_type is None:
            raise UnprocessableInput.for_field(
                "body.provider_type", f"A {data.kind.value} needs a provider type.", "missing"
            )
        provider_type = await ReferenceDataRepository(session).provider_type(data.provider_type)
        if provider_type is None:
            raise UnprocessableInput.for_field(
                "body.provider_type",
                f"Unknown provider type '{data.provider_type}'.",
                "unknown_provider_type",
            )
        if provider_type.organisation_kind is not data.kind:
            raise UnprocessableInput.for_field(
                "body.provider_type",
                f"'{data.provider_type}' is a provider type of {provider_type.organisation_kind.value} "
                f"organisations, not {data.kind.value}.",
                "provider_type_kind_mismatch",
            )


def _slug_position(cursor: str) -> str:
    (slug,) = decode_cursor(cursor, arity=1)
    if not isinstance(slug, str):
        raise UnprocessableInput.for_field("query.after", "That cursor holds no slug.", "invalid_cursor")
    return slug


def _ensure_same_term(event: EndorsementTermEvent, organisation_id: uuid.UUID, term: EndorsementTerm) -> None:
    """422 when the event contradicts the term recorded for its decision (only a supersession day
    may be added, once)."""
    recorded = (organisation_id, term.term_start, term.term_end)
    if recorded != (event.organisation_id, event.term_start, event.term_end) or (
        event.superseded_on is not None
        and term.superseded_on is not None
        and event.superseded_on != term.superseded_on
    ):
        raise UnprocessableInput.for_field(
            "body.decision_id", "That decision's term was recorded differently.", "term_conflict"
        )
