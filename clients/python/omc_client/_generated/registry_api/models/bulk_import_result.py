from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.import_counts import ImportCounts
  from ..models.import_row_result import ImportRowResult





T = TypeVar("T", bound="BulkImportResult")



@_attrs_define
class BulkImportResult:
    """ The answer to an import that was applied (all rows valid, or `partial=true`).

        Attributes:
            counts (ImportCounts):
            partial (bool): Whether the import was asked for with `partial=true`.
            rows (list[ImportRowResult]): One entry per row, in the batch's order.
            total (int): Rows in the batch.
     """

    counts: ImportCounts
    partial: bool
    rows: list[ImportRowResult]
    total: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.import_counts import ImportCounts # noqa: PLC0415
        from ..models.import_row_result import ImportRowResult # noqa: PLC0415
        counts = self.counts.to_dict()

        partial = self.partial

        rows = []
        for rows_item_data in self.rows:
            rows_item = rows_item_data.to_dict()
            rows.append(rows_item)



        total = self.total


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "counts": counts,
            "partial": partial,
            "rows": rows,
            "total": total,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.import_counts import ImportCounts # noqa: PLC0415
        from ..models.import_row_result import ImportRowResult # noqa: PLC0415
        d = dict(src_dict)
        counts = ImportCounts.from_dict(d.pop("counts"))




        partial = d.pop("partial")

        rows = []
        _rows = d.pop("rows")
        for rows_item_data in (_rows):
            rows_item = ImportRowResult.from_dict(rows_item_data)



            rows.append(rows_item)


        total = d.pop("total")

        bulk_import_result = cls(
            counts=counts,
            partial=partial,
            rows=rows,
            total=total,
        )


        bulk_import_result.additional_properties = d
        return bulk_import_result

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
