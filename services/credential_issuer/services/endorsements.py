"""The co-awarding partners of a joint award: the signed Open Badges `EndorsementCredential`s embedded
in `credentialSubject.achievement.endorsement` (Open Badges 3.0, `Achievement.endorsement`).

A joint award carries one proof, by the issuer, over the whole credential, endorsements included;
each partner vouches with its own credential inside it. Each is checked here as a credential of
its own: its shape (an EndorsementCredential whose subject is the achievement), its proof by its
issuer (`assertionMethod`), that issuer's key period, and its validity period. One endorsement that
fails fails the check, and so the credential: a tampered endorsement must not pass as a partner's.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.credential_issuer.services.proof_checks import (
    ServiceDidResolver,
    as_list,
    check,
    issuer_id,
    issuer_name,
    key_period_check,
    moment,
    verify_proofs,
)
from shared.schemas.credential_status import (
    Check,
    CheckName,
    CheckStatus,
    OrganisationRole,
    VouchingOrganisation,
)
from shared.vc.errors import VcError

MAX_ENDORSEMENTS = 4


@dataclass(frozen=True)
class EndorsementFindings:
    check: Check
    partners: list[VouchingOrganisation]


def embedded_endorsements(document: Mapping[str, Any]) -> tuple[Any, list[Any]]:
    """The achievement's id and its embedded endorsements (empty when there are none)."""
    subjects = as_list(document.get("credentialSubject"))
    subject = subjects[0] if subjects and isinstance(subjects[0], Mapping) else {}
    achievement = subject.get("achievement")
    if not isinstance(achievement, Mapping):
        return None, []
    return achievement.get("id"), as_list(achievement.get("endorsement"))


async def check_endorsements(
    document: Mapping[str, Any],
    resolver: ServiceDidResolver,
    sessions: async_sessionmaker[AsyncSession],
    now: datetime,
) -> EndorsementFindings:
    achievement_id, endorsements = embedded_endorsements(document)
    if not endorsements:
        return EndorsementFindings(
            check(CheckName.ENDORSEMENTS, CheckStatus.NOT_APPLICABLE, "No co-awarding partner endorses it."),
            [],
        )
    if len(endorsements) > MAX_ENDORSEMENTS:
        return EndorsementFindings(
            check(
                CheckName.ENDORSEMENTS,
                CheckStatus.FAILED,
                f"More than {MAX_ENDORSEMENTS} embedded endorsements; they are not checked.",
            ),
            [],
        )
    partners: list[VouchingOrganisation] = []
    failures: list[str] = []
    for position, endorsement in enumerate(endorsements):
        problem, partner = await _one(endorsement, achievement_id, resolver, sessions, now)
        if partner is not None:
            partners.append(partner)
        if problem is not None:
            failures.append(f"endorsement {position + 1}: {problem}")
    if failures:
        return EndorsementFindings(
            check(CheckName.ENDORSEMENTS, CheckStatus.FAILED, "; ".join(failures)), partners
        )
    names = ", ".join(partner.name or partner.id for partner in partners)
    return EndorsementFindings(
        check(
            CheckName.ENDORSEMENTS,
            CheckStatus.PASSED,
            f"Co-awarded: {names} signed an endorsement of this achievement with its own key.",
        ),
        partners,
    )


async def _one(
    endorsement: Any,
    achievement_id: Any,
    resolver: ServiceDidResolver,
    sessions: async_sessionmaker[AsyncSession],
    now: datetime,
) -> tuple[str | None, VouchingOrganisation | None]:
    """Why the endorsement fails (None: it passes), and its issuer as far as it is known."""
    if not isinstance(endorsement, Mapping):
        return "not an embedded EndorsementCredential (a JSON object)", None
    types = as_list(endorsement.get("type"))
    partner_id = issuer_id(endorsement)
    if "VerifiableCredential" not in types or "EndorsementCredential" not in types:
        return "not an EndorsementCredential", None
    if partner_id is None:
        return "the endorsement names no issuer", None
    partner = VouchingOrganisation(
        id=partner_id[:500],
        name=issuer_name(endorsement),
        role=OrganisationRole.CO_AWARDING_PARTNER,
        verified=False,
    )
    subject = endorsement.get("credentialSubject")
    if not isinstance(subject, Mapping) or "EndorsementSubject" not in as_list(subject.get("type")):
        return "its credentialSubject is not an EndorsementSubject", partner
    if not isinstance(achievement_id, str) or subject.get("id") != achievement_id:
        return "it endorses another achievement than this credential's", partner
    try:
        result = await verify_proofs(endorsement, resolver)
    except VcError as error:
        return f"it cannot be processed: {error}", partner
    if not result.proofs:
        return "it has no proof", partner
    if not result.verified:
        return "its proof does not verify: " + "; ".join(
            r.error or "" for r in result.proofs if not r.verified
        ), partner
    by_partner = [r for r in result.proofs if r.controller == partner_id]
    if not by_partner:
        return f"no proof was made by its issuer {partner_id}", partner
    key = await key_period_check(sessions, by_partner, "the partner's")
    if key.status is not CheckStatus.PASSED:
        return key.detail, partner
    start, end = moment(endorsement.get("validFrom")), moment(endorsement.get("validUntil"))
    if (start is not None and now < start) or (end is not None and now > end):
        return "it is outside its validity period", partner
    return None, partner.model_copy(update={"verified": True})
