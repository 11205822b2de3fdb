from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID

if TYPE_CHECKING:
  from ..models.profile_summary import ProfileSummary





T = TypeVar("T", bound="InstitutionConformance")



@_attrs_define
class InstitutionConformance:
    """ For a registrar: how the institution's current versions fare, and what to fix first.

        Attributes:
            micro_credentials (int):
            organisation_id (UUID):
            profiles (list[ProfileSummary]):
     """

    micro_credentials: int
    organisation_id: UUID
    profiles: list[ProfileSummary]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.profile_summary import ProfileSummary # noqa: PLC0415
        micro_credentials = self.micro_credentials

        organisation_id = str(self.organisation_id)

        profiles = []
        for profiles_item_data in self.profiles:
            profiles_item = profiles_item_data.to_dict()
            profiles.append(profiles_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "micro_credentials": micro_credentials,
            "organisation_id": organisation_id,
            "profiles": profiles,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.profile_summary import ProfileSummary # noqa: PLC0415
        d = dict(src_dict)
        micro_credentials = d.pop("micro_credentials")

        organisation_id = UUID(d.pop("organisation_id"))




        profiles = []
        _profiles = d.pop("profiles")
        for profiles_item_data in (_profiles):
            profiles_item = ProfileSummary.from_dict(profiles_item_data)



            profiles.append(profiles_item)


        institution_conformance = cls(
            micro_credentials=micro_credentials,
            organisation_id=organisation_id,
            profiles=profiles,
        )


        institution_conformance.additional_properties = d
        return institution_conformance

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
