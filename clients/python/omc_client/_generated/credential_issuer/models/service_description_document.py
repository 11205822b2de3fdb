from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.open_api_components import OpenApiComponents
  from ..models.open_api_info import OpenApiInfo
  from ..models.service_description_document_paths import ServiceDescriptionDocumentPaths
  from ..models.service_description_document_servers_item import ServiceDescriptionDocumentServersItem
  from ..models.service_description_document_tags_item import ServiceDescriptionDocumentTagsItem





T = TypeVar("T", bound="ServiceDescriptionDocument")



@_attrs_define
class ServiceDescriptionDocument:
    """ The Open Badges 3.0 Service Description Document: an OpenAPI 3.0 document naming the
    registration, authorization, token and refresh URLs and the scopes (`components.securitySchemes.
    OAuth2ACG`), and the terms of service and privacy policy (`info`).

        Attributes:
            components (OpenApiComponents):
            info (OpenApiInfo):
            openapi (str):
            paths (ServiceDescriptionDocumentPaths): The OB 3.0 operations this service serves.
            servers (list[ServiceDescriptionDocumentServersItem]):
            tags (list[ServiceDescriptionDocumentTagsItem] | Unset):
     """

    components: OpenApiComponents
    info: OpenApiInfo
    openapi: str
    paths: ServiceDescriptionDocumentPaths
    servers: list[ServiceDescriptionDocumentServersItem]
    tags: list[ServiceDescriptionDocumentTagsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.open_api_components import OpenApiComponents # noqa: PLC0415
        from ..models.open_api_info import OpenApiInfo # noqa: PLC0415
        from ..models.service_description_document_paths import ServiceDescriptionDocumentPaths # noqa: PLC0415
        from ..models.service_description_document_servers_item import ServiceDescriptionDocumentServersItem # noqa: PLC0415
        from ..models.service_description_document_tags_item import ServiceDescriptionDocumentTagsItem # noqa: PLC0415
        components = self.components.to_dict()

        info = self.info.to_dict()

        openapi = self.openapi

        paths = self.paths.to_dict()

        servers = []
        for servers_item_data in self.servers:
            servers_item = servers_item_data.to_dict()
            servers.append(servers_item)



        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item = tags_item_data.to_dict()
                tags.append(tags_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "components": components,
            "info": info,
            "openapi": openapi,
            "paths": paths,
            "servers": servers,
        })
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.open_api_components import OpenApiComponents # noqa: PLC0415
        from ..models.open_api_info import OpenApiInfo # noqa: PLC0415
        from ..models.service_description_document_paths import ServiceDescriptionDocumentPaths # noqa: PLC0415
        from ..models.service_description_document_servers_item import ServiceDescriptionDocumentServersItem # noqa: PLC0415
        from ..models.service_description_document_tags_item import ServiceDescriptionDocumentTagsItem # noqa: PLC0415
        d = dict(src_dict)
        components = OpenApiComponents.from_dict(d.pop("components"))




        info = OpenApiInfo.from_dict(d.pop("info"))




        openapi = d.pop("openapi")

        paths = ServiceDescriptionDocumentPaths.from_dict(d.pop("paths"))




        servers = []
        _servers = d.pop("servers")
        for servers_item_data in (_servers):
            servers_item = ServiceDescriptionDocumentServersItem.from_dict(servers_item_data)



            servers.append(servers_item)


        _tags = d.pop("tags", UNSET)
        tags: list[ServiceDescriptionDocumentTagsItem] | Unset = UNSET
        if _tags is not UNSET:
            tags = []
            for tags_item_data in _tags:
                tags_item = ServiceDescriptionDocumentTagsItem.from_dict(tags_item_data)



                tags.append(tags_item)


        service_description_document = cls(
            components=components,
            info=info,
            openapi=openapi,
            paths=paths,
            servers=servers,
            tags=tags,
        )


        service_description_document.additional_properties = d
        return service_description_document

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
