"""A catalogue item as Credential Transparency Description Language (CTDL) JSON-LD:
`ceterms:MicroCredential` with its organisations, conditions (prerequisites, competencies) and
transfer values (OMC+), so credential registries and linked-data harvesters can read it as is.
The context is referenced by URL and never fetched here."""

from __future__ import annotations

from typing import Any

from shared.schemas.catalogue import CatalogueItem, CataloguePartner
from shared.schemas.micro_credentials import DeliveryMode, LocalizedText, PartnerRole

CTDL_CONTEXT = "https://credreg.net/ctdl/schema/context/json"
NOC_FRAMEWORK = "https://noc.esdc.gc.ca/"
CIP_FRAMEWORK = "https://www.statcan.gc.ca/en/subjects/standard/cip/2021/index"
_DELIVERY = {
    DeliveryMode.ONLINE_SYNCHRONOUS: "deliveryType:OnlineOnly",
    DeliveryMode.ONLINE_ASYNCHRONOUS: "deliveryType:OnlineOnly",
    DeliveryMode.IN_PERSON: "deliveryType:InPerson",
    DeliveryMode.HYBRID: "deliveryType:BlendedDelivery",
}


def _language_map(text: LocalizedText | None) -> dict[str, str] | None:
    if text is None:
        return None
    return {language: value for language, value in (("en", text.en), ("fr", text.fr)) if value}


def _alignment(**fields: Any) -> dict[str, Any]:
    return {
        "@type": "ceterms:CredentialAlignmentObject",
        **{f"ceterms:{k}": v for k, v in fields.items() if v},
    }


def _organisation(*, ctid: str | None, name_en: str | None, name_fr: str | None) -> dict[str, Any]:
    names = {language: name for language, name in (("en", name_en), ("fr", name_fr)) if name}
    return {"@type": "ceterms:CredentialOrganization", "ceterms:ctid": ctid, "ceterms:name": names}


def _partner(partner: CataloguePartner) -> dict[str, Any]:
    node = _organisation(ctid=partner.ctid, name_en=partner.name_en, name_fr=partner.name_fr)
    node["ceterms:agentType"] = [_alignment(targetNodeName={"en": partner.provider_type or partner.kind})]
    node["ceterms:identifier"] = [
        {
            "@type": "ceterms:IdentifierValue",
            "ceterms:identifierTypeName": {"en": "OMC registry organisation id"},
            "ceterms:identifierValueCode": str(partner.id),
        }
    ]
    return {key: value for key, value in node.items() if value is not None}


def to_ctdl(item: CatalogueItem, *, item_url: str) -> dict[str, Any]:
    """The item as a `ceterms:MicroCredential`. The owning institution owns and offers it; a
    co-awarding partner co-owns and offers it (`ownedBy`: "enforceable claim or legal title to the
    resource"), a partner that delivers it only offers it (`offeredBy`: "agent that offers the
    resource")."""
    metadata = item.metadata
    provider = _organisation(
        ctid=item.provider.ctid, name_en=item.provider.name_en, name_fr=item.provider.name_fr
    )
    co_owners = [_partner(p) for p in item.partners if p.role is PartnerRole.CO_AWARDING]
    co_offerers = [_partner(p) for p in item.partners]
    document: dict[str, Any] = {
        "@context": CTDL_CONTEXT,
        "@id": item_url,
        "@type": "ceterms:MicroCredential",
        "ceterms:ctid": f"ce-{item.id}",
        "ceterms:name": _language_map(item.title),
        "ceterms:description": _language_map(metadata.description),
        "ceterms:subjectWebpage": str(metadata.url) if metadata.url else item_url,
        "ceterms:ownedBy": [provider, *co_owners],
        "ceterms:offeredBy": [provider, *co_offerers],
        "ceterms:credentialStatusType": _alignment(targetNode="credentialStat:Active"),
        "ceterms:inLanguage": list(metadata.languages_of_instruction) or None,
        "ceterms:codedNotation": item.course_code,
    }
    if item.qualification is not None:
        document["ceterms:alternateName"] = {
            "en": item.qualification.abbreviation_en,
            "fr": item.qualification.abbreviation_fr,
        }
        document["ceterms:keyword"] = {"en": [f"OQF level {item.qualification.oqf_level}"]}
    if item.omc_mark:
        document["ceterms:approvedBy"] = [provider]
    if metadata.instructional_hours is not None:
        document["ceterms:estimatedDuration"] = [
            {
                "@type": "ceterms:DurationProfile",
                "ceterms:exactDuration": f"PT{metadata.instructional_hours.normalize():f}H",
            }
        ]
    if metadata.delivery_modes:
        targets = sorted({_DELIVERY[mode] for mode in metadata.delivery_modes})
        document["ceterms:learningDeliveryType"] = [_alignment(targetNode=target) for target in targets]
    if metadata.noc_codes:
        document["ceterms:occupationType"] = [
            _alignment(framework=NOC_FRAMEWORK, frameworkName={"en": "NOC 2021"}, codedNotation=code)
            for code in metadata.noc_codes
        ]
    if metadata.cip_codes:
        document["ceterms:instructionalProgramType"] = [
            _alignment(framework=CIP_FRAMEWORK, frameworkName={"en": "CIP Canada 2021"}, codedNotation=code)
            for code in metadata.cip_codes
        ]
    if metadata.price is not None:
        document["ceterms:estimatedCost"] = [
            {
                "@type": "ceterms:CostProfile",
                "ceterms:price": str(metadata.price.amount),
                "ceterms:currency": metadata.price.currency,
            }
        ]
    document["ceterms:requires"] = _conditions(item)
    if item.credit_transfers:
        document["ceterms:isAdvancedStandingFor"] = [
            {
                "@type": "ceterms:ConditionProfile",
                "ceterms:description": {
                    "en": f"{transfer.credits.normalize():f} credits toward {transfer.program} at "
                    f"{transfer.receiving_institution_name or transfer.receiving_institution_id} "
                    f"({transfer.basis.value}, from {transfer.valid_from}"
                    + (f" until {transfer.valid_until})" if transfer.valid_until else ")")
                },
                "ceterms:creditValue": [
                    {
                        "@type": "ceterms:ValueProfile",
                        "schema:value": float(transfer.credits),
                        "ceterms:creditUnitType": [_alignment(targetNode="creditUnit:DegreeCredit")],
                    }
                ],
            }
            for transfer in item.credit_transfers
        ]
    return {key: value for key, value in document.items() if value is not None}


def _conditions(item: CatalogueItem) -> list[dict[str, Any]] | None:
    metadata = item.metadata
    condition: dict[str, Any] = {"@type": "ceterms:ConditionProfile"}
    if metadata.prerequisites:
        condition["ceterms:description"] = {"en": metadata.prerequisites}
    competencies = [
        _alignment(
            targetNodeName=_language_map(outcome.statement),
            targetNode=str(outcome.competencies[0].uri)
            if outcome.competencies and outcome.competencies[0].uri
            else None,
        )
        for outcome in metadata.learning_outcomes
    ]
    if competencies:
        condition["ceterms:targetCompetency"] = competencies
    if metadata.assessment is not None:
        condition["ceterms:assessmentDeliveryType"] = [
            _alignment(targetNodeName={"en": method.type.value}) for method in metadata.assessment.methods
        ]
    return [condition] if len(condition) > 1 else None
