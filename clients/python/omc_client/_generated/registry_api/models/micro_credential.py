from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID

if TYPE_CHECKING:
  from ..models.micro_credential_version import MicroCredentialVersion





T = TypeVar("T", bound="MicroCredential")



@_attrs_define
class MicroCredential:
    """ The owner's view: identity and every version (superseded ones included).

        Attributes:
            course_code (str):
            id (UUID):
            organisation_id (UUID):
            published_version (int | None):
            versions (list[MicroCredentialVersion]):
     """

    course_code: str
    id: UUID
    organisation_id: UUID
    published_version: int | None
    versions: list[MicroCredentialVersion]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.micro_credential_version import MicroCredentialVersion # noqa: PLC0415
        course_code = self.course_code

        id = str(self.id)

        organisation_id = str(self.organisation_id)

        published_version: int | None
        published_version = self.published_version

        versions = []
        for versions_item_data in self.versions:
            versions_item = versions_item_data.to_dict()
            versions.append(versions_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "course_code": course_code,
            "id": id,
            "organisation_id": organisation_id,
            "published_version": published_version,
            "versions": versions,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.micro_credential_version import MicroCredentialVersion # noqa: PLC0415
        d = dict(src_dict)
        course_code = d.pop("course_code")

        id = UUID(d.pop("id"))




        organisation_id = UUID(d.pop("organisation_id"))




        def _parse_published_version(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        published_version = _parse_published_version(d.pop("published_version"))


        versions = []
        _versions = d.pop("versions")
        for versions_item_data in (_versions):
            versions_item = MicroCredentialVersion.from_dict(versions_item_data)



            versions.append(versions_item)


        micro_credential = cls(
            course_code=course_code,
            id=id,
            organisation_id=organisation_id,
            published_version=published_version,
            versions=versions,
        )


        micro_credential.additional_properties = d
        return micro_credential

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
