"""Administration of the keys that sign access tokens."""

from __future__ import annotations

from fastapi import APIRouter, status

from services.registry_api.dependencies import Admin, SigningKeys
from shared.schemas.auth import SigningKeyInfo

router = APIRouter(prefix="/v1/admin/token-signing-keys", tags=["admin"])


@router.get("", name="list_token_signing_keys")
async def list_token_signing_keys(keys: SigningKeys, _: Admin) -> list[SigningKeyInfo]:
    return await keys.list_keys()


@router.post(
    "",
    name="rotate_token_signing_key",
    status_code=status.HTTP_201_CREATED,
    summary="Start signing with a new key; earlier keys stay in the JWKS until their tokens expire",
)
async def rotate_token_signing_key(keys: SigningKeys, _: Admin) -> SigningKeyInfo:
    return await keys.rotate()
