"""Liveness, readiness and Prometheus metrics, mounted the same way in every service."""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable

from fastapi import APIRouter, FastAPI, Request, Response
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Histogram, generate_latest
from pydantic import BaseModel
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from shared.errors import UpstreamUnavailable

ReadinessCheck = Callable[[], Awaitable[None]]


class HealthStatus(BaseModel):
    status: str
    service: str


def health_router(service: str) -> APIRouter:
    router = APIRouter(tags=["operations"])

    @router.get("/health", name="get_health", summary="The process is alive")
    async def health() -> HealthStatus:
        return HealthStatus(status="ok", service=service)

    @router.get(
        "/ready",
        name="get_readiness",
        summary="The database is reachable and migrated",
        responses={503: {"description": "Not ready"}},
    )
    async def ready(request: Request) -> HealthStatus:
        check: ReadinessCheck | None = getattr(request.app.state, "readiness_check", None)
        if check is None:
            raise UpstreamUnavailable("The service is still starting.")
        await check()
        return HealthStatus(status="ready", service=service)

    return router


class MetricsMiddleware:
    """Counts requests and their latency per route template (never per raw path, to bound cardinality)."""

    def __init__(self, app: ASGIApp, *, registry: CollectorRegistry, service: str) -> None:
        self.app = app
        self.requests = Counter(
            "http_requests_total",
            "HTTP requests",
            ["service", "method", "route", "status"],
            registry=registry,
        )
        self.latency = Histogram(
            "http_request_duration_seconds",
            "HTTP request latency",
            ["service", "method", "route"],
            registry=registry,
        )
        self.service = service

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        status = 500
        started = time.perf_counter()

        async def send_with_status(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_with_status)
        finally:
            route = _route_template(scope)
            method = scope["method"]
            self.requests.labels(self.service, method, route, str(status)).inc()
            self.latency.labels(self.service, method, route).observe(time.perf_counter() - started)


def _route_template(scope: Scope) -> str:
    """The matched route's path template, which the router leaves in the (shared) scope."""
    route = scope.get("route")
    return str(getattr(route, "path", "unmatched"))


def install_observability(app: FastAPI, *, service: str) -> None:
    registry = CollectorRegistry()
    app.add_middleware(MetricsMiddleware, registry=registry, service=service)
    app.include_router(health_router(service))

    @app.get("/metrics", include_in_schema=False)
    async def metrics() -> Response:
        return Response(generate_latest(registry), media_type=CONTENT_TYPE_LATEST)
