"""The clients a developer uses: `OmcClient` (sync) and `AsyncOmcClient`, one per platform.

Both send the operations of `omc_client._calls` through httpx with client-credentials tokens and
safe retries, raise `omc_client.errors` problems, and iterate over keyset pages for you. The
generated, fully typed clients of every operation are at hand as `.registry_api`, `.qa_api`,
`.credential_issuer` (same connection, same tokens, same retries).
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from dataclasses import dataclass
from types import TracebackType
from typing import Any, Self, TypeVar

import httpx

from omc_client import _calls
from omc_client._calls import Call, ExportFormat, Service
from omc_client._generated.credential_issuer import Client as IssuerGenerated
from omc_client._generated.credential_issuer.models.batch_receipt import BatchReceipt
from omc_client._generated.credential_issuer.models.claim_link import ClaimLink
from omc_client._generated.credential_issuer.models.completion_batch import CompletionBatch
from omc_client._generated.credential_issuer.models.completion_status import CompletionStatus
from omc_client._generated.credential_issuer.models.verification_report import VerificationReport
from omc_client._generated.qa_api import Client as QaGenerated
from omc_client._generated.registry_api import Client as RegistryGenerated
from omc_client._generated.registry_api.models.bulk_import_result import BulkImportResult
from omc_client._generated.registry_api.models.catalogue_change import CatalogueChange
from omc_client._generated.registry_api.models.catalogue_item import CatalogueItem
from omc_client._generated.registry_api.models.catalogue_page import CataloguePage
from omc_client._generated.registry_api.models.change_page import ChangePage
from omc_client._generated.registry_api.models.principal import Principal
from omc_client.auth import ClientCredentials
from omc_client.errors import OmcError, TransportError
from omc_client.retries import AsyncRetryingTransport, RetryingTransport, RetryPolicy

T = TypeVar("T")


class BatchTimeout(OmcError):
    """`wait_for_batch` gave up before every completion of the batch was settled."""

    def __init__(self, batch: CompletionBatch) -> None:
        self.batch = batch
        super().__init__(f"Batch {batch.id} still has pending completions.")


@dataclass(frozen=True)
class Endpoints:
    """Where the three services answer."""

    registry_url: str
    qa_url: str
    issuer_url: str

    def url(self, service: Service) -> str:
        return {"registry": self.registry_url, "qa": self.qa_url, "issuer": self.issuer_url}[service]


def _auth(endpoints: Endpoints, client_id: str | None, client_secret: str | None) -> ClientCredentials | None:
    if client_id is None:
        return None
    if client_secret is None:
        raise ValueError("client_secret is required with client_id.")
    audiences = [endpoints.registry_url, endpoints.qa_url, endpoints.issuer_url]
    return ClientCredentials(f"{endpoints.registry_url}/oauth/token", client_id, client_secret, audiences)


class OmcClient:
    """Synchronous client. Without ``client_id`` only public operations work."""

    def __init__(
        self,
        endpoints: Endpoints,
        *,
        client_id: str | None = None,
        client_secret: str | None = None,
        retry: RetryPolicy | None = None,
        timeout: float = 30.0,
    ) -> None:
        self.endpoints = endpoints
        auth = _auth(endpoints, client_id, client_secret)
        policy = retry or RetryPolicy()
        self._http = {
            service: httpx.Client(
                base_url=endpoints.url(service),
                auth=auth,
                timeout=timeout,
                transport=RetryingTransport(httpx.HTTPTransport(), policy),
            )
            for service in ("registry", "qa", "issuer")
        }
        self.registry_api = RegistryGenerated(base_url=endpoints.registry_url)
        self.registry_api.set_httpx_client(self._http["registry"])
        self.qa_api = QaGenerated(base_url=endpoints.qa_url)
        self.qa_api.set_httpx_client(self._http["qa"])
        self.credential_issuer = IssuerGenerated(base_url=endpoints.issuer_url)
        self.credential_issuer.set_httpx_client(self._http["issuer"])

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        for http in self._http.values():
            http.close()

    def send(self, call: Call[T]) -> T:
        """Send one described operation and return its parsed answer (or raise its problem)."""
        try:
            response = self._http[call.service].request(
                call.method,
                call.path,
                params=call.params,
                json=call.json,
                content=call.content,
                headers=dict(call.headers),
            )
        except httpx.TransportError as exc:
            raise TransportError(f"{self.endpoints.url(call.service)}: {exc}") from exc
        return call.read(response)

    def whoami(self) -> Principal:
        """Who the platform thinks this client is: organisation and roles."""
        return self.send(_calls.whoami())

    def search_catalogue(
        self, *, after: str | None = None, limit: int | None = None, **filters: Any
    ) -> CataloguePage:
        """One page of the public catalogue (filters as in the registry's contract, e.g. `q=`)."""
        return self.send(_calls.search_catalogue(after, limit, filters))

    def iter_catalogue(self, *, limit: int | None = None, **filters: Any) -> Iterator[CatalogueItem]:
        """Every catalogue item matching ``filters``, following `next_cursor` page after page."""
        after: str | None = None
        while True:
            page = self.search_catalogue(after=after, limit=limit, **filters)
            yield from page.items
            if not isinstance(page.next_cursor, str):
                return
            after = page.next_cursor

    def catalogue_item(self, micro_credential_id: uuid.UUID | str) -> CatalogueItem:
        return self.send(_calls.catalogue_item(micro_credential_id))

    def iter_change_pages(
        self, after: str | None = None, *, limit: int | None = None
    ) -> Iterator[ChangePage]:
        """Pages of the catalogue change feed from cursor ``after`` until caught up; the last page's
        `next_cursor` is where to resume next time."""
        while True:
            page = self.send(_calls.catalogue_changes(after, limit))
            yield page
            if not page.has_more:
                return
            after = page.next_cursor

    def iter_changes(
        self, after: str | None = None, *, limit: int | None = None
    ) -> Iterator[CatalogueChange]:
        """Every change after cursor ``after``, in commit order, until caught up."""
        for page in self.iter_change_pages(after, limit=limit):
            yield from page.changes

    def export_catalogue(self, export_format: ExportFormat = "jsonl") -> bytes:
        """The whole published catalogue as JSON Lines or CSV."""
        return self.send(_calls.export_catalogue(export_format))

    def import_micro_credentials(
        self, organisation_id: uuid.UUID | str, csv_body: bytes, *, partial: bool = False
    ) -> BulkImportResult:
        """Create or update micro-credentials from CSV (all or nothing unless ``partial``)."""
        return self.send(_calls.import_micro_credentials(organisation_id, csv_body, partial=partial))

    def push_completions(
        self,
        institution_id: uuid.UUID | str,
        *,
        records: list[dict[str, Any]] | None = None,
        csv_body: bytes | None = None,
        idempotency_key: str | None = None,
    ) -> BatchReceipt:
        """Send completions (JSON records or a CSV body); retried safely under one Idempotency-Key."""
        call = _calls.push_completions(
            institution_id, records=records, csv_body=csv_body, idempotency_key=idempotency_key
        )
        return self.send(call)

    def completion_batch(
        self, batch_id: uuid.UUID | str, *, after: str | None = None, limit: int | None = None
    ) -> CompletionBatch:
        return self.send(_calls.completion_batch(batch_id, after, limit))

    def iter_batch_completions(self, batch_id: uuid.UUID | str) -> Iterator[CompletionStatus]:
        """Every completion of the batch with its current state and reason."""
        after: str | None = None
        while True:
            batch = self.completion_batch(batch_id, after=after)
            yield from batch.completions
            if not isinstance(batch.next_cursor, str):
                return
            after = batch.next_cursor

    def wait_for_batch(
        self,
        batch_id: uuid.UUID | str,
        *,
        within_seconds: float = 300.0,
        poll_interval: float = 1.0,
        on_progress: Callable[[CompletionBatch], None] | None = None,
    ) -> CompletionBatch:
        """Poll the batch until no completion is pending; ``on_progress`` sees each poll;
        BatchTimeout after ``within_seconds``."""
        deadline = time.monotonic() + within_seconds
        while True:
            batch = self.completion_batch(batch_id, limit=1)
            if on_progress is not None:
                on_progress(batch)
            if batch.done:
                return batch
            if time.monotonic() >= deadline:
                raise BatchTimeout(batch)
            time.sleep(poll_interval)

    def verify_credential(self, credential: Mapping[str, Any]) -> VerificationReport:
        """The issuer's VC-API verification of ``credential`` (`verified` false is not an exception)."""
        return self.send(_calls.verify_credential(credential))

    def revoke(self, credential_id: uuid.UUID | str, reason: str) -> dict[str, Any]:
        return self.send(_calls.change_status(credential_id, "revocation", reason))

    def suspend(self, credential_id: uuid.UUID | str, reason: str) -> dict[str, Any]:
        return self.send(_calls.change_status(credential_id, "suspension", reason))

    def unsuspend(self, credential_id: uuid.UUID | str, reason: str) -> dict[str, Any]:
        return self.send(_calls.change_status(credential_id, "unsuspension", reason))

    def resend_claim(self, credential_id: uuid.UUID | str, *, valid_days: int | None = None) -> ClaimLink:
        """A fresh claim link for the learner (the previous ones stop working)."""
        return self.send(_calls.create_claim(credential_id, valid_days))


class AsyncOmcClient:
    """Asynchronous client: the same operations as OmcClient, awaited."""

    def __init__(
        self,
        endpoints: Endpoints,
        *,
        client_id: str | None = None,
        client_secret: str | None = None,
        retry: RetryPolicy | None = None,
        timeout: float = 30.0,
    ) -> None:
        self.endpoints = endpoints
        auth = _auth(endpoints, client_id, client_secret)
        policy = retry or RetryPolicy()
        self._http = {
            service: httpx.AsyncClient(
                base_url=endpoints.url(service),
                auth=auth,
                timeout=timeout,
                transport=AsyncRetryingTransport(httpx.AsyncHTTPTransport(), policy),
            )
            for service in ("registry", "qa", "issuer")
        }
        self.registry_api = RegistryGenerated(base_url=endpoints.registry_url)
        self.registry_api.set_async_httpx_client(self._http["registry"])
        self.qa_api = QaGenerated(base_url=endpoints.qa_url)
        self.qa_api.set_async_httpx_client(self._http["qa"])
        self.credential_issuer = IssuerGenerated(base_url=endpoints.issuer_url)
        self.credential_issuer.set_async_httpx_client(self._http["issuer"])

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        for http in self._http.values():
            await http.aclose()

    async def send(self, call: Call[T]) -> T:
        """Send one described operation and return its parsed answer (or raise its problem)."""
        try:
            response = await self._http[call.service].request(
                call.method,
                call.path,
                params=call.params,
                json=call.json,
                content=call.content,
                headers=dict(call.headers),
            )
        except httpx.TransportError as exc:
            raise TransportError(f"{self.endpoints.url(call.service)}: {exc}") from exc
        return call.read(response)

    async def whoami(self) -> Principal:
        return await self.send(_calls.whoami())

    async def search_catalogue(
        self, *, after: str | None = None, limit: int | None = None, **filters: Any
    ) -> CataloguePage:
        return await self.send(_calls.search_catalogue(after, limit, filters))

    async def iter_catalogue(
        self, *, limit: int | None = None, **filters: Any
    ) -> AsyncIterator[CatalogueItem]:
        """Every catalogue item matching ``filters``, following `next_cursor` page after page."""
        after: str | None = None
        while True:
            page = await self.search_catalogue(after=after, limit=limit, **filters)
            for item in page.items:
                yield item
            if not isinstance(page.next_cursor, str):
                return
            after = page.next_cursor

    async def catalogue_item(self, micro_credential_id: uuid.UUID | str) -> CatalogueItem:
        return await self.send(_calls.catalogue_item(micro_credential_id))

    async def iter_changes(
        self, after: str | None = None, *, limit: int | None = None
    ) -> AsyncIterator[CatalogueChange]:
        """Every change after cursor ``after``, in commit order, until caught up."""
        while True:
            page = await self.send(_calls.catalogue_changes(after, limit))
            for change in page.changes:
                yield change
            if not page.has_more:
                return
            after = page.next_cursor

    async def export_catalogue(self, export_format: ExportFormat = "jsonl") -> bytes:
        return await self.send(_calls.export_catalogue(export_format))

    async def push_completions(
        self,
        institution_id: uuid.UUID | str,
        *,
        records: list[dict[str, Any]] | None = None,
        csv_body: bytes | None = None,
        idempotency_key: str | None = None,
    ) -> BatchReceipt:
        call = _calls.push_completions(
            institution_id, records=records, csv_body=csv_body, idempotency_key=idempotency_key
        )
        return await self.send(call)

    async def completion_batch(
        self, batch_id: uuid.UUID | str, *, after: str | None = None, limit: int | None = None
    ) -> CompletionBatch:
        return await self.send(_calls.completion_batch(batch_id, after, limit))

    async def wait_for_batch(
        self, batch_id: uuid.UUID | str, *, within_seconds: float = 300.0, poll_interval: float = 1.0
    ) -> CompletionBatch:
        """Poll the batch until no completion is pending (BatchTimeout after ``within_seconds``)."""
        deadline = time.monotonic() + within_seconds
        while True:
            batch = await self.completion_batch(batch_id, limit=1)
            if batch.done:
                return batch
            if time.monotonic() >= deadline:
                raise BatchTimeout(batch)
            await asyncio.sleep(poll_interval)

    async def verify_credential(self, credential: Mapping[str, Any]) -> VerificationReport:
        return await self.send(_calls.verify_credential(credential))

    async def revoke(self, credential_id: uuid.UUID | str, reason: str) -> dict[str, Any]:
        return await self.send(_calls.change_status(credential_id, "revocation", reason))

    async def suspend(self, credential_id: uuid.UUID | str, reason: str) -> dict[str, Any]:
        return await self.send(_calls.change_status(credential_id, "suspension", reason))

    async def resend_claim(
        self, credential_id: uuid.UUID | str, *, valid_days: int | None = None
    ) -> ClaimLink:
        return await self.send(_calls.create_claim(credential_id, valid_days))
