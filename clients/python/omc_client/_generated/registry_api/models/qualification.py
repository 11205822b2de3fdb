from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="Qualification")



@_attrs_define
class Qualification:
    """ 
        Attributes:
            abbreviation_en (str):
            abbreviation_fr (str):
            code (str):
            name_en (str):
            name_fr (str):
            oqf_level (int):
     """

    abbreviation_en: str
    abbreviation_fr: str
    code: str
    name_en: str
    name_fr: str
    oqf_level: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        abbreviation_en = self.abbreviation_en

        abbreviation_fr = self.abbreviation_fr

        code = self.code

        name_en = self.name_en

        name_fr = self.name_fr

        oqf_level = self.oqf_level


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "abbreviation_en": abbreviation_en,
            "abbreviation_fr": abbreviation_fr,
            "code": code,
            "name_en": name_en,
            "name_fr": name_fr,
            "oqf_level": oqf_level,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        abbreviation_en = d.pop("abbreviation_en")

        abbreviation_fr = d.pop("abbreviation_fr")

        code = d.pop("code")

        name_en = d.pop("name_en")

        name_fr = d.pop("name_fr")

        oqf_level = d.pop("oqf_level")

        qualification = cls(
            abbreviation_en=abbreviation_en,
            abbreviation_fr=abbreviation_fr,
            code=code,
            name_en=name_en,
            name_fr=name_fr,
            oqf_level=oqf_level,
        )


        qualification.additional_properties = d
        return qualification

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
