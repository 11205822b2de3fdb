from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.cycle import Cycle
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
  from ..models.submission import Submission





T = TypeVar("T", bound="ReviewOpen")



@_attrs_define
class ReviewOpen:
    """ 
        Attributes:
            cycle (Cycle):
            institution_id (UUID): The caller's own organisation.
            submission (Submission):
            submitted_on (datetime.date): Not in the future.
     """

    cycle: Cycle
    institution_id: UUID
    submission: Submission
    submitted_on: datetime.date





    def to_dict(self) -> dict[str, Any]:
        from ..models.submission import Submission # noqa: PLC0415
        cycle = self.cycle.value

        institution_id = str(self.institution_id)

        submission = self.submission.to_dict()

        submitted_on = self.submitted_on.isoformat()


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "cycle": cycle,
            "institution_id": institution_id,
            "submission": submission,
            "submitted_on": submitted_on,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.submission import Submission # noqa: PLC0415
        d = dict(src_dict)
        cycle = Cycle(d.pop("cycle"))




        institution_id = UUID(d.pop("institution_id"))




        submission = Submission.from_dict(d.pop("submission"))




        submitted_on = datetime.date.fromisoformat(d.pop("submitted_on"))




        review_open = cls(
            cycle=cycle,
            institution_id=institution_id,
            submission=submission,
            submitted_on=submitted_on,
        )

        return review_open

