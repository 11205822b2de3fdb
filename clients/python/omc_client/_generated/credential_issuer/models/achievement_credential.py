from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.achievement_credential_context_item_type_1 import AchievementCredentialContextItemType1
  from ..models.achievement_credential_credentialstatus import AchievementCredentialCredentialstatus
  from ..models.achievement_credential_credentialsubject import AchievementCredentialCredentialsubject
  from ..models.achievement_credential_issuer_type_0 import AchievementCredentialIssuerType0
  from ..models.achievement_credential_proof_type_0 import AchievementCredentialProofType0
  from ..models.achievement_credential_proof_type_1_item import AchievementCredentialProofType1Item





T = TypeVar("T", bound="AchievementCredential")



@_attrs_define
class AchievementCredential:
    """ An OpenBadgeCredential (OB 3.0 AchievementCredential) as JSON-LD with an embedded proof; the
    fields a reader needs are named, the rest of the Verifiable Credential is kept as sent.

        Attributes:
            context (list[AchievementCredentialContextItemType1 | str]):
            credential_subject (AchievementCredentialCredentialsubject):
            id (str): The credential's URI (`urn:uuid:…` for those issued here).
            issuer (AchievementCredentialIssuerType0 | str): The issuer's Profile (or its URI).
            type_ (list[str]): Holds `VerifiableCredential` and `OpenBadgeCredential` (or `AchievementCredential`).
            credential_status (AchievementCredentialCredentialstatus | Unset):
            name (str | Unset):
            proof (AchievementCredentialProofType0 | list[AchievementCredentialProofType1Item] | Unset):
            valid_from (str | Unset):
            valid_until (str | Unset):
     """

    context: list[AchievementCredentialContextItemType1 | str]
    credential_subject: AchievementCredentialCredentialsubject
    id: str
    issuer: AchievementCredentialIssuerType0 | str
    type_: list[str]
    credential_status: AchievementCredentialCredentialstatus | Unset = UNSET
    name: str | Unset = UNSET
    proof: AchievementCredentialProofType0 | list[AchievementCredentialProofType1Item] | Unset = UNSET
    valid_from: str | Unset = UNSET
    valid_until: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.achievement_credential_context_item_type_1 import AchievementCredentialContextItemType1 # noqa: PLC0415
        from ..models.achievement_credential_credentialstatus import AchievementCredentialCredentialstatus # noqa: PLC0415
        from ..models.achievement_credential_credentialsubject import AchievementCredentialCredentialsubject # noqa: PLC0415
        from ..models.achievement_credential_issuer_type_0 import AchievementCredentialIssuerType0 # noqa: PLC0415
        from ..models.achievement_credential_proof_type_0 import AchievementCredentialProofType0 # noqa: PLC0415
        from ..models.achievement_credential_proof_type_1_item import AchievementCredentialProofType1Item # noqa: PLC0415
        context = []
        for context_item_data in self.context:
            context_item: dict[str, Any] | str
            if isinstance(context_item_data, AchievementCredentialContextItemType1):
                context_item = context_item_data.to_dict()
            else:
                context_item = context_item_data
            context.append(context_item)



        credential_subject = self.credential_subject.to_dict()

        id = self.id

        issuer: dict[str, Any] | str
        if isinstance(self.issuer, AchievementCredentialIssuerType0):
            issuer = self.issuer.to_dict()
        else:
            issuer = self.issuer

        type_ = self.type_



        credential_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credential_status, Unset):
            credential_status = self.credential_status.to_dict()

        name = self.name

        proof: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.proof, Unset):
            proof = UNSET
        elif isinstance(self.proof, AchievementCredentialProofType0):
            proof = self.proof.to_dict()
        else:
            proof = []
            for proof_type_1_item_data in self.proof:
                proof_type_1_item = proof_type_1_item_data.to_dict()
                proof.append(proof_type_1_item)




        valid_from = self.valid_from

        valid_until = self.valid_until


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "@context": context,
            "credentialSubject": credential_subject,
            "id": id,
            "issuer": issuer,
            "type": type_,
        })
        if credential_status is not UNSET:
            field_dict["credentialStatus"] = credential_status
        if name is not UNSET:
            field_dict["name"] = name
        if proof is not UNSET:
            field_dict["proof"] = proof
        if valid_from is not UNSET:
            field_dict["validFrom"] = valid_from
        if valid_until is not UNSET:
            field_dict["validUntil"] = valid_until

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.achievement_credential_context_item_type_1 import AchievementCredentialContextItemType1 # noqa: PLC0415
        from ..models.achievement_credential_credentialstatus import AchievementCredentialCredentialstatus # noqa: PLC0415
        from ..models.achievement_credential_credentialsubject import AchievementCredentialCredentialsubject # noqa: PLC0415
        from ..models.achievement_credential_issuer_type_0 import AchievementCredentialIssuerType0 # noqa: PLC0415
        from ..models.achievement_credential_proof_type_0 import AchievementCredentialProofType0 # noqa: PLC0415
        from ..models.achievement_credential_proof_type_1_item import AchievementCredentialProofType1Item # noqa: PLC0415
        d = dict(src_dict)
        context = []
        _context = d.pop("@context")
        for context_item_data in (_context):
            def _parse_context_item(data: object) -> AchievementCredentialContextItemType1 | str:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    context_item_type_1 = AchievementCredentialContextItemType1.from_dict(data)



                    return context_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(AchievementCredentialContextItemType1 | str, data)

            context_item = _parse_context_item(context_item_data)

            context.append(context_item)


        credential_subject = AchievementCredentialCredentialsubject.from_dict(d.pop("credentialSubject"))




        id = d.pop("id")

        def _parse_issuer(data: object) -> AchievementCredentialIssuerType0 | str:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                issuer_type_0 = AchievementCredentialIssuerType0.from_dict(data)



                return issuer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AchievementCredentialIssuerType0 | str, data)

        issuer = _parse_issuer(d.pop("issuer"))


        type_ = cast(list[str], d.pop("type"))


        _credential_status = d.pop("credentialStatus", UNSET)
        credential_status: AchievementCredentialCredentialstatus | Unset
        if isinstance(_credential_status,  Unset):
            credential_status = UNSET
        else:
            credential_status = AchievementCredentialCredentialstatus.from_dict(_credential_status)




        name = d.pop("name", UNSET)

        def _parse_proof(data: object) -> AchievementCredentialProofType0 | list[AchievementCredentialProofType1Item] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                proof_type_0 = AchievementCredentialProofType0.from_dict(data)



                return proof_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            proof_type_1 = []
            _proof_type_1 = data
            for proof_type_1_item_data in (_proof_type_1):
                proof_type_1_item = AchievementCredentialProofType1Item.from_dict(proof_type_1_item_data)



                proof_type_1.append(proof_type_1_item)

            return proof_type_1

        proof = _parse_proof(d.pop("proof", UNSET))


        valid_from = d.pop("validFrom", UNSET)

        valid_until = d.pop("validUntil", UNSET)

        achievement_credential = cls(
            context=context,
            credential_subject=credential_subject,
            id=id,
            issuer=issuer,
            type_=type_,
            credential_status=credential_status,
            name=name,
            proof=proof,
            valid_from=valid_from,
            valid_until=valid_until,
        )


        achievement_credential.additional_properties = d
        return achievement_credential

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
