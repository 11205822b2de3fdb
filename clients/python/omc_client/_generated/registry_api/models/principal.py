from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.organisation_kind import OrganisationKind
from ..models.role import Role
from typing import cast
from uuid import UUID






T = TypeVar("T", bound="Principal")



@_attrs_define
class Principal:
    """ Who is calling: the verified content of an access token.

        Attributes:
            client_id (str):
            organisation_id (UUID):
            organisation_kind (OrganisationKind):
            roles (list[Role]):
     """

    client_id: str
    organisation_id: UUID
    organisation_kind: OrganisationKind
    roles: list[Role]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        organisation_id = str(self.organisation_id)

        organisation_kind = self.organisation_kind.value

        roles = []
        for roles_item_data in self.roles:
            roles_item = roles_item_data.value
            roles.append(roles_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "client_id": client_id,
            "organisation_id": organisation_id,
            "organisation_kind": organisation_kind,
            "roles": roles,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        client_id = d.pop("client_id")

        organisation_id = UUID(d.pop("organisation_id"))




        organisation_kind = OrganisationKind(d.pop("organisation_kind"))




        roles = []
        _roles = d.pop("roles")
        for roles_item_data in (_roles):
            roles_item = Role(roles_item_data)



            roles.append(roles_item)


        principal = cls(
            client_id=client_id,
            organisation_id=organisation_id,
            organisation_kind=organisation_kind,
            roles=roles,
        )


        principal.additional_properties = d
        return principal

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
