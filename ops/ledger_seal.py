"""The quality ledger's table belongs to a role nobody logs in as, so qa_api's own role can read the
ledger and append to it and do nothing else: no UPDATE, DELETE or TRUNCATE, and no disabling or
rewriting the trigger that refuses them (an owner could). The hash chain and the signed checkpoints
still detect what a superuser does; this keeps a leaked qa_api credential from doing it.

The keeper also owns the `qa` schema (bootstrap), with USAGE and CREATE granted to qa_api's role:
qa_api's migrations create and own their other tables as usual, but a schema's owner may drop any
table in it, so qa_api's role must not be that owner. Run as the admin role around qa_api's
migrations: `unseal` gives the ledger's objects back to qa_api's role so that its migrations may
alter them, `seal` hands them to the keeper again."""

from __future__ import annotations

import asyncpg

from ops.sql import quote_identifier

LEDGER_KEEPER_ROLE = "omc_ledger_keeper"
_LEDGER_TABLE = "qa.ledger_entries"
_LEDGER_OBJECTS = (f"table {_LEDGER_TABLE}", "function qa.refuse_ledger_change()")


def schema_owner(schema: str, service_role: str) -> str:
    """Who owns a service's schema: the keeper for qa_api's (which holds the ledger), else the
    service's own role."""
    return LEDGER_KEEPER_ROLE if schema == "qa" else service_role


async def ensure_keeper_role(connection: asyncpg.Connection) -> None:
    """The keeper (NOLOGIN), and the admin's right to hand objects to it. Cluster-wide, idempotent."""
    if not await connection.fetchval("select 1 from pg_roles where rolname = $1", LEDGER_KEEPER_ROLE):
        await connection.execute(f"create role {quote_identifier(LEDGER_KEEPER_ROLE)} nologin")
    if not await connection.fetchval("select rolsuper from pg_roles where rolname = current_user"):
        await connection.execute(f"grant {quote_identifier(LEDGER_KEEPER_ROLE)} to current_user")


async def _ledger_exists(connection: asyncpg.Connection) -> bool:
    return await connection.fetchval("select to_regclass($1) is not null", _LEDGER_TABLE)  # type: ignore[no-any-return]


async def unseal(connection: asyncpg.Connection, qa_role: str) -> None:
    """Before qa_api's migrations: its role owns the ledger's objects again (if they exist yet)."""
    if not await _ledger_exists(connection):
        return
    for obj in _LEDGER_OBJECTS:
        await connection.execute(f"alter {obj} owner to {quote_identifier(qa_role)}")


async def seal(connection: asyncpg.Connection, qa_role: str) -> None:
    """After qa_api's migrations: the keeper owns the ledger's objects; qa_api's role may SELECT and
    INSERT. The grant on the schema is for a database bootstrapped before the keeper owned it
    (`make migrate` does not bootstrap): an object's owner needs CREATE on its schema."""
    if not await _ledger_exists(connection):
        return
    keeper, role = quote_identifier(LEDGER_KEEPER_ROLE), quote_identifier(qa_role)
    await connection.execute(f"grant usage, create on schema qa to {keeper}")
    for obj in _LEDGER_OBJECTS:
        await connection.execute(f"alter {obj} owner to {keeper}")
    await connection.execute(f"revoke all on {_LEDGER_TABLE} from {role}")
    await connection.execute(f"grant select, insert on {_LEDGER_TABLE} to {role}")
