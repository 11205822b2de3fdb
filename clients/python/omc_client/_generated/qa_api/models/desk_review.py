from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="DeskReview")



@_attrs_define
class DeskReview:
    """ 
        Attributes:
            reviewed_on (datetime.date): On or after the submission; not in the future.
            reviewers (list[str]):
            summary (str):
     """

    reviewed_on: datetime.date
    reviewers: list[str]
    summary: str





    def to_dict(self) -> dict[str, Any]:
        reviewed_on = self.reviewed_on.isoformat()

        reviewers = self.reviewers



        summary = self.summary


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "reviewed_on": reviewed_on,
            "reviewers": reviewers,
            "summary": summary,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reviewed_on = datetime.date.fromisoformat(d.pop("reviewed_on"))




        reviewers = cast(list[str], d.pop("reviewers"))


        summary = d.pop("summary")

        desk_review = cls(
            reviewed_on=reviewed_on,
            reviewers=reviewers,
            summary=summary,
        )

        return desk_review

