from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.receive_completions_json_body_completion_record_completion_result_status import ReceiveCompletionsJsonBodyCompletionRecordCompletionResultStatus
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.receive_completions_json_body_completion_record_completion_result_outcome_result import ReceiveCompletionsJsonBodyCompletionRecordCompletionResultOutcomeResult





T = TypeVar("T", bound="ReceiveCompletionsJsonBodyCompletionRecordCompletionResult")



@_attrs_define
class ReceiveCompletionsJsonBodyCompletionRecordCompletionResult:
    """ 
        Attributes:
            status (ReceiveCompletionsJsonBodyCompletionRecordCompletionResultStatus):
            grade (None | str | Unset): A letter or other grade, as the institution records it.
            outcomes (list[ReceiveCompletionsJsonBodyCompletionRecordCompletionResultOutcomeResult] | Unset):
            score (float | None | str | Unset): A percentage.
     """

    status: ReceiveCompletionsJsonBodyCompletionRecordCompletionResultStatus
    grade: None | str | Unset = UNSET
    outcomes: list[ReceiveCompletionsJsonBodyCompletionRecordCompletionResultOutcomeResult] | Unset = UNSET
    score: float | None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.receive_completions_json_body_completion_record_completion_result_outcome_result import ReceiveCompletionsJsonBodyCompletionRecordCompletionResultOutcomeResult # noqa: PLC0415
        status = self.status.value

        grade: None | str | Unset
        if isinstance(self.grade, Unset):
            grade = UNSET
        else:
            grade = self.grade

        outcomes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.outcomes, Unset):
            outcomes = []
            for outcomes_item_data in self.outcomes:
                outcomes_item = outcomes_item_data.to_dict()
                outcomes.append(outcomes_item)



        score: float | None | str | Unset
        if isinstance(self.score, Unset):
            score = UNSET
        else:
            score = self.score


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "status": status,
        })
        if grade is not UNSET:
            field_dict["grade"] = grade
        if outcomes is not UNSET:
            field_dict["outcomes"] = outcomes
        if score is not UNSET:
            field_dict["score"] = score

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.receive_completions_json_body_completion_record_completion_result_outcome_result import ReceiveCompletionsJsonBodyCompletionRecordCompletionResultOutcomeResult # noqa: PLC0415
        d = dict(src_dict)
        status = ReceiveCompletionsJsonBodyCompletionRecordCompletionResultStatus(d.pop("status"))




        def _parse_grade(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        grade = _parse_grade(d.pop("grade", UNSET))


        _outcomes = d.pop("outcomes", UNSET)
        outcomes: list[ReceiveCompletionsJsonBodyCompletionRecordCompletionResultOutcomeResult] | Unset = UNSET
        if _outcomes is not UNSET:
            outcomes = []
            for outcomes_item_data in _outcomes:
                outcomes_item = ReceiveCompletionsJsonBodyCompletionRecordCompletionResultOutcomeResult.from_dict(outcomes_item_data)



                outcomes.append(outcomes_item)


        def _parse_score(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        score = _parse_score(d.pop("score", UNSET))


        receive_completions_json_body_completion_record_completion_result = cls(
            status=status,
            grade=grade,
            outcomes=outcomes,
            score=score,
        )

        return receive_completions_json_body_completion_record_completion_result

