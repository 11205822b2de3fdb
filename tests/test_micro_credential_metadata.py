"""Metadata validation: each field on its own, with the problem naming the field's path; what the
registry derives (TEER from NOC codes, the OQF level, hours outside the guideline)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.support.micro_credentials import Registrar, complete_metadata, field_paths, ready_metadata
from tests.support.platform import Platform


@pytest.fixture(scope="module")
async def college(platform: Platform) -> Registrar:
    _, registrar = await platform.new_domci("ontario_public_college")
    return Registrar(platform, registrar)


@pytest.fixture(scope="module")
async def draft(college: Registrar) -> str:
    """One draft every refused edit is tried on; it must never change."""
    created = await college.create(ready_metadata())
    identifier: str = created["id"]
    return identifier


def _sent(value: Any) -> Any:
    """``value`` as a client would have sent it: the response spells out absent fields as null."""
    if isinstance(value, dict):
        return {key: _sent(item) for key, item in value.items() if item is not None}
    if isinstance(value, list):
        return [_sent(item) for item in value]
    return value


def _assessment(*weights: str | None) -> dict[str, Any]:
    methods = [{"type": "exam"} if w is None else {"type": "exam", "weight_percent": w} for w in weights]
    return {"methods": methods, "grading_scheme": "percentage", "summative": True}


INVALID: list[tuple[str, dict[str, Any], set[str]]] = [
    ("title in neither language", {"title": {}}, {"body.title"}),
    ("title only blanks", {"title": {"en": "   "}}, {"body.title.en"}),
    ("title in another language", {"title": {"en": "Welding", "de": "Schweissen"}}, {"body.title.de"}),
    ("title missing", {"title": None}, {"body.title"}),
    ("description in neither language", {"description": {"en": None, "fr": None}}, {"body.description"}),
    (
        "outcome without a statement",
        {"learning_outcomes": [{"statement": {}}]},
        {"body.learning_outcomes.0.statement"},
    ),
    ("NOC of four digits", {"noc_codes": ["72106", "2123"]}, {"body.noc_codes.1"}),
    ("NOC of six digits", {"noc_codes": ["721060"]}, {"body.noc_codes.0"}),
    ("NOC with a letter", {"noc_codes": ["7210A"]}, {"body.noc_codes.0"}),
    ("CIP without the dot", {"cip_codes": ["480508"]}, {"body.cip_codes.0"}),
    ("CIP of the 2-digit series", {"cip_codes": ["48.05"]}, {"body.cip_codes.0"}),
    ("CIP with the dot misplaced", {"cip_codes": ["480.508"]}, {"body.cip_codes.0"}),
    (
        "offering ending before it starts",
        {"offerings": [{"start_date": "2027-03-01", "end_date": "2027-02-28"}]},
        {"body.offerings.0"},
    ),
    (
        "offering date not a date",
        {"offerings": [{"start_date": "soon", "end_date": "2027-02-28"}]},
        {"body.offerings.0.start_date"},
    ),
    ("weights adding up to 90", {"assessment": _assessment("40", "50")}, {"body.assessment"}),
    ("weights adding up to 110", {"assessment": _assessment("60", "50")}, {"body.assessment"}),
    ("weights for some methods only", {"assessment": _assessment("100", None)}, {"body.assessment"}),
    ("a weight above 100", {"assessment": _assessment("120")}, {"body.assessment.methods.0.weight_percent"}),
    ("assessment without methods", {"assessment": _assessment()}, {"body.assessment.methods"}),
    (
        "assessment of an unknown type",
        {"assessment": {**_assessment(), "methods": [{"type": "vibes"}]}},
        {"body.assessment.methods.0.type"},
    ),
    ("an unknown field", {"level": "bachelor"}, {"body.level"}),
    (
        "an unknown nested field",
        {"assessment": {**_assessment(), "methods": [{"type": "exam", "score": 3}]}},
        {"body.assessment.methods.0.score"},
    ),
    ("derived facts are not written by clients", {"derived": {"teer_categories": [0]}}, {"body.derived"}),
    ("zero hours", {"instructional_hours": "0"}, {"body.instructional_hours"}),
    ("hours as words", {"instructional_hours": "thirty"}, {"body.instructional_hours"}),
    (
        "a language that is no code",
        {"languages_of_instruction": ["English"]},
        {"body.languages_of_instruction.0"},
    ),
    ("an unknown delivery mode", {"delivery_modes": ["carrier_pigeon"]}, {"body.delivery_modes.0"}),
    ("a currency in lower case", {"price": {"amount": "10", "currency": "cad"}}, {"body.price.currency"}),
    ("a price in fractions of cents", {"price": {"amount": "10.005"}}, {"body.price.amount"}),
    ("a page that is no URL", {"url": "welding safety"}, {"body.url"}),
    (
        "a partner without a role",
        {"partners": [{"organisation_id": "00000000-0000-4000-8000-000000000000"}]},
        {"body.partners.0.role"},
    ),
    (
        "an endorser of an unknown type",
        {"endorsements": [{"endorser_name": "X", "endorser_type": "friend", "attests": "y"}]},
        {"body.endorsements.0.endorser_type"},
    ),
    (
        "several faults at once",
        {"title": {}, "noc_codes": ["1"], "cip_codes": ["1.1"], "colour": "red"},
        {"body.title", "body.noc_codes.0", "body.cip_codes.0", "body.colour"},
    ),
]


@pytest.mark.parametrize(
    ("change", "fields"), [(c, f) for _, c, f in INVALID], ids=[n for n, _, _ in INVALID]
)
async def test_invalid_metadata_is_refused_naming_the_field(
    college: Registrar, draft: str, change: dict[str, Any], fields: set[str]
) -> None:
    before = await college.state(draft)
    metadata = {key: value for key, value in ready_metadata(**change).items() if value is not None}
    response = await college.save_draft(draft, metadata)
    assert field_paths(response) == fields
    assert response.json()["type"] == "urn:omc:problem:validation-error"
    assert "Schweissen" not in response.text, "input values are not echoed back"
    assert await college.state(draft) == before


async def test_on_creation_the_path_runs_through_the_metadata(college: Registrar) -> None:
    response = await college.create_response(ready_metadata(noc_codes=["7210"], title={}))
    assert field_paths(response) == {"body.metadata.noc_codes.0", "body.metadata.title"}
    unknown = await college.platform.http.post(
        f"{college.base}/v1/organisations/{college.organisation_id}/micro-credentials",
        json={"course_code": "X-1", "metadata": ready_metadata(), "omc_mark": True},
        headers=await college.headers(),
    )
    assert field_paths(unknown) == {"body.omc_mark"}
    bad_code = await college.create_response(ready_metadata(), course_code="-starts with a dash")
    assert field_paths(bad_code) == {"body.course_code"}


@pytest.mark.parametrize(
    "title", [{"en": "Welding safety"}, {"fr": "Sécurité en soudage"}, {"en": "Welding", "fr": "Soudage"}]
)
async def test_a_title_in_either_language_will_do(college: Registrar, title: dict[str, str]) -> None:
    created = await college.create(ready_metadata(title=title))
    assert _sent(created["versions"][0]["metadata"]["title"]) == title


async def test_teer_categories_are_derived_from_noc_codes(college: Registrar) -> None:
    created = await college.create(ready_metadata(noc_codes=["72106", "21231", "00010", "65310"]))
    derived = created["versions"][0]["derived"]
    assert derived["teer_categories"] == [2, 1, 0, 5], "the second digit, in the same order"
    assert derived["oqf_level"] == 1


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"cip_codes": ["48.0508", "14.0901"]}, {"cip_codes": ["48.0508", "14.0901"]}),
        ({"assessment": _assessment("33.33", "33.33", "33.34")}, None),
        ({"assessment": _assessment(None, None)}, None),
        ({"offerings": [{"start_date": "2027-01-11", "end_date": "2027-01-11"}]}, None),
        ({"title": {"en": "  Welding safety  "}}, {"title": {"en": "Welding safety"}}),
    ],
    ids=["cip codes", "weights adding up to 100", "no weights", "a one-day offering", "trimmed text"],
)
async def test_valid_metadata_is_kept(
    college: Registrar, change: dict[str, Any], expected: dict[str, Any] | None
) -> None:
    created = await college.create(ready_metadata(**change))
    metadata = _sent(created["versions"][0]["metadata"])
    for key, value in (expected or change).items():
        assert metadata[key] == value, key


async def test_complete_metadata_round_trips(college: Registrar) -> None:
    sent = complete_metadata()
    created = await college.create(sent)
    version = created["versions"][0]
    assert _sent(version["metadata"]) == {**sent, "partners": []}, "defaults spelt out, nothing else"
    assert version["derived"] == {"hours_outside_guideline": False, "teer_categories": [2], "oqf_level": 1}
