from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="PartnershipFindings")



@_attrs_define
class PartnershipFindings:
    """ 
        Attributes:
            summary (str): What the review found about the program and the partnership.
            conditions (list[str] | Unset):
            reviewer (None | str | Unset): Who reviewed (committee or officer).
     """

    summary: str
    conditions: list[str] | Unset = UNSET
    reviewer: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        summary = self.summary

        conditions: list[str] | Unset = UNSET
        if not isinstance(self.conditions, Unset):
            conditions = self.conditions



        reviewer: None | str | Unset
        if isinstance(self.reviewer, Unset):
            reviewer = UNSET
        else:
            reviewer = self.reviewer


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "summary": summary,
        })
        if conditions is not UNSET:
            field_dict["conditions"] = conditions
        if reviewer is not UNSET:
            field_dict["reviewer"] = reviewer

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        summary = d.pop("summary")

        conditions = cast(list[str], d.pop("conditions", UNSET))


        def _parse_reviewer(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reviewer = _parse_reviewer(d.pop("reviewer", UNSET))


        partnership_findings = cls(
            summary=summary,
            conditions=conditions,
            reviewer=reviewer,
        )

        return partnership_findings

