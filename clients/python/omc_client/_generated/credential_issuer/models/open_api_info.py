from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="OpenApiInfo")



@_attrs_define
class OpenApiInfo:
    """ 
        Attributes:
            terms_of_service (str):
            title (str):
            version (str):
            x_imssf_privacy_policy_url (str):
            description (str | Unset):
     """

    terms_of_service: str
    title: str
    version: str
    x_imssf_privacy_policy_url: str
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        terms_of_service = self.terms_of_service

        title = self.title

        version = self.version

        x_imssf_privacy_policy_url = self.x_imssf_privacy_policy_url

        description = self.description


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "termsOfService": terms_of_service,
            "title": title,
            "version": version,
            "x-imssf-privacyPolicyUrl": x_imssf_privacy_policy_url,
        })
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        terms_of_service = d.pop("termsOfService")

        title = d.pop("title")

        version = d.pop("version")

        x_imssf_privacy_policy_url = d.pop("x-imssf-privacyPolicyUrl")

        description = d.pop("description", UNSET)

        open_api_info = cls(
            terms_of_service=terms_of_service,
            title=title,
            version=version,
            x_imssf_privacy_policy_url=x_imssf_privacy_policy_url,
            description=description,
        )


        open_api_info.additional_properties = d
        return open_api_info

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
