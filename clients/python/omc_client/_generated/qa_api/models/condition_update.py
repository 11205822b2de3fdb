from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.condition_update_status import ConditionUpdateStatus
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.evidence import Evidence





T = TypeVar("T", bound="ConditionUpdate")



@_attrs_define
class ConditionUpdate:
    """ 
        Attributes:
            condition_id (str):
            evidence (Evidence):
            recorded_on (datetime.date): On or after the decision; not in the future.
            status (ConditionUpdateStatus):
     """

    condition_id: str
    evidence: Evidence
    recorded_on: datetime.date
    status: ConditionUpdateStatus





    def to_dict(self) -> dict[str, Any]:
        from ..models.evidence import Evidence # noqa: PLC0415
        condition_id = self.condition_id

        evidence = self.evidence.to_dict()

        recorded_on = self.recorded_on.isoformat()

        status = self.status.value


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "condition_id": condition_id,
            "evidence": evidence,
            "recorded_on": recorded_on,
            "status": status,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.evidence import Evidence # noqa: PLC0415
        d = dict(src_dict)
        condition_id = d.pop("condition_id")

        evidence = Evidence.from_dict(d.pop("evidence"))




        recorded_on = datetime.date.fromisoformat(d.pop("recorded_on"))




        status = ConditionUpdateStatus(d.pop("status"))




        condition_update = cls(
            condition_id=condition_id,
            evidence=evidence,
            recorded_on=recorded_on,
            status=status,
        )

        return condition_update

