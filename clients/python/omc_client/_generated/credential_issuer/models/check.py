from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.check_name import CheckName
from ..models.check_status import CheckStatus






T = TypeVar("T", bound="Check")



@_attrs_define
class Check:
    """ 
        Attributes:
            detail (str):
            name (CheckName): The named checks of a verification report. A credential's report has the first seven, in
                this order; a presentation's has `format`, `proof`, `holder`, `challenge`, `domain` and
                `credentials`, and a report of its own for each credential.
            status (CheckStatus):
     """

    detail: str
    name: CheckName
    status: CheckStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        detail = self.detail

        name = self.name.value

        status = self.status.value


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "detail": detail,
            "name": name,
            "status": status,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        detail = d.pop("detail")

        name = CheckName(d.pop("name"))




        status = CheckStatus(d.pop("status"))




        check = cls(
            detail=detail,
            name=name,
            status=status,
        )


        check.additional_properties = d
        return check

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
