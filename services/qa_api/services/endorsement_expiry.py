"""Endorsement terms that end soon, for those who must act before they do: the institution (its
renewal submission), its EQAA (the renewal review) and the ministry (the designation that rests on
it). Each caller sees its own share; the same count per agency is a Prometheus gauge."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from prometheus_client import CollectorRegistry, Gauge
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.qa_api.repositories.standing import DecisionFilters, StandingRepository
from services.qa_api.services.organisation_lookup import OrganisationLookup
from shared.errors import Forbidden
from shared.schemas.auth import Principal, Role
from shared.schemas.reviews import DecisionPage
from shared.web.cursor import decode_position, encode_cursor

NOTICE_DAYS = 183
"""About six months: the window of the metric and the endpoint's default."""


class EndorsementExpiry:
    def __init__(self, sessions: async_sessionmaker[AsyncSession], organisations: OrganisationLookup) -> None:
        self._sessions = sessions
        self._organisations = organisations

    async def expiring(
        self,
        principal: Principal,
        *,
        within_days: int,
        institution_id: uuid.UUID | None,
        after: str | None,
        limit: int,
    ) -> DecisionPage:
        """Endorsements in force whose term ends between today and today + ``within_days``, in ledger
        order: all of them for the ministry, the institutions it endorsed for an EQAA, its own for an
        institution (asking for another institution's is 403)."""
        agency_slug: str | None = None
        if Role.MINISTRY in principal.roles:
            pass
        elif Role.EQAA in principal.roles:
            agency = await self._organisations.get(principal.organisation_id)
            agency_slug = agency.slug if agency is not None else ""
        elif Role.INSTITUTION in principal.roles:
            if institution_id not in (None, principal.organisation_id):
                raise Forbidden("An institution sees the terms of its own endorsements only.")
            institution_id = principal.organisation_id
        else:
            raise Forbidden("This operation needs one of the roles: eqaa, institution, ministry.")
        today = datetime.now(UTC).date()
        filters = DecisionFilters(
            agency_slug=agency_slug,
            institution_id=institution_id,
            expiring_between=(today, today + timedelta(days=within_days)),
        )
        position = decode_position(after) if after else 0
        async with self._sessions() as session:
            items = await StandingRepository(session).decisions(filters, after=position, limit=limit + 1)
        more = len(items) > limit
        items = items[:limit]
        return DecisionPage(items=items, next_cursor=encode_cursor(items[-1].seq) if more else None)


class EndorsementExpiryMetrics:
    """`qa_endorsements_ending_soon{agency}`: endorsements in force whose term ends within
    NOTICE_DAYS, counted when `/metrics` is read (one grouped query)."""

    def __init__(self, registry: CollectorRegistry) -> None:
        self._gauge = Gauge(
            "qa_endorsements_ending_soon",
            f"EQAA endorsements in force whose term ends within {NOTICE_DAYS} days",
            ["agency"],
            registry=registry,
        )

    async def refresh(self, sessions: async_sessionmaker[AsyncSession] | None) -> None:
        """Count anew with ``sessions`` (None: the service is not started; the gauge stays empty)."""
        if sessions is None:
            return
        today = datetime.now(UTC).date()
        async with sessions() as session:
            counts = await StandingRepository(session).ending_by_agency(
                today, today + timedelta(days=NOTICE_DAYS)
            )
        self._gauge.clear()  # an agency with none left drops out instead of keeping its last count
        for agency, count in counts.items():
            self._gauge.labels(agency).set(count)
