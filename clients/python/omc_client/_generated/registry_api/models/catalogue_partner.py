from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.partner_role import PartnerRole
from typing import cast
from uuid import UUID






T = TypeVar("T", bound="CataloguePartner")



@_attrs_define
class CataloguePartner:
    """ A partner organisation of the micro-credential (`metadata.partners`), named.

        Attributes:
            ctid (None | str):
            id (UUID):
            kind (str): Organisation kind: `alternate_provider` for every partner today.
            name_en (None | str):
            name_fr (None | str):
            provider_type (None | str): Provider type code, e.g. `employer`.
            role (PartnerRole):
            slug (str):
     """

    ctid: None | str
    id: UUID
    kind: str
    name_en: None | str
    name_fr: None | str
    provider_type: None | str
    role: PartnerRole
    slug: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        ctid: None | str
        ctid = self.ctid

        id = str(self.id)

        kind = self.kind

        name_en: None | str
        name_en = self.name_en

        name_fr: None | str
        name_fr = self.name_fr

        provider_type: None | str
        provider_type = self.provider_type

        role = self.role.value

        slug = self.slug


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "ctid": ctid,
            "id": id,
            "kind": kind,
            "name_en": name_en,
            "name_fr": name_fr,
            "provider_type": provider_type,
            "role": role,
            "slug": slug,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_ctid(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        ctid = _parse_ctid(d.pop("ctid"))


        id = UUID(d.pop("id"))




        kind = d.pop("kind")

        def _parse_name_en(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name_en = _parse_name_en(d.pop("name_en"))


        def _parse_name_fr(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name_fr = _parse_name_fr(d.pop("name_fr"))


        def _parse_provider_type(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        provider_type = _parse_provider_type(d.pop("provider_type"))


        role = PartnerRole(d.pop("role"))




        slug = d.pop("slug")

        catalogue_partner = cls(
            ctid=ctid,
            id=id,
            kind=kind,
            name_en=name_en,
            name_fr=name_fr,
            provider_type=provider_type,
            role=role,
            slug=slug,
        )


        catalogue_partner.additional_properties = d
        return catalogue_partner

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
