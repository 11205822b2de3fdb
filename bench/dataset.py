"""A realistic catalogue for the benchmarks: 45 institutions and N published micro-credentials.

    .venv/bin/python bench/dataset.py [--size 2000|100000] [--force]

Creates the database `omc_bench_catalogue_<size>` (ops.database.setup: roles, schemas, migrations,
reference data), then writes, as the registry's own role and through the registry's row classes and
repositories:

- 45 institutions (20 public colleges, 2 of them francophone; 15 universities, 1 bilingual; 6
  Indigenous institutes; 4 degree providers with ministerial consent), their approved OMC types,
  and their DOMCI designations in `registry.designations` (38 designated, 3 designated then
  suspended, 4 never designated); plus 12 alternate providers that appear as partners;
- N micro-credentials in the catalogue, each with its published version (12% also have an earlier,
  superseded version), 2% more that were published and then retired (tombstones in the feed),
  OMC+ credit transfers on ~4%, and the catalogue change feed in the order the service would have
  written it.

The mix follows the 2022 survey of the Ontario portal (../shared/domain/omc-framework.md): ~25% no
description and ~50% a limited one; ~25% no learning outcomes and <25% outcomes with competencies;
contact hours 2-480 on every listing; ~4% credit-bearing; assessment fulsome in <20%, absent in ~40%;
~70% online, ~14% in person or hybrid, ~16% no delivery mode; <6% with industry partners or
endorsements; ~30% without a current run. On top of the survey, 25% of listings are OMCs: approved
through their institution's IQAP while it was a DOMCI in good standing, so they state their level,
hours (with a rationale outside 12-40 h), outcomes and assessment; the other 75% are listed outside
the IQAP and state a level only in 2% of cases ("almost never"). The survey's shares are kept over
the whole catalogue, so the non-IQAP listings are patchier than the average to make room for the
complete OMCs. The generator prints the mix it achieved.

The extracted columns come from `extracted_columns` and `profiles_met`, exactly as the service
computes them. Random choices are seeded and dates are relative to a fixed day (ANCHOR), so a size
always gives the same data. A database already generated at that size (by the same generator
version) is reused: the marker is the database's comment.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sys
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock
from decimal import Decimal
from pathlib import Path
from typing import Any

import asyncpg
from sqlalchemy import insert

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from databases import database_comment, drop_database

from ops.database import any_server, setup
from services.registry_api.db.tables import (
    CatalogueChangeRow,
    CreditTransferRow,
    MicroCredentialRow,
    MicroCredentialVersionRow,
    OrganisationRow,
)
from services.registry_api.repositories.micro_credentials import extracted_columns
from services.registry_api.repositories.organisations import OrganisationRepository
from services.registry_api.services.conformance import profiles_met
from shared.db.engine import create_engine, create_session_factory
from shared.db.migrations import PROJECT_ROOT, REGISTRY
from shared.db.urls import to_asyncpg_dsn, with_database
from shared.schemas.micro_credentials import MicroCredentialMetadata
from shared.schemas.organisations import DesignationEvent, DesignationStatus

GENERATOR_VERSION = 1
SEED = 2022
ANCHOR = date(2026, 11, 22)  # "today" of the dataset: run dates and histories are relative to it
DEFAULT_SIZE = 2000
OMC_SHARE = 0.25
SUPERSEDED_SHARE = 0.12
RETIRED_SHARE = 0.02
BATCH = 2000


def database_name(size: int) -> str:
    return f"omc_bench_catalogue_{size}"


def marker(size: int) -> str:
    return f"omc-bench-catalogue generator={GENERATOR_VERSION} seed={SEED} size={size} complete"


# --- institutions -----------------------------------------------------------------------------

_PLACES = [
    "Cedar Ridge", "Pine Harbour", "Maple Falls", "Granite Bay", "Birch Point", "Silver Lake",
    "Heron Bay", "Stone Creek", "Aspen Hills", "Spruce Narrows", "Willow Glen", "Otter Rapids",
    "Tamarack", "Red Rock", "Loon Lake", "Kestrel Valley", "Trillium Shore", "Beaver Dam",
    "Elm Crossing", "Fox Point", "Balsam Heights", "Osprey Flats", "Juniper Bend", "Ironwood",
    "Larch Harbour", "Sumac Ridge", "Cobalt Springs", "Bluewater", "Northgate", "Lakeview",
    "Riverside", "Eastbrook", "Westmount", "Southport", "Highland", "Clearwater", "Sandy Cove",
    "Rideau Flats", "Amber Valley", "Quarry Hill",
]  # fmt: skip
_INDIGENOUS_NAMES = [
    "Eagle River Indigenous Institute", "Seven Fires Learning Centre", "Turtle Island Institute",
    "Three Sisters Indigenous Institute", "Northern Lights Anishinaabe Institute",
    "Sweetgrass Indigenous Education Centre",
]  # fmt: skip
_PARTNERS = [
    ("employer", "Great Lakes Manufacturing"), ("employer", "Northern Ontario Health Network"),
    ("employer", "Trillium Energy"), ("employer", "Lakeshore Logistics"),
    ("industry_association", "Ontario Advanced Manufacturing Council"),
    ("industry_association", "Ontario Construction Skills Association"),
    ("industry_association", "Digital Skills Ontario"),
    ("professional_association", "Ontario Association of Supply Chain Professionals"),
    ("professional_association", "Early Childhood Educators Network"),
    ("private_career_college", "Metro Career College"),
    ("community_organisation", "Newcomer Skills Hub"), ("employer", "Algoma Steelworks"),
]  # fmt: skip


@dataclass
class Institution:
    id: uuid.UUID
    slug: str
    name_en: str | None
    name_fr: str | None
    provider_type: str
    francophone: bool
    approved: list[str]
    designation: str  # designated, suspended, none
    designated_from: date | None
    suspended_from: date | None
    weight: float
    codes: int = 0


@dataclass
class Listing:
    """One micro-credential as it will be written: its versions' metadata and its history."""

    id: uuid.UUID
    institution: Institution
    course_code: str
    omc: bool
    versions: list[tuple[MicroCredentialMetadata, datetime]]  # (metadata, published_at), oldest first
    retired_at: datetime | None = None
    transfers: list[dict[str, Any]] = field(default_factory=list)


def _uuid(rng: random.Random) -> uuid.UUID:
    return uuid.UUID(int=rng.getrandbits(128), version=4)


def _slug(name: str) -> str:
    return "bench-" + "".join(c if c.isalnum() else "-" for c in name.lower()).strip("-").replace("--", "-")


def _approved_types(rng: random.Random, provider_type: str) -> list[str]:
    """The OMC types the ministry approved: always the entry level, higher ones at some."""
    if provider_type == "ontario_public_college":
        optional = (("dip", 0.6), ("postdip", 0.3), ("app", 0.1))
        return ["cert"] + [code for code, share in optional if rng.random() < share]
    if provider_type == "indigenous_institute":
        return ["cert"] + (["dip"] if rng.random() < 0.5 else [])
    return ["bac"] + [code for code, share in (("ma", 0.6), ("doc", 0.2)) if rng.random() < share]


def plan_institutions(rng: random.Random) -> list[Institution]:
    places = rng.sample(_PLACES, len(_PLACES))
    institutions: list[Institution] = []

    def add(name_en: str | None, name_fr: str | None, kind: str, weight: float, francophone: bool) -> None:
        institutions.append(
            Institution(
                id=_uuid(rng),
                slug=_slug(name_en or name_fr or ""),
                name_en=name_en,
                name_fr=name_fr,
                provider_type=kind,
                francophone=francophone,
                approved=[],
                designation="designated",
                designated_from=None,
                suspended_from=None,
                weight=weight * rng.uniform(0.3, 1.7),
            )
        )

    for index in range(20):
        place = places.pop()
        if index < 2:
            add(None, f"Collège {place}", "ontario_public_college", 3.0, True)
        else:
            add(f"{place} College", None, "ontario_public_college", 3.0, False)
    for index in range(15):
        place = places.pop()
        if index == 0:
            add(f"University of {place}", f"Université de {place}", "ontario_public_university", 1.2, True)
        else:
            add(f"{place} University", None, "ontario_public_university", 1.2, False)
    for name in _INDIGENOUS_NAMES:
        add(name, None, "indigenous_institute", 0.5, False)
    for place in places[:4]:
        add(f"{place} Institute of Technology", None, "degree_provider_ministerial_consent", 0.3, False)

    for institution in institutions:
        institution.approved = _approved_types(rng, institution.provider_type)
        institution.designated_from = date(2024, 1, 1) + timedelta(days=rng.randrange(0, 240))
    # 4 never designated (2 degree providers, 1 Indigenous institute, 1 college), 3 suspended.
    never = [i for i in institutions if i.provider_type == "degree_provider_ministerial_consent"][:2]
    never += [i for i in institutions if i.provider_type == "indigenous_institute"][-1:]
    never += [i for i in institutions if i.provider_type == "ontario_public_college"][-1:]
    for institution in never:
        institution.designation, institution.designated_from = "none", None
    candidates = [i for i in institutions if i.designation == "designated"]
    for institution in rng.sample(candidates, 3):
        institution.designation = "suspended"
        institution.suspended_from = ANCHOR - timedelta(days=rng.randrange(20, 90))
    return institutions


# --- micro-credential metadata --------------------------------------------------------------------

# (English topic, French topic, NOC 2021 codes, CIP 2021 codes)
_TOPICS = [
    ("Welding Safety", "Sécurité en soudage", ["72106"], ["48.0508"]),
    ("Early Childhood Education", "Éducation de la petite enfance", ["42202"], ["19.0709"]),
    ("Data Analytics", "Analytique des données", ["21211", "21223"], ["30.7001"]),
    ("Cybersecurity", "Cybersécurité", ["21220"], ["11.1003"]),
    ("Project Management", "Gestion de projet", ["10019"], ["52.0211"]),
    ("Personal Support Work", "Soutien personnel", ["33102"], ["51.3902"]),
    ("Supply Chain Management", "Gestion de la chaîne d'approvisionnement", ["13201"], ["52.0203"]),
    ("Bookkeeping", "Tenue de livres", ["12200"], ["52.0302"]),
    ("Electric Vehicle Maintenance", "Entretien des véhicules électriques", ["72410"], ["47.0604"]),
    ("Mental Health First Response", "Premiers soins en santé mentale", ["42201"], ["51.1501"]),
    ("Sustainable Construction", "Construction durable", ["72310"], ["46.0201"]),
    ("Digital Marketing", "Marketing numérique", ["11202"], ["52.1401"]),
    ("Cloud Computing", "Infonuagique", ["22220", "21231"], ["11.0901"]),
    ("Leadership", "Leadership", ["00015"], ["52.0213"]),
    ("Health Informatics", "Informatique de la santé", ["22220"], ["51.0706"]),
    ("Robotics and Automation", "Robotique et automatisation", ["22301"], ["15.0405"]),
    ("Workplace French", "Français en milieu de travail", [], ["16.0901"]),
    ("Mine Safety", "Sécurité minière", ["82020"], ["15.0901"]),
    ("Agri-Food Safety", "Salubrité agroalimentaire", ["22110"], ["01.1001"]),
    ("Indigenous Language Revitalization", "Revitalisation des langues autochtones", [], ["16.1201"]),
    ("Accessible Design", "Conception accessible", ["21232"], ["50.0401"]),
    ("Clinical Research", "Recherche clinique", ["31209"], ["51.0714"]),
    ("Artificial Intelligence", "Intelligence artificielle", ["21211"], ["11.0102"]),
    ("Human Resources", "Ressources humaines", ["11200"], ["52.1001"]),
]  # fmt: skip
_ASPECTS = [
    ("Fundamentals", "Notions de base"), ("Foundations", "Fondements"),
    ("for Supervisors", "pour superviseurs"),
    ("Advanced Practice", "Pratique avancée"), ("Essentials", "L'essentiel"), ("in Practice", "en pratique"),
    ("for Small Business", "pour les petites entreprises"), ("Level 2", "Niveau 2"),
    ("Tools and Methods", "Outils et méthodes"), ("for Newcomers", "pour les nouveaux arrivants"),
    ("Regulations and Compliance", "Réglementation et conformité"), ("Capstone", "Projet intégrateur"),
]  # fmt: skip
_VERBS = [
    ("Apply", "Appliquer"), ("Analyse", "Analyser"), ("Explain", "Expliquer"), ("Design", "Concevoir"),
    ("Evaluate", "Évaluer"), ("Communicate", "Communiquer"), ("Plan", "Planifier"),
    ("Document", "Documenter"),
]  # fmt: skip
_OBJECTS = [
    ("current practice in {t}", "les pratiques actuelles en {t}"),
    ("the main risks of {t} work", "les principaux risques du travail en {t}"),
    ("a workplace project in {t}", "un projet de milieu de travail en {t}"),
    ("the regulations that govern {t}", "la réglementation qui encadre {t}"),
    ("results to a client or team", "des résultats à un client ou à une équipe"),
    ("tools used in {t}", "les outils utilisés en {t}"),
]  # fmt: skip
_SENTENCES = [
    "Learners work through realistic cases drawn from Ontario employers.",
    "The course combines short lessons, practice activities and feedback from instructors.",
    "It is designed for people already working in the field who want to update their skills.",
    "Participants complete a final project they can show to an employer.",
    "Content was developed with an industry advisory committee and is reviewed every year.",
    "No prior experience is required beyond basic computer skills.",
]


# Shares by route (False: listed outside the IQAP, True: OMC). Outside the IQAP the survey's gaps are
# wider, so that over the whole catalogue (25% OMCs) the survey's shares hold.
DESCRIPTION = {
    True: {"none": 0.10, "limited": 0.45, "full": 0.45},
    False: {"none": 0.30, "limited": 0.517, "full": 0.183},
}
OUTCOMES = {
    True: {"none": 0.0, "plain": 0.6, "competencies": 0.4},
    False: {"none": 0.333, "plain": 0.534, "competencies": 0.133},
}
ASSESSMENT = {
    True: {"absent": 0.0, "limited": 0.6, "fulsome": 0.4},
    False: {"absent": 0.533, "limited": 0.36, "fulsome": 0.107},
}
LEVEL_WEIGHTS = {"cert": 70, "dip": 15, "postdip": 12, "app": 3, "bac": 65, "ma": 30, "doc": 5}
MODES: dict[str, list[str]] = {
    "async": ["online_asynchronous"],
    "sync": ["online_synchronous"],
    "both": ["online_synchronous", "online_asynchronous"],
    "in_person": ["in_person"],
    "hybrid": ["hybrid"],
    "none": [],
}
_ASSESSMENT_TYPES = ["exam", "project", "portfolio", "practical_demonstration", "assignment", "quiz"]
DELIVERY = {"async": 0.42, "sync": 0.175, "both": 0.105, "in_person": 0.10, "hybrid": 0.04, "none": 0.16}


def _pick(rng: random.Random, shares: dict[str, float]) -> str:
    return rng.choices(list(shares), weights=list(shares.values()))[0]


@dataclass
class _Draft:
    """One version's metadata as it is being generated."""

    rng: random.Random
    omc: bool
    topic: tuple[str, str, list[str], list[str]]
    written: str
    data: dict[str, Any] = field(default_factory=dict)

    def text(self, en: str | None, fr: str | None) -> dict[str, str]:
        text: dict[str, str] = {}
        if self.written in ("en", "both") and en:
            text["en"] = en
        if self.written in ("fr", "both") and fr:
            text["fr"] = fr
        return text or {"en": en or fr or "-"}

    def describe(self) -> None:
        """Survey: ~25% no description, ~50% a limited one; OMCs are a little better described."""
        kind = _pick(self.rng, DESCRIPTION[self.omc])
        if kind == "none":
            return
        topic_en, topic_fr = self.topic[0].lower(), self.topic[1].lower()
        first = f"An introduction to {topic_en} for the Ontario workplace."
        en = first if kind == "limited" else " ".join([first, *self.rng.sample(_SENTENCES, 3)])
        self.data["description"] = self.text(
            en, f"Une introduction à {topic_fr} pour le milieu de travail ontarien."
        )

    def level(self, approved: list[str]) -> None:
        """Every OMC states its level; listings outside the IQAP almost never do."""
        if self.omc or self.rng.random() < 0.02:
            weights = [LEVEL_WEIGHTS[code] for code in approved]
            self.data["qualification_type"] = self.rng.choices(approved, weights=weights)[0]

    def hours(self) -> None:
        """Survey: contact hours 2-480, always stated; a rationale outside 12-40 h (always for OMCs)."""
        rng = self.rng
        low, high = rng.choices([(2, 11), (12, 40), (41, 120), (121, 480)], weights=[15, 55, 22, 8])[0]
        hours = Decimal(rng.randint(low * 2, high * 2)) / 2
        self.data["instructional_hours"] = str(hours)
        if not (12 <= hours <= 40) and (self.omc or rng.random() < 0.3):
            self.data["hours_rationale"] = "The hours follow the occupational standard it maps to."
        if rng.random() < 0.3:
            self.data["learner_effort_hours"] = str(hours * Decimal("1.5"))
        if rng.random() < 0.5:
            self.data["duration_weeks"] = str(rng.randint(1, 16))

    def outcomes(self) -> None:
        """Survey: ~25% no outcomes, <25% outcomes with competencies; OMCs always state outcomes."""
        rng, kind = self.rng, _pick(self.rng, OUTCOMES[self.omc])
        if kind == "none":
            return
        topic_en, topic_fr = self.topic[0].lower(), self.topic[1].lower()
        statements = []
        for _ in range(rng.randint(2, 6)):
            (verb_en, verb_fr), (object_en, object_fr) = rng.choice(_VERBS), rng.choice(_OBJECTS)
            outcome: dict[str, Any] = {
                "statement": self.text(
                    f"{verb_en} {object_en.format(t=topic_en)}.", f"{verb_fr} {object_fr.format(t=topic_fr)}."
                )
            }
            if kind == "competencies":
                outcome["competencies"] = [
                    {
                        "framework": rng.choice(["ESCO", "OaSIS"]),
                        "uri": f"http://data.europa.eu/esco/skill/{_uuid(rng)}",
                        "label": f"{topic_en} skill {rng.randint(1, 40)}",
                    }
                    for _ in range(rng.randint(1, 2))
                ]
            statements.append(outcome)
        self.data["learning_outcomes"] = statements

    def assessment(self) -> None:
        """Survey: fulsome in <20%, absent in ~40%; OMCs always state one."""
        rng, kind = self.rng, _pick(self.rng, ASSESSMENT[self.omc])
        if kind == "limited":
            self.data["assessment"] = {
                "methods": [{"type": rng.choice(["quiz", "assignment", "project", "exam"])}],
                "grading_scheme": rng.choice(["pass_fail", "percentage"]),
                "summative": rng.random() < 0.8,
            }
        elif kind == "fulsome":
            count = rng.randint(2, 4)
            kinds = rng.sample(_ASSESSMENT_TYPES, count)
            weights = [100 // count] * count
            weights[0] += 100 - sum(weights)
            self.data["assessment"] = {
                "methods": [
                    {
                        "type": k,
                        "description": f"A {k.replace('_', ' ')} on {self.topic[0].lower()}.",
                        "weight_percent": str(w),
                    }
                    for k, w in zip(kinds, weights, strict=True)
                ],
                "grading_scheme": rng.choice(["percentage", "competency_levels", "letter"]),
                "summative": True,
            }

    def delivery(self) -> None:
        """Survey: ~70% online, ~14% in person (or hybrid), ~16% no delivery mode; ~30% without a
        current run (half with past runs only, half with none)."""
        rng = self.rng
        modes = MODES[_pick(rng, DELIVERY)]
        self.data["delivery_modes"] = modes
        if rng.random() < 0.4:
            self.data["formats"] = [rng.choice(["cohort", "learner_paced", "competency_based"])]
        runs = _pick(rng, {"current": 0.70, "past": 0.15, "none": 0.15})
        if runs == "none":
            return
        offerings = []
        for _ in range(rng.randint(1, 3)):
            if runs == "current":
                start = ANCHOR + timedelta(days=rng.randint(-60, 300))
            else:
                start = ANCHOR - timedelta(days=rng.randint(120, 700))
            end = start + timedelta(weeks=int(self.data.get("duration_weeks", rng.randint(2, 12))))
            if runs == "current" and end < ANCHOR:
                end = ANCHOR + timedelta(days=rng.randint(1, 60))
            offering: dict[str, Any] = {"start_date": start.isoformat(), "end_date": end.isoformat()}
            if modes:
                offering["delivery_mode"] = modes[0]
            offerings.append(offering)
        self.data["offerings"] = offerings

    def details(self) -> None:
        rng, (_, _, nocs, cips) = self.rng, self.topic
        if nocs and rng.random() < 0.4:
            self.data["noc_codes"] = nocs
        if rng.random() < 0.3:
            self.data["cip_codes"] = cips
        if rng.random() < 0.15:
            self.data["prerequisites"] = "Secondary school diploma or equivalent work experience."
        if rng.random() < 0.6:
            self.data["price"] = {"amount": f"{rng.randint(0, 40) * 50}.00", "currency": "CAD"}
        osap = _pick(rng, {"yes": 0.1, "no": 0.3, "unknown": 0.6})
        if osap != "unknown":
            self.data["osap_eligible"] = osap == "yes"

    def industry(self, partners: list[uuid.UUID]) -> None:
        """Survey: <6% list industry partners (here: alternate providers as partners, or endorsements)."""
        rng, draw = self.rng, self.rng.random()
        if draw < 0.03 and partners:
            role = rng.choice(["joint_delivery", "co_awarding"])
            self.data["partners"] = [{"organisation_id": str(rng.choice(partners)), "role": role}]
        elif draw < 0.055:
            self.data["endorsements"] = [
                {
                    "endorser_name": f"{self.topic[0]} Employers Roundtable",
                    "endorser_type": rng.choice(["employer", "industry_association", "professional_body"]),
                    "attests": "The outcomes match what employers in the sector look for.",
                }
            ]


def make_metadata(
    rng: random.Random, institution: Institution, omc: bool, partners: list[uuid.UUID]
) -> MicroCredentialMetadata:
    topic = rng.choice(_TOPICS)
    if institution.francophone:
        written = _pick(rng, {"fr": 0.6, "both": 0.4})
        spoken = ["fr"] if written == "fr" else ["fr", "en"]
    else:
        written = _pick(rng, {"en": 0.96, "both": 0.04})
        spoken = ["en"] if written == "en" else ["en", "fr"]
    draft = _Draft(rng, omc, topic, written)
    aspect_en, aspect_fr = rng.choice(_ASPECTS)
    draft.data["title"] = draft.text(f"{topic[0]} {aspect_en}", f"{topic[1]} {aspect_fr}")
    draft.data["languages_of_instruction"] = spoken if rng.random() >= 0.04 else []
    draft.describe()
    draft.level(institution.approved)
    draft.hours()
    draft.outcomes()
    draft.assessment()
    draft.delivery()
    draft.details()
    draft.industry(partners)
    if rng.random() < 0.9:
        site = institution.slug.removeprefix("bench-")
        draft.data["url"] = f"https://{site}.example.ca/mc/{rng.randrange(10**6)}"
    return MicroCredentialMetadata.model_validate(draft.data)


def _moment(day: date, rng: random.Random) -> datetime:
    return datetime.combine(day, clock(9), tzinfo=UTC) + timedelta(seconds=rng.randrange(8 * 3600))


def plan_listings(
    rng: random.Random, institutions: list[Institution], partners: list[uuid.UUID], size: int
) -> list[Listing]:
    retired = round(size * RETIRED_SHARE)
    weights = [i.weight for i in institutions]
    # OMC_SHARE of the whole catalogue, drawn only from institutions that were ever designated.
    designated_share = sum(i.weight for i in institutions if i.designated_from) / sum(weights)
    listings = []
    for number in range(size + retired):
        institution = rng.choices(institutions, weights=weights)[0]
        institution.codes += 1
        designated_from = institution.designated_from
        omc = designated_from is not None and rng.random() < OMC_SHARE / designated_share
        # OMCs are published after the designation, and before any suspension.
        first_day = designated_from + timedelta(days=30) if designated_from else date(2022, 6, 1)
        last_day = institution.suspended_from or ANCHOR
        span = max((last_day - first_day).days, 1)
        published = sorted(first_day + timedelta(days=rng.randrange(span)) for _ in range(2))
        metadata = make_metadata(rng, institution, omc, partners)
        versions = [(metadata, _moment(published[1], rng))]
        if rng.random() < SUPERSEDED_SHARE:
            previous = metadata.model_copy(update={"price": None, "offerings": metadata.offerings[:1]})
            versions.insert(0, (previous, _moment(published[0], rng)))
        code = f"{institution.slug.removeprefix('bench-')[:8].upper()}-{institution.codes:06d}"
        listing = Listing(
            id=_uuid(rng), institution=institution, course_code=code, omc=omc, versions=versions
        )
        if number >= size:
            listing.retired_at = versions[-1][1] + timedelta(days=rng.randint(10, 200))
        elif rng.random() < (0.10 if omc else 0.02):  # OMC+: ~4% credit-bearing overall
            receiving = rng.choice(
                [i for i in institutions if i.provider_type == "ontario_public_university"]
            )
            valid_from = versions[-1][1].date() + timedelta(days=rng.randint(0, 60))
            listing.transfers.append(
                {
                    "id": _uuid(rng),
                    "micro_credential_id": listing.id,
                    "receiving_institution_id": receiving.id,
                    "program": "Bachelor of Applied Technology",
                    "credits": Decimal(rng.choice([3, 6])),
                    "basis": rng.choice(["agreement", "precedent"]),
                    "valid_from": min(valid_from, ANCHOR),
                    "valid_until": None,
                    "created_at": _moment(min(valid_from, ANCHOR), rng),
                }
            )
        listings.append(listing)
    return listings


# --- writing ------------------------------------------------------------------------------------------


async def write(registry_url: str, rng: random.Random, size: int) -> dict[str, Counter[str]]:
    institutions = plan_institutions(rng)
    partner_ids = [_uuid(rng) for _ in _PARTNERS]
    partner_orgs: list[dict[str, Any]] = [
        {
            "id": identifier,
            "slug": _slug(name),
            "kind": "alternate_provider",
            "name_en": name,
            "provider_type": kind,
            "ctid": f"ce-{_uuid(rng)}",
            "province": "ON",
            "country": "CA",
        }
        for identifier, (kind, name) in zip(partner_ids, _PARTNERS, strict=True)
    ]
    institution_orgs: list[dict[str, Any]] = [
        {
            "id": i.id,
            "slug": i.slug,
            "kind": "institution",
            "name_en": i.name_en,
            "name_fr": i.name_fr,
            "provider_type": i.provider_type,
            "ctid": f"ce-{_uuid(rng)}",
            "website": f"https://{i.slug.removeprefix('bench-')}.example.ca",
            "province": "ON",
            "country": "CA",
        }
        for i in institutions
    ]
    listings = plan_listings(rng, institutions, partner_ids, size)

    engine = create_engine(registry_url, pool_size=1, application_name="omc-bench-dataset")
    sessions = create_session_factory(engine)
    try:
        async with sessions.begin() as session:
            await session.execute(insert(OrganisationRow), institution_orgs + partner_orgs)
            organisations = OrganisationRepository(session)
            for institution in institutions:
                await organisations.replace_approved_types(institution.id, institution.approved)
                if institution.designated_from is None:
                    continue
                await organisations.add_designation(
                    DesignationEvent(
                        event_id=_uuid(rng),
                        organisation_id=institution.id,
                        status=DesignationStatus.DESIGNATED,
                        effective_from=institution.designated_from,
                        decision_reference=f"MCU-DOMCI-{rng.randrange(100, 999)}",
                    )
                )
                if institution.suspended_from is not None:
                    await organisations.add_designation(
                        DesignationEvent(
                            event_id=_uuid(rng),
                            organisation_id=institution.id,
                            status=DesignationStatus.SUSPENDED,
                            effective_from=institution.suspended_from,
                            decision_reference=f"MCU-DOMCI-S-{rng.randrange(100, 999)}",
                        )
                    )

        # The change feed, in the order the service would have written it.
        events: list[tuple[datetime, uuid.UUID, str, int | None]] = []
        headers, versions, transfers = [], [], []
        for listing in listings:
            published_version = None if listing.retired_at else len(listing.versions)
            last_change = listing.retired_at or listing.versions[-1][1]
            for transfer in listing.transfers:
                transfers.append(transfer)
                events.append((transfer["created_at"], listing.id, "upsert", published_version))
                last_change = max(last_change, transfer["created_at"])
            suspended = listing.institution.suspended_from
            if suspended is not None and not listing.retired_at:
                # Its DOMCI standing changed: an upsert for every published entry of the institution.
                moment = datetime.combine(suspended, clock(12), tzinfo=UTC)
                events.append((moment, listing.id, "upsert", published_version))
                last_change = max(last_change, moment)
            headers.append(
                {
                    "id": listing.id,
                    "organisation_id": listing.institution.id,
                    "course_code": listing.course_code,
                    "published_version": published_version,
                    "created_at": listing.versions[0][1] - timedelta(days=rng.randint(5, 90)),
                    "updated_at": last_change,
                }
            )
            for number, (metadata, published_at) in enumerate(listing.versions, start=1):
                latest = number == len(listing.versions)
                status = ("retired" if listing.retired_at else "published") if latest else "superseded"
                columns = extracted_columns(
                    metadata, profiles_met=profiles_met(metadata, quality_assured=listing.omc)
                )
                approved_at = published_at - timedelta(days=rng.randint(1, 30)) if listing.omc else None
                row = {
                    "micro_credential_id": listing.id,
                    "version": number,
                    "status": status,
                    "iqap": listing.omc,
                    **columns,
                    "published_at": published_at,
                    "created_at": published_at - timedelta(days=rng.randint(31, 120)),
                    "updated_at": listing.retired_at if latest and listing.retired_at else published_at,
                }
                if approved_at is not None:
                    row |= {
                        "approval_event_id": _uuid(rng),
                        "approval_reference": f"IQAP-{listing.course_code}-v{number}",
                        "submitted_at": approved_at - timedelta(days=rng.randint(14, 90)),
                        "approved_at": datetime.combine(approved_at.date(), clock(0), tzinfo=UTC),
                    }
                versions.append(row)
                events.append((published_at, listing.id, "upsert", number))
            if listing.retired_at:
                events.append((listing.retired_at, listing.id, "delete", len(listing.versions)))
        events.sort(key=lambda event: (event[0], event[1]))
        changes = [
            {"micro_credential_id": mc, "kind": kind, "version": version, "occurred_at": moment}
            for moment, mc, kind, version in events
        ]
        for table, rows in (
            (MicroCredentialRow, headers),
            (MicroCredentialVersionRow, versions),
            (CreditTransferRow, transfers),
            (CatalogueChangeRow, changes),  # seq follows insertion order
        ):
            for start in range(0, len(rows), BATCH):
                async with sessions.begin() as session:
                    await session.execute(insert(table), rows[start : start + BATCH])
    finally:
        await engine.dispose()
    return _mix([listing for listing in listings if not listing.retired_at], len(changes))


def _mix(listings: list[Listing], changes: int) -> dict[str, Counter[str]]:
    names = "route description outcomes assessment delivery level runs industry credit hours rows"
    mix: dict[str, Counter[str]] = {name: Counter() for name in names.split()}
    for listing in listings:
        m = listing.versions[-1][0]
        mix["route"]["OMC (IQAP)" if listing.omc else "outside IQAP"] += 1
        words = len((m.description.en or m.description.fr or "").split()) if m.description else 0
        mix["description"]["none" if m.description is None else "limited" if words < 15 else "full"] += 1
        competencies = any(o.competencies for o in m.learning_outcomes)
        mix["outcomes"][
            "none" if not m.learning_outcomes else "with competencies" if competencies else "plain"
        ] += 1
        fulsome = m.assessment is not None and len(m.assessment.methods) > 1
        mix["assessment"]["absent" if m.assessment is None else "fulsome" if fulsome else "limited"] += 1
        modes = {mode.value for mode in m.delivery_modes}
        online = bool(modes & {"online_synchronous", "online_asynchronous"})
        mix["delivery"]["online" if online else "in person/hybrid" if modes else "none"] += 1
        mix["level"]["stated" if m.qualification_type else "not stated"] += 1
        current = any(o.end_date >= ANCHOR for o in m.offerings)
        mix["runs"]["current run" if current else "no current run"] += 1
        mix["industry"]["partners or endorsements" if m.partners or m.endorsements else "none"] += 1
        mix["credit"]["credit-bearing (OMC+)" if listing.transfers else "no credit"] += 1
        hours = m.instructional_hours or Decimal(0)
        mix["hours"]["2-11" if hours < 12 else "12-40" if hours <= 40 else "41-480"] += 1
    mix["rows"]["catalogue_changes"] = changes
    return mix


# --- the database -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Dataset:
    size: int
    database: str
    admin_url: str
    registry_url: str
    generated_seconds: float | None  # None: reused


async def _finish(admin_url: str, registry_url: str, database: str, size: int) -> None:
    """Statistics and visibility map as autovacuum would leave them, then the marker."""
    connection = await asyncpg.connect(to_asyncpg_dsn(registry_url))
    try:
        tables = (
            "micro_credentials micro_credential_versions catalogue_changes credit_transfers organisations"
        )
        for table in [*tables.split(), "designations", "approved_qualification_types"]:
            await connection.execute(f"vacuum (analyze) registry.{table}")
    finally:
        await connection.close()
    admin = await asyncpg.connect(to_asyncpg_dsn(with_database(admin_url, database)))
    try:
        await admin.execute(f"comment on database \"{database}\" is '{marker(size)}'")
    finally:
        await admin.close()


def ensure_dataset(admin_url: str, size: int, *, force: bool = False) -> Dataset:
    """The database of that size, generated unless a complete one is already there."""
    database = database_name(size)
    reuse = not force and asyncio.run(database_comment(admin_url, database)) == marker(size)
    started = time.perf_counter()
    if not reuse:
        asyncio.run(drop_database(admin_url, database))
    services = setup(admin_url, database)  # idempotent: also brings a reused database to head
    registry_url = next(service.url for service in services if service.target is REGISTRY)
    if reuse:
        return Dataset(size, database, admin_url, registry_url, None)
    mix = asyncio.run(write(registry_url, random.Random(SEED), size))
    asyncio.run(_finish(admin_url, registry_url, database, size))
    seconds = time.perf_counter() - started
    _print_mix(mix, size)
    return Dataset(size, database, admin_url, registry_url, seconds)


def _print_mix(mix: dict[str, Counter[str]], size: int) -> None:
    print(f"\nMix of the {size:,} catalogue entries (published versions):")
    for name, counts in mix.items():
        if name == "rows":
            continue
        shares = ", ".join(f"{value} {count / size:.0%}" for value, count in counts.most_common())
        print(f"  {name}: {shares}")
    print(f"  change feed rows: {mix['rows']['catalogue_changes']:,}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--size", type=int, default=DEFAULT_SIZE, help="micro-credentials in the catalogue")
    parser.add_argument("--force", action="store_true", help="regenerate even if the database is complete")
    arguments = parser.parse_args()
    with any_server(PROJECT_ROOT / ".omc" / "bench") as admin_url:
        dataset = ensure_dataset(admin_url, arguments.size, force=arguments.force)
    if dataset.generated_seconds is None:
        print(f"{dataset.database}: already generated (size {dataset.size:,}); --force regenerates it")
    else:
        print(f"{dataset.database}: generated {dataset.size:,} entries in {dataset.generated_seconds:.1f} s")


if __name__ == "__main__":
    main()
