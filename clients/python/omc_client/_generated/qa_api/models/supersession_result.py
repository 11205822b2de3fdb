from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.decision import Decision





T = TypeVar("T", bound="SupersessionResult")



@_attrs_define
class SupersessionResult:
    """ 
        Attributes:
            replacement (Decision | None):
            superseded (Decision):
     """

    replacement: Decision | None
    superseded: Decision
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.decision import Decision # noqa: PLC0415
        replacement: dict[str, Any] | None
        if isinstance(self.replacement, Decision):
            replacement = self.replacement.to_dict()
        else:
            replacement = self.replacement

        superseded = self.superseded.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "replacement": replacement,
            "superseded": superseded,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.decision import Decision # noqa: PLC0415
        d = dict(src_dict)
        def _parse_replacement(data: object) -> Decision | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                replacement_type_0 = Decision.from_dict(data)



                return replacement_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decision | None, data)

        replacement = _parse_replacement(d.pop("replacement"))


        superseded = Decision.from_dict(d.pop("superseded"))




        supersession_result = cls(
            replacement=replacement,
            superseded=superseded,
        )


        supersession_result.additional_properties = d
        return supersession_result

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
