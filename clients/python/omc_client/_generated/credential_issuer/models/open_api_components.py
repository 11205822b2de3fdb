from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.open_api_components_schemas import OpenApiComponentsSchemas
  from ..models.open_api_security_schemes import OpenApiSecuritySchemes





T = TypeVar("T", bound="OpenApiComponents")



@_attrs_define
class OpenApiComponents:
    """ 
        Attributes:
            security_schemes (OpenApiSecuritySchemes):
            schemas (OpenApiComponentsSchemas | Unset):
     """

    security_schemes: OpenApiSecuritySchemes
    schemas: OpenApiComponentsSchemas | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.open_api_components_schemas import OpenApiComponentsSchemas # noqa: PLC0415
        from ..models.open_api_security_schemes import OpenApiSecuritySchemes # noqa: PLC0415
        security_schemes = self.security_schemes.to_dict()

        schemas: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schemas, Unset):
            schemas = self.schemas.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "securitySchemes": security_schemes,
        })
        if schemas is not UNSET:
            field_dict["schemas"] = schemas

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.open_api_components_schemas import OpenApiComponentsSchemas # noqa: PLC0415
        from ..models.open_api_security_schemes import OpenApiSecuritySchemes # noqa: PLC0415
        d = dict(src_dict)
        security_schemes = OpenApiSecuritySchemes.from_dict(d.pop("securitySchemes"))




        _schemas = d.pop("schemas", UNSET)
        schemas: OpenApiComponentsSchemas | Unset
        if isinstance(_schemas,  Unset):
            schemas = UNSET
        else:
            schemas = OpenApiComponentsSchemas.from_dict(_schemas)




        open_api_components = cls(
            security_schemes=security_schemes,
            schemas=schemas,
        )


        open_api_components.additional_properties = d
        return open_api_components

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
