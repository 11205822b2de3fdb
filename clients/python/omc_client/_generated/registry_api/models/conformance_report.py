from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID

if TYPE_CHECKING:
  from ..models.profile_result import ProfileResult





T = TypeVar("T", bound="ConformanceReport")



@_attrs_define
class ConformanceReport:
    """ 
        Attributes:
            micro_credential_id (UUID):
            profiles (list[ProfileResult]):
            version (int):
     """

    micro_credential_id: UUID
    profiles: list[ProfileResult]
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.profile_result import ProfileResult # noqa: PLC0415
        micro_credential_id = str(self.micro_credential_id)

        profiles = []
        for profiles_item_data in self.profiles:
            profiles_item = profiles_item_data.to_dict()
            profiles.append(profiles_item)



        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "micro_credential_id": micro_credential_id,
            "profiles": profiles,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.profile_result import ProfileResult # noqa: PLC0415
        d = dict(src_dict)
        micro_credential_id = UUID(d.pop("micro_credential_id"))




        profiles = []
        _profiles = d.pop("profiles")
        for profiles_item_data in (_profiles):
            profiles_item = ProfileResult.from_dict(profiles_item_data)



            profiles.append(profiles_item)


        version = d.pop("version")

        conformance_report = cls(
            micro_credential_id=micro_credential_id,
            profiles=profiles,
            version=version,
        )


        conformance_report.additional_properties = d
        return conformance_report

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
