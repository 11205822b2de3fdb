from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="VerifyPresentationOptions")



@_attrs_define
class VerifyPresentationOptions:
    """ VC-API VerifyPresentationOptions.

        Attributes:
            challenge (None | str | Unset): Must equal the proof's `challenge`.
            domain (None | str | Unset): Must be the proof's `domain` (or one of them).
            return_presentation (bool | Unset): Return the presentation in the result. Default: False.
     """

    challenge: None | str | Unset = UNSET
    domain: None | str | Unset = UNSET
    return_presentation: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        challenge: None | str | Unset
        if isinstance(self.challenge, Unset):
            challenge = UNSET
        else:
            challenge = self.challenge

        domain: None | str | Unset
        if isinstance(self.domain, Unset):
            domain = UNSET
        else:
            domain = self.domain

        return_presentation = self.return_presentation


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if challenge is not UNSET:
            field_dict["challenge"] = challenge
        if domain is not UNSET:
            field_dict["domain"] = domain
        if return_presentation is not UNSET:
            field_dict["returnPresentation"] = return_presentation

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_challenge(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        challenge = _parse_challenge(d.pop("challenge", UNSET))


        def _parse_domain(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        domain = _parse_domain(d.pop("domain", UNSET))


        return_presentation = d.pop("returnPresentation", UNSET)

        verify_presentation_options = cls(
            challenge=challenge,
            domain=domain,
            return_presentation=return_presentation,
        )


        verify_presentation_options.additional_properties = d
        return verify_presentation_options

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
