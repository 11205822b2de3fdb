"""The quality ledger's EQAP and designation steps as tests drive them, through qa_api's public HTTP
API: an institution opens a review, its assigned EQAA records the desk review, the panel report and
the decision, the institution attests to the ministry, the ministry designates.

`designated_through_ledger` runs the whole chain and waits until the registry reports the
institution in good standing; its signature is stable (other suites build on it)."""

from __future__ import annotations

import asyncio
import hashlib
import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import httpx

from shared.schemas.auth import OrganisationKind, Role
from tests.support.platform import ClientCredentials, Platform

BENCHMARKS = "abcdefg"

# Reference clients are created once per running platform (keyed by the registry's URL).
_reference_clients: dict[tuple[str, str, Role], ClientCredentials] = {}


def days_ago(days: int) -> date:
    return date.today() - timedelta(days=days)


def add_years(day: date, years: int) -> date:
    """``day`` plus whole years; 29 February becomes 28 February (as PostgreSQL does)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def document(title: str = "IQAP policy", **fields: Any) -> dict[str, Any]:
    return {
        "title": title,
        "sha256": hashlib.sha256(title.encode()).hexdigest(),
        "url": f"https://example.ca/iqap/{title.lower().replace(' ', '-')}.pdf",
        **fields,
    }


def evidence(text: str) -> dict[str, Any]:
    return {"explanation": text, "documents": [document(f"Evidence {text[:20]}")]}


def submission(**benchmarks: Any) -> dict[str, Any]:
    """A complete submission: the standard and benchmarks a-g; ``benchmarks`` override any."""
    items = {letter: evidence(f"How benchmark {letter} is met.") for letter in BENCHMARKS}
    return {
        "standard": evidence("Our IQAP covers micro-credentials from design to cyclical review."),
        "benchmarks": {**items, **benchmarks},
    }


def open_body(
    institution_id: uuid.UUID | str, *, cycle: str = "initial", submitted_on: date | None = None
) -> dict[str, Any]:
    return {
        "institution_id": str(institution_id),
        "cycle": cycle,
        "submitted_on": (submitted_on or days_ago(90)).isoformat(),
        "submission": submission(),
    }


def desk_review_body(reviewed_on: date | None = None) -> dict[str, Any]:
    return {
        "reviewed_on": (reviewed_on or days_ago(60)).isoformat(),
        "reviewers": ["Dr. A. Reviewer"],
        "summary": "The submission is complete; proceed to the panel.",
    }


def panel_member(
    name: str = "Dr. P. Chair", role: str = "chair", conflict: str | None = None
) -> dict[str, Any]:
    declaration: dict[str, Any] = (
        {"status": "declared", "description": conflict} if conflict else {"status": "none"}
    )
    return {"name": name, "role": role, "conflict_of_interest": declaration}


def panel_report_body(reported_on: date | None = None, **findings: Any) -> dict[str, Any]:
    met = {letter: {"finding": "met", "recommendations": []} for letter in BENCHMARKS}
    return {
        "reported_on": (reported_on or days_ago(30)).isoformat(),
        "members": [panel_member(), panel_member("Ms. B. Member", "member")],
        "findings": {**met, **findings},
        "summary": "The IQAP appropriately accommodates micro-credentials.",
    }


def endorsement_body(
    decided_on: date | None = None,
    *,
    outcome: str = "endorsed",
    years: int = 5,
    term_start: date | None = None,
    conditions: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    decided = decided_on or days_ago(20)
    start = term_start or decided
    body: dict[str, Any] = {"outcome": outcome, "decided_on": decided.isoformat()}
    if outcome in ("endorsed", "endorsed_with_conditions"):
        body["term_start"] = start.isoformat()
        body["term_end"] = add_years(start, years).isoformat()
    if conditions is not None:
        body["conditions"] = conditions
    return body


def condition(identifier: str = "c1", due_in_days: int = 180) -> dict[str, Any]:
    return {
        "id": identifier,
        "text": "Publish the micro-credential approval procedure on the institution's website.",
        "due_on": (date.today() + timedelta(days=due_in_days)).isoformat(),
        "evidence_required": "Link to the published procedure.",
    }


async def reference_organisation(platform: Platform, kind: OrganisationKind, slug: str) -> dict[str, Any]:
    response = await platform.http.get(
        f"{platform.registry.public_url}/v1/organisations", params={"kind": kind.value, "limit": 100}
    )
    assert response.status_code == 200, response.text
    found: dict[str, Any] = next(item for item in response.json()["items"] if item["slug"] == slug)
    return found


async def reference_client(
    platform: Platform, kind: OrganisationKind, slug: str, role: Role
) -> ClientCredentials:
    """A client of a reference organisation (an EQAA, the ministry), made once per platform."""
    key = (platform.registry.public_url, slug, role)
    if key not in _reference_clients:
        organisation = await reference_organisation(platform, kind, slug)
        _reference_clients[key] = await platform.new_client(organisation["id"], [role])
    return _reference_clients[key]


async def agency_client(platform: Platform, eqaa_slug: str) -> ClientCredentials:
    return await reference_client(platform, OrganisationKind.EQAA, eqaa_slug, Role.EQAA)


async def ministry_client(platform: Platform) -> ClientCredentials:
    return await reference_client(platform, OrganisationKind.MINISTRY, "mcu", Role.MINISTRY)


def problem_type(response: httpx.Response) -> str:
    """The problem's type slug (``urn:omc:problem:<slug>``)."""
    assert response.headers["content-type"] == "application/problem+json", response.text
    kind: str = response.json()["type"]
    return kind.removeprefix("urn:omc:problem:")


def includes(actual: Any, expected: Any) -> bool:
    """``actual`` holds everything ``expected`` does (a validated request adds its defaults)."""
    if isinstance(expected, dict):
        return isinstance(actual, dict) and all(
            key in actual and includes(actual[key], value) for key, value in expected.items()
        )
    if isinstance(expected, list):
        return (
            isinstance(actual, list)
            and len(actual) == len(expected)
            and all(includes(a, e) for a, e in zip(actual, expected, strict=True))
        )
    return bool(actual == expected)


class QualityDesk:
    """Raw calls to qa_api's review, decision, attestation and designation endpoints."""

    def __init__(self, platform: Platform) -> None:
        self.platform = platform
        self.base = platform.qa.public_url

    async def _post(self, path: str, body: dict[str, Any], actor: ClientCredentials | None) -> httpx.Response:
        headers = await self.platform.auth(actor) if actor is not None else {}
        return await self.platform.http.post(f"{self.base}{path}", json=body, headers=headers)

    async def get(self, path: str, **params: Any) -> httpx.Response:
        return await self.platform.http.get(f"{self.base}{path}", params=params)

    async def open(self, body: dict[str, Any], actor: ClientCredentials | None) -> httpx.Response:
        return await self._post("/v1/reviews", body, actor)

    async def desk_review(
        self, review_id: str, actor: ClientCredentials | None, body: dict[str, Any] | None = None
    ) -> httpx.Response:
        return await self._post(f"/v1/reviews/{review_id}/desk-review", body or desk_review_body(), actor)

    async def panel_report(
        self, review_id: str, actor: ClientCredentials | None, body: dict[str, Any] | None = None
    ) -> httpx.Response:
        return await self._post(f"/v1/reviews/{review_id}/panel-report", body or panel_report_body(), actor)

    async def decide(
        self, review_id: str, actor: ClientCredentials | None, body: dict[str, Any] | None = None
    ) -> httpx.Response:
        return await self._post(f"/v1/reviews/{review_id}/decision", body or endorsement_body(), actor)

    async def update_condition(
        self, decision_id: str, body: dict[str, Any], actor: ClientCredentials | None
    ) -> httpx.Response:
        return await self._post(f"/v1/decisions/{decision_id}/condition-updates", body, actor)

    async def supersede(
        self, decision_id: str, body: dict[str, Any], actor: ClientCredentials | None
    ) -> httpx.Response:
        return await self._post(f"/v1/decisions/{decision_id}/supersession", body, actor)

    async def attest(self, body: dict[str, Any], actor: ClientCredentials | None) -> httpx.Response:
        return await self._post("/v1/attestations", body, actor)

    async def designation(self, body: dict[str, Any], actor: ClientCredentials | None) -> httpx.Response:
        return await self._post("/v1/designations", body, actor)

    async def ledger_size(self) -> int:
        """Entries in the whole ledger (the latest seq)."""
        size, after = 0, None
        while True:
            params: dict[str, Any] = {"limit": 100, **({"after": after} if after else {})}
            page = await self.get("/v1/ledger/entries", **params)
            assert page.status_code == 200, page.text
            body = page.json()
            if body["items"]:
                size = body["items"][-1]["seq"]
            after = body["next_cursor"]
            if after is None:
                return size

    async def entries(self, **filters: Any) -> list[dict[str, Any]]:
        """Ledger entries matching ``filters`` (query parameters of GET /v1/ledger/entries)."""
        items: list[dict[str, Any]] = []
        after = None
        while True:
            params: dict[str, Any] = {"limit": 100, **filters, **({"after": after} if after else {})}
            page = await self.get("/v1/ledger/entries", **params)
            assert page.status_code == 200, page.text
            items.extend(page.json()["items"])
            after = page.json()["next_cursor"]
            if after is None:
                return items


@dataclass(frozen=True)
class EndorsedInstitution:
    organisation: dict[str, Any]
    registrar: ClientCredentials
    agency: ClientCredentials
    review_id: uuid.UUID
    decision_id: uuid.UUID


@dataclass(frozen=True)
class DesignatedInstitution:
    organisation: dict[str, Any]
    registrar: ClientCredentials
    agency: ClientCredentials
    ministry: ClientCredentials
    decision_id: uuid.UUID
    designation_id: uuid.UUID
    review_id: uuid.UUID
    attestation_id: uuid.UUID


async def new_institution(
    platform: Platform, provider_type: str = "ontario_public_college", approved: list[str] | None = None
) -> tuple[dict[str, Any], ClientCredentials]:
    """An institution of ``provider_type`` approved for ``approved`` (default: all it may award),
    NOT designated, with a registrar client (role `institution`)."""
    organisation = await platform.new_organisation(OrganisationKind.INSTITUTION, provider_type=provider_type)
    if approved is None:
        response = await platform.http.get(f"{platform.registry.public_url}/v1/reference/provider-types")
        eligible = {item["code"]: item["eligible_qualification_types"] for item in response.json()}
        approved = eligible[provider_type]
    if approved:
        organisation = await platform.approve_types(organisation["id"], approved)
    registrar = await platform.new_client(organisation["id"], [Role.INSTITUTION])
    return organisation, registrar


async def endorsed_through_ledger(
    platform: Platform,
    provider_type: str = "ontario_public_college",
    approved: list[str] | None = None,
    *,
    decision: dict[str, Any] | None = None,
) -> EndorsedInstitution:
    """A new institution whose review ran submitted -> decided (default: endorsed for 5 years)."""
    organisation, registrar = await new_institution(platform, provider_type, approved)
    agency = await agency_client(platform, organisation["eqaa_slug"])
    desk = QualityDesk(platform)
    opened = await desk.open(open_body(organisation["id"]), registrar)
    assert opened.status_code == 201, opened.text
    review_id = opened.json()["id"]
    for response in (await desk.desk_review(review_id, agency), await desk.panel_report(review_id, agency)):
        assert response.status_code == 200, response.text
    decided = await desk.decide(review_id, agency, decision)
    assert decided.status_code == 201, decided.text
    return EndorsedInstitution(
        organisation, registrar, agency, uuid.UUID(review_id), uuid.UUID(decided.json()["id"])
    )


async def wait_for_standing(
    platform: Platform, organisation_id: uuid.UUID | str, *, good: bool, seconds: float = 60.0
) -> dict[str, Any]:
    """Poll the registry's standing until ``in_good_standing`` is ``good`` (bounded)."""
    url = f"{platform.registry.public_url}/v1/organisations/{organisation_id}/standing"
    deadline = asyncio.get_running_loop().time() + seconds
    while True:
        response = await platform.http.get(url)
        assert response.status_code == 200, response.text
        standing: dict[str, Any] = response.json()
        if standing["in_good_standing"] is good:
            return standing
        assert asyncio.get_running_loop().time() < deadline, f"standing still {standing} after {seconds}s"
        await asyncio.sleep(0.05)


async def designated_through_ledger(
    platform: Platform, provider_type: str = "ontario_public_college", approved: list[str] | None = None
) -> DesignatedInstitution:
    """A new institution made a DOMCI the way the framework says, all through qa_api: review opened
    by the institution, desk review, panel report and a 5-year endorsement by its assigned EQAA,
    attestation to the ministry, designation by the ministry; returns once the registry (fed by the
    outbox relay) reports it in good standing."""
    endorsed = await endorsed_through_ledger(platform, provider_type, approved)
    ministry = await ministry_client(platform)
    desk = QualityDesk(platform)
    attested = await desk.attest(
        {
            "decision_id": str(endorsed.decision_id),
            "attested_on": days_ago(10).isoformat(),
            "statement": "Our IQAP for micro-credentials was endorsed by our EQAA.",
        },
        endorsed.registrar,
    )
    assert attested.status_code == 201, attested.text
    designated = await desk.designation(
        {
            "institution_id": endorsed.organisation["id"],
            "status": "designated",
            "effective_from": days_ago(5).isoformat(),
            "decision_id": str(endorsed.decision_id),
            "attestation_id": attested.json()["id"],
            "reason": "Attestation of an EQAA endorsement received.",
        },
        ministry,
    )
    assert designated.status_code == 201, designated.text
    await wait_for_standing(platform, endorsed.organisation["id"], good=True)
    return DesignatedInstitution(
        organisation=endorsed.organisation,
        registrar=endorsed.registrar,
        agency=endorsed.agency,
        ministry=ministry,
        decision_id=endorsed.decision_id,
        designation_id=uuid.UUID(designated.json()["id"]),
        review_id=endorsed.review_id,
        attestation_id=uuid.UUID(attested.json()["id"]),
    )
