"""Every text of the learner's sign-in and credentials pages (and of the sign-in mail), in English
and French."""

from __future__ import annotations

from shared.web.pages.i18n import Message as M  # noqa: N817 (short: the catalogue has many of them)

LEARNER_MESSAGES: dict[str, M] = {
    "learner.footer": M(
        "Ontario Micro-Credentials platform. Your session ends when you sign out or after a while "
        "without use. No password, no tracking.",
        "Plateforme des microcertifications de l'Ontario. Votre session se termine lorsque vous vous "
        "déconnectez ou après un moment d'inactivité. Sans mot de passe ni pistage.",
    ),
    # Sign-in
    "learner.sign_in.title": M(
        "Sign in to see your micro-credentials", "Connectez-vous pour voir vos microcertifications"
    ),
    "learner.sign_in.intro": M(
        "Give the email address your institution has on file. If it has issued you micro-credentials, "
        "we send a one-time code to that address. No password is needed.",
        "Indiquez l'adresse courriel que votre établissement a à votre dossier. S'il vous a délivré des "
        "microcertifications, nous envoyons un code à usage unique à cette adresse. Aucun mot de passe "
        "n'est nécessaire.",
    ),
    "learner.sign_in.email": M("Email address", "Adresse courriel"),
    "learner.sign_in.send": M("Send me a code", "M'envoyer un code"),
    "learner.sign_in.signed_out": M("You are signed out.", "Vous êtes déconnecté."),
    "learner.code.title": M("Enter your code", "Entrez votre code"),
    "learner.code.sent": M(
        "If {email} has micro-credentials from an Ontario institution, a code is on its way to it. "
        "It works once, for {minutes} minutes.",
        "Si {email} a des microcertifications d'un établissement de l'Ontario, un code y est envoyé. "
        "Il fonctionne une seule fois, pendant {minutes} minutes.",
    ),
    "learner.code.label": M("One-time code (8 digits)", "Code à usage unique (8 chiffres)"),
    "learner.code.submit": M("Sign in", "Se connecter"),
    "learner.code.other_address": M(
        "Use another address or get a new code", "Utiliser une autre adresse ou obtenir un nouveau code"
    ),
    # Errors
    "learner.error.email": M(
        "Give a valid email address, such as name@example.ca.",
        "Indiquez une adresse courriel valide, par exemple nom@exemple.ca.",
    ),
    "learner.error.wrong_code": M(
        "That code is not right. Check the latest email and try again.",
        "Ce code n'est pas le bon. Vérifiez le plus récent courriel et réessayez.",
    ),
    "learner.error.code_expired": M(
        "That code no longer works (it expired, was used, or was mistyped too often). Ask for a new one.",
        "Ce code ne fonctionne plus (il a expiré, a déjà servi ou a été mal saisi trop souvent). "
        "Demandez-en un nouveau.",
    ),
    "learner.error.rate_limited": M(
        "Too many sign-in attempts. Wait {minutes} minutes, then try again.",
        "Trop de tentatives de connexion. Attendez {minutes} minutes, puis réessayez.",
    ),
    "learner.error.cross_site": M(
        "This form was sent from another site and was ignored.",
        "Ce formulaire a été envoyé depuis un autre site et a été ignoré.",
    ),
    "learner.error.not_found": M(
        "You have no credential with that identifier.",
        "Vous n'avez aucune attestation portant cet identifiant.",
    ),
    "learner.error.mail_unavailable": M(
        "The claim link could not be made just now. Try again in a minute.",
        "Le lien de récupération n'a pu être créé pour l'instant. Réessayez dans une minute.",
    ),
    # The learner's page
    "learner.title": M("My micro-credentials", "Mes microcertifications"),
    "learner.signed_in_as": M("Signed in as {email}.", "Connecté en tant que {email}."),
    "learner.sign_out": M("Sign out", "Se déconnecter"),
    "learner.none": M(
        "No credential has been issued to this address yet.",
        "Aucune attestation n'a encore été délivrée à cette adresse.",
    ),
    "learner.institution": M("Institution", "Établissement"),
    "learner.issued": M("Issued on", "Délivrée le"),
    "learner.status": M("Status", "Statut"),
    "learner.status.active": M("Valid", "Valide"),
    "learner.status.revoked": M("Revoked", "Révoquée"),
    "learner.status.suspended": M("Suspended", "Suspendue"),
    "learner.actions": M("Actions for {title}", "Actions pour {title}"),
    "learner.download": M("Download (JSON)", "Télécharger (JSON)"),
    "learner.claim": M("Send to my wallet", "Envoyer à mon portefeuille"),
    "learner.share": M("Share", "Partager"),
    "learner.share_link": M(
        "Anyone with this link can verify this credential:",
        "Toute personne qui a ce lien peut vérifier cette attestation :",
    ),
    "learner.share_qr": M(
        "QR code of the verification link of {title}", "Code QR du lien de vérification de {title}"
    ),
    "learner.next_page": M("Older credentials", "Attestations plus anciennes"),
    "learner.first_page": M("Newest credentials", "Attestations les plus récentes"),
    "learner.sessions": M("Where you are signed in", "Où vous êtes connecté"),
    "learner.applications": M("Applications you authorised", "Applications que vous avez autorisées"),
    "learner.applications.lead": M(
        "Wallets and backpacks you allowed to read your credentials through the Open Badges API.",
        "Portefeuilles et sacs à badges autorisés à lire vos titres par l'API Open Badges.",
    ),
    "learner.applications.manage": M("See or withdraw their access", "Voir ou retirer leur accès"),
    "learner.sessions.this": M("This browser", "Ce navigateur"),
    "learner.sessions.other": M("Another browser or device", "Un autre navigateur ou appareil"),
    "learner.sessions.since": M(
        "signed in {when}, last used {last}", "connecté le {when}, dernière utilisation {last}"
    ),
    "learner.sessions.end_others": M("Sign out everywhere else", "Se déconnecter partout ailleurs"),
    "learner.sessions.ended": M("Your other sessions are ended.", "Vos autres sessions sont terminées."),
    # The claim page
    "learner.claim.title": M("Add {title} to your wallet", "Ajouter {title} à votre portefeuille"),
    "learner.claim.intro": M(
        "Open this link in your wallet app, or scan the QR code with it. The link works once, for "
        "{days} days.",
        "Ouvrez ce lien dans l'application de votre portefeuille, ou balayez le code QR avec elle. Le lien "
        "fonctionne une seule fois, pendant {days} jours.",
    ),
    "learner.claim.exchange": M(
        "Wallet link (VC-API exchange)", "Lien pour le portefeuille (échange VC-API)"
    ),
    "learner.claim.qr": M("QR code of the wallet link", "Code QR du lien pour le portefeuille"),
    "learner.back": M("Back to my micro-credentials", "Retour à mes microcertifications"),
    # The mail
    "learner.mail.subject": M("Your sign-in code: {code}", "Votre code de connexion : {code}"),
    "learner.mail.text": M(
        "Your one-time code to see your Ontario micro-credentials is {code}.\n\nIt works once, for "
        "{minutes} minutes. If you did not ask for it, ignore this message: nobody can sign in without "
        "the code.",
        "Votre code à usage unique pour voir vos microcertifications de l'Ontario est {code}.\n\nIl "
        "fonctionne une seule fois, pendant {minutes} minutes. Si vous ne l'avez pas demandé, ignorez "
        "ce message : personne ne peut se connecter sans le code.",
    ),
}
