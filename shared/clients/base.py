"""The one way a service calls another: timeouts, request-id forwarding, typed results and errors."""

from __future__ import annotations

from typing import Any, TypeVar

import httpx
from asgi_correlation_id import correlation_id
from pydantic import BaseModel, ValidationError

from shared.schemas.problems import Problem

ModelT = TypeVar("ModelT", bound=BaseModel)
REQUEST_ID_HEADER = "X-Request-ID"


class ServiceCallError(Exception):
    """Another service answered with a problem (4xx/5xx), or its answer was not what its contract says."""

    def __init__(self, service: str, status: int, problem: Problem | None, message: str) -> None:
        super().__init__(message)
        self.service = service
        self.status = status
        self.problem = problem


class ServiceUnreachable(ServiceCallError):
    """No answer at all: connection refused, timeout."""


async def _forward_request_id(request: httpx.Request) -> None:
    request_id = correlation_id.get()
    if request_id and REQUEST_ID_HEADER not in request.headers:
        request.headers[REQUEST_ID_HEADER] = request_id


def build_http_client(
    *, timeout_seconds: float, transport: httpx.AsyncBaseTransport | None = None
) -> httpx.AsyncClient:
    """The service-wide client (one per process, made in the lifespan): timeouts always set."""
    return httpx.AsyncClient(
        timeout=httpx.Timeout(timeout_seconds),
        limits=httpx.Limits(max_connections=100, max_keepalive_connections=20),
        event_hooks={"request": [_forward_request_id]},
        transport=transport,
    )


class ServiceClient:
    """Base of the typed clients: subclasses call :meth:`_call` and name the model they expect."""

    service_name = "service"

    def __init__(self, http: httpx.AsyncClient, base_url: str) -> None:
        self._http = http
        self._base_url = base_url.rstrip("/")

    async def is_ready(self) -> bool:
        """The service answers its /ready with 200 (its database too); False on any failure."""
        try:
            response = await self._http.get(f"{self._base_url}/ready")
        except httpx.HTTPError:
            return False
        return response.status_code == 200

    async def _call(
        self,
        method: str,
        path: str,
        model: type[ModelT],
        *,
        token: str | None = None,
        **kwargs: Any,
    ) -> ModelT:
        response = await self._send(method, path, token=token, **kwargs)
        try:
            return model.model_validate_json(response.content)
        except ValidationError as error:
            raise ServiceCallError(
                self.service_name,
                response.status_code,
                None,
                f"{self.service_name} answered {method} {path} with a body that breaks its contract: {error}",
            ) from error

    async def _send(
        self, method: str, path: str, *, token: str | None = None, **kwargs: Any
    ) -> httpx.Response:
        headers = dict(kwargs.pop("headers", {}) or {})
        if token is not None:
            headers["Authorization"] = f"Bearer {token}"
        try:
            response = await self._http.request(method, f"{self._base_url}{path}", headers=headers, **kwargs)
        except httpx.TransportError as error:
            raise ServiceUnreachable(
                self.service_name, 0, None, f"{self.service_name} is unreachable: {error}"
            ) from error
        if response.is_error:
            raise ServiceCallError(
                self.service_name,
                response.status_code,
                _problem_of(response),
                f"{self.service_name} answered {method} {path} with {response.status_code}",
            )
        return response


def _problem_of(response: httpx.Response) -> Problem | None:
    try:
        return Problem.model_validate_json(response.content)
    except ValidationError:
        return None
