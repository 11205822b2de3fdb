from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.cycle import Cycle
from ..models.review_status import ReviewStatus
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
  from ..models.decision import Decision
  from ..models.desk_review import DeskReview
  from ..models.panel_report import PanelReport
  from ..models.submission import Submission





T = TypeVar("T", bound="Review")



@_attrs_define
class Review:
    """ 
        Attributes:
            agency_slug (str):
            cycle (Cycle):
            decisions (list[Decision]): Every decision on the case, oldest first, superseded ones included.
            desk_review (DeskReview | None):
            id (UUID):
            institution_id (UUID):
            last_seq (int):
            opened_seq (int):
            panel_report (None | PanelReport):
            status (ReviewStatus):
            submission (Submission):
            submitted_on (datetime.date):
            updated_at (datetime.datetime):
            standard (str | Unset):  Default: "The organisation's IQAP appropriately accommodates micro-credentials.".
     """

    agency_slug: str
    cycle: Cycle
    decisions: list[Decision]
    desk_review: DeskReview | None
    id: UUID
    institution_id: UUID
    last_seq: int
    opened_seq: int
    panel_report: None | PanelReport
    status: ReviewStatus
    submission: Submission
    submitted_on: datetime.date
    updated_at: datetime.datetime
    standard: str | Unset = "The organisation's IQAP appropriately accommodates micro-credentials."
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.decision import Decision # noqa: PLC0415
        from ..models.desk_review import DeskReview # noqa: PLC0415
        from ..models.panel_report import PanelReport # noqa: PLC0415
        from ..models.submission import Submission # noqa: PLC0415
        agency_slug = self.agency_slug

        cycle = self.cycle.value

        decisions = []
        for decisions_item_data in self.decisions:
            decisions_item = decisions_item_data.to_dict()
            decisions.append(decisions_item)



        desk_review: dict[str, Any] | None
        if isinstance(self.desk_review, DeskReview):
            desk_review = self.desk_review.to_dict()
        else:
            desk_review = self.desk_review

        id = str(self.id)

        institution_id = str(self.institution_id)

        last_seq = self.last_seq

        opened_seq = self.opened_seq

        panel_report: dict[str, Any] | None
        if isinstance(self.panel_report, PanelReport):
            panel_report = self.panel_report.to_dict()
        else:
            panel_report = self.panel_report

        status = self.status.value

        submission = self.submission.to_dict()

        submitted_on = self.submitted_on.isoformat()

        updated_at = self.updated_at.isoformat()

        standard = self.standard


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "agency_slug": agency_slug,
            "cycle": cycle,
            "decisions": decisions,
            "desk_review": desk_review,
            "id": id,
            "institution_id": institution_id,
            "last_seq": last_seq,
            "opened_seq": opened_seq,
            "panel_report": panel_report,
            "status": status,
            "submission": submission,
            "submitted_on": submitted_on,
            "updated_at": updated_at,
        })
        if standard is not UNSET:
            field_dict["standard"] = standard

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.decision import Decision # noqa: PLC0415
        from ..models.desk_review import DeskReview # noqa: PLC0415
        from ..models.panel_report import PanelReport # noqa: PLC0415
        from ..models.submission import Submission # noqa: PLC0415
        d = dict(src_dict)
        agency_slug = d.pop("agency_slug")

        cycle = Cycle(d.pop("cycle"))




        decisions = []
        _decisions = d.pop("decisions")
        for decisions_item_data in (_decisions):
            decisions_item = Decision.from_dict(decisions_item_data)



            decisions.append(decisions_item)


        def _parse_desk_review(data: object) -> DeskReview | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                desk_review_type_0 = DeskReview.from_dict(data)



                return desk_review_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DeskReview | None, data)

        desk_review = _parse_desk_review(d.pop("desk_review"))


        id = UUID(d.pop("id"))




        institution_id = UUID(d.pop("institution_id"))




        last_seq = d.pop("last_seq")

        opened_seq = d.pop("opened_seq")

        def _parse_panel_report(data: object) -> None | PanelReport:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                panel_report_type_0 = PanelReport.from_dict(data)



                return panel_report_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PanelReport, data)

        panel_report = _parse_panel_report(d.pop("panel_report"))


        status = ReviewStatus(d.pop("status"))




        submission = Submission.from_dict(d.pop("submission"))




        submitted_on = datetime.date.fromisoformat(d.pop("submitted_on"))




        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        standard = d.pop("standard", UNSET)

        review = cls(
            agency_slug=agency_slug,
            cycle=cycle,
            decisions=decisions,
            desk_review=desk_review,
            id=id,
            institution_id=institution_id,
            last_seq=last_seq,
            opened_seq=opened_seq,
            panel_report=panel_report,
            status=status,
            submission=submission,
            submitted_on=submitted_on,
            updated_at=updated_at,
            standard=standard,
        )


        review.additional_properties = d
        return review

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
