from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.did_document_context_type_2 import DidDocumentContextType2
  from ..models.did_document_verification_method_item import DidDocumentVerificationMethodItem





T = TypeVar("T", bound="DidDocument")



@_attrs_define
class DidDocument:
    """ A DID document (W3C DID Core 1.0), as did:web serves it.

        Attributes:
            id (str): The DID, e.g. `did:web:issuer.example:organisations:…`.
            context (DidDocumentContextType2 | list[Any] | str | Unset): JSON-LD `@context`.
            assertion_method (list[Any] | Unset):
            authentication (list[Any] | Unset):
            controller (str | Unset):
            verification_method (list[DidDocumentVerificationMethodItem] | Unset):
     """

    id: str
    context: DidDocumentContextType2 | list[Any] | str | Unset = UNSET
    assertion_method: list[Any] | Unset = UNSET
    authentication: list[Any] | Unset = UNSET
    controller: str | Unset = UNSET
    verification_method: list[DidDocumentVerificationMethodItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.did_document_context_type_2 import DidDocumentContextType2 # noqa: PLC0415
        from ..models.did_document_verification_method_item import DidDocumentVerificationMethodItem # noqa: PLC0415
        id = self.id

        context: dict[str, Any] | list[Any] | str | Unset
        if isinstance(self.context, Unset):
            context = UNSET
        elif isinstance(self.context, list):
            context = self.context


        elif isinstance(self.context, DidDocumentContextType2):
            context = self.context.to_dict()
        else:
            context = self.context

        assertion_method: list[Any] | Unset = UNSET
        if not isinstance(self.assertion_method, Unset):
            assertion_method = self.assertion_method



        authentication: list[Any] | Unset = UNSET
        if not isinstance(self.authentication, Unset):
            authentication = self.authentication



        controller = self.controller

        verification_method: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.verification_method, Unset):
            verification_method = []
            for verification_method_item_data in self.verification_method:
                verification_method_item = verification_method_item_data.to_dict()
                verification_method.append(verification_method_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
        })
        if context is not UNSET:
            field_dict["@context"] = context
        if assertion_method is not UNSET:
            field_dict["assertionMethod"] = assertion_method
        if authentication is not UNSET:
            field_dict["authentication"] = authentication
        if controller is not UNSET:
            field_dict["controller"] = controller
        if verification_method is not UNSET:
            field_dict["verificationMethod"] = verification_method

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.did_document_context_type_2 import DidDocumentContextType2 # noqa: PLC0415
        from ..models.did_document_verification_method_item import DidDocumentVerificationMethodItem # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_context(data: object) -> DidDocumentContextType2 | list[Any] | str | Unset:
            if isinstance(data, Unset):
                return data
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
                context_type_2 = DidDocumentContextType2.from_dict(data)



                return context_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DidDocumentContextType2 | list[Any] | str | Unset, data)

        context = _parse_context(d.pop("@context", UNSET))


        assertion_method = cast(list[Any], d.pop("assertionMethod", UNSET))


        authentication = cast(list[Any], d.pop("authentication", UNSET))


        controller = d.pop("controller", UNSET)

        _verification_method = d.pop("verificationMethod", UNSET)
        verification_method: list[DidDocumentVerificationMethodItem] | Unset = UNSET
        if _verification_method is not UNSET:
            verification_method = []
            for verification_method_item_data in _verification_method:
                verification_method_item = DidDocumentVerificationMethodItem.from_dict(verification_method_item_data)



                verification_method.append(verification_method_item)


        did_document = cls(
            id=id,
            context=context,
            assertion_method=assertion_method,
            authentication=authentication,
            controller=controller,
            verification_method=verification_method,
        )


        did_document.additional_properties = d
        return did_document

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
