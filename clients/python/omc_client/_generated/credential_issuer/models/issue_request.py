from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
from uuid import UUID

if TYPE_CHECKING:
  from ..models.issue_credential_options import IssueCredentialOptions
  from ..models.issue_request_credential_type_0 import IssueRequestCredentialType0





T = TypeVar("T", bound="IssueRequest")



@_attrs_define
class IssueRequest:
    """ VC-API `POST /credentials/issue`: `{credential, options}` (a caller-supplied VC 2.0 credential),
    or `{options: {completionId}}` (the credential of a completion, built by the platform).

        Attributes:
            completion_id (None | Unset | UUID): Earlier form of `options.completionId`, still accepted (prefer the VC-API
                form).
            credential (IssueRequestCredentialType0 | None | Unset): An unsigned VC 2.0 credential, issued as given (issuer
                filled in when left out; `id` and `validFrom` filled in when left out; the platform's status entry and proof
                added).
            options (IssueCredentialOptions | None | Unset):
     """

    completion_id: None | Unset | UUID = UNSET
    credential: IssueRequestCredentialType0 | None | Unset = UNSET
    options: IssueCredentialOptions | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.issue_credential_options import IssueCredentialOptions # noqa: PLC0415
        from ..models.issue_request_credential_type_0 import IssueRequestCredentialType0 # noqa: PLC0415
        completion_id: None | str | Unset
        if isinstance(self.completion_id, Unset):
            completion_id = UNSET
        elif isinstance(self.completion_id, UUID):
            completion_id = str(self.completion_id)
        else:
            completion_id = self.completion_id

        credential: dict[str, Any] | None | Unset
        if isinstance(self.credential, Unset):
            credential = UNSET
        elif isinstance(self.credential, IssueRequestCredentialType0):
            credential = self.credential.to_dict()
        else:
            credential = self.credential

        options: dict[str, Any] | None | Unset
        if isinstance(self.options, Unset):
            options = UNSET
        elif isinstance(self.options, IssueCredentialOptions):
            options = self.options.to_dict()
        else:
            options = self.options


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if completion_id is not UNSET:
            field_dict["completion_id"] = completion_id
        if credential is not UNSET:
            field_dict["credential"] = credential
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.issue_credential_options import IssueCredentialOptions # noqa: PLC0415
        from ..models.issue_request_credential_type_0 import IssueRequestCredentialType0 # noqa: PLC0415
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

        completion_id = _parse_completion_id(d.pop("completion_id", UNSET))


        def _parse_credential(data: object) -> IssueRequestCredentialType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                credential_type_0 = IssueRequestCredentialType0.from_dict(data)



                return credential_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IssueRequestCredentialType0 | None | Unset, data)

        credential = _parse_credential(d.pop("credential", UNSET))


        def _parse_options(data: object) -> IssueCredentialOptions | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                options_type_0 = IssueCredentialOptions.from_dict(data)



                return options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IssueCredentialOptions | None | Unset, data)

        options = _parse_options(d.pop("options", UNSET))


        issue_request = cls(
            completion_id=completion_id,
            credential=credential,
            options=options,
        )

        return issue_request

