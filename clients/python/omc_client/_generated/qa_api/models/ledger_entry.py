from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.actor import Actor
  from ..models.ledger_entry_payload import LedgerEntryPayload
  from ..models.subjects import Subjects





T = TypeVar("T", bound="LedgerEntry")



@_attrs_define
class LedgerEntry:
    """ 
        Attributes:
            actor (Actor):
            entry_hash (str): SHA-256 (hex) of the RFC 8785 canonical JSON of the other members.
            event_type (str): e.g. `review.opened`, `designation.decided`, `approval.recorded`.
            payload (LedgerEntryPayload):
            previous_hash (str): entry_hash of the entry before (64 zeros for the first).
            recorded_at (datetime.datetime):
            seq (int): Position in the ledger, from 1, without gaps.
            subjects (Subjects): What an entry is about, for filtering; absent members do not apply.
     """

    actor: Actor
    entry_hash: str
    event_type: str
    payload: LedgerEntryPayload
    previous_hash: str
    recorded_at: datetime.datetime
    seq: int
    subjects: Subjects
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.actor import Actor # noqa: PLC0415
        from ..models.ledger_entry_payload import LedgerEntryPayload # noqa: PLC0415
        from ..models.subjects import Subjects # noqa: PLC0415
        actor = self.actor.to_dict()

        entry_hash = self.entry_hash

        event_type = self.event_type

        payload = self.payload.to_dict()

        previous_hash = self.previous_hash

        recorded_at = self.recorded_at.isoformat()

        seq = self.seq

        subjects = self.subjects.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "actor": actor,
            "entry_hash": entry_hash,
            "event_type": event_type,
            "payload": payload,
            "previous_hash": previous_hash,
            "recorded_at": recorded_at,
            "seq": seq,
            "subjects": subjects,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.actor import Actor # noqa: PLC0415
        from ..models.ledger_entry_payload import LedgerEntryPayload # noqa: PLC0415
        from ..models.subjects import Subjects # noqa: PLC0415
        d = dict(src_dict)
        actor = Actor.from_dict(d.pop("actor"))




        entry_hash = d.pop("entry_hash")

        event_type = d.pop("event_type")

        payload = LedgerEntryPayload.from_dict(d.pop("payload"))




        previous_hash = d.pop("previous_hash")

        recorded_at = datetime.datetime.fromisoformat(d.pop("recorded_at"))




        seq = d.pop("seq")

        subjects = Subjects.from_dict(d.pop("subjects"))




        ledger_entry = cls(
            actor=actor,
            entry_hash=entry_hash,
            event_type=event_type,
            payload=payload,
            previous_hash=previous_hash,
            recorded_at=recorded_at,
            seq=seq,
            subjects=subjects,
        )


        ledger_entry.additional_properties = d
        return ledger_entry

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
