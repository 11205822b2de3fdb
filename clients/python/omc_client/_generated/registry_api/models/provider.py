from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID






T = TypeVar("T", bound="Provider")



@_attrs_define
class Provider:
    """ 
        Attributes:
            ctid (None | str):
            eqaa_slug (None | str):
            id (UUID):
            in_good_standing (bool): A DOMCI in good standing today.
            name_en (None | str):
            name_fr (None | str):
            provider_type (None | str):
            slug (str):
     """

    ctid: None | str
    eqaa_slug: None | str
    id: UUID
    in_good_standing: bool
    name_en: None | str
    name_fr: None | str
    provider_type: None | str
    slug: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        ctid: None | str
        ctid = self.ctid

        eqaa_slug: None | str
        eqaa_slug = self.eqaa_slug

        id = str(self.id)

        in_good_standing = self.in_good_standing

        name_en: None | str
        name_en = self.name_en

        name_fr: None | str
        name_fr = self.name_fr

        provider_type: None | str
        provider_type = self.provider_type

        slug = self.slug


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "ctid": ctid,
            "eqaa_slug": eqaa_slug,
            "id": id,
            "in_good_standing": in_good_standing,
            "name_en": name_en,
            "name_fr": name_fr,
            "provider_type": provider_type,
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


        def _parse_eqaa_slug(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        eqaa_slug = _parse_eqaa_slug(d.pop("eqaa_slug"))


        id = UUID(d.pop("id"))




        in_good_standing = d.pop("in_good_standing")

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


        slug = d.pop("slug")

        provider = cls(
            ctid=ctid,
            eqaa_slug=eqaa_slug,
            id=id,
            in_good_standing=in_good_standing,
            name_en=name_en,
            name_fr=name_fr,
            provider_type=provider_type,
            slug=slug,
        )


        provider.additional_properties = d
        return provider

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
