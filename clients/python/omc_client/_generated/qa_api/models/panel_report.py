from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.benchmark_findings import BenchmarkFindings
  from ..models.panel_member import PanelMember





T = TypeVar("T", bound="PanelReport")



@_attrs_define
class PanelReport:
    """ 
        Attributes:
            findings (BenchmarkFindings):
            members (list[PanelMember]):
            reported_on (datetime.date): On or after the desk review; not in the future.
            summary (str):
     """

    findings: BenchmarkFindings
    members: list[PanelMember]
    reported_on: datetime.date
    summary: str





    def to_dict(self) -> dict[str, Any]:
        from ..models.benchmark_findings import BenchmarkFindings # noqa: PLC0415
        from ..models.panel_member import PanelMember # noqa: PLC0415
        findings = self.findings.to_dict()

        members = []
        for members_item_data in self.members:
            members_item = members_item_data.to_dict()
            members.append(members_item)



        reported_on = self.reported_on.isoformat()

        summary = self.summary


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "findings": findings,
            "members": members,
            "reported_on": reported_on,
            "summary": summary,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.benchmark_findings import BenchmarkFindings # noqa: PLC0415
        from ..models.panel_member import PanelMember # noqa: PLC0415
        d = dict(src_dict)
        findings = BenchmarkFindings.from_dict(d.pop("findings"))




        members = []
        _members = d.pop("members")
        for members_item_data in (_members):
            members_item = PanelMember.from_dict(members_item_data)



            members.append(members_item)


        reported_on = datetime.date.fromisoformat(d.pop("reported_on"))




        summary = d.pop("summary")

        panel_report = cls(
            findings=findings,
            members=members,
            reported_on=reported_on,
            summary=summary,
        )

        return panel_report

