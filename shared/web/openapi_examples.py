"""Request body examples for the contracts, by operationId and media type.

Kept here rather than on the wire models so one file shows what an integrator sends; each example is
checked against its operation's schema by tests/test_openapi_examples.py, so none can go stale.
"""

from __future__ import annotations

from typing import Any

from shared.web.openapi_examples_ob3 import OB3_EXAMPLES
from shared.web.openapi_examples_quality import QUALITY_EXAMPLES
from shared.web.openapi_response_examples_issuer import SIGNED_CREDENTIAL

_COLLEGE = "61f29506-aa89-42f0-950c-059108b7eb34"
_MICRO_CREDENTIAL = "225097c6-d558-4ffb-9597-379128cb742f"

_METADATA: dict[str, Any] = {
    "title": {"en": "Welding safety", "fr": "Sécurité en soudage"},
    "description": {"en": "Safe practice in a welding shop.", "fr": "La sécurité dans un atelier."},
    "qualification_type": "cert",
    "instructional_hours": "30",
    "learner_effort_hours": "45",
    "languages_of_instruction": ["en", "fr"],
    "learning_outcomes": [
        {"statement": {"en": "Apply lockout procedures.", "fr": "Appliquer le cadenassage."}}
    ],
    "assessment": {
        "methods": [
            {"type": "exam", "weight_percent": "40"},
            {"type": "practical_demonstration", "weight_percent": "60"},
        ],
        "grading_scheme": "percentage",
        "summative": True,
    },
    "delivery_modes": ["hybrid"],
    "noc_codes": ["72106"],
    "price": {"amount": "450.00", "currency": "CAD"},
    "url": "https://lakeshore.example/micro-credentials/welding-safety",
}

_COMPLETION: dict[str, Any] = {
    "sis_completion_id": "SIS-2026-000123",
    "learner": {"name": "Ada Learner", "email": "ada.learner@example.ca", "student_number": "300123456"},
    "micro_credential_id": _MICRO_CREDENTIAL,
    "version": 1,
    "completed_on": "2026-12-07",
    "result": {"status": "pass", "grade": "A", "outcomes": [{"outcome": 1, "achieved": True}]},
    "credits_earned": "0.5",
}

_COMPLETION_ID = "fe63d35a-42eb-4530-8bc0-9b8880f288d6"
_CREDENTIAL = "cc98279a-e5d8-48c4-ad36-6b656184fea4"
_STATUS_CHANGE = {"reason": "Awarded in error: the learner did not complete the final assessment."}

REQUEST_EXAMPLES: dict[str, dict[str, Any]] = {
    # registry_api
    "issue_token": {
        "application/x-www-form-urlencoded": {
            "grant_type": "client_credentials",
            "client_id": "omc_3n7Qx...",
            "client_secret": "s3cr3t...",
            "audience": "http://127.0.0.1:8003",
        }
    },
    "create_micro_credential": {
        "application/json": {"course_code": "WELD-101", "iqap": True, "metadata": _METADATA}
    },
    "save_micro_credential_draft": {"application/json": _METADATA},
    "import_micro_credentials": {
        "application/json": {"items": [{"course_code": "WELD-101", "iqap": True, "metadata": _METADATA}]},
        "text/csv": "course_code,iqap,title_en,title_fr,qualification_type,instructional_hours\n"
        "WELD-101,true,Welding safety,Sécurité en soudage,cert,30\n",
    },
    "add_credit_transfer": {
        "application/json": {
            "program": "Welding Techniques diploma",
            "credits": "0.5",
            "basis": "agreement",
            "receiving_institution_id": _COLLEGE,
            "valid_from": "2026-09-01",
        }
    },
    "create_organisation": {
        "application/json": {
            "slug": "lakeshore-college",
            "kind": "institution",
            "provider_type": "ontario_public_college",
            "name_en": "Lakeshore College",
            "name_fr": "Collège Lakeshore",
            "city": "Toronto",
            "province": "ON",
            "country": "CA",
            "website": "https://lakeshore.example",
        }
    },
    "update_organisation": {
        "application/json": {"name_fr": "Collège Lakeshore", "website": "https://lakeshore.example"}
    },
    "set_approved_qualification_types": {"application/json": {"qualification_types": ["cert", "dipl"]}},
    "create_api_client": {"application/json": {"name": "Lakeshore SIS (production)", "roles": ["sis"]}},
    # credential_issuer
    "receive_completions": {
        "application/json": {"completions": [_COMPLETION]},
        "text/csv": "sis_completion_id,learner_name,learner_email,micro_credential_id,version,"
        "completed_on,result\n"
        f"SIS-2026-000123,Ada Learner,ada.learner@example.ca,{_MICRO_CREDENTIAL},1,2026-12-07,pass\n",
    },
    "revoke_credential": {"application/json": _STATUS_CHANGE},
    "issue_credential": {"application/json": {"options": {"completionId": _COMPLETION_ID}}},
    "update_credential_status": {
        "application/json": {
            "credentialId": f"urn:uuid:{_CREDENTIAL}",
            "credentialStatus": [{"type": "BitstringStatusListEntry", "status": "suspended"}],
            "reason": "Under review by the registrar's office.",
        }
    },
    "verify_credential": {"application/json": {"verifiableCredential": SIGNED_CREDENTIAL}},
    "verify_presentation": {
        "application/json": {
            "verifiablePresentation": {
                "@context": ["https://www.w3.org/ns/credentials/v2"],
                "type": ["VerifiablePresentation"],
                "verifiableCredential": [SIGNED_CREDENTIAL],
                "proof": {
                    "type": "DataIntegrityProof",
                    "cryptosuite": "eddsa-rdfc-2022",
                    "challenge": "c-8f2e",
                },
            },
            "options": {"challenge": "c-8f2e", "domain": "employer.example"},
        }
    },
    # VC-API exchange: a wallet's first request is an empty object, then its DIDAuth presentation.
    "participate_in_exchange": {"application/json": {}},
    "verify_on_page": {
        "application/x-www-form-urlencoded": {"credential_json": '{"@context": [...], "proof": {...}}'},
        "multipart/form-data": {"credential_json": '{"@context": [...], "proof": {...}}'},
    },
    "request_learner_code": {
        "application/x-www-form-urlencoded": {"email": "ada.learner@example.ca", "next": "/learner"}
    },
    "check_learner_code": {
        "application/x-www-form-urlencoded": {
            "code_id": "6f1c2d9e-8a4b-4c3d-9e2f-1a2b3c4d5e6f",
            "code": "4821 9035",
            "email": "ada.learner@example.ca",
            "next": "/learner",
        }
    },
    "suspend_credential": {"application/json": {"reason": "Under review by the registrar's office."}},
    "unsuspend_credential": {"application/json": {"reason": "Review closed; the award stands."}},
}


def request_example(operation_id: str, media_type: str) -> Any | None:
    """The example body of ``operation_id`` in ``media_type``, if one is written here."""
    examples = (
        REQUEST_EXAMPLES.get(operation_id)
        or QUALITY_EXAMPLES.get(operation_id)
        or OB3_EXAMPLES.get(operation_id, {})
    )
    return examples.get(media_type)
