from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
  from ..models.catalogue_partner import CataloguePartner
  from ..models.credit_transfer import CreditTransfer
  from ..models.localized_text import LocalizedText
  from ..models.micro_credential_metadata import MicroCredentialMetadata
  from ..models.provider import Provider
  from ..models.qualification import Qualification





T = TypeVar("T", bound="CatalogueItem")



@_attrs_define
class CatalogueItem:
    """ The published version of one micro-credential, as every portal sees it.

        Attributes:
            approval_reference (None | str):
            course_code (str):
            credit_transfers (list[CreditTransfer]):
            has_current_offering (bool): An offering that has not ended yet.
            hours_outside_guideline (bool):
            id (UUID):
            metadata (MicroCredentialMetadata): What an institution says about one version of a micro-credential.
            omc_mark (bool): Ontario Micro-Credential: approved through the IQAP of a DOMCI in good standing. Listings
                outside the IQAP never carry it.
            omc_plus (bool): At least one current credit-transfer agreement or precedent.
            profiles_met (list[str]): Conformance profiles whose required elements are all present.
            provider (Provider):
            published_at (datetime.datetime | None):
            qualification (None | Qualification):
            teer_categories (list[int]):
            title (LocalizedText): Text in English and/or French: either may be absent, not both.
            updated_at (datetime.datetime):
            version (int):
            partners (list[CataloguePartner] | Unset): The partners of `metadata.partners`, with their names.
     """

    approval_reference: None | str
    course_code: str
    credit_transfers: list[CreditTransfer]
    has_current_offering: bool
    hours_outside_guideline: bool
    id: UUID
    metadata: MicroCredentialMetadata
    omc_mark: bool
    omc_plus: bool
    profiles_met: list[str]
    provider: Provider
    published_at: datetime.datetime | None
    qualification: None | Qualification
    teer_categories: list[int]
    title: LocalizedText
    updated_at: datetime.datetime
    version: int
    partners: list[CataloguePartner] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.catalogue_partner import CataloguePartner # noqa: PLC0415
        from ..models.credit_transfer import CreditTransfer # noqa: PLC0415
        from ..models.localized_text import LocalizedText # noqa: PLC0415
        from ..models.micro_credential_metadata import MicroCredentialMetadata # noqa: PLC0415
        from ..models.provider import Provider # noqa: PLC0415
        from ..models.qualification import Qualification # noqa: PLC0415
        approval_reference: None | str
        approval_reference = self.approval_reference

        course_code = self.course_code

        credit_transfers = []
        for credit_transfers_item_data in self.credit_transfers:
            credit_transfers_item = credit_transfers_item_data.to_dict()
            credit_transfers.append(credit_transfers_item)



        has_current_offering = self.has_current_offering

        hours_outside_guideline = self.hours_outside_guideline

        id = str(self.id)

        metadata = self.metadata.to_dict()

        omc_mark = self.omc_mark

        omc_plus = self.omc_plus

        profiles_met = self.profiles_met



        provider = self.provider.to_dict()

        published_at: None | str
        if isinstance(self.published_at, datetime.datetime):
            published_at = self.published_at.isoformat()
        else:
            published_at = self.published_at

        qualification: dict[str, Any] | None
        if isinstance(self.qualification, Qualification):
            qualification = self.qualification.to_dict()
        else:
            qualification = self.qualification

        teer_categories = self.teer_categories



        title = self.title.to_dict()

        updated_at = self.updated_at.isoformat()

        version = self.version

        partners: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.partners, Unset):
            partners = []
            for partners_item_data in self.partners:
                partners_item = partners_item_data.to_dict()
                partners.append(partners_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "approval_reference": approval_reference,
            "course_code": course_code,
            "credit_transfers": credit_transfers,
            "has_current_offering": has_current_offering,
            "hours_outside_guideline": hours_outside_guideline,
            "id": id,
            "metadata": metadata,
            "omc_mark": omc_mark,
            "omc_plus": omc_plus,
            "profiles_met": profiles_met,
            "provider": provider,
            "published_at": published_at,
            "qualification": qualification,
            "teer_categories": teer_categories,
            "title": title,
            "updated_at": updated_at,
            "version": version,
        })
        if partners is not UNSET:
            field_dict["partners"] = partners

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.catalogue_partner import CataloguePartner # noqa: PLC0415
        from ..models.credit_transfer import CreditTransfer # noqa: PLC0415
        from ..models.localized_text import LocalizedText # noqa: PLC0415
        from ..models.micro_credential_metadata import MicroCredentialMetadata # noqa: PLC0415
        from ..models.provider import Provider # noqa: PLC0415
        from ..models.qualification import Qualification # noqa: PLC0415
        d = dict(src_dict)
        def _parse_approval_reference(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        approval_reference = _parse_approval_reference(d.pop("approval_reference"))


        course_code = d.pop("course_code")

        credit_transfers = []
        _credit_transfers = d.pop("credit_transfers")
        for credit_transfers_item_data in (_credit_transfers):
            credit_transfers_item = CreditTransfer.from_dict(credit_transfers_item_data)



            credit_transfers.append(credit_transfers_item)


        has_current_offering = d.pop("has_current_offering")

        hours_outside_guideline = d.pop("hours_outside_guideline")

        id = UUID(d.pop("id"))




        metadata = MicroCredentialMetadata.from_dict(d.pop("metadata"))




        omc_mark = d.pop("omc_mark")

        omc_plus = d.pop("omc_plus")

        profiles_met = cast(list[str], d.pop("profiles_met"))


        provider = Provider.from_dict(d.pop("provider"))




        def _parse_published_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_at_type_0 = datetime.datetime.fromisoformat(data)



                return published_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        published_at = _parse_published_at(d.pop("published_at"))


        def _parse_qualification(data: object) -> None | Qualification:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                qualification_type_0 = Qualification.from_dict(data)



                return qualification_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Qualification, data)

        qualification = _parse_qualification(d.pop("qualification"))


        teer_categories = cast(list[int], d.pop("teer_categories"))


        title = LocalizedText.from_dict(d.pop("title"))




        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        version = d.pop("version")

        _partners = d.pop("partners", UNSET)
        partners: list[CataloguePartner] | Unset = UNSET
        if _partners is not UNSET:
            partners = []
            for partners_item_data in _partners:
                partners_item = CataloguePartner.from_dict(partners_item_data)



                partners.append(partners_item)


        catalogue_item = cls(
            approval_reference=approval_reference,
            course_code=course_code,
            credit_transfers=credit_transfers,
            has_current_offering=has_current_offering,
            hours_outside_guideline=hours_outside_guideline,
            id=id,
            metadata=metadata,
            omc_mark=omc_mark,
            omc_plus=omc_plus,
            profiles_met=profiles_met,
            provider=provider,
            published_at=published_at,
            qualification=qualification,
            teer_categories=teer_categories,
            title=title,
            updated_at=updated_at,
            version=version,
            partners=partners,
        )


        catalogue_item.additional_properties = d
        return catalogue_item

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
