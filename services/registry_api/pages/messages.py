"""Every text of the registry's pages, in English and French (enumerated values are keyed
`<kind>.<value>`, so a new value without a translation fails the page test)."""

from __future__ import annotations

from shared.web.pages.i18n import Message as M  # noqa: N817 (short: the catalogue has ~150 of them)

MESSAGES: dict[str, M] = {
    # OMC page
    "omc.kicker": M("Ontario Micro-Credential", "Microcertification de l'Ontario"),
    "omc.version_of": M("Version {version} · course code {code}", "Version {version} · code de cours {code}"),
    "omc.offered_by": M("Offered by", "Offerte par"),
    "omc.state.published": M("This is the current version.", "Ceci est la version en vigueur."),
    "omc.state.superseded": M(
        "This version has been replaced by a newer one. Credentials awarded for it remain valid and "
        "describe what was learned then.",
        "Cette version a été remplacée par une plus récente. Les attestations délivrées pour elle restent "
        "valides et décrivent ce qui a été appris alors.",
    ),
    "omc.state.suspended": M(
        "This micro-credential is suspended: it is not offered at the moment.",
        "Cette microcertification est suspendue : elle n'est pas offerte pour le moment.",
    ),
    "omc.state.retired": M(
        "This micro-credential has been retired: it is no longer offered. Credentials awarded for it "
        "remain valid.",
        "Cette microcertification a été retirée : elle n'est plus offerte. Les attestations délivrées "
        "pour elle restent valides.",
    ),
    "omc.see_current": M("See the current version ({version})", "Voir la version en vigueur ({version})"),
    "omc.mark": M(
        "OMC: approved through the institution's quality process",
        "OMC : approuvée selon le processus qualité de l'établissement",
    ),
    "omc.plus": M("OMC+: recognised for credit", "OMC+ : reconnue pour des crédits"),
    "omc.no_mark": M("Not an approved OMC", "Pas une OMC approuvée"),
    "omc.description": M("What it is", "Description"),
    "omc.outcomes": M("What a learner can do after it", "Ce que la personne apprenante sait faire ensuite"),
    "omc.no_outcomes": M("No learning outcomes are listed.", "Aucun résultat d'apprentissage n'est indiqué."),
    "omc.facts": M("Key facts", "En bref"),
    "omc.type": M("OMC qualification type", "Type de titre OMC"),
    "omc.oqf_level": M(
        "Ontario Qualifications Framework level",
        "Niveau du Cadre de classification des titres de compétence de l'Ontario",
    ),
    "omc.level": M("Level {level}", "Niveau {level}"),
    "omc.hours": M("Instructional hours", "Heures d'enseignement"),
    "omc.hours_value": M("{hours} hours", "{hours} heures"),
    "omc.effort": M("Learner effort", "Effort de la personne apprenante"),
    "omc.weeks": M("Duration", "Durée"),
    "omc.weeks_value": M("{weeks} weeks", "{weeks} semaines"),
    "omc.delivery": M("Delivery", "Mode de prestation"),
    "omc.languages": M("Languages of instruction", "Langues d'enseignement"),
    "omc.price": M("Price", "Prix"),
    "omc.osap": M("OSAP eligible", "Admissible au RAFEO"),
    "omc.prerequisites": M("Prerequisites", "Préalables"),
    "omc.assessment": M("Assessment", "Évaluation"),
    "omc.grading": M("Grading", "Notation"),
    "omc.summative": M(
        "A summative assessment decides the award.", "Une évaluation sommative décide de l'octroi."
    ),
    "omc.weight": M("{weight} %", "{weight} %"),
    "omc.credits": M("Credit transfer (OMC+)", "Reconnaissance de crédits (OMC+)"),
    "omc.no_credits": M(
        "No credit-transfer agreement is recorded.",
        "Aucune entente de reconnaissance de crédits n'est enregistrée.",
    ),
    "omc.credit_program": M("Receiving institution and program", "Établissement et programme d'accueil"),
    "omc.credit_amount": M("Credits", "Crédits"),
    "omc.credit_basis": M("Basis", "Fondement"),
    "omc.credit_valid": M("Valid", "Valide"),
    "omc.credit_from": M("from {start}", "à partir du {start}"),
    "omc.credit_between": M("{start} to {end}", "du {start} au {end}"),
    "omc.classification": M("Occupations and fields of study", "Professions et domaines d'études"),
    "omc.noc": M("NOC 2021 (occupations)", "CNP 2021 (professions)"),
    "omc.cip": M("CIP 2021 (fields of study)", "CPE 2021 (domaines d'études)"),
    "omc.teer": M("TEER {teer}", "FÉER {teer}"),
    "omc.partners": M("Partners", "Partenaires"),
    "omc.no_partners": M("No partner.", "Aucun partenaire."),
    "omc.approval": M("Quality assurance", "Assurance de la qualité"),
    "omc.approval_reference": M(
        "Approval recorded in the quality ledger", "Approbation inscrite au registre de la qualité"
    ),
    "omc.approved": M(
        "{institution} approved this micro-credential through its institutional quality assurance process "
        "(IQAP) on {date}.",
        "{institution} a approuvé cette microcertification selon son processus institutionnel d'assurance "
        "de la qualité (PIAQ) le {date}.",
    ),
    "omc.approved_on": M("Approved on", "Approuvée le"),
    "omc.approved_by": M("Approved by", "Approuvée par"),
    "omc.ledger_down": M(
        "The quality ledger cannot be reached right now; the approval's details are not shown. Try again "
        "later.",
        "Le registre de la qualité est injoignable pour le moment; les détails de l'approbation ne sont pas "
        "affichés. Réessayez plus tard.",
    ),
    "omc.not_iqap": M(
        "Not approved through an institutional quality assurance process.",
        "Non approuvée selon un processus institutionnel d'assurance de la qualité.",
    ),
    "omc.published_on": M("Published", "Publiée le"),
    "omc.institution_standing": M("See the institution's standing", "Voir le statut de l'établissement"),
    "omc.history": M("Version history", "Historique des versions"),
    "omc.history_version": M("Version", "Version"),
    "omc.history_status": M("Status", "Statut"),
    "omc.history_published": M("Published", "Publiée le"),
    "omc.this_version": M("(this page)", "(cette page)"),
    "omc.offerings": M("Upcoming and past offerings", "Offres à venir et passées"),
    "omc.website": M("The institution's page for it", "La page de l'établissement"),
    "omc.data": M(
        "Machine-readable: JSON, JSON-LD (Open Badges) and CTDL at this address.",
        "Lisible par machine : JSON, JSON-LD (Open Badges) et CTDL à cette adresse.",
    ),
    "yes": M("Yes", "Oui"),
    "no": M("No", "Non"),
    "not_stated": M("Not stated", "Non précisé"),
    # Statuses
    "status.published": M("Current", "En vigueur"),
    "status.superseded": M("Superseded", "Remplacée"),
    "status.suspended": M("Suspended", "Suspendue"),
    "status.retired": M("Retired", "Retirée"),
    # Enumerations
    "delivery.online_synchronous": M("Online, live", "En ligne, en direct"),
    "delivery.online_asynchronous": M("Online, at your own time", "En ligne, à votre rythme"),
    "delivery.in_person": M("In person", "En personne"),
    "delivery.hybrid": M("Hybrid", "Hybride"),
    "assessment.exam": M("Exam", "Examen"),
    "assessment.project": M("Project", "Projet"),
    "assessment.portfolio": M("Portfolio", "Portfolio"),
    "assessment.practical_demonstration": M("Practical demonstration", "Démonstration pratique"),
    "assessment.assignment": M("Assignment", "Travail"),
    "assessment.presentation": M("Presentation", "Présentation"),
    "assessment.quiz": M("Quiz", "Questionnaire"),
    "assessment.workplace_observation": M("Workplace observation", "Observation en milieu de travail"),
    "assessment.other": M("Other", "Autre"),
    "grading.pass_fail": M("Pass or fail", "Réussite ou échec"),
    "grading.percentage": M("Percentage", "Pourcentage"),
    "grading.letter": M("Letter grade", "Note littérale"),
    "grading.competency_levels": M("Competency levels", "Niveaux de compétence"),
    "basis.agreement": M("Agreement", "Entente"),
    "basis.precedent": M("Precedent", "Précédent"),
    "partner.co_awarding": M("Awards it jointly", "Décerne conjointement"),
    "partner.joint_delivery": M("Delivers it jointly", "Offre conjointement"),
    "partner.delivery_by_partner": M("Delivers it", "Assure la prestation"),
    "language.en": M("English", "anglais"),
    "language.fr": M("French", "français"),
    # Catalogue
    "catalogue.title": M(
        "Catalogue of Ontario micro-credentials", "Catalogue des microcertifications de l'Ontario"
    ),
    "catalogue.lead": M(
        "Short, quality-assured credentials from Ontario's designated institutions.",
        "Des titres courts et d'une qualité assurée, offerts par les établissements désignés de l'Ontario.",
    ),
    "catalogue.search": M("Search", "Rechercher"),
    "catalogue.words": M(
        "Words in the title, description or outcomes", "Mots du titre, de la description ou des résultats"
    ),
    "catalogue.filters": M("Filters", "Filtres"),
    "catalogue.apply": M("Apply filters", "Appliquer les filtres"),
    "catalogue.clear": M("Clear all", "Tout effacer"),
    "catalogue.results": M("Results: {count}", "Résultats : {count}"),
    "catalogue.none": M(
        "No micro-credential matches these filters.", "Aucune microcertification ne correspond à ces filtres."
    ),
    "catalogue.next": M("Next page", "Page suivante"),
    "catalogue.first": M("First page", "Première page"),
    "catalogue.sort": M("Order", "Ordre"),
    "catalogue.hours_min": M("At least (hours)", "Au moins (heures)"),
    "catalogue.hours_max": M("At most (hours)", "Au plus (heures)"),
    "catalogue.hours": M("Instructional hours", "Heures d'enseignement"),
    "sort.relevance": M("Best match", "Pertinence"),
    "sort.title": M("Title A to Z", "Titre de A à Z"),
    "sort.-title": M("Title Z to A", "Titre de Z à A"),
    "sort.hours": M("Fewest hours", "Moins d'heures"),
    "sort.-hours": M("Most hours", "Plus d'heures"),
    "sort.published": M("Oldest first", "Plus anciennes d'abord"),
    "sort.-published": M("Newest first", "Plus récentes d'abord"),
    "facet.qualification_type": M("OMC type", "Type de titre OMC"),
    "facet.provider_type": M("Kind of institution", "Type d'établissement"),
    "facet.delivery_mode": M("Delivery", "Mode de prestation"),
    "facet.language": M("Language", "Langue"),
    "facet.omc_plus": M("Credit transfer (OMC+)", "Reconnaissance de crédits (OMC+)"),
    "facet.omc_mark": M("Approved OMC", "OMC approuvée"),
    "facet.has_current_offering": M("Offered now or soon", "Offerte maintenant ou bientôt"),
    "facet.osap": M("OSAP eligible", "Admissible au RAFEO"),
    "facet.conforms_to": M("Meets profile", "Conforme au profil"),
    "profile.eu": M("EU micro-credential elements", "Éléments européens des microtitres"),
    "profile.australia": M("Australian framework", "Cadre australien"),
    "profile.omc": M("Ontario OMC framework", "Cadre ontarien des OMC"),
    "profile.ecampus": M("eCampusOntario portal", "Portail eCampusOntario"),
    "profile.oncat": M("ONCAT credit transfer", "Reconnaissance de crédits ONCAT"),
    "facet.count": M("{value} ({count})", "{value} ({count})"),
    "bool.true": M("Yes", "Oui"),
    "bool.false": M("No", "Non"),
    # Institution
    "institution.kicker": M("Institution", "Établissement"),
    "institution.profile": M("Profile", "Profil"),
    "institution.website": M("Website", "Site Web"),
    "institution.location": M("Location", "Lieu"),
    "institution.type": M("Kind", "Type"),
    "institution.standing": M("Quality assurance standing", "Statut d'assurance de la qualité"),
    "institution.domci_yes": M(
        "A designated Ontario micro-credential institution (DOMCI) in good standing today.",
        "Un établissement désigné de microcertifications de l'Ontario (DOMCI) en règle aujourd'hui.",
    ),
    "institution.domci_no": M(
        "Not a designated Ontario micro-credential institution (DOMCI) in good standing today.",
        "Pas un établissement désigné de microcertifications de l'Ontario (DOMCI) en règle aujourd'hui.",
    ),
    "institution.designation": M("Ministry designation", "Désignation du ministère"),
    "institution.designation_value": M("{status} since {start}", "{status} depuis le {start}"),
    "institution.designation_until": M("{status}, {start} to {end}", "{status}, du {start} au {end}"),
    "institution.eqaa": M("External quality assurance agency", "Organisme externe d'assurance de la qualité"),
    "institution.endorsements": M(
        "Endorsements of its quality process", "Approbations de son processus qualité"
    ),
    "institution.no_endorsements": M(
        "No agency decision is recorded.", "Aucune décision d'organisme n'est enregistrée."
    ),
    "institution.decided": M("Decided", "Décision du"),
    "institution.outcome": M("Outcome", "Résultat"),
    "institution.term": M("Term", "Période"),
    "institution.term_value": M("{start} to {end}", "du {start} au {end}"),
    "institution.in_force": M("In force", "En vigueur"),
    "institution.superseded": M("Superseded", "Remplacée"),
    "institution.ledger_down": M(
        "The quality ledger cannot be reached right now; the standing is not shown. Try again later.",
        "Le registre de la qualité est injoignable pour le moment; le statut n'est pas affiché. "
        "Réessayez plus tard.",
    ),
    "institution.omcs": M("Published micro-credentials", "Microcertifications publiées"),
    "institution.no_omcs": M("None published yet.", "Aucune publiée pour l'instant."),
    "institution.all_omcs": M("All of them in the catalogue", "Toutes dans le catalogue"),
    "outcome.endorsed": M("Endorsed", "Approuvé"),
    "outcome.endorsed_with_conditions": M("Endorsed with conditions", "Approuvé avec conditions"),
    "outcome.deferred": M("Deferred", "Reporté"),
    "outcome.not_endorsed": M("Not endorsed", "Non approuvé"),
    "designation.designated": M("Designated", "Désigné"),
    "designation.refused": M("Refused", "Refusé"),
    "designation.suspended": M("Suspended", "Suspendu"),
    "designation.revoked": M("Revoked", "Révoqué"),
    "designation.lapsed": M("Lapsed", "Échu"),
    # Errors
    "error.not_found": M("Not found", "Introuvable"),
    "error.not_found_omc": M(
        "There is no published micro-credential at this address.",
        "Aucune microcertification publiée à cette adresse.",
    ),
    "error.not_found_institution": M(
        "There is no organisation at this address.", "Aucune organisation à cette adresse."
    ),
    "error.bad_search": M(
        "The search could not be run: {detail}", "La recherche n'a pas pu être faite : {detail}"
    ),
}
