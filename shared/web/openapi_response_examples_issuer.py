"""Examples of credential_issuer's success answers, by operationId and status (and media type when not
JSON): Lakeshore College's SIS pushes a completion, the platform issues an Open Badges 3.0 credential
signed by the college's did:web key, and verifiers check it. Every document here is one the platform
produced (captured from a running platform on the default local ports); the signatures are real, so
the documents are quoted whole and never edited."""

from __future__ import annotations

from typing import Any

from shared.web import openapi_response_examples_wallets as wallets

# Issued by the worker from an SIS push (the completion `SIS-2026-000123` of the batch in
# shared.web.openapi_response_examples); the request examples verify and present it too.
SIGNED_CREDENTIAL: Any = {
    "id": "urn:uuid:cc98279a-e5d8-48c4-ad36-6b656184fea4",
    "name": "Welding safety",
    "type": ["VerifiableCredential", "OpenBadgeCredential"],
    "proof": {
        "type": "DataIntegrityProof",
        "created": "2026-12-07T07:00:31Z",
        "proofValue": (
            "z3bVLqXUEssUVS5HD9BXFscZG639bQss5VgKSrJy7LhCLDSkxLWcG63TJ285JQuKFbdoGqHdPW8b56T23APUvXotd"
        ),
        "cryptosuite": "eddsa-rdfc-2022",
        "proofPurpose": "assertionMethod",
        "verificationMethod": (
            "did:web:127.0.0.1%3A8003:organisations:"
            "61f29506-aa89-42f0-950c-059108b7eb34#key-20261207-c2566a18a792"
        ),
    },
    "issuer": {
        "id": ("did:web:127.0.0.1%3A8003:organisations:61f29506-aa89-42f0-950c-059108b7eb34"),
        "name": "Lakeshore College",
        "type": ["Profile"],
    },
    "@context": [
        "https://www.w3.org/ns/credentials/v2",
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
        "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json",
    ],
    "validFrom": "2026-12-07T07:00:31Z",
    "credentialSchema": [
        {
            "id": (
                "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/"
                "ob_v3p0_achievementcredential_schema.json"
            ),
            "type": "1EdTechJsonSchemaValidator2019",
        }
    ],
    "credentialStatus": {
        "id": ("http://127.0.0.1:8003/v1/status-lists/74344bfd-1117-4653-a95c-35411d5b786b#80725"),
        "type": "BitstringStatusListEntry",
        "statusPurpose": "suspension",
        "statusListIndex": "80725",
        "statusListCredential": (
            "http://127.0.0.1:8003/v1/status-lists/74344bfd-1117-4653-a95c-35411d5b786b"
        ),
    },
    "credentialSubject": {
        "type": ["AchievementSubject"],
        "result": [
            {
                "type": ["Result"],
                "value": "A",
                "status": "Completed",
                "resultDescription": "urn:uuid:28820914-cb44-5db9-9fd8-b82081cd07ee",
            },
            {
                "type": ["Result"],
                "status": "Completed",
                "resultDescription": "urn:uuid:f49b62e6-b155-5b2c-92da-d83283c47b51",
            },
        ],
        "identifier": [
            {
                "salt": "beeeac1f9bd21321767af688af56f20c",
                "type": "IdentityObject",
                "hashed": True,
                "identityHash": ("sha256$aa5b3cceeb2f7a1a0c9a9d381856ce038ea7804045325116acfdf48dcdc3a169"),
                "identityType": "emailAddress",
            }
        ],
        "achievement": {
            "id": (
                "http://127.0.0.1:8001/v1/catalogue/micro-credentials/"
                "225097c6-d558-4ffb-9597-379128cb742f/versions/1"
            ),
            "tag": [
                "Ontario Micro-Credential",
                ("OMC qualification type: Ontario Micro-Credential (Certificate) (cert)"),
                "OQF level 1",
                "30 instructional hours",
            ],
            "name": "Welding safety",
            "type": ["Achievement"],
            "version": "1",
            "criteria": {
                "narrative": (
                    "Awarded on completing the micro-credential and demonstrating "
                    "these learning outcomes:\n1. Apply lockout procedures."
                    "\nAssessment: exam, practical demonstration; grading: percentage."
                    "\nFrançais : Sécurité en soudage.\n1. Appliquer le cadenassage."
                )
            },
            "alignment": [
                {
                    "type": ["Alignment"],
                    "targetUrl": ("https://noc.esdc.gc.ca/Structure/NocProfile?code=72106&version=2021.0"),
                    "targetCode": "72106",
                    "targetName": "NOC 2021 72106",
                    "targetFramework": "National Occupational Classification 2021",
                },
                {
                    "type": ["Alignment"],
                    "targetUrl": "https://www.statcan.gc.ca/en/subjects/standard/cip/2021/index",
                    "targetCode": "48.0508",
                    "targetName": "CIP 2021 48.0508",
                    "targetFramework": "Classification of Instructional Programs (Canada) 2021",
                },
                {
                    "type": ["Alignment"],
                    "targetUrl": "http://data.europa.eu/esco/skill/abc",
                    "targetName": "lockout",
                    "targetFramework": "ESCO",
                },
            ],
            "humanCode": "MC-e0f762",
            "inLanguage": "en",
            "description": "Safe practice in a welding shop.",
            "fieldOfStudy": "Ontario Micro-Credential (Certificate)",
            "achievementType": "MicroCredential",
            "resultDescription": [
                {
                    "id": "urn:uuid:28820914-cb44-5db9-9fd8-b82081cd07ee",
                    "name": "Final grade",
                    "type": ["ResultDescription"],
                    "resultType": "LetterGrade",
                },
                {
                    "id": "urn:uuid:f49b62e6-b155-5b2c-92da-d83283c47b51",
                    "name": "Apply lockout procedures.",
                    "type": ["ResultDescription"],
                    "resultType": "Status",
                },
            ],
        },
        "creditsEarned": 0.5,
        "activityEndDate": "2026-12-07T00:00:00Z",
    },
}

# Issued at once through `POST /credentials/issue` (201) from another completion. Asked again for a
# completion already issued, it answers 200 with that credential (SIGNED_CREDENTIAL for the request example).
_ISSUED: Any = {
    "id": "urn:uuid:1624e613-80e7-409b-aec7-3c7ae0f4096f",
    "name": "Welding safety",
    "type": ["VerifiableCredential", "OpenBadgeCredential"],
    "proof": {
        "type": "DataIntegrityProof",
        "created": "2026-12-07T07:00:36Z",
        "proofValue": (
            "z334oZWAgQvzTCmsiavrgeQEyZNGfa9fnxPK2AYehkR14mSs9wWC9ZsyEUm9UbAriZrfubPNCX758fXd898WPU7fW"
        ),
        "cryptosuite": "eddsa-rdfc-2022",
        "proofPurpose": "assertionMethod",
        "verificationMethod": (
            "did:web:127.0.0.1%3A8003:organisations:"
            "61f29506-aa89-42f0-950c-059108b7eb34#key-20261207-c2566a18a792"
        ),
    },
    "issuer": {
        "id": ("did:web:127.0.0.1%3A8003:organisations:61f29506-aa89-42f0-950c-059108b7eb34"),
        "name": "Lakeshore College",
        "type": ["Profile"],
    },
    "@context": [
        "https://www.w3.org/ns/credentials/v2",
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
        "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json",
    ],
    "validFrom": "2026-12-07T07:00:36Z",
    "credentialSchema": [
        {
            "id": (
                "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/"
                "ob_v3p0_achievementcredential_schema.json"
            ),
            "type": "1EdTechJsonSchemaValidator2019",
        }
    ],
    "credentialStatus": {
        "id": ("http://127.0.0.1:8003/v1/status-lists/74344bfd-1117-4653-a95c-35411d5b786b#110814"),
        "type": "BitstringStatusListEntry",
        "statusPurpose": "suspension",
        "statusListIndex": "110814",
        "statusListCredential": (
            "http://127.0.0.1:8003/v1/status-lists/74344bfd-1117-4653-a95c-35411d5b786b"
        ),
    },
    "credentialSubject": {
        "type": ["AchievementSubject"],
        "result": [
            {
                "type": ["Result"],
                "value": "A",
                "status": "Completed",
                "resultDescription": "urn:uuid:28820914-cb44-5db9-9fd8-b82081cd07ee",
            },
            {
                "type": ["Result"],
                "status": "Completed",
                "resultDescription": "urn:uuid:f49b62e6-b155-5b2c-92da-d83283c47b51",
            },
        ],
        "identifier": [
            {
                "salt": "c2ef1c8ed4fe0ee960acb85cc215b916",
                "type": "IdentityObject",
                "hashed": True,
                "identityHash": ("sha256$3fb091e7670a3844523ef114db4db228aa28bdce928ddc9c5d595619116d34d2"),
                "identityType": "emailAddress",
            }
        ],
        "achievement": {
            "id": (
                "http://127.0.0.1:8001/v1/catalogue/micro-credentials/"
                "225097c6-d558-4ffb-9597-379128cb742f/versions/1"
            ),
            "tag": [
                "Ontario Micro-Credential",
                ("OMC qualification type: Ontario Micro-Credential (Certificate) (cert)"),
                "OQF level 1",
                "30 instructional hours",
            ],
            "name": "Welding safety",
            "type": ["Achievement"],
            "version": "1",
            "criteria": {
                "narrative": (
                    "Awarded on completing the micro-credential and demonstrating "
                    "these learning outcomes:\n1. Apply lockout procedures."
                    "\nAssessment: exam, practical demonstration; grading: percentage."
                    "\nFrançais : Sécurité en soudage.\n1. Appliquer le cadenassage."
                )
            },
            "alignment": [
                {
                    "type": ["Alignment"],
                    "targetUrl": ("https://noc.esdc.gc.ca/Structure/NocProfile?code=72106&version=2021.0"),
                    "targetCode": "72106",
                    "targetName": "NOC 2021 72106",
                    "targetFramework": "National Occupational Classification 2021",
                },
                {
                    "type": ["Alignment"],
                    "targetUrl": "https://www.statcan.gc.ca/en/subjects/standard/cip/2021/index",
                    "targetCode": "48.0508",
                    "targetName": "CIP 2021 48.0508",
                    "targetFramework": "Classification of Instructional Programs (Canada) 2021",
                },
                {
                    "type": ["Alignment"],
                    "targetUrl": "http://data.europa.eu/esco/skill/abc",
                    "targetName": "lockout",
                    "targetFramework": "ESCO",
                },
            ],
            "humanCode": "MC-e0f762",
            "inLanguage": "en",
            "description": "Safe practice in a welding shop.",
            "fieldOfStudy": "Ontario Micro-Credential (Certificate)",
            "achievementType": "MicroCredential",
            "resultDescription": [
                {
                    "id": "urn:uuid:28820914-cb44-5db9-9fd8-b82081cd07ee",
                    "name": "Final grade",
                    "type": ["ResultDescription"],
                    "resultType": "LetterGrade",
                },
                {
                    "id": "urn:uuid:f49b62e6-b155-5b2c-92da-d83283c47b51",
                    "name": "Apply lockout procedures.",
                    "type": ["ResultDescription"],
                    "resultType": "Status",
                },
            ],
        },
        "creditsEarned": 0.5,
        "activityEndDate": "2026-12-07T00:00:00Z",
    },
}

# The suspension list both credentials point to.
_STATUS_LIST: Any = {
    "@context": ["https://www.w3.org/ns/credentials/v2"],
    "id": ("http://127.0.0.1:8003/v1/status-lists/74344bfd-1117-4653-a95c-35411d5b786b"),
    "type": ["VerifiableCredential", "BitstringStatusListCredential"],
    "issuer": ("did:web:127.0.0.1%3A8003:organisations:61f29506-aa89-42f0-950c-059108b7eb34"),
    "validFrom": "2026-12-07T07:00:36Z",
    "credentialSubject": {
        "id": ("http://127.0.0.1:8003/v1/status-lists/74344bfd-1117-4653-a95c-35411d5b786b#list"),
        "type": "BitstringStatusList",
        "statusPurpose": "suspension",
        "encodedList": ("uH4sIAAAAAAACA-3QIQEAAAwCMAT9M5Pg9mqLsAQAAAAAAAAAAAC4VQEAAAAAAPBiEWkSHQBAAAA"),
    },
    "proof": {
        "type": "DataIntegrityProof",
        "cryptosuite": "eddsa-rdfc-2022",
        "created": "2026-12-07T07:00:36Z",
        "verificationMethod": (
            "did:web:127.0.0.1%3A8003:organisations:"
            "61f29506-aa89-42f0-950c-059108b7eb34#key-20261207-c2566a18a792"
        ),
        "proofPurpose": "assertionMethod",
        "proofValue": (
            "z55BiLY1Z5GnxAkabuPNbziHvVffcVgg7tQ4iKEBNzZSP14maoTe75j8gGfioPE1CjEEJ9ecYdxGJ5wryYV5v5BWU"
        ),
    },
}

_DID_DOCUMENT: Any = {
    "@context": ["https://www.w3.org/ns/did/v1", "https://w3id.org/security/multikey/v1"],
    "id": ("did:web:127.0.0.1%3A8003:organisations:61f29506-aa89-42f0-950c-059108b7eb34"),
    "verificationMethod": [
        {
            "id": (
                "did:web:127.0.0.1%3A8003:organisations:"
                "61f29506-aa89-42f0-950c-059108b7eb34#key-20261207-c2566a18a792"
            ),
            "type": "Multikey",
            "controller": ("did:web:127.0.0.1%3A8003:organisations:61f29506-aa89-42f0-950c-059108b7eb34"),
            "publicKeyMultibase": "z6Mkf3PApBbfPtebHAKDzjTo38DnfnFApTjRaK4xRbwduFdc",
        }
    ],
    "assertionMethod": [
        (
            "did:web:127.0.0.1%3A8003:organisations:"
            "61f29506-aa89-42f0-950c-059108b7eb34#key-20261207-c2566a18a792"
        )
    ],
    "authentication": [
        (
            "did:web:127.0.0.1%3A8003:organisations:"
            "61f29506-aa89-42f0-950c-059108b7eb34#key-20261207-c2566a18a792"
        )
    ],
}

_VERIFIED: Any = {
    "verified": True,
    "checks": [
        {"name": "format", "status": "passed", "detail": "A W3C verifiable credential with known contexts."},
        {"name": "proof", "status": "passed", "detail": "1 proof(s) verified, made by the issuer."},
        {
            "name": "issuer_key",
            "status": "passed",
            "detail": ("Key key-20261207-c2566a18a792 was the issuer's key when the proof was made."),
        },
        {
            "name": "status",
            "status": "passed",
            "detail": ("The issuer has neither revoked nor suspended it (this service's record)."),
        },
        {"name": "validity_period", "status": "passed", "detail": "Within its validity period."},
        {
            "name": "standing",
            "status": "passed",
            "detail": (
                "On 2026-12-07, the institution was a designated DOMCI and this "
                "micro-credential an approved OMC."
            ),
        },
        {"name": "endorsements", "status": "not_applicable", "detail": "No co-awarding partner endorses it."},
    ],
    "warnings": [],
    "errors": [],
    "organisations": [
        {
            "id": ("did:web:127.0.0.1%3A8003:organisations:61f29506-aa89-42f0-950c-059108b7eb34"),
            "name": "Lakeshore College",
            "role": "issuer",
            "verified": True,
        }
    ],
}

# The same credential with its achievement renamed after signing.
_NOT_VERIFIED: Any = {
    "verified": False,
    "checks": [
        {"name": "format", "status": "passed", "detail": "A W3C verifiable credential with known contexts."},
        {
            "name": "proof",
            "status": "failed",
            "detail": (
                "A proof does not verify: the signature does not match the document and proof options"
            ),
        },
        {"name": "issuer_key", "status": "not_applicable", "detail": "Not checked: no valid proof."},
        {"name": "status", "status": "passed", "detail": "The credential is not suspended."},
        {"name": "validity_period", "status": "passed", "detail": "Within its validity period."},
        {
            "name": "standing",
            "status": "not_applicable",
            "detail": "Not a credential issued by this service: no OMC to check.",
        },
        {"name": "endorsements", "status": "not_applicable", "detail": "No co-awarding partner endorses it."},
    ],
    "warnings": [],
    "errors": [
        ("proof: A proof does not verify: the signature does not match the document and proof options")
    ],
    "organisations": [
        {
            "id": ("did:web:127.0.0.1%3A8003:organisations:61f29506-aa89-42f0-950c-059108b7eb34"),
            "name": "Lakeshore College",
            "role": "issuer",
            "verified": False,
        }
    ],
}

_PRESENTATION_VERIFIED: Any = {
    "verified": True,
    "checks": [
        {
            "name": "format",
            "status": "passed",
            "detail": "A W3C verifiable presentation with known contexts.",
        },
        {
            "name": "proof",
            "status": "passed",
            "detail": "1 proof(s) verified, made to authenticate (eddsa-rdfc-2022).",
        },
        {
            "name": "holder",
            "status": "passed",
            "detail": ("The holder did:key:z6MkpqyhfmfcBFJ3JxvRpPgF8GxLMQ9LJ6XBTAs74tRgxtcz signed it."),
        },
        {"name": "challenge", "status": "passed", "detail": "The proof carries the challenge asked for."},
        {"name": "domain", "status": "passed", "detail": "The proof carries the domain asked for."},
        {"name": "credentials", "status": "passed", "detail": "All 1 credential(s) verified."},
    ],
    "warnings": [],
    "errors": [],
    "holder": "did:key:z6MkpqyhfmfcBFJ3JxvRpPgF8GxLMQ9LJ6XBTAs74tRgxtcz",
    "credentialResults": [
        {
            "verified": True,
            "checks": [
                {
                    "name": "format",
                    "status": "passed",
                    "detail": "A W3C verifiable credential with known contexts.",
                },
                {"name": "proof", "status": "passed", "detail": "1 proof(s) verified, made by the issuer."},
                {
                    "name": "issuer_key",
                    "status": "passed",
                    "detail": ("Key key-20261207-c2566a18a792 was the issuer's key when the proof was made."),
                },
                {
                    "name": "status",
                    "status": "passed",
                    "detail": ("The issuer has neither revoked nor suspended it (this service's record)."),
                },
                {"name": "validity_period", "status": "passed", "detail": "Within its validity period."},
                {
                    "name": "standing",
                    "status": "passed",
                    "detail": (
                        "On 2026-12-07, the institution was a designated DOMCI and this "
                        "micro-credential an approved OMC."
                    ),
                },
                {
                    "name": "endorsements",
                    "status": "not_applicable",
                    "detail": "No co-awarding partner endorses it.",
                },
            ],
            "warnings": [],
            "errors": [],
            "organisations": [
                {
                    "id": ("did:web:127.0.0.1%3A8003:organisations:61f29506-aa89-42f0-950c-059108b7eb34"),
                    "name": "Lakeshore College",
                    "role": "issuer",
                    "verified": True,
                }
            ],
        }
    ],
    "verifiablePresentation": None,
}

# The same presentation checked against another challenge.
_PRESENTATION_NOT_VERIFIED: Any = {
    "verified": False,
    "checks": [
        {
            "name": "format",
            "status": "passed",
            "detail": "A W3C verifiable presentation with known contexts.",
        },
        {
            "name": "proof",
            "status": "passed",
            "detail": "1 proof(s) verified, made to authenticate (eddsa-rdfc-2022).",
        },
        {
            "name": "holder",
            "status": "passed",
            "detail": ("The holder did:key:z6MkpqyhfmfcBFJ3JxvRpPgF8GxLMQ9LJ6XBTAs74tRgxtcz signed it."),
        },
        {
            "name": "challenge",
            "status": "failed",
            "detail": "The proof's challenge is not the one asked for.",
        },
        {"name": "domain", "status": "passed", "detail": "The proof carries the domain asked for."},
        {"name": "credentials", "status": "passed", "detail": "All 1 credential(s) verified."},
    ],
    "warnings": [],
    "errors": ["challenge: The proof's challenge is not the one asked for."],
    "holder": "did:key:z6MkpqyhfmfcBFJ3JxvRpPgF8GxLMQ9LJ6XBTAs74tRgxtcz",
    "credentialResults": [
        {
            "verified": True,
            "checks": [
                {
                    "name": "format",
                    "status": "passed",
                    "detail": "A W3C verifiable credential with known contexts.",
                },
                {"name": "proof", "status": "passed", "detail": "1 proof(s) verified, made by the issuer."},
                {
                    "name": "issuer_key",
                    "status": "passed",
                    "detail": ("Key key-20261207-c2566a18a792 was the issuer's key when the proof was made."),
                },
                {
                    "name": "status",
                    "status": "passed",
                    "detail": ("The issuer has neither revoked nor suspended it (this service's record)."),
                },
                {"name": "validity_period", "status": "passed", "detail": "Within its validity period."},
                {
                    "name": "standing",
                    "status": "passed",
                    "detail": (
                        "On 2026-12-07, the institution was a designated DOMCI and this "
                        "micro-credential an approved OMC."
                    ),
                },
                {
                    "name": "endorsements",
                    "status": "not_applicable",
                    "detail": "No co-awarding partner endorses it.",
                },
            ],
            "warnings": [],
            "errors": [],
            "organisations": [
                {
                    "id": ("did:web:127.0.0.1%3A8003:organisations:61f29506-aa89-42f0-950c-059108b7eb34"),
                    "name": "Lakeshore College",
                    "role": "issuer",
                    "verified": True,
                }
            ],
        }
    ],
    "verifiablePresentation": None,
}

_SUSPENDED: Any = {
    "credential_id": "cc98279a-e5d8-48c4-ad36-6b656184fea4",
    "revoked": False,
    "suspended": True,
    "revoked_at": None,
    "suspended_at": "2026-12-07T07:00:36.124443Z",
    "reason": "Under review by the registrar's office.",
}

_OFFER: Any = {
    "offer_id": "30ee1f56-f42d-4b04-b02d-3ba6107b08a7",
    "completion_id": "fe63d35a-42eb-4530-8bc0-9b8880f288d6",
    "credential_id": "cc98279a-e5d8-48c4-ad36-6b656184fea4",
    "credential_offer": {
        "credential_issuer": "http://127.0.0.1:8003",
        "credential_configuration_ids": ["omc_ldp_vc", "omc_jwt_vc_json"],
        "grants": {
            "urn:ietf:params:oauth:grant-type:pre-authorized_code": {
                "pre-authorized_code": "e4HB_GHjKJUVAT7xZ8ZCCUWF8g9RTFxBi22msZaDmNA",
                "tx_code": {
                    "input_mode": "numeric",
                    "length": 6,
                    "description": (
                        "Enter the code your institution sent you by e-mail. / Saisissez "
                        "le code que votre établissement vous a envoyé par courriel."
                    ),
                },
            }
        },
    },
    "credential_offer_uri": (
        "http://127.0.0.1:8003/oid4vci/credential-offers/NETAcIMRBVqZwvLA-COxHhqqEtRweOBcyphUumhK9fw"
    ),
    "offer_link": (
        "openid-credential-offer://?credential_offer=%7B%22credential_iss"
        "uer%22%3A%22http%3A%2F%2F127.0.0."
        "1%3A8003%22%2C%22credential_configuration_ids%22%3A%5B%22omc_ldp"
        "_vc%22%2C%22omc_jwt_vc_json%22%5D%2C%22grants%22%3A%7B%22urn%3Ai"
        "etf%3Aparams%3Aoauth%3Agrant-type%3Apre-authorized_code%22%3A%7B"
        "%22pre-authorized_code%22%3A%22e4HB_GHjKJUVAT7xZ8ZCCUWF8g9RTFxBi"
        "22msZaDmNA%22%2C%22tx_code%22%3A%7B%22input_mode%22%3A%22numeric"
        "%22%2C%22length%22%3A6%2C%22description%22%3A%22Enter%20the%20co"
        "de%20your%20institution%20sent%20you%20by%20e-mail."
        "%20%2F%20Saisissez%20le%20code%20que%20votre%20%5Cu00e9tablissem"
        "ent%20vous%20a%20envoy%5Cu00e9%20par%20courriel.%22%7D%7D%7D%7D"
    ),
    "offer_link_by_reference": (
        "openid-credential-offer://?credential_offer_uri=http%3A%2F%2F127"
        ".0.0.1%3A8003%2Foid4vci%2Fcredential-offers%2FNETAcIMRBVqZwvLA-C"
        "OxHhqqEtRweOBcyphUumhK9fw"
    ),
    "qr_code_svg": (
        '<svg width="244" height="244" class="segno"><path '
        'transform="scale(4)" class="qrline" stroke="#000" d="M4 4.5h7m4 '
        "0h1m7 0h3m1 0h1m1 0h2m2 0h2m1 0h1m2 0h1m5 0h2m3 0h7m-53 1h1m5 "
        "0h1m3 0h2m1 0h1m1 0h3m1 0h1m2 0h1m3 0h1m3 0h1m2 0h3m1 0h1m1 "
        "0h1m1 0h3m2 0h1m5 0h1m-53 1h1m1 0h3m1 0h1m1 0h1m1 0h6m5 0h3m1 "
        "0h3m1 0h1m2 0h2m2 0h2m5 0h1m2 0h1m1 0h3m1 0h1m-53 1h1m1 0h3m1 "
        "0h1m1 0h3m2 0h1m3 0h1m2 0h1m3 0h1m10 0h1m6 0h1m1 0h1m1 0h1m1 "
        "0h3m1 0h1m-53 1h1m1 0h3m1 0h1m1 0h1m3 0h1m2 0h1m2 0h1m3 0h9m1 "
        "0h2m3 0h1m4 0h1m3 0h1m1 0h3m1 0h1m-53 1h1m5 0h1m1 0h1m1 0h1m1 "
        "0h3m7 0h1m1 0h1m3 0h2m2 0h4m2 0h2m2 0h1m3 0h1m5 0h1m-53 1h7m1 "
        "0h1m1 0h1m1 0h1m1 0h1m1 0h1m1 0h1m1 0h1m1 0h1m1 0h1m1 0h1m1 "
        "0h1m1 0h1m1 0h1m1 0h1m1 0h1m1 0h1m1 0h1m1 0h1m1 0h1m1 0h7m-45 "
        "1h2m1 0h2m3 0h9m3 0h1m2 0h1m1 0h1m3 0h1m1 0h2m1 0h2m-44 1h1m1 "
        "0h5m5 0h1m1 0h1m1 0h6m1 0h6m1 0h1m3 0h1m1 0h1m9 0h5m-48 1h2m2 "
        "0h1m1 0h1m2 0h1m3 0h1m1 0h2m2 0h2m3 0h5m3 0h3m1 0h5m3 0h4m1 "
        "0h1m-53 1h5m1 0h5m4 0h6m5 0h2m1 0h1m4 0h1m1 0h3m4 0h1m1 0h2m-46 "
        "1h4m3 0h2m1 0h2m2 0h2m2 0h2m2 0h3m1 0h1m1 0h1m2 0h1m1 0h1m5 "
        "0h3m1 0h1m3 0h2m2 0h1m-53 1h1m4 0h3m1 0h4m3 0h1m1 0h3m5 0h1m1 "
        "0h1m2 0h1m3 0h4m2 0h2m1 0h6m2 0h1m-52 1h2m2 0h1m1 0h1m1 0h4m1 "
        "0h1m1 0h1m5 0h8m7 0h1m1 0h1m1 0h3m4 0h1m-47 1h1m1 0h1m1 0h1m1 "
        "0h8m2 0h1m1 0h2m4 0h2m2 0h1m1 0h2m1 0h2m1 0h4m2 0h3m2 0h1m-49 "
        "1h1m1 0h1m1 0h1m1 0h6m2 0h4m1 0h3m1 0h1m3 0h2m2 0h2m2 0h1m1 "
        "0h1m1 0h2m1 0h1m1 0h1m1 0h2m2 0h1m-51 1h1m1 0h1m2 0h2m2 0h5m1 "
        "0h3m1 0h1m3 0h3m2 0h1m1 0h1m3 0h2m1 0h1m2 0h1m1 0h2m1 0h7m-53 "
        "1h2m1 0h3m1 0h1m1 0h1m2 0h1m1 0h2m2 0h5m1 0h3m1 0h1m1 0h2m1 "
        "0h1m1 0h1m1 0h1m1 0h5m1 0h1m1 0h2m3 0h1m-53 1h2m3 0h3m1 0h1m2 "
        "0h2m4 0h2m1 0h1m3 0h1m5 0h1m4 0h3m1 0h1m2 0h6m1 0h2m-51 1h3m3 "
        "0h2m1 0h3m2 0h2m1 0h2m3 0h3m2 0h5m4 0h3m1 0h1m1 0h2m2 0h1m1 "
        "0h1m-45 1h2m5 0h2m4 0h4m1 0h2m1 0h2m5 0h4m1 0h1m1 0h6m2 0h1m-49 "
        "1h1m1 0h2m6 0h1m1 0h2m6 0h1m2 0h2m5 0h2m3 0h9m4 0h2m1 0h1m-51 "
        "1h2m2 0h2m1 0h2m4 0h1m1 0h1m1 0h2m3 0h2m1 0h2m1 0h1m1 0h1m1 "
        "0h3m4 0h6m2 0h2m-49 1h1m2 0h1m3 0h4m5 0h2m2 0h1m2 0h2m3 0h4m2 "
        "0h2m1 0h1m1 0h1m1 0h1m2 0h2m2 0h1m2 0h1m-52 1h1m2 0h5m1 0h2m4 "
        "0h1m6 0h6m1 0h1m5 0h2m4 0h10m-52 1h1m3 0h1m3 0h1m2 0h1m1 0h2m3 "
        "0h2m1 0h2m1 0h1m3 0h3m1 0h2m1 0h3m1 0h2m1 0h3m3 0h1m2 0h2m-53 "
        "1h2m1 0h2m1 0h1m1 0h2m1 0h2m1 0h2m3 0h3m2 0h1m1 0h1m1 0h1m5 "
        "0h1m1 0h1m1 0h1m3 0h3m1 0h1m1 0h1m-49 1h1m2 0h2m3 0h1m2 0h4m2 "
        "0h3m4 0h1m3 0h1m1 0h1m2 0h1m2 0h2m2 0h3m1 0h1m3 0h2m-46 1h7m1 "
        "0h1m2 0h5m1 0h1m2 0h13m4 0h2m1 0h5m1 0h2m-52 1h1m1 0h1m1 0h1m2 "
        "0h3m4 0h4m1 0h4m2 0h3m1 0h2m1 0h1m3 0h2m1 0h1m1 0h4m1 0h7m-52 "
        "1h2m3 0h1m1 0h1m2 0h11m6 0h2m1 0h5m1 0h2m6 0h1m3 0h2m-50 1h2m2 "
        "0h1m2 0h1m2 0h2m1 0h1m1 0h4m1 0h2m2 0h1m4 0h1m2 0h1m2 0h1m1 "
        "0h3m1 0h1m1 0h1m1 0h4m-44 1h1m7 0h1m1 0h2m6 0h1m4 0h3m2 0h4m6 "
        "0h1m5 0h3m-53 1h3m1 0h2m2 0h2m1 0h4m1 0h1m1 0h2m2 0h2m1 0h1m4 "
        "0h1m10 0h3m1 0h1m1 0h2m1 0h3m-49 1h1m1 0h2m1 0h1m3 0h2m1 0h4m1 "
        "0h1m2 0h2m1 0h4m1 0h2m2 0h1m1 0h1m1 0h1m4 0h1m-45 1h2m2 0h1m2 "
        "0h2m1 0h3m1 0h1m1 0h1m4 0h2m1 0h1m3 0h1m2 0h1m1 0h2m1 0h1m1 "
        "0h2m3 0h4m3 0h1m-52 1h2m1 0h1m1 0h2m1 0h1m1 0h1m3 0h1m3 0h2m5 "
        "0h1m3 0h1m1 0h1m1 0h2m1 0h3m2 0h2m6 0h3m-47 1h1m2 0h1m1 0h1m2 "
        "0h1m2 0h1m1 0h1m3 0h3m1 0h2m2 0h1m3 0h4m3 0h3m3 0h3m1 0h2m-52 "
        "1h1m1 0h4m5 0h1m1 0h1m2 0h2m1 0h1m1 0h1m1 0h1m3 0h2m1 0h1m1 "
        "0h1m1 0h4m5 0h1m2 0h2m1 0h2m-51 1h4m3 0h2m2 0h1m1 0h1m2 0h7m3 "
        "0h1m2 0h1m1 0h1m9 0h1m1 0h1m1 0h2m1 0h1m2 0h1m-53 1h1m1 0h1m3 "
        "0h3m4 0h3m4 0h1m1 0h3m2 0h4m2 0h2m1 0h2m1 0h1m8 0h1m2 0h1m-52 "
        "1h2m1 0h1m4 0h1m3 0h3m2 0h3m1 0h1m1 0h1m2 0h2m2 0h1m1 0h1m3 "
        "0h1m4 0h3m3 0h3m2 0h1m-53 1h2m1 0h6m2 0h1m2 0h1m2 0h1m1 0h4m1 "
        "0h6m1 0h1m1 0h3m1 0h1m1 0h1m2 0h1m2 0h1m3 0h1m1 0h1m-51 1h2m5 "
        "0h1m1 0h2m2 0h1m4 0h2m4 0h2m4 0h3m2 0h1m4 0h1m1 0h2m1 0h2m1 "
        "0h1m-47 1h1m2 0h2m1 0h2m5 0h1m2 0h1m4 0h8m1 0h3m1 0h1m6 0h5m1 "
        "0h1m-43 1h1m1 0h2m1 0h1m3 0h1m4 0h1m1 0h1m3 0h4m5 0h1m1 0h3m1 "
        "0h2m3 0h2m1 0h2m-53 1h7m2 0h2m1 0h3m5 0h2m2 0h1m1 0h1m1 0h1m2 "
        "0h1m1 0h1m1 0h1m2 0h2m2 0h1m1 0h1m1 0h1m1 0h2m-50 1h1m5 0h1m1 "
        "0h8m1 0h1m2 0h1m2 0h2m3 0h1m1 0h2m4 0h1m3 0h5m3 0h2m-50 1h1m1 "
        "0h3m1 0h1m1 0h3m1 0h2m2 0h3m2 0h1m1 0h8m4 0h2m2 0h1m2 0h7m1 "
        "0h3m-53 1h1m1 0h3m1 0h1m1 0h1m1 0h1m1 0h8m5 0h1m2 0h4m7 0h1m1 "
        "0h2m1 0h2m1 0h1m1 0h2m-51 1h1m1 0h3m1 0h1m1 0h1m2 0h4m1 0h1m2 "
        "0h1m1 0h1m1 0h1m2 0h1m1 0h1m1 0h1m2 0h4m1 0h1m4 0h1m4 0h5m-53 "
        "1h1m5 0h1m2 0h4m3 0h3m3 0h1m2 0h1m1 0h1m1 0h1m1 0h2m1 0h2m1 "
        "0h1m2 0h1m2 0h1m4 0h2m1 0h1m-52 1h7m1 0h1m7 0h2m1 0h1m1 0h6m1 "
        '0h1m2 0h1m2 0h1m1 0h2m1 0h1m1 0h2m1 0h3m1 0h1m1 0h1"/></svg>'
    ),
    "tx_code": "508969",
    "expires_at": "2026-12-07T08:00:36.465863Z",
}

_ISSUING_KEY: Any = {
    "organisation_id": "61f29506-aa89-42f0-950c-059108b7eb34",
    "did": ("did:web:127.0.0.1%3A8003:organisations:61f29506-aa89-42f0-950c-059108b7eb34"),
    "verification_method": (
        "did:web:127.0.0.1%3A8003:organisations:"
        "61f29506-aa89-42f0-950c-059108b7eb34#key-20261207-beef457dc8ac"
    ),
    "public_key_multibase": "z6MkohogbnP6jxzgeQL7JQ7QXopr5qwdY86aEw8KhtCiwtqa",
    "created_at": "2026-12-07T07:00:36.492088Z",
    "retired_at": None,
}

_ACTIVE = {**_SUSPENDED, "suspended": False, "suspended_at": None, "reason": "Review completed."}
_REVOKED = {
    **_SUSPENDED,
    "revoked": True,
    "revoked_at": "2026-12-09T16:20:00.000000Z",
    "suspended": False,
    "suspended_at": None,
    "reason": "Issued in error: the learner did not complete the assessment.",
}
_PRESENTATION_REQUEST = {
    "verifiablePresentationRequest": {
        "query": [{"type": "DIDAuthentication", "acceptedMethods": [{"method": "key"}]}],
        "challenge": "6c1f0e9a-3b52-4f7d-9a8e-2d4c6b8f0a13",
        "domain": "http://127.0.0.1:8003",
        "interact": {
            "service": [
                {
                    "type": "UnmediatedPresentationService2021",
                    "serviceEndpoint": "http://127.0.0.1:8003/exchanges/l_uKZol1-IkQYHLFO7i9Ea-g2a6TeJG6WKn4GgUpFXc",
                }
            ]
        },
    }
}

ISSUER_RESPONSE_EXAMPLES: dict[tuple[str, ...], Any] = {
    ("get_health", "200"): {"status": "ok", "service": "credential_issuer"},
    ("get_readiness", "200"): {
        "status": "ready",
        "service": "credential_issuer",
        "dependencies": {"database": "up", "registry_api": "up", "qa_api": "up"},
    },
    ("issue_credential", "201"): {"verifiableCredential": _ISSUED},
    ("issue_credential", "200"): {"verifiableCredential": SIGNED_CREDENTIAL},
    ("verify_credential", "200"): _VERIFIED,
    ("verify_credential", "400"): _NOT_VERIFIED,
    ("verify_presentation", "200"): _PRESENTATION_VERIFIED,
    ("verify_presentation", "400"): _PRESENTATION_NOT_VERIFIED,
    ("update_credential_status", "200"): _SUSPENDED,
    ("suspend_credential", "200"): _SUSPENDED,
    ("unsuspend_credential", "200"): _ACTIVE,
    ("revoke_credential", "200"): _REVOKED,
    ("get_status_list", "200", "application/vc+ld+json"): _STATUS_LIST,
    ("download_claimed_credential", "200", "application/vc+ld+json"): SIGNED_CREDENTIAL,
    ("get_did_document", "200"): _DID_DOCUMENT,
    ("get_did_document", "200", "application/did+json"): _DID_DOCUMENT,
    ("get_did_document", "200", "application/did+ld+json"): _DID_DOCUMENT,
    ("create_credential_offer", "201"): _OFFER,
    ("create_completion_offer", "201"): _OFFER,
    ("rotate_issuing_key", "201"): _ISSUING_KEY,
    ("participate_in_exchange", "200"): _PRESENTATION_REQUEST,
    # The wallets' protocols (docs/wallets-ob3.md, docs/wallets-openid4vci.md), captured answers.
    ("oauth_authorization_server_metadata", "200"): wallets.OAUTH_AUTHORIZATION_SERVER_METADATA,
    ("openid_credential_issuer_metadata", "200"): wallets.CREDENTIAL_ISSUER_METADATA,
    ("oid4vci_credential", "200"): wallets.OID4VCI_CREDENTIAL_LDP_VC,
    ("oid4vci_deferred_credential", "200"): wallets.OID4VCI_CREDENTIAL_LDP_VC,
    ("ob3_service_description", "200"): wallets.OB3_SERVICE_DESCRIPTION,
    ("ob3_get_credentials", "200"): wallets.OB3_CREDENTIALS_PAGE,
    ("ob3_upsert_credential", "200"): wallets.OB3_CREDENTIAL_KEPT,
    ("ob3_upsert_credential", "201"): wallets.OB3_CREDENTIAL_KEPT,
    ("ob3_get_profile", "200"): wallets.OB3_PROFILE,
    ("ob3_put_profile", "200"): wallets.OB3_PROFILE_UPDATED,
    ("download_learner_credential", "200", "application/vc+ld+json"): wallets.LEARNER_CREDENTIAL,
}
