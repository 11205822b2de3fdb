"""The credentials bench/signing.py signs and verifies on both sides, written to
bench/peer-js/credentials/ by the platform's own code (run again only to change them):

    .venv/bin/python bench/signing_credentials.py

- `issued.json`: the credential the issuer's worker makes for a completion
  (services.credential_issuer.services.open_badges.open_badge_credential) of a micro-credential with
  the complete metadata the tests use (tests/support/micro_credentials.complete_metadata): hashed
  e-mail, grade, learning outcome, NOC/CIP/competency alignments, suspension status entry;
- `joint-award.json`: the same with a co-awarding partner: the partner's EndorsementCredential signed
  by the partner and embedded by the worker's signing code (signing_pool.sign_document);
- `reference-shape.json`: the Open Badges 3.0 credential Digital Bazaar's libraries issue in the
  interop harness (tests/interop/lib/sign.js), read from the harness's own output (`node
  tests/interop/harness.js issue-credential`) with its proof removed and the bench's issuer DID
  in place of the harness's fresh did:key.

Each file holds `unsigned` (what both sides sign) and `signed` (signed here, verified by both sides:
the peer checks it verifies before timing anything). `keys.json` holds the bench's issuer and partner
keys (test keys, fixed) and their did:web documents, served to both sides from memory.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import uuid
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from services.credential_issuer.repositories.completions import Completion  # noqa: E402
from services.credential_issuer.repositories.status_lists import StatusEntryIds  # noqa: E402
from services.credential_issuer.services.open_badges import (  # noqa: E402
    IssuerProfile,
    achievement_id_of,
    co_award_endorsement,
    open_badge_credential,
)
from services.credential_issuer.services.signing_pool import (  # noqa: E402
    Endorsement,
    SigningJob,
    sign_document,
)
from shared.schemas.catalogue import CatalogueItem  # noqa: E402
from shared.vc.did import did_web_document  # noqa: E402
from shared.vc.multikey import private_key_to_multikey, public_key_to_multikey  # noqa: E402
from tests.support.micro_credentials import complete_metadata  # noqa: E402

CREDENTIALS = ROOT / "bench" / "peer-js" / "credentials"
ISSUER = IssuerProfile(did="did:web:issuer.omc.example.ca:organisations:seneca", name="Seneca Polytechnic")
PARTNER = IssuerProfile(did="did:web:issuer.omc.example.ca:organisations:humber", name="Humber Polytechnic")
ISSUER_KEY = Ed25519PrivateKey.from_private_bytes(bytes(range(32)))
PARTNER_KEY = Ed25519PrivateKey.from_private_bytes(bytes(range(32, 64)))
ISSUED_AT = datetime(2026, 12, 7, 3, 0, tzinfo=UTC)
ISSUER_URL = "https://issuer.omc.example.ca"
REGISTRY_URL = "https://registry.omc.example.ca"


def catalogue_item() -> CatalogueItem:
    """The published version, as the registry's catalogue serves it to the worker."""
    return CatalogueItem.model_validate(
        {
            "id": "6f1c2d3e-4b5a-4c6d-8e7f-901a2b3c4d5e",
            "version": 1,
            "course_code": "WELD-101",
            "provider": {
                "id": "0b1c2d3e-4f5a-4b6c-9d8e-7f6a5b4c3d2e",
                "slug": "seneca",
                "name_en": ISSUER.name,
                "name_fr": None,
                "provider_type": "college",
                "eqaa_slug": None,
                "ctid": None,
                "in_good_standing": True,
            },
            "title": {"en": "Welding safety", "fr": "Sécurité en soudage"},
            "qualification": {
                "code": "cert",
                "abbreviation_en": "Cert.",
                "abbreviation_fr": "Cert.",
                "name_en": "Ontario College Certificate",
                "name_fr": "Certificat d'études collégiales de l'Ontario",
                "oqf_level": 1,
            },
            "omc_mark": True,
            "omc_plus": False,
            "has_current_offering": True,
            "hours_outside_guideline": False,
            "teer_categories": [2],
            "profiles_met": [],
            "credit_transfers": [],
            "metadata": complete_metadata(),
            "approval_reference": None,
            "published_at": "2026-11-01T00:00:00Z",
            "updated_at": "2026-11-01T00:00:00Z",
        }
    )


def completion(item: CatalogueItem) -> Completion:
    """A completion as tests/support/issuer.record sends it: pass, grade A, outcome 1 achieved."""
    return Completion(
        id=uuid.UUID("1a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d"),
        organisation_id=item.provider.id,
        sis_completion_id="SIS-bench-1",
        learner={"name": "Ada Learner", "email": "Ada.Learner@example.ca", "student_number": "300123456"},
        micro_credential_id=item.id,
        version=item.version,
        completed_on=date(2026, 12, 4),
        result={"status": "pass", "grade": "A", "outcomes": [{"outcome": 1, "achieved": True}]},
        credits_earned=Decimal("0.5"),
        attempts=0,
    )


def issued(partner: IssuerProfile | None) -> dict[str, Any]:
    item = catalogue_item()
    return open_badge_credential(
        credential_id=uuid.UUID("7c9e6679-7425-40de-944b-e07fc1f90ae7"),
        issued_at=ISSUED_AT,
        issuer=ISSUER,
        item=item,
        completion=completion(item),
        status=StatusEntryIds(list_id=uuid.UUID("3d6f0a1b-2c3d-4e5f-8a9b-0c1d2e3f4a5b"), index=4242),
        issuer_url=ISSUER_URL,
        registry_url=REGISTRY_URL,
        partner=partner,
    )


def key(private_key: Ed25519PrivateKey, did: str) -> tuple[bytes, str]:
    return private_key.private_bytes_raw(), f"{did}#key-1"


def joint_award() -> dict[str, Any]:
    """The unsigned joint award: the partner's endorsement signed and embedded, as the worker does."""
    item = catalogue_item()
    endorsement = co_award_endorsement(
        endorsement_id=uuid.UUID("9b2e4c6a-8d0f-4a1b-9c3d-5e7f9a1b3c5d"),
        partner=PARTNER,
        awarded_by=ISSUER,
        achievement_id=achievement_id_of(REGISTRY_URL, item),
        achievement_name=item.metadata.title.en or item.course_code,
        issued_at=ISSUED_AT,
    )
    job = SigningJob(
        document=issued(PARTNER),
        key=key(ISSUER_KEY, ISSUER.did),
        endorsements=(
            Endorsement(endorsement, key(PARTNER_KEY, PARTNER.did), ("credentialSubject", "achievement")),
        ),
    )
    signed = sign_document(job, ISSUED_AT)
    return {name: value for name, value in signed.items() if name != "proof"}


def reference_shape() -> dict[str, Any]:
    """What the reference issues (tests/interop/lib/sign.js), without its proof."""
    node = shutil.which("node")
    if node is None:
        raise SystemExit("Node.js 20 is needed (`node` on PATH) and `make interop-install`")
    answer = subprocess.run(  # noqa: S603 (fixed arguments: node and the harness's command)
        [node, str(ROOT / "tests" / "interop" / "harness.js"), "issue-credential"],
        input="{}",
        capture_output=True,
        text=True,
        check=True,
    )
    credential: dict[str, Any] = json.loads(answer.stdout)["verifiableCredential"]
    credential.pop("proof")
    credential["issuer"]["id"] = ISSUER.did  # signed by the bench's issuer key on both sides
    return credential


def signed(document: dict[str, Any]) -> dict[str, Any]:
    return sign_document(SigningJob(document=document, key=key(ISSUER_KEY, ISSUER.did)), ISSUED_AT)


def keys() -> dict[str, Any]:
    return {
        "issuer": {
            "did": ISSUER.did,
            "verificationMethod": f"{ISSUER.did}#key-1",
            "publicKeyMultibase": public_key_to_multikey(ISSUER_KEY.public_key()),
            "secretKeyMultibase": private_key_to_multikey(ISSUER_KEY),
        },
        "didDocuments": [
            did_web_document(ISSUER.did, {"key-1": ISSUER_KEY.public_key()}),
            did_web_document(PARTNER.did, {"key-1": PARTNER_KEY.public_key()}),
        ],
    }


def main() -> None:
    CREDENTIALS.mkdir(parents=True, exist_ok=True)
    documents = {
        "reference-shape": reference_shape(),
        "issued": issued(None),
        "joint-award": joint_award(),
    }
    for name, document in documents.items():
        payload = {"unsigned": document, "signed": signed(document)}
        (CREDENTIALS / f"{name}.json").write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n")
    (CREDENTIALS / "keys.json").write_text(json.dumps(keys(), indent=2) + "\n")
    print(f"wrote {', '.join(documents)} and keys to {CREDENTIALS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
