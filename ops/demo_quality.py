"""The sandbox's quality ledger steps (qa_api): each institution's EQAP (opened by the institution,
desk review, panel report and endorsement by its assigned EQAA), its attestation to the ministry and
the ministry's designation; and the partnership review behind a co-awarded OMC. Each step is taken
only when the public ledger does not show it yet, so a rerun adds nothing."""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING, Any

from ops.demo_http import Client

if TYPE_CHECKING:
    from ops.demo import Sandbox

BENCHMARKS = "abcdefg"
BENCHMARK_TEXT = {
    "a": "Micro-credentials pass through the same program approval and cyclical review as our programs.",
    "b": "Curriculum and learning outcomes are drafted with faculty and an employer advisory group.",
    "c": "Each outcome is assessed by at least one summative assessment mapped in the outline.",
    "d": "The curriculum committee checks the outcomes against the OQF level descriptors.",
    "e": "Labour-market need is documented from employer consultations and job-posting data.",
    "f": "Hours follow the 12-40 guideline; outside it, the committee records the rationale.",
    "g": "Partnerships are reviewed by the committee before any co-awarded micro-credential.",
}


def _evidence(institution: str, topic: str, text: str) -> dict[str, Any]:
    title = f"{institution}: {topic}"
    return {
        "explanation": text,
        "documents": [
            {
                "title": title,
                "sha256": hashlib.sha256(title.encode()).hexdigest(),
                "url": f"https://{institution}.example.ca/quality/{topic.lower().replace(' ', '-')}.pdf",
            }
        ],
    }


def _review_body(provider: dict[str, Any], institution_id: str) -> dict[str, Any]:
    from ops.demo import days_from_today

    slug = provider["slug"]
    return {
        "institution_id": institution_id,
        "cycle": "initial",
        "submitted_on": days_from_today(provider["eqap"]["submitted_on"]).isoformat(),
        "submission": {
            "standard": _evidence(slug, "IQAP policy", "Our IQAP covers micro-credentials end to end."),
            "benchmarks": {
                letter: _evidence(slug, f"Benchmark {letter}", BENCHMARK_TEXT[letter])
                for letter in BENCHMARKS
            },
        },
    }


def designate_through_ledger(sandbox: Sandbox, provider: dict[str, Any]) -> None:
    """Make ``provider`` a DOMCI in good standing the way the framework says, step by step."""
    from ops.demo import add_years, days_from_today

    urls, platform = sandbox.urls, sandbox.platform
    slug, eqap = provider["slug"], provider["eqap"]
    organisation = sandbox.organisation(slug, "institution")
    institution_id = organisation["id"]
    standing = platform.call("GET", f"{urls.registry}/v1/organisations/{institution_id}/standing")
    if standing["in_good_standing"]:
        return
    registrar = sandbox.client(f"{slug}-registrar", slug, "institution", ["institution"])
    agency = sandbox.client(f"{organisation['eqaa_slug']}-eqaa", organisation["eqaa_slug"], "eqaa", ["eqaa"])
    ministry = sandbox.client("mcu-ministry", "mcu", "ministry", ["ministry"])

    reviews = platform.pages(f"{urls.qa}/v1/reviews", institution=institution_id)
    review = (
        reviews[-1]
        if reviews
        else platform.call(
            "POST", f"{urls.qa}/v1/reviews", actor=registrar, json=_review_body(provider, institution_id)
        )
    )
    base = f"{urls.qa}/v1/reviews/{review['id']}"
    if review["status"] == "submitted":
        review = platform.call(
            "POST",
            f"{base}/desk-review",
            actor=agency,
            json={
                "reviewed_on": days_from_today(eqap["desk_review_on"]).isoformat(),
                "reviewers": ["Dr. M. Tremblay"],
                "summary": "The submission addresses the standard and all seven benchmarks.",
            },
        )
    if review["status"] == "desk_review":
        review = platform.call(
            "POST",
            f"{base}/panel-report",
            actor=agency,
            json={
                "reported_on": days_from_today(eqap["panel_report_on"]).isoformat(),
                "members": [
                    {"name": "Dr. S. Ahmed", "role": "chair", "conflict_of_interest": {"status": "none"}},
                    {"name": "Ms. J. Moreau", "role": "member", "conflict_of_interest": {"status": "none"}},
                ],
                "findings": {letter: {"finding": "met", "recommendations": []} for letter in BENCHMARKS},
                "summary": "The IQAP appropriately accommodates micro-credentials.",
            },
        )
    if review["status"] == "panel_report":
        decided_on = days_from_today(eqap["decided_on"])
        platform.call(
            "POST",
            f"{base}/decision",
            actor=agency,
            json={
                "outcome": "endorsed",
                "decided_on": decided_on.isoformat(),
                "term_start": decided_on.isoformat(),
                "term_end": add_years(decided_on, eqap["term_years"]).isoformat(),
            },
        )
    review = platform.call("GET", base)
    decision = next(item for item in reversed(review["decisions"]) if item["outcome"] == "endorsed")
    attestations = platform.pages(f"{urls.qa}/v1/attestations", institution=institution_id)
    attestation = next((item for item in attestations if item["decision_id"] == decision["id"]), None)
    if attestation is None:
        attestation = platform.call(
            "POST",
            f"{urls.qa}/v1/attestations",
            actor=registrar,
            json={
                "decision_id": decision["id"],
                "attested_on": days_from_today(eqap["attested_on"]).isoformat(),
                "statement": f"{organisation['name_en']} attests that its EQAA endorsed its IQAP for "
                "micro-credentials.",
            },
        )
    designations = platform.pages(f"{urls.qa}/v1/designations", institution=institution_id)
    if not any(item["status"] == "designated" for item in designations):
        platform.call(
            "POST",
            f"{urls.qa}/v1/designations",
            actor=ministry,
            json={
                "institution_id": institution_id,
                "status": "designated",
                "effective_from": days_from_today(eqap["designated_from"]).isoformat(),
                "decision_id": decision["id"],
                "attestation_id": attestation["id"],
                "reason": "Attestation of an EQAA endorsement received.",
            },
        )
    platform.wait_until(
        f"{slug} in good standing",
        lambda: platform.call("GET", f"{urls.registry}/v1/organisations/{institution_id}/standing")[
            "in_good_standing"
        ],
    )


def review_partnership(sandbox: Sandbox, institution_slug: str, partner_slug: str, program: str) -> None:
    """The institution's IQAP review of its partner, recorded once."""
    from ops.demo import days_from_today

    urls, platform = sandbox.urls, sandbox.platform
    institution_id = sandbox.organisation(institution_slug, "institution")["id"]
    partner_id = sandbox.organisation(partner_slug, "alternate_provider")["id"]
    known = platform.pages(f"{urls.qa}/v1/partnerships", institution=institution_id, partner=partner_id)
    if any(item["outcome"] == "approved" for item in known):
        return
    qa_office: Client = sandbox.client(
        f"{institution_slug}-registrar", institution_slug, "institution", ["institution"]
    )
    platform.call(
        "POST",
        f"{urls.qa}/v1/institutions/{institution_id}/partnerships",
        actor=qa_office,
        json={
            "partner_id": partner_id,
            "program": program,
            "mode": "joint_delivery",
            "outcome": "approved",
            "reviewed_on": days_from_today(-120).isoformat(),
            "findings": {
                "summary": "Program, assessment and co-awarding arrangements meet our IQAP standards."
            },
        },
    )
