"""Page-size limits shared by every list endpoint: the settings' maximum, 422 beyond it."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Query, Request

from shared.errors import UnprocessableInput


async def page_size(
    request: Request,
    limit: Annotated[
        int | None, Query(ge=1, description="Items per page; at most the service's max_page_size.")
    ] = None,
) -> int:
    settings = request.app.state.settings
    if limit is None:
        return int(settings.default_page_size)
    if limit > settings.max_page_size:
        raise UnprocessableInput.for_field(
            "query.limit", f"limit must be at most {settings.max_page_size}", code="less_than_equal"
        )
    return limit


PageSize = Annotated[int, Depends(page_size)]
