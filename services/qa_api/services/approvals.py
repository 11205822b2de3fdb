"""IQAP approvals: a DOMCI in good standing, through its own QA office, approves one of its submitted
micro-credential versions as an OMC. The approval is a ledger entry (`approval.recorded`), a row of
the approvals projection and an outbox event that makes the registry's version `approved`, all in
one transaction. Approvals made while in good standing keep their dates whatever happens later."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.qa_api.errors import AlreadyApproved, ApprovalNotFound, WorkflowConflict
from services.qa_api.repositories.approvals import ApprovalRepository
from services.qa_api.repositories.designations import DesignationRepository
from services.qa_api.repositories.outbox import RegistryNotice
from services.qa_api.repositories.partnerships import PartnershipRepository
from services.qa_api.services.approval_checks import (
    content_errors,
    covering_partnership,
    eligible_types,
    level_errors,
    metadata_digest,
    partnership_error,
)
from services.qa_api.services.domci import (
    ensure_domci_today,
    ensure_not_future,
    ensure_qa_office,
    in_good_standing,
    standing_reason,
)
from services.qa_api.services.endorsement_terms import LAPSED, covering_endorsement
from services.qa_api.services.recording import record
from services.qa_api.services.registry_facts import RegistryFacts
from shared.errors import Forbidden, UnprocessableInput, UpstreamUnavailable
from shared.schemas.approvals import (
    Approval,
    ApprovalChecks,
    ApprovalCreate,
    ApprovalPage,
    PartnershipCheck,
    approval_reference,
)
from shared.schemas.auth import Principal
from shared.schemas.designations import Designation
from shared.schemas.ledger import Subjects
from shared.schemas.micro_credentials import (
    MicroCredentialMetadata,
    MicroCredentialVersion,
    VersionApproval,
    VersionStatus,
)
from shared.schemas.problems import FieldError
from shared.web.cursor import decode_position, encode_cursor

EVENT_TYPE = "approval.recorded"


def approval_path(micro_credential_id: uuid.UUID, version: int) -> str:
    return f"/internal/v1/micro-credentials/{micro_credential_id}/versions/{version}/approval"


class ApprovalService:
    def __init__(self, sessions: async_sessionmaker[AsyncSession], facts: RegistryFacts) -> None:
        self._sessions = sessions
        self._facts = facts

    async def approve(
        self, principal: Principal, institution_id: uuid.UUID, data: ApprovalCreate
    ) -> Approval:
        ensure_qa_office(principal, institution_id)
        today = datetime.now(UTC).date()
        ensure_not_future(data.approved_on, today, "body.approved_on")
        async with self._sessions() as session:
            await ensure_domci_today(
                session, institution_id, today, dated=data.approved_on, field="body.approved_on"
            )
        version = await self._submitted_version(institution_id, data)
        institution = await self._facts.organisation(institution_id)
        if institution is None:
            raise UpstreamUnavailable("The registry no longer knows the institution.")
        provider_types = await self._facts.provider_types()
        registry_errors = level_errors(institution, provider_types, version.metadata) + content_errors(
            version.metadata
        )
        try:
            async with self._sessions.begin() as session:
                # Re-read inside the transaction that writes: standing and partnerships as committed now.
                await ensure_domci_today(session, institution_id, today)
                designation, partnerships, ledger_errors = await _ledger_checks(
                    session, institution_id, version.metadata, data.approved_on
                )
                if registry_errors or ledger_errors:
                    raise UnprocessableInput(
                        "The version cannot be approved as an OMC.", errors=registry_errors + ledger_errors
                    )
                assert designation is not None
                approvals = ApprovalRepository(session)
                if await approvals.of_version(data.micro_credential_id, data.version) is not None:
                    raise AlreadyApproved(f"Version {data.version} already has an approval.")
                checks = ApprovalChecks(
                    qualification_type=version.metadata.qualification_type or "",
                    oqf_level=version.derived.oqf_level,
                    eligible_qualification_types=eligible_types(institution, provider_types),
                    learning_outcomes=len(version.metadata.learning_outcomes),
                    assessment_methods=[
                        method.type.value
                        for method in (
                            version.metadata.assessment.methods if version.metadata.assessment else []
                        )
                    ],
                    instructional_hours=version.metadata.instructional_hours or 0,
                    hours_outside_guideline=version.metadata.hours_outside_guideline,
                    hours_rationale=version.metadata.hours_rationale,
                    labour_market_need=data.labour_market_need,
                    partnerships=partnerships,
                    designation_id=designation.id,
                    designation_seq=designation.seq,
                    metadata_sha256=metadata_digest(version.metadata),
                )
                approval_id = uuid.uuid4()
                entry = await record(
                    session,
                    principal,
                    event_type=EVENT_TYPE,
                    subjects=Subjects(
                        institution_id=institution_id,
                        micro_credential_id=data.micro_credential_id,
                        micro_credential_version=data.version,
                    ),
                    payload={
                        "approval_id": str(approval_id),
                        "approved_on": data.approved_on.isoformat(),
                        "reviewer": data.reviewer,
                        "notes": data.notes,
                        "checks": checks.model_dump(mode="json"),
                    },
                    notify=lambda seq: RegistryNotice(
                        event_id=approval_id,
                        kind="approval",
                        path=approval_path(data.micro_credential_id, data.version),
                        payload=VersionApproval(
                            event_id=approval_id,
                            approved_on=data.approved_on,
                            approval_reference=approval_reference(seq),
                        ).model_dump(mode="json"),
                    ),
                )
                approval = await approvals.add(
                    approval_id=approval_id,
                    institution_id=institution_id,
                    micro_credential_id=data.micro_credential_id,
                    version=data.version,
                    approved_on=data.approved_on,
                    reviewer=data.reviewer,
                    checks=checks,
                    seq=entry.seq,
                )
        except IntegrityError as error:
            # Two approvals of the same version raced; the unique constraint let one through.
            raise AlreadyApproved(f"Version {data.version} already has an approval.") from error
        return approval

    async def get(self, approval_id: uuid.UUID) -> Approval:
        async with self._sessions() as session:
            found = await ApprovalRepository(session).get(approval_id)
        if found is None:
            raise ApprovalNotFound(f"No approval {approval_id}.")
        return found

    async def page(
        self,
        *,
        institution_id: uuid.UUID | None,
        micro_credential_id: uuid.UUID | None,
        after: str | None,
        limit: int,
    ) -> ApprovalPage:
        position = decode_position(after) if after else 0
        async with self._sessions() as session:
            items = await ApprovalRepository(session).page(
                institution_id=institution_id,
                micro_credential_id=micro_credential_id,
                after=position,
                limit=limit + 1,
            )
        more = len(items) > limit
        items = items[:limit]
        return ApprovalPage(items=items, next_cursor=encode_cursor(items[-1].seq) if more else None)

    async def _submitted_version(
        self, institution_id: uuid.UUID, data: ApprovalCreate
    ) -> MicroCredentialVersion:
        """The version as the registry holds it: the institution's own, in the IQAP, submitted."""
        micro_credential = await self._facts.micro_credential(data.micro_credential_id)
        if micro_credential is None:
            raise UnprocessableInput.for_field(
                "body.micro_credential_id", "The registry has no such micro-credential.", "unknown"
            )
        if micro_credential.organisation_id != institution_id:
            raise Forbidden("An institution's IQAP approves only the institution's own micro-credentials.")
        version = next((item for item in micro_credential.versions if item.version == data.version), None)
        if version is None:
            raise UnprocessableInput.for_field(
                "body.version", f"The micro-credential has no version {data.version}.", "unknown"
            )
        if not version.iqap:
            raise WorkflowConflict(
                "This micro-credential is listed outside the IQAP; it never becomes an OMC."
            )
        if version.status is not VersionStatus.SUBMITTED:
            raise WorkflowConflict(
                f"Version {data.version} is {version.status.value}; only a submitted version can be approved."
            )
        return version


async def _ledger_checks(
    session: AsyncSession, institution_id: uuid.UUID, metadata: MicroCredentialMetadata, day: date
) -> tuple[Designation | None, list[PartnershipCheck], list[FieldError]]:
    """What the ledger itself must show on the approval date: a designation in good standing, an
    endorsement whose term covers the date, and an approved partnership review for every partner
    the version names."""
    errors: list[FieldError] = []
    designation = await DesignationRepository(session).in_force_on(institution_id, day)
    if not in_good_standing(designation):
        errors.append(
            FieldError(
                field="body.approved_on",
                message=f"No approval outside a designation period: the institution was not a DOMCI in "
                f"good standing on {day.isoformat()} ({standing_reason(designation, day)}).",
                code="outside_designation",
            )
        )
    endorsement, lapse = await covering_endorsement(session, institution_id, day)
    if in_good_standing(designation) and endorsement is None:
        errors.append(
            FieldError(
                field="body.approved_on",
                message=f"No approval outside an endorsement's term: the institution was not a DOMCI in "
                f"good standing on {day.isoformat()} ({lapse}).",
                code=LAPSED,
            )
        )
    checks: list[PartnershipCheck] = []
    repository = PartnershipRepository(session)
    for index, partner in enumerate(metadata.partners):
        latest = await repository.latest_by_mode(institution_id, partner.organisation_id, day)
        review = covering_partnership(latest, partner.role, day)
        if review is None:
            errors.append(partnership_error(index, partner.role, day))
            continue
        checks.append(
            PartnershipCheck(
                partner_id=partner.organisation_id,
                role=partner.role,
                partnership_id=review.id,
                partnership_seq=review.seq,
            )
        )
    return designation, checks, errors
