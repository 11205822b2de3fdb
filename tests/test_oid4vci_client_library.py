"""An independent OpenID4VCI client library against the running platform: the OpenWallet
Foundation's `@openid4vc/openid4vci` (oid4vc-ts, run by `tests/oid4vci-client/client.mjs` in Node.js)
resolves the institution's offer by reference, reads the metadata, exchanges the pre-authorized code
and transaction code, gets nonces, signs its own proofs and receives the credential in both formats.
What it receives is then checked here: bound to the library's key, and verified."""

from __future__ import annotations

import asyncio
import json
import shutil
from typing import Any

import httpx

from shared.db.migrations import PROJECT_ROOT
from tests.support.iqap import QaOffice
from tests.support.issuer import Sis, ready_omc, record
from tests.support.oid4vci_wallet import b64url_json, verify_jwt_vc
from tests.support.platform import Platform

CLIENT_DIR = PROJECT_ROOT / "tests" / "oid4vci-client"
BOUND_SECONDS = 180.0
"""A bound for a hung process, not a timing."""


async def run_client(request: dict[str, Any]) -> dict[str, Any]:
    node = shutil.which("node")
    assert node, "this test needs Node.js 20 (`node` on PATH)"
    assert (CLIENT_DIR / "node_modules").is_dir(), (
        "the client library is not installed: run `make oid4vci-client-install`"
    )
    process = await asyncio.create_subprocess_exec(
        node,
        str(CLIENT_DIR / "client.mjs"),
        cwd=CLIENT_DIR,
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        stdout, stderr = await asyncio.wait_for(
            process.communicate(json.dumps(request).encode()), BOUND_SECONDS
        )
    except TimeoutError:
        process.kill()
        await process.wait()
        raise AssertionError(f"client.mjs did not answer within {BOUND_SECONDS} s") from None
    output = f"stdout:\n{stdout.decode(errors='replace')}\nstderr:\n{stderr.decode(errors='replace')}"
    assert process.returncode == 0, f"client.mjs exited with {process.returncode}\n{output}"
    answer: dict[str, Any] = json.loads(stdout)
    return answer


async def test_the_openid4vc_ts_client_receives_the_credential_in_both_formats(platform: Platform) -> None:
    college = await QaOffice.designated(platform)
    sis = await Sis.of(platform, college.institution_id)
    response = await sis.send([record(await ready_omc(college))])
    assert response.status_code == 202, response.text
    job = await sis.settled(response.json()["id"])
    credential_id = job["completions"][0]["credential_id"]
    offered = await platform.http.post(
        f"{platform.issuer.public_url}/v1/credentials/{credential_id}/offers",
        headers=await platform.auth(college.client, audience=platform.issuer.public_url),
    )
    assert offered.status_code == 201, offered.text
    offer = offered.json()

    answer = await run_client({"offer_link": offer["offer_link_by_reference"], "tx_code": offer["tx_code"]})

    holder = answer["holder_jwk"]
    ldp = answer["credentials"]["omc_ldp_vc"]
    subject = b64url_json(ldp["credentialSubject"]["id"].removeprefix("did:jwk:"))
    assert (subject["kty"], subject["crv"], subject["x"]) == (holder["kty"], holder["crv"], holder["x"])
    async with httpx.AsyncClient(timeout=60) as http:
        verified = await http.post(
            f"{platform.issuer.public_url}/credentials/verify", json={"verifiableCredential": ldp}
        )
        assert verified.status_code == 200, verified.text
        assert verified.json()["verified"] is True
        payload = await verify_jwt_vc(
            http, answer["credentials"]["omc_jwt_vc_json"], platform.issuer.public_url
        )
    assert payload["sub"] == ldp["credentialSubject"]["id"]
