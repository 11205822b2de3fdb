"""(reviews: routes added with the feature.)"""

from __future__ import annotations

from fastapi import APIRouter

router = APIRouter(tags=["reviews"])
