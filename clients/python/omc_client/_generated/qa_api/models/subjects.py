from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
from uuid import UUID






T = TypeVar("T", bound="Subjects")



@_attrs_define
class Subjects:
    """ What an entry is about, for filtering; absent members do not apply.

        Attributes:
            agency_slug (None | str | Unset):
            institution_id (None | Unset | UUID):
            micro_credential_id (None | Unset | UUID):
            micro_credential_version (int | None | Unset):
     """

    agency_slug: None | str | Unset = UNSET
    institution_id: None | Unset | UUID = UNSET
    micro_credential_id: None | Unset | UUID = UNSET
    micro_credential_version: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        agency_slug: None | str | Unset
        if isinstance(self.agency_slug, Unset):
            agency_slug = UNSET
        else:
            agency_slug = self.agency_slug

        institution_id: None | str | Unset
        if isinstance(self.institution_id, Unset):
            institution_id = UNSET
        elif isinstance(self.institution_id, UUID):
            institution_id = str(self.institution_id)
        else:
            institution_id = self.institution_id

        micro_credential_id: None | str | Unset
        if isinstance(self.micro_credential_id, Unset):
            micro_credential_id = UNSET
        elif isinstance(self.micro_credential_id, UUID):
            micro_credential_id = str(self.micro_credential_id)
        else:
            micro_credential_id = self.micro_credential_id

        micro_credential_version: int | None | Unset
        if isinstance(self.micro_credential_version, Unset):
            micro_credential_version = UNSET
        else:
            micro_credential_version = self.micro_credential_version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if agency_slug is not UNSET:
            field_dict["agency_slug"] = agency_slug
        if institution_id is not UNSET:
            field_dict["institution_id"] = institution_id
        if micro_credential_id is not UNSET:
            field_dict["micro_credential_id"] = micro_credential_id
        if micro_credential_version is not UNSET:
            field_dict["micro_credential_version"] = micro_credential_version

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_agency_slug(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        agency_slug = _parse_agency_slug(d.pop("agency_slug", UNSET))


        def _parse_institution_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                institution_id_type_0 = UUID(data)



                return institution_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        institution_id = _parse_institution_id(d.pop("institution_id", UNSET))


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


        def _parse_micro_credential_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        micro_credential_version = _parse_micro_credential_version(d.pop("micro_credential_version", UNSET))


        subjects = cls(
            agency_slug=agency_slug,
            institution_id=institution_id,
            micro_credential_id=micro_credential_id,
            micro_credential_version=micro_credential_version,
        )


        subjects.additional_properties = d
        return subjects

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
