from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.verify_request_options_type_0 import VerifyRequestOptionsType0
  from ..models.verify_request_verifiablecredential import VerifyRequestVerifiablecredential





T = TypeVar("T", bound="VerifyRequest")



@_attrs_define
class VerifyRequest:
    """ VC-API `POST /credentials/verify` (VerifyCredentialRequest).

        Attributes:
            verifiable_credential (VerifyRequestVerifiablecredential): A secured credential (Data Integrity proof) as a JSON
                object.
            options (None | Unset | VerifyRequestOptionsType0): VerifyCredentialOptions; accepted, none changes how a
                credential is checked.
     """

    verifiable_credential: VerifyRequestVerifiablecredential
    options: None | Unset | VerifyRequestOptionsType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.verify_request_options_type_0 import VerifyRequestOptionsType0 # noqa: PLC0415
        from ..models.verify_request_verifiablecredential import VerifyRequestVerifiablecredential # noqa: PLC0415
        verifiable_credential = self.verifiable_credential.to_dict()

        options: dict[str, Any] | None | Unset
        if isinstance(self.options, Unset):
            options = UNSET
        elif isinstance(self.options, VerifyRequestOptionsType0):
            options = self.options.to_dict()
        else:
            options = self.options


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "verifiableCredential": verifiable_credential,
        })
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.verify_request_options_type_0 import VerifyRequestOptionsType0 # noqa: PLC0415
        from ..models.verify_request_verifiablecredential import VerifyRequestVerifiablecredential # noqa: PLC0415
        d = dict(src_dict)
        verifiable_credential = VerifyRequestVerifiablecredential.from_dict(d.pop("verifiableCredential"))




        def _parse_options(data: object) -> None | Unset | VerifyRequestOptionsType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                options_type_0 = VerifyRequestOptionsType0.from_dict(data)



                return options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VerifyRequestOptionsType0, data)

        options = _parse_options(d.pop("options", UNSET))


        verify_request = cls(
            verifiable_credential=verifiable_credential,
            options=options,
        )


        verify_request.additional_properties = d
        return verify_request

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
