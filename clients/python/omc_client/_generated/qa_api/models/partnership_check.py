from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.partner_role import PartnerRole
from uuid import UUID






T = TypeVar("T", bound="PartnershipCheck")



@_attrs_define
class PartnershipCheck:
    """ A partner the version names, and the approved partnership review that covers it.

        Attributes:
            partner_id (UUID):
            partnership_id (UUID):
            partnership_seq (int):
            role (PartnerRole):
     """

    partner_id: UUID
    partnership_id: UUID
    partnership_seq: int
    role: PartnerRole
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        partner_id = str(self.partner_id)

        partnership_id = str(self.partnership_id)

        partnership_seq = self.partnership_seq

        role = self.role.value


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "partner_id": partner_id,
            "partnership_id": partnership_id,
            "partnership_seq": partnership_seq,
            "role": role,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        partner_id = UUID(d.pop("partner_id"))




        partnership_id = UUID(d.pop("partnership_id"))




        partnership_seq = d.pop("partnership_seq")

        role = PartnerRole(d.pop("role"))




        partnership_check = cls(
            partner_id=partner_id,
            partnership_id=partnership_id,
            partnership_seq=partnership_seq,
            role=role,
        )


        partnership_check.additional_properties = d
        return partnership_check

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
