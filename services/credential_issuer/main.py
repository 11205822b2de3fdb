"""credential_issuer: completions from student information systems become signed Open Badges 3.0
credentials; verification and revocation."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta

from fastapi import FastAPI

from services.credential_issuer.api import (
    claims,
    completions,
    issuing_keys,
    ob3,
    oid4vci,
    presentations,
    status_lists,
    vc_api,
)
from services.credential_issuer.config import IssuerSettings
from services.credential_issuer.pages import (
    learner_offer_pages,
    learner_pages,
    learner_sign_in_pages,
    ob3_pages,
    verify_pages,
)
from services.credential_issuer.pages.messages import MESSAGES
from services.credential_issuer.pages.ob3_messages import OB3_MESSAGES
from services.credential_issuer.pages.verify_pages import PAGE_TEMPLATES
from services.credential_issuer.services.issuance import IssuanceWorker
from services.credential_issuer.services.issuing_keys import IssuingKeys
from services.credential_issuer.services.signing_pool import SigningPool
from services.credential_issuer.services.status_lists import ephemeral_signing_keys
from services.credential_issuer.services.verification_caches import VerificationCaches
from services.credential_issuer.services.verify_page import PublicRecordReader
from services.credential_issuer.services.wallets.housekeeping import WalletHousekeeping
from services.credential_issuer.services.wallets.learner_sessions import (
    LearnerSignInRequired,
    sign_in_redirect,
)
from services.credential_issuer.services.wallets.mailer import Mailer
from services.credential_issuer.services.wallets.oid4vci.errors import Oid4vciError, oid4vci_error_handler
from services.credential_issuer.services.work_metrics import install_work_metrics
from shared.clients.quality import QualityLedgerClient
from shared.clients.registry import RegistryClient
from shared.db.migrations import ISSUER
from shared.logging import configure_logging
from shared.settings import load_settings
from shared.web import whoami
from shared.web.app import build_app
from shared.web.lifespan import registry_token_verifier, service_resources
from shared.web.pages.rendering import Pages

DESCRIPTION = (
    "Completions from student information systems become signed Open Badges 3.0 credentials; "
    "verification and revocation."
)
SERVICE = "credential_issuer"


def create_app(settings: IssuerSettings) -> FastAPI:
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        async with service_resources(
            app,
            settings,
            service=SERVICE,
            target=ISSUER,
            peers={"registry_api": settings.registry_url, "qa_api": settings.qa_url},
        ) as resources:
            app.state.token_verifier = registry_token_verifier(resources.http, settings)
            app.state.mailer = Mailer(settings)
            app.state.quality = QualityLedgerClient(resources.http, settings.qa_url)
            app.state.public_records = PublicRecordReader(
                resources.sessions,
                RegistryClient(resources.http, settings.registry_url),
                app.state.quality,
                settings.registry_url,
            )
            keys = IssuingKeys(
                resources.sessions,
                master_key=settings.master_key.get_secret_value(),
                public_url=settings.public_url,
            )
            app.state.issuing_keys = keys
            app.state.signing_key_for = keys.signing_key_for
            app.state.did_document_for = keys.document_for_did
            if getattr(app.state, "signing_key_for", None) is None:
                # Until organisations' issuing keys sign status lists: a did:key per organisation.
                app.state.signing_key_for = ephemeral_signing_keys()
            signing = SigningPool(settings.signing_processes())
            # The children also run verification's canonicalization and bind OpenID4VCI credentials.
            app.state.signing_pool = signing
            app.state.verification_caches = VerificationCaches(
                standing_seconds=settings.verification_standing_cache_seconds,
                entries=settings.verification_cache_entries,
            )
            worker = IssuanceWorker(
                resources.sessions,
                ledger=app.state.quality,
                registry=RegistryClient(resources.http, settings.registry_url),
                keys=keys,
                signing=signing,
                issuer_url=settings.public_url,
                registry_url=settings.registry_url,
                batch_size=settings.issuance_batch_size,
                lease=timedelta(seconds=settings.issuance_lease_seconds),
                max_backoff_seconds=settings.issuance_max_backoff_seconds,
                first_backoff_seconds=settings.issuance_first_backoff_seconds,
                probe_interval_seconds=settings.issuance_probe_interval_seconds,
                idempotency_ttl=timedelta(hours=settings.idempotency_key_ttl_hours),
            )
            app.state.issuance_worker = worker
            stop = asyncio.Event()
            task = asyncio.create_task(
                worker.run(
                    stop,
                    interval_seconds=settings.issuance_interval_seconds,
                    rounds_at_once=settings.rounds_at_once(),
                )
            )
            tasks = [task]
            if settings.wallet_housekeeping_interval_seconds > 0:
                housekeeping = WalletHousekeeping(resources.sessions)
                tasks.append(
                    asyncio.create_task(
                        housekeeping.run(stop, interval_seconds=settings.wallet_housekeeping_interval_seconds)
                    )
                )
            try:
                yield
            finally:
                stop.set()
                for running in tasks:
                    running.cancel()
                    with contextlib.suppress(asyncio.CancelledError):
                        await running
                signing.close()

    app = build_app(
        service=SERVICE,
        title="OMC credential issuer",
        description=DESCRIPTION,
        settings=settings,
        lifespan=lifespan,
        routers=[
            whoami.router,
            status_lists.router,
            vc_api.router,
            presentations.router,
            claims.router,
            verify_pages.router,
            learner_sign_in_pages.router,
            learner_pages.router,
            learner_offer_pages.router,
            completions.router,
            issuing_keys.router,
            ob3.router,
            ob3_pages.router,
            oid4vci.router,
        ],
        streamed_body_paths=completions.STREAMED_PATHS,
    )
    app.add_exception_handler(Oid4vciError, oid4vci_error_handler)
    app.state.pages = Pages(
        PAGE_TEMPLATES, MESSAGES, registry_url=settings.registry_url, issuer_url=settings.public_url
    )
    app.state.ob3_pages = Pages(
        ob3_pages.OB3_TEMPLATES,
        OB3_MESSAGES,
        registry_url=settings.registry_url,
        issuer_url=settings.public_url,
    )
    app.add_exception_handler(LearnerSignInRequired, sign_in_redirect)
    install_work_metrics(app)
    return app


def app_from_environment() -> FastAPI:
    """uvicorn --factory entry point: settings from ISSUER_* variables."""
    settings = load_settings(IssuerSettings)
    configure_logging(service=SERVICE, level=settings.log_level, json_lines=settings.log_json)
    return create_app(settings)
