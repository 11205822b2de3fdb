"""Annotated dependency aliases: routers declare what they need, the lifespan's state provides it."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.qa_api.config import QaSettings
from services.qa_api.services.checkpoint_keys import CheckpointKeys
from services.qa_api.services.ledger import LedgerService
from shared.auth.dependencies import CurrentPrincipal, require_roles
from shared.clients.registry import RegistryClient
from shared.schemas.auth import Principal, Role


def _settings(request: Request) -> QaSettings:
    settings: QaSettings = request.app.state.settings
    return settings


def _sessions(request: Request) -> async_sessionmaker[AsyncSession]:
    sessions: async_sessionmaker[AsyncSession] = request.app.state.sessions
    return sessions


def _ledger(request: Request) -> LedgerService:
    service: LedgerService = request.app.state.ledger
    return service


def _checkpoint_keys(request: Request) -> CheckpointKeys:
    keys: CheckpointKeys = request.app.state.checkpoint_keys
    return keys


def _registry(request: Request) -> RegistryClient:
    registry: RegistryClient = request.app.state.registry
    return registry


Settings = Annotated[QaSettings, Depends(_settings)]
Sessions = Annotated[async_sessionmaker[AsyncSession], Depends(_sessions)]
Ledger = Annotated[LedgerService, Depends(_ledger)]
Keys = Annotated[CheckpointKeys, Depends(_checkpoint_keys)]
Registry = Annotated[RegistryClient, Depends(_registry)]
Caller = CurrentPrincipal
CheckpointSigner = Annotated[Principal, Depends(require_roles(Role.ADMIN, Role.EQAA, Role.MINISTRY))]
