from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="OrganisationDetails")



@_attrs_define
class OrganisationDetails:
    """ Fields an organisation's own registrar may correct (PATCH).

        Attributes:
            city (None | str | Unset):
            country (None | str | Unset): ISO 3166-1 alpha-2, e.g. `CA`.
            name_en (None | str | Unset): Official name in English.
            name_fr (None | str | Unset): Official name in French.
            province (None | str | Unset): Two-letter province or territory code, e.g. `ON`.
            website (None | str | Unset):
     """

    city: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    name_en: None | str | Unset = UNSET
    name_fr: None | str | Unset = UNSET
    province: None | str | Unset = UNSET
    website: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        name_en: None | str | Unset
        if isinstance(self.name_en, Unset):
            name_en = UNSET
        else:
            name_en = self.name_en

        name_fr: None | str | Unset
        if isinstance(self.name_fr, Unset):
            name_fr = UNSET
        else:
            name_fr = self.name_fr

        province: None | str | Unset
        if isinstance(self.province, Unset):
            province = UNSET
        else:
            province = self.province

        website: None | str | Unset
        if isinstance(self.website, Unset):
            website = UNSET
        else:
            website = self.website


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if city is not UNSET:
            field_dict["city"] = city
        if country is not UNSET:
            field_dict["country"] = country
        if name_en is not UNSET:
            field_dict["name_en"] = name_en
        if name_fr is not UNSET:
            field_dict["name_fr"] = name_fr
        if province is not UNSET:
            field_dict["province"] = province
        if website is not UNSET:
            field_dict["website"] = website

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_city(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        city = _parse_city(d.pop("city", UNSET))


        def _parse_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country = _parse_country(d.pop("country", UNSET))


        def _parse_name_en(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name_en = _parse_name_en(d.pop("name_en", UNSET))


        def _parse_name_fr(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name_fr = _parse_name_fr(d.pop("name_fr", UNSET))


        def _parse_province(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        province = _parse_province(d.pop("province", UNSET))


        def _parse_website(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        website = _parse_website(d.pop("website", UNSET))


        organisation_details = cls(
            city=city,
            country=country,
            name_en=name_en,
            name_fr=name_fr,
            province=province,
            website=website,
        )

        return organisation_details

