from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.finding import Finding
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="BenchmarkFinding")



@_attrs_define
class BenchmarkFinding:
    """ 
        Attributes:
            finding (Finding):
            commentary (None | str | Unset):
            recommendations (list[str] | Unset):
     """

    finding: Finding
    commentary: None | str | Unset = UNSET
    recommendations: list[str] | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        finding = self.finding.value

        commentary: None | str | Unset
        if isinstance(self.commentary, Unset):
            commentary = UNSET
        else:
            commentary = self.commentary

        recommendations: list[str] | Unset = UNSET
        if not isinstance(self.recommendations, Unset):
            recommendations = self.recommendations




        field_dict: dict[str, Any] = {}

        field_dict.update({
            "finding": finding,
        })
        if commentary is not UNSET:
            field_dict["commentary"] = commentary
        if recommendations is not UNSET:
            field_dict["recommendations"] = recommendations

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        finding = Finding(d.pop("finding"))




        def _parse_commentary(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        commentary = _parse_commentary(d.pop("commentary", UNSET))


        recommendations = cast(list[str], d.pop("recommendations", UNSET))


        benchmark_finding = cls(
            finding=finding,
            commentary=commentary,
            recommendations=recommendations,
        )

        return benchmark_finding

