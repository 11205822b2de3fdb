from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.document import Document





T = TypeVar("T", bound="Evidence")



@_attrs_define
class Evidence:
    """ 
        Attributes:
            explanation (str):
            documents (list[Document] | Unset):
     """

    explanation: str
    documents: list[Document] | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.document import Document # noqa: PLC0415
        explanation = self.explanation

        documents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.documents, Unset):
            documents = []
            for documents_item_data in self.documents:
                documents_item = documents_item_data.to_dict()
                documents.append(documents_item)




        field_dict: dict[str, Any] = {}

        field_dict.update({
            "explanation": explanation,
        })
        if documents is not UNSET:
            field_dict["documents"] = documents

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.document import Document # noqa: PLC0415
        d = dict(src_dict)
        explanation = d.pop("explanation")

        _documents = d.pop("documents", UNSET)
        documents: list[Document] | Unset = UNSET
        if _documents is not UNSET:
            documents = []
            for documents_item_data in _documents:
                documents_item = Document.from_dict(documents_item_data)



                documents.append(documents_item)


        evidence = cls(
            explanation=explanation,
            documents=documents,
        )

        return evidence

