"""The wiring every service's create_app() shares: middleware, error handlers, observability, OpenAPI."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import AbstractAsyncContextManager

from asgi_correlation_id import CorrelationIdMiddleware
from fastapi import APIRouter, FastAPI

from shared.settings import ServiceSettings
from shared.web.hostile_input import install_hostile_input_guards
from shared.web.middleware import BodySizeLimitMiddleware
from shared.web.observability import install_observability
from shared.web.openapi import install_openapi, operation_id
from shared.web.pages.assets import install_page_assets
from shared.web.problems import install_problem_handlers
from shared.web.security_headers import SecurityHeadersMiddleware

REQUEST_ID_HEADER = "X-Request-ID"


def build_app(
    *,
    service: str,
    title: str,
    description: str,
    settings: ServiceSettings,
    lifespan: Callable[[FastAPI], AbstractAsyncContextManager[None]]
    | Callable[[FastAPI], AsyncIterator[None]],
    routers: Sequence[APIRouter],
    streamed_body_paths: re.Pattern[str] | None = None,
) -> FastAPI:
    """The service's app. ``streamed_body_paths``: POST routes that read their bodies as they arrive
    and check them themselves (the hostile-input middleware does not read those bodies first)."""
    app = FastAPI(
        title=title,
        description=description,
        version="1.0.0",
        lifespan=lifespan,  # type: ignore[arg-type]
        generate_unique_id_function=operation_id,
        docs_url=None,
        redoc_url=None,
    )
    app.state.settings = settings
    install_problem_handlers(app)
    for router in routers:
        app.include_router(router)
    install_observability(app, service=service)
    install_hostile_input_guards(app, streamed_paths=streamed_body_paths)
    app.add_middleware(BodySizeLimitMiddleware, max_bytes=settings.max_body_bytes)
    # Outermost, so every log line and problem body of the request carries its id.
    app.add_middleware(
        CorrelationIdMiddleware, header_name=REQUEST_ID_HEADER, validator=_is_acceptable_request_id
    )
    # Outside the request id too, so that even a refused request's answer carries them.
    app.add_middleware(SecurityHeadersMiddleware)
    install_openapi(
        app, service=service, token_url=f"{settings.registry_url}/oauth/token", server_url=settings.public_url
    )
    install_page_assets(app)
    return app


def _is_acceptable_request_id(value: str) -> bool:
    """Accept a caller's id if it is short printable ASCII; otherwise a fresh one is generated."""
    return 0 < len(value) <= 128 and value.isascii() and value.isprintable()
