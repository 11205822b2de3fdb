from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="ReceiveCompletionsJsonBodyCompletionRecordCompletionResultOutcomeResult")



@_attrs_define
class ReceiveCompletionsJsonBodyCompletionRecordCompletionResultOutcomeResult:
    """ 
        Attributes:
            achieved (bool):
            outcome (int): Number of the learning outcome in the version (from 1).
     """

    achieved: bool
    outcome: int





    def to_dict(self) -> dict[str, Any]:
        achieved = self.achieved

        outcome = self.outcome


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "achieved": achieved,
            "outcome": outcome,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        achieved = d.pop("achieved")

        outcome = d.pop("outcome")

        receive_completions_json_body_completion_record_completion_result_outcome_result = cls(
            achieved=achieved,
            outcome=outcome,
        )

        return receive_completions_json_body_completion_record_completion_result_outcome_result

