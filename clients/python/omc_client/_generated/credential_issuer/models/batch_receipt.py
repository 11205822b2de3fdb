from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID

if TYPE_CHECKING:
  from ..models.record_outcome import RecordOutcome





T = TypeVar("T", bound="BatchReceipt")



@_attrs_define
class BatchReceipt:
    """ The 202 answer to an intake request.

        Attributes:
            accepted (int):
            duplicates (int):
            id (UUID):
            received (int):
            records (list[RecordOutcome]):
            status_url (str):
     """

    accepted: int
    duplicates: int
    id: UUID
    received: int
    records: list[RecordOutcome]
    status_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.record_outcome import RecordOutcome # noqa: PLC0415
        accepted = self.accepted

        duplicates = self.duplicates

        id = str(self.id)

        received = self.received

        records = []
        for records_item_data in self.records:
            records_item = records_item_data.to_dict()
            records.append(records_item)



        status_url = self.status_url


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "accepted": accepted,
            "duplicates": duplicates,
            "id": id,
            "received": received,
            "records": records,
            "status_url": status_url,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.record_outcome import RecordOutcome # noqa: PLC0415
        d = dict(src_dict)
        accepted = d.pop("accepted")

        duplicates = d.pop("duplicates")

        id = UUID(d.pop("id"))




        received = d.pop("received")

        records = []
        _records = d.pop("records")
        for records_item_data in (_records):
            records_item = RecordOutcome.from_dict(records_item_data)



            records.append(records_item)


        status_url = d.pop("status_url")

        batch_receipt = cls(
            accepted=accepted,
            duplicates=duplicates,
            id=id,
            received=received,
            records=records,
            status_url=status_url,
        )


        batch_receipt.additional_properties = d
        return batch_receipt

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
