from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.profile import Profile
from typing import cast






T = TypeVar("T", bound="ProfileResult")



@_attrs_define
class ProfileResult:
    """ 
        Attributes:
            met (bool):
            missing (list[str]): Required elements this version lacks, by name.
            present (list[str]):
            profile (Profile):
            title (str):
     """

    met: bool
    missing: list[str]
    present: list[str]
    profile: Profile
    title: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        met = self.met

        missing = self.missing



        present = self.present



        profile = self.profile.value

        title = self.title


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "met": met,
            "missing": missing,
            "present": present,
            "profile": profile,
            "title": title,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        met = d.pop("met")

        missing = cast(list[str], d.pop("missing"))


        present = cast(list[str], d.pop("present"))


        profile = Profile(d.pop("profile"))




        title = d.pop("title")

        profile_result = cls(
            met=met,
            missing=missing,
            present=present,
            profile=profile,
            title=title,
        )


        profile_result.additional_properties = d
        return profile_result

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
