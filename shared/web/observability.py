"""Liveness, readiness and Prometheus metrics, mounted the same way in every service."""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable

import structlog
from fastapi import APIRouter, FastAPI, Request, Response
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Histogram, generate_latest
from pydantic import BaseModel, Field
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from shared.errors import RETRY_AFTER_SECONDS, DomainError, UpstreamUnavailable

logger = structlog.get_logger(__name__)
DependencyStates = dict[str, str]
ReadinessCheck = Callable[[], Awaitable[DependencyStates]]
# Sets a service's gauges of its background work from cheap queries, just before a scrape.
MetricsRefresher = Callable[[], Awaitable[None]]
# The dependencies without which the service answers nothing (503); others only make it `degraded`.
REQUIRED_DEPENDENCIES = frozenset({"database"})


class HealthStatus(BaseModel):
    status: str
    service: str


class Readiness(BaseModel):
    status: str = Field(description="`ready`, or `degraded` when a service it calls is down.")
    service: str
    dependencies: DependencyStates = Field(
        description="Each dependency (`database`, and the services it calls) as `up`, `down` or "
        "`not-migrated`."
    )


class NotReady(DomainError):
    slug, title, status = "not-ready", "A dependency of the service is unavailable", 503


def health_router(service: str) -> APIRouter:
    router = APIRouter(tags=["operations"])

    @router.get("/health", name="get_health", summary="The process is alive")
    async def health() -> HealthStatus:
        return HealthStatus(status="ok", service=service)

    @router.get(
        "/ready",
        name="get_readiness",
        summary="The database is reachable and migrated; which dependency is down",
        responses={
            503: {
                "description": "Not ready: a problem whose `dependencies` member names each "
                "dependency's state (`down`, `not-migrated`)"
            }
        },
    )
    async def ready(request: Request) -> Readiness:
        check: ReadinessCheck | None = getattr(request.app.state, "readiness_check", None)
        if check is None:
            raise UpstreamUnavailable("The service is still starting.")
        states = await check()
        failing = [name for name, state in states.items() if state != "up"]
        if any(name in REQUIRED_DEPENDENCIES for name in failing):
            raise NotReady(
                "Unavailable: " + ", ".join(f"{name} ({states[name]})" for name in failing),
                headers={"Retry-After": RETRY_AFTER_SECONDS},
                extra={"service": service, "dependencies": states},
            )
        return Readiness(status="degraded" if failing else "ready", service=service, dependencies=states)

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


def metrics_registry(app: FastAPI) -> CollectorRegistry:
    """The registry /metrics exports: a service adds its own gauges to it."""
    registry: CollectorRegistry = app.state.metrics_registry
    return registry


def add_metrics_refresher(app: FastAPI, refresher: MetricsRefresher) -> None:
    """Run ``refresher`` before each scrape (computed at scrape time, so nothing goes stale)."""
    app.state.metrics_refreshers.append(refresher)


def install_observability(app: FastAPI, *, service: str) -> None:
    """`/health`, `/ready` and `/metrics`. A service adds its own metrics to
    ``app.state.metrics_registry`` and may append a :data:`MetricsRefresher` to
    ``app.state.metrics_refreshers``; a refresh that fails is logged and its gauges keep their value."""
    registry = CollectorRegistry()
    app.state.metrics_registry = registry
    app.state.metrics_refreshers = []
    refresh_failures = Counter(
        "omc_metrics_refresh_failures_total",
        "Scrapes whose background-work gauges could not be computed (the database was unreachable)",
        ["service"],
        registry=registry,
    )
    app.add_middleware(MetricsMiddleware, registry=registry, service=service)
    app.include_router(health_router(service))

    @app.get("/metrics", include_in_schema=False)
    async def metrics() -> Response:
        for refresher in app.state.metrics_refreshers:
            try:
                await refresher()
            except Exception as error:  # the request metrics still matter most during an outage
                refresh_failures.labels(service).inc()
                logger.warning("metrics_refresh_failed", error=type(error).__name__)
        return Response(generate_latest(registry), media_type=CONTENT_TYPE_LATEST)
