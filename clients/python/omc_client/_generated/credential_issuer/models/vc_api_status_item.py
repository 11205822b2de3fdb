from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.vc_api_status_item_status import VcApiStatusItemStatus
from ..types import UNSET, Unset
from typing import Literal, cast






T = TypeVar("T", bound="VcApiStatusItem")



@_attrs_define
class VcApiStatusItem:
    """ 
        Attributes:
            status (VcApiStatusItemStatus): `revoked` (final), `suspended`, or `active` (lifts a suspension).
            type_ (Literal['BitstringStatusListEntry'] | Unset):  Default: 'BitstringStatusListEntry'.
     """

    status: VcApiStatusItemStatus
    type_: Literal['BitstringStatusListEntry'] | Unset = 'BitstringStatusListEntry'





    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        type_ = self.type_


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "status": status,
        })
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = VcApiStatusItemStatus(d.pop("status"))




        type_ = cast(Literal['BitstringStatusListEntry'] | Unset , d.pop("type", UNSET))
        if type_ != 'BitstringStatusListEntry'and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'BitstringStatusListEntry', got '{type_}'")

        vc_api_status_item = cls(
            status=status,
            type_=type_,
        )

        return vc_api_status_item

