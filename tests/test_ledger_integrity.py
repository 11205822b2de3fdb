"""The quality ledger's integrity: entries appended through qa_api's repository chain and verify; the
database refuses UPDATE, DELETE and TRUNCATE to qa_api's own role (it lacks the rights) and to
whoever has them (a trigger); an edit only a superuser can make (the trigger bypassed) is found by
verification at the entry edited, and breaks every checkpoint that covers it; signed checkpoints and
inclusion proofs verify with a client's own code; the entries list pages and filters.

Tampering happens in a database of its own (`<worker db>_ledger`) served by a qa_api of its own, so
the worker's ledger stays valid for every other test."""

from __future__ import annotations

import asyncio
import base64
import json
import uuid
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import asyncpg
import httpx
import pytest
from joserfc.jwk import KeySet
from pydantic import SecretStr

from ops.database import ServiceDatabase
from ops.local_servers import RunningServer, bound_socket, start_server
from services.qa_api.main import create_app as create_qa
from services.qa_api.repositories.ledger import LedgerRepository
from services.qa_api.services.checkpoint_keys import CheckpointKeys
from services.qa_api.services.ledger import LedgerService
from services.qa_api.services.merkle_nodes import MerkleNodes
from shared.db.engine import create_engine, create_session_factory
from shared.db.urls import to_asyncpg_dsn, with_database
from shared.ledger.hashing import GENESIS_HASH, entry_hash
from shared.ledger.merkle import (
    inclusion_path,
    inclusion_path_of,
    leaf_hash,
    range_root,
    root,
    verify_consistency,
    verify_inclusion,
)
from shared.schemas.auth import OrganisationKind, Role
from shared.schemas.ledger import LedgerEntry, Subjects, Verification
from shared.signing import verify_json
from shared.web.cursor import encode_cursor
from tests.support.database import drop_databases, fresh_database
from tests.support.ledger import LedgerWriter, qa_database, superuser_connection
from tests.support.platform import Platform

# --- helpers -----------------------------------------------------------------------------------


@pytest.fixture(scope="session")
async def ledger_writer(service_databases: list[ServiceDatabase]) -> AsyncIterator[LedgerWriter]:
    writer = LedgerWriter(qa_database(service_databases).url)
    yield writer
    await writer.close()


async def _get(http: httpx.AsyncClient, url: str, **params: Any) -> dict[str, Any]:
    response = await http.get(url, params=params)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


async def _verification(http: httpx.AsyncClient, qa_url: str) -> dict[str, Any]:
    return await _get(http, f"{qa_url}/v1/ledger/verification")


async def _sign_checkpoint(platform: Platform, qa_url: str) -> dict[str, Any]:
    response = await platform.http.post(
        f"{qa_url}/v1/ledger/checkpoints", headers=await platform.auth(platform.admin)
    )
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


async def _proof(http: httpx.AsyncClient, qa_url: str, seq: int, **params: Any) -> httpx.Response:
    return await http.get(f"{qa_url}/v1/ledger/entries/{seq}/proof", params=params)


def _proof_holds(proof: dict[str, Any], checkpoint: dict[str, Any]) -> bool:
    return verify_inclusion(
        proof["leaf_index"],
        checkpoint["tree_size"],
        leaf_hash(proof["entry_hash"]),
        [bytes.fromhex(node) for node in proof["audit_path"]],
        bytes.fromhex(checkpoint["root_hash"]),
    )


async def _all_entries(http: httpx.AsyncClient, qa_url: str, **filters: Any) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    cursor: str | None = None
    for _ in range(10_000):
        params = {"limit": 100, **filters, **({"after": cursor} if cursor else {})}
        page = await _get(http, f"{qa_url}/v1/ledger/entries", **params)
        items.extend(page["items"])
        cursor = page["next_cursor"]
        if cursor is None:
            return items
    raise AssertionError("the ledger did not end within 10,000 pages")


# --- the chain ---------------------------------------------------------------------------------


async def test_appended_entries_chain_and_the_published_form_is_what_is_hashed(
    platform: Platform, ledger_writer: LedgerWriter
) -> None:
    institution = uuid.uuid4()
    written = await ledger_writer.append_many(
        4,
        event_type="test.chained",
        subjects=Subjects(institution_id=institution, agency_slug="ocqas"),
        payload={"text": "é ∑ 😀", "nested": {"b": [1, 2.5, None, True], "a": ""}, "big": 2**53 - 1},
    )
    assert [entry.seq for entry in written] == list(range(written[0].seq, written[0].seq + 4))
    previous = GENESIS_HASH
    if written[0].seq > 1:
        previous = (
            await _get(platform.http, f"{platform.qa.public_url}/v1/ledger/entries/{written[0].seq - 1}")
        )["entry_hash"]
    for entry in written:
        published = await _get(platform.http, f"{platform.qa.public_url}/v1/ledger/entries/{entry.seq}")
        assert published == entry.model_dump(mode="json")
        assert published["previous_hash"] == previous
        body = {key: value for key, value in published.items() if key != "entry_hash"}
        assert entry_hash(body) == published["entry_hash"], "a client recomputes the hash from the JSON"
        previous = published["entry_hash"]

    verification = await _verification(platform.http, platform.qa.public_url)
    assert verification["valid"] is True, verification
    assert verification["first_broken"] is None
    assert verification["entries_checked"] >= written[-1].seq


async def test_unknown_entries_are_404(platform: Platform) -> None:
    qa = platform.qa.public_url
    for path in ("entries/999999999", "entries/999999999/proof", "checkpoints/999999999"):
        response = await platform.http.get(f"{qa}/v1/ledger/{path}")
        assert response.status_code == 404, path
        assert response.headers["content-type"] == "application/problem+json"
    assert (await platform.http.get(f"{qa}/v1/ledger/entries/0")).status_code == 422


# --- the database refuses changes --------------------------------------------------------------

REFUSED = {
    "update payload": "update qa.ledger_entries set payload = '{\"forged\": true}' where seq = $1",
    "update entry_hash": "update qa.ledger_entries set entry_hash = repeat('0', 64) where seq = $1",
    "update recorded_at": "update qa.ledger_entries set recorded_at = recorded_at + interval '1 day' "
    "where seq = $1",
    "update every row": "update qa.ledger_entries set event_type = event_type where seq >= $1",
    "delete one": "delete from qa.ledger_entries where seq = $1",
    "delete all": "delete from qa.ledger_entries where seq >= $1",
    "truncate": "truncate qa.ledger_entries",
    "truncate cascade": "truncate qa.ledger_entries restart identity cascade",
}


async def _snapshot(connection: asyncpg.Connection) -> list[asyncpg.Record]:
    return await connection.fetch("select * from qa.ledger_entries order by seq")


async def _attempt(connection: asyncpg.Connection, statement: str, seq: int) -> None:
    sql = REFUSED[statement]
    if "$1" in sql:
        await connection.execute(sql, 1 if "all" in statement or "every" in statement else seq)
    else:
        await connection.execute(sql)


@pytest.mark.parametrize("statement", list(REFUSED))
async def test_the_qa_role_has_no_right_to_change_or_remove_entries(
    service_databases: list[ServiceDatabase], ledger_writer: LedgerWriter, statement: str
) -> None:
    """The table belongs to the keeper role (ops/ledger_seal.py): qa_api's role may read and append."""
    entry = await ledger_writer.append(event_type="test.append_only")
    connection = await asyncpg.connect(to_asyncpg_dsn(qa_database(service_databases).url))
    try:
        before = await _snapshot(connection)
        with pytest.raises(asyncpg.InsufficientPrivilegeError, match="permission denied"):
            await _attempt(connection, statement, entry.seq)
        assert await _snapshot(connection) == before
    finally:
        await connection.close()


@pytest.mark.parametrize("statement", list(REFUSED))
async def test_the_trigger_refuses_changes_even_to_a_superuser(
    admin_url: str, database_name: str, ledger_writer: LedgerWriter, statement: str
) -> None:
    """Behind the privileges, the trigger: it stops whoever may write the table (the keeper, a
    superuser) unless they switch triggers off, which the hash chain then reveals."""
    entry = await ledger_writer.append(event_type="test.append_only")
    connection = await asyncpg.connect(to_asyncpg_dsn(with_database(admin_url, database_name)))
    try:
        before = await _snapshot(connection)
        with pytest.raises(asyncpg.RestrictViolationError, match="append-only"):
            await _attempt(connection, statement, entry.seq)
        assert await _snapshot(connection) == before
    finally:
        await connection.close()


@pytest.mark.parametrize(
    "statement",
    [
        "alter table qa.ledger_entries disable trigger ledger_entries_append_only",
        "alter table qa.ledger_entries disable trigger all",
        "create or replace function qa.refuse_ledger_change() returns trigger language plpgsql"
        " as $$ begin return coalesce(new, old); end $$",
        "alter table qa.ledger_entries owner to current_user",
        "drop table qa.ledger_entries",
        "alter table qa.ledger_entries rename to ledger_entries_old",
        "alter schema qa owner to current_user",
        "drop schema qa cascade",
    ],
)
async def test_the_qa_role_cannot_switch_off_or_rewrite_the_guard(
    service_databases: list[ServiceDatabase], statement: str
) -> None:
    connection = await asyncpg.connect(to_asyncpg_dsn(qa_database(service_databases).url))
    try:
        with pytest.raises(asyncpg.InsufficientPrivilegeError):
            await connection.execute(statement)
    finally:
        await connection.close()


async def test_the_qa_role_cannot_grant_itself_the_rights(service_databases: list[ServiceDatabase]) -> None:
    connection = await asyncpg.connect(to_asyncpg_dsn(qa_database(service_databases).url))
    try:
        await connection.execute("grant update, delete, truncate on qa.ledger_entries to current_user")
        granted = await connection.fetchval(
            "select has_table_privilege(current_user, 'qa.ledger_entries', 'UPDATE, DELETE, TRUNCATE')"
        )
    finally:
        await connection.close()
    assert granted is False  # PostgreSQL only warns "no privileges were granted"


async def test_the_qa_role_cannot_switch_the_trigger_off_for_its_session(
    service_databases: list[ServiceDatabase],
) -> None:
    connection = await asyncpg.connect(to_asyncpg_dsn(qa_database(service_databases).url))
    try:
        with pytest.raises(asyncpg.InsufficientPrivilegeError):
            await connection.execute("set session_replication_role = replica")
    finally:
        await connection.close()


# --- checkpoints and proofs on the worker's ledger ---------------------------------------------


def _jws_header(signature: str) -> dict[str, Any]:
    encoded = signature.split(".", maxsplit=1)[0]
    header: dict[str, Any] = json.loads(base64.urlsafe_b64decode(encoded + "=" * (-len(encoded) % 4)))
    return header


async def test_a_signed_checkpoint_verifies_with_the_published_keys_and_proves_entries(
    platform: Platform, ledger_writer: LedgerWriter
) -> None:
    qa = platform.qa.public_url
    written = await ledger_writer.append_many(5, event_type="test.proved")
    checkpoint = await _sign_checkpoint(platform, qa)
    assert checkpoint["tree_size"] >= written[-1].seq
    assert await _get(platform.http, f"{qa}/v1/ledger/checkpoints/latest") == checkpoint
    assert await _get(platform.http, f"{qa}/v1/ledger/checkpoints/{checkpoint['tree_size']}") == checkpoint

    jwks = await platform.http.get(f"{qa}/.well-known/jwks.json")
    assert jwks.status_code == 200
    assert "max-age" in jwks.headers["cache-control"]
    header = _jws_header(checkpoint["signature"])
    assert header["alg"] == "Ed25519"
    assert header["kid"] == checkpoint["kid"]
    assert checkpoint["kid"] in {key["kid"] for key in jwks.json()["keys"]}
    assert all("d" not in key for key in jwks.json()["keys"]), "no private key material"
    signed = verify_json(checkpoint["signature"], KeySet.import_key_set(jwks.json()))
    assert signed is not None
    assert signed["tree_size"] == checkpoint["tree_size"]
    assert signed["root_hash"] == checkpoint["root_hash"]
    assert signed["issuer"] == qa
    assert datetime.fromisoformat(signed["signed_at"]) == datetime.fromisoformat(checkpoint["signed_at"])

    # The root a client computes itself from the published entries is the one signed.
    entries = (await _all_entries(platform.http, qa))[: checkpoint["tree_size"]]
    assert [entry["seq"] for entry in entries] == list(range(1, checkpoint["tree_size"] + 1))
    assert root([leaf_hash(entry["entry_hash"]) for entry in entries]).hex() == checkpoint["root_hash"]

    for seq in {1, *(entry.seq for entry in written)}:
        response = await _proof(platform.http, qa, seq)
        assert response.status_code == 200, response.text
        proof = response.json()
        assert proof["seq"] == seq
        assert proof["leaf_index"] == seq - 1
        assert proof["entry_hash"] == entries[seq - 1]["entry_hash"]
        assert proof["leaf_hash"] == leaf_hash(proof["entry_hash"]).hex()
        assert proof["checkpoint"]["tree_size"] >= seq
        covering = proof["checkpoint"]
        assert _proof_holds(proof, covering), seq
        # The same proof against the newest checkpoint, asked for by size.
        response = await _proof(platform.http, qa, seq, tree_size=checkpoint["tree_size"])
        assert response.status_code == 200, response.text
        assert response.json()["checkpoint"] == checkpoint
        assert _proof_holds(response.json(), checkpoint), seq
        forged = {**response.json(), "entry_hash": "f" * 64}
        assert not _proof_holds(forged, checkpoint)


@pytest.mark.parametrize("memo_height", [0, 1, 2, 8])
async def test_memoised_subtrees_give_the_roots_and_paths_of_the_whole_ledger(
    service_databases: list[ServiceDatabase], ledger_writer: LedgerWriter, memo_height: int
) -> None:
    """MerkleNodes on the worker's ledger (read as the qa role), against root/inclusion_path over
    every entry hash read at once; twice, so the second pass runs from the memo."""
    for n in range(5):  # enough entries for subtrees above the small memo heights
        await ledger_writer.append(event_type="test.merkle.memo", payload={"n": n})
    engine = create_engine(qa_database(service_databases).url, pool_size=2)
    try:
        sessions = create_session_factory(engine)
        async with sessions() as session:
            size = await LedgerRepository(session).size()
            hashes = await LedgerRepository(session).hashes_between(1, size)
        leaves = [leaf_hash(value) for value in hashes]
        nodes = MerkleNodes(sessions, memo_height=memo_height)
        for _ in range(2):
            assert await range_root(0, size, nodes.perfect) == root(leaves)
            for index in sorted({0, size // 2, size - 2, size - 1}):
                assert await inclusion_path_of(index, size, nodes.perfect) == inclusion_path(index, leaves)
        if size >= 2 << memo_height:
            assert nodes.memoised() > 0
    finally:
        await engine.dispose()


async def test_an_entry_beyond_the_latest_checkpoint_has_no_proof_until_the_next(
    platform: Platform, ledger_writer: LedgerWriter
) -> None:
    qa = platform.qa.public_url
    await ledger_writer.append(event_type="test.before")
    before = await _sign_checkpoint(platform, qa)
    entry = await ledger_writer.append(event_type="test.after")
    assert entry.seq > before["tree_size"]

    missing = await _proof(platform.http, qa, entry.seq)
    assert missing.status_code == 404, missing.text
    assert missing.json()["type"] == "urn:omc:problem:checkpoint-not-found"
    too_small = await _proof(platform.http, qa, entry.seq, tree_size=before["tree_size"])
    assert too_small.status_code == 404, too_small.text
    unsigned_size = await _proof(platform.http, qa, 1, tree_size=entry.seq + 1000)
    assert unsigned_size.status_code == 404, unsigned_size.text

    after = await _sign_checkpoint(platform, qa)
    assert after["tree_size"] >= entry.seq
    proof = await _proof(platform.http, qa, entry.seq)
    assert proof.status_code == 200, proof.text
    assert _proof_holds(proof.json(), proof.json()["checkpoint"])
    # An older entry still proves against the older checkpoint.
    old = await _proof(platform.http, qa, before["tree_size"], tree_size=before["tree_size"])
    assert old.status_code == 200, old.text
    assert old.json()["checkpoint"] == before
    assert _proof_holds(old.json(), before)


async def test_signing_again_without_new_entries_returns_the_latest(platform: Platform) -> None:
    qa = platform.qa.public_url
    first = await _sign_checkpoint(platform, qa)
    second = await _sign_checkpoint(platform, qa)
    assert second == first


@pytest.mark.parametrize(
    ("actor", "expected"),
    [("admin", 201), ("eqaa", 201), ("ministry", 201), ("institution", 403), ("partner", 403), ("none", 401)],
)
async def test_who_may_sign_a_checkpoint(
    platform: Platform, ledger_writer: LedgerWriter, actor: str, expected: int
) -> None:
    await ledger_writer.append(event_type="test.signers")
    headers: dict[str, str] = {}
    if actor == "admin":
        headers = await platform.auth(platform.admin)
    elif actor != "none":
        kind, role = {
            "eqaa": (OrganisationKind.EQAA, Role.EQAA),
            "ministry": (OrganisationKind.MINISTRY, Role.MINISTRY),
            "institution": (OrganisationKind.INSTITUTION, Role.INSTITUTION),
            "partner": (OrganisationKind.ALTERNATE_PROVIDER, Role.PARTNER),
        }[actor]
        headers = await platform.auth(await platform.new_actor(kind, [role]))
    response = await platform.http.post(f"{platform.qa.public_url}/v1/ledger/checkpoints", headers=headers)
    assert response.status_code == expected, response.text


# --- listing: pages and filters ----------------------------------------------------------------


async def test_entries_page_in_order_with_filters(platform: Platform, ledger_writer: LedgerWriter) -> None:
    qa = platform.qa.public_url
    institution, credential, agency = uuid.uuid4(), uuid.uuid4(), f"agency-{uuid.uuid4().hex[:8]}"
    mine = await ledger_writer.append_many(
        5, event_type="test.listed", subjects=Subjects(institution_id=institution)
    )
    mine += await ledger_writer.append_many(
        2,
        event_type="test.listed.other",
        subjects=Subjects(
            institution_id=institution,
            agency_slug=agency,
            micro_credential_id=credential,
            micro_credential_version=3,
        ),
    )
    await ledger_writer.append_many(
        2, event_type="test.listed", subjects=Subjects(institution_id=uuid.uuid4())
    )
    seqs = [entry.seq for entry in mine]

    pages: list[list[int]] = []
    cursor: str | None = None
    for _ in range(10):
        params: dict[str, Any] = {"institution": str(institution), "limit": 3}
        if cursor:
            params["after"] = cursor
        page = await _get(platform.http, f"{qa}/v1/ledger/entries", **params)
        pages.append([item["seq"] for item in page["items"]])
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert pages == [seqs[0:3], seqs[3:6], seqs[6:7]]
    everything = await _get(platform.http, f"{qa}/v1/ledger/entries", institution=str(institution))
    assert everything["items"] == [entry.model_dump(mode="json") for entry in mine]
    assert everything["next_cursor"] is None

    async def seqs_for(**filters: Any) -> list[int]:
        return [item["seq"] for item in await _all_entries(platform.http, qa, **filters)]

    assert await seqs_for(institution=str(institution), event_type="test.listed") == seqs[:5]
    assert await seqs_for(institution=str(institution), event_type="test.listed.other") == seqs[5:]
    assert await seqs_for(agency=agency) == seqs[5:]
    assert await seqs_for(micro_credential=str(credential)) == seqs[5:]
    assert await seqs_for(micro_credential=str(credential), event_type="test.listed") == []
    assert await seqs_for(event_type=f"test.none.{uuid.uuid4().hex}") == []

    day = mine[0].recorded_at.astimezone(UTC).date()
    same_day = [entry.seq for entry in mine if entry.recorded_at.astimezone(UTC).date() == day]
    assert await seqs_for(institution=str(institution), recorded_from=day.isoformat()) == seqs
    assert await seqs_for(institution=str(institution), recorded_until=day.isoformat()) == same_day
    assert (
        await seqs_for(
            institution=str(institution), recorded_from=day.isoformat(), recorded_until=day.isoformat()
        )
        == same_day
    )
    tomorrow, yesterday = day + timedelta(days=1), day - timedelta(days=1)
    assert (
        await seqs_for(institution=str(institution), recorded_from=(tomorrow + timedelta(days=1)).isoformat())
        == []
    )
    assert await seqs_for(institution=str(institution), recorded_until=yesterday.isoformat()) == []

    # Keyset position: after the 5th entry, the first page starts at the 6th.
    page = await _get(
        platform.http, f"{qa}/v1/ledger/entries", institution=str(institution), after=encode_cursor(seqs[4])
    )
    assert [item["seq"] for item in page["items"]] == seqs[5:]
    first = await _get(platform.http, f"{qa}/v1/ledger/entries", limit=1)
    assert [item["seq"] for item in first["items"]] == [1]


@pytest.mark.parametrize(
    "params",
    [
        {"limit": 0},
        {"limit": 101},
        {"after": "not a cursor!"},
        {"after": encode_cursor(1, 2)},
        {"after": encode_cursor("seven")},
        {"after": encode_cursor(10**30)},
        {"after": encode_cursor(-1)},
        {"institution": "not-a-uuid"},
        {"recorded_from": "yesterday"},
    ],
)
async def test_malformed_list_parameters_are_422(platform: Platform, params: dict[str, Any]) -> None:
    response = await platform.http.get(f"{platform.qa.public_url}/v1/ledger/entries", params=params)
    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == "application/problem+json"


# --- tampering, in a ledger of its own ---------------------------------------------------------


@dataclass
class TamperLedger:
    url: str
    admin_url: str
    server: RunningServer
    entries: list[LedgerEntry]
    checkpoint: dict[str, Any]


COVERED = 6  # entries 1..6 are under the checkpoint, 7..8 are not


@pytest.fixture(scope="module")
def tamper_databases(admin_url: str, database_name: str) -> Iterator[tuple[list[ServiceDatabase], str]]:
    name = f"{database_name}_ledger"
    databases = fresh_database(admin_url, name)
    yield databases, with_database(admin_url, name)
    drop_databases(admin_url, prefix=name)


@pytest.fixture(scope="module")
async def tamper_ledger(
    platform: Platform, tamper_databases: tuple[list[ServiceDatabase], str]
) -> AsyncIterator[TamperLedger]:
    """A qa_api of its own on its own database. It keeps the session qa_api's public URL (the `aud`
    the session registry mints tokens for) and the session registry, so tokens verify as usual."""
    databases, database_admin_url = tamper_databases
    settings = platform.qa.model_copy(
        update={
            "database_url": SecretStr(qa_database(databases).url),
            "registry_client_id": None,
            "registry_client_secret": None,
        }
    )
    sock = bound_socket()
    server = start_server("qa_api (tamper)", create_qa(settings), sock)
    url = server.url
    writer = LedgerWriter(qa_database(databases).url)
    try:
        assert (await _verification(platform.http, url))["entries_checked"] == 0
        empty = await platform.http.post(
            f"{url}/v1/ledger/checkpoints", headers=await platform.auth(platform.admin)
        )
        assert empty.status_code == 404, "nothing to sign in an empty ledger"
        assert (await platform.http.get(f"{url}/v1/ledger/checkpoints/latest")).status_code == 404
        entries = [
            await writer.append(
                event_type=f"test.tamper.{n}",
                subjects=Subjects(institution_id=uuid.uuid4(), agency_slug="peqab"),
                payload={"n": n, "decision": {"outcome": "endorsed", "conditions": []}},
            )
            for n in range(COVERED)
        ]
        checkpoint = await _sign_checkpoint(platform, url)
        assert checkpoint["tree_size"] == COVERED
        entries += [
            await writer.append(
                event_type="test.tamper.late", payload={"n": n, "decision": {"outcome": "deferred"}}
            )
            for n in (6, 7)
        ]
        yield TamperLedger(url, database_admin_url, server, entries, checkpoint)
    finally:
        await writer.close()
        server.stop()


@pytest.fixture
async def superuser(tamper_ledger: TamperLedger, platform: Platform) -> AsyncIterator[asyncpg.Connection]:
    """A trigger-bypassing superuser on the tamper database; whatever a test changed is restored
    afterwards, and the ledger verifies again."""
    connection = await superuser_connection(tamper_ledger.admin_url)
    entries = await connection.fetch("select * from qa.ledger_entries order by seq")
    checkpoints = await connection.fetch("select * from qa.ledger_checkpoints order by tree_size")
    try:
        yield connection
    finally:
        async with connection.transaction():
            await connection.execute("delete from qa.ledger_entries")
            await connection.execute("delete from qa.ledger_checkpoints")
            await connection.copy_records_to_table(
                "ledger_entries",
                schema_name="qa",
                records=[tuple(row) for row in entries],
                columns=list(entries[0].keys()),
            )
            await connection.copy_records_to_table(
                "ledger_checkpoints",
                schema_name="qa",
                records=[tuple(row) for row in checkpoints],
                columns=list(checkpoints[0].keys()),
            )
        await connection.close()
        restored = await _verification(platform.http, tamper_ledger.url)
        assert restored["valid"] is True, restored


async def test_the_untouched_tamper_ledger_verifies(platform: Platform, tamper_ledger: TamperLedger) -> None:
    verification = await _verification(platform.http, tamper_ledger.url)
    assert verification == {
        "entries_checked": COVERED + 2,
        "valid": True,
        "first_broken": None,
        "checkpoints_checked": 1,
        "first_broken_checkpoint": None,
    }


async def test_concurrent_verifications_share_one_run_and_a_later_one_runs_anew(
    platform: Platform, tamper_ledger: TamperLedger, tamper_databases: tuple[list[ServiceDatabase], str]
) -> None:
    """The qa_api's own LedgerService on the tamper database, its verify_now counted (a spy: the real
    method runs)."""
    engine = create_engine(qa_database(tamper_databases[0]).url, pool_size=2)
    sessions = create_session_factory(engine)
    keys = CheckpointKeys(sessions, master_key=platform.qa.master_key.get_secret_value())
    service = LedgerService(sessions, keys, issuer=platform.qa.public_url)
    runs = 0
    real_run = service.verify_now

    async def counted() -> Verification:
        nonlocal runs
        runs += 1
        return await real_run()

    service.verify_now = counted  # type: ignore[method-assign]
    try:
        together = await asyncio.gather(*(service.verify() for _ in range(5)))
        assert runs == 1
        assert all(result == together[0] for result in together)
        assert together[0].entries_checked == COVERED + 2
        assert (await service.verify()).entries_checked == COVERED + 2
        assert runs == 2, "a verification asked after the last one ended runs again"
    finally:
        await engine.dispose()


EDITS = {
    # The payload is json (its canonical text as hashed); edited as jsonb, written back as json.
    "payload": ("payload", "jsonb_set(payload::jsonb, '{decision,outcome}', '\"not_endorsed\"')::json"),
    "payload key added": ("payload", '(payload::jsonb || \'{"note": "added later"}\')::json'),
    "event_type": ("event_type", "'test.tamper.rewritten'"),
    "recorded_at": ("recorded_at", "recorded_at - interval '1 microsecond'"),
    "previous_hash": ("previous_hash", "repeat('a', 64)"),
    "entry_hash": ("entry_hash", "repeat('b', 64)"),
    "actor": ("actor_client_id", "'omc_someone_else'"),
    "subject": ("agency_slug", "'oqcas'"),
}


@pytest.mark.parametrize("seq", [1, 3, COVERED, COVERED + 1, COVERED + 2])
@pytest.mark.parametrize("edit", list(EDITS))
async def test_an_edited_entry_is_found_at_its_seq(
    platform: Platform, tamper_ledger: TamperLedger, superuser: asyncpg.Connection, edit: str, seq: int
) -> None:
    column, expression = EDITS[edit]
    changed = await superuser.execute(
        f"update qa.ledger_entries set {column} = {expression} where seq = $1",
        seq,
    )
    assert changed == "UPDATE 1"
    verification = await _verification(platform.http, tamper_ledger.url)
    assert verification["valid"] is False
    assert verification["first_broken"]["seq"] == seq, verification
    reason = verification["first_broken"]["reason"]
    assert ("previous_hash" if column == "previous_hash" else "does not match entry_hash") in reason
    assert verification["first_broken_checkpoint"] == (COVERED if seq <= COVERED else None)
    assert verification["entries_checked"] == COVERED + 2


async def _rewrite(superuser: asyncpg.Connection, entry: LedgerEntry) -> None:
    """Store ``entry`` over the row of its seq, with its hash recomputed from the new content."""
    await superuser.execute(
        "update qa.ledger_entries set payload = $2, previous_hash = $3, entry_hash = $4 where seq = $1",
        entry.seq,
        json.dumps(entry.payload),
        entry.previous_hash,
        entry_hash(entry.hashed_body()),
    )


@pytest.mark.parametrize("seq", [1, 3, COVERED, COVERED + 1])
async def test_an_entry_rewritten_with_its_hash_recomputed_is_named_not_its_successor(
    platform: Platform, tamper_ledger: TamperLedger, superuser: asyncpg.Connection, seq: int
) -> None:
    """The edited entry matches its new hash; the next entry still chains to the old one and still
    matches its own hash, so the edited entry is the one named (not the successor whose link broke)."""
    edited = tamper_ledger.entries[seq - 1]
    await _rewrite(superuser, edited.model_copy(update={"payload": {**edited.payload, "n": 999}}))
    verification = await _verification(platform.http, tamper_ledger.url)
    assert verification["valid"] is False
    assert verification["first_broken"] == {
        "seq": seq,
        "reason": f"content and entry_hash were rewritten: entry {seq + 1} chained to a different hash",
    }
    assert verification["first_broken_checkpoint"] == (COVERED if seq <= COVERED else None)


async def test_a_link_rewritten_with_the_hash_recomputed_is_named_at_the_entry_rewritten(
    platform: Platform, tamper_ledger: TamperLedger, superuser: asyncpg.Connection
) -> None:
    """Entry 3's previous_hash (and its hash) rewritten: entries 2 and 4 disagree with it, entry 2
    is as entry 3 first chained to, so entry 3 is named."""
    edited = tamper_ledger.entries[2]
    await _rewrite(superuser, edited.model_copy(update={"previous_hash": "e" * 64}))
    verification = await _verification(platform.http, tamper_ledger.url)
    assert verification["first_broken"]["seq"] == 3, verification
    assert "previous_hash and entry_hash were rewritten" in verification["first_broken"]["reason"]


async def test_a_removed_entry_is_found_where_the_sequence_jumps(
    platform: Platform, tamper_ledger: TamperLedger, superuser: asyncpg.Connection
) -> None:
    assert await superuser.execute("delete from qa.ledger_entries where seq = 4") == "DELETE 1"
    verification = await _verification(platform.http, tamper_ledger.url)
    assert verification["valid"] is False
    assert verification["first_broken"]["seq"] == 5
    assert "sequence" in verification["first_broken"]["reason"]
    assert verification["first_broken_checkpoint"] == COVERED


async def test_newest_entries_removed_under_a_checkpoint_are_named(
    platform: Platform, tamper_ledger: TamperLedger, superuser: asyncpg.Connection
) -> None:
    """The chain that is left links; the checkpoint over 1..6 says entries 5 and 6 existed."""
    assert await superuser.execute("delete from qa.ledger_entries where seq >= 5") == "DELETE 4"
    verification = await _verification(platform.http, tamper_ledger.url)
    assert verification["valid"] is False
    assert verification["first_broken"] == {
        "seq": 5,
        "reason": f"entries 5..{COVERED}, signed by checkpoint {COVERED}, are missing",
    }
    assert verification["first_broken_checkpoint"] == COVERED


async def test_a_forged_entry_appended_by_the_qa_role_is_found(
    platform: Platform, tamper_ledger: TamperLedger, superuser: asyncpg.Connection
) -> None:
    """INSERT is the one write the qa role has; an entry that does not chain is caught."""
    last = tamper_ledger.entries[-1]
    forged = last.model_copy(
        update={"seq": last.seq + 1, "payload": {"forged": True}, "entry_hash": "c" * 64}
    )
    await superuser.execute(
        "insert into qa.ledger_entries (seq, recorded_at, event_type, actor_organisation_id, "
        "actor_client_id, payload, previous_hash, entry_hash) values ($1, $2, $3, $4, $5, $6, $7, $8)",
        forged.seq,
        forged.recorded_at,
        forged.event_type,
        forged.actor.organisation_id,
        forged.actor.client_id,
        json.dumps(forged.payload),
        last.entry_hash,
        forged.entry_hash,
    )
    verification = await _verification(platform.http, tamper_ledger.url)
    assert verification["first_broken"] == {
        "seq": last.seq + 1,
        "reason": "content does not match entry_hash",
    }
    assert verification["first_broken_checkpoint"] is None


async def _rewrite_chain_from(
    platform: Platform, tamper_ledger: TamperLedger, superuser: asyncpg.Connection, seq: int
) -> None:
    """Edit entry ``seq``'s payload and recompute its hash and every later link and hash."""
    rows = await superuser.fetch("select seq from qa.ledger_entries order by seq")
    previous = GENESIS_HASH
    for row in rows:
        published = await _get(platform.http, f"{tamper_ledger.url}/v1/ledger/entries/{row['seq']}")
        entry = LedgerEntry.model_validate(published)
        if entry.seq == seq:
            entry = entry.model_copy(update={"payload": {**entry.payload, "n": 999}})
        entry = entry.model_copy(update={"previous_hash": previous})
        rehashed = entry_hash(entry.hashed_body())
        await superuser.execute(
            "update qa.ledger_entries set payload = $2, previous_hash = $3, entry_hash = $4 where seq = $1",
            entry.seq,
            json.dumps(entry.payload),
            previous,
            rehashed,
        )
        previous = rehashed


async def _consistent_with_kept(platform: Platform, url: str, kept: dict[str, Any]) -> bool:
    """A monitor's check: the latest checkpoint extends the history of the checkpoint it kept."""
    proof = await _get(platform.http, f"{url}/v1/ledger/consistency", first=kept["tree_size"])
    return verify_consistency(
        kept["tree_size"],
        proof["checkpoint"]["tree_size"],
        bytes.fromhex(kept["root_hash"]),
        bytes.fromhex(proof["checkpoint"]["root_hash"]),
        [bytes.fromhex(node) for node in proof["consistency_path"]],
    )


async def test_a_monitor_that_kept_a_checkpoint_catches_a_history_rewritten_and_signed_again(
    platform: Platform, tamper_ledger: TamperLedger, superuser: asyncpg.Connection
) -> None:
    """The monitor kept checkpoint 6. An honest checkpoint 8 extends it (the consistency proof holds);
    a history rewritten under it and signed again as 8 (the superuser dropped the honest one and had
    the service sign anew, as a key holder could) cannot give a proof that holds."""
    kept = tamper_ledger.checkpoint
    honest = await _sign_checkpoint(platform, tamper_ledger.url)
    assert honest["tree_size"] == COVERED + 2
    assert await _consistent_with_kept(platform, tamper_ledger.url, kept)

    await _rewrite_chain_from(platform, tamper_ledger, superuser, 2)
    await superuser.execute("delete from qa.ledger_checkpoints where tree_size > $1", COVERED)
    resigned = await _sign_checkpoint(platform, tamper_ledger.url)
    assert resigned["tree_size"] == COVERED + 2
    assert resigned["root_hash"] != honest["root_hash"]
    assert not await _consistent_with_kept(platform, tamper_ledger.url, kept)


async def test_consistency_proof_bounds(platform: Platform, tamper_ledger: TamperLedger) -> None:
    url = f"{tamper_ledger.url}/v1/ledger/consistency"
    beyond = await platform.http.get(url, params={"first": COVERED + 1, "second": COVERED})
    assert beyond.status_code == 422, beyond.text
    assert beyond.json()["errors"][0]["field"] == "query.first"
    assert (await platform.http.get(url, params={"first": 1, "second": 5})).status_code == 404
    for bad in ({"first": 0}, {"first": 2**63}, {}):
        assert (await platform.http.get(url, params=bad)).status_code == 422, bad


async def test_a_rewritten_chain_passes_the_links_but_not_the_signed_checkpoint(
    platform: Platform, tamper_ledger: TamperLedger, superuser: asyncpg.Connection
) -> None:
    """Someone who edits entry 2 and recomputes every later hash leaves a chain that links; only the
    checkpoint signed before the edit reveals it. Proofs then fail against that checkpoint too."""
    await _rewrite_chain_from(platform, tamper_ledger, superuser, 2)
    verification = await _verification(platform.http, tamper_ledger.url)
    assert verification["first_broken_checkpoint"] == COVERED
    assert verification["valid"] is False
    # The links themselves are consistent: only the checkpoint shows it, so the edit is known to lie
    # among the entries it covers and no earlier checkpoint holds over (here all of them).
    assert verification["first_broken"] == {
        "seq": 1,
        "reason": f"one of entries 1..{COVERED} differs from what checkpoint {COVERED} signed "
        "(content and hashes rewritten)",
    }

    proof = await _proof(platform.http, tamper_ledger.url, 2)
    assert proof.status_code == 200, proof.text
    assert proof.json()["checkpoint"] == tamper_ledger.checkpoint
    assert not _proof_holds(proof.json(), tamper_ledger.checkpoint)


@pytest.mark.parametrize(
    ("column", "expression"),
    [
        ("root_hash", "repeat('d', 64)"),
        ("signature", "signature || 'x'"),
        ("signed_at", "signed_at + interval '1 second'"),
        ("kid", "'someone-elses-key'"),
    ],
)
async def test_an_edited_checkpoint_is_found(
    platform: Platform,
    tamper_ledger: TamperLedger,
    superuser: asyncpg.Connection,
    column: str,
    expression: str,
) -> None:
    changed = await superuser.execute(f"update qa.ledger_checkpoints set {column} = {expression}")
    assert changed == "UPDATE 1"
    verification = await _verification(platform.http, tamper_ledger.url)
    assert verification["first_broken"] is None
    assert verification["first_broken_checkpoint"] == COVERED
    assert verification["valid"] is False


async def test_concurrent_checkpoint_requests_all_succeed_with_one_checkpoint(
    platform: Platform, ledger_writer: LedgerWriter
) -> None:
    qa = platform.qa.public_url
    await ledger_writer.append(event_type="test.concurrent_checkpoints")
    headers = await platform.auth(platform.admin)
    responses = await asyncio.gather(
        *(platform.http.post(f"{qa}/v1/ledger/checkpoints", headers=headers) for _ in range(6))
    )
    assert [response.status_code for response in responses] == [201] * 6, [r.text for r in responses]
    assert len({response.json()["tree_size"] for response in responses}) == 1
    assert len({response.json()["signature"] for response in responses}) == 1, "signed once"


async def test_numbers_are_stored_so_that_the_hash_can_be_recomputed(
    platform: Platform, ledger_writer: LedgerWriter
) -> None:
    """jsonb gives back 1e16 as an integer beyond RFC 8785's domain: such a payload is refused at
    append (nothing written) instead of making every later verification fail."""
    kept = await ledger_writer.append(
        event_type="test.numbers",
        payload={"half": 2.5, "whole": 2.0, "tiny": 1.5e-7, "largest": 2**53 - 1, "negative": -(2**52) + 0.5},
    )
    stored = await _get(platform.http, f"{platform.qa.public_url}/v1/ledger/entries/{kept.seq}")
    assert entry_hash({key: value for key, value in stored.items() if key != "entry_hash"}) == kept.entry_hash
    for refused in ({"big": 1e16}, {"nested": [{"big": -(2.0**53)}]}):
        with pytest.raises(ValueError, match="jsonb"):
            await ledger_writer.append(event_type="test.numbers", payload=refused)
    after = await ledger_writer.append(event_type="test.numbers")
    assert after.seq == kept.seq + 1, "nothing was written for the refused payloads"
    assert after.previous_hash == kept.entry_hash
    verification = await _verification(platform.http, platform.qa.public_url)
    assert verification["valid"] is True, verification
