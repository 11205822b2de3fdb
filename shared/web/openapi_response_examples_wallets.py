"""Examples of the wallet-facing answers of credential_issuer (the Open Badges 3.0 API, OpenID4VCI
and the learner's download), captured from the sandbox (`make run`, then `make demo`) on the default
local ports on 2026-12-07: the metadata as served, and credentials signed by the platform, so the
documents are quoted whole and never edited."""

from __future__ import annotations

from typing import Any

# RFC 8414 metadata of the OpenID4VCI token endpoint.
OAUTH_AUTHORIZATION_SERVER_METADATA: Any = {
    "issuer": "http://127.0.0.1:8003",
    "token_endpoint": "http://127.0.0.1:8003/oid4vci/token",
    "grant_types_supported": [
        "urn:ietf:params:oauth:grant-type:pre-authorized_code",
    ],
    "pre-authorized_grant_anonymous_access_supported": True,
    "token_endpoint_auth_methods_supported": [
        "none",
    ],
    "response_types_supported": [],
}

# OpenID4VCI 1.0 credential issuer metadata, with its English and French display.
CREDENTIAL_ISSUER_METADATA: Any = {
    "credential_issuer": "http://127.0.0.1:8003",
    "authorization_servers": [
        "http://127.0.0.1:8003",
    ],
    "credential_endpoint": "http://127.0.0.1:8003/oid4vci/credential",
    "nonce_endpoint": "http://127.0.0.1:8003/oid4vci/nonce",
    "deferred_credential_endpoint": "http://127.0.0.1:8003/oid4vci/deferred-credential",
    "display": [
        {
            "name": "Ontario Micro-Credentials",
            "locale": "en",
            "logo": {
                "uri": "http://127.0.0.1:8003/static/logo.svg",
                "alt_text": "Ontario Micro-Credentials logo",
            },
        },
        {
            "name": "Microcertifications de l'Ontario",
            "locale": "fr",
            "logo": {
                "uri": "http://127.0.0.1:8003/static/logo.svg",
                "alt_text": "Logo des Microcertifications de l'Ontario",
            },
        },
    ],
    "credential_configurations_supported": {
        "omc_ldp_vc": {
            "format": "ldp_vc",
            "cryptographic_binding_methods_supported": [
                "did:key",
                "did:jwk",
                "jwk",
            ],
            "credential_signing_alg_values_supported": [
                "eddsa-rdfc-2022",
            ],
            "proof_types_supported": {
                "jwt": {
                    "proof_signing_alg_values_supported": [
                        "EdDSA",
                        "Ed25519",
                        "ES256",
                    ],
                },
            },
            "credential_definition": {
                "@context": [
                    "https://www.w3.org/ns/credentials/v2",
                    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
                    "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json",
                ],
                "type": [
                    "VerifiableCredential",
                    "OpenBadgeCredential",
                ],
            },
            "credential_metadata": {
                "display": [
                    {
                        "name": "Ontario Micro-Credential",
                        "locale": "en",
                        "logo": {
                            "uri": "http://127.0.0.1:8003/static/logo.svg",
                            "alt_text": "Ontario Micro-Credentials logo",
                        },
                        "background_color": "#1a5a96",
                        "text_color": "#ffffff",
                    },
                    {
                        "name": "Microcertification de l'Ontario",
                        "locale": "fr",
                        "logo": {
                            "uri": "http://127.0.0.1:8003/static/logo.svg",
                            "alt_text": "Logo des Microcertifications de l'Ontario",
                        },
                        "background_color": "#1a5a96",
                        "text_color": "#ffffff",
                    },
                ],
            },
        },
        "omc_jwt_vc_json": {
            "format": "jwt_vc_json",
            "cryptographic_binding_methods_supported": [
                "did:key",
                "did:jwk",
                "jwk",
            ],
            "credential_signing_alg_values_supported": [
                "EdDSA",
            ],
            "proof_types_supported": {
                "jwt": {
                    "proof_signing_alg_values_supported": [
                        "EdDSA",
                        "Ed25519",
                        "ES256",
                    ],
                },
            },
            "credential_definition": {
                "type": [
                    "VerifiableCredential",
                    "OpenBadgeCredential",
                ],
            },
            "credential_metadata": {
                "display": [
                    {
                        "name": "Ontario Micro-Credential",
                        "locale": "en",
                        "logo": {
                            "uri": "http://127.0.0.1:8003/static/logo.svg",
                            "alt_text": "Ontario Micro-Credentials logo",
                        },
                        "background_color": "#1a5a96",
                        "text_color": "#ffffff",
                    },
                    {
                        "name": "Microcertification de l'Ontario",
                        "locale": "fr",
                        "logo": {
                            "uri": "http://127.0.0.1:8003/static/logo.svg",
                            "alt_text": "Logo des Microcertifications de l'Ontario",
                        },
                        "background_color": "#1a5a96",
                        "text_color": "#ffffff",
                    },
                ],
            },
        },
    },
}

# Open Badges 3.0 service description document (the discovery endpoint).
OB3_SERVICE_DESCRIPTION: Any = {
    "openapi": "3.0.1",
    "info": {
        "title": "Ontario Micro-Credentials: learner credentials (Open Badges 3.0 API)",
        "description": (
            "Credentials issued to a learner by Ontario institutions, and the ones their wallets add,"
            " for the wallets and hosts the learner authorises."
        ),
        "version": "3.0",
        "termsOfService": "http://127.0.0.1:8003/docs",
        "x-imssf-privacyPolicyUrl": "http://127.0.0.1:8003/docs",
    },
    "servers": [
        {
            "url": "http://127.0.0.1:8003/ims/ob/v3p0",
            "description": "Open Badges 3.0 API",
        },
    ],
    "tags": [
        {
            "name": "OpenBadgeCredentials",
        },
        {
            "name": "Profile",
        },
        {
            "name": "Discovery",
        },
    ],
    "paths": {
        "/credentials": {
            "get": {
                "operationId": "getCredentials",
                "summary": "The learner's OpenBadgeCredentials, paged",
                "security": [
                    {
                        "OAuth2ACG": [
                            "https://purl.imsglobal.org/spec/ob/v3p0/scope/credential.readonly",
                        ],
                    },
                ],
                "responses": {
                    "200": {
                        "description": "OK",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                },
                            },
                        },
                    },
                    "400": {
                        "description": "Imsx_StatusInfo",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                },
                            },
                        },
                    },
                    "401": {
                        "description": "Imsx_StatusInfo",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                },
                            },
                        },
                    },
                    "403": {
                        "description": "Imsx_StatusInfo",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                },
                            },
                        },
                    },
                    "405": {
                        "description": "Imsx_StatusInfo",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                },
                            },
                        },
                    },
                    "500": {
                        "description": "Imsx_StatusInfo",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                },
                            },
                        },
                    },
                },
            },
            "post": {
                "operationId": "upsertCredential",
                "summary": "Add or replace a credential in the learner's collection",
                "security": [
                    {
                        "OAuth2ACG": [
                            "https://purl.imsglobal.org/spec/ob/v3p0/scope/credential.upsert",
                        ],
                    },
                ],
                "responses": {
                    "200": {
                        "description": "OK",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                },
                            },
                        },
                    },
                    "201": {
                        "description": "Created",
                    },
                    "304": {
                        "description": "Not Modified",
                    },
                    "400": {
                        "description": "Imsx_StatusInfo",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                },
                            },
                        },
                    },
                    "401": {
                        "description": "Imsx_StatusInfo",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                },
                            },
                        },
                    },
                    "403": {
                        "description": "Imsx_StatusInfo",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                },
                            },
                        },
                    },
                    "405": {
                        "description": "Imsx_StatusInfo",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                },
                            },
                        },
                    },
                    "500": {
                        "description": "Imsx_StatusInfo",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                },
                            },
                        },
                    },
                },
            },
        },
        "/profile": {
            "get": {
                "operationId": "getProfile",
                "summary": "The learner's profile",
                "security": [
                    {
                        "OAuth2ACG": [
                            "https://purl.imsglobal.org/spec/ob/v3p0/scope/profile.readonly",
                        ],
                    },
                ],
                "responses": {
                    "200": {
                        "description": "OK",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                },
                            },
                        },
                    },
                    "400": {
                        "description": "Imsx_StatusInfo",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                },
                            },
                        },
                    },
                    "401": {
                        "description": "Imsx_StatusInfo",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                },
                            },
                        },
                    },
                    "403": {
                        "description": "Imsx_StatusInfo",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                },
                            },
                        },
                    },
                    "405": {
                        "description": "Imsx_StatusInfo",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                },
                            },
                        },
                    },
                    "500": {
                        "description": "Imsx_StatusInfo",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                },
                            },
                        },
                    },
                },
            },
            "put": {
                "operationId": "putProfile",
                "summary": "Replace the learner's profile",
                "security": [
                    {
                        "OAuth2ACG": [
                            "https://purl.imsglobal.org/spec/ob/v3p0/scope/profile.update",
                        ],
                    },
                ],
                "responses": {
                    "200": {
                        "description": "OK",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                },
                            },
                        },
                    },
                    "400": {
                        "description": "Imsx_StatusInfo",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                },
                            },
                        },
                    },
                    "401": {
                        "description": "Imsx_StatusInfo",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                },
                            },
                        },
                    },
                    "403": {
                        "description": "Imsx_StatusInfo",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                },
                            },
                        },
                    },
                    "405": {
                        "description": "Imsx_StatusInfo",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                },
                            },
                        },
                    },
                    "500": {
                        "description": "Imsx_StatusInfo",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                },
                            },
                        },
                    },
                },
            },
        },
        "/discovery": {
            "get": {
                "operationId": "getServiceDescription",
                "security": [],
                "responses": {
                    "200": {
                        "description": "OK",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                },
                            },
                        },
                    },
                },
            },
        },
    },
    "components": {
        "securitySchemes": {
            "OAuth2ACG": {
                "type": "oauth2",
                "description": "OAuth 2.0 Authorization Code Grant authorization (PKCE S256 required)",
                "x-imssf-name": "Ontario Micro-Credentials",
                "x-imssf-privacyPolicyUrl": "http://127.0.0.1:8003/docs",
                "x-imssf-registrationUrl": "http://127.0.0.1:8003/ims/ob/v3p0/auth/register",
                "x-imssf-termsOfServiceUrl": "http://127.0.0.1:8003/docs",
                "x-omc-revocationUrl": "http://127.0.0.1:8003/ims/ob/v3p0/auth/revoke",
                "flows": {
                    "authorizationCode": {
                        "authorizationUrl": "http://127.0.0.1:8003/ims/ob/v3p0/auth/authorize",
                        "tokenUrl": "http://127.0.0.1:8003/ims/ob/v3p0/auth/token",
                        "refreshUrl": "http://127.0.0.1:8003/ims/ob/v3p0/auth/token",
                        "scopes": {
                            "https://purl.imsglobal.org/spec/ob/v3p0/scope/credential.readonly": (
                                "Permission to read OpenBadgeCredentials for the authenticated entity."
                            ),
                            "https://purl.imsglobal.org/spec/ob/v3p0/scope/credential.upsert": (
                                "Permission to create or update OpenBadgeCredentials for the authenti"
                                "cated entity."
                            ),
                            "https://purl.imsglobal.org/spec/ob/v3p0/scope/profile.readonly": (
                                "Permission to read the profile for the authenticated entity."
                            ),
                            "https://purl.imsglobal.org/spec/ob/v3p0/scope/profile.update": (
                                "Permission to update the profile for the authenticated entity."
                            ),
                        },
                    },
                },
            },
        },
        "schemas": {},
    },
}

# getCredentials with limit=1, by a wallet the learner (amara.okafor@example.ca) authorised.
OB3_CREDENTIALS_PAGE: Any = {
    "credential": [
        {
            "id": "urn:uuid:73d0e2e5-1cb6-4e0f-8408-ce11f212a0da",
            "name": "Francophone health services in Ontario",
            "type": [
                "VerifiableCredential",
                "OpenBadgeCredential",
            ],
            "proof": {
                "type": "DataIntegrityProof",
                "created": "2026-12-07T12:13:35Z",
                "proofValue": (
                    "z4srbHrQsGhHgAcDo7Mk6zfAZeR3t9H5AyZkQSzFFU4oDhCUaHRTzD6PpWsxNVjKN7wu1rR16VHeum2n"
                    "zKD8WUcWe"
                ),
                "cryptosuite": "eddsa-rdfc-2022",
                "proofPurpose": "assertionMethod",
                "verificationMethod": (
                    "did:web:127.0.0.1%3A8003:organisations:9dffdb2f-256e-4d82-8693-d2e8fdcffb3c#key-"
                    "20261207-d08087c15c3b"
                ),
            },
            "issuer": {
                "id": "did:web:127.0.0.1%3A8003:organisations:9dffdb2f-256e-4d82-8693-d2e8fdcffb3c",
                "name": "Georgian Bay University",
                "type": [
                    "Profile",
                ],
            },
            "@context": [
                "https://www.w3.org/ns/credentials/v2",
                "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
                "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json",
            ],
            "validFrom": "2026-12-07T12:13:35Z",
            "credentialSchema": [
                {
                    "id": (
                        "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcrede"
                        "ntial_schema.json"
                    ),
                    "type": "1EdTechJsonSchemaValidator2019",
                },
            ],
            "credentialStatus": {
                "id": ("http://127.0.0.1:8003/v1/status-lists/45e98e07-59d3-4143-be36-c395ec438d74#53499"),
                "type": "BitstringStatusListEntry",
                "statusPurpose": "suspension",
                "statusListIndex": "53499",
                "statusListCredential": (
                    "http://127.0.0.1:8003/v1/status-lists/45e98e07-59d3-4143-be36-c395ec438d74"
                ),
            },
            "credentialSubject": {
                "type": [
                    "AchievementSubject",
                ],
                "result": [
                    {
                        "type": [
                            "Result",
                        ],
                        "value": "B+",
                        "status": "Completed",
                        "resultDescription": "urn:uuid:051951d1-1f62-5783-bd63-5820ca763c6c",
                    },
                ],
                "identifier": [
                    {
                        "salt": "c457506dd146567da13fc8de529dc923",
                        "type": "IdentityObject",
                        "hashed": True,
                        "identityHash": (
                            "sha256$51831ee196c9825817ba60760eb68f2b481a43240a3e19c5020ba20171da6822"
                        ),
                        "identityType": "emailAddress",
                    },
                ],
                "achievement": {
                    "id": (
                        "http://127.0.0.1:8001/v1/catalogue/micro-credentials/c69ee48f-84d5-41af-949d"
                        "-fbe6c16d9f53/versions/1"
                    ),
                    "tag": [
                        "Ontario Micro-Credential",
                        "OMC qualification type: Ontario Micro-Credential (Bachelor's) (bac)",
                        "OQF level 10",
                        "2 instructional hours",
                    ],
                    "name": "Francophone health services in Ontario",
                    "type": [
                        "Achievement",
                    ],
                    "version": "1",
                    "criteria": {
                        "narrative": (
                            "Awarded on completing the micro-credential and demonstrating these learn"
                            "ing outcomes:\n1. Explain the obligations of designated agencies under th"
                            "e French Language Services Act.\nAssessment: assignment, exam; grading: l"
                            "etter.\nFrançais : Services de santé en français en Ontario.\n1. Expliquer"
                            " les obligations des organismes désignés en vertu de la Loi sur les serv"
                            "ices en français."
                        ),
                    },
                    "alignment": [
                        {
                            "type": [
                                "Alignment",
                            ],
                            "targetUrl": (
                                "https://noc.esdc.gc.ca/Structure/NocProfile?code=31300&version=2021.0"
                            ),
                            "targetCode": "31300",
                            "targetName": "NOC 2021 31300",
                            "targetFramework": "National Occupational Classification 2021",
                        },
                        {
                            "type": [
                                "Alignment",
                            ],
                            "targetUrl": ("https://www.statcan.gc.ca/en/subjects/standard/cip/2021/index"),
                            "targetCode": "51.2207",
                            "targetName": "CIP 2021 51.2207",
                            "targetFramework": "Classification of Instructional Programs (Canada) 2021",
                        },
                    ],
                    "humanCode": "GBU-109",
                    "inLanguage": "en",
                    "description": (
                        "Francophone health services in Ontario: a short, assessed course built with "
                        "employers for working learners."
                    ),
                    "fieldOfStudy": "Ontario Micro-Credential (Bachelor's)",
                    "achievementType": "MicroCredential",
                    "resultDescription": [
                        {
                            "id": "urn:uuid:051951d1-1f62-5783-bd63-5820ca763c6c",
                            "name": "Final grade",
                            "type": [
                                "ResultDescription",
                            ],
                            "resultType": "LetterGrade",
                        },
                    ],
                },
                "creditsEarned": 0.5,
                "activityEndDate": "2026-12-02T00:00:00Z",
            },
        },
    ],
}

# upsertCredential: another learner's credential Amara holds, verified and kept (201; a
# replacement answers 200 with the same document).
OB3_CREDENTIAL_KEPT: Any = {
    "id": "urn:uuid:4d3fdc58-a5c8-49ff-8205-ccee8712fe04",
    "name": "Grid substation fundamentals",
    "type": [
        "VerifiableCredential",
        "OpenBadgeCredential",
    ],
    "proof": {
        "type": "DataIntegrityProof",
        "created": "2026-12-07T12:14:22Z",
        "proofValue": (
            "z5EMiQSJ33XUKVSwfVoQELP8c8ah725g55uJ1j4nasE3s6PgRyaLJ8vrEw5dbkVA4XqrzxhEXoijLx7cZXvXHvUbz"
        ),
        "cryptosuite": "eddsa-rdfc-2022",
        "proofPurpose": "assertionMethod",
        "verificationMethod": (
            "did:web:127.0.0.1%3A8003:organisations:13b86ed9-10a6-4fa5-968a-811622ea0928#key-20261207"
            "-e9e94728cc28"
        ),
    },
    "issuer": {
        "id": "did:web:127.0.0.1%3A8003:organisations:13b86ed9-10a6-4fa5-968a-811622ea0928",
        "name": "Lakeshore College of Applied Arts and Technology",
        "type": [
            "Profile",
        ],
    },
    "@context": [
        "https://www.w3.org/ns/credentials/v2",
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
        "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json",
    ],
    "validFrom": "2026-12-07T12:14:22Z",
    "credentialSchema": [
        {
            "id": (
                "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_sc"
                "hema.json"
            ),
            "type": "1EdTechJsonSchemaValidator2019",
        },
    ],
    "credentialStatus": {
        "id": "http://127.0.0.1:8003/v1/status-lists/8e09c0b1-12a2-43e5-abf7-8db5ff23dbb5#77929",
        "type": "BitstringStatusListEntry",
        "statusPurpose": "suspension",
        "statusListIndex": "77929",
        "statusListCredential": (
            "http://127.0.0.1:8003/v1/status-lists/8e09c0b1-12a2-43e5-abf7-8db5ff23dbb5"
        ),
    },
    "credentialSubject": {
        "type": [
            "AchievementSubject",
        ],
        "result": [
            {
                "type": [
                    "Result",
                ],
                "value": "A",
                "status": "Completed",
                "resultDescription": "urn:uuid:c22c86de-0ff2-5c61-bc3b-267660bf41e1",
            },
            {
                "type": [
                    "Result",
                ],
                "status": "Completed",
                "resultDescription": "urn:uuid:b09848f5-1ef7-5887-a25b-055be81dd60d",
            },
        ],
        "identifier": [
            {
                "salt": "95fccd43664f0c7c2d4dd47c929cffbf",
                "type": "IdentityObject",
                "hashed": True,
                "identityHash": ("sha256$24e45b1475dd0e1e66a8d9b948e8ac4926d42d8990b29c82defc2567dc74fd5e"),
                "identityType": "emailAddress",
            },
        ],
        "achievement": {
            "id": (
                "http://127.0.0.1:8001/v1/catalogue/micro-credentials/b9ba966b-5c3f-40e8-9822-999c5f7"
                "9c026/versions/1"
            ),
            "tag": [
                "Ontario Micro-Credential",
                "OMC qualification type: Ontario Micro-Credential (Diploma) (dip)",
                "OQF level 7",
                "45 instructional hours",
            ],
            "name": "Grid substation fundamentals",
            "type": [
                "Achievement",
            ],
            "creator": {
                "id": "did:web:127.0.0.1%3A8003:organisations:66c4e5f6-c524-4ecb-a423-f42e47df7ff8",
                "name": "Northern Grid Power Corporation",
                "type": [
                    "Profile",
                ],
            },
            "version": "1",
            "criteria": {
                "narrative": (
                    "Awarded on completing the micro-credential and demonstrating these learning outc"
                    "omes:\n1. Interpret single-line diagrams of a distribution substation.\nAssessment"
                    ": portfolio; grading: competency levels.\nFrançais : Notions de base des postes é"
                    "lectriques.\n1. Interpréter les schémas unifilaires d'un poste de distribution."
                ),
            },
            "alignment": [
                {
                    "type": [
                        "Alignment",
                    ],
                    "targetUrl": ("https://noc.esdc.gc.ca/Structure/NocProfile?code=72201&version=2021.0"),
                    "targetCode": "72201",
                    "targetName": "NOC 2021 72201",
                    "targetFramework": "National Occupational Classification 2021",
                },
                {
                    "type": [
                        "Alignment",
                    ],
                    "targetUrl": "https://www.statcan.gc.ca/en/subjects/standard/cip/2021/index",
                    "targetCode": "15.0303",
                    "targetName": "CIP 2021 15.0303",
                    "targetFramework": "Classification of Instructional Programs (Canada) 2021",
                },
            ],
            "humanCode": "LKC-112",
            "inLanguage": "en",
            "description": (
                "Grid substation fundamentals: a short, assessed course built with employers for work"
                "ing learners."
            ),
            "endorsement": [
                {
                    "id": "urn:uuid:637b9670-d667-4953-bea0-574b1cac41a8",
                    "name": ("Co-award of Grid substation fundamentals by Northern Grid Power Corporation"),
                    "type": [
                        "VerifiableCredential",
                        "EndorsementCredential",
                    ],
                    "proof": {
                        "type": "DataIntegrityProof",
                        "created": "2026-12-07T12:14:22Z",
                        "proofValue": (
                            "z5yWdDkpTStVFYtWLUJkhLu5Ln2YtEJZEGyeqSbPAjkPRbxMGK3WfZgyNpSbpWeHTgQ1m2tZ"
                            "ks5m69uaHbcouJs3a"
                        ),
                        "cryptosuite": "eddsa-rdfc-2022",
                        "proofPurpose": "assertionMethod",
                        "verificationMethod": (
                            "did:web:127.0.0.1%3A8003:organisations:66c4e5f6-c524-4ecb-a423-f42e47df7"
                            "ff8#key-20261207-f29cc6cfb80a"
                        ),
                    },
                    "issuer": {
                        "id": ("did:web:127.0.0.1%3A8003:organisations:66c4e5f6-c524-4ecb-a423-f42e47df7ff8"),
                        "name": "Northern Grid Power Corporation",
                        "type": [
                            "Profile",
                        ],
                    },
                    "@context": [
                        "https://www.w3.org/ns/credentials/v2",
                        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
                    ],
                    "validFrom": "2026-12-07T12:14:22Z",
                    "credentialSubject": {
                        "id": (
                            "http://127.0.0.1:8001/v1/catalogue/micro-credentials/b9ba966b-5c3f-40e8-"
                            "9822-999c5f79c026/versions/1"
                        ),
                        "type": [
                            "EndorsementSubject",
                        ],
                        "endorsementComment": (
                            "Co-awarded by Northern Grid Power Corporation with Lakeshore College of "
                            "Applied Arts and Technology."
                        ),
                    },
                },
            ],
            "fieldOfStudy": "Ontario Micro-Credential (Diploma)",
            "achievementType": "MicroCredential",
            "resultDescription": [
                {
                    "id": "urn:uuid:c22c86de-0ff2-5c61-bc3b-267660bf41e1",
                    "name": "Final grade",
                    "type": [
                        "ResultDescription",
                    ],
                    "resultType": "LetterGrade",
                },
                {
                    "id": "urn:uuid:b09848f5-1ef7-5887-a25b-055be81dd60d",
                    "name": "Interpret single-line diagrams of a distribution substation.",
                    "type": [
                        "ResultDescription",
                    ],
                    "resultType": "Status",
                },
            ],
        },
        "creditsEarned": 0.5,
        "activityEndDate": "2026-12-07T00:00:00Z",
    },
}

# getProfile.
OB3_PROFILE: Any = {
    "@context": [
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
    ],
    "type": [
        "Profile",
    ],
    "id": "urn:uuid:739eb766-1429-54e4-a1af-5b759397a822",
    "email": "amara.okafor@example.ca",
}

# putProfile with the name changed.
OB3_PROFILE_UPDATED: Any = {
    "@context": [
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
    ],
    "type": [
        "Profile",
    ],
    "id": "urn:uuid:739eb766-1429-54e4-a1af-5b759397a822",
    "name": "Amara Okafor",
    "email": "amara.okafor@example.ca",
}

# The download on the learner's page: the credential as issued.
LEARNER_CREDENTIAL: Any = {
    "id": "urn:uuid:73d0e2e5-1cb6-4e0f-8408-ce11f212a0da",
    "name": "Francophone health services in Ontario",
    "type": [
        "VerifiableCredential",
        "OpenBadgeCredential",
    ],
    "proof": {
        "type": "DataIntegrityProof",
        "created": "2026-12-07T12:13:35Z",
        "proofValue": (
            "z4srbHrQsGhHgAcDo7Mk6zfAZeR3t9H5AyZkQSzFFU4oDhCUaHRTzD6PpWsxNVjKN7wu1rR16VHeum2nzKD8WUcWe"
        ),
        "cryptosuite": "eddsa-rdfc-2022",
        "proofPurpose": "assertionMethod",
        "verificationMethod": (
            "did:web:127.0.0.1%3A8003:organisations:9dffdb2f-256e-4d82-8693-d2e8fdcffb3c#key-20261207"
            "-d08087c15c3b"
        ),
    },
    "issuer": {
        "id": "did:web:127.0.0.1%3A8003:organisations:9dffdb2f-256e-4d82-8693-d2e8fdcffb3c",
        "name": "Georgian Bay University",
        "type": [
            "Profile",
        ],
    },
    "@context": [
        "https://www.w3.org/ns/credentials/v2",
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
        "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json",
    ],
    "validFrom": "2026-12-07T12:13:35Z",
    "credentialSchema": [
        {
            "id": (
                "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_sc"
                "hema.json"
            ),
            "type": "1EdTechJsonSchemaValidator2019",
        },
    ],
    "credentialStatus": {
        "id": "http://127.0.0.1:8003/v1/status-lists/45e98e07-59d3-4143-be36-c395ec438d74#53499",
        "type": "BitstringStatusListEntry",
        "statusPurpose": "suspension",
        "statusListIndex": "53499",
        "statusListCredential": (
            "http://127.0.0.1:8003/v1/status-lists/45e98e07-59d3-4143-be36-c395ec438d74"
        ),
    },
    "credentialSubject": {
        "type": [
            "AchievementSubject",
        ],
        "result": [
            {
                "type": [
                    "Result",
                ],
                "value": "B+",
                "status": "Completed",
                "resultDescription": "urn:uuid:051951d1-1f62-5783-bd63-5820ca763c6c",
            },
        ],
        "identifier": [
            {
                "salt": "c457506dd146567da13fc8de529dc923",
                "type": "IdentityObject",
                "hashed": True,
                "identityHash": ("sha256$51831ee196c9825817ba60760eb68f2b481a43240a3e19c5020ba20171da6822"),
                "identityType": "emailAddress",
            },
        ],
        "achievement": {
            "id": (
                "http://127.0.0.1:8001/v1/catalogue/micro-credentials/c69ee48f-84d5-41af-949d-fbe6c16"
                "d9f53/versions/1"
            ),
            "tag": [
                "Ontario Micro-Credential",
                "OMC qualification type: Ontario Micro-Credential (Bachelor's) (bac)",
                "OQF level 10",
                "2 instructional hours",
            ],
            "name": "Francophone health services in Ontario",
            "type": [
                "Achievement",
            ],
            "version": "1",
            "criteria": {
                "narrative": (
                    "Awarded on completing the micro-credential and demonstrating these learning outc"
                    "omes:\n1. Explain the obligations of designated agencies under the French Languag"
                    "e Services Act.\nAssessment: assignment, exam; grading: letter.\nFrançais : Servic"
                    "es de santé en français en Ontario.\n1. Expliquer les obligations des organismes "
                    "désignés en vertu de la Loi sur les services en français."
                ),
            },
            "alignment": [
                {
                    "type": [
                        "Alignment",
                    ],
                    "targetUrl": ("https://noc.esdc.gc.ca/Structure/NocProfile?code=31300&version=2021.0"),
                    "targetCode": "31300",
                    "targetName": "NOC 2021 31300",
                    "targetFramework": "National Occupational Classification 2021",
                },
                {
                    "type": [
                        "Alignment",
                    ],
                    "targetUrl": "https://www.statcan.gc.ca/en/subjects/standard/cip/2021/index",
                    "targetCode": "51.2207",
                    "targetName": "CIP 2021 51.2207",
                    "targetFramework": "Classification of Instructional Programs (Canada) 2021",
                },
            ],
            "humanCode": "GBU-109",
            "inLanguage": "en",
            "description": (
                "Francophone health services in Ontario: a short, assessed course built with employer"
                "s for working learners."
            ),
            "fieldOfStudy": "Ontario Micro-Credential (Bachelor's)",
            "achievementType": "MicroCredential",
            "resultDescription": [
                {
                    "id": "urn:uuid:051951d1-1f62-5783-bd63-5820ca763c6c",
                    "name": "Final grade",
                    "type": [
                        "ResultDescription",
                    ],
                    "resultType": "LetterGrade",
                },
            ],
        },
        "creditsEarned": 0.5,
        "activityEndDate": "2026-12-02T00:00:00Z",
    },
}

# The credential endpoint's answer for `omc_ldp_vc`, bound to the wallet's did:jwk; the deferred
# endpoint answers the same document once a deferred credential is ready (OpenID4VCI 1.0, 9.2).
OID4VCI_CREDENTIAL_LDP_VC: Any = {
    "credentials": [
        {
            "credential": {
                "id": "urn:uuid:cf2f6ac8-8bfe-4f78-8518-b122d82d97bf",
                "name": "Workplace electrical safety",
                "type": [
                    "VerifiableCredential",
                    "OpenBadgeCredential",
                ],
                "issuer": {
                    "id": "did:web:127.0.0.1%3A8003:organisations:13b86ed9-10a6-4fa5-968a-811622ea0928",
                    "name": "Lakeshore College of Applied Arts and Technology",
                    "type": [
                        "Profile",
                    ],
                },
                "@context": [
                    "https://www.w3.org/ns/credentials/v2",
                    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
                    "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json",
                ],
                "validFrom": "2026-12-07T12:13:34Z",
                "credentialSchema": [
                    {
                        "id": (
                            "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementc"
                            "redential_schema.json"
                        ),
                        "type": "1EdTechJsonSchemaValidator2019",
                    },
                ],
                "credentialStatus": {
                    "id": (
                        "http://127.0.0.1:8003/v1/status-lists/8e09c0b1-12a2-43e5-abf7-8db5ff23dbb5#80096"
                    ),
                    "type": "BitstringStatusListEntry",
                    "statusPurpose": "suspension",
                    "statusListIndex": "80096",
                    "statusListCredential": (
                        "http://127.0.0.1:8003/v1/status-lists/8e09c0b1-12a2-43e5-abf7-8db5ff23dbb5"
                    ),
                },
                "credentialSubject": {
                    "id": (
                        "did:jwk:eyJjcnYiOiJFZDI1NTE5Iiwia3R5IjoiT0tQIiwieCI6IjE1andtT3lGR0NhLWd1aTk5"
                        "WUxoVFZBSXFqZ2traGpwLS1wclpudVlQc0UifQ"
                    ),
                    "type": [
                        "AchievementSubject",
                    ],
                    "result": [
                        {
                            "type": [
                                "Result",
                            ],
                            "value": "A",
                            "status": "Completed",
                            "resultDescription": "urn:uuid:7e3c64ce-560f-5869-9cea-c39d9b5d632d",
                        },
                        {
                            "type": [
                                "Result",
                            ],
                            "status": "Completed",
                            "resultDescription": "urn:uuid:28e04273-376b-5251-8500-f8c50c91bfe7",
                        },
                    ],
                    "identifier": [
                        {
                            "salt": "1aafaec7a0e729a048a413d16c1cd5f1",
                            "type": "IdentityObject",
                            "hashed": True,
                            "identityHash": (
                                "sha256$919ccbc940b4af19c96c94a204cf9b98c8afc6230d7fb7346baa1caf7a40b31d"
                            ),
                            "identityType": "emailAddress",
                        },
                    ],
                    "achievement": {
                        "id": (
                            "http://127.0.0.1:8001/v1/catalogue/micro-credentials/0df98828-494e-4a92-"
                            "82f1-d79773b116f7/versions/1"
                        ),
                        "tag": [
                            "Ontario Micro-Credential",
                            "OMC qualification type: Ontario Micro-Credential (Certificate) (cert)",
                            "OQF level 1",
                            "30 instructional hours",
                        ],
                        "name": "Workplace electrical safety",
                        "type": [
                            "Achievement",
                        ],
                        "version": "1",
                        "criteria": {
                            "narrative": (
                                "Awarded on completing the micro-credential and demonstrating these l"
                                "earning outcomes:\n1. Apply lockout and tagout procedures to low-volt"
                                "age equipment.\nAssessment: quiz, project; grading: percentage.\nFranç"
                                "ais : Sécurité électrique en milieu de travail.\n1. Appliquer les pro"
                                "cédures de cadenassage à l'équipement basse tension."
                            ),
                        },
                        "alignment": [
                            {
                                "type": [
                                    "Alignment",
                                ],
                                "targetUrl": (
                                    "https://noc.esdc.gc.ca/Structure/NocProfile?code=72200&version=2021.0"
                                ),
                                "targetCode": "72200",
                                "targetName": "NOC 2021 72200",
                                "targetFramework": "National Occupational Classification 2021",
                            },
                            {
                                "type": [
                                    "Alignment",
                                ],
                                "targetUrl": (
                                    "https://www.statcan.gc.ca/en/subjects/standard/cip/2021/index"
                                ),
                                "targetCode": "46.0302",
                                "targetName": "CIP 2021 46.0302",
                                "targetFramework": ("Classification of Instructional Programs (Canada) 2021"),
                            },
                        ],
                        "humanCode": "LKC-101",
                        "inLanguage": "en",
                        "description": (
                            "Workplace electrical safety: a short, assessed course built with employe"
                            "rs for working learners."
                        ),
                        "fieldOfStudy": "Ontario Micro-Credential (Certificate)",
                        "achievementType": "MicroCredential",
                        "resultDescription": [
                            {
                                "id": "urn:uuid:7e3c64ce-560f-5869-9cea-c39d9b5d632d",
                                "name": "Final grade",
                                "type": [
                                    "ResultDescription",
                                ],
                                "resultType": "LetterGrade",
                            },
                            {
                                "id": "urn:uuid:28e04273-376b-5251-8500-f8c50c91bfe7",
                                "name": "Apply lockout and tagout procedures to low-voltage equipment.",
                                "type": [
                                    "ResultDescription",
                                ],
                                "resultType": "Status",
                            },
                        ],
                    },
                    "creditsEarned": 0.5,
                    "activityEndDate": "2026-11-20T00:00:00Z",
                },
                "proof": {
                    "type": "DataIntegrityProof",
                    "cryptosuite": "eddsa-rdfc-2022",
                    "created": "2026-12-07T12:14:08Z",
                    "verificationMethod": (
                        "did:web:127.0.0.1%3A8003:organisations:13b86ed9-10a6-4fa5-968a-811622ea0928#"
                        "key-20261207-e9e94728cc28"
                    ),
                    "proofPurpose": "assertionMethod",
                    "proofValue": (
                        "z5PGYH2WvrScFvhS2JBVUchgF9BQPANv67rrBPU5UpST68CxoiUKawus49aT5YWBtqQRjbLJnSNG"
                        "Rv7XBwky4s6Gr"
                    ),
                },
            },
        },
    ],
}
