"""The Open Badges 3.0 credential of a completion (a VC 2.0 OpenBadgeCredential): the achievement is
the micro-credential version as the registry published it; the learner is named only by a salted
hash of their e-mail address. Only terms the bundled contexts define are used (the canonicalizer
rejects any other)."""

from __future__ import annotations

import hashlib
import secrets
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, time
from decimal import Decimal
from typing import Any

from services.credential_issuer.repositories.completions import Completion
from services.credential_issuer.repositories.status_lists import StatusEntryIds
from shared.schemas.catalogue import CatalogueItem
from shared.schemas.micro_credentials import LocalizedText
from shared.vc.contexts import CREDENTIALS_V2, OPEN_BADGES_V3, OPEN_BADGES_V3_EXTENSIONS

OB_SCHEMA_URL = (
    "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json"
)
_RESULT_NAMESPACE = uuid.UUID("6d1d7a52-3f5c-4c43-9d8e-0b7c2f1e9a10")


@dataclass(frozen=True)
class IssuerProfile:
    did: str
    name: str
    url: str | None = None


def _text(value: LocalizedText | None) -> str | None:
    if value is None:
        return None
    return value.en or value.fr


def _number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


def achievement_id_of(registry_url: str, item: CatalogueItem) -> str:
    """The achievement's id: the version's URL in the registry's public catalogue."""
    return f"{registry_url.rstrip('/')}/v1/catalogue/micro-credentials/{item.id}/versions/{item.version}"


def identity_hash(email: str, salt: str) -> str:
    """Open Badges IdentityObject: `sha256$` + hex SHA-256 of the value followed by the salt."""
    return "sha256$" + hashlib.sha256((email.strip().lower() + salt).encode()).hexdigest()


def _criteria(item: CatalogueItem) -> str:
    metadata = item.metadata
    lines = ["Awarded on completing the micro-credential and demonstrating these learning outcomes:"]
    lines += [f"{n}. {_text(outcome.statement)}" for n, outcome in enumerate(metadata.learning_outcomes, 1)]
    if metadata.assessment is not None:
        methods = ", ".join(method.type.value.replace("_", " ") for method in metadata.assessment.methods)
        lines.append(
            f"Assessment: {methods}; grading: {metadata.assessment.grading_scheme.value.replace('_', ' ')}."
        )
    french = [outcome.statement.fr for outcome in metadata.learning_outcomes if outcome.statement.fr]
    if metadata.title.fr:
        lines.append(f"Français : {metadata.title.fr}.")
    if french:
        lines += [f"{n}. {statement}" for n, statement in enumerate(french, 1)]
    return "\n".join(lines)


def _alignments(item: CatalogueItem) -> list[dict[str, Any]]:
    metadata = item.metadata
    alignments: list[dict[str, Any]] = []
    for code in metadata.noc_codes:
        alignments.append(
            {
                "type": ["Alignment"],
                "targetName": f"NOC 2021 {code}",
                "targetUrl": f"https://noc.esdc.gc.ca/Structure/NocProfile?code={code}&version=2021.0",
                "targetFramework": "National Occupational Classification 2021",
                "targetCode": code,
            }
        )
    for code in metadata.cip_codes:
        alignments.append(
            {
                "type": ["Alignment"],
                "targetName": f"CIP 2021 {code}",
                "targetUrl": "https://www.statcan.gc.ca/en/subjects/standard/cip/2021/index",
                "targetFramework": "Classification of Instructional Programs (Canada) 2021",
                "targetCode": code,
            }
        )
    for outcome in metadata.learning_outcomes:
        for competency in outcome.competencies:
            if competency.uri is not None:
                alignments.append(
                    {
                        "type": ["Alignment"],
                        "targetName": competency.label or str(competency.uri),
                        "targetUrl": str(competency.uri),
                        "targetFramework": competency.framework,
                    }
                )
    return alignments


def _tags(item: CatalogueItem) -> list[str]:
    tags = ["Ontario Micro-Credential"]
    if item.qualification is not None:
        tags += [
            f"OMC qualification type: {item.qualification.name_en} ({item.qualification.code})",
            f"OQF level {item.qualification.oqf_level}",
        ]
    if item.metadata.instructional_hours is not None:
        tags.append(f"{_number(item.metadata.instructional_hours)} instructional hours")
    if item.omc_plus:
        tags.append("OMC+")
    return tags


def _results(
    parts: AchievementParts, item: CatalogueItem, result: dict[str, Any]
) -> tuple[list[Any], list[Any]]:
    """(resultDescription of the achievement, result of the subject)."""
    descriptions: list[dict[str, Any]] = []
    results: list[dict[str, Any]] = []
    description_id = parts.description_id

    overall = {"type": ["Result"], "status": "Completed" if result.get("status") == "pass" else "Failed"}
    if result.get("grade") is not None:
        descriptions.append(
            {
                "id": description_id("grade"),
                "type": ["ResultDescription"],
                "name": "Final grade",
                "resultType": "LetterGrade",
            }
        )
        results.append(
            {**overall, "resultDescription": description_id("grade"), "value": str(result["grade"])}
        )
    if result.get("score") is not None:
        descriptions.append(
            {
                "id": description_id("score"),
                "type": ["ResultDescription"],
                "name": "Final score",
                "resultType": "Percent",
            }
        )
        results.append(
            {**overall, "resultDescription": description_id("score"), "value": str(result["score"])}
        )
    if not results:
        results.append(overall)
    outcomes = item.metadata.learning_outcomes
    for entry in result.get("outcomes", []):
        number = int(entry["outcome"])
        if not 1 <= number <= len(outcomes):
            continue
        identifier = description_id(f"outcome-{number}")
        descriptions.append(
            {
                "id": identifier,
                "type": ["ResultDescription"],
                "name": _text(outcomes[number - 1].statement) or f"Learning outcome {number}",
                "resultType": "Status",
            }
        )
        results.append(
            {
                "type": ["Result"],
                "resultDescription": identifier,
                "status": "Completed" if entry.get("achieved") else "Failed",
            }
        )
    return descriptions, results


@dataclass(frozen=True)
class AchievementParts:
    """What the credentials of one micro-credential version (and co-awarding partner) share: built
    once per round of the issuance worker, not once per credential."""

    achievement_id: str
    name: str
    before_results: dict[str, Any]  # the achievement's members before `resultDescription`
    after_results: dict[str, Any]  # and after it
    _description_ids: dict[str, str] = field(default_factory=dict)

    def description_id(self, name: str) -> str:
        """The stable id of one of the achievement's result descriptions (a name-based UUID)."""
        known = self._description_ids.get(name)
        if known is None:
            known = f"urn:uuid:{uuid.uuid5(_RESULT_NAMESPACE, f'{self.achievement_id}#{name}')}"
            self._description_ids[name] = known
        return known


def achievement_parts(
    registry_url: str, item: CatalogueItem, partner: IssuerProfile | None = None
) -> AchievementParts:
    """The achievement of ``item`` as every credential of it shows it (the result descriptions
    apart, which follow each completion's result)."""
    metadata = item.metadata
    name = _text(metadata.title) or item.course_code
    achievement: dict[str, Any] = {
        "id": achievement_id_of(registry_url, item),
        "type": ["Achievement"],
        "achievementType": "MicroCredential",
        "name": name,
        "description": _text(metadata.description) or name,
        "criteria": {"narrative": _criteria(item)},
        "humanCode": item.course_code,
        "version": str(item.version),
        "tag": _tags(item),
    }
    if metadata.languages_of_instruction:
        achievement["inLanguage"] = metadata.languages_of_instruction[0]
    if item.qualification is not None:
        achievement["fieldOfStudy"] = item.qualification.name_en
    alignments = _alignments(item)
    if alignments:
        achievement["alignment"] = alignments
    return AchievementParts(
        achievement_id=achievement["id"],
        name=name,
        before_results=achievement,
        after_results={"creator": _profile(partner)} if partner is not None else {},
    )


def open_badge_credential(
    *,
    credential_id: uuid.UUID,
    issued_at: datetime,
    issuer: IssuerProfile,
    item: CatalogueItem,
    completion: Completion,
    status: StatusEntryIds,
    issuer_url: str,
    registry_url: str,
    partner: IssuerProfile | None = None,
    parts: AchievementParts | None = None,
) -> dict[str, Any]:
    """The unsigned credential. A co-awarding partner is named as the achievement's ``creator``; its
    signed endorsement (:func:`co_award_endorsement`) is embedded by the signer. ``parts``: the
    achievement as :func:`achievement_parts` built it for ``item`` and ``partner`` (shared, never
    changed here), or None to build it now."""
    parts = parts or achievement_parts(registry_url, item, partner)
    name = parts.name
    descriptions, results = _results(parts, item, completion.result)
    achievement = dict(parts.before_results)
    if descriptions:
        achievement["resultDescription"] = descriptions
    achievement.update(parts.after_results)
    subject: dict[str, Any] = {
        "type": ["AchievementSubject"],
        "achievement": achievement,
        "activityEndDate": datetime.combine(completion.completed_on, time(0), UTC).strftime(
            "%Y-%m-%dT%H:%M:%SZ"
        ),
        "result": results,
    }
    email = completion.learner.get("email")
    if email:
        salt = secrets.token_hex(16)
        subject["identifier"] = [
            {
                "type": "IdentityObject",
                "identityHash": identity_hash(email, salt),
                "identityType": "emailAddress",
                "hashed": True,
                "salt": salt,
            }
        ]
    if completion.credits_earned is not None:
        subject["creditsEarned"] = _number(completion.credits_earned)
    return {
        "@context": [CREDENTIALS_V2, OPEN_BADGES_V3, OPEN_BADGES_V3_EXTENSIONS],
        "id": f"urn:uuid:{credential_id}",
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": _profile(issuer),
        "validFrom": issued_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "name": name,
        "credentialSubject": subject,
        "credentialStatus": suspension_status_entry(issuer_url, status),
        "credentialSchema": [{"id": OB_SCHEMA_URL, "type": "1EdTechJsonSchemaValidator2019"}],
    }


def suspension_status_entry(issuer_url: str, status: StatusEntryIds) -> dict[str, Any]:
    """The one status entry of a credential issued now: a 1-bit suspension entry, set while the
    credential is suspended and for good once it is revoked. Open Badges 3.0 allows one status object
    (its schema refuses a list), and a suspension entry is what every Bitstring Status List verifier
    reads as "not valid now"; why not revocation or a 2-bit message entry:
    docs/credential-status-and-verification.md."""
    list_url = f"{issuer_url.rstrip('/')}/v1/status-lists/{status.list_id}"
    return {
        "id": f"{list_url}#{status.index}",
        "type": "BitstringStatusListEntry",
        "statusPurpose": "suspension",
        "statusListIndex": str(status.index),
        "statusListCredential": list_url,
    }


def co_award_endorsement(
    *,
    endorsement_id: uuid.UUID,
    partner: IssuerProfile,
    awarded_by: IssuerProfile,
    achievement_id: str,
    achievement_name: str,
    issued_at: datetime,
) -> dict[str, Any]:
    """The unsigned Open Badges 3.0 EndorsementCredential by which a co-awarding partner vouches for
    the achievement: issued (and signed) by the partner, about the achievement. Embedded in
    ``achievement.endorsement``, it lets the credential keep one proof, the awarding DOMCI's, which
    every verifier checks against the credential's issuer."""
    return {
        "@context": [CREDENTIALS_V2, OPEN_BADGES_V3],
        "id": f"urn:uuid:{endorsement_id}",
        "type": ["VerifiableCredential", "EndorsementCredential"],
        "name": f"Co-award of {achievement_name} by {partner.name}",
        "issuer": _profile(partner),
        "validFrom": issued_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "credentialSubject": {
            "id": achievement_id,
            "type": ["EndorsementSubject"],
            "endorsementComment": f"Co-awarded by {partner.name} with {awarded_by.name}.",
        },
    }


def _profile(profile: IssuerProfile) -> dict[str, Any]:
    document: dict[str, Any] = {"id": profile.did, "type": ["Profile"], "name": profile.name}
    if profile.url:
        document["url"] = profile.url
    return document
