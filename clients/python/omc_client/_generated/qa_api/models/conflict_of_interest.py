from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.conflict_of_interest_status import ConflictOfInterestStatus
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="ConflictOfInterest")



@_attrs_define
class ConflictOfInterest:
    """ Every member declares: `none`, or `declared` with what the conflict is. A member without a
    declaration (an undeclared conflict) cannot sit on the panel, so the declaration is required.

        Attributes:
            status (ConflictOfInterestStatus):
            description (None | str | Unset): Required when declared; absent when none.
     """

    status: ConflictOfInterestStatus
    description: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "status": status,
        })
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = ConflictOfInterestStatus(d.pop("status"))




        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))


        conflict_of_interest = cls(
            status=status,
            description=description,
        )

        return conflict_of_interest

