from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.competency import Competency
  from ..models.localized_text import LocalizedText





T = TypeVar("T", bound="LearningOutcome")



@_attrs_define
class LearningOutcome:
    """ 
        Attributes:
            statement (LocalizedText): Text in English and/or French: either may be absent, not both.
            competencies (list[Competency] | Unset):
     """

    statement: LocalizedText
    competencies: list[Competency] | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.competency import Competency # noqa: PLC0415
        from ..models.localized_text import LocalizedText # noqa: PLC0415
        statement = self.statement.to_dict()

        competencies: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.competencies, Unset):
            competencies = []
            for competencies_item_data in self.competencies:
                competencies_item = competencies_item_data.to_dict()
                competencies.append(competencies_item)




        field_dict: dict[str, Any] = {}

        field_dict.update({
            "statement": statement,
        })
        if competencies is not UNSET:
            field_dict["competencies"] = competencies

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.competency import Competency # noqa: PLC0415
        from ..models.localized_text import LocalizedText # noqa: PLC0415
        d = dict(src_dict)
        statement = LocalizedText.from_dict(d.pop("statement"))




        _competencies = d.pop("competencies", UNSET)
        competencies: list[Competency] | Unset = UNSET
        if _competencies is not UNSET:
            competencies = []
            for competencies_item_data in _competencies:
                competencies_item = Competency.from_dict(competencies_item_data)



                competencies.append(competencies_item)


        learning_outcome = cls(
            statement=statement,
            competencies=competencies,
        )

        return learning_outcome

