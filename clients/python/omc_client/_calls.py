"""Each operation of the hand-written layer described once, as data: which service, method, path,
parameters and body, and how to read the answer. The sync and async clients only send them."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, Literal, TypeVar

import httpx

from omc_client._generated.credential_issuer.models.batch_receipt import BatchReceipt
from omc_client._generated.credential_issuer.models.claim_link import ClaimLink
from omc_client._generated.credential_issuer.models.completion_batch import CompletionBatch
from omc_client._generated.credential_issuer.models.verification_report import VerificationReport
from omc_client._generated.registry_api.models.bulk_import_result import BulkImportResult
from omc_client._generated.registry_api.models.catalogue_item import CatalogueItem
from omc_client._generated.registry_api.models.catalogue_page import CataloguePage
from omc_client._generated.registry_api.models.change_page import ChangePage
from omc_client._generated.registry_api.models.principal import Principal
from omc_client.errors import raise_for_problem

T = TypeVar("T")
Service = Literal["registry", "qa", "issuer"]
ExportFormat = Literal["jsonl", "csv"]


@dataclass(frozen=True)
class Call(Generic[T]):
    """One HTTP exchange and how to turn its answer into ``T``."""

    service: Service
    method: str
    path: str
    parse: Callable[[httpx.Response], T]
    params: Mapping[str, Any] = field(default_factory=dict)
    json: Any = None
    content: bytes | None = None
    headers: Mapping[str, str] = field(default_factory=dict)
    # Answers with these statuses carry a document of their own rather than a problem.
    own_body_statuses: frozenset[int] = frozenset()

    def read(self, response: httpx.Response) -> T:
        """Raise the typed problem for an error answer, else parse it."""
        if response.status_code not in self.own_body_statuses:
            raise_for_problem(response)
        return self.parse(response)


def _json(model: Callable[[Mapping[str, Any]], T]) -> Callable[[httpx.Response], T]:
    return lambda response: model(response.json())


def _clean(params: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in params.items() if value is not None}


def whoami() -> Call[Principal]:
    return Call("registry", "GET", "/v1/whoami", _json(Principal.from_dict))


def search_catalogue(after: str | None, limit: int | None, filters: Mapping[str, Any]) -> Call[CataloguePage]:
    params = _clean({**filters, "after": after, "limit": limit})
    return Call("registry", "GET", "/v1/catalogue/micro-credentials", _json(CataloguePage.from_dict), params)


def catalogue_item(micro_credential_id: uuid.UUID | str) -> Call[CatalogueItem]:
    path = f"/v1/catalogue/micro-credentials/{micro_credential_id}"
    return Call("registry", "GET", path, _json(CatalogueItem.from_dict))


def catalogue_changes(after: str | None, limit: int | None) -> Call[ChangePage]:
    params = _clean({"after": after, "limit": limit})
    return Call("registry", "GET", "/v1/catalogue/changes", _json(ChangePage.from_dict), params)


def export_catalogue(export_format: ExportFormat) -> Call[bytes]:
    params = {"format": export_format}
    return Call("registry", "GET", "/v1/catalogue/export", lambda r: r.content, params)


def import_micro_credentials(
    organisation_id: uuid.UUID | str, csv_body: bytes, *, partial: bool
) -> Call[BulkImportResult]:
    return Call(
        "registry",
        "POST",
        f"/v1/organisations/{organisation_id}/micro-credentials/import",
        _json(BulkImportResult.from_dict),
        params={"partial": "true" if partial else "false"},
        content=csv_body,
        headers={"Content-Type": "text/csv; charset=utf-8"},
    )


def push_completions(
    institution_id: uuid.UUID | str,
    *,
    records: list[dict[str, Any]] | None = None,
    csv_body: bytes | None = None,
    idempotency_key: str | None = None,
) -> Call[BatchReceipt]:
    if (records is None) == (csv_body is None):
        raise ValueError("Pass exactly one of records= or csv_body=.")
    headers = {"Idempotency-Key": idempotency_key or str(uuid.uuid4())}
    if csv_body is not None:
        headers["Content-Type"] = "text/csv; charset=utf-8"
    return Call(
        "issuer",
        "POST",
        f"/v1/institutions/{institution_id}/completions",
        _json(BatchReceipt.from_dict),
        json={"completions": records} if records is not None else None,
        content=csv_body,
        headers=headers,
    )


def completion_batch(
    batch_id: uuid.UUID | str, after: str | None, limit: int | None
) -> Call[CompletionBatch]:
    params = _clean({"after": after, "limit": limit})
    path = f"/v1/completion-batches/{batch_id}"
    return Call("issuer", "GET", path, _json(CompletionBatch.from_dict), params)


def verify_credential(credential: Mapping[str, Any]) -> Call[VerificationReport]:
    return Call(
        "issuer",
        "POST",
        "/credentials/verify",
        _json(VerificationReport.from_dict),
        json={"verifiableCredential": dict(credential)},
        own_body_statuses=frozenset({400}),
    )


def change_status(
    credential_id: uuid.UUID | str, action: Literal["revocation", "suspension", "unsuspension"], reason: str
) -> Call[dict[str, Any]]:
    method, step = ("DELETE", "suspension") if action == "unsuspension" else ("POST", action)
    path = f"/v1/credentials/{credential_id}/{step}"
    return Call("issuer", method, path, lambda r: dict(r.json()), json={"reason": reason})


def create_claim(credential_id: uuid.UUID | str, valid_days: int | None) -> Call[ClaimLink]:
    params = _clean({"valid_days": valid_days})
    path = f"/v1/credentials/{credential_id}/claims"
    return Call("issuer", "POST", path, _json(ClaimLink.from_dict), params)
