from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.profile import Profile
from typing import cast

if TYPE_CHECKING:
  from ..models.missing_element_count import MissingElementCount





T = TypeVar("T", bound="ProfileSummary")



@_attrs_define
class ProfileSummary:
    """ 
        Attributes:
            met (int):
            most_often_missing (list[MissingElementCount]):
            profile (Profile):
            title (str):
            total (int):
     """

    met: int
    most_often_missing: list[MissingElementCount]
    profile: Profile
    title: str
    total: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.missing_element_count import MissingElementCount # noqa: PLC0415
        met = self.met

        most_often_missing = []
        for most_often_missing_item_data in self.most_often_missing:
            most_often_missing_item = most_often_missing_item_data.to_dict()
            most_often_missing.append(most_often_missing_item)



        profile = self.profile.value

        title = self.title

        total = self.total


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "met": met,
            "most_often_missing": most_often_missing,
            "profile": profile,
            "title": title,
            "total": total,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.missing_element_count import MissingElementCount # noqa: PLC0415
        d = dict(src_dict)
        met = d.pop("met")

        most_often_missing = []
        _most_often_missing = d.pop("most_often_missing")
        for most_often_missing_item_data in (_most_often_missing):
            most_often_missing_item = MissingElementCount.from_dict(most_often_missing_item_data)



            most_often_missing.append(most_often_missing_item)


        profile = Profile(d.pop("profile"))




        title = d.pop("title")

        total = d.pop("total")

        profile_summary = cls(
            met=met,
            most_often_missing=most_often_missing,
            profile=profile,
            title=title,
            total=total,
        )


        profile_summary.additional_properties = d
        return profile_summary

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
