from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
  from ..models.approval_checks import ApprovalChecks





T = TypeVar("T", bound="Approval")



@_attrs_define
class Approval:
    """ 
        Attributes:
            approval_reference (str): What the registry shows as the version's approval reference.
            approved_on (datetime.date):
            checks (ApprovalChecks): What the approval verified against the OMC framework, as it stood when it was recorded.
            id (UUID): Also the event id the registry applied it under.
            institution_id (UUID):
            micro_credential_id (UUID):
            reviewer (str):
            seq (int): The ledger entry (`approval.recorded`) that records it.
            version (int):
     """

    approval_reference: str
    approved_on: datetime.date
    checks: ApprovalChecks
    id: UUID
    institution_id: UUID
    micro_credential_id: UUID
    reviewer: str
    seq: int
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.approval_checks import ApprovalChecks # noqa: PLC0415
        approval_reference = self.approval_reference

        approved_on = self.approved_on.isoformat()

        checks = self.checks.to_dict()

        id = str(self.id)

        institution_id = str(self.institution_id)

        micro_credential_id = str(self.micro_credential_id)

        reviewer = self.reviewer

        seq = self.seq

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "approval_reference": approval_reference,
            "approved_on": approved_on,
            "checks": checks,
            "id": id,
            "institution_id": institution_id,
            "micro_credential_id": micro_credential_id,
            "reviewer": reviewer,
            "seq": seq,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.approval_checks import ApprovalChecks # noqa: PLC0415
        d = dict(src_dict)
        approval_reference = d.pop("approval_reference")

        approved_on = datetime.date.fromisoformat(d.pop("approved_on"))




        checks = ApprovalChecks.from_dict(d.pop("checks"))




        id = UUID(d.pop("id"))




        institution_id = UUID(d.pop("institution_id"))




        micro_credential_id = UUID(d.pop("micro_credential_id"))




        reviewer = d.pop("reviewer")

        seq = d.pop("seq")

        version = d.pop("version")

        approval = cls(
            approval_reference=approval_reference,
            approved_on=approved_on,
            checks=checks,
            id=id,
            institution_id=institution_id,
            micro_credential_id=micro_credential_id,
            reviewer=reviewer,
            seq=seq,
            version=version,
        )


        approval.additional_properties = d
        return approval

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
