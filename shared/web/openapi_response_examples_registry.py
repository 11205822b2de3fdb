"""Examples of the registry's success answers, by operationId and status (and media type when not
JSON): a micro-credential of Lakeshore College through its lifecycle, its catalogue entry and the
reference data, as the platform answered them (captured from a running platform, then trimmed)."""

from __future__ import annotations

from typing import Any

# Lakeshore College, a designated DOMCI (an Ontario public college assessed by OCQAS).
_ORGANISATION: Any = {
    "id": "61f29506-aa89-42f0-950c-059108b7eb34",
    "slug": "lakeshore-college",
    "kind": "institution",
    "provider_type": "ontario_public_college",
    "eqaa_slug": "ocqas",
    "ctid": "ce-790f73e8-d08d-43ec-a028-4f0e48a127f2",
    "name_en": "Lakeshore College",
    "name_fr": "Collège Lakeshore",
    "website": "https://lakeshore.example",
    "city": "Toronto",
    "province": "ON",
    "country": "CA",
    "approved_qualification_types": ["app", "cert", "dip", "postdip"],
    "created_at": "2026-12-07T07:00:28.964942Z",
    "updated_at": "2026-12-07T07:00:30.223200Z",
}

# Version 1 of its micro-credential, published.
_VERSION: Any = {
    "micro_credential_id": "225097c6-d558-4ffb-9597-379128cb742f",
    "version": 1,
    "status": "published",
    "iqap": True,
    "metadata": {
        "title": {"en": "Welding safety", "fr": "Sécurité en soudage"},
        "description": {"en": "Safe practice in a welding shop.", "fr": "La sécurité dans un atelier."},
        "languages_of_instruction": ["en", "fr"],
        "qualification_type": "cert",
        "instructional_hours": "30",
        "hours_rationale": None,
        "learner_effort_hours": "45",
        "duration_weeks": None,
        "learning_outcomes": [
            {
                "statement": {"en": "Apply lockout procedures.", "fr": "Appliquer le cadenassage."},
                "competencies": [
                    {"framework": "ESCO", "uri": "http://data.europa.eu/esco/skill/abc", "label": "lockout"}
                ],
            }
        ],
        "assessment": {
            "methods": [
                {"type": "exam", "description": None, "weight_percent": "40"},
                {"type": "practical_demonstration", "description": None, "weight_percent": "60"},
            ],
            "grading_scheme": "percentage",
            "summative": True,
        },
        "prerequisites": "None.",
        "ideal_learner_profile": None,
        "delivery_modes": ["hybrid"],
        "formats": ["cohort"],
        "noc_codes": ["72106"],
        "cip_codes": ["48.0508"],
        "price": {"amount": "450.00", "currency": "CAD"},
        "osap_eligible": False,
        "offerings": [
            {
                "start_date": "2027-01-11",
                "end_date": "2027-03-05",
                "delivery_mode": "hybrid",
                "location": None,
            }
        ],
        "partners": [],
        "endorsements": [
            {
                "endorser_name": "Ontario Welders Guild",
                "endorser_type": "industry_association",
                "organisation_id": None,
                "attests": "Meets the guild's safety expectations.",
            }
        ],
        "url": "https://lakeshore.example/micro-credentials/welding-safety",
    },
    "derived": {"hours_outside_guideline": False, "teer_categories": [2], "oqf_level": 1},
    "approval_reference": "qa ledger entry 7",
    "submitted_at": "2026-12-07T07:00:30.314814Z",
    "approved_at": "2026-12-07T00:00:00Z",
    "published_at": "2026-12-07T07:00:30.566043Z",
    "created_at": "2026-12-07T07:00:30.251758Z",
    "updated_at": "2026-12-07T07:00:30.559002Z",
}

_MICRO_CREDENTIAL: Any = {
    "id": "225097c6-d558-4ffb-9597-379128cb742f",
    "organisation_id": "61f29506-aa89-42f0-950c-059108b7eb34",
    "course_code": "MC-e0f762",
    "published_version": 1,
    "versions": [
        {
            "micro_credential_id": "225097c6-d558-4ffb-9597-379128cb742f",
            "version": 1,
            "status": "published",
            "iqap": True,
            "metadata": {
                "title": {"en": "Welding safety", "fr": "Sécurité en soudage"},
                "description": {
                    "en": "Safe practice in a welding shop.",
                    "fr": "La sécurité dans un atelier.",
                },
                "languages_of_instruction": ["en", "fr"],
                "qualification_type": "cert",
                "instructional_hours": "30",
                "hours_rationale": None,
                "learner_effort_hours": "45",
                "duration_weeks": None,
                "learning_outcomes": [
                    {
                        "statement": {"en": "Apply lockout procedures.", "fr": "Appliquer le cadenassage."},
                        "competencies": [
                            {
                                "framework": "ESCO",
                                "uri": "http://data.europa.eu/esco/skill/abc",
                                "label": "lockout",
                            }
                        ],
                    }
                ],
                "assessment": {
                    "methods": [
                        {"type": "exam", "description": None, "weight_percent": "40"},
                        {"type": "practical_demonstration", "description": None, "weight_percent": "60"},
                    ],
                    "grading_scheme": "percentage",
                    "summative": True,
                },
                "prerequisites": "None.",
                "ideal_learner_profile": None,
                "delivery_modes": ["hybrid"],
                "formats": ["cohort"],
                "noc_codes": ["72106"],
                "cip_codes": ["48.0508"],
                "price": {"amount": "450.00", "currency": "CAD"},
                "osap_eligible": False,
                "offerings": [
                    {
                        "start_date": "2027-01-11",
                        "end_date": "2027-03-05",
                        "delivery_mode": "hybrid",
                        "location": None,
                    }
                ],
                "partners": [],
                "endorsements": [
                    {
                        "endorser_name": "Ontario Welders Guild",
                        "endorser_type": "industry_association",
                        "organisation_id": None,
                        "attests": "Meets the guild's safety expectations.",
                    }
                ],
                "url": "https://lakeshore.example/micro-credentials/welding-safety",
            },
            "derived": {"hours_outside_guideline": False, "teer_categories": [2], "oqf_level": 1},
            "approval_reference": "qa ledger entry 7",
            "submitted_at": "2026-12-07T07:00:30.314814Z",
            "approved_at": "2026-12-07T00:00:00Z",
            "published_at": "2026-12-07T07:00:30.566043Z",
            "created_at": "2026-12-07T07:00:30.251758Z",
            "updated_at": "2026-12-07T07:00:30.559002Z",
        }
    ],
}

_CATALOGUE_ITEM: Any = {
    "id": "225097c6-d558-4ffb-9597-379128cb742f",
    "version": 1,
    "course_code": "MC-e0f762",
    "provider": {
        "id": "61f29506-aa89-42f0-950c-059108b7eb34",
        "slug": "lakeshore-college",
        "name_en": "Lakeshore College",
        "name_fr": "Collège Lakeshore",
        "provider_type": "ontario_public_college",
        "eqaa_slug": "ocqas",
        "ctid": "ce-790f73e8-d08d-43ec-a028-4f0e48a127f2",
        "in_good_standing": True,
    },
    "title": {"en": "Welding safety", "fr": "Sécurité en soudage"},
    "qualification": {
        "code": "cert",
        "abbreviation_en": "OMC (Cert)",
        "abbreviation_fr": "MCO (Cert)",
        "name_en": "Ontario Micro-Credential (Certificate)",
        "name_fr": "Microcertification de l'Ontario (certificat)",
        "oqf_level": 1,
    },
    "omc_mark": True,
    "omc_plus": False,
    "has_current_offering": True,
    "hours_outside_guideline": False,
    "teer_categories": [2],
    "profiles_met": ["eu", "australia", "omc", "ecampus", "oncat"],
    "credit_transfers": [],
    "partners": [],
    "metadata": {
        "title": {"en": "Welding safety", "fr": "Sécurité en soudage"},
        "description": {"en": "Safe practice in a welding shop.", "fr": "La sécurité dans un atelier."},
        "languages_of_instruction": ["en", "fr"],
        "qualification_type": "cert",
        "instructional_hours": "30",
        "hours_rationale": None,
        "learner_effort_hours": "45",
        "duration_weeks": None,
        "learning_outcomes": [
            {
                "statement": {"en": "Apply lockout procedures.", "fr": "Appliquer le cadenassage."},
                "competencies": [
                    {"framework": "ESCO", "uri": "http://data.europa.eu/esco/skill/abc", "label": "lockout"}
                ],
            }
        ],
        "assessment": {
            "methods": [
                {"type": "exam", "description": None, "weight_percent": "40"},
                {"type": "practical_demonstration", "description": None, "weight_percent": "60"},
            ],
            "grading_scheme": "percentage",
            "summative": True,
        },
        "prerequisites": "None.",
        "ideal_learner_profile": None,
        "delivery_modes": ["hybrid"],
        "formats": ["cohort"],
        "noc_codes": ["72106"],
        "cip_codes": ["48.0508"],
        "price": {"amount": "450.00", "currency": "CAD"},
        "osap_eligible": False,
        "offerings": [
            {
                "start_date": "2027-01-11",
                "end_date": "2027-03-05",
                "delivery_mode": "hybrid",
                "location": None,
            }
        ],
        "partners": [],
        "endorsements": [
            {
                "endorser_name": "Ontario Welders Guild",
                "endorser_type": "industry_association",
                "organisation_id": None,
                "attests": "Meets the guild's safety expectations.",
            }
        ],
        "url": "https://lakeshore.example/micro-credentials/welding-safety",
    },
    "approval_reference": "qa ledger entry 7",
    "published_at": "2026-12-07T07:00:30.566043Z",
    "updated_at": "2026-12-07T07:00:30.559002Z",
}

# The same entry in CTDL (JSON-LD), the Credential Engine's vocabulary.
_CATALOGUE_CTDL: Any = {
    "@context": "https://credreg.net/ctdl/schema/context/json",
    "@id": ("http://127.0.0.1:8001/v1/catalogue/micro-credentials/225097c6-d558-4ffb-9597-379128cb742f"),
    "@type": "ceterms:MicroCredential",
    "ceterms:ctid": "ce-225097c6-d558-4ffb-9597-379128cb742f",
    "ceterms:name": {"en": "Welding safety", "fr": "Sécurité en soudage"},
    "ceterms:description": {"en": "Safe practice in a welding shop.", "fr": "La sécurité dans un atelier."},
    "ceterms:subjectWebpage": "https://lakeshore.example/micro-credentials/welding-safety",
    "ceterms:ownedBy": [
        {
            "@type": "ceterms:CredentialOrganization",
            "ceterms:ctid": "ce-790f73e8-d08d-43ec-a028-4f0e48a127f2",
            "ceterms:name": {"en": "Lakeshore College", "fr": "Collège Lakeshore"},
        }
    ],
    "ceterms:offeredBy": [
        {
            "@type": "ceterms:CredentialOrganization",
            "ceterms:ctid": "ce-790f73e8-d08d-43ec-a028-4f0e48a127f2",
            "ceterms:name": {"en": "Lakeshore College", "fr": "Collège Lakeshore"},
        }
    ],
    "ceterms:credentialStatusType": {
        "@type": "ceterms:CredentialAlignmentObject",
        "ceterms:targetNode": "credentialStat:Active",
    },
    "ceterms:inLanguage": ["en", "fr"],
    "ceterms:codedNotation": "MC-e0f762",
    "ceterms:alternateName": {"en": "OMC (Cert)", "fr": "MCO (Cert)"},
    "ceterms:keyword": {"en": ["OQF level 1"]},
    "ceterms:approvedBy": [
        {
            "@type": "ceterms:CredentialOrganization",
            "ceterms:ctid": "ce-790f73e8-d08d-43ec-a028-4f0e48a127f2",
            "ceterms:name": {"en": "Lakeshore College", "fr": "Collège Lakeshore"},
        }
    ],
    "ceterms:estimatedDuration": [{"@type": "ceterms:DurationProfile", "ceterms:exactDuration": "PT30H"}],
    "ceterms:learningDeliveryType": [
        {"@type": "ceterms:CredentialAlignmentObject", "ceterms:targetNode": "deliveryType:BlendedDelivery"}
    ],
    "ceterms:occupationType": [
        {
            "@type": "ceterms:CredentialAlignmentObject",
            "ceterms:framework": "https://noc.esdc.gc.ca/",
            "ceterms:frameworkName": {"en": "NOC 2021"},
            "ceterms:codedNotation": "72106",
        }
    ],
    "ceterms:instructionalProgramType": [
        {
            "@type": "ceterms:CredentialAlignmentObject",
            "ceterms:framework": "https://www.statcan.gc.ca/en/subjects/standard/cip/2021/index",
            "ceterms:frameworkName": {"en": "CIP Canada 2021"},
            "ceterms:codedNotation": "48.0508",
        }
    ],
    "ceterms:estimatedCost": [
        {"@type": "ceterms:CostProfile", "ceterms:price": "450.00", "ceterms:currency": "CAD"}
    ],
    "ceterms:requires": [
        {
            "@type": "ceterms:ConditionProfile",
            "ceterms:description": {"en": "None."},
            "ceterms:targetCompetency": [
                {
                    "@type": "ceterms:CredentialAlignmentObject",
                    "ceterms:targetNodeName": {
                        "en": "Apply lockout procedures.",
                        "fr": "Appliquer le cadenassage.",
                    },
                    "ceterms:targetNode": "http://data.europa.eu/esco/skill/abc",
                }
            ],
            "ceterms:assessmentDeliveryType": [
                {"@type": "ceterms:CredentialAlignmentObject", "ceterms:targetNodeName": {"en": "exam"}},
                {
                    "@type": "ceterms:CredentialAlignmentObject",
                    "ceterms:targetNodeName": {"en": "practical_demonstration"},
                },
            ],
        }
    ],
}

_DESIGNATION: Any = {
    "event_id": "b1b88da6-9b68-4b4a-96d3-55cef1b51516",
    "status": "designated",
    "effective_from": "2026-12-02",
    "effective_until": None,
    "decision_reference": (
        "MCU decision 'designated' b1b88da6-9b68-4b4a-96d3-55cef1b51516 "
        "(quality ledger entry 6; ocqas decision "
        "861fabf5-209d-402c-8904-c01f4b3959ee)"
    ),
    "recorded_at": "2026-12-07T07:00:30.065255Z",
}

_ENDORSEMENT_TERM: Any = {
    "decision_id": "861fabf5-209d-402c-8904-c01f4b3959ee",
    "term_start": "2026-11-17",
    "term_end": "2031-11-17",
    "superseded_on": None,
    "decision_reference": (
        "ocqas decision 'endorsed' 861fabf5-209d-402c-8904-c01f4b3959ee (quality ledger entry 4)"
    ),
    "recorded_at": "2026-12-07T07:00:29.805716Z",
}

_API_CLIENT: Any = {
    "client_id": "omc_33ec48eabe5693c30bdc",
    "organisation_id": "61f29506-aa89-42f0-950c-059108b7eb34",
    "name": "Lakeshore SIS (production)",
    "roles": ["sis"],
    "created_at": "2026-12-07T07:00:36.543507Z",
    "revoked_at": None,
    "client_secret": "w4h-g8tcPQLcx-l_hRYt3ZqTve6GkMNA5zdKkbRk6QI",
}


def _version(**changes: Any) -> dict[str, Any]:
    """Version 1 at another step of its lifecycle."""
    return {**_VERSION, **changes}


_UNSUBMITTED = {"submitted_at": None, "approved_at": None, "published_at": None, "approval_reference": None}
_DRAFT = _version(status="draft", **_UNSUBMITTED)
_SUBMITTED = _version(status="submitted", **{**_UNSUBMITTED, "submitted_at": _VERSION["submitted_at"]})
_APPROVED = _version(status="approved", published_at=None)
# A second micro-credential of the college, published the next day.
_INSPECTION_METADATA = {
    **_CATALOGUE_ITEM["metadata"],
    "title": {"en": "Welding inspection fundamentals", "fr": "Notions fondamentales d'inspection du soudage"},
    "description": {
        "en": "Visual inspection of welds to CSA W59 and W47.1.",
        "fr": "Inspection visuelle des soudures selon les normes CSA W59 et W47.1.",
    },
    "learning_outcomes": [
        {
            "statement": {
                "en": "Inspect welds against CSA W59 acceptance criteria.",
                "fr": "Inspecter des soudures selon les critères d'acceptation de la norme CSA W59.",
            },
            "competencies": [],
        }
    ],
    "endorsements": [],
    "url": "https://lakeshore.example/micro-credentials/welding-inspection",
}
_INSPECTION_ITEM = {
    **_CATALOGUE_ITEM,
    "id": "e4a91c2f-7b3d-4f08-8c65-0d2e9b4a7f13",
    "course_code": "MC-7f21a4",
    "title": _INSPECTION_METADATA["title"],
    "metadata": _INSPECTION_METADATA,
    "approval_reference": "qa ledger entry 9",
    "published_at": "2026-12-08T14:22:05.318220Z",
    "updated_at": "2026-12-08T14:22:05.316904Z",
}
# A university beside the college in the organisations list.
_UNIVERSITY = {
    **_ORGANISATION,
    "id": "a7c3e1f9-2b4d-4e8a-9f60-1d3b5c7e9a24",
    "slug": "northshore-university",
    "provider_type": "ontario_public_university",
    "eqaa_slug": "oucqa",
    "ctid": "ce-4b8e2d7a-91c3-4f5e-a6d0-2c9b7e1f3a58",
    "name_en": "Northshore University",
    "name_fr": "Université Northshore",
    "website": "https://northshore.example",
    "city": "Sudbury",
    "approved_qualification_types": ["bac", "ma"],
    "created_at": "2026-12-07T07:10:42.602311Z",
    "updated_at": "2026-12-07T07:10:42.602311Z",
}
_CREATED = {**_MICRO_CREDENTIAL, "published_version": None, "versions": [_DRAFT]}
_SECOND_DRAFT = _version(
    version=2,
    status="draft",
    **_UNSUBMITTED,
    created_at="2026-12-08T15:12:40.118204Z",
    updated_at="2026-12-08T15:12:40.118204Z",
)

REGISTRY_RESPONSE_EXAMPLES: dict[tuple[str, ...], Any] = {
    ("get_health", "200"): {"status": "ok", "service": "registry_api"},
    ("get_readiness", "200"): {
        "status": "ready",
        "service": "registry_api",
        "dependencies": {"database": "up"},
    },
    ("get_jwks", "200"): {
        "keys": [
            {
                "kty": "OKP",
                "crv": "Ed25519",
                "x": "ZOfkdkQsLYuKwn9gw6BNJNxpSBDWEYdWmKmxGd7HjUk",
                "kid": "20261207-4f0e47718339",
                "alg": "Ed25519",
                "use": "sig",
            }
        ]
    },
    ("list_token_signing_keys", "200"): [
        {"kid": "20261207-4f0e47718339", "created_at": "2026-12-07T07:00:28.481319Z", "retired_at": None},
        {"kid": "20261207-60435eef1490", "created_at": "2026-12-07T07:00:36.517027Z", "retired_at": None},
    ],
    ("rotate_token_signing_key", "201"): {
        "kid": "20261207-60435eef1490",
        "created_at": "2026-12-07T07:00:36.517027Z",
        "retired_at": None,
    },
    ("search_catalogue", "200"): {
        "items": [_CATALOGUE_ITEM, _INSPECTION_ITEM],
        "facets": [],
        "next_cursor": None,
    },
    ("get_catalogue_item", "200"): _CATALOGUE_ITEM,
    ("get_catalogue_item", "200", "application/ld+json"): _CATALOGUE_CTDL,
    ("get_catalogue_version", "200"): _CATALOGUE_ITEM,
    ("get_catalogue_version", "200", "application/ld+json"): _CATALOGUE_CTDL,
    ("list_catalogue_changes", "200"): {
        "changes": [
            {
                "seq": 1,
                "kind": "upsert",
                "micro_credential_id": "225097c6-d558-4ffb-9597-379128cb742f",
                "version": 1,
                "occurred_at": "2026-12-07T07:00:30.559002Z",
                "item": _CATALOGUE_ITEM,
            },
            {
                "seq": 2,
                "kind": "upsert",
                "micro_credential_id": _INSPECTION_ITEM["id"],
                "version": 1,
                "occurred_at": _INSPECTION_ITEM["updated_at"],
                "item": _INSPECTION_ITEM,
            },
        ],
        "next_cursor": "WzJd",
        "has_more": False,
    },
    ("create_micro_credential", "201"): _CREATED,
    ("get_micro_credential", "200"): _MICRO_CREDENTIAL,
    ("get_micro_credential_version", "200"): _VERSION,
    ("save_micro_credential_draft", "200"): _SECOND_DRAFT,
    ("submit_micro_credential_version", "200"): _SUBMITTED,
    ("withdraw_micro_credential_version", "200"): _DRAFT,
    ("approve_micro_credential_version", "200"): _APPROVED,
    ("publish_micro_credential_version", "200"): _VERSION,
    ("suspend_micro_credential", "200"): _version(
        status="suspended", updated_at="2026-12-09T10:02:11.514027Z"
    ),
    ("reinstate_micro_credential", "200"): _version(updated_at="2026-12-10T09:30:05.220145Z"),
    ("retire_micro_credential", "200"): _version(status="retired", updated_at="2027-06-30T21:00:00.000000Z"),
    ("add_credit_transfer", "201"): {
        "id": "7d2e9c41-0b8a-4f63-9e15-3a6c8d2f4b70",
        "micro_credential_id": "225097c6-d558-4ffb-9597-379128cb742f",
        "program": "Welding Techniques diploma",
        "credits": "0.5",
        "basis": "agreement",
        "receiving_institution_id": "61f29506-aa89-42f0-950c-059108b7eb34",
        "receiving_institution_name": "Lakeshore College",
        "valid_from": "2026-09-01",
        "valid_until": None,
        "created_at": "2026-12-08T10:41:27.530112Z",
    },
    ("get_version_conformance", "200"): {
        "micro_credential_id": "225097c6-d558-4ffb-9597-379128cb742f",
        "version": 1,
        "profiles": [
            {
                "profile": "eu",
                "title": ("EU Council Recommendation on micro-credentials (mandatory elements)"),
                "met": True,
                "present": [
                    "title",
                    "provider",
                    "learning_outcomes",
                    "workload_hours",
                    "level",
                    "assessment",
                    "delivery_mode",
                    "quality_assurance",
                ],
                "missing": [],
            },
            {
                "profile": "australia",
                "title": ("Australia's National Microcredentials Framework (critical information)"),
                "met": True,
                "present": [
                    "title",
                    "provider",
                    "description",
                    "dates_of_delivery",
                    "learning_outcomes",
                    "learner_effort",
                    "level",
                    "assessment",
                    "quality_assurance",
                    "delivery_mode",
                    "prerequisites",
                    "language",
                ],
                "missing": [],
            },
            {
                "profile": "omc",
                "title": "Ontario Micro-Credential framework",
                "met": True,
                "present": [
                    "level",
                    "workload_hours",
                    "hours_rationale",
                    "learning_outcomes",
                    "assessment",
                    "quality_assurance",
                ],
                "missing": [],
            },
            {
                "profile": "ecampus",
                "title": "eCampusOntario portal",
                "met": True,
                "present": [
                    "title",
                    "description",
                    "workload_hours",
                    "delivery_mode",
                    "dates_of_delivery",
                    "noc_codes",
                    "industry_endorsement",
                ],
                "missing": [],
            },
            {
                "profile": "oncat",
                "title": "ONCAT credit transfer",
                "met": True,
                "present": ["learning_outcomes", "assessment", "level", "workload_hours"],
                "missing": [],
            },
        ],
    },
    ("get_institution_conformance", "200"): {
        "organisation_id": "61f29506-aa89-42f0-950c-059108b7eb34",
        "micro_credentials": 1,
        "profiles": [
            {
                "profile": "eu",
                "title": ("EU Council Recommendation on micro-credentials (mandatory elements)"),
                "met": 1,
                "total": 1,
                "most_often_missing": [],
            },
            {
                "profile": "australia",
                "title": ("Australia's National Microcredentials Framework (critical information)"),
                "met": 1,
                "total": 1,
                "most_often_missing": [],
            },
            {
                "profile": "omc",
                "title": "Ontario Micro-Credential framework",
                "met": 1,
                "total": 1,
                "most_often_missing": [],
            },
            {
                "profile": "ecampus",
                "title": "eCampusOntario portal",
                "met": 1,
                "total": 1,
                "most_often_missing": [],
            },
            {
                "profile": "oncat",
                "title": "ONCAT credit transfer",
                "met": 1,
                "total": 1,
                "most_often_missing": [],
            },
        ],
    },
    ("import_micro_credentials", "200"): {
        "partial": True,
        "total": 3,
        "counts": {"created": 1, "updated": 0, "unchanged": 1, "rejected": 1},
        "rows": [
            {
                "row": 0,
                "line": None,
                "course_code": "MC-e0f762",
                "outcome": "unchanged",
                "micro_credential_id": "225097c6-d558-4ffb-9597-379128cb742f",
                "version": 1,
                "errors": [],
            },
            {
                "row": 1,
                "line": None,
                "course_code": "WELD-110",
                "outcome": "created",
                "micro_credential_id": "9bd5ec49-0f6c-421c-811d-98ed8b78d718",
                "version": 1,
                "errors": [],
            },
            {
                "row": 2,
                "line": None,
                "course_code": "WELD-400",
                "outcome": "rejected",
                "micro_credential_id": None,
                "version": None,
                "errors": [
                    {
                        "field": "body.items.2.metadata.qualification_type",
                        "message": (
                            "A ontario_public_college may not award bac (eligible: app, cert, dip, postdip)."
                        ),
                        "code": "not_eligible",
                    }
                ],
            },
        ],
    },
    ("list_organisations", "200"): {"items": [_ORGANISATION, _UNIVERSITY], "next_cursor": None},
    ("create_organisation", "201"): _ORGANISATION,
    ("get_organisation", "200"): _ORGANISATION,
    ("update_organisation", "200"): _ORGANISATION,
    ("set_approved_qualification_types", "200"): _ORGANISATION,
    ("list_api_clients", "200"): [{k: v for k, v in _API_CLIENT.items() if k != "client_secret"}],
    ("create_api_client", "201"): _API_CLIENT,
    ("revoke_api_client", "200"): {
        **{k: v for k, v in _API_CLIENT.items() if k != "client_secret"},
        "revoked_at": "2026-12-09T08:15:00.000000Z",
    },
    ("list_designations", "200"): [_DESIGNATION],
    ("apply_designation_event", "200"): _DESIGNATION,
    ("apply_endorsement_term", "200"): _ENDORSEMENT_TERM,
    ("get_domci_standing", "200"): {
        "on": "2026-12-07",
        "in_good_standing": True,
        "designation": _DESIGNATION,
        "endorsement_term": _ENDORSEMENT_TERM,
        "reason": None,
    },
    ("list_reference_data_versions", "200"): [
        {
            "name": "omc_framework",
            "version": "2023-peqab-framework.1",
            "checksum": "e5b0dc8b43bb5d0babdf436c180f0b824a7e6983a55affad519dd203ceec6467",
        }
    ],
    ("list_oqf_levels", "200"): [
        {
            "level": 1,
            "name_en": "Certificate I",
            "name_fr": "Certificat I",
            "typical_duration_en": "40 instructional hours",
        },
        {
            "level": 2,
            "name_en": "Certificate II",
            "name_fr": "Certificat II",
            "typical_duration_en": "240-500 instructional hours",
        },
        {
            "level": 3,
            "name_en": "Certificate of Apprenticeship",
            "name_fr": "Certificat d'apprentissage",
            "typical_duration_en": "Up to five years",
        },
    ],
    ("list_provider_types", "200"): [
        {
            "code": "ontario_public_college",
            "organisation_kind": "institution",
            "name_en": "Ontario public college",
            "name_fr": "Collège public de l'Ontario",
            "eqaa_slug": "ocqas",
            "eligible_qualification_types": ["cert", "app", "dip", "postdip"],
        },
        {
            "code": "ontario_public_university",
            "organisation_kind": "institution",
            "name_en": "Ontario public university",
            "name_fr": "Université publique de l'Ontario",
            "eqaa_slug": "oucqa",
            "eligible_qualification_types": ["bac", "ma", "doc"],
        },
    ],
    ("list_qualification_types", "200"): [
        {
            "code": "cert",
            "abbreviation_en": "OMC (Cert)",
            "abbreviation_fr": "MCO (Cert)",
            "name_en": "Ontario Micro-Credential (Certificate)",
            "name_fr": "Microcertification de l'Ontario (certificat)",
            "oqf_level": 1,
            "aligned_qualification_en": "Certificate I",
        },
        {
            "code": "app",
            "abbreviation_en": "OMC (App)",
            "abbreviation_fr": "MCO (App)",
            "name_en": "Ontario Micro-Credential (Apprenticeship)",
            "name_fr": "Microcertification de l'Ontario (apprentissage)",
            "oqf_level": 3,
            "aligned_qualification_en": "Apprenticeship",
        },
        {
            "code": "dip",
            "abbreviation_en": "OMC (Dip)",
            "abbreviation_fr": "MCO (Dip)",
            "name_en": "Ontario Micro-Credential (Diploma)",
            "name_fr": "Microcertification de l'Ontario (diplôme)",
            "oqf_level": 7,
            "aligned_qualification_en": "Diploma II",
        },
    ],
}
