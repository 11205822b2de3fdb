from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.organisation_kind import OrganisationKind
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime






T = TypeVar("T", bound="Organisation")



@_attrs_define
class Organisation:
    """ 
        Attributes:
            created_at (datetime.datetime):
            id (UUID):
            kind (OrganisationKind):
            name_en (None | str):
            name_fr (None | str):
            slug (str):
            updated_at (datetime.datetime):
            approved_qualification_types (list[str] | Unset): OMC types it has current government approval to award.
            city (None | str | Unset):
            country (None | str | Unset):
            ctid (None | str | Unset):
            eqaa_slug (None | str | Unset): The EQAA assigned to its provider type, if any.
            provider_type (None | str | Unset):
            province (None | str | Unset):
            website (None | str | Unset):
     """

    created_at: datetime.datetime
    id: UUID
    kind: OrganisationKind
    name_en: None | str
    name_fr: None | str
    slug: str
    updated_at: datetime.datetime
    approved_qualification_types: list[str] | Unset = UNSET
    city: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    ctid: None | str | Unset = UNSET
    eqaa_slug: None | str | Unset = UNSET
    provider_type: None | str | Unset = UNSET
    province: None | str | Unset = UNSET
    website: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        id = str(self.id)

        kind = self.kind.value

        name_en: None | str
        name_en = self.name_en

        name_fr: None | str
        name_fr = self.name_fr

        slug = self.slug

        updated_at = self.updated_at.isoformat()

        approved_qualification_types: list[str] | Unset = UNSET
        if not isinstance(self.approved_qualification_types, Unset):
            approved_qualification_types = self.approved_qualification_types



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

        ctid: None | str | Unset
        if isinstance(self.ctid, Unset):
            ctid = UNSET
        else:
            ctid = self.ctid

        eqaa_slug: None | str | Unset
        if isinstance(self.eqaa_slug, Unset):
            eqaa_slug = UNSET
        else:
            eqaa_slug = self.eqaa_slug

        provider_type: None | str | Unset
        if isinstance(self.provider_type, Unset):
            provider_type = UNSET
        else:
            provider_type = self.provider_type

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
        field_dict.update(self.additional_properties)
        field_dict.update({
            "created_at": created_at,
            "id": id,
            "kind": kind,
            "name_en": name_en,
            "name_fr": name_fr,
            "slug": slug,
            "updated_at": updated_at,
        })
        if approved_qualification_types is not UNSET:
            field_dict["approved_qualification_types"] = approved_qualification_types
        if city is not UNSET:
            field_dict["city"] = city
        if country is not UNSET:
            field_dict["country"] = country
        if ctid is not UNSET:
            field_dict["ctid"] = ctid
        if eqaa_slug is not UNSET:
            field_dict["eqaa_slug"] = eqaa_slug
        if provider_type is not UNSET:
            field_dict["provider_type"] = provider_type
        if province is not UNSET:
            field_dict["province"] = province
        if website is not UNSET:
            field_dict["website"] = website

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        id = UUID(d.pop("id"))




        kind = OrganisationKind(d.pop("kind"))




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


        slug = d.pop("slug")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        approved_qualification_types = cast(list[str], d.pop("approved_qualification_types", UNSET))


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


        def _parse_ctid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ctid = _parse_ctid(d.pop("ctid", UNSET))


        def _parse_eqaa_slug(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        eqaa_slug = _parse_eqaa_slug(d.pop("eqaa_slug", UNSET))


        def _parse_provider_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        provider_type = _parse_provider_type(d.pop("provider_type", UNSET))


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


        organisation = cls(
            created_at=created_at,
            id=id,
            kind=kind,
            name_en=name_en,
            name_fr=name_fr,
            slug=slug,
            updated_at=updated_at,
            approved_qualification_types=approved_qualification_types,
            city=city,
            country=country,
            ctid=ctid,
            eqaa_slug=eqaa_slug,
            provider_type=provider_type,
            province=province,
            website=website,
        )


        organisation.additional_properties = d
        return organisation

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
