"""Every text of the verification page, in English and French."""

from __future__ import annotations

from services.credential_issuer.pages.learner_messages import LEARNER_MESSAGES
from services.credential_issuer.pages.learner_offer_messages import OFFER_MESSAGES
from shared.web.pages.i18n import Message as M  # noqa: N817 (short: the catalogue has many of them)

MESSAGES: dict[str, M] = {
    "title": M("Verify an Ontario micro-credential", "Vérifier une microcertification de l'Ontario"),
    "intro": M(
        "Check that a micro-credential was issued by an Ontario institution, has not been changed, "
        "revoked or suspended, and was quality assured. Nothing you give here is kept.",
        "Vérifiez qu'une microcertification a été délivrée par un établissement de l'Ontario, qu'elle "
        "n'a été ni modifiée, ni révoquée, ni suspendue, et que sa qualité a été assurée. Rien de ce "
        "que vous fournissez ici n'est conservé.",
    ),
    "result": M("Result", "Résultat"),
    "check": M("Check a credential", "Vérifier une attestation"),
    "check_another": M("Check another credential", "Vérifier une autre attestation"),
    "paste": M("Paste the credential (JSON)", "Collez l'attestation (JSON)"),
    "upload": M("or upload the file", "ou téléversez le fichier"),
    "by_id": M(
        "or give its identifier or link from this service",
        "ou indiquez son identifiant ou son lien sur ce service",
    ),
    "submit": M("Verify", "Vérifier"),
    "not_json": M(
        "The text given is not a JSON credential.", "Le texte fourni n'est pas une attestation JSON."
    ),
    "unknown_reference": M(
        "Give the identifier of a credential of this service (urn:uuid:…) or its link here; other "
        "addresses are not opened.",
        "Indiquez l'identifiant d'une attestation de ce service (urn:uuid:…) ou son lien ici; les autres "
        "adresses ne sont pas ouvertes.",
    ),
    "not_found": M(
        "This service has no credential with that identifier.",
        "Ce service n'a aucune attestation portant cet identifiant.",
    ),
    "nothing": M(
        "Paste a credential, upload its file or give its identifier.",
        "Collez une attestation, téléversez son fichier ou indiquez son identifiant.",
    ),
    # Headlines
    "headline.verified": M("Verified", "Vérifiée"),
    "headline.verified_text": M(
        "{name}, awarded by {issuer}. It was signed by the institution, has not been changed, is neither "
        "revoked nor suspended, and its quality assurance is on record.",
        "{name}, décernée par {issuer}. Elle a été signée par l'établissement, n'a pas été modifiée, "
        "n'est ni révoquée ni suspendue, et son assurance de la qualité est inscrite au registre.",
    ),
    "headline.verified_text_not_omc": M(
        "{name}, awarded by {issuer}. It was signed by the institution, has not been changed and is "
        "neither revoked nor suspended. It is not an Ontario micro-credential: no quality-assurance "
        "record applies to it.",
        "{name}, décernée par {issuer}. Elle a été signée par l'établissement, n'a pas été modifiée et "
        "n'est ni révoquée ni suspendue. Ce n'est pas une microcertification de l'Ontario : aucun "
        "dossier d'assurance de la qualité ne s'y applique.",
    ),
    "headline.revoked": M("Revoked", "Révoquée"),
    "headline.revoked_text": M(
        "The institution has revoked this credential. It is no longer valid.",
        "L'établissement a révoqué cette attestation. Elle n'est plus valide.",
    ),
    "headline.suspended": M("Suspended", "Suspendue"),
    "headline.suspended_text": M(
        "The institution has suspended this credential. It is not valid while suspended.",
        "L'établissement a suspendu cette attestation. Elle n'est pas valide tant qu'elle est suspendue.",
    ),
    "headline.since": M("Since {date}.", "Depuis le {date}."),
    "headline.on": M("On {date}.", "Le {date}."),
    "headline.reason": M("Reason given: {reason}", "Motif indiqué : {reason}"),
    "headline.untrusted": M(
        "Not verified: the content cannot be trusted",
        "Non vérifiée : le contenu n'est pas digne de confiance",
    ),
    "headline.untrusted_text": M(
        "The signature does not match the content: the document was changed after it was issued, or "
        "was not issued by the institution it names. Do not rely on anything it says.",
        "La signature ne correspond pas au contenu : le document a été modifié après sa délivrance, ou "
        "n'a pas été délivré par l'établissement qu'il nomme. Ne vous fiez à rien de ce qu'il indique.",
    ),
    "headline.unreadable": M(
        "Not verified: this is not a credential this service can read",
        "Non vérifiée : ce n'est pas une attestation que ce service sait lire",
    ),
    "headline.not_verified": M("Not verified", "Non vérifiée"),
    "headline.not_verified_text": M(
        "{name}, awarded by {issuer}, failed these checks:",
        "{name}, décernée par {issuer}, a échoué à ces vérifications :",
    ),
    # Achievement
    "achievement": M("What was achieved", "Ce qui a été obtenu"),
    "achievement.kind": M("Ontario micro-credential", "Microcertification de l'Ontario"),
    "achievement.kind_not_omc": M(
        "Credential (not an Ontario micro-credential)",
        "Attestation (pas une microcertification de l'Ontario)",
    ),
    "achievement.description": M("Description", "Description"),
    "achievement.outcomes": M("Learning outcomes", "Résultats d'apprentissage"),
    "achievement.type": M("OMC qualification type", "Type de titre OMC"),
    "achievement.level": M(
        "Ontario Qualifications Framework level",
        "Niveau du Cadre de classification des titres de compétence de l'Ontario",
    ),
    "achievement.level_value": M("Level {level}", "Niveau {level}"),
    "achievement.hours": M("Instructional hours", "Heures d'enseignement"),
    "achievement.hours_value": M("{hours} hours", "{hours} heures"),
    "achievement.assessment": M("Assessment", "Évaluation"),
    "achievement.result": M("Result", "Résultat"),
    "achievement.credits": M("Credits earned", "Crédits obtenus"),
    "achievement.alignments": M("Occupations and fields of study", "Professions et domaines d'études"),
    "achievement.completed": M("Completed on", "Terminée le"),
    "achievement.issued": M("Issued on", "Délivrée le"),
    "achievement.valid_until": M("Valid until", "Valide jusqu'au"),
    "achievement.code": M("Course code and version", "Code de cours et version"),
    "achievement.page": M(
        "Public description of this micro-credential", "Description publique de cette microcertification"
    ),
    "achievement.criteria": M("Criteria", "Critères"),
    "result_name.Final grade": M("Final grade", "Note finale"),
    "result_name.Final score": M("Final score", "Résultat final"),
    "result.Completed": M("Completed", "Réussie"),
    "result.Failed": M("Not completed", "Non réussie"),
    "awarded": M("Who awarded it", "Qui l'a décernée"),
    "awarded.institution": M("Awarding institution", "Établissement qui la décerne"),
    "awarded.partner": M("Partner", "Partenaire"),
    "awarded.partner_endorsed": M(
        "The partner's endorsement is signed and included.",
        "L'approbation du partenaire est signée et incluse.",
    ),
    "awarded.institution_page": M("The institution's standing", "Le statut de l'établissement"),
    # QA chain
    "qa": M("The quality assurance behind it", "L'assurance de la qualité qui la soutient"),
    "qa.designated": M(
        "{institution} was a designated Ontario micro-credential institution (DOMCI) in good standing "
        "on {date}, when the learner completed it.",
        "{institution} était un établissement désigné de microcertifications de l'Ontario (DOMCI) en "
        "règle le {date}, quand la personne apprenante l'a terminée.",
    ),
    "qa.designation_term": M(
        "Designated by the Ministry from {start}.", "Désigné par le ministère depuis le {start}."
    ),
    "qa.eqaa": M(
        "Its internal quality assurance process (IQAP) is endorsed by {eqaa}{term}.",
        "Son processus interne d'assurance de la qualité (PIAQ) est approuvé par {eqaa}{term}.",
    ),
    "qa.eqaa_term": M(", for {start} to {end}", ", pour la période du {start} au {end}"),
    "qa.approved": M(
        "This micro-credential was approved through that process on {date}.",
        "Cette microcertification a été approuvée selon ce processus le {date}.",
    ),
    "qa.not_on_record": M(
        "The quality ledger does not show the institution designated, or this micro-credential "
        "approved, when the learner completed it.",
        "Le registre de la qualité n'indique pas que l'établissement était désigné, ni que cette "
        "microcertification était approuvée, quand la personne apprenante l'a terminée.",
    ),
    "qa.not_applicable": M(
        "This credential was not issued as an Ontario micro-credential (it names no micro-credential "
        "approved through the institution's quality assurance process), so no quality-assurance record "
        "applies to it.",
        "Cette attestation n'a pas été délivrée comme microcertification de l'Ontario (elle ne désigne "
        "aucune microcertification approuvée selon le processus d'assurance de la qualité de "
        "l'établissement) : aucun dossier d'assurance de la qualité ne s'y applique.",
    ),
    "qa.unknown": M(
        "The quality-assurance record could not be read.",
        "Le dossier d'assurance de la qualité n'a pas pu être lu.",
    ),
    # Identity
    "identity": M("Is this the right person?", "Est-ce la bonne personne?"),
    "identity.explain": M(
        "The credential holds a scrambled (hashed) form of the learner's email address, not the address "
        "itself. Type the address the person gave you to check it. It is compared here and not kept.",
        "L'attestation contient une forme brouillée (hachée) de l'adresse courriel de la personne, pas "
        "l'adresse elle-même. Saisissez l'adresse que la personne vous a donnée pour la vérifier. Elle est "
        "comparée ici et n'est pas conservée.",
    ),
    "identity.field": M("Learner's email address", "Adresse courriel de la personne apprenante"),
    "identity.submit": M("Check the email address", "Vérifier l'adresse courriel"),
    "identity.match": M(
        "This email address matches the credential's holder.",
        "Cette adresse courriel correspond à la personne titulaire.",
    ),
    "identity.no_match": M(
        "This email address does not match the credential's holder.",
        "Cette adresse courriel ne correspond pas à la personne titulaire.",
    ),
    "identity.none": M(
        "This credential names no email address to check against.",
        "Cette attestation n'indique aucune adresse courriel à comparer.",
    ),
    # Untrusted content
    "untrusted": M("What the document claims (not verified)", "Ce que le document prétend (non vérifié)"),
    "untrusted.name": M("Claimed title", "Titre prétendu"),
    "untrusted.issuer": M("Claimed issuer", "Émetteur prétendu"),
    # Checks
    "checks": M("The checks", "Les vérifications"),
    "state.passed": M("passed", "réussi"),
    "state.failed": M("failed", "échoué"),
    "state.not_applicable": M("not applicable", "sans objet"),
    "state.not_checked": M("not checked", "non vérifié"),
    "not_checked": M(
        "the content cannot be trusted, so this cannot be checked.",
        "le contenu n'est pas digne de confiance, donc cela ne peut pas être vérifié.",
    ),
    "not_applicable": M("not checked for this credential.", "non vérifié pour cette attestation."),
    "check.format": M("Format", "Format"),
    "check.proof": M("Signature", "Signature"),
    "check.issuer_key": M("Issuer's key", "Clé de l'émetteur"),
    "check.status": M("Revocation and suspension", "Révocation et suspension"),
    "check.validity_period": M("Validity dates", "Dates de validité"),
    "check.standing": M("Quality assurance", "Assurance de la qualité"),
    "check.endorsements": M("Co-awarding partners", "Partenaires de la délivrance conjointe"),
    "check.holder": M("Holder", "Titulaire"),
    "check.challenge": M("Challenge", "Défi"),
    "check.domain": M("Domain", "Domaine"),
    "check.credentials": M("Credentials presented", "Attestations présentées"),
    "check.format.passed": M(
        "it is a verifiable credential this service can read.",
        "c'est une attestation vérifiable que ce service sait lire.",
    ),
    "check.format.failed": M(
        "it is not a verifiable credential this service can read.",
        "ce n'est pas une attestation vérifiable que ce service sait lire.",
    ),
    "check.proof.passed": M(
        "the issuer signed it and it has not been changed since.",
        "l'émetteur l'a signée et elle n'a pas été modifiée depuis.",
    ),
    "check.proof.failed": M(
        "the signature does not match: it was changed or not signed by the issuer.",
        "la signature ne correspond pas : elle a été modifiée ou n'a pas été signée par l'émetteur.",
    ),
    "check.issuer_key.passed": M(
        "the key used belonged to the issuer when it signed.",
        "la clé utilisée appartenait à l'émetteur au moment de la signature.",
    ),
    "check.issuer_key.failed": M(
        "the key used was not the issuer's when it signed.",
        "la clé utilisée n'était pas celle de l'émetteur au moment de la signature.",
    ),
    "check.status.passed": M(
        "the issuer has neither revoked nor suspended it.", "l'émetteur ne l'a ni révoquée ni suspendue."
    ),
    "check.status.failed": M(
        "it is revoked or suspended, or its status cannot be checked.",
        "elle est révoquée ou suspendue, ou son statut ne peut pas être vérifié.",
    ),
    "check.status.revoked": M("the issuer has revoked it.", "l'émetteur l'a révoquée."),
    "check.status.suspended": M("the issuer has suspended it.", "l'émetteur l'a suspendue."),
    "check.validity_period.passed": M(
        "it is within its validity dates.", "elle est dans ses dates de validité."
    ),
    "check.validity_period.failed": M(
        "it is not yet valid or has expired.", "elle n'est pas encore valide ou elle est expirée."
    ),
    "check.standing.passed": M(
        "the institution was designated and the micro-credential approved when the learner completed it.",
        "l'établissement était désigné et la microcertification approuvée quand la personne apprenante "
        "l'a obtenue.",
    ),
    "check.standing.failed": M(
        "the institution was not designated, or the micro-credential not approved, when the learner "
        "completed it.",
        "l'établissement n'était pas désigné, ou la microcertification pas approuvée, quand la personne "
        "apprenante l'a obtenue.",
    ),
    "check.endorsements.passed": M(
        "each partner that co-awards it signed its endorsement.",
        "chaque partenaire qui la décerne conjointement a signé son endossement.",
    ),
    "check.endorsements.failed": M(
        "a partner's endorsement does not verify: it was changed or not signed by the partner.",
        "l'endossement d'un partenaire ne se vérifie pas : il a été modifié ou n'a pas été signé par le "
        "partenaire.",
    ),
    "check.holder.passed": M(
        "the person presenting it proved control of the holder's key.",
        "la personne qui la présente a prouvé qu'elle contrôle la clé du titulaire.",
    ),
    "check.holder.failed": M(
        "the person presenting it did not prove control of the holder's key.",
        "la personne qui la présente n'a pas prouvé qu'elle contrôle la clé du titulaire.",
    ),
    "check.challenge.passed": M(
        "the presentation answers the verifier's challenge.",
        "la présentation répond au défi du vérificateur.",
    ),
    "check.challenge.failed": M(
        "the presentation does not answer the verifier's challenge.",
        "la présentation ne répond pas au défi du vérificateur.",
    ),
    "check.domain.passed": M(
        "the presentation was made for this verifier.", "la présentation a été faite pour ce vérificateur."
    ),
    "check.domain.failed": M(
        "the presentation was made for another verifier.",
        "la présentation a été faite pour un autre vérificateur.",
    ),
    "check.credentials.passed": M(
        "every credential presented verifies.", "chaque attestation présentée se vérifie."
    ),
    "check.credentials.failed": M(
        "a credential presented does not verify.", "une attestation présentée ne se vérifie pas."
    ),
    "assessment.exam": M("Exam", "Examen"),
    "assessment.project": M("Project", "Projet"),
    "assessment.portfolio": M("Portfolio", "Portfolio"),
    "assessment.practical_demonstration": M("Practical demonstration", "Démonstration pratique"),
    "assessment.assignment": M("Assignment", "Travail"),
    "assessment.presentation": M("Presentation", "Présentation"),
    "assessment.quiz": M("Quiz", "Questionnaire"),
    "assessment.workplace_observation": M("Workplace observation", "Observation en milieu de travail"),
    "assessment.other": M("Other", "Autre"),
    "warnings": M("Notes from the checks", "Remarques des vérifications"),
    # The verifier's own detail is in English (as in the VC-API answer), marked lang="en" on the page.
    "technical": M("Technical detail", "Détail technique (en anglais)"),
    "print": M(
        "To keep a copy, print this page or save it as PDF from your browser.",
        "Pour garder une copie, imprimez cette page ou enregistrez-la en PDF depuis votre navigateur.",
    ),
    "checked_on": M("Checked on {date}.", "Vérifiée le {date}."),
}

MESSAGES |= LEARNER_MESSAGES  # the learner's pages are rendered by the same Pages as the verifier's
MESSAGES |= OFFER_MESSAGES
