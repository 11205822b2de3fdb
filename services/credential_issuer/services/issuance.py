"""The issuance worker: each due pending completion is checked against the quality ledger (was the
institution a DOMCI and the version an approved OMC on the completion date?) and, if so, becomes a
signed Open Badges 3.0 credential, exactly once.

Completions are claimed with FOR UPDATE SKIP LOCKED and a lease, so several workers share the work
and a worker that dies is replaced after the lease. No transaction is open during the calls to the
registry and the ledger; while either is unreachable the completion stays `pending` and is retried
with exponential backoff (intake keeps accepting meanwhile). Within one claimed round, the ledger's
and the registry's answers are asked once per (institution, micro-credential, version, completion
date) and shared by the completions that have the same, so a batch for one OMC does not make two HTTP
calls per completion.

The issuable completions of a round are issued together, per organisation, in three steps: one short
transaction reads the keys and allocates every status entry (one lock, one read and one write of each
status list for the lot); the credentials are built and signed off the event loop, outside any
transaction; one transaction locks the completions still pending, inserts their credentials and
settles them. A completion settled meanwhile by another worker (its lease ran out) is skipped, and the
status entries allocated for it stay unused: a list has 131,072 of them, and an unused entry reveals
nothing."""

from __future__ import annotations

import asyncio
import random
import uuid
from collections.abc import Awaitable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import partial
from typing import Any, TypeVar

import structlog
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.credential_issuer.repositories.completions import (
    Completion,
    CompletionRepository,
    NewCredential,
)
from services.credential_issuer.repositories.idempotency import IdempotencyRepository
from services.credential_issuer.repositories.status_lists import StatusEntryIds, allocate_many_status_entries
from services.credential_issuer.services.issuing_keys import IssuingKeys, SigningKey, proof_moment
from services.credential_issuer.services.open_badges import (
    AchievementParts,
    IssuerProfile,
    achievement_parts,
    co_award_endorsement,
    open_badge_credential,
)
from services.credential_issuer.services.signing_pool import Endorsement, SignerKey, SigningJob, SigningPool
from shared.clients.base import ServiceCallError, ServiceUnreachable
from shared.clients.quality import QualityLedgerClient
from shared.clients.registry import RegistryClient
from shared.db.retry import lost_connection_retries
from shared.errors import Forbidden, UnprocessableInput, UpstreamUnavailable
from shared.periodic import log_failure, repeat_until_stopped
from shared.schemas.auth import Principal, Role
from shared.schemas.catalogue import CatalogueItem
from shared.schemas.completions import CompletionState
from shared.schemas.micro_credentials import PartnerRole

logger = structlog.get_logger(__name__)
T = TypeVar("T")

# The services a completion may wait for, as completions.waiting_on names them, and in reasons.
_LEDGER, _REGISTRY = "qa_api", "registry_api"
_SERVICE_NAMES = {_LEDGER: "quality ledger", _REGISTRY: "registry"}
# Answers that will not change by asking again.
_PERMANENT = {400, 404, 409, 410, 422}


class _RetryLater(Exception):
    def __init__(self, message: str, *, waiting_on: str | None = None) -> None:
        super().__init__(message)
        self.waiting_on = waiting_on  # the service that was down, to be woken when it is back


class _Reject(Exception):
    pass


@dataclass(frozen=True)
class _Checked:
    item: CatalogueItem
    partners: list[tuple[uuid.UUID, IssuerProfile]]
    awarding: IssuerProfile  # the DOMCI that awards it
    parts: AchievementParts  # the achievement, as every credential of the round shows it


_CheckKey = tuple[uuid.UUID, uuid.UUID, int, date]
_CheckOutcome = _Checked | _Reject | _RetryLater


@dataclass(frozen=True)
class _Unsigned:
    completion: Completion
    credential_id: uuid.UUID
    status_entry: StatusEntryIds
    job: SigningJob


def _raw(key: SigningKey) -> SignerKey:
    return key.private_key.private_bytes_raw(), key.verification_method


class IssuanceWorker:
    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        *,
        ledger: QualityLedgerClient,
        registry: RegistryClient,
        keys: IssuingKeys,
        signing: SigningPool,
        issuer_url: str,
        registry_url: str,
        batch_size: int = 20,
        lease: timedelta = timedelta(seconds=60),
        max_backoff_seconds: float = 300.0,
        first_backoff_seconds: float = 0.5,
        probe_interval_seconds: float = 2.0,
        idempotency_ttl: timedelta = timedelta(hours=24),
    ) -> None:
        self._sessions = sessions
        self._ledger = ledger
        self._registry = registry
        self._keys = keys
        self._signing = signing
        self._issuer_url = issuer_url
        self._registry_url = registry_url
        self._batch_size = batch_size
        self._lease = lease
        self._max_backoff = max_backoff_seconds
        self._first_backoff = first_backoff_seconds
        self._probe_interval = probe_interval_seconds
        self._next_probe = 0.0
        self._probes = {_LEDGER: ledger, _REGISTRY: registry}
        self._idempotency_ttl = idempotency_ttl
        self._next_purge = 0.0

    async def run(self, stop: asyncio.Event, *, interval_seconds: float, rounds_at_once: int = 1) -> None:
        """Issue until ``stop`` is set; errors are logged and retried, never fatal. With
        ``rounds_at_once`` > 1, as many rounds run side by side (each claims its own completions), so
        one round's database work overlaps another's signing."""
        async with asyncio.TaskGroup() as lanes:
            for lane in range(rounds_at_once):
                step = self._drain_and_purge if lane == 0 else self._drain
                lanes.create_task(
                    repeat_until_stopped(
                        stop,
                        partial(step, stop),
                        interval_seconds=interval_seconds,
                        error_event="issuance_worker_error",
                    )
                )

    async def _drain(self, stop: asyncio.Event) -> None:
        """Rounds one after the other while they come back full."""
        while await self.issue_due() == self._batch_size and not stop.is_set():
            pass

    async def _drain_and_purge(self, stop: asyncio.Event) -> None:
        await self._wake_when_back()
        await self._drain(stop)
        await self._purge_idempotency_keys()

    async def _wake_when_back(self) -> None:
        """Every probe interval, while completions wait for a service that was down: ask it /ready,
        and make its completions due at once when it answers (their backoff only spaced attempts
        while it was down). Read from the database, so completions put off before a restart, or by
        another worker, are woken alike."""
        now = asyncio.get_running_loop().time()
        if now < self._next_probe:
            return
        self._next_probe = now + self._probe_interval
        async with self._sessions() as session:
            waited_on = await CompletionRepository(session).services_waited_on()
        back = [
            name for name in sorted(waited_on) if name in self._probes and await self._probes[name].is_ready()
        ]
        if back:
            async with self._sessions.begin() as session:
                woken = await CompletionRepository(session).wake(back)
            logger.info("completions_woken", services=back, completions=woken)

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
        async for attempt in lost_connection_retries():
            with attempt:
                async with self._sessions.begin() as session:
                    claimed = await CompletionRepository(session).claim_due(
                        limit=self._batch_size, lease=self._lease
                    )
        checks: dict[_CheckKey, _CheckOutcome] = {}  # this round's answers of the ledger and registry
        issuable: dict[uuid.UUID, list[tuple[Completion, _Checked]]] = {}
        rejected: list[tuple[Completion, str]] = []
        later: list[tuple[Completion, _RetryLater]] = []
        for completion in claimed:
            try:
                checked = await self._checked_once(completion, checks)
            except _Reject as rejection:
                rejected.append((completion, str(rejection)))
            except _RetryLater as retry:
                later.append((completion, retry))
            except Exception as error:  # a fault of ours (a bug, bad data): retried, and logged loudly
                log_failure(logger, "completion_check_error", error, completion_id=str(completion.id))
                later.append((completion, _RetryLater(f"internal error: {error}")))
            else:
                issuable.setdefault(completion.organisation_id, []).append((completion, checked))
        for group in issuable.values():
            try:
                await self._issue_many(group)
            except Exception as error:
                log_failure(logger, "issuance_error", error, organisation_id=str(group[0][0].organisation_id))
                later.extend((completion, _RetryLater(f"internal error: {error}")) for completion, _ in group)
        await self._settle_unissued(rejected, later)
        return len(claimed)

    async def _settle_unissued(
        self, rejected: list[tuple[Completion, str]], later: list[tuple[Completion, _RetryLater]]
    ) -> None:
        if not rejected and not later:
            return
        async for attempt in lost_connection_retries():
            with attempt:
                async with self._sessions.begin() as session:
                    repository = CompletionRepository(session)
                    for completion, reason in rejected:
                        await repository.settle(completion.id, CompletionState.REJECTED, reason)
                    for completion, retry in later:
                        await repository.retry_later(
                            completion.id,
                            delay=self._backoff(completion.attempts),
                            reason=str(retry),
                            waiting_on=retry.waiting_on,
                        )
        for completion, reason in rejected:
            logger.info("completion_rejected", completion_id=str(completion.id), reason=reason)
        for completion, retry in later:
            logger.warning(
                "completion_retry_later",
                completion_id=str(completion.id),
                reason=str(retry),
                attempts=completion.attempts,
            )

    async def issue_now(
        self, caller: Principal, completion_id: uuid.UUID, *, field: str = "body.options.completionId"
    ) -> tuple[dict[str, Any], bool]:
        """Issue one pending completion of the caller's organisation at once (VC-API
        ``POST /credentials/issue``), with the worker's checks; returns the signed credential and
        whether it was issued by this call (False: it had been issued before, by the worker or an
        earlier call). The credential row is unique per completion, so the worker and this call
        never issue a completion twice. Refusals name ``field`` (where the request gave the id)."""
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
                raise UnprocessableInput.for_field(field, str(rejected), code="not-issuable") from None
            except _RetryLater as later:
                raise UpstreamUnavailable(f"{later}; the worker will retry the completion.") from None
            created = await self._issue(completion, checked)
        elif state is not CompletionState.ISSUED:
            raise UnprocessableInput.for_field(
                field,
                f"The completion was {state.value}: {reason or 'no reason given'}",
                code="not-issuable",
            )
        async with self._sessions.begin() as session:
            document = await CompletionRepository(session).credential_of(completion.id)
        if document is None:  # settled meanwhile by a worker that rejected it
            raise UnprocessableInput.for_field(field, "The completion was not issued.", code="not-issuable")
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
        if isinstance(outcome, _RetryLater):
            raise _RetryLater(str(outcome), waiting_on=outcome.waiting_on)
        raise _Reject(str(outcome))

    async def _check(self, completion: Completion) -> _Checked:
        if completion.result.get("status") != "pass":
            raise _Reject("The student information system reports that the learner did not pass.")
        # The registry first: a micro-credential it does not know is named as such, not as an
        # approval the ledger lacks.
        item = await self._published_version(completion)
        standing = await _call(
            _LEDGER,
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
        if item.provider.id != completion.organisation_id:
            raise _Reject("The micro-credential belongs to another organisation.")
        partners = []
        for partner in item.metadata.partners:
            if partner.role is PartnerRole.CO_AWARDING:
                organisation = await _call(_REGISTRY, self._registry.organisation(partner.organisation_id))
                profile = IssuerProfile(
                    did=self._keys.did(organisation.id),
                    name=organisation.name_en or organisation.name_fr or organisation.slug,
                )
                partners.append((organisation.id, profile))
        return _Checked(
            item=item,
            partners=partners,
            awarding=self._awarding_profile(item),
            parts=achievement_parts(self._registry_url, item, partners[0][1] if partners else None),
        )

    async def _published_version(self, completion: Completion) -> CatalogueItem:
        """The completed version as the catalogue shows it; a rejection says whether the
        micro-credential is unknown or only that version was never published."""
        mc, version = completion.micro_credential_id, completion.version
        never_published = (
            f"Version {version} of micro-credential {mc} has never been published in the registry."
        )
        try:
            return await _call(
                _REGISTRY, self._registry.catalogue_version(mc, version), not_found=never_published
            )
        except _Reject:
            unknown = f"Unknown micro-credential: the registry has no published micro-credential {mc}."
            await _call(_REGISTRY, self._registry.catalogue_item(mc), not_found=unknown)
            raise

    async def _issue(self, completion: Completion, checked: _Checked) -> bool:
        """Issue one credential; False when the completion is no longer pending."""
        return completion.id in await self._issue_many([(completion, checked)])

    async def _issue_many(self, group: list[tuple[Completion, _Checked]]) -> set[uuid.UUID]:
        """Issue the credentials of ``group`` (completions of one organisation); returns the ids of
        the completions issued by this call (the others were no longer pending)."""
        organisation_id = group[0][0].organisation_id
        # Taken before the keys are read, so a key retired meanwhile was still current at this moment.
        round_began = datetime.now(UTC)
        signers = {organisation_id} | {partner for _, checked in group for partner, _ in checked.partners}
        async for attempt in lost_connection_retries():
            with attempt:
                async with self._sessions.begin() as session:
                    signing_keys = {
                        signer: await self._keys.signing_key(session, signer) for signer in signers
                    }
                    entries = await allocate_many_status_entries(session, organisation_id, len(group))
        issued_at = proof_moment(list(signing_keys.values()), not_before=round_began)
        keys = {signer: _raw(key) for signer, key in signing_keys.items()}
        unsigned = []
        for (completion, checked), status in zip(group, entries, strict=True):
            credential_id = uuid.uuid4()
            unsigned.append(
                _Unsigned(
                    completion=completion,
                    credential_id=credential_id,
                    status_entry=status,
                    job=SigningJob(
                        document=self._document(credential_id, completion, checked, status, issued_at),
                        key=keys[organisation_id],  # one object per signer: pickled once per chunk
                        endorsements=self._endorsements(checked, keys, issued_at),
                    ),
                )
            )
        signed = await self._signing.sign([credential.job for credential in unsigned], issued_at)
        async for attempt in lost_connection_retries():
            with attempt:
                issued = await self._store_issued(unsigned, signed, issued_at)
        logger.info("credentials_issued", organisation_id=str(organisation_id), count=len(issued))
        return {credential.completion.id for credential in issued}

    async def _store_issued(
        self, unsigned: list[_Unsigned], signed: list[dict[str, Any]], issued_at: datetime
    ) -> list[NewCredential]:
        """One transaction: the credentials of the completions still pending, which it settles."""
        async with self._sessions.begin() as session:
            repository = CompletionRepository(session)
            pending = await repository.lock_pending_many(
                [credential.completion.id for credential in unsigned]
            )
            issued = [
                NewCredential(
                    credential_id=credential.credential_id,
                    completion=credential.completion,
                    document=document,
                    issued_at=issued_at,
                    status_entry=credential.status_entry,
                )
                for credential, document in zip(unsigned, signed, strict=True)
                if credential.completion.id in pending
            ]
            await repository.add_credentials(issued)
            await repository.settle_many(
                [credential.completion.id for credential in issued], CompletionState.ISSUED
            )
        return issued

    def _endorsements(
        self, checked: _Checked, keys: dict[uuid.UUID, SignerKey], issued_at: datetime
    ) -> tuple[Endorsement, ...]:
        """Each co-awarding partner's endorsement of the achievement, signed with the partner's key
        and embedded in ``credentialSubject.achievement`` (the credential keeps one proof)."""
        return tuple(
            Endorsement(
                document=co_award_endorsement(
                    endorsement_id=uuid.uuid4(),
                    partner=profile,
                    awarded_by=checked.awarding,
                    achievement_id=checked.parts.achievement_id,
                    achievement_name=checked.parts.name,
                    issued_at=issued_at,
                ),
                key=keys[partner],
                embed_at=("credentialSubject", "achievement"),
            )
            for partner, profile in checked.partners
        )

    def _awarding_profile(self, item: CatalogueItem) -> IssuerProfile:
        return IssuerProfile(
            did=self._keys.did(item.provider.id),
            name=item.provider.name_en or item.provider.name_fr or item.provider.slug,
        )

    def _document(
        self,
        credential_id: uuid.UUID,
        completion: Completion,
        checked: _Checked,
        status: StatusEntryIds,
        issued_at: datetime,
    ) -> dict[str, Any]:
        return open_badge_credential(
            credential_id=credential_id,
            issued_at=issued_at,
            issuer=checked.awarding,
            item=checked.item,
            completion=completion,
            status=status,
            issuer_url=self._issuer_url,
            registry_url=self._registry_url,
            partner=checked.partners[0][1] if checked.partners else None,
            parts=checked.parts,
        )

    def _backoff(self, attempts: int) -> timedelta:
        base = min(self._max_backoff, self._first_backoff * 2 ** max(0, attempts - 1))
        return timedelta(seconds=base * random.uniform(0.8, 1.2))  # noqa: S311 (jitter, not secrecy)


async def _call(service: str, call: Awaitable[T], *, not_found: str | None = None) -> T:
    try:
        return await call
    except ServiceUnreachable as error:
        raise _RetryLater(f"{_SERVICE_NAMES[service]} unreachable: {error}", waiting_on=service) from None
    except ServiceCallError as error:
        detail = error.problem.detail if error.problem and error.problem.detail else str(error)
        if error.status == 404 and not_found is not None:
            raise _Reject(not_found) from None
        name = _SERVICE_NAMES[service]
        if error.status in _PERMANENT:
            raise _Reject(f"{name} answered {error.status}: {detail}") from None
        # 5xx (its database down, an outage of its own): woken like an unreachable service.
        raise _RetryLater(f"{name} answered {error.status}: {detail}", waiting_on=service) from None
