"""Annotated dependency aliases: routers declare what they need, the lifespan's state provides it."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.qa_api.config import QaSettings
from shared.auth.dependencies import CurrentPrincipal


def _settings(request: Request) -> QaSettings:
    settings: QaSettings = request.app.state.settings
    return settings


def _sessions(request: Request) -> async_sessionmaker[AsyncSession]:
    sessions: async_sessionmaker[AsyncSession] = request.app.state.sessions
    return sessions


Settings = Annotated[QaSettings, Depends(_settings)]
Sessions = Annotated[async_sessionmaker[AsyncSession], Depends(_sessions)]
Caller = CurrentPrincipal
