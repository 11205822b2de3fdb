from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.readiness_dependencies import ReadinessDependencies





T = TypeVar("T", bound="Readiness")



@_attrs_define
class Readiness:
    """ 
        Attributes:
            dependencies (ReadinessDependencies): Each dependency (`database`, and the services it calls) as `up`, `down` or
                `not-migrated`.
            service (str):
            status (str): `ready`, or `degraded` when a service it calls is down.
     """

    dependencies: ReadinessDependencies
    service: str
    status: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.readiness_dependencies import ReadinessDependencies # noqa: PLC0415
        dependencies = self.dependencies.to_dict()

        service = self.service

        status = self.status


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "dependencies": dependencies,
            "service": service,
            "status": status,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.readiness_dependencies import ReadinessDependencies # noqa: PLC0415
        d = dict(src_dict)
        dependencies = ReadinessDependencies.from_dict(d.pop("dependencies"))




        service = d.pop("service")

        status = d.pop("status")

        readiness = cls(
            dependencies=dependencies,
            service=service,
            status=status,
        )


        readiness.additional_properties = d
        return readiness

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
