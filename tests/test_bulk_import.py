"""Bulk import of an institution's micro-credentials, JSON and CSV: every row validated, each bad row
reported with its line (or index) and field, all-or-nothing unless `partial=true`, and idempotent on
the institution's own course code."""

from __future__ import annotations

import asyncio
import json
import uuid
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from shared.db.migrations import PROJECT_ROOT
from shared.schemas.auth import OrganisationKind, Role
from shared.schemas.micro_credentials import MicroCredentialMetadata
from tests.support.platform import ClientCredentials, Platform

PROBLEM = "application/problem+json"


@dataclass
class College:
    """A fresh college approved for `cert`, and its registrar."""

    platform: Platform
    id: str
    registrar: ClientCredentials

    @property
    def url(self) -> str:
        return f"{self.platform.registry.public_url}/v1/organisations/{self.id}/micro-credentials/import"

    async def headers(self, actor: ClientCredentials | None) -> dict[str, str]:
        return await self.platform.auth(actor or self.registrar)

    async def import_json(
        self, items: list[Any], *, partial: bool = False, actor: ClientCredentials | None = None
    ) -> httpx.Response:
        return await self.platform.http.post(
            self.url, json={"items": items}, params=_flag(partial), headers=await self.headers(actor)
        )

    async def import_csv(
        self, text: str | bytes, *, partial: bool = False, content_type: str = "text/csv"
    ) -> httpx.Response:
        body = text.encode() if isinstance(text, str) else text
        headers = {**await self.headers(None), "Content-Type": content_type}
        return await self.platform.http.post(self.url, content=body, params=_flag(partial), headers=headers)

    async def post_raw(self, body: bytes, content_type: str | None) -> httpx.Response:
        headers = await self.headers(None)
        if content_type is not None:
            headers["Content-Type"] = content_type
        return await self.platform.http.post(self.url, content=body, headers=headers)

    async def micro_credential(self, micro_credential_id: str) -> dict[str, Any]:
        response = await self.platform.http.get(
            f"{self.platform.registry.public_url}/v1/micro-credentials/{micro_credential_id}",
            headers=await self.headers(None),
        )
        assert response.status_code == 200, response.text
        body: dict[str, Any] = response.json()
        return body

    async def step(self, micro_credential_id: str, version: int, step: str) -> None:
        response = await self.platform.http.post(
            f"{self.platform.registry.public_url}/v1/micro-credentials/{micro_credential_id}"
            f"/versions/{version}/{step}",
            headers=await self.headers(None),
        )
        assert response.status_code == 200, response.text


def _flag(partial: bool) -> dict[str, str]:
    return {"partial": "true"} if partial else {}


@pytest.fixture
async def college(platform: Platform) -> College:
    organisation = await platform.new_organisation(OrganisationKind.INSTITUTION)
    approved = await platform.http.put(
        f"{platform.registry.public_url}/v1/organisations/{organisation['id']}/approved-qualification-types",
        json={"qualification_types": ["cert"]},
        headers=await platform.auth(platform.admin),
    )
    assert approved.status_code == 200, approved.text
    registrar = await platform.new_client(organisation["id"], [Role.INSTITUTION])
    return College(platform=platform, id=organisation["id"], registrar=registrar)


def item(
    code: str, title: str = "Welding safety", iqap: bool | None = None, **metadata: Any
) -> dict[str, Any]:
    row: dict[str, Any] = {"course_code": code, "metadata": {"title": {"en": title}, **metadata}}
    if iqap is not None:
        row["iqap"] = iqap
    return row


READY: dict[str, Any] = {
    "qualification_type": "cert",
    "instructional_hours": "30",
    "learning_outcomes": [{"statement": {"en": "Apply lockout procedures."}}],
    "assessment": {"methods": [{"type": "exam"}], "grading_scheme": "pass_fail", "summative": True},
}


def fields(problem: dict[str, Any]) -> list[tuple[str, str]]:
    return [(error["field"], error["code"]) for error in problem["errors"]]


def outcomes(result: dict[str, Any]) -> list[str]:
    return [row["outcome"] for row in result["rows"]]


# --- JSON ------------------------------------------------------------------------------------------


async def test_a_json_batch_creates_a_draft_per_row(college: College) -> None:
    rich = item("WELD-101", description={"en": "Safe practice."}, languages_of_instruction=["en"], **READY)
    response = await college.import_json([rich, item("WELD-102", "Cutting")])

    assert response.status_code == 200, response.text
    result = response.json()
    assert result["partial"] is False
    assert result["total"] == 2
    assert result["counts"] == {"created": 2, "updated": 0, "unchanged": 0, "rejected": 0}
    assert [(row["row"], row["line"], row["course_code"]) for row in result["rows"]] == [
        (0, None, "WELD-101"),
        (1, None, "WELD-102"),
    ]
    assert outcomes(result) == ["created", "created"]
    stored = await college.micro_credential(result["rows"][0]["micro_credential_id"])
    assert stored["course_code"] == "WELD-101"
    assert stored["organisation_id"] == college.id
    assert [(v["version"], v["status"], v["iqap"]) for v in stored["versions"]] == [(1, "draft", True)]
    assert MicroCredentialMetadata.model_validate(stored["versions"][0]["metadata"]) == (
        MicroCredentialMetadata.model_validate(rich["metadata"])
    )


async def test_without_partial_one_bad_row_imports_nothing(college: College) -> None:
    bad = {"course_code": "WELD-202", "metadata": {"instructional_hours": "-3"}}
    response = await college.import_json([item("WELD-201"), bad, item("WELD-203"), 42])

    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == PROBLEM
    problem = response.json()
    assert problem["type"] == "urn:omc:problem:validation-error"
    assert "nothing was imported" in problem["detail"]
    assert fields(problem) == [
        ("body.items.1.metadata.title", "missing"),
        ("body.items.1.metadata.instructional_hours", "greater_than"),
        ("body.items.3", "model_type"),
    ]
    assert [(row["row"], row["course_code"], row["outcome"]) for row in problem["rows"]] == [
        (1, "WELD-202", "rejected"),
        (3, None, "rejected"),
    ]
    assert [error["field"] for error in problem["rows"][0]["errors"]] == [
        "body.items.1.metadata.title",
        "body.items.1.metadata.instructional_hours",
    ]

    # Nothing of the batch was written: the good rows are new when imported on their own.
    again = await college.import_json([item("WELD-201"), item("WELD-203")])
    assert again.status_code == 200, again.text
    assert outcomes(again.json()) == ["created", "created"]


async def test_the_database_rules_apply_to_every_row(college: College) -> None:
    response = await college.import_json(
        [
            item("WELD-301", qualification_type="dip"),
            item("WELD-302", qualification_type="bac"),
            item("WELD-303", qualification_type="nope"),
            item("WELD-304", partners=[{"organisation_id": str(uuid.uuid4()), "role": "co_awarding"}]),
            item("WELD-305", qualification_type="cert"),
        ]
    )

    assert response.status_code == 422, response.text
    assert fields(response.json()) == [
        ("body.items.0.metadata.qualification_type", "level_not_approved"),
        ("body.items.1.metadata.qualification_type", "not_eligible"),
        ("body.items.2.metadata.qualification_type", "unknown_qualification_type"),
        ("body.items.3.metadata.partners.0.organisation_id", "not_an_alternate_provider"),
    ]


async def test_a_partner_that_is_an_alternate_provider_is_accepted(college: College) -> None:
    partner = await college.platform.new_organisation(OrganisationKind.ALTERNATE_PROVIDER)
    response = await college.import_json(
        [item("WELD-351", partners=[{"organisation_id": partner["id"], "role": "co_awarding"}])]
    )

    assert response.status_code == 200, response.text
    assert outcomes(response.json()) == ["created"]


async def test_partial_imports_the_valid_rows_and_reports_the_rest(college: College) -> None:
    batch = [item("WELD-401"), item("WELD-402", qualification_type="dip"), item("WELD-403")]
    response = await college.import_json(batch, partial=True)

    assert response.status_code == 200, response.text
    result = response.json()
    assert result["partial"] is True
    assert result["counts"] == {"created": 2, "updated": 0, "unchanged": 0, "rejected": 1}
    assert outcomes(result) == ["created", "rejected", "created"]
    rejected = result["rows"][1]
    assert rejected["micro_credential_id"] is None
    assert rejected["version"] is None
    assert [(e["field"], e["code"]) for e in rejected["errors"]] == [
        ("body.items.1.metadata.qualification_type", "level_not_approved")
    ]
    for row in (result["rows"][0], result["rows"][2]):
        stored = await college.micro_credential(row["micro_credential_id"])
        assert stored["course_code"] == row["course_code"]
        assert row["errors"] == []

    again = await college.import_json(batch, partial=True)
    assert outcomes(again.json()) == ["unchanged", "rejected", "unchanged"]


async def test_the_same_import_twice_changes_nothing(college: College) -> None:
    batch = [item("WELD-501", **READY), item("WELD-502", "Cutting", iqap=False)]
    first = (await college.import_json(batch)).json()
    before = [await college.micro_credential(row["micro_credential_id"]) for row in first["rows"]]

    second = await college.import_json(batch)

    assert second.status_code == 200, second.text
    result = second.json()
    assert result["counts"] == {"created": 0, "updated": 0, "unchanged": 2, "rejected": 0}
    assert [(row["micro_credential_id"], row["version"]) for row in result["rows"]] == [
        (row["micro_credential_id"], 1) for row in first["rows"]
    ]
    after = [await college.micro_credential(row["micro_credential_id"]) for row in first["rows"]]
    assert after == before  # updated_at included: nothing was written


async def test_a_changed_row_replaces_the_draft(college: College) -> None:
    created = (await college.import_json([item("WELD-601")])).json()["rows"][0]

    response = await college.import_json([item("WELD-601", "Welding safety, revised")])

    assert response.status_code == 200, response.text
    row = response.json()["rows"][0]
    assert (row["outcome"], row["micro_credential_id"], row["version"]) == (
        "updated",
        created["micro_credential_id"],
        1,
    )
    stored = await college.micro_credential(created["micro_credential_id"])
    assert [v["status"] for v in stored["versions"]] == ["draft"]
    assert stored["versions"][0]["metadata"]["title"]["en"] == "Welding safety, revised"


async def test_a_published_micro_credential_gets_a_new_draft_version(college: College) -> None:
    original = item("WELD-701", iqap=False)
    identifier = (await college.import_json([original])).json()["rows"][0]["micro_credential_id"]
    await college.step(identifier, 1, "publication")

    same = (await college.import_json([original])).json()["rows"][0]
    assert (same["outcome"], same["version"]) == ("unchanged", 1)

    revised = item("WELD-701", "Welding safety, 2nd edition", iqap=False)
    first = (await college.import_json([revised])).json()["rows"][0]
    second = (await college.import_json([revised])).json()["rows"][0]

    assert (first["outcome"], first["version"]) == ("updated", 2)
    assert (second["outcome"], second["version"]) == ("unchanged", 2)
    stored = await college.micro_credential(identifier)
    assert stored["published_version"] == 1
    assert [(v["version"], v["status"], v["iqap"]) for v in stored["versions"]] == [
        (1, "published", False),
        (2, "draft", False),
    ]
    assert stored["versions"][0]["metadata"]["title"]["en"] == "Welding safety"


async def test_a_version_under_review_is_left_alone(college: College) -> None:
    original = item("WELD-801", **READY)
    identifier = (await college.import_json([original])).json()["rows"][0]["micro_credential_id"]
    await college.step(identifier, 1, "submission")
    changed = item("WELD-801", "Welding safety, revised", **READY)

    refused = await college.import_json([item("WELD-802"), changed])
    assert refused.status_code == 422, refused.text
    problem = refused.json()
    assert fields(problem) == [("body.items.1", "lifecycle_conflict")]
    assert "submitted" in problem["errors"][0]["message"]
    assert problem["rows"][0]["micro_credential_id"] == identifier

    partial = (await college.import_json([changed], partial=True)).json()["rows"][0]
    assert partial["outcome"] == "rejected"
    identical = (await college.import_json([original])).json()["rows"][0]
    assert (identical["outcome"], identical["version"]) == ("unchanged", 1)
    stored = await college.micro_credential(identifier)
    assert [(v["status"], v["metadata"]["title"]["en"]) for v in stored["versions"]] == [
        ("submitted", "Welding safety")
    ]


async def test_the_iqap_route_is_fixed_once_created(college: College) -> None:
    await college.import_json([item("WELD-901", iqap=False)])

    refused = await college.import_json([item("WELD-901", iqap=True)])
    unstated = await college.import_json([item("WELD-901")])

    assert refused.status_code == 422, refused.text
    assert fields(refused.json()) == [("body.items.0.iqap", "iqap_unchangeable")]
    assert unstated.status_code == 200, unstated.text
    assert outcomes(unstated.json()) == ["unchanged"]


async def test_a_course_code_appears_once_per_batch(college: College) -> None:
    response = await college.import_json([item("WELD-1001"), item("WELD-1002"), item("WELD-1001", "Other")])

    assert response.status_code == 422, response.text
    problem = response.json()
    assert fields(problem) == [("body.items.2.course_code", "duplicate_in_batch")]
    assert "item 0" in problem["errors"][0]["message"]


async def test_two_imports_at_once_create_each_micro_credential_once(college: College) -> None:
    batch = [item(f"WELD-11{index:02d}") for index in range(6)]

    first, second = await asyncio.gather(college.import_json(batch), college.import_json(batch))

    assert first.status_code == 200, first.text
    assert second.status_code == 200, second.text
    for mine, theirs in zip(first.json()["rows"], second.json()["rows"], strict=True):
        assert sorted([mine["outcome"], theirs["outcome"]]) == ["created", "unchanged"]
        assert mine["micro_credential_id"] == theirs["micro_credential_id"]


@pytest.mark.parametrize(
    ("body", "field", "code"),
    [
        (b"{", "body", "json_invalid"),
        (b"[]", "body", "model_type"),
        (b'{"rows": []}', "body.rows", "extra_forbidden"),
        (b"{}", "body.items", "missing"),
        (b'{"items": "WELD-1"}', "body.items", "list_type"),
        (b'{"items": []}', "body.items", "empty_batch"),
    ],
)
async def test_a_malformed_json_body_is_a_clear_422(
    college: College, body: bytes, field: str, code: str
) -> None:
    response = await college.post_raw(body, "application/json")

    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == PROBLEM
    assert fields(response.json()) == [(field, code)]


# --- CSV -------------------------------------------------------------------------------------------

FULL_HEADER = (
    "course_code,iqap,title_en,title_fr,description_en,description_fr,languages,qualification_type,"
    "instructional_hours,hours_rationale,learner_effort_hours,duration_weeks,learning_outcomes_en,"
    "learning_outcomes_fr,assessment_methods,assessment_grading_scheme,assessment_summative,prerequisites,"
    "ideal_learner_profile,delivery_modes,formats,noc_codes,cip_codes,price_amount,price_currency,"
    "osap_eligible,url"
)


async def test_a_csv_batch_maps_its_columns_onto_the_metadata(college: College) -> None:
    full = (
        'WELD-C1,true,Welding safety,Sécurité en soudage,"Safe practice, in a shop.",La sécurité.,en; fr,'
        'cert,45,Shop practice needs the extra hours.,60,6,"Apply lockout procedures.\nChoose protective '
        'equipment.","Appliquer le cadenassage.\nChoisir l\'équipement.",exam:40; practical_demonstration:60,'
        "percentage,yes,None.,Shop workers,in_person;hybrid,cohort,72106;94100,48.0508,450.00,CAD,no,"
        "https://college.example/weld"
    )
    sparse = ",".join(["WELD-C2", "false", "", "Coupage"] + [""] * 23)
    text = f"{FULL_HEADER}\n{full}\n{sparse}\n"

    response = await college.import_csv(text)

    assert response.status_code == 200, response.text
    rows = response.json()["rows"]
    assert [(row["row"], row["line"], row["course_code"], row["outcome"]) for row in rows] == [
        (0, 2, "WELD-C1", "created"),
        (1, 5, "WELD-C2", "created"),
    ]
    stored = await college.micro_credential(rows[0]["micro_credential_id"])
    assert stored["versions"][0]["iqap"] is True
    expected = {
        "title": {"en": "Welding safety", "fr": "Sécurité en soudage"},
        "description": {"en": "Safe practice, in a shop.", "fr": "La sécurité."},
        "languages_of_instruction": ["en", "fr"],
        "qualification_type": "cert",
        "instructional_hours": "45",
        "hours_rationale": "Shop practice needs the extra hours.",
        "learner_effort_hours": "60",
        "duration_weeks": "6",
        "learning_outcomes": [
            {"statement": {"en": "Apply lockout procedures.", "fr": "Appliquer le cadenassage."}},
            {"statement": {"en": "Choose protective equipment.", "fr": "Choisir l'équipement."}},
        ],
        "assessment": {
            "methods": [
                {"type": "exam", "weight_percent": "40"},
                {"type": "practical_demonstration", "weight_percent": "60"},
            ],
            "grading_scheme": "percentage",
            "summative": True,
        },
        "prerequisites": "None.",
        "ideal_learner_profile": "Shop workers",
        "delivery_modes": ["in_person", "hybrid"],
        "formats": ["cohort"],
        "noc_codes": ["72106", "94100"],
        "cip_codes": ["48.0508"],
        "price": {"amount": "450.00", "currency": "CAD"},
        "osap_eligible": False,
        "url": "https://college.example/weld",
    }
    assert MicroCredentialMetadata.model_validate(stored["versions"][0]["metadata"]) == (
        MicroCredentialMetadata.model_validate(expected)
    )
    sparse_stored = await college.micro_credential(rows[1]["micro_credential_id"])
    assert sparse_stored["versions"][0]["iqap"] is False
    assert MicroCredentialMetadata.model_validate(sparse_stored["versions"][0]["metadata"]) == (
        MicroCredentialMetadata.model_validate({"title": {"fr": "Coupage"}})
    )

    again = await college.import_csv(text)
    assert outcomes(again.json()) == ["unchanged", "unchanged"]


async def test_csv_errors_name_the_line_and_the_column(college: College) -> None:
    text = (
        "course_code,title_en,instructional_hours,languages,qualification_type,learning_outcomes_en,"
        "learning_outcomes_fr,assessment_methods,assessment_grading_scheme\n"
        "W-100,Welding,30,en,cert,Weld safely,,,\n"  # line 2
        'W-200,Cutting,20,en,,"Cut steel\nCut aluminium",,,\n'  # lines 3-4
        "W-300,Grinding,lots,en,,,,,\n"  # line 5
        "W-400,Brazing,12,en;english,,,,,\n"  # line 6
        ",No code,12,,,,,,\n"  # line 7
        "W-500,Soldering,30,en,dip,,,,\n"  # line 8
        '\nW-600,Fitting,30,en,,"One\nTwo",Un,exam:50;quiz:20,letters\n'  # blank line 9, then lines 10-11
        f"W-700,Polishing,30,en,,Polish,{'x' * 10_001},,\n"  # line 12
    )

    response = await college.import_csv(text)

    assert response.status_code == 422, response.text
    problem = response.json()
    assert fields(problem) == [
        ("body.line.5.instructional_hours", "decimal_parsing"),
        ("body.line.6.languages", "string_pattern_mismatch"),
        ("body.line.7.course_code", "missing"),
        ("body.line.8.qualification_type", "level_not_approved"),
        ("body.line.10.learning_outcomes_fr", "outcome_count_mismatch"),
        ("body.line.10.assessment_grading_scheme", "enum"),
        ("body.line.10.assessment_summative", "missing"),
        ("body.line.12.learning_outcomes_fr", "string_too_long"),
    ]
    assert problem["errors"][1]["message"].startswith("item 2: ")
    assert [(row["row"], row["line"], row["course_code"]) for row in problem["rows"]] == [
        (2, 5, "W-300"),
        (3, 6, "W-400"),
        (4, 7, None),
        (5, 8, "W-500"),
        (6, 10, "W-600"),
        (7, 12, "W-700"),
    ]

    partial = await college.import_csv(text, partial=True)
    assert partial.status_code == 200, partial.text
    assert outcomes(partial.json()) == ["created", "created"] + ["rejected"] * 6


async def test_a_line_with_the_wrong_number_of_cells_is_rejected(college: College) -> None:
    text = "course_code,title_en\nW-1,Welding\nW-2,Cutting,extra\nW-3\n"

    refused = await college.import_csv(text)
    partial = await college.import_csv(text, partial=True)

    assert refused.status_code == 422, refused.text
    assert fields(refused.json()) == [
        ("body.line.3", "wrong_cell_count"),
        ("body.line.4", "wrong_cell_count"),
    ]
    assert [row["course_code"] for row in refused.json()["rows"]] == ["W-2", "W-3"]
    assert partial.status_code == 200, partial.text
    assert outcomes(partial.json()) == ["created", "rejected", "rejected"]


async def test_a_spreadsheet_export_is_read(college: College) -> None:
    """Excel's "CSV UTF-8": a byte-order mark, CRLF line ends, header names in any case and order."""
    text = "\ufeffTitle_EN , Course_Code\r\nCafé safety,W-1\r\n"

    response = await college.import_csv(text.encode(), content_type="text/csv; charset=UTF-8")

    assert response.status_code == 200, response.text
    row = response.json()["rows"][0]
    assert (row["course_code"], row["outcome"], row["line"]) == ("W-1", "created", 2)
    stored = await college.micro_credential(row["micro_credential_id"])
    assert stored["versions"][0]["metadata"]["title"]["en"] == "Café safety"


@pytest.mark.parametrize(
    ("body", "field", "code"),
    [
        (b"course_code,title_en,colour\nW-1,T,red\n", "body.line.1", "unknown_column"),
        (b"title_en\nT\n", "body.line.1", "missing_column"),
        (b"course_code,title_en,title_en\nW-1,T,T\n", "body.line.1", "duplicate_column"),
        (b"course_code,,title_en\nW-1,,T\n", "body.line.1", "unnamed_column"),
        ("course_code,title_en\nW-1,T\nW-2,Café\n".encode("latin-1"), "body.line.3", "invalid_encoding"),
        (b'course_code,title_en\nW-1,"T\n', "body.line.2", "csv_malformed"),
        (b'course_code,title_en\nW-1,T\nW-2,"T"x\n', "body.line.3", "csv_malformed"),
        (b"", "body", "empty_batch"),
        (b"course_code,title_en\n\n", "body", "empty_batch"),
    ],
    ids=[
        "unknown column",
        "no course_code column",
        "repeated column",
        "unnamed column",
        "latin-1",
        "unclosed quote",
        "text after a quote",
        "empty",
        "header only",
    ],
)
async def test_a_malformed_csv_is_a_clear_422(college: College, body: bytes, field: str, code: str) -> None:
    response = await college.import_csv(body, partial=True)

    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == PROBLEM
    problem = response.json()
    assert problem["type"] == "urn:omc:problem:validation-error"
    assert fields(problem) == [(field, code)]
    assert "rows" not in problem


async def test_a_bad_header_names_every_bad_column(college: College) -> None:
    response = await college.import_csv(b"colour,title_en,size\nred,T,L\n")

    assert response.status_code == 422, response.text
    messages = [error["message"] for error in response.json()["errors"]]
    assert len(messages) == 3
    assert "'colour'" in messages[0]
    assert "'size'" in messages[1]
    assert "'course_code'" in messages[2]


@pytest.mark.parametrize(
    "content_type",
    ["application/xml", "text/csv; charset=iso-8859-1", "multipart/form-data; boundary=x", None],
)
async def test_other_media_types_are_refused(college: College, content_type: str | None) -> None:
    response = await college.post_raw(b"course_code,title_en\nW-1,T\n", content_type)

    assert response.status_code == 415, response.text
    assert response.headers["content-type"] == PROBLEM
    assert response.json()["type"] == "urn:omc:problem:unsupported-media-type"


# --- limits and authorisation ----------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["json", "csv"])
async def test_a_batch_over_the_row_limit_is_refused(college: College, kind: str) -> None:
    limit = college.platform.registry.import_max_rows
    codes = [f"R{index}" for index in range(limit + 1)]
    if kind == "json":
        # Compact, so that the body stays under the test platform's max_body_bytes.
        items = [{"course_code": code, "metadata": {"title": {"en": "T"}}} for code in codes]
        body = json.dumps({"items": items}, separators=(",", ":")).encode()
        assert len(body) < college.platform.registry.max_body_bytes
        response = await college.post_raw(body, "application/json")
    else:
        response = await college.import_csv(
            "course_code,title_en\n" + "".join(f"{code},T\n" for code in codes)
        )

    assert response.status_code == 413, response.text
    problem = response.json()
    assert problem["type"] == "urn:omc:problem:payload-too-large"
    assert problem["max_rows"] == limit
    assert str(limit) in problem["detail"]
    # Nothing was imported: the first row is new when imported alone.
    alone = await college.import_json([item(codes[0])])
    assert outcomes(alone.json()) == ["created"]


@pytest.mark.parametrize("actor", ["other institution", "own SIS", "admin", "partner"])
async def test_only_the_owner_registrar_may_import(college: College, actor: str) -> None:
    platform = college.platform
    credentials = {
        "other institution": lambda: platform.new_actor(OrganisationKind.INSTITUTION, [Role.INSTITUTION]),
        "own SIS": lambda: platform.new_client(college.id, [Role.SIS]),
        "partner": lambda: platform.new_actor(OrganisationKind.ALTERNATE_PROVIDER, [Role.PARTNER]),
    }
    client = platform.admin if actor == "admin" else await credentials[actor]()

    response = await college.import_json([item("WELD-X")], actor=client)

    assert response.status_code == 403, response.text
    assert response.headers["content-type"] == PROBLEM
    mine = await college.import_json([item("WELD-X")])
    assert outcomes(mine.json()) == ["created"]


async def test_an_import_needs_a_token(college: College) -> None:
    response = await college.platform.http.post(college.url, json={"items": [item("WELD-X")]})

    assert response.status_code == 401


async def test_the_contract_documents_json_and_csv(platform: Platform) -> None:
    document = (await platform.http.get(f"{platform.registry.public_url}/openapi.json")).json()
    operation = document["paths"]["/v1/organisations/{organisation_id}/micro-credentials/import"]["post"]

    content = operation["requestBody"]["content"]
    assert set(content) == {"application/json", "text/csv"}
    reference = content["application/json"]["schema"]["properties"]["items"]["items"]["$ref"]
    assert reference.removeprefix("#/components/schemas/") in document["components"]["schemas"]
    assert operation["responses"]["200"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/BulkImportResult"
    }
    assert {"413", "415", "422", "403"} <= set(operation["responses"])
    assert "`learning_outcomes_en`" in operation["description"]


async def test_two_imports_in_opposite_orders_do_not_deadlock(college: College) -> None:
    codes = [f"WELD-12{index:02d}" for index in range(30)]
    await college.import_json([item(code) for code in codes])
    forwards = [item(code, "Forwards") for code in codes]
    backwards = [item(code, "Backwards") for code in reversed(codes)]

    first, second = await asyncio.gather(college.import_json(forwards), college.import_json(backwards))

    assert first.status_code == 200, first.text
    assert second.status_code == 200, second.text
    assert set(outcomes(first.json())) == set(outcomes(second.json())) == {"updated"}


async def test_the_documented_csv_example_imports(college: College) -> None:
    document = (PROJECT_ROOT / "docs" / "bulk-import.md").read_text()
    example = document.split("```csv\n", 1)[1].split("```", 1)[0]

    response = await college.import_csv(example)

    assert response.status_code == 200, response.text
    rows = response.json()["rows"]
    assert [(row["line"], row["course_code"], row["outcome"]) for row in rows] == [
        (2, "WELD-100", "created"),
        (4, "WELD-200", "created"),
    ]
    stored = await college.micro_credential(rows[0]["micro_credential_id"])
    metadata = stored["versions"][0]["metadata"]
    assert [outcome["statement"]["en"] for outcome in metadata["learning_outcomes"]] == [
        "Apply lockout procedures.",
        "Choose protective equipment.",
    ]
    assert metadata["languages_of_instruction"] == ["en", "fr"]
