from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="DerivedFacts")



@_attrs_define
class DerivedFacts:
    """ What the registry derives from the metadata; never written by clients.

        Attributes:
            hours_outside_guideline (bool):
            teer_categories (list[int]): TEER of each NOC code, in the same order.
            oqf_level (int | None | Unset):
     """

    hours_outside_guideline: bool
    teer_categories: list[int]
    oqf_level: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        hours_outside_guideline = self.hours_outside_guideline

        teer_categories = self.teer_categories



        oqf_level: int | None | Unset
        if isinstance(self.oqf_level, Unset):
            oqf_level = UNSET
        else:
            oqf_level = self.oqf_level


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "hours_outside_guideline": hours_outside_guideline,
            "teer_categories": teer_categories,
        })
        if oqf_level is not UNSET:
            field_dict["oqf_level"] = oqf_level

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        hours_outside_guideline = d.pop("hours_outside_guideline")

        teer_categories = cast(list[int], d.pop("teer_categories"))


        def _parse_oqf_level(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        oqf_level = _parse_oqf_level(d.pop("oqf_level", UNSET))


        derived_facts = cls(
            hours_outside_guideline=hours_outside_guideline,
            teer_categories=teer_categories,
            oqf_level=oqf_level,
        )


        derived_facts.additional_properties = d
        return derived_facts

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
