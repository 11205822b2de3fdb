from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.batch_receipt import BatchReceipt
from ...models.problem import Problem
from ...models.receive_completions_json_body import ReceiveCompletionsJsonBody
from ...types import UNSET, Unset
from typing import cast
from uuid import UUID



def _get_kwargs(
    institution_id: UUID,
    *,
    body: ReceiveCompletionsJsonBody,
    idempotency_key: None | str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/institutions/{institution_id}/completions".format(institution_id=quote(str(institution_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> BatchReceipt | Problem | None:
    if response.status_code == 202:
        response_202 = BatchReceipt.from_dict(response.json())



        return response_202

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())



        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())



        return response_403

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())



        return response_409

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())



        return response_413

    if response.status_code == 415:
        response_415 = Problem.from_dict(response.json())



        return response_415

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())



        return response_422

    if response.status_code == 500:
        response_500 = Problem.from_dict(response.json())



        return response_500

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())



        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[BatchReceipt | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    institution_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ReceiveCompletionsJsonBody,
    idempotency_key: None | str | Unset = UNSET,

) -> Response[BatchReceipt | Problem]:
    """ Send a batch of completions from the SIS, as JSON or CSV (institution's own SIS)

     The institution's own student information system (role `sis`) sends completions; each becomes a
    signed Open Badges 3.0 credential once the quality ledger confirms that the institution was a DOMCI
    and the version an approved OMC on the completion date (otherwise it is `rejected` with the
    ledger's reasons). Follow `status_url` (the intake job) to see each completion's state.

    Every record is validated; if any is invalid nothing is stored and the answer is 422 naming each
    failing field (`body.completions.<index>.<field>` for JSON, `body.line.<line>.<column>` for CSV, the
    header being line 1). Records are stored `pending` before the 202 answer.

    Idempotent twice over: a record whose `sis_completion_id` the institution sent before is a
    `duplicate` and changes nothing; and with an `Idempotency-Key` header (IETF draft
    draft-ietf-httpapi-idempotency-key-header) the same key and body get the first reply again (with
    `Idempotent-Replayed: true`), the same key with another body 422 `idempotency-key-reused`, and a key
    whose request is still being processed 409. Keys are kept at least 24 hours.

    Body: `application/json` (`{"completions": [CompletionRecord, ...]}`) or `text/csv` (UTF-8,
    header on line 1, one completion per line). CSV columns, any order:

    - `sis_completion_id`: the SIS's own id of the completion (required)
    - `learner_name`: the learner's name
    - `learner_email`: the learner's e-mail address (email and/or student number required)
    - `student_number`: the learner's student number
    - `micro_credential_id`: the micro-credential (registry id, required)
    - `version`: the version completed (required)
    - `completed_on`: YYYY-MM-DD (required)
    - `result`: `pass` or `fail` (required)
    - `grade`: grade as recorded
    - `score`: percentage, 0-100
    - `outcomes_achieved`: `;`-separated numbers (from 1) of the learning outcomes achieved
    - `credits_earned`: credits earned

    Args:
        institution_id (UUID):
        idempotency_key (None | str | Unset): Makes a retried request safe (kept at least 24 h).
        body (ReceiveCompletionsJsonBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchReceipt | Problem]
     """


    kwargs = _get_kwargs(
        institution_id=institution_id,
body=body,
idempotency_key=idempotency_key,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    institution_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ReceiveCompletionsJsonBody,
    idempotency_key: None | str | Unset = UNSET,

) -> BatchReceipt | Problem | None:
    """ Send a batch of completions from the SIS, as JSON or CSV (institution's own SIS)

     The institution's own student information system (role `sis`) sends completions; each becomes a
    signed Open Badges 3.0 credential once the quality ledger confirms that the institution was a DOMCI
    and the version an approved OMC on the completion date (otherwise it is `rejected` with the
    ledger's reasons). Follow `status_url` (the intake job) to see each completion's state.

    Every record is validated; if any is invalid nothing is stored and the answer is 422 naming each
    failing field (`body.completions.<index>.<field>` for JSON, `body.line.<line>.<column>` for CSV, the
    header being line 1). Records are stored `pending` before the 202 answer.

    Idempotent twice over: a record whose `sis_completion_id` the institution sent before is a
    `duplicate` and changes nothing; and with an `Idempotency-Key` header (IETF draft
    draft-ietf-httpapi-idempotency-key-header) the same key and body get the first reply again (with
    `Idempotent-Replayed: true`), the same key with another body 422 `idempotency-key-reused`, and a key
    whose request is still being processed 409. Keys are kept at least 24 hours.

    Body: `application/json` (`{"completions": [CompletionRecord, ...]}`) or `text/csv` (UTF-8,
    header on line 1, one completion per line). CSV columns, any order:

    - `sis_completion_id`: the SIS's own id of the completion (required)
    - `learner_name`: the learner's name
    - `learner_email`: the learner's e-mail address (email and/or student number required)
    - `student_number`: the learner's student number
    - `micro_credential_id`: the micro-credential (registry id, required)
    - `version`: the version completed (required)
    - `completed_on`: YYYY-MM-DD (required)
    - `result`: `pass` or `fail` (required)
    - `grade`: grade as recorded
    - `score`: percentage, 0-100
    - `outcomes_achieved`: `;`-separated numbers (from 1) of the learning outcomes achieved
    - `credits_earned`: credits earned

    Args:
        institution_id (UUID):
        idempotency_key (None | str | Unset): Makes a retried request safe (kept at least 24 h).
        body (ReceiveCompletionsJsonBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchReceipt | Problem
     """


    return sync_detailed(
        institution_id=institution_id,
client=client,
body=body,
idempotency_key=idempotency_key,

    ).parsed

async def asyncio_detailed(
    institution_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ReceiveCompletionsJsonBody,
    idempotency_key: None | str | Unset = UNSET,

) -> Response[BatchReceipt | Problem]:
    """ Send a batch of completions from the SIS, as JSON or CSV (institution's own SIS)

     The institution's own student information system (role `sis`) sends completions; each becomes a
    signed Open Badges 3.0 credential once the quality ledger confirms that the institution was a DOMCI
    and the version an approved OMC on the completion date (otherwise it is `rejected` with the
    ledger's reasons). Follow `status_url` (the intake job) to see each completion's state.

    Every record is validated; if any is invalid nothing is stored and the answer is 422 naming each
    failing field (`body.completions.<index>.<field>` for JSON, `body.line.<line>.<column>` for CSV, the
    header being line 1). Records are stored `pending` before the 202 answer.

    Idempotent twice over: a record whose `sis_completion_id` the institution sent before is a
    `duplicate` and changes nothing; and with an `Idempotency-Key` header (IETF draft
    draft-ietf-httpapi-idempotency-key-header) the same key and body get the first reply again (with
    `Idempotent-Replayed: true`), the same key with another body 422 `idempotency-key-reused`, and a key
    whose request is still being processed 409. Keys are kept at least 24 hours.

    Body: `application/json` (`{"completions": [CompletionRecord, ...]}`) or `text/csv` (UTF-8,
    header on line 1, one completion per line). CSV columns, any order:

    - `sis_completion_id`: the SIS's own id of the completion (required)
    - `learner_name`: the learner's name
    - `learner_email`: the learner's e-mail address (email and/or student number required)
    - `student_number`: the learner's student number
    - `micro_credential_id`: the micro-credential (registry id, required)
    - `version`: the version completed (required)
    - `completed_on`: YYYY-MM-DD (required)
    - `result`: `pass` or `fail` (required)
    - `grade`: grade as recorded
    - `score`: percentage, 0-100
    - `outcomes_achieved`: `;`-separated numbers (from 1) of the learning outcomes achieved
    - `credits_earned`: credits earned

    Args:
        institution_id (UUID):
        idempotency_key (None | str | Unset): Makes a retried request safe (kept at least 24 h).
        body (ReceiveCompletionsJsonBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchReceipt | Problem]
     """


    kwargs = _get_kwargs(
        institution_id=institution_id,
body=body,
idempotency_key=idempotency_key,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    institution_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ReceiveCompletionsJsonBody,
    idempotency_key: None | str | Unset = UNSET,

) -> BatchReceipt | Problem | None:
    """ Send a batch of completions from the SIS, as JSON or CSV (institution's own SIS)

     The institution's own student information system (role `sis`) sends completions; each becomes a
    signed Open Badges 3.0 credential once the quality ledger confirms that the institution was a DOMCI
    and the version an approved OMC on the completion date (otherwise it is `rejected` with the
    ledger's reasons). Follow `status_url` (the intake job) to see each completion's state.

    Every record is validated; if any is invalid nothing is stored and the answer is 422 naming each
    failing field (`body.completions.<index>.<field>` for JSON, `body.line.<line>.<column>` for CSV, the
    header being line 1). Records are stored `pending` before the 202 answer.

    Idempotent twice over: a record whose `sis_completion_id` the institution sent before is a
    `duplicate` and changes nothing; and with an `Idempotency-Key` header (IETF draft
    draft-ietf-httpapi-idempotency-key-header) the same key and body get the first reply again (with
    `Idempotent-Replayed: true`), the same key with another body 422 `idempotency-key-reused`, and a key
    whose request is still being processed 409. Keys are kept at least 24 hours.

    Body: `application/json` (`{"completions": [CompletionRecord, ...]}`) or `text/csv` (UTF-8,
    header on line 1, one completion per line). CSV columns, any order:

    - `sis_completion_id`: the SIS's own id of the completion (required)
    - `learner_name`: the learner's name
    - `learner_email`: the learner's e-mail address (email and/or student number required)
    - `student_number`: the learner's student number
    - `micro_credential_id`: the micro-credential (registry id, required)
    - `version`: the version completed (required)
    - `completed_on`: YYYY-MM-DD (required)
    - `result`: `pass` or `fail` (required)
    - `grade`: grade as recorded
    - `score`: percentage, 0-100
    - `outcomes_achieved`: `;`-separated numbers (from 1) of the learning outcomes achieved
    - `credits_earned`: credits earned

    Args:
        institution_id (UUID):
        idempotency_key (None | str | Unset): Makes a retried request safe (kept at least 24 h).
        body (ReceiveCompletionsJsonBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchReceipt | Problem
     """


    return (await asyncio_detailed(
        institution_id=institution_id,
client=client,
body=body,
idempotency_key=idempotency_key,

    )).parsed
