from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="Document")



@_attrs_define
class Document:
    """ 
        Attributes:
            sha256 (str): SHA-256 of the document, 64 lower-case hex digits.
            title (str):
            url (str):
     """

    sha256: str
    title: str
    url: str





    def to_dict(self) -> dict[str, Any]:
        sha256 = self.sha256

        title = self.title

        url = self.url


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "sha256": sha256,
            "title": title,
            "url": url,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sha256 = d.pop("sha256")

        title = d.pop("title")

        url = d.pop("url")

        document = cls(
            sha256=sha256,
            title=title,
            url=url,
        )

        return document

