"""POST /credentials/verify (W3C VC-API): 200 only for a verified credential, 400 with the same
VerificationResult otherwise; named checks beyond the signature; the status of this service's
credentials from its records; co-awarding partners' embedded endorsements; no fetch of anything the
credential names."""

from __future__ import annotations

import copy
import json
import socket
import threading
import uuid
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy.ext.asyncio import async_sessionmaker

from services.credential_issuer.services.verification import ServiceDidResolver, VerificationService
from shared.clients.quality import QualityLedgerClient
from shared.schemas.auth import Role
from shared.schemas.credential_status import CheckStatus
from shared.vc.contexts import CREDENTIALS_V2, OPEN_BADGES_V3
from tests.support.iqap import QaOffice
from tests.support.jsonld_corpus import open_badge_credential
from tests.support.platform import Platform
from tests.support.verification import (
    change_status,
    detail,
    did_key,
    outside_credential,
    pipeline_credential,
    sign,
    statuses,
    verify_credential,
)

CHECKS = ["format", "proof", "issuer_key", "status", "validity_period", "standing", "endorsements"]


async def _verify(platform: Platform, document: dict[str, Any]) -> dict[str, Any]:
    """The VC-API result, with its envelope checked: 200 exactly when verified, else 400."""
    status, body = await verify_credential(platform, document)
    assert status == (200 if body["verified"] else 400), body
    assert [check["name"] for check in body["checks"]] == CHECKS
    assert body["errors"] == [
        f"{c['name']}: {c['detail']}" for c in body["checks"] if c["status"] == "failed"
    ]
    assert isinstance(body["warnings"], list)
    return body


async def test_a_pipeline_credential_verifies_until_suspended_or_revoked(platform: Platform) -> None:
    issued = await pipeline_credential(platform)
    report = await _verify(platform, issued.document)
    assert statuses(report) == dict.fromkeys(CHECKS, "passed") | {"endorsements": "not_applicable"}, report
    assert report["verified"] is True
    assert "was the issuer's key" in detail(report, "issuer_key")
    assert [o["role"] for o in report["organisations"]] == ["issuer"]
    assert report["organisations"][0]["id"] == issued.document["issuer"]["id"]

    # Suspended on the server: the credential fails, whatever status entries it carries.
    await change_status(platform, issued, "suspend", "Under academic integrity review")
    report = await _verify(platform, issued.document)
    assert report["verified"] is False
    assert detail(report, "status").startswith("Suspended since ")
    assert detail(report, "status").endswith(": Under academic integrity review")
    assert report["errors"] == [f"status: {detail(report, 'status')}"]

    await change_status(platform, issued, "unsuspend", "Cleared")
    report = await _verify(platform, issued.document)
    assert report["verified"] is True

    await change_status(platform, issued, "revoke", "Academic misconduct")
    report = await _verify(platform, issued.document)
    assert detail(report, "status").startswith("Revoked on ")
    assert detail(report, "status").endswith(": Academic misconduct")

    # The page says the same, in words.
    page = await platform.http.get(
        f"{platform.issuer.public_url}/verify", params={"credential": issued.credential_id}
    )
    assert page.status_code == 200
    assert "the issuer has revoked it" in page.text


async def test_a_suspended_credential_fails_on_the_page_in_english_and_french(platform: Platform) -> None:
    issued = await pipeline_credential(platform)
    await change_status(platform, issued, "suspend", "Under review")
    page = f"{platform.issuer.public_url}/verify"
    english = await platform.http.get(page, params={"credential": issued.credential_id})
    assert "the issuer has suspended it" in english.text
    assert "The institution has suspended this credential. It is not valid while suspended." in english.text
    assert "Under review" in english.text
    assert "neither revoked nor suspended" not in english.text
    french = await platform.http.get(page, params={"credential": issued.credential_id, "lang": "fr"})
    assert "l&#39;émetteur l&#39;a suspendue" in french.text
    assert "Suspendue" in french.text


async def test_a_tampered_copy_of_our_credential_is_not_taken_for_ours(platform: Platform) -> None:
    issued = await pipeline_credential(platform)
    tampered = copy.deepcopy(issued.document)
    tampered["credentialSubject"]["achievement"]["name"] = "Advanced Data Analytics"
    report = await _verify(platform, tampered)
    assert statuses(report)["proof"] == "failed"
    assert "signature does not match" in detail(report, "proof")
    assert statuses(report)["standing"] == "not_applicable"

    other_key = Ed25519PrivateKey.generate()
    resigned = sign({k: v for k, v in issued.document.items() if k != "proof"}, other_key)
    report = await _verify(platform, resigned)
    assert statuses(report)["proof"] == "failed"
    assert "made by the issuer" in detail(report, "proof")


async def test_an_outside_did_key_credential_is_checked_and_may_expire(platform: Platform) -> None:
    key = Ed25519PrivateKey.generate()
    report = await _verify(platform, sign(outside_credential(key), key))
    assert report["verified"] is True
    assert statuses(report)["status"] == "not_applicable"
    assert any("no status entry" in warning for warning in report["warnings"])

    expired = sign(outside_credential(key, validUntil="2020-01-01T00:00:00Z"), key)
    report = await _verify(platform, expired)
    assert statuses(report) == {
        "format": "passed",
        "proof": "passed",
        "issuer_key": "passed",
        "status": "not_applicable",
        "validity_period": "failed",
        "standing": "not_applicable",
        "endorsements": "not_applicable",
    }
    assert statuses(await _verify(platform, {"hello": "world"}))["format"] == "failed"


# --- @context: inline context objects, the W3C examples context ---------------------------------


async def test_inline_contexts_and_the_examples_context_are_accepted(platform: Platform) -> None:
    key = Ed25519PrivateKey.generate()
    inline = outside_credential(key)
    inline["@context"] = [*inline["@context"], {"favouriteColour": "https://vocab.example/#colour"}]
    inline["credentialSubject"]["favouriteColour"] = "teal"
    report = await _verify(platform, sign(inline, key))
    assert report["verified"] is True, report

    examples = {
        "@context": [CREDENTIALS_V2, "https://www.w3.org/ns/credentials/examples/v2"],
        "type": ["VerifiableCredential", "ExampleAlumniCredential"],
        "issuer": did_key(key),
        "validFrom": "2026-01-01T00:00:00Z",
        "credentialSubject": {
            "id": "did:example:ebfeb1f712ebc6f1c276e12ec21",
            "alumniOf": "The School of Examples",
        },
    }
    report = await _verify(platform, sign(examples, key))
    assert report["verified"] is True, report

    # The first context must be VC 2.0's; an inline context cannot come first.
    first = sign(inline, key) | {"@context": [{"x": "urn:x"}, *inline["@context"]]}
    report = await _verify(platform, first)
    assert "The first @context must be https://www.w3.org/ns/credentials/v2" in detail(report, "format")

    # Undefined terms are still refused, inline contexts or not.
    undefined = outside_credential(key)
    undefined["@context"] = inline["@context"]
    undefined["credentialSubject"]["shoeSize"] = 42
    report = await _verify(platform, sign_unchecked(undefined, key, inline))
    assert "undefined term 'shoeSize'" in detail(report, "proof")


def sign_unchecked(
    document: dict[str, Any], key: Ed25519PrivateKey, signed_like: dict[str, Any]
) -> dict[str, Any]:
    """`document` carrying the proof of another (the signer's own canonicalizer refuses undefined
    terms too, so a document with one cannot be signed here): the verifier must refuse it before
    any signature check."""
    return document | {"proof": sign(signed_like, key)["proof"]}


# --- hostile input: bounded, named, never fetched, never a 500 ----------------------------------


def _nested_scoped_contexts(depth: int) -> dict[str, Any]:
    context: dict[str, Any] = {"a": "urn:a"}
    for _ in range(depth):
        context = {"colour": {"@id": "https://vocab.example/#c", "@context": context}}
    return context


@pytest.mark.parametrize(
    ("extra_context", "named"),
    [
        ("https://attacker.example/context.jsonld", "https://attacker.example/context.jsonld"),
        ({"@import": "https://attacker.example/import.jsonld"}, "https://attacker.example/import.jsonld"),
        (
            {
                "colour": {
                    "@id": "https://vocab.example/#c",
                    "@context": "https://attacker.example/scoped.jsonld",
                }
            },
            "https://attacker.example/scoped.jsonld",
        ),
        ({"VerifiableCredential": {"@id": "https://attacker.example/VC"}}, "protected term"),
        ({"@vocab": None}, "@vocab: null"),
        ({"name": None}, "defined as null"),
        ({"@context": None}, "null @context"),
        ({"colour": {"@id": "https://vocab.example/#c", "@context": None}}, "null @context"),
        ({"@direction": "rtl"}, "@direction"),
        ({f"t{i}": f"https://vocab.example/#t{i}" for i in range(300)}, "more than 200 terms"),
        (_nested_scoped_contexts(40), "nested deeper than 32"),
    ],
    ids=[
        "remote context",
        "@import of a remote URL",
        "remote scoped context",
        "protected term redefinition",
        "@vocab null",
        "term defined as null",
        "null context",
        "null scoped context",
        "@direction",
        "too many terms",
        "scoped contexts nested 40 deep",
    ],
)
async def test_hostile_contexts_get_a_named_failure_and_no_fetch(
    platform: Platform, extra_context: Any, named: str | None
) -> None:
    key = Ed25519PrivateKey.generate()
    signed = sign(outside_credential(key), key)
    hostile = signed | {"@context": [*signed["@context"], extra_context]}
    if named == "nested deeper than 32":
        # Thirty-odd scoped contexts nest the JSON past what any request body may (64 levels): the
        # services' hostile-input guard refuses it before it is parsed (the canonicalizer's own
        # bound is tested in test_vc_canonicalize).
        response = await platform.http.post(
            f"{platform.issuer.public_url}/credentials/verify", json={"verifiableCredential": hostile}
        )
        assert response.status_code == 422, response.text
        assert "nests deeper than 64" in response.json()["detail"]
        return
    status, report = await verify_credential(platform, hostile)
    assert status == 400, report
    failed = [check for check in report["checks"] if check["status"] == "failed"]
    assert failed, report
    if named is not None:
        assert named in failed[0]["detail"], failed


async def test_expansion_bombs_scoped_context_loops_and_many_inline_contexts_are_bounded(
    platform: Platform,
) -> None:
    key = Ed25519PrivateKey.generate()
    signed = sign(outside_credential(key), key)
    # A term whose scoped context redefines it with itself, applied at every level of a deep value.
    loop: dict[str, Any] = {"@id": "https://vocab.example/#loop"}
    loop["@context"] = {"loop": dict(loop)}
    deep: dict[str, Any] = {"loop": "end"}
    for _ in range(40):
        deep = {"loop": deep}
    looping = signed | {"@context": [*signed["@context"], {"loop": loop}]}
    looping["credentialSubject"] = signed["credentialSubject"] | deep
    status, report = await verify_credential(platform, looping)
    assert status == 400, report
    assert "nested deeper than 32" in detail(report, "proof"), report

    many = signed | {"@context": [*signed["@context"], *({f"x{i}": f"urn:x{i}"} for i in range(20))]}
    status, report = await verify_credential(platform, many)
    assert status == 400, report
    assert "more than 16 inline contexts" in detail(report, "proof"), report

    # Many typed nodes, each bringing a scoped context: bounded by the number of JSON values.
    scoped = {"Thing": {"@id": "https://vocab.example/#Thing", "@context": {"v": "https://vocab.example/#v"}}}
    bomb = signed | {"@context": [*signed["@context"], scoped]}
    bomb["credentialSubject"] = signed["credentialSubject"] | {
        "things": [{"type": "Thing", "v": i} for i in range(900)]
    }
    bomb["@context"][-1]["things"] = "https://vocab.example/#things"
    status, report = await verify_credential(platform, bomb)
    assert status == 400, report
    assert "more than 2000 JSON values" in detail(report, "proof"), report


async def test_hostile_proofs_are_named_failures(platform: Platform) -> None:
    key = Ed25519PrivateKey.generate()
    document = outside_credential(key)
    signed = sign(document, key)

    unknown_suite = copy.deepcopy(signed)
    unknown_suite["proof"]["cryptosuite"] = "ecdsa-rdfc-2019"
    status, report = await verify_credential(platform, unknown_suite)
    assert status == 400, report
    assert "cryptosuite is 'ecdsa-rdfc-2019'" in detail(report, "proof")

    wrong_purpose = sign(document, key, proof_purpose="authentication")
    status, report = await verify_credential(platform, wrong_purpose)
    assert status == 400, report
    assert "proof purpose is 'authentication', not 'assertionMethod'" in detail(report, "proof")

    too_many = signed | {"proof": [signed["proof"]] * 9}
    status, report = await verify_credential(platform, too_many)
    assert status == 400, report
    assert "more than 8 proofs" in detail(report, "proof")

    unsigned = {k: v for k, v in signed.items() if k != "proof"}
    status, report = await verify_credential(platform, unsigned)
    assert status == 400, report
    assert detail(report, "proof") == "The credential has no proof."

    huge = signed | {"name": "x" * 50_000}
    status, report = await verify_credential(platform, huge)
    assert status == 400, report
    assert "signature does not match" in detail(report, "proof")


async def test_malformed_requests_are_problems_naming_the_field(platform: Platform) -> None:
    url = f"{platform.issuer.public_url}/credentials/verify"
    for credential in ("a string", ["a", "list"], 42, None):
        response = await platform.http.post(url, json={"verifiableCredential": credential})
        assert response.status_code == 422, response.text
        assert response.headers["content-type"].startswith("application/problem+json")
        assert response.json()["errors"][0]["field"] == "body.verifiableCredential"
    response = await platform.http.post(url, json={"credential": {}})
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "body.verifiableCredential"

    ten_megabytes = b'{"verifiableCredential": {"name": "' + b"x" * 10_000_000 + b'"}}'
    response = await platform.http.post(
        url, content=ten_megabytes, headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 413

    deep = '{"verifiableCredential": {"a": ' + "[" * 25_000 + "]" * 25_000 + "}}"
    response = await platform.http.post(
        url, content=deep.encode(), headers={"Content-Type": "application/json"}
    )
    assert 400 <= response.status_code < 500, response.text
    assert response.headers["content-type"].startswith("application/problem+json")


@pytest.fixture
def no_network_from_this_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any connection attempted from the test's own thread fails the test (the services under test
    run in other threads and keep their own connections)."""
    test_thread = threading.get_ident()
    original = socket.socket.connect

    def connect(self: socket.socket, address: Any) -> None:
        if threading.get_ident() == test_thread:
            raise AssertionError(f"network connection attempted to {address!r}")
        original(self, address)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket, "getaddrinfo", lambda *args, **kwargs: pytest.fail(f"DNS lookup of {args!r}"))


async def test_remote_contexts_and_foreign_status_lists_are_refused_without_network(
    platform: Platform, no_network_from_this_thread: None
) -> None:
    verifier = VerificationService(
        async_sessionmaker(),  # never used: nothing here is this service's
        ServiceDidResolver(platform.issuer.public_url, None),
        QualityLedgerClient(None, platform.qa.public_url),  # type: ignore[arg-type]
        platform.issuer.public_url,
    )
    key = Ed25519PrivateKey.generate()
    issuer = did_key(key)
    remote = sign(outside_credential(key), key)
    remote["@context"] = [*remote["@context"], "https://attacker.example/context.jsonld"]
    report = await verifier.verify(remote)
    assert report.checks[0].status is CheckStatus.FAILED
    assert "attacker.example" in report.checks[0].detail
    assert all(check.status is CheckStatus.NOT_APPLICABLE for check in report.checks[1:])

    importing = sign(outside_credential(key), key)
    importing["@context"] = [*importing["@context"], {"@import": "https://attacker.example/i.jsonld"}]
    report = await verifier.verify(importing)
    assert "attacker.example/i.jsonld" in report.checks[1].detail

    elsewhere = open_badge_credential(issuer=issuer, id="https://elsewhere.example/credentials/1")
    report = await verifier.verify(sign(elsewhere, key))
    by_name = {check.name.value: check for check in report.checks}
    assert by_name["proof"].status is CheckStatus.PASSED
    assert by_name["status"].status is CheckStatus.FAILED
    assert "not one of this service's" in by_name["status"].detail

    web = outside_credential(key) | {"issuer": "did:web:attacker.example"}
    web["proof"] = sign(elsewhere, key)["proof"] | {"verificationMethod": "did:web:attacker.example#key-1"}
    report = await verifier.verify(web)
    assert report.checks[1].status is CheckStatus.FAILED
    assert "only did:key and this service's did:web" in report.checks[1].detail
    assert not report.verified


async def test_a_credential_naming_a_status_list_of_another_host_is_refused_over_http(
    platform: Platform,
) -> None:
    key = Ed25519PrivateKey.generate()
    document = open_badge_credential(issuer=did_key(key), id=f"urn:uuid:{uuid.uuid4()}")
    report = await _verify(platform, sign(document, key))
    assert statuses(report)["status"] == "failed"
    too_big = {"verifiableCredential": {"@context": ["x" * 70_000]}}
    response = await platform.http.post(f"{platform.issuer.public_url}/credentials/verify", json=too_big)
    assert response.status_code == 413


# --- joint awards: the partner's signed EndorsementCredential in the achievement ----------------


def _joint_award(issuer_key: Ed25519PrivateKey, partner_key: Ed25519PrivateKey) -> dict[str, Any]:
    """A joint award as Open Badges 3.0 carries one: the partner's signed EndorsementCredential of the
    achievement, embedded in `achievement.endorsement`, and one proof by the issuer over it all
    (both organisations are outside did:key parties here)."""
    credential = outside_credential(issuer_key)
    achievement = credential["credentialSubject"]["achievement"]
    endorsement = {
        "@context": [CREDENTIALS_V2, OPEN_BADGES_V3],
        "id": f"urn:uuid:{uuid.uuid4()}",
        "type": ["VerifiableCredential", "EndorsementCredential"],
        "name": "Humber Polytechnic co-awards Data Analytics Fundamentals",
        "issuer": {"id": did_key(partner_key), "type": ["Profile"], "name": "Humber Polytechnic"},
        "validFrom": "2026-11-22T00:00:00Z",
        "credentialSubject": {
            "id": achievement["id"],
            "type": ["EndorsementSubject"],
            "endorsementComment": "Jointly awarded with Seneca Polytechnic.",
        },
    }
    achievement["endorsement"] = [sign(endorsement, partner_key)]
    return sign(credential, issuer_key)


async def test_a_joint_award_reports_both_organisations_and_a_tampered_endorsement_fails(
    platform: Platform,
) -> None:
    issuer_key, partner_key = Ed25519PrivateKey.generate(), Ed25519PrivateKey.generate()
    joint = _joint_award(issuer_key, partner_key)
    report = await _verify(platform, joint)
    assert report["verified"] is True, report
    assert statuses(report)["endorsements"] == "passed"
    assert "Humber Polytechnic" in detail(report, "endorsements")
    assert [(o["id"], o["role"], o["verified"]) for o in report["organisations"]] == [
        (did_key(issuer_key), "issuer", True),
        (did_key(partner_key), "co_awarding_partner", True),
    ]

    # The partner's endorsement changed, and the outer proof made again over the change: the
    # partner's own proof no longer verifies, and the credential fails.
    tampered = copy.deepcopy(joint)
    del tampered["proof"]
    tampered["credentialSubject"]["achievement"]["endorsement"][0]["credentialSubject"][
        "endorsementComment"
    ] = "x"
    report = await _verify(platform, sign(tampered, issuer_key))
    assert report["verified"] is False
    assert statuses(report)["proof"] == "passed"
    assert statuses(report)["endorsements"] == "failed"
    assert "endorsement 1: its proof does not verify" in detail(report, "endorsements")

    # An endorsement of another achievement is not a co-award of this one.
    other = copy.deepcopy(joint)
    del other["proof"]
    endorsement = other["credentialSubject"]["achievement"]["endorsement"][0]
    del endorsement["proof"]
    endorsement["credentialSubject"]["id"] = "https://registry.example/other-achievement"
    other["credentialSubject"]["achievement"]["endorsement"] = [sign(endorsement, partner_key)]
    report = await _verify(platform, sign(other, issuer_key))
    assert "endorses another achievement" in detail(report, "endorsements")


async def test_an_older_joint_award_with_a_proof_set_still_verifies(platform: Platform) -> None:
    issuer_key, partner_key = Ed25519PrivateKey.generate(), Ed25519PrivateKey.generate()
    credential = outside_credential(issuer_key)
    both = sign(sign(credential, issuer_key), partner_key)
    report = await _verify(platform, both)
    assert report["verified"] is True, report
    assert detail(report, "proof") == "2 proof(s) verified, made by the issuer."
    assert [o["role"] for o in report["organisations"]] == ["issuer", "co_awarding_partner"]
    assert any("second proof" in warning for warning in report["warnings"])


# --- the public HTML page -------------------------------------------------------------------------


async def test_the_page_shows_each_check_in_english_and_french_and_escapes_input(platform: Platform) -> None:
    page = f"{platform.issuer.public_url}/verify"
    empty = await platform.http.get(page)
    assert empty.status_code == 200
    assert empty.headers["content-type"].startswith("text/html")
    assert '<textarea id="credential_json"' in empty.text
    assert "<script" not in empty.text
    assert "Vérifier une microcertification" in (await platform.http.get(page, params={"lang": "fr"})).text
    french = await platform.http.get(page, headers={"Accept-Language": "fr-CA,fr;q=0.9,en;q=0.5"})
    assert 'lang="fr"' in french.text

    issued = await pipeline_credential(platform)
    english = await platform.http.get(page, params={"credential": f"urn:uuid:{issued.credential_id}"})
    assert english.status_code == 200, english.text
    for label in (
        "Signature",
        "Issuer&#39;s key",
        "Revocation and suspension",
        "Validity dates",
        "Quality assurance",
        "Co-awarding partners",
    ):
        assert label in english.text
    assert "the issuer signed it and it has not been changed since." in english.text
    assert "the issuer has neither revoked nor suspended it." in english.text
    awarded = f"{issued.document['name']}, awarded by {issued.document['issuer']['name']}"
    assert awarded in english.text.replace("&#39;", "'"), english.text[-2500:]
    french = await platform.http.get(page, params={"credential": issued.credential_id, "lang": "fr"})
    assert "Révocation et suspension" in french.text
    assert "l&#39;émetteur l&#39;a signée et elle n&#39;a pas été modifiée depuis." in french.text
    assert "réussi" in french.text

    elsewhere = await platform.http.get(page, params={"credential": "https://attacker.example/c/1"})
    assert elsewhere.status_code == 422
    assert "other addresses are not opened" in elsewhere.text
    missing = await platform.http.get(page, params={"credential": str(uuid.uuid4())})
    assert missing.status_code == 404

    hostile = copy.deepcopy(issued.document)
    hostile["name"] = "<script>alert(1)</script>"
    posted = await platform.http.post(page, data={"credential_json": json.dumps(hostile)})
    assert posted.status_code == 200
    assert "<script>" not in posted.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in posted.text
    assert "failed" in posted.text  # the proof: the name was changed
    uploaded = await platform.http.post(
        page,
        params={"lang": "fr"},
        files={
            "credential_file": ("credential.json", json.dumps(issued.document).encode(), "application/json")
        },
    )
    assert uploaded.status_code == 200
    assert "l&#39;émetteur l&#39;a signée" in uploaded.text
    bad = await platform.http.post(page, data={"credential_json": "not json <b>"})
    assert bad.status_code == 422
    assert "not json &lt;b&gt;" in bad.text


async def test_the_page_calls_a_credential_an_omc_only_when_quality_assurance_applies(
    platform: Platform,
) -> None:
    """A credential an institution issues through the VC-API from its own document (a workshop
    outside its IQAP) verifies, but the page neither calls it an Ontario micro-credential nor says
    its quality assurance is on record; a credential issued from a completion is called both."""
    college = await QaOffice.designated(platform)
    client = await platform.new_client(college.institution_id, [Role.INSTITUTION])
    workshop = {
        "@context": [CREDENTIALS_V2, OPEN_BADGES_V3],
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "name": "Workshop: Safe Lifting",
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "achievement": {
                "id": f"urn:uuid:{uuid.uuid4()}",
                "type": ["Achievement"],
                "name": "Safe Lifting",
                "description": "A two-hour workshop.",
                "criteria": {"narrative": "Attend the workshop."},
            },
        },
    }
    issued = await platform.http.post(
        f"{platform.issuer.public_url}/credentials/issue",
        json={"credential": workshop, "options": {}},
        headers=await platform.auth(client, audience=platform.issuer.public_url),
    )
    assert issued.status_code == 201, issued.text
    document = issued.json()["verifiableCredential"]
    report = await _verify(platform, document)
    assert report["verified"] is True
    assert statuses(report)["standing"] == "not_applicable"

    page = f"{platform.issuer.public_url}/verify"
    english = (await platform.http.post(page, data={"credential_json": json.dumps(document)})).text
    english = english.replace("&#39;", "'")
    assert "Verified" in english
    assert "It is not an Ontario micro-credential: no quality-assurance record applies to it." in english
    assert "Credential (not an Ontario micro-credential)" in english
    assert "was not issued as an Ontario micro-credential" in english
    assert "its quality assurance is on record" not in english
    assert "was not designated" not in english
    french = await platform.http.post(
        page, params={"lang": "fr"}, data={"credential_json": json.dumps(document)}
    )
    french_text = french.text.replace("&#39;", "'")
    assert "Ce n'est pas une microcertification de l'Ontario" in french_text
    assert "Attestation (pas une microcertification de l'Ontario)" in french_text
    # The verifier's detail lines stay in English, and say so (to readers and to screen readers).
    assert "Détail technique (en anglais): " in french_text
    assert '<span lang="en">Within its validity period.</span>' in french_text

    omc = await pipeline_credential(platform)
    omc_page = (await platform.http.get(page, params={"credential": omc.credential_id})).text
    omc_page = omc_page.replace("&#39;", "'")
    assert ">Ontario micro-credential<" in omc_page
    assert "its quality assurance is on record" in omc_page
    assert "not an Ontario micro-credential" not in omc_page
