"""Static files and the API docs, served by each service itself: nothing comes from a CDN, so the
pages and `/docs` / `/redoc` work offline and under a strict Content-Security-Policy (no inline code:
the docs' start-up scripts are files here, the Swagger UI and ReDoc bundles come from the pinned
`fastapi-offline` wheel)."""

from __future__ import annotations

from pathlib import Path

import fastapi_offline
from fastapi import FastAPI
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

STATIC = Path(__file__).resolve().parent / "static"
VENDORED = Path(fastapi_offline.__file__).resolve().parent / "static"


def install_page_assets(app: FastAPI) -> None:
    """Mount `/static` (layout, logo, docs start-up) and `/static/vendor` (Swagger UI, ReDoc), and
    serve `/docs` and `/redoc` from them. The app must be built with ``docs_url=None, redoc_url=None``."""

    @app.get("/docs", include_in_schema=False)
    async def swagger_ui() -> FileResponse:
        return FileResponse(
            STATIC / "docs" / "swagger.html", headers={"Cache-Control": "public, max-age=300"}
        )

    @app.get("/redoc", include_in_schema=False)
    async def redoc() -> FileResponse:
        return FileResponse(STATIC / "docs" / "redoc.html", headers={"Cache-Control": "public, max-age=300"})

    # The more specific mount first: Starlette takes the first route that matches.
    app.mount("/static/vendor", StaticFiles(directory=VENDORED), name="vendor")
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
