from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.json_ld_document_context_type_2 import JsonLdDocumentContextType2





T = TypeVar("T", bound="JsonLdDocument")



@_attrs_define
class JsonLdDocument:
    """ A JSON-LD document (here CTDL, the Credential Engine's vocabulary).

        Attributes:
            context (JsonLdDocumentContextType2 | list[Any] | str): JSON-LD `@context`.
            id (str | Unset):
            type_ (str | Unset):
     """

    context: JsonLdDocumentContextType2 | list[Any] | str
    id: str | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.json_ld_document_context_type_2 import JsonLdDocumentContextType2 # noqa: PLC0415
        context: dict[str, Any] | list[Any] | str
        if isinstance(self.context, list):
            context = self.context


        elif isinstance(self.context, JsonLdDocumentContextType2):
            context = self.context.to_dict()
        else:
            context = self.context

        id = self.id

        type_ = self.type_


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "@context": context,
        })
        if id is not UNSET:
            field_dict["@id"] = id
        if type_ is not UNSET:
            field_dict["@type"] = type_

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.json_ld_document_context_type_2 import JsonLdDocumentContextType2 # noqa: PLC0415
        d = dict(src_dict)
        def _parse_context(data: object) -> JsonLdDocumentContextType2 | list[Any] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                context_type_1 = cast(list[Any], data)

                return context_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                context_type_2 = JsonLdDocumentContextType2.from_dict(data)



                return context_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JsonLdDocumentContextType2 | list[Any] | str, data)

        context = _parse_context(d.pop("@context"))


        id = d.pop("@id", UNSET)

        type_ = d.pop("@type", UNSET)

        json_ld_document = cls(
            context=context,
            id=id,
            type_=type_,
        )


        json_ld_document.additional_properties = d
        return json_ld_document

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
