from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID
import datetime






T = TypeVar("T", bound="VersionApproval")



@_attrs_define
class VersionApproval:
    """ Sent by the quality ledger when a DOMCI's IQAP approves a submitted version.

        Attributes:
            approval_reference (str): The ledger entry that records the approval.
            approved_on (datetime.date):
            event_id (UUID): The ledger's event id; applying it twice changes nothing.
     """

    approval_reference: str
    approved_on: datetime.date
    event_id: UUID





    def to_dict(self) -> dict[str, Any]:
        approval_reference = self.approval_reference

        approved_on = self.approved_on.isoformat()

        event_id = str(self.event_id)


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "approval_reference": approval_reference,
            "approved_on": approved_on,
            "event_id": event_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        approval_reference = d.pop("approval_reference")

        approved_on = datetime.date.fromisoformat(d.pop("approved_on"))




        event_id = UUID(d.pop("event_id"))




        version_approval = cls(
            approval_reference=approval_reference,
            approved_on=approved_on,
            event_id=event_id,
        )

        return version_approval

