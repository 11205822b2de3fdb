"""The signed-in learner's OpenID4VCI offer: a pre-authorized code offer of one of their own
credentials, shown as a QR code and a link, with the transaction code sent by another channel (an
email to the address the learner proved), as OpenID4VCI asks."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from services.credential_issuer.dependencies import Settings
from services.credential_issuer.pages.learner_pages import (
    CredentialId,
    Database,
    credential_title,
    own_credential,
)
from services.credential_issuer.pages.learner_sign_in_pages import (
    Learner,
    language,
    page,
)
from services.credential_issuer.pages.verify_pages import LangQuery, PageRenderer
from services.credential_issuer.services.wallets.mailer import Mailer
from services.credential_issuer.services.wallets.oid4vci.offers import OFFER_VALID_MINUTES, OfferService
from services.credential_issuer.services.wallets.qr_codes import qr_svg

router = APIRouter(tags=["learner pages"])


@router.post(
    "/learner/credentials/{credential_id}/offer",
    name="offer_learner_credential",
    summary="Page: an OpenID4VCI credential offer of the learner's credential (QR code and link); "
    "its transaction code is emailed to the learner",
    response_class=HTMLResponse,
)
async def offer_learner_credential(
    credential_id: CredentialId,
    request: Request,
    learner: Learner,
    database: Database,
    pages: PageRenderer,
    settings: Settings,
    lang: LangQuery = None,
) -> HTMLResponse:
    chosen = language(request, lang)
    row = await own_credential(request, pages, database, learner, credential_id, chosen, form_post=True)
    if isinstance(row, HTMLResponse):
        return row
    if row.completion_id is None:  # issued through the VC-API: no completion to offer
        return page(request, pages, "learner_error.html", chosen, error="not_found", status_code=404)
    offers = OfferService(
        request.app.state.sessions,
        public_url=settings.public_url,
        master_key=settings.master_key.get_secret_value(),
    )
    offer = await offers.create(row.completion_id, valid_minutes=OFFER_VALID_MINUTES)
    title = credential_title(row)
    catalogue = pages.catalogue
    mailer: Mailer = request.app.state.mailer
    await mailer.send(
        learner.email,
        catalogue["learner.offer.mail.subject"](chosen, title=title),
        catalogue["learner.offer.mail.text"](
            chosen, title=title, code=offer.tx_code, minutes=OFFER_VALID_MINUTES
        ),
    )
    return page(
        request,
        pages,
        "learner_offer.html",
        chosen,
        title=title,
        minutes=OFFER_VALID_MINUTES,
        offer_link=offer.offer_link_by_reference,
        offer_qr=qr_svg(offer.offer_link_by_reference, catalogue["learner.offer.qr"](chosen)),
    )
