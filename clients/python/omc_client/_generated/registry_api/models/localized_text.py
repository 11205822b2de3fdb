from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="LocalizedText")



@_attrs_define
class LocalizedText:
    """ Text in English and/or French: either may be absent, not both.

        Attributes:
            en (None | str | Unset):
            fr (None | str | Unset):
     """

    en: None | str | Unset = UNSET
    fr: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        en: None | str | Unset
        if isinstance(self.en, Unset):
            en = UNSET
        else:
            en = self.en

        fr: None | str | Unset
        if isinstance(self.fr, Unset):
            fr = UNSET
        else:
            fr = self.fr


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if en is not UNSET:
            field_dict["en"] = en
        if fr is not UNSET:
            field_dict["fr"] = fr

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_en(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        en = _parse_en(d.pop("en", UNSET))


        def _parse_fr(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fr = _parse_fr(d.pop("fr", UNSET))


        localized_text = cls(
            en=en,
            fr=fr,
        )

        return localized_text

