from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.service_description_document_paths_additional_property import ServiceDescriptionDocumentPathsAdditionalProperty





T = TypeVar("T", bound="ServiceDescriptionDocumentPaths")



@_attrs_define
class ServiceDescriptionDocumentPaths:
    """ The OB 3.0 operations this service serves.

     """

    additional_properties: dict[str, ServiceDescriptionDocumentPathsAdditionalProperty] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.service_description_document_paths_additional_property import ServiceDescriptionDocumentPathsAdditionalProperty # noqa: PLC0415
        
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()


        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.service_description_document_paths_additional_property import ServiceDescriptionDocumentPathsAdditionalProperty # noqa: PLC0415
        d = dict(src_dict)
        service_description_document_paths = cls(
        )


        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = ServiceDescriptionDocumentPathsAdditionalProperty.from_dict(prop_dict)



            additional_properties[prop_name] = additional_property

        service_description_document_paths.additional_properties = additional_properties
        return service_description_document_paths

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> ServiceDescriptionDocumentPathsAdditionalProperty:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: ServiceDescriptionDocumentPathsAdditionalProperty) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
