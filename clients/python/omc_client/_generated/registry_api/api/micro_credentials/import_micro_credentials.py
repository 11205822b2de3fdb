from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.bulk_import_result import BulkImportResult
from ...models.import_micro_credentials_json_micro_credential_import import ImportMicroCredentialsJsonMicroCredentialImport
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast
from uuid import UUID



def _get_kwargs(
    organisation_id: UUID,
    *,
    body: ImportMicroCredentialsJsonMicroCredentialImport,
    partial: bool | Unset = False,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    params: dict[str, Any] = {}

    params["partial"] = partial


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/organisations/{organisation_id}/micro-credentials/import".format(organisation_id=quote(str(organisation_id), safe=""),),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> BulkImportResult | Problem | None:
    if response.status_code == 200:
        response_200 = BulkImportResult.from_dict(response.json())



        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())



        return response_403

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[BulkImportResult | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    organisation_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ImportMicroCredentialsJsonMicroCredentialImport,
    partial: bool | Unset = False,

) -> Response[BulkImportResult | Problem]:
    """ Import micro-credentials in bulk from JSON or CSV (owner institution)

     Create or update many micro-credentials of the institution at once, matched on its own course code.
    Owner institution's registrar only (role `institution` of that organisation).

    Each row is validated like a create request. A new course code creates a micro-credential with
    draft version 1; a known one gets its draft replaced, or a new draft version when the current one is
    published; a row identical to that version is `unchanged`; a version under review (submitted or
    approved) must be withdrawn first, so a row that changes it is rejected.

    Without `partial`, a batch with any invalid row imports nothing and the answer is 422 naming each
    failing field (`body.items.<index>.<field>` for JSON, `body.line.<line>.<column>` for CSV, the
    header being line 1), with the failing rows in `rows`. With `partial=true`, valid rows are imported
    and the answer lists every row's outcome.

    Body: `application/json` (`{"items": [MicroCredentialCreate, ...]}`) or `text/csv` (UTF-8,
    comma-separated, header on line 1, one micro-credential per line; lists `;`-separated, learning
    outcomes one per line inside the quoted cell; empty cell = not stated). CSV columns, any order,
    only `course_code` required:

    - `course_code`: required; the institution's own code, the key the import matches on
    - `iqap`: true (default) or false: goes through the institution's IQAP; fixed once created
    - `title_en`: title in English (title_en or title_fr is required)
    - `title_fr`: title in French
    - `description_en`: description in English
    - `description_fr`: description in French
    - `languages`: languages of instruction, `;`-separated codes, e.g. `en;fr`
    - `qualification_type`: OMC type code, e.g. `cert`
    - `instructional_hours`: decimal, e.g. `30` or `37.5`
    - `hours_rationale`: why the hours fall outside 12-40
    - `learner_effort_hours`: decimal
    - `duration_weeks`: decimal
    - `learning_outcomes_en`: one outcome per line inside the (quoted) cell
    - `learning_outcomes_fr`: the same outcomes in French, in the same order (or empty)
    - `assessment_methods`: `;`-separated types, each optionally `:weight`, e.g. `exam:40;project:60`
    - `assessment_grading_scheme`: pass_fail, percentage, letter or competency_levels
    - `assessment_summative`: true or false
    - `prerequisites`: text
    - `ideal_learner_profile`: text
    - `delivery_modes`: `;`-separated: online_synchronous, online_asynchronous, in_person, hybrid
    - `formats`: `;`-separated: cohort, learner_paced, competency_based
    - `noc_codes`: `;`-separated NOC 2021 codes (5 digits)
    - `cip_codes`: `;`-separated CIP 2021 codes (`NN.NNNN`)
    - `price_amount`: decimal, at most 2 decimal places
    - `price_currency`: ISO 4217 code, default CAD
    - `osap_eligible`: true or false
    - `url`: the institution's page for the micro-credential

    Args:
        organisation_id (UUID):
        partial (bool | Unset): Import the valid rows and report the invalid ones, instead of
            nothing. Default: False.
        body (ImportMicroCredentialsJsonMicroCredentialImport): The JSON body: one item per micro-
            credential, each shaped like a create request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkImportResult | Problem]
     """


    kwargs = _get_kwargs(
        organisation_id=organisation_id,
body=body,
partial=partial,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    organisation_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ImportMicroCredentialsJsonMicroCredentialImport,
    partial: bool | Unset = False,

) -> BulkImportResult | Problem | None:
    """ Import micro-credentials in bulk from JSON or CSV (owner institution)

     Create or update many micro-credentials of the institution at once, matched on its own course code.
    Owner institution's registrar only (role `institution` of that organisation).

    Each row is validated like a create request. A new course code creates a micro-credential with
    draft version 1; a known one gets its draft replaced, or a new draft version when the current one is
    published; a row identical to that version is `unchanged`; a version under review (submitted or
    approved) must be withdrawn first, so a row that changes it is rejected.

    Without `partial`, a batch with any invalid row imports nothing and the answer is 422 naming each
    failing field (`body.items.<index>.<field>` for JSON, `body.line.<line>.<column>` for CSV, the
    header being line 1), with the failing rows in `rows`. With `partial=true`, valid rows are imported
    and the answer lists every row's outcome.

    Body: `application/json` (`{"items": [MicroCredentialCreate, ...]}`) or `text/csv` (UTF-8,
    comma-separated, header on line 1, one micro-credential per line; lists `;`-separated, learning
    outcomes one per line inside the quoted cell; empty cell = not stated). CSV columns, any order,
    only `course_code` required:

    - `course_code`: required; the institution's own code, the key the import matches on
    - `iqap`: true (default) or false: goes through the institution's IQAP; fixed once created
    - `title_en`: title in English (title_en or title_fr is required)
    - `title_fr`: title in French
    - `description_en`: description in English
    - `description_fr`: description in French
    - `languages`: languages of instruction, `;`-separated codes, e.g. `en;fr`
    - `qualification_type`: OMC type code, e.g. `cert`
    - `instructional_hours`: decimal, e.g. `30` or `37.5`
    - `hours_rationale`: why the hours fall outside 12-40
    - `learner_effort_hours`: decimal
    - `duration_weeks`: decimal
    - `learning_outcomes_en`: one outcome per line inside the (quoted) cell
    - `learning_outcomes_fr`: the same outcomes in French, in the same order (or empty)
    - `assessment_methods`: `;`-separated types, each optionally `:weight`, e.g. `exam:40;project:60`
    - `assessment_grading_scheme`: pass_fail, percentage, letter or competency_levels
    - `assessment_summative`: true or false
    - `prerequisites`: text
    - `ideal_learner_profile`: text
    - `delivery_modes`: `;`-separated: online_synchronous, online_asynchronous, in_person, hybrid
    - `formats`: `;`-separated: cohort, learner_paced, competency_based
    - `noc_codes`: `;`-separated NOC 2021 codes (5 digits)
    - `cip_codes`: `;`-separated CIP 2021 codes (`NN.NNNN`)
    - `price_amount`: decimal, at most 2 decimal places
    - `price_currency`: ISO 4217 code, default CAD
    - `osap_eligible`: true or false
    - `url`: the institution's page for the micro-credential

    Args:
        organisation_id (UUID):
        partial (bool | Unset): Import the valid rows and report the invalid ones, instead of
            nothing. Default: False.
        body (ImportMicroCredentialsJsonMicroCredentialImport): The JSON body: one item per micro-
            credential, each shaped like a create request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulkImportResult | Problem
     """


    return sync_detailed(
        organisation_id=organisation_id,
client=client,
body=body,
partial=partial,

    ).parsed

async def asyncio_detailed(
    organisation_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ImportMicroCredentialsJsonMicroCredentialImport,
    partial: bool | Unset = False,

) -> Response[BulkImportResult | Problem]:
    """ Import micro-credentials in bulk from JSON or CSV (owner institution)

     Create or update many micro-credentials of the institution at once, matched on its own course code.
    Owner institution's registrar only (role `institution` of that organisation).

    Each row is validated like a create request. A new course code creates a micro-credential with
    draft version 1; a known one gets its draft replaced, or a new draft version when the current one is
    published; a row identical to that version is `unchanged`; a version under review (submitted or
    approved) must be withdrawn first, so a row that changes it is rejected.

    Without `partial`, a batch with any invalid row imports nothing and the answer is 422 naming each
    failing field (`body.items.<index>.<field>` for JSON, `body.line.<line>.<column>` for CSV, the
    header being line 1), with the failing rows in `rows`. With `partial=true`, valid rows are imported
    and the answer lists every row's outcome.

    Body: `application/json` (`{"items": [MicroCredentialCreate, ...]}`) or `text/csv` (UTF-8,
    comma-separated, header on line 1, one micro-credential per line; lists `;`-separated, learning
    outcomes one per line inside the quoted cell; empty cell = not stated). CSV columns, any order,
    only `course_code` required:

    - `course_code`: required; the institution's own code, the key the import matches on
    - `iqap`: true (default) or false: goes through the institution's IQAP; fixed once created
    - `title_en`: title in English (title_en or title_fr is required)
    - `title_fr`: title in French
    - `description_en`: description in English
    - `description_fr`: description in French
    - `languages`: languages of instruction, `;`-separated codes, e.g. `en;fr`
    - `qualification_type`: OMC type code, e.g. `cert`
    - `instructional_hours`: decimal, e.g. `30` or `37.5`
    - `hours_rationale`: why the hours fall outside 12-40
    - `learner_effort_hours`: decimal
    - `duration_weeks`: decimal
    - `learning_outcomes_en`: one outcome per line inside the (quoted) cell
    - `learning_outcomes_fr`: the same outcomes in French, in the same order (or empty)
    - `assessment_methods`: `;`-separated types, each optionally `:weight`, e.g. `exam:40;project:60`
    - `assessment_grading_scheme`: pass_fail, percentage, letter or competency_levels
    - `assessment_summative`: true or false
    - `prerequisites`: text
    - `ideal_learner_profile`: text
    - `delivery_modes`: `;`-separated: online_synchronous, online_asynchronous, in_person, hybrid
    - `formats`: `;`-separated: cohort, learner_paced, competency_based
    - `noc_codes`: `;`-separated NOC 2021 codes (5 digits)
    - `cip_codes`: `;`-separated CIP 2021 codes (`NN.NNNN`)
    - `price_amount`: decimal, at most 2 decimal places
    - `price_currency`: ISO 4217 code, default CAD
    - `osap_eligible`: true or false
    - `url`: the institution's page for the micro-credential

    Args:
        organisation_id (UUID):
        partial (bool | Unset): Import the valid rows and report the invalid ones, instead of
            nothing. Default: False.
        body (ImportMicroCredentialsJsonMicroCredentialImport): The JSON body: one item per micro-
            credential, each shaped like a create request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkImportResult | Problem]
     """


    kwargs = _get_kwargs(
        organisation_id=organisation_id,
body=body,
partial=partial,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    organisation_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ImportMicroCredentialsJsonMicroCredentialImport,
    partial: bool | Unset = False,

) -> BulkImportResult | Problem | None:
    """ Import micro-credentials in bulk from JSON or CSV (owner institution)

     Create or update many micro-credentials of the institution at once, matched on its own course code.
    Owner institution's registrar only (role `institution` of that organisation).

    Each row is validated like a create request. A new course code creates a micro-credential with
    draft version 1; a known one gets its draft replaced, or a new draft version when the current one is
    published; a row identical to that version is `unchanged`; a version under review (submitted or
    approved) must be withdrawn first, so a row that changes it is rejected.

    Without `partial`, a batch with any invalid row imports nothing and the answer is 422 naming each
    failing field (`body.items.<index>.<field>` for JSON, `body.line.<line>.<column>` for CSV, the
    header being line 1), with the failing rows in `rows`. With `partial=true`, valid rows are imported
    and the answer lists every row's outcome.

    Body: `application/json` (`{"items": [MicroCredentialCreate, ...]}`) or `text/csv` (UTF-8,
    comma-separated, header on line 1, one micro-credential per line; lists `;`-separated, learning
    outcomes one per line inside the quoted cell; empty cell = not stated). CSV columns, any order,
    only `course_code` required:

    - `course_code`: required; the institution's own code, the key the import matches on
    - `iqap`: true (default) or false: goes through the institution's IQAP; fixed once created
    - `title_en`: title in English (title_en or title_fr is required)
    - `title_fr`: title in French
    - `description_en`: description in English
    - `description_fr`: description in French
    - `languages`: languages of instruction, `;`-separated codes, e.g. `en;fr`
    - `qualification_type`: OMC type code, e.g. `cert`
    - `instructional_hours`: decimal, e.g. `30` or `37.5`
    - `hours_rationale`: why the hours fall outside 12-40
    - `learner_effort_hours`: decimal
    - `duration_weeks`: decimal
    - `learning_outcomes_en`: one outcome per line inside the (quoted) cell
    - `learning_outcomes_fr`: the same outcomes in French, in the same order (or empty)
    - `assessment_methods`: `;`-separated types, each optionally `:weight`, e.g. `exam:40;project:60`
    - `assessment_grading_scheme`: pass_fail, percentage, letter or competency_levels
    - `assessment_summative`: true or false
    - `prerequisites`: text
    - `ideal_learner_profile`: text
    - `delivery_modes`: `;`-separated: online_synchronous, online_asynchronous, in_person, hybrid
    - `formats`: `;`-separated: cohort, learner_paced, competency_based
    - `noc_codes`: `;`-separated NOC 2021 codes (5 digits)
    - `cip_codes`: `;`-separated CIP 2021 codes (`NN.NNNN`)
    - `price_amount`: decimal, at most 2 decimal places
    - `price_currency`: ISO 4217 code, default CAD
    - `osap_eligible`: true or false
    - `url`: the institution's page for the micro-credential

    Args:
        organisation_id (UUID):
        partial (bool | Unset): Import the valid rows and report the invalid ones, instead of
            nothing. Default: False.
        body (ImportMicroCredentialsJsonMicroCredentialImport): The JSON body: one item per micro-
            credential, each shaped like a create request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulkImportResult | Problem
     """


    return (await asyncio_detailed(
        organisation_id=organisation_id,
client=client,
body=body,
partial=partial,

    )).parsed
