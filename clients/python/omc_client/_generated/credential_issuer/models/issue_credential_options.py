from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
from uuid import UUID






T = TypeVar("T", bound="IssueCredentialOptions")



@_attrs_define
class IssueCredentialOptions:
    """ VC-API IssueCredentialOptions, and this platform's `completionId`.

        Attributes:
            completion_id (None | Unset | UUID): Issue the credential of this completion of the caller's organisation
                instead of a caller-supplied one (the only way to an Ontario Micro-Credential): leave `credential` out.
            credential_id (None | str | Unset): VC-API: the id to refer to a credential that has no `id` (with one, leave
                this out or give the same). Issuing again under the same id gives the same credential (200) when the request is
                the same, 409 `credential-id-taken` when it differs.
            mandatory_pointers (list[str] | None | Unset): VC-API selective disclosure; not offered (eddsa-rdfc-2022 signs
                the whole credential): 422 when given.
     """

    completion_id: None | Unset | UUID = UNSET
    credential_id: None | str | Unset = UNSET
    mandatory_pointers: list[str] | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        completion_id: None | str | Unset
        if isinstance(self.completion_id, Unset):
            completion_id = UNSET
        elif isinstance(self.completion_id, UUID):
            completion_id = str(self.completion_id)
        else:
            completion_id = self.completion_id

        credential_id: None | str | Unset
        if isinstance(self.credential_id, Unset):
            credential_id = UNSET
        else:
            credential_id = self.credential_id

        mandatory_pointers: list[str] | None | Unset
        if isinstance(self.mandatory_pointers, Unset):
            mandatory_pointers = UNSET
        elif isinstance(self.mandatory_pointers, list):
            mandatory_pointers = self.mandatory_pointers


        else:
            mandatory_pointers = self.mandatory_pointers


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if completion_id is not UNSET:
            field_dict["completionId"] = completion_id
        if credential_id is not UNSET:
            field_dict["credentialId"] = credential_id
        if mandatory_pointers is not UNSET:
            field_dict["mandatoryPointers"] = mandatory_pointers

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_completion_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completion_id_type_0 = UUID(data)



                return completion_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        completion_id = _parse_completion_id(d.pop("completionId", UNSET))


        def _parse_credential_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        credential_id = _parse_credential_id(d.pop("credentialId", UNSET))


        def _parse_mandatory_pointers(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                mandatory_pointers_type_0 = cast(list[str], data)

                return mandatory_pointers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        mandatory_pointers = _parse_mandatory_pointers(d.pop("mandatoryPointers", UNSET))


        issue_credential_options = cls(
            completion_id=completion_id,
            credential_id=credential_id,
            mandatory_pointers=mandatory_pointers,
        )

        return issue_credential_options

