"""Texts of the learner's OpenID4VCI offer page and of the mail carrying its transaction code."""

from __future__ import annotations

from shared.web.pages.i18n import Message as M  # noqa: N817 (short: the catalogue has many of them)

OFFER_MESSAGES: dict[str, M] = {
    "learner.offer": M("Send to an OpenID4VC wallet", "Envoyer à un portefeuille OpenID4VC"),
    "learner.offer.title": M("Add {title} to your wallet", "Ajouter {title} à votre portefeuille"),
    "learner.offer.intro": M(
        "Scan this QR code with an OpenID for Verifiable Credentials wallet (such as an EU Digital "
        "Identity wallet), or open the link on the device that has the wallet. The wallet asks for a "
        "code: we have just emailed it to you. The offer works once, for {minutes} minutes.",
        "Balayez ce code QR avec un portefeuille OpenID for Verifiable Credentials (par exemple un "
        "portefeuille d'identité numérique européen), ou ouvrez le lien sur l'appareil qui a le "
        "portefeuille. Le portefeuille demande un code : nous venons de vous l'envoyer par courriel. "
        "L'offre fonctionne une seule fois, pendant {minutes} minutes.",
    ),
    "learner.offer.link": M("Wallet link (OpenID4VCI offer)", "Lien pour le portefeuille (offre OpenID4VCI)"),
    "learner.offer.qr": M("QR code of the credential offer", "Code QR de l'offre de certification"),
    "learner.offer.mail.subject": M(
        "The code for your wallet: {title}", "Le code pour votre portefeuille : {title}"
    ),
    "learner.offer.mail.text": M(
        "Your wallet asks for a code to receive {title}. The code is {code}.\n\nIt works with the "
        "offer you just opened, once, for {minutes} minutes. If you did not ask for it, ignore this "
        "message.",
        "Votre portefeuille demande un code pour recevoir {title}. Le code est {code}.\n\nIl fonctionne "
        "avec l'offre que vous venez d'ouvrir, une seule fois, pendant {minutes} minutes. Si vous ne "
        "l'avez pas demandé, ignorez ce message.",
    ),
}
