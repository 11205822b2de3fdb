from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.grading_scheme import GradingScheme
from typing import cast

if TYPE_CHECKING:
  from ..models.assessment_method import AssessmentMethod





T = TypeVar("T", bound="Assessment")



@_attrs_define
class Assessment:
    """ 
        Attributes:
            grading_scheme (GradingScheme):
            methods (list[AssessmentMethod]):
            summative (bool): A summative assessment decides the award.
     """

    grading_scheme: GradingScheme
    methods: list[AssessmentMethod]
    summative: bool





    def to_dict(self) -> dict[str, Any]:
        from ..models.assessment_method import AssessmentMethod # noqa: PLC0415
        grading_scheme = self.grading_scheme.value

        methods = []
        for methods_item_data in self.methods:
            methods_item = methods_item_data.to_dict()
            methods.append(methods_item)



        summative = self.summative


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "grading_scheme": grading_scheme,
            "methods": methods,
            "summative": summative,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.assessment_method import AssessmentMethod # noqa: PLC0415
        d = dict(src_dict)
        grading_scheme = GradingScheme(d.pop("grading_scheme"))




        methods = []
        _methods = d.pop("methods")
        for methods_item_data in (_methods):
            methods_item = AssessmentMethod.from_dict(methods_item_data)



            methods.append(methods_item)


        summative = d.pop("summative")

        assessment = cls(
            grading_scheme=grading_scheme,
            methods=methods,
            summative=summative,
        )

        return assessment

