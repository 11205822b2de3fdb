"""Examples of qa_api's success answers, by operationId and status: Lakeshore College's IQAP review by
OCQAS, its endorsement, its designation by the ministry, one approval of a micro-credential, and the
ledger that records them, as the platform answered them (captured from a running platform)."""

from __future__ import annotations

from typing import Any

# The review once decided; its decision is `_DECISION`, added below.
_REVIEW: Any = {
    "id": "0001f838-cbbf-4edf-b454-7fe8445c54b9",
    "institution_id": "61f29506-aa89-42f0-950c-059108b7eb34",
    "agency_slug": "ocqas",
    "cycle": "initial",
    "status": "decided",
    "standard": ("The organisation's IQAP appropriately accommodates micro-credentials."),
    "submitted_on": "2026-09-08",
    "submission": {
        "standard": {
            "explanation": ("Our IQAP covers micro-credentials from design to cyclical review."),
            "documents": [
                {
                    "title": "IQAP policy for micro-credentials",
                    "sha256": "50d7cdf41ca639d3a276e393b0f70d357238f94338ea04384493293de041ee8e",
                    "url": "https://lakeshore.example/iqap/policy.pdf",
                }
            ],
        },
        "benchmarks": {
            "a": {
                "explanation": "How benchmark a is met.",
                "documents": [
                    {
                        "title": "IQAP evidence for benchmark a",
                        "sha256": "fd15740fec8f24349b72acab820f2f91afc645798abad25dc6cf1c4d70702f9d",
                        "url": "https://lakeshore.example/iqap/benchmark-a.pdf",
                    }
                ],
            },
            "b": {
                "explanation": "How benchmark b is met.",
                "documents": [
                    {
                        "title": "IQAP evidence for benchmark b",
                        "sha256": "bde5a2d037540f66a6cc404da3e7ad0b04543c2ae30429f720bd787d21cde2c2",
                        "url": "https://lakeshore.example/iqap/benchmark-b.pdf",
                    }
                ],
            },
            "c": {
                "explanation": "How benchmark c is met.",
                "documents": [
                    {
                        "title": "IQAP evidence for benchmark c",
                        "sha256": "8c028a0fac26bfa34c7118b0cdd35b90cdc457bb3ac22d48e2964ea110b2938e",
                        "url": "https://lakeshore.example/iqap/benchmark-c.pdf",
                    }
                ],
            },
            "d": {
                "explanation": "How benchmark d is met.",
                "documents": [
                    {
                        "title": "IQAP evidence for benchmark d",
                        "sha256": "dbb5a4f47cd03ad59c09c0e7efcc18b9d13666b0c6062c165ab94d0b168f17f7",
                        "url": "https://lakeshore.example/iqap/benchmark-d.pdf",
                    }
                ],
            },
            "e": {
                "explanation": "How benchmark e is met.",
                "documents": [
                    {
                        "title": "IQAP evidence for benchmark e",
                        "sha256": "c3b933866b7d80ea1fc6a171e9af1ff7799ccaa05c6850cc55be9b50552807ec",
                        "url": "https://lakeshore.example/iqap/benchmark-e.pdf",
                    }
                ],
            },
            "f": {
                "explanation": "How benchmark f is met.",
                "documents": [
                    {
                        "title": "IQAP evidence for benchmark f",
                        "sha256": "f2cfceb3d734021189c4d994a4917c3706a810f927b6e4c9a8d5a954ecf30a6d",
                        "url": "https://lakeshore.example/iqap/benchmark-f.pdf",
                    }
                ],
            },
            "g": {
                "explanation": "How benchmark g is met.",
                "documents": [
                    {
                        "title": "IQAP evidence for benchmark g",
                        "sha256": "d2a09ca72a59188ee5c344c984e273abce31da45215b69879a63b46e386c4ec4",
                        "url": "https://lakeshore.example/iqap/benchmark-g.pdf",
                    }
                ],
            },
        },
    },
    "desk_review": {
        "reviewed_on": "2026-10-08",
        "reviewers": ["Dr. Amira Haddad"],
        "summary": "The submission is complete; proceed to the panel.",
    },
    "panel_report": {
        "reported_on": "2026-11-07",
        "members": [
            {
                "name": "Dr. Pierre Tremblay",
                "role": "chair",
                "conflict_of_interest": {"status": "none", "description": None},
            },
            {
                "name": "Ms. Beatrice Okafor",
                "role": "member",
                "conflict_of_interest": {"status": "none", "description": None},
            },
        ],
        "findings": {
            "a": {"finding": "met", "commentary": None, "recommendations": []},
            "b": {"finding": "met", "commentary": None, "recommendations": []},
            "c": {"finding": "met", "commentary": None, "recommendations": []},
            "d": {"finding": "met", "commentary": None, "recommendations": []},
            "e": {"finding": "met", "commentary": None, "recommendations": []},
            "f": {"finding": "met", "commentary": None, "recommendations": []},
            "g": {"finding": "met", "commentary": None, "recommendations": []},
        },
        "summary": "The IQAP appropriately accommodates micro-credentials.",
    },
    "decisions": [],
    "opened_seq": 1,
    "last_seq": 4,
    "updated_at": "2026-12-07T07:00:29.622380Z",
}

# OCQAS endorses the college's IQAP for five years.
_DECISION: Any = {
    "id": "861fabf5-209d-402c-8904-c01f4b3959ee",
    "review_id": "0001f838-cbbf-4edf-b454-7fe8445c54b9",
    "institution_id": "61f29506-aa89-42f0-950c-059108b7eb34",
    "agency_slug": "ocqas",
    "outcome": "endorsed",
    "decided_on": "2026-11-17",
    "term_start": "2026-11-17",
    "term_end": "2031-11-17",
    "renewal_due": "2031-05-17",
    "conditions": [],
    "status": "in_force",
    "seq": 4,
    "superseded_by_seq": None,
    "supersession": None,
}

_ATTESTATION: Any = {
    "id": "a419f663-34af-4eb7-b158-c7a997d5f15c",
    "institution_id": "61f29506-aa89-42f0-950c-059108b7eb34",
    "decision_id": "861fabf5-209d-402c-8904-c01f4b3959ee",
    "attested_on": "2026-11-27",
    "statement": "Our IQAP for micro-credentials was endorsed by our EQAA.",
    "seq": 5,
}

_DESIGNATION: Any = {
    "id": "b1b88da6-9b68-4b4a-96d3-55cef1b51516",
    "institution_id": "61f29506-aa89-42f0-950c-059108b7eb34",
    "status": "designated",
    "effective_from": "2026-12-02",
    "effective_until": None,
    "decision_id": "861fabf5-209d-402c-8904-c01f4b3959ee",
    "attestation_id": "a419f663-34af-4eb7-b158-c7a997d5f15c",
    "reason": "Attestation of an EQAA endorsement received.",
    "seq": 6,
}

_APPROVAL: Any = {
    "id": "766ec918-1000-48e1-af34-329a94c64e7a",
    "institution_id": "61f29506-aa89-42f0-950c-059108b7eb34",
    "micro_credential_id": "225097c6-d558-4ffb-9597-379128cb742f",
    "version": 1,
    "approved_on": "2026-12-07",
    "reviewer": "Micro-credential curriculum committee",
    "checks": {
        "qualification_type": "cert",
        "oqf_level": 1,
        "eligible_qualification_types": ["app", "cert", "dip", "postdip"],
        "learning_outcomes": 1,
        "assessment_methods": ["exam", "practical_demonstration"],
        "instructional_hours": "30",
        "hours_outside_guideline": False,
        "hours_rationale": None,
        "labour_market_need": ("Regional welding employers report a shortage of certified safety leads."),
        "partnerships": [],
        "designation_id": "b1b88da6-9b68-4b4a-96d3-55cef1b51516",
        "designation_seq": 6,
        "metadata_sha256": "82c2eff5c28356d76c0a2e0d585e7a41a14076b012fdef38abd5657eca62e313",
    },
    "seq": 7,
    "approval_reference": "qa ledger entry 7",
}

_PARTNERSHIP: Any = {
    "id": "b70c4117-4a2f-45a1-8736-d3da526a83f2",
    "institution_id": "61f29506-aa89-42f0-950c-059108b7eb34",
    "partner_id": "9437f701-40c7-4196-8bbb-36c1653fc8d6",
    "program": "Industrial safety bootcamp",
    "mode": "joint_delivery",
    "outcome": "approved",
    "reviewed_on": "2026-12-07",
    "valid_until": None,
    "findings": {
        "summary": "Program and delivery arrangements meet our IQAP standards.",
        "reviewer": None,
        "conditions": [],
    },
    "seq": 8,
}

_CHECKPOINT: Any = {
    "tree_size": 7,
    "root_hash": "c757a8a4874801c83767025c2479dfca15dc112cc2b270ee12adb30b3783ce00",
    "signed_at": "2026-12-07T07:00:36.320284Z",
    "kid": "20261207-4d66394c4621",
    "signature": (
        "eyJhbGciOiJFZDI1NTE5Iiwia2lkIjoiMjAyNjEyMDctNGQ2NjM5NGM0NjIxIn0."
        "eyJpc3N1ZXIiOiJodHRwOi8vMTI3LjAuMC4xOjgwMDIiLCJyb290X2hhc2giOiJj"
        "NzU3YThhNDg3NDgwMWM4Mzc2NzAyNWMyNDc5ZGZjYTE1ZGMxMTJjYzJiMjcwZWUx"
        "MmFkYjMwYjM3ODNjZTAwIiwic2lnbmVkX2F0IjoiMjAyNi0xMi0wN1QwNzowMDoz"
        "Ni4zMjAyODQrMDA6MDAiLCJ0cmVlX3NpemUiOjd9."
        "lhnSXczhiIqfmmDsLV0dBFnWlTBLFSP8ZwmG-uAYTHUuc13wtB_wKj28wGCGJ1rD"
        "3dvWdGp_h8JJZ9EQQ6zUCA"
    ),
}

# Two entries: the designation, then the approval.
_LEDGER_ENTRIES: Any = [
    {
        "seq": 6,
        "recorded_at": "2026-12-07T07:00:29.858511Z",
        "event_type": "designation.decided",
        "actor": {
            "organisation_id": "e9c40d3f-afe1-43f0-9bd5-6a36c806a366",
            "client_id": "omc_1a0a277492b7ef86d522",
        },
        "subjects": {
            "institution_id": "61f29506-aa89-42f0-950c-059108b7eb34",
            "agency_slug": "ocqas",
            "micro_credential_id": None,
            "micro_credential_version": None,
        },
        "payload": {
            "designation_id": "b1b88da6-9b68-4b4a-96d3-55cef1b51516",
            "request": {
                "attestation_id": "a419f663-34af-4eb7-b158-c7a997d5f15c",
                "decision_id": "861fabf5-209d-402c-8904-c01f4b3959ee",
                "effective_from": "2026-12-02",
                "effective_until": None,
                "institution_id": "61f29506-aa89-42f0-950c-059108b7eb34",
                "reason": "Attestation of an EQAA endorsement received.",
                "status": "designated",
            },
        },
        "previous_hash": "2fddcb17feba561db06b7056269e7e9f7b4e70ef9084bcc359a9e5384969a16f",
        "entry_hash": "d35317ff0e4d04033400651e596a6edfe63c0fdd6d203c2876ab1ff15b997bfb",
    },
    {
        "seq": 7,
        "recorded_at": "2026-12-07T07:00:30.415852Z",
        "event_type": "approval.recorded",
        "actor": {
            "organisation_id": "61f29506-aa89-42f0-950c-059108b7eb34",
            "client_id": "omc_0dd30d1c1e532c4bb09c",
        },
        "subjects": {
            "institution_id": "61f29506-aa89-42f0-950c-059108b7eb34",
            "agency_slug": None,
            "micro_credential_id": "225097c6-d558-4ffb-9597-379128cb742f",
            "micro_credential_version": 1,
        },
        "payload": {
            "approval_id": "766ec918-1000-48e1-af34-329a94c64e7a",
            "approved_on": "2026-12-07",
            "checks": {
                "assessment_methods": ["exam", "practical_demonstration"],
                "designation_id": "b1b88da6-9b68-4b4a-96d3-55cef1b51516",
                "designation_seq": 6,
                "eligible_qualification_types": ["app", "cert", "dip", "postdip"],
                "hours_outside_guideline": False,
                "hours_rationale": None,
                "instructional_hours": "30",
                "labour_market_need": (
                    "Regional welding employers report a shortage of certified safety leads."
                ),
                "learning_outcomes": 1,
                "metadata_sha256": "82c2eff5c28356d76c0a2e0d585e7a41a14076b012fdef38abd5657eca62e313",
                "oqf_level": 1,
                "partnerships": [],
                "qualification_type": "cert",
            },
            "notes": None,
            "reviewer": "Micro-credential curriculum committee",
        },
        "previous_hash": "d35317ff0e4d04033400651e596a6edfe63c0fdd6d203c2876ab1ff15b997bfb",
        "entry_hash": "060fa445a9186d14e72d9c1b214f61259b5afb9ce6f10a3a3d30882342a71d96",
    },
]

_CONDITION = {
    "id": "c1",
    "text": "Publish the cyclical review schedule for micro-credentials.",
    "due_on": "2027-05-17",
    "evidence_required": "The schedule as approved by the academic council.",
    "status": "met",
    "status_on": "2027-04-30",
    "evidence": {
        "explanation": "The academic council approved the schedule on 2027-04-22.",
        "documents": [
            {
                "title": "Cyclical review schedule 2027-2032",
                "sha256": "3b1f0c7e9d2a4b6c8e0f1a3b5c7d9e1f2a4b6c8d0e2f4a6b8c0d2e4f6a8b0c2d",
                "url": "https://lakeshore.example/iqap/cyclical-review-schedule.pdf",
            }
        ],
    },
}
_DECIDED = {**_REVIEW, "decisions": [_DECISION]}
_SUBMITTED = {**_REVIEW, "status": "submitted", "desk_review": None, "panel_report": None, "last_seq": 1}
_AFTER_DESK_REVIEW = {**_REVIEW, "status": "desk_review", "panel_report": None, "last_seq": 2}
_AFTER_PANEL_REPORT = {**_REVIEW, "status": "panel_report", "last_seq": 3}
_WITHDRAWN = {
    **_DECISION,
    "status": "superseded",
    "superseded_by_seq": 9,
    "supersession": {
        "kind": "withdrawal",
        "recorded_on": "2026-12-09",
        "reason": "The college withdrew its IQAP for micro-credentials.",
        "replaced_by": None,
    },
}

QUALITY_RESPONSE_EXAMPLES: dict[tuple[str, ...], Any] = {
    ("get_health", "200"): {"status": "ok", "service": "qa_api"},
    ("get_readiness", "200"): {"status": "ready", "service": "qa_api", "dependencies": {"database": "up"}},
    ("get_checkpoint_keys", "200"): {
        "keys": [
            {
                "kty": "OKP",
                "crv": "Ed25519",
                "x": "TU3lRv7Cp5JZTKl8f0x7_9_AHGet8iGz_ZyKJ8GmRQo",
                "kid": "20261207-4d66394c4621",
                "alg": "Ed25519",
                "use": "sig",
            }
        ]
    },
    ("open_review", "201"): _SUBMITTED,
    ("list_reviews", "200"): {"items": [_DECIDED], "next_cursor": None},
    ("get_review", "200"): _DECIDED,
    ("record_desk_review", "200"): _AFTER_DESK_REVIEW,
    ("record_panel_report", "200"): _AFTER_PANEL_REPORT,
    ("decide_review", "201"): _DECISION,
    ("list_decisions", "200"): {"items": [_DECISION], "next_cursor": None},
    ("list_deqar_decisions", "200"): {"items": [_DECISION], "next_cursor": None},
    ("list_expiring_endorsements", "200"): {"items": [_DECISION], "next_cursor": None},
    ("get_decision", "200"): _DECISION,
    ("update_decision_condition", "201"): {**_DECISION, "conditions": [_CONDITION]},
    ("supersede_decision", "200"): {"superseded": _WITHDRAWN, "replacement": None},
    ("attest_endorsement", "201"): _ATTESTATION,
    ("list_attestations", "200"): {"items": [_ATTESTATION], "next_cursor": None},
    ("get_attestation", "200"): _ATTESTATION,
    ("decide_designation", "201"): _DESIGNATION,
    ("list_designations", "200"): {"items": [_DESIGNATION], "next_cursor": None},
    ("get_designation", "200"): _DESIGNATION,
    ("record_approval", "201"): _APPROVAL,
    ("list_approvals", "200"): {"items": [_APPROVAL], "next_cursor": None},
    ("get_approval", "200"): _APPROVAL,
    ("record_partnership_review", "201"): _PARTNERSHIP,
    ("list_partnerships", "200"): {"items": [_PARTNERSHIP], "next_cursor": None},
    ("get_partnership", "200"): _PARTNERSHIP,
    ("get_standing", "200"): {
        "on": "2026-12-07",
        "institution_id": "61f29506-aa89-42f0-950c-059108b7eb34",
        "micro_credential_id": "225097c6-d558-4ffb-9597-379128cb742f",
        "version": 1,
        "valid": True,
        "domci": True,
        "approved_omc": True,
        "designation": {
            "id": "b1b88da6-9b68-4b4a-96d3-55cef1b51516",
            "institution_id": "61f29506-aa89-42f0-950c-059108b7eb34",
            "status": "designated",
            "effective_from": "2026-12-02",
            "effective_until": None,
            "decision_id": "861fabf5-209d-402c-8904-c01f4b3959ee",
            "attestation_id": "a419f663-34af-4eb7-b158-c7a997d5f15c",
            "reason": "Attestation of an EQAA endorsement received.",
            "seq": 6,
        },
        "approval": {
            "id": "766ec918-1000-48e1-af34-329a94c64e7a",
            "institution_id": "61f29506-aa89-42f0-950c-059108b7eb34",
            "micro_credential_id": "225097c6-d558-4ffb-9597-379128cb742f",
            "version": 1,
            "approved_on": "2026-12-07",
            "reviewer": "Micro-credential curriculum committee",
            "checks": {
                "qualification_type": "cert",
                "oqf_level": 1,
                "eligible_qualification_types": ["app", "cert", "dip", "postdip"],
                "learning_outcomes": 1,
                "assessment_methods": ["exam", "practical_demonstration"],
                "instructional_hours": "30",
                "hours_outside_guideline": False,
                "hours_rationale": None,
                "labour_market_need": (
                    "Regional welding employers report a shortage of certified safety leads."
                ),
                "partnerships": [],
                "designation_id": "b1b88da6-9b68-4b4a-96d3-55cef1b51516",
                "designation_seq": 6,
                "metadata_sha256": "82c2eff5c28356d76c0a2e0d585e7a41a14076b012fdef38abd5657eca62e313",
            },
            "seq": 7,
            "approval_reference": "qa ledger entry 7",
        },
        "chain": [
            {
                "seq": 4,
                "recorded_at": "2026-12-07T07:00:29.624494Z",
                "event_type": "review.decided",
                "actor": {
                    "organisation_id": "b3f4da71-36fa-44f2-a06e-4a290a6dc01d",
                    "client_id": "omc_eaf5ffbd5b0fb617d384",
                },
                "subjects": {
                    "institution_id": "61f29506-aa89-42f0-950c-059108b7eb34",
                    "agency_slug": "ocqas",
                    "micro_credential_id": None,
                    "micro_credential_version": None,
                },
                "payload": {
                    "decision_id": "861fabf5-209d-402c-8904-c01f4b3959ee",
                    "request": {
                        "conditions": [],
                        "decided_on": "2026-11-17",
                        "outcome": "endorsed",
                        "term_end": "2031-11-17",
                        "term_start": "2026-11-17",
                    },
                    "review_id": "0001f838-cbbf-4edf-b454-7fe8445c54b9",
                },
                "previous_hash": "7925a0bacd21156390bfb43eaab2605ed195eae160c100cd6fd01faf711fa0b4",
                "entry_hash": "b97dbb2aa7cab83fcc80592bdffde1b4c05d269cc6bc7923672fc14ae20d3925",
            },
            {
                "seq": 6,
                "recorded_at": "2026-12-07T07:00:29.858511Z",
                "event_type": "designation.decided",
                "actor": {
                    "organisation_id": "e9c40d3f-afe1-43f0-9bd5-6a36c806a366",
                    "client_id": "omc_1a0a277492b7ef86d522",
                },
                "subjects": {
                    "institution_id": "61f29506-aa89-42f0-950c-059108b7eb34",
                    "agency_slug": "ocqas",
                    "micro_credential_id": None,
                    "micro_credential_version": None,
                },
                "payload": {
                    "designation_id": "b1b88da6-9b68-4b4a-96d3-55cef1b51516",
                    "request": {
                        "attestation_id": "a419f663-34af-4eb7-b158-c7a997d5f15c",
                        "decision_id": "861fabf5-209d-402c-8904-c01f4b3959ee",
                        "effective_from": "2026-12-02",
                        "effective_until": None,
                        "institution_id": "61f29506-aa89-42f0-950c-059108b7eb34",
                        "reason": "Attestation of an EQAA endorsement received.",
                        "status": "designated",
                    },
                },
                "previous_hash": "2fddcb17feba561db06b7056269e7e9f7b4e70ef9084bcc359a9e5384969a16f",
                "entry_hash": "d35317ff0e4d04033400651e596a6edfe63c0fdd6d203c2876ab1ff15b997bfb",
            },
            {
                "seq": 7,
                "recorded_at": "2026-12-07T07:00:30.415852Z",
                "event_type": "approval.recorded",
                "actor": {
                    "organisation_id": "61f29506-aa89-42f0-950c-059108b7eb34",
                    "client_id": "omc_0dd30d1c1e532c4bb09c",
                },
                "subjects": {
                    "institution_id": "61f29506-aa89-42f0-950c-059108b7eb34",
                    "agency_slug": None,
                    "micro_credential_id": "225097c6-d558-4ffb-9597-379128cb742f",
                    "micro_credential_version": 1,
                },
                "payload": {
                    "approval_id": "766ec918-1000-48e1-af34-329a94c64e7a",
                    "approved_on": "2026-12-07",
                    "checks": {
                        "assessment_methods": ["exam", "practical_demonstration"],
                        "designation_id": "b1b88da6-9b68-4b4a-96d3-55cef1b51516",
                        "designation_seq": 6,
                        "eligible_qualification_types": ["app", "cert", "dip", "postdip"],
                        "hours_outside_guideline": False,
                        "hours_rationale": None,
                        "instructional_hours": "30",
                        "labour_market_need": (
                            "Regional welding employers report a shortage of certified safety leads."
                        ),
                        "learning_outcomes": 1,
                        "metadata_sha256": "82c2eff5c28356d76c0a2e0d585e7a41a14076b012fdef38abd5657eca62e313",
                        "oqf_level": 1,
                        "partnerships": [],
                        "qualification_type": "cert",
                    },
                    "notes": None,
                    "reviewer": "Micro-credential curriculum committee",
                },
                "previous_hash": "d35317ff0e4d04033400651e596a6edfe63c0fdd6d203c2876ab1ff15b997bfb",
                "entry_hash": "060fa445a9186d14e72d9c1b214f61259b5afb9ce6f10a3a3d30882342a71d96",
            },
        ],
        "reasons": [],
    },
    ("list_ledger_entries", "200"): {"items": _LEDGER_ENTRIES, "next_cursor": None},
    ("get_ledger_entry", "200"): _LEDGER_ENTRIES[1],
    ("get_inclusion_proof", "200"): {
        "seq": 3,
        "leaf_index": 2,
        "entry_hash": "7925a0bacd21156390bfb43eaab2605ed195eae160c100cd6fd01faf711fa0b4",
        "leaf_hash": "0d9b0f2a89357b5abcb9a035e158d7b1c82cba6100840f354339782f5d0b9b43",
        "audit_path": [
            "329b80315462b916a27775bb8f0c0c76d89c3854e224e8c9d2031499a243285b",
            "8b65c1ba100ffabd4f3ef7668cc43fdb7da320f5885392219993ad86a25cf454",
            "85f3ae96a0598415dfbf7299c6d90f0795fbc01c212a06531520850ab0a84a9c",
        ],
        "checkpoint": {
            "tree_size": 7,
            "root_hash": "c757a8a4874801c83767025c2479dfca15dc112cc2b270ee12adb30b3783ce00",
            "signed_at": "2026-12-07T07:00:36.320284Z",
            "kid": "20261207-4d66394c4621",
            "signature": (
                "eyJhbGciOiJFZDI1NTE5Iiwia2lkIjoiMjAyNjEyMDctNGQ2NjM5NGM0NjIxIn0."
                "eyJpc3N1ZXIiOiJodHRwOi8vMTI3LjAuMC4xOjgwMDIiLCJyb290X2hhc2giOiJj"
                "NzU3YThhNDg3NDgwMWM4Mzc2NzAyNWMyNDc5ZGZjYTE1ZGMxMTJjYzJiMjcwZWUx"
                "MmFkYjMwYjM3ODNjZTAwIiwic2lnbmVkX2F0IjoiMjAyNi0xMi0wN1QwNzowMDoz"
                "Ni4zMjAyODQrMDA6MDAiLCJ0cmVlX3NpemUiOjd9."
                "lhnSXczhiIqfmmDsLV0dBFnWlTBLFSP8ZwmG-uAYTHUuc13wtB_wKj28wGCGJ1rD"
                "3dvWdGp_h8JJZ9EQQ6zUCA"
            ),
        },
    },
    ("get_consistency_proof", "200"): {
        "first": 4,
        "second": 7,
        "first_root": "9abe144c608244612bef24914d9646bb330a2fb9c44e2d365fedf4821d7288d3",
        "consistency_path": ["85f3ae96a0598415dfbf7299c6d90f0795fbc01c212a06531520850ab0a84a9c"],
        "checkpoint": {
            "tree_size": 7,
            "root_hash": "c757a8a4874801c83767025c2479dfca15dc112cc2b270ee12adb30b3783ce00",
            "signed_at": "2026-12-07T07:00:36.320284Z",
            "kid": "20261207-4d66394c4621",
            "signature": (
                "eyJhbGciOiJFZDI1NTE5Iiwia2lkIjoiMjAyNjEyMDctNGQ2NjM5NGM0NjIxIn0."
                "eyJpc3N1ZXIiOiJodHRwOi8vMTI3LjAuMC4xOjgwMDIiLCJyb290X2hhc2giOiJj"
                "NzU3YThhNDg3NDgwMWM4Mzc2NzAyNWMyNDc5ZGZjYTE1ZGMxMTJjYzJiMjcwZWUx"
                "MmFkYjMwYjM3ODNjZTAwIiwic2lnbmVkX2F0IjoiMjAyNi0xMi0wN1QwNzowMDoz"
                "Ni4zMjAyODQrMDA6MDAiLCJ0cmVlX3NpemUiOjd9."
                "lhnSXczhiIqfmmDsLV0dBFnWlTBLFSP8ZwmG-uAYTHUuc13wtB_wKj28wGCGJ1rD"
                "3dvWdGp_h8JJZ9EQQ6zUCA"
            ),
        },
    },
    ("create_checkpoint", "201"): _CHECKPOINT,
    ("get_latest_checkpoint", "200"): _CHECKPOINT,
    ("get_checkpoint", "200"): _CHECKPOINT,
    ("verify_ledger", "200"): {
        "entries_checked": 7,
        "valid": True,
        "first_broken": None,
        "checkpoints_checked": 1,
        "first_broken_checkpoint": None,
    },
}
