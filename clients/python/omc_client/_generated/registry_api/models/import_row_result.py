from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.import_outcome import ImportOutcome
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID

if TYPE_CHECKING:
  from ..models.field_error import FieldError





T = TypeVar("T", bound="ImportRowResult")



@_attrs_define
class ImportRowResult:
    """ What happened to one row.

        Attributes:
            outcome (ImportOutcome):
            row (int): Position of the row in the batch, from 0 (the JSON `items` index).
            course_code (None | str | Unset): The row's course code, when it could be read.
            errors (list[FieldError] | Unset): Rejected rows: each failing field, named as in `docs/errors.md`.
            line (int | None | Unset): CSV only: the line the row starts on, counting the header as line 1.
            micro_credential_id (None | Unset | UUID): The micro-credential the row created, updated or left unchanged (or
                would have).
            version (int | None | Unset): The version written, or the one left unchanged.
     """

    outcome: ImportOutcome
    row: int
    course_code: None | str | Unset = UNSET
    errors: list[FieldError] | Unset = UNSET
    line: int | None | Unset = UNSET
    micro_credential_id: None | Unset | UUID = UNSET
    version: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.field_error import FieldError # noqa: PLC0415
        outcome = self.outcome.value

        row = self.row

        course_code: None | str | Unset
        if isinstance(self.course_code, Unset):
            course_code = UNSET
        else:
            course_code = self.course_code

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)



        line: int | None | Unset
        if isinstance(self.line, Unset):
            line = UNSET
        else:
            line = self.line

        micro_credential_id: None | str | Unset
        if isinstance(self.micro_credential_id, Unset):
            micro_credential_id = UNSET
        elif isinstance(self.micro_credential_id, UUID):
            micro_credential_id = str(self.micro_credential_id)
        else:
            micro_credential_id = self.micro_credential_id

        version: int | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "outcome": outcome,
            "row": row,
        })
        if course_code is not UNSET:
            field_dict["course_code"] = course_code
        if errors is not UNSET:
            field_dict["errors"] = errors
        if line is not UNSET:
            field_dict["line"] = line
        if micro_credential_id is not UNSET:
            field_dict["micro_credential_id"] = micro_credential_id
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.field_error import FieldError # noqa: PLC0415
        d = dict(src_dict)
        outcome = ImportOutcome(d.pop("outcome"))




        row = d.pop("row")

        def _parse_course_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        course_code = _parse_course_code(d.pop("course_code", UNSET))


        _errors = d.pop("errors", UNSET)
        errors: list[FieldError] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = FieldError.from_dict(errors_item_data)



                errors.append(errors_item)


        def _parse_line(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        line = _parse_line(d.pop("line", UNSET))


        def _parse_micro_credential_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                micro_credential_id_type_0 = UUID(data)



                return micro_credential_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        micro_credential_id = _parse_micro_credential_id(d.pop("micro_credential_id", UNSET))


        def _parse_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version = _parse_version(d.pop("version", UNSET))


        import_row_result = cls(
            outcome=outcome,
            row=row,
            course_code=course_code,
            errors=errors,
            line=line,
            micro_credential_id=micro_credential_id,
            version=version,
        )


        import_row_result.additional_properties = d
        return import_row_result

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
