"""The issuance worker: each due pending completion is checked against the quality ledger (was the
institution a DOMCI and the version an approved OMC on the completion date?) and, if so, becomes a
signed Open Badges 3.0 credential, exactly once.

Completions are claimed with FOR UPDATE SKIP LOCKED and a lease, so several workers share the work
and a worker that dies is replaced after the lease. No transaction is open during the calls to the
registry and the ledger; while either is unreachable the completion stays `pending` and is retried
with exponential backoff (intake keeps accepting meanwhile). Within one claimed round, the ledger's
and the registry's answers are asked once per (institution, micro-credential, version, completion
date) and shared by the completions that have the same, so a batch for one OMC does not make two HTTP
calls per completion. Canonicalization and signing run in a worker thread, off the event loop."""

from __future__ import annotations

import asyncio
import contextlib
import random
import uuid
from collections.abc import Awaitable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any, TypeVar

import anyio
import structlog
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.credential_issuer.repositories.completions import Completion, CompletionRepository
from services.credential_issuer.repositories.idempotency import IdempotencyRepository
from services.credential_issuer.repositories.status_lists import allocate_status_entries
from services.credential_issuer.services.issuing_keys import IssuingKeys, SigningKey
from services.credential_issuer.services.open_badges import (
    IssuerProfile,
    StatusEntries,
    open_badge_credential,
)
from shared.clients.base import ServiceCallError, ServiceUnreachable
from shared.clients.quality import QualityLedgerClient
from shared.clients.registry import RegistryClient
from shared.errors import Forbidden, UnprocessableInput, UpstreamUnavailable
from shared.schemas.auth import Principal, Role
from shared.schemas.catalogue import CatalogueItem
from shared.schemas.completions import CompletionState
from shared.schemas.micro_credentials import PartnerRole
from shared.vc.data_integrity import ProofOptions, add_proof

logger = structlog.get_logger(__name__)
T = TypeVar("T")

# Answers that will not change by asking again.
_PERMANENT = {400, 404, 409, 410, 422}


class _RetryLater(Exception):
    pass


class _Reject(Exception):
    pass


@dataclass(frozen=True)
class _Checked:
    item: CatalogueItem
    partners: list[tuple[uuid.UUID, IssuerProfile]]


_CheckKey = tuple[uuid.UUID, uuid.UUID, int, date]
_CheckOutcome = _Checked | _Reject | _RetryLater


def sign_credential(document: dict[str, Any], keys: list[SigningKey], created: datetime) -> dict[str, Any]:
    """The document with one eddsa-rdfc-2022 proof per key (a proof set when there are several)."""
    signed = document
    for key in keys:
        signed = add_proof(signed, key.private_key, ProofOptions(key.verification_method, created=created))
    return signed


class IssuanceWorker:
    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        *,
        ledger: QualityLedgerClient,
        registry: RegistryClient,
        keys: IssuingKeys,
        issuer_url: str,
        registry_url: str,
        batch_size: int = 20,
        lease: timedelta = timedelta(seconds=60),
        max_backoff_seconds: float = 300.0,
        idempotency_ttl: timedelta = timedelta(hours=24),
    ) -> None:
        self._sessions = sessions
        self._ledger = ledger
        self._registry = registry
        self._keys = keys
        self._issuer_url = issuer_url
        self._registry_url = registry_url
        self._batch_size = batch_size
        self._lease = lease
        self._max_backoff = max_backoff_seconds
        self._idempotency_ttl = idempotency_ttl
        self._next_purge = 0.0

    async def run(self, stop: asyncio.Event, *, interval_seconds: float) -> None:
        """Issue until ``stop`` is set; errors are logged and retried, never fatal."""
        while not stop.is_set():
            try:
                while await self.issue_due() == self._batch_size and not stop.is_set():
                    pass
                await self._purge_idempotency_keys()
            except Exception:
                logger.exception("issuance_worker_error")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), timeout=interval_seconds)

    async def _purge_idempotency_keys(self) -> None:
        """Every ten minutes, forget Idempotency-Keys older than their time to live."""
        now = asyncio.get_running_loop().time()
        if now < self._next_purge:
            return
        self._next_purge = now + 600
        async with self._sessions.begin() as session:
            await IdempotencyRepository(session).purge(ttl=self._idempotency_ttl)

    async def issue_due(self) -> int:
        """Process what is due now; returns how many completions were claimed."""
        async with self._sessions.begin() as session:
            claimed = await CompletionRepository(session).claim_due(limit=self._batch_size, lease=self._lease)
        checks: dict[_CheckKey, _CheckOutcome] = {}  # this round's answers of the ledger and registry
        for completion in claimed:
            await self._process(completion, checks)
        return len(claimed)

    async def _process(self, completion: Completion, checks: dict[_CheckKey, _CheckOutcome]) -> None:
        log = logger.bind(completion_id=str(completion.id), organisation_id=str(completion.organisation_id))
        try:
            checked = await self._checked_once(completion, checks)
            await self._issue(completion, checked)
        except _Reject as rejected:
            async with self._sessions.begin() as session:
                await CompletionRepository(session).settle(
                    completion.id, CompletionState.REJECTED, str(rejected)
                )
            log.info("completion_rejected", reason=str(rejected))
        except _RetryLater as later:
            async with self._sessions.begin() as session:
                await CompletionRepository(session).retry_later(
                    completion.id, delay=self._backoff(completion.attempts), reason=str(later)
                )
            log.warning("completion_retry_later", reason=str(later), attempts=completion.attempts)
        except Exception as error:
            # A fault of ours (a bug, bad data): retried with backoff, and logged loudly.
            log.exception("completion_issue_error")
            async with self._sessions.begin() as session:
                await CompletionRepository(session).retry_later(
                    completion.id, delay=self._backoff(completion.attempts), reason=f"internal error: {error}"
                )

    async def issue_now(self, caller: Principal, completion_id: uuid.UUID) -> tuple[dict[str, Any], bool]:
        """Issue one pending completion of the caller's organisation at once (VC-API
        ``POST /credentials/issue``), with the worker's checks; returns the signed credential and
        whether it was issued by this call (False: it had been issued before, by the worker or an
        earlier call). The credential row is unique per completion, so the worker and this call
        never issue a completion twice."""
        if not {Role.INSTITUTION, Role.SIS} & set(caller.roles):
            raise Forbidden(
                "Only an institution's own clients (role `institution` or `sis`) issue credentials."
            )
        async with self._sessions.begin() as session:
            found = await CompletionRepository(session).get(completion_id)
        if found is None or found[0].organisation_id != caller.organisation_id:
            # Someone else's completion or none at all: the same answer, so ids are not probed.
            raise Forbidden("The completion is not one of the caller's organisation.")
        completion, state, reason = found
        created = False
        if state is CompletionState.PENDING:
            try:
                checked = await self._check(completion)
            except _Reject as rejected:
                async with self._sessions.begin() as session:
                    await CompletionRepository(session).settle(
                        completion.id, CompletionState.REJECTED, str(rejected)
                    )
                raise UnprocessableInput.for_field(
                    "body.completion_id", str(rejected), code="not-issuable"
                ) from None
            except _RetryLater as later:
                raise UpstreamUnavailable(f"{later}; the worker will retry the completion.") from None
            created = await self._issue(completion, checked)
        elif state is not CompletionState.ISSUED:
            raise UnprocessableInput.for_field(
                "body.completion_id",
                f"The completion was {state.value}: {reason or 'no reason given'}",
                code="not-issuable",
            )
        async with self._sessions.begin() as session:
            document = await CompletionRepository(session).credential_of(completion.id)
        if document is None:  # settled meanwhile by a worker that rejected it
            raise UnprocessableInput.for_field(
                "body.completion_id", "The completion was not issued.", code="not-issuable"
            )
        return document, created

    async def _checked_once(self, completion: Completion, checks: dict[_CheckKey, _CheckOutcome]) -> _Checked:
        """``_check`` of the completion's OMC, asked once per round for the same institution,
        micro-credential, version and completion date (a rejection or retry is shared alike)."""
        if completion.result.get("status") != "pass":
            raise _Reject("The student information system reports that the learner did not pass.")
        key = (
            completion.organisation_id,
            completion.micro_credential_id,
            completion.version,
            completion.completed_on,
        )
        if key not in checks:
            try:
                checks[key] = await self._check(completion)
            except (_Reject, _RetryLater) as error:
                checks[key] = error
        outcome = checks[key]
        if isinstance(outcome, _Checked):
            return outcome
        raise type(outcome)(str(outcome))

    async def _check(self, completion: Completion) -> _Checked:
        if completion.result.get("status") != "pass":
            raise _Reject("The student information system reports that the learner did not pass.")
        standing = await _call(
            "quality ledger",
            self._ledger.standing(
                completion.organisation_id,
                on=completion.completed_on,
                micro_credential_id=completion.micro_credential_id,
                version=completion.version,
            ),
        )
        if not standing.valid:
            raise _Reject(
                "; ".join(standing.reasons)
                or "The quality ledger does not confirm the institution's standing."
            )
        item = await _call(
            "registry",
            self._registry.catalogue_version(completion.micro_credential_id, completion.version),
            not_found=f"Version {completion.version} of micro-credential {completion.micro_credential_id} "
            "has never been published in the registry.",
        )
        if item.provider.id != completion.organisation_id:
            raise _Reject("The micro-credential belongs to another organisation.")
        partners = []
        for partner in item.metadata.partners:
            if partner.role is PartnerRole.CO_AWARDING:
                organisation = await _call("registry", self._registry.organisation(partner.organisation_id))
                profile = IssuerProfile(
                    did=self._keys.did(organisation.id),
                    name=organisation.name_en or organisation.name_fr or organisation.slug,
                )
                partners.append((organisation.id, profile))
        return _Checked(item=item, partners=partners)

    async def _issue(self, completion: Completion, checked: _Checked) -> bool:
        """Issue the credential; False when the completion is no longer pending."""
        item = checked.item
        credential_id = uuid.uuid4()
        issued_at = datetime.now(UTC).replace(microsecond=0)
        async with self._sessions.begin() as session:
            repository = CompletionRepository(session)
            if not await repository.lock_pending(completion.id):
                return False  # another worker finished it after our lease ran out
            keys = [await self._keys.signing_key(session, completion.organisation_id)]
            for partner_id, _ in checked.partners:
                keys.append(await self._keys.signing_key(session, partner_id))
            entries = await allocate_status_entries(session, completion.organisation_id)
            document = open_badge_credential(
                credential_id=credential_id,
                issued_at=issued_at,
                issuer=IssuerProfile(
                    did=self._keys.did(completion.organisation_id),
                    name=item.provider.name_en or item.provider.name_fr or item.provider.slug,
                ),
                item=item,
                completion=completion,
                status=StatusEntries(*entries),
                issuer_url=self._issuer_url,
                registry_url=self._registry_url,
                partner=checked.partners[0][1] if checked.partners else None,
            )
            signed = await anyio.to_thread.run_sync(sign_credential, document, keys, issued_at)
            await repository.add_credential(
                credential_id=credential_id,
                completion=completion,
                document=signed,
                issued_at=issued_at,
                status_entries=entries,
            )
            await repository.settle(completion.id, CompletionState.ISSUED)
        logger.info("credential_issued", completion_id=str(completion.id), credential_id=str(credential_id))
        return True

    def _backoff(self, attempts: int) -> timedelta:
        base = min(self._max_backoff, 0.5 * 2 ** max(0, attempts - 1))
        return timedelta(seconds=base * random.uniform(0.8, 1.2))  # noqa: S311 (jitter, not secrecy)


async def _call(service: str, call: Awaitable[T], *, not_found: str | None = None) -> T:
    try:
        return await call
    except ServiceUnreachable as error:
        raise _RetryLater(f"{service} unreachable: {error}") from None
    except ServiceCallError as error:
        detail = error.problem.detail if error.problem and error.problem.detail else str(error)
        if error.status == 404 and not_found is not None:
            raise _Reject(not_found) from None
        if error.status in _PERMANENT:
            raise _Reject(f"{service} answered {error.status}: {detail}") from None
        raise _RetryLater(f"{service} answered {error.status}: {detail}") from None
