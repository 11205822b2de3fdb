"""The Node.js interop harness (`tests/interop/harness.js`) as the tests call it: Digital Bazaar's
verifiable credential libraries verifying what the platform issues and signing what the platform
must verify. Each call runs one `node` process with a JSON request on stdin and reads its JSON
answer; anything that keeps it from answering fails the test with node's own output."""

from __future__ import annotations

import asyncio
import copy
import json
import shutil
from collections.abc import Mapping
from typing import Any

from shared.db.migrations import PROJECT_ROOT

INTEROP_DIR = PROJECT_ROOT / "tests" / "interop"
HARNESS = INTEROP_DIR / "harness.js"
HARNESS_BOUND_SECONDS = 180.0
"""A bound for a hung process, not a timing: a call returns as soon as node answers."""


async def run_harness(command: str, request: Mapping[str, Any]) -> dict[str, Any]:
    """node's JSON answer to ``command`` (see harness.js); an AssertionError carrying node's output
    when node is missing, the npm packages are not installed, or the harness did not answer."""
    node = shutil.which("node")
    assert node, "the interop tests need Node.js 20 (`node` on PATH)"
    assert (INTEROP_DIR / "node_modules").is_dir(), (
        "the interop harness's packages are not installed: run `make test` or "
        "`npm ci --prefix tests/interop --no-audit --no-fund`"
    )
    process = await asyncio.create_subprocess_exec(
        node,
        str(HARNESS),
        command,
        cwd=INTEROP_DIR,
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        stdout, stderr = await asyncio.wait_for(
            process.communicate(json.dumps(request).encode()), HARNESS_BOUND_SECONDS
        )
    except TimeoutError:
        process.kill()
        await process.wait()
        raise AssertionError(
            f"node harness.js {command} did not answer within {HARNESS_BOUND_SECONDS} s"
        ) from None
    output = f"stdout:\n{stdout.decode(errors='replace')}\nstderr:\n{stderr.decode(errors='replace')}"
    assert process.returncode == 0, f"node harness.js {command} exited with {process.returncode}\n{output}"
    try:
        answer: dict[str, Any] = json.loads(stdout)
    except json.JSONDecodeError:
        raise AssertionError(f"node harness.js {command} did not answer JSON\n{output}") from None
    return answer


async def reference_verification(credential: Mapping[str, Any]) -> dict[str, Any]:
    """`@digitalbazaar/vc` verifying ``credential`` with the Bitstring Status List checked:
    `{verified, errors, proofs, status, endorsements}` (every library error message in `errors`)."""
    return await run_harness("verify-credential", {"credential": credential})


async def reference_presentation_verification(
    presentation: Mapping[str, Any], *, challenge: str, domain: str
) -> dict[str, Any]:
    """`@digitalbazaar/vc` verifying a presentation made for ``challenge`` and ``domain``."""
    request = {"presentation": presentation, "challenge": challenge, "domain": domain}
    return await run_harness("verify-presentation", request)


async def reference_credential() -> dict[str, Any]:
    """An Open Badges 3.0 credential issued by the reference library under a fresh did:key:
    `{issuer, verifiableCredential}`."""
    return await run_harness("issue-credential", {})


async def reference_presentation(
    credentials: list[Mapping[str, Any]], *, challenge: str, domain: str
) -> dict[str, Any]:
    """A presentation of ``credentials`` signed by the reference library for a fresh did:key
    holder, for ``challenge`` and ``domain``: `{holder, verifiablePresentation}`."""
    request = {"credentials": credentials, "challenge": challenge, "domain": domain}
    return await run_harness("sign-presentation", request)


def _next_of_its_kind(character: str) -> str:
    """Another character of the same kind (digit, lower or upper case letter), so that a changed
    identifier or text stays well formed and only its signature is wrong."""
    for alphabet in ("0123456789", "abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ"):
        if character in alphabet:
            return alphabet[(alphabet.index(character) + 1) % len(alphabet)]
    return "x"


def one_character_changed(document: Mapping[str, Any], *path: str | int) -> dict[str, Any]:
    """A copy of ``document`` whose string at ``path`` differs in its last character only."""
    changed = copy.deepcopy(dict(document))
    parent: Any = changed
    for key in path[:-1]:
        parent = parent[key]
    original = parent[path[-1]]
    assert isinstance(original, str), f"{path} is not a string"
    assert original, f"{path} is empty"
    parent[path[-1]] = original[:-1] + _next_of_its_kind(original[-1])
    return changed
