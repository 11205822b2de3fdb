"""JSON-LD input for the unit tests of shared.vc (canonicalization, Data Integrity, the Open Badges
schema) and bench/canonicalize.py: an Open Badges 3.0 credential of some issuer and a corpus of
documents that exercises what canonicalization must get right.

These are not credentials of this platform's issuer: tests of what the issuer makes, signs, stores,
suspends or revokes use credentials issued by the real pipeline (tests/support/issuer.py)."""

from __future__ import annotations

import copy
from typing import Any

from shared.vc.contexts import CREDENTIALS_V2, OPEN_BADGES_V3, OPEN_BADGES_V3_EXTENSIONS

ISSUER_DID = "did:web:issuer.omc.example.ca:orgs:seneca"
PARTNER_DID = "did:web:issuer.omc.example.ca:orgs:humber"
OB_SCHEMA_URL = (
    "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json"
)


def open_badge_credential(issuer: str = ISSUER_DID, **overrides: Any) -> dict[str, Any]:
    """An OpenBadgeCredential for one learner (identified by a salted hash of their e-mail address),
    its achievement, a status entry and the Open Badges schema: JSON-LD input, never signed or
    stored by the issuer."""
    credential: dict[str, Any] = {
        "@context": [CREDENTIALS_V2, OPEN_BADGES_V3, OPEN_BADGES_V3_EXTENSIONS],
        "id": "urn:uuid:3f0d1c9e-6f0b-4c1e-9a51-2f7d7c1a0b11",
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": {
            "id": issuer,
            "type": ["Profile"],
            "name": "Seneca Polytechnic",
            "url": "https://www.senecapolytechnic.ca",
        },
        "validFrom": "2026-11-22T00:00:00Z",
        "name": "Data Analytics Fundamentals",
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "identifier": [
                {
                    "type": "IdentityObject",
                    "identityHash": "sha256$7ab5c1bb1ad6a0f0f3b4b4d1b0f35f6fb4ef1c40a1e2e1a0c1c0f8ab0b3d1a7e",
                    "identityType": "emailAddress",
                    "hashed": True,
                    "salt": "a1b2c3d4",
                }
            ],
            "achievement": {
                "id": "https://registry.omc.example.ca/v1/micro-credentials/7f3c/versions/1",
                "type": ["Achievement"],
                "achievementType": "MicroCredential",
                "name": "Data Analytics Fundamentals",
                "description": "Foundations of data analysis: cleaning, exploring and visualising data.",
                "criteria": {"narrative": "Complete the four modules and pass the final assessment."},
                "creditsAvailable": 1.5,
                "inLanguage": "en",
                "humanCode": "DAF-101",
                "fieldOfStudy": "Data analysis",
                "alignment": [
                    {
                        "type": ["Alignment"],
                        "targetName": "Analyse data",
                        "targetUrl": "https://skills.example.ca/analyse-data",
                        "targetType": "ext:Skill",
                    }
                ],
            },
        },
        "credentialStatus": {
            "id": "https://issuer.omc.example.ca/status/1#94567",
            "type": "BitstringStatusListEntry",
            "statusPurpose": "revocation",
            "statusListIndex": "94567",
            "statusListCredential": "https://issuer.omc.example.ca/status/1",
        },
        "credentialSchema": [{"id": OB_SCHEMA_URL, "type": "1EdTechJsonSchemaValidator2019"}],
    }
    credential.update(overrides)
    return credential


def rich_open_badge_credential() -> dict[str, Any]:
    """The credential with most of what Open Badges 3.0 allows: results and result descriptions,
    evidence, an image, several alignments, a validity end, French names, and an embedded
    endorsement credential (with its own @context) of the issuer."""
    credential = open_badge_credential()
    achievement = credential["credentialSubject"]["achievement"]
    achievement["alignment"].append(
        {
            "type": ["Alignment"],
            "targetName": "Communicate findings",
            "targetUrl": "https://skills.example.ca/communicate-findings",
            "targetFramework": "OMC skills",
            "targetCode": "CF-2",
        }
    )
    achievement["resultDescription"] = [
        {
            "id": "urn:uuid:0c6f9f2e-9a8c-4c62-9b43-6b5b7e4c8a11",
            "type": ["ResultDescription"],
            "name": "Final grade",
            "resultType": "LetterGrade",
            "allowedValue": ["A", "B", "C", "D", "F"],
            "requiredValue": "C",
        }
    ]
    achievement["image"] = {"id": "https://issuer.omc.example.ca/images/daf-101.png", "type": "Image"}
    credential["credentialSubject"]["result"] = [
        {
            "type": ["Result"],
            "resultDescription": "urn:uuid:0c6f9f2e-9a8c-4c62-9b43-6b5b7e4c8a11",
            "value": "A",
        }
    ]
    credential["evidence"] = [
        {
            "id": "https://portfolio.example.ca/learners/42/projects/7",
            "type": ["Evidence"],
            "name": "Final project",
            "narrative": "Dashboard of Toronto transit ridership, « données ouvertes » 2025.\nTwo pages.",
        }
    ]
    credential["validUntil"] = "2031-11-22T00:00:00Z"
    credential["description"] = 'Awarded for "Data Analytics Fundamentals" \\ Analyse de données — niveau 1 ✓'
    credential["issuer"]["endorsement"] = [
        {
            "@context": [CREDENTIALS_V2, OPEN_BADGES_V3],
            "id": "urn:uuid:7e1f4c2a-1b2c-4d5e-8f90-a1b2c3d4e5f6",
            "type": ["VerifiableCredential", "EndorsementCredential"],
            "name": "PEQAB endorsement of Seneca Polytechnic",
            "issuer": {"id": "did:web:peqab.example.ca", "type": ["Profile"], "name": "PEQAB"},
            "validFrom": "2026-01-01T00:00:00Z",
            "credentialSubject": {
                "id": ISSUER_DID,
                "type": ["EndorsementSubject"],
                "endorsementComment": "In good standing with the quality assurance board.",
            },
        }
    ]
    return credential


def corpus() -> dict[str, dict[str, Any]]:
    """Documents both canonicalizers must turn into the same bytes."""
    base = open_badge_credential()
    documents: dict[str, dict[str, Any]] = {
        "open badge credential": base,
        "rich open badge credential": rich_open_badge_credential(),
        "issuer as a string": open_badge_credential(issuer=ISSUER_DID) | {"issuer": ISSUER_DID},
        "language-tagged names": open_badge_credential(
            name=[
                {"@value": "Data Analytics Fundamentals", "@language": "en"},
                {"@value": "Fondements de l'analyse de données", "@language": "fr-CA"},
            ]
        ),
        "escapes and non-ASCII": open_badge_credential(
            name='Tab\there, "quotes", back\\slash, line\nfeed, return\r, é, 😀, \u2028, \ufeff'
        ),
        "numbers": open_badge_credential(),
        "blank nodes that first-degree hashes cannot tell apart": open_badge_credential(),
        "@graph and @included": {
            "@context": [CREDENTIALS_V2, OPEN_BADGES_V3],
            "@graph": [
                {"id": "urn:example:a", "type": ["Profile"], "name": "A"},
                {
                    "id": "urn:example:b",
                    "type": ["Profile"],
                    "name": "B",
                    "parentOrg": {"id": "urn:example:a"},
                },
            ],
            "@included": [{"id": "urn:example:c", "type": ["Profile"], "name": "C"}],
        },
        "list": open_badge_credential(),
    }
    numbers = documents["numbers"]["credentialSubject"]["achievement"]
    numbers["creditsAvailable"] = 0.25
    numbers["alignment"][0]["targetCode"] = "12"
    documents["numbers"]["credentialSubject"]["result"] = [
        {"type": ["Result"], "value": "88.5", "status": "Completed"}
    ]
    twins = documents["blank nodes that first-degree hashes cannot tell apart"]["credentialSubject"]
    twins["achievement"]["alignment"] = [
        {"type": ["Alignment"], "targetName": "Same", "targetUrl": "https://skills.example.ca/same"},
        {"type": ["Alignment"], "targetName": "Same", "targetUrl": "https://skills.example.ca/same"},
        {"type": ["Alignment"], "targetName": "Other", "targetUrl": "https://skills.example.ca/other"},
    ]
    twins["result"] = [
        {"type": ["Result"], "value": "pass", "achievedLevel": "urn:example:level"},
        {"type": ["Result"], "value": "pass", "achievedLevel": "urn:example:level"},
    ]
    documents["list"]["credentialSubject"]["achievement"]["tag"] = {"@list": ["data", "analytics", "data"]}
    return copy.deepcopy(documents)
