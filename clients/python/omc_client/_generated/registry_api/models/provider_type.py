from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.organisation_kind import OrganisationKind
from typing import cast






T = TypeVar("T", bound="ProviderType")



@_attrs_define
class ProviderType:
    """ A kind of provider, its EQAA and the OMC types it may award (framework Table 2).

        Attributes:
            code (str):
            eligible_qualification_types (list[str]): Codes of the OMC types it may award.
            eqaa_slug (None | str): Slug of the assigned EQAA; none: cannot become a DOMCI.
            name_en (str):
            name_fr (str):
            organisation_kind (OrganisationKind):
     """

    code: str
    eligible_qualification_types: list[str]
    eqaa_slug: None | str
    name_en: str
    name_fr: str
    organisation_kind: OrganisationKind
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        code = self.code

        eligible_qualification_types = self.eligible_qualification_types



        eqaa_slug: None | str
        eqaa_slug = self.eqaa_slug

        name_en = self.name_en

        name_fr = self.name_fr

        organisation_kind = self.organisation_kind.value


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "code": code,
            "eligible_qualification_types": eligible_qualification_types,
            "eqaa_slug": eqaa_slug,
            "name_en": name_en,
            "name_fr": name_fr,
            "organisation_kind": organisation_kind,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        eligible_qualification_types = cast(list[str], d.pop("eligible_qualification_types"))


        def _parse_eqaa_slug(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        eqaa_slug = _parse_eqaa_slug(d.pop("eqaa_slug"))


        name_en = d.pop("name_en")

        name_fr = d.pop("name_fr")

        organisation_kind = OrganisationKind(d.pop("organisation_kind"))




        provider_type = cls(
            code=code,
            eligible_qualification_types=eligible_qualification_types,
            eqaa_slug=eqaa_slug,
            name_en=name_en,
            name_fr=name_fr,
            organisation_kind=organisation_kind,
        )


        provider_type.additional_properties = d
        return provider_type

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
