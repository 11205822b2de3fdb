from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="ApprovedQualificationTypes")



@_attrs_define
class ApprovedQualificationTypes:
    """ 
        Attributes:
            qualification_types (list[str]):
     """

    qualification_types: list[str]





    def to_dict(self) -> dict[str, Any]:
        qualification_types = self.qualification_types




        field_dict: dict[str, Any] = {}

        field_dict.update({
            "qualification_types": qualification_types,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        qualification_types = cast(list[str], d.pop("qualification_types"))


        approved_qualification_types = cls(
            qualification_types=qualification_types,
        )

        return approved_qualification_types

