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






T = TypeVar("T", bound="Supersession")



@_attrs_define
class Supersession:
    """ 
        Attributes:
            kind (str): `condition_update`, `appeal` or `withdrawal`.
            recorded_on (datetime.date):
            reason (None | str | Unset):
            replaced_by (None | Unset | UUID): The decision that replaced this one, if any.
     """

    kind: str
    recorded_on: datetime.date
    reason: None | str | Unset = UNSET
    replaced_by: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        recorded_on = self.recorded_on.isoformat()

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        replaced_by: None | str | Unset
        if isinstance(self.replaced_by, Unset):
            replaced_by = UNSET
        elif isinstance(self.replaced_by, UUID):
            replaced_by = str(self.replaced_by)
        else:
            replaced_by = self.replaced_by


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "kind": kind,
            "recorded_on": recorded_on,
        })
        if reason is not UNSET:
            field_dict["reason"] = reason
        if replaced_by is not UNSET:
            field_dict["replaced_by"] = replaced_by

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = d.pop("kind")

        recorded_on = datetime.date.fromisoformat(d.pop("recorded_on"))




        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))


        def _parse_replaced_by(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                replaced_by_type_0 = UUID(data)



                return replaced_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        replaced_by = _parse_replaced_by(d.pop("replaced_by", UNSET))


        supersession = cls(
            kind=kind,
            recorded_on=recorded_on,
            reason=reason,
            replaced_by=replaced_by,
        )


        supersession.additional_properties = d
        return supersession

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
