from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
  from ..models.receive_completions_json_body_completion_record_completion_result import ReceiveCompletionsJsonBodyCompletionRecordCompletionResult
  from ..models.receive_completions_json_body_completion_record_learner import ReceiveCompletionsJsonBodyCompletionRecordLearner





T = TypeVar("T", bound="ReceiveCompletionsJsonBodyCompletionRecord")



@_attrs_define
class ReceiveCompletionsJsonBodyCompletionRecord:
    """ 
        Attributes:
            completed_on (datetime.date):
            learner (ReceiveCompletionsJsonBodyCompletionRecordLearner): Kept by the issuer to deliver the credential; the
                credential itself carries only a salted hash
                of the e-mail address, never the student number.
            micro_credential_id (UUID):
            result (ReceiveCompletionsJsonBodyCompletionRecordCompletionResult):
            sis_completion_id (str): The SIS's own id of this completion: a record pushed again with it is a duplicate.
            version (int): The micro-credential version completed.
            credits_earned (float | None | str | Unset):
     """

    completed_on: datetime.date
    learner: ReceiveCompletionsJsonBodyCompletionRecordLearner
    micro_credential_id: UUID
    result: ReceiveCompletionsJsonBodyCompletionRecordCompletionResult
    sis_completion_id: str
    version: int
    credits_earned: float | None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.receive_completions_json_body_completion_record_completion_result import ReceiveCompletionsJsonBodyCompletionRecordCompletionResult # noqa: PLC0415
        from ..models.receive_completions_json_body_completion_record_learner import ReceiveCompletionsJsonBodyCompletionRecordLearner # noqa: PLC0415
        completed_on = self.completed_on.isoformat()

        learner = self.learner.to_dict()

        micro_credential_id = str(self.micro_credential_id)

        result = self.result.to_dict()

        sis_completion_id = self.sis_completion_id

        version = self.version

        credits_earned: float | None | str | Unset
        if isinstance(self.credits_earned, Unset):
            credits_earned = UNSET
        else:
            credits_earned = self.credits_earned


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "completed_on": completed_on,
            "learner": learner,
            "micro_credential_id": micro_credential_id,
            "result": result,
            "sis_completion_id": sis_completion_id,
            "version": version,
        })
        if credits_earned is not UNSET:
            field_dict["credits_earned"] = credits_earned

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.receive_completions_json_body_completion_record_completion_result import ReceiveCompletionsJsonBodyCompletionRecordCompletionResult # noqa: PLC0415
        from ..models.receive_completions_json_body_completion_record_learner import ReceiveCompletionsJsonBodyCompletionRecordLearner # noqa: PLC0415
        d = dict(src_dict)
        completed_on = datetime.date.fromisoformat(d.pop("completed_on"))




        learner = ReceiveCompletionsJsonBodyCompletionRecordLearner.from_dict(d.pop("learner"))




        micro_credential_id = UUID(d.pop("micro_credential_id"))




        result = ReceiveCompletionsJsonBodyCompletionRecordCompletionResult.from_dict(d.pop("result"))




        sis_completion_id = d.pop("sis_completion_id")

        version = d.pop("version")

        def _parse_credits_earned(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        credits_earned = _parse_credits_earned(d.pop("credits_earned", UNSET))


        receive_completions_json_body_completion_record = cls(
            completed_on=completed_on,
            learner=learner,
            micro_credential_id=micro_credential_id,
            result=result,
            sis_completion_id=sis_completion_id,
            version=version,
            credits_earned=credits_earned,
        )

        return receive_completions_json_body_completion_record

