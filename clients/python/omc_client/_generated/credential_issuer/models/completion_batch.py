from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.completion_batch_source import CompletionBatchSource
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
  from ..models.completion_batch_counts import CompletionBatchCounts
  from ..models.completion_status import CompletionStatus





T = TypeVar("T", bound="CompletionBatch")



@_attrs_define
class CompletionBatch:
    """ The intake job: the completions first received in this batch and what became of them.

        Attributes:
            completions (list[CompletionStatus]): One page of the batch's completions, in the order of their SIS completion
                ids.
            counts (CompletionBatchCounts): Completions of this batch by state.
            done (bool): No completion of this batch is still pending.
            id (UUID):
            organisation_id (UUID):
            received_at (datetime.datetime):
            source (CompletionBatchSource):
            next_cursor (None | str | Unset): Pass as `after` for the next page of completions; null on the last page.
     """

    completions: list[CompletionStatus]
    counts: CompletionBatchCounts
    done: bool
    id: UUID
    organisation_id: UUID
    received_at: datetime.datetime
    source: CompletionBatchSource
    next_cursor: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.completion_batch_counts import CompletionBatchCounts # noqa: PLC0415
        from ..models.completion_status import CompletionStatus # noqa: PLC0415
        completions = []
        for completions_item_data in self.completions:
            completions_item = completions_item_data.to_dict()
            completions.append(completions_item)



        counts = self.counts.to_dict()

        done = self.done

        id = str(self.id)

        organisation_id = str(self.organisation_id)

        received_at = self.received_at.isoformat()

        source = self.source.value

        next_cursor: None | str | Unset
        if isinstance(self.next_cursor, Unset):
            next_cursor = UNSET
        else:
            next_cursor = self.next_cursor


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "completions": completions,
            "counts": counts,
            "done": done,
            "id": id,
            "organisation_id": organisation_id,
            "received_at": received_at,
            "source": source,
        })
        if next_cursor is not UNSET:
            field_dict["next_cursor"] = next_cursor

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.completion_batch_counts import CompletionBatchCounts # noqa: PLC0415
        from ..models.completion_status import CompletionStatus # noqa: PLC0415
        d = dict(src_dict)
        completions = []
        _completions = d.pop("completions")
        for completions_item_data in (_completions):
            completions_item = CompletionStatus.from_dict(completions_item_data)



            completions.append(completions_item)


        counts = CompletionBatchCounts.from_dict(d.pop("counts"))




        done = d.pop("done")

        id = UUID(d.pop("id"))




        organisation_id = UUID(d.pop("organisation_id"))




        received_at = datetime.datetime.fromisoformat(d.pop("received_at"))




        source = CompletionBatchSource(d.pop("source"))




        def _parse_next_cursor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_cursor = _parse_next_cursor(d.pop("next_cursor", UNSET))


        completion_batch = cls(
            completions=completions,
            counts=counts,
            done=done,
            id=id,
            organisation_id=organisation_id,
            received_at=received_at,
            source=source,
            next_cursor=next_cursor,
        )


        completion_batch.additional_properties = d
        return completion_batch

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
