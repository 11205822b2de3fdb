from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="OqfLevel")



@_attrs_define
class OqfLevel:
    """ 
        Attributes:
            level (int): Level (column) on the Ontario Qualifications Framework.
            name_en (str):
            name_fr (str):
            typical_duration_en (None | str | Unset):
     """

    level: int
    name_en: str
    name_fr: str
    typical_duration_en: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        level = self.level

        name_en = self.name_en

        name_fr = self.name_fr

        typical_duration_en: None | str | Unset
        if isinstance(self.typical_duration_en, Unset):
            typical_duration_en = UNSET
        else:
            typical_duration_en = self.typical_duration_en


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "level": level,
            "name_en": name_en,
            "name_fr": name_fr,
        })
        if typical_duration_en is not UNSET:
            field_dict["typical_duration_en"] = typical_duration_en

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        level = d.pop("level")

        name_en = d.pop("name_en")

        name_fr = d.pop("name_fr")

        def _parse_typical_duration_en(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        typical_duration_en = _parse_typical_duration_en(d.pop("typical_duration_en", UNSET))


        oqf_level = cls(
            level=level,
            name_en=name_en,
            name_fr=name_fr,
            typical_duration_en=typical_duration_en,
        )


        oqf_level.additional_properties = d
        return oqf_level

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
