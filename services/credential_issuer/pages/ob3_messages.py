"""Every text of the Open Badges API's learner pages (the consent screen, the authorised clients),
in English and French."""

from __future__ import annotations

from shared.web.pages.i18n import Message as M  # noqa: N817 (short: the catalogue has many of them)

OB3_MESSAGES: dict[str, M] = {
    "consent.title": M("Allow access to your credentials?", "Autoriser l'accès à vos attestations?"),
    "consent.lead": M(
        "{client} asks to use your Ontario micro-credentials account ({email}).",
        "{client} demande à utiliser votre compte de microcertifications de l'Ontario ({email}).",
    ),
    "consent.asks": M("It asks to:", "Elle demande à :"),
    "consent.about": M("About this application", "À propos de cette application"),
    "consent.site": M("Website", "Site Web"),
    "consent.terms": M("Terms of service", "Conditions d'utilisation"),
    "consent.privacy": M("Privacy policy", "Politique de confidentialité"),
    "consent.registered_host": M("You will be sent back to {host}.", "Vous serez renvoyé vers {host}."),
    "consent.allow": M("Allow", "Autoriser"),
    "consent.deny": M("Deny", "Refuser"),
    "consent.revoke_later": M(
        "You can withdraw this access at any time on the page of your authorised applications.",
        "Vous pouvez retirer cet accès en tout temps sur la page de vos applications autorisées.",
    ),
    "scope.credential.readonly": M(
        "read the credentials in your collection", "lire les attestations de votre collection"
    ),
    "scope.credential.upsert": M(
        "add credentials to your collection", "ajouter des attestations à votre collection"
    ),
    "scope.profile.readonly": M(
        "read your profile (name and email address)", "lire votre profil (nom et adresse courriel)"
    ),
    "scope.profile.update": M("change your profile", "modifier votre profil"),
    "scope.offline_access": M("keep this access while you are away", "conserver cet accès en votre absence"),
    "error.title": M("This request cannot be completed", "Cette demande ne peut pas aboutir"),
    "error.unknown_client": M(
        "The application that sent you here is not registered with this service.",
        "L'application qui vous a dirigé ici n'est pas inscrite auprès de ce service.",
    ),
    "error.unregistered_redirect_uri": M(
        "The application asked to send you to an address it did not register. For your safety you are "
        "not sent there.",
        "L'application a demandé de vous renvoyer vers une adresse qu'elle n'a pas inscrite. Pour votre "
        "sécurité, vous n'y êtes pas renvoyé.",
    ),
    "error.expired_form": M(
        "This form has expired. Go back to the application and start again.",
        "Ce formulaire a expiré. Retournez à l'application et recommencez.",
    ),
    "clients.title": M("Your authorised applications", "Vos applications autorisées"),
    "clients.lead": M(
        "These applications can use your credentials or profile through the Open Badges API. Withdraw "
        "an access and the application's tokens stop working at once.",
        "Ces applications peuvent utiliser vos attestations ou votre profil au moyen de l'API Open "
        "Badges. Retirez un accès et les jetons de l'application cessent aussitôt de fonctionner.",
    ),
    "clients.none": M("You have not authorised any application.", "Vous n'avez autorisé aucune application."),
    "clients.since": M("Authorised on {date}", "Autorisée le {date}"),
    "clients.revoke": M("Withdraw access", "Retirer l'accès"),
    "clients.revoked": M(
        "Access withdrawn: the application can no longer use your account.",
        "Accès retiré : l'application ne peut plus utiliser votre compte.",
    ),
}
