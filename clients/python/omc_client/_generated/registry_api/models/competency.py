from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="Competency")



@_attrs_define
class Competency:
    """ 
        Attributes:
            framework (str): e.g. `ESCO`, `OaSIS`, `CCRS`.
            label (None | str | Unset):
            uri (None | str | Unset): e.g. an ESCO skill URI.
     """

    framework: str
    label: None | str | Unset = UNSET
    uri: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        framework = self.framework

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        uri: None | str | Unset
        if isinstance(self.uri, Unset):
            uri = UNSET
        else:
            uri = self.uri


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "framework": framework,
        })
        if label is not UNSET:
            field_dict["label"] = label
        if uri is not UNSET:
            field_dict["uri"] = uri

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        framework = d.pop("framework")

        def _parse_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label = _parse_label(d.pop("label", UNSET))


        def _parse_uri(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        uri = _parse_uri(d.pop("uri", UNSET))


        competency = cls(
            framework=framework,
            label=label,
            uri=uri,
        )

        return competency

