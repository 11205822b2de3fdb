from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.benchmarks import Benchmarks
  from ..models.evidence import Evidence





T = TypeVar("T", bound="Submission")



@_attrs_define
class Submission:
    """ 
        Attributes:
            benchmarks (Benchmarks): The seven benchmarks of the standard; each must be addressed.
            standard (Evidence):
     """

    benchmarks: Benchmarks
    standard: Evidence





    def to_dict(self) -> dict[str, Any]:
        from ..models.benchmarks import Benchmarks # noqa: PLC0415
        from ..models.evidence import Evidence # noqa: PLC0415
        benchmarks = self.benchmarks.to_dict()

        standard = self.standard.to_dict()


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "benchmarks": benchmarks,
            "standard": standard,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.benchmarks import Benchmarks # noqa: PLC0415
        from ..models.evidence import Evidence # noqa: PLC0415
        d = dict(src_dict)
        benchmarks = Benchmarks.from_dict(d.pop("benchmarks"))




        standard = Evidence.from_dict(d.pop("standard"))




        submission = cls(
            benchmarks=benchmarks,
            standard=standard,
        )

        return submission

