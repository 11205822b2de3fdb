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






T = TypeVar("T", bound="ApprovalCreate")



@_attrs_define
class ApprovalCreate:
    """ 
        Attributes:
            approved_on (datetime.date): When the IQAP approved it: not in the future, and within a period in which the
                institution was a DOMCI in good standing.
            labour_market_need (str): How the employer or labour-market need was assessed (framework benchmark e).
            micro_credential_id (UUID):
            reviewer (str): Who approved: the committee or officer, as the IQAP names them.
            version (int): A version the registry holds as `submitted`.
            notes (None | str | Unset):
     """

    approved_on: datetime.date
    labour_market_need: str
    micro_credential_id: UUID
    reviewer: str
    version: int
    notes: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        approved_on = self.approved_on.isoformat()

        labour_market_need = self.labour_market_need

        micro_credential_id = str(self.micro_credential_id)

        reviewer = self.reviewer

        version = self.version

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "approved_on": approved_on,
            "labour_market_need": labour_market_need,
            "micro_credential_id": micro_credential_id,
            "reviewer": reviewer,
            "version": version,
        })
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        approved_on = datetime.date.fromisoformat(d.pop("approved_on"))




        labour_market_need = d.pop("labour_market_need")

        micro_credential_id = UUID(d.pop("micro_credential_id"))




        reviewer = d.pop("reviewer")

        version = d.pop("version")

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))


        approval_create = cls(
            approved_on=approved_on,
            labour_market_need=labour_market_need,
            micro_credential_id=micro_credential_id,
            reviewer=reviewer,
            version=version,
            notes=notes,
        )

        return approval_create

