from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.assessment_type import AssessmentType
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="AssessmentMethod")



@_attrs_define
class AssessmentMethod:
    """ 
        Attributes:
            type_ (AssessmentType):
            description (None | str | Unset):
            weight_percent (float | None | str | Unset):
     """

    type_: AssessmentType
    description: None | str | Unset = UNSET
    weight_percent: float | None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        weight_percent: float | None | str | Unset
        if isinstance(self.weight_percent, Unset):
            weight_percent = UNSET
        else:
            weight_percent = self.weight_percent


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "type": type_,
        })
        if description is not UNSET:
            field_dict["description"] = description
        if weight_percent is not UNSET:
            field_dict["weight_percent"] = weight_percent

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = AssessmentType(d.pop("type"))




        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))


        def _parse_weight_percent(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        weight_percent = _parse_weight_percent(d.pop("weight_percent", UNSET))


        assessment_method = cls(
            type_=type_,
            description=description,
            weight_percent=weight_percent,
        )

        return assessment_method

