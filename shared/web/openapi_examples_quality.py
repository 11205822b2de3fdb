"""Request body examples for the quality ledger (qa_api) and the registry's internal events, by
operationId and media type; merged into the contracts with those of shared.web.openapi_examples."""

from __future__ import annotations

from typing import Any

_COLLEGE = "61f29506-aa89-42f0-950c-059108b7eb34"
_PARTNER = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"
_MICRO_CREDENTIAL = "225097c6-d558-4ffb-9597-379128cb742f"
_DECISION = "861fabf5-209d-402c-8904-c01f4b3959ee"


def _document(title: str) -> dict[str, Any]:
    return {
        "title": title,
        "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
        "url": f"https://lakeshore.example/iqap/{title.lower().replace(' ', '-')}.pdf",
    }


def _evidence(text: str) -> dict[str, Any]:
    return {"explanation": text, "documents": [_document("IQAP policy")]}


QUALITY_EXAMPLES: dict[str, dict[str, Any]] = {
    "open_review": {
        "application/json": {
            "institution_id": _COLLEGE,
            "cycle": "initial",
            "submitted_on": "2026-09-01",
            "submission": {
                "standard": _evidence("Our IQAP covers micro-credentials from design to cyclical review."),
                "benchmarks": {letter: _evidence(f"How benchmark {letter} is met.") for letter in "abcdefg"},
            },
        }
    },
    "record_desk_review": {
        "application/json": {
            "reviewed_on": "2026-10-01",
            "reviewers": ["Dr. A. Reviewer"],
            "summary": "The submission is complete; proceed to the panel.",
        }
    },
    "record_panel_report": {
        "application/json": {
            "reported_on": "2026-11-01",
            "members": [
                {"name": "Dr. P. Chair", "role": "chair", "conflict_of_interest": {"status": "none"}},
                {"name": "Ms. B. Member", "role": "member", "conflict_of_interest": {"status": "none"}},
            ],
            "findings": {letter: {"finding": "met", "recommendations": []} for letter in "abcdefg"},
            "summary": "The IQAP appropriately accommodates micro-credentials.",
        }
    },
    "decide_review": {
        "application/json": {
            "outcome": "endorsed_with_conditions",
            "decided_on": "2026-11-20",
            "term_start": "2026-11-20",
            "term_end": "2031-11-20",
            "conditions": [
                {
                    "id": "c1",
                    "text": "Publish the micro-credential approval procedure on the institution's website.",
                    "due_on": "2027-05-20",
                    "evidence_required": "Link to the published procedure.",
                }
            ],
        }
    },
    "update_decision_condition": {
        "application/json": {
            "condition_id": "c1",
            "status": "met",
            "recorded_on": "2027-04-02",
            "evidence": _evidence("The procedure is published at https://lakeshore.example/omc-approval."),
        }
    },
    "supersede_decision": {
        "application/json": {
            "kind": "appeal",
            "recorded_on": "2027-01-15",
            "reason": "The appeal panel found benchmark d met on the evidence submitted.",
            "outcome": "endorsed",
            "term_start": "2027-01-15",
            "term_end": "2032-01-15",
        }
    },
    "attest_endorsement": {
        "application/json": {
            "decision_id": _DECISION,
            "attested_on": "2026-11-25",
            "statement": "Lakeshore College's IQAP is endorsed for micro-credentials until 2031-11-20.",
        }
    },
    "decide_designation": {
        "application/json": {
            "institution_id": _COLLEGE,
            "status": "designated",
            "effective_from": "2026-12-01",
            "decision_id": _DECISION,
            "reason": "IQAP endorsed by the college quality assurance service.",
        }
    },
    "record_approval": {
        "application/json": {
            "micro_credential_id": _MICRO_CREDENTIAL,
            "version": 1,
            "approved_on": "2026-12-02",
            "reviewer": "Micro-credential curriculum committee",
            "labour_market_need": "Regional welding employers report a shortage of certified safety leads.",
        }
    },
    "record_partnership_review": {
        "application/json": {
            "partner_id": _PARTNER,
            "program": "Industrial safety bootcamp",
            "mode": "joint_delivery",
            "outcome": "approved",
            "reviewed_on": "2026-12-02",
            "findings": {"summary": "Program and delivery arrangements meet our IQAP standards."},
        }
    },
    # registry_api, internal: sent by qa_api's outbox
    "apply_designation_event": {
        "application/json": {
            "event_id": "1f2e3d4c-5b6a-4798-8a1b-2c3d4e5f6a7b",
            "organisation_id": _COLLEGE,
            "status": "designated",
            "effective_from": "2026-12-01",
            "decision_reference": "MCU-2026-117",
        }
    },
    "apply_endorsement_term": {
        "application/json": {
            "event_id": "7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f",
            "decision_id": "3a4b5c6d-7e8f-4a9b-8c0d-1e2f3a4b5c6d",
            "organisation_id": _COLLEGE,
            "term_start": "2026-11-17",
            "term_end": "2031-11-17",
            "decision_reference": "OCQAS-2026-031",
        }
    },
    "approve_micro_credential_version": {
        "application/json": {
            "event_id": "5b6a7980-1c2d-4e3f-9a4b-5c6d7e8f9a0b",
            "approved_on": "2026-12-02",
            "approval_reference": "LAKESHORE-CC-2026-14",
        }
    },
}
