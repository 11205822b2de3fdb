from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.conflict_of_interest import ConflictOfInterest





T = TypeVar("T", bound="PanelMember")



@_attrs_define
class PanelMember:
    """ 
        Attributes:
            conflict_of_interest (ConflictOfInterest): Every member declares: `none`, or `declared` with what the conflict
                is. A member without a
                declaration (an undeclared conflict) cannot sit on the panel, so the declaration is required.
            name (str):
            role (str): e.g. `chair`, `member`, `external reviewer`.
     """

    conflict_of_interest: ConflictOfInterest
    name: str
    role: str





    def to_dict(self) -> dict[str, Any]:
        from ..models.conflict_of_interest import ConflictOfInterest # noqa: PLC0415
        conflict_of_interest = self.conflict_of_interest.to_dict()

        name = self.name

        role = self.role


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "conflict_of_interest": conflict_of_interest,
            "name": name,
            "role": role,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.conflict_of_interest import ConflictOfInterest # noqa: PLC0415
        d = dict(src_dict)
        conflict_of_interest = ConflictOfInterest.from_dict(d.pop("conflict_of_interest"))




        name = d.pop("name")

        role = d.pop("role")

        panel_member = cls(
            conflict_of_interest=conflict_of_interest,
            name=name,
            role=role,
        )

        return panel_member

