from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.partner_role import PartnerRole
from uuid import UUID






T = TypeVar("T", bound="Partner")



@_attrs_define
class Partner:
    """ 
        Attributes:
            organisation_id (UUID): An alternate provider registered in the registry.
            role (PartnerRole):
     """

    organisation_id: UUID
    role: PartnerRole





    def to_dict(self) -> dict[str, Any]:
        organisation_id = str(self.organisation_id)

        role = self.role.value


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "organisation_id": organisation_id,
            "role": role,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        organisation_id = UUID(d.pop("organisation_id"))




        role = PartnerRole(d.pop("role"))




        partner = cls(
            organisation_id=organisation_id,
            role=role,
        )

        return partner

