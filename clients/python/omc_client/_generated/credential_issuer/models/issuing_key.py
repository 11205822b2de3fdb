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






T = TypeVar("T", bound="IssuingKey")



@_attrs_define
class IssuingKey:
    """ 
        Attributes:
            created_at (datetime.datetime):
            did (str):
            organisation_id (UUID):
            public_key_multibase (str):
            verification_method (str):
            retired_at (datetime.datetime | None | Unset):
     """

    created_at: datetime.datetime
    did: str
    organisation_id: UUID
    public_key_multibase: str
    verification_method: str
    retired_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        did = self.did

        organisation_id = str(self.organisation_id)

        public_key_multibase = self.public_key_multibase

        verification_method = self.verification_method

        retired_at: None | str | Unset
        if isinstance(self.retired_at, Unset):
            retired_at = UNSET
        elif isinstance(self.retired_at, datetime.datetime):
            retired_at = self.retired_at.isoformat()
        else:
            retired_at = self.retired_at


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "created_at": created_at,
            "did": did,
            "organisation_id": organisation_id,
            "public_key_multibase": public_key_multibase,
            "verification_method": verification_method,
        })
        if retired_at is not UNSET:
            field_dict["retired_at"] = retired_at

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        did = d.pop("did")

        organisation_id = UUID(d.pop("organisation_id"))




        public_key_multibase = d.pop("public_key_multibase")

        verification_method = d.pop("verification_method")

        def _parse_retired_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                retired_at_type_0 = datetime.datetime.fromisoformat(data)



                return retired_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        retired_at = _parse_retired_at(d.pop("retired_at", UNSET))


        issuing_key = cls(
            created_at=created_at,
            did=did,
            organisation_id=organisation_id,
            public_key_multibase=public_key_multibase,
            verification_method=verification_method,
            retired_at=retired_at,
        )


        issuing_key.additional_properties = d
        return issuing_key

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
