from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.verify_presentation_options import VerifyPresentationOptions
  from ..models.verify_presentation_request_presentation_type_0 import VerifyPresentationRequestPresentationType0
  from ..models.verify_presentation_request_verifiable_presentation_type_0 import VerifyPresentationRequestVerifiablePresentationType0





T = TypeVar("T", bound="VerifyPresentationRequest")



@_attrs_define
class VerifyPresentationRequest:
    """ VC-API `POST /presentations/verify`: `verifiablePresentation` (VerifyPresentationRequest) or,
    for a presentation without proof, `presentation` (ProoflessVerifyPresentationRequest).

        Attributes:
            options (VerifyPresentationOptions | Unset): VC-API VerifyPresentationOptions.
            presentation (None | Unset | VerifyPresentationRequestPresentationType0):
            verifiable_presentation (None | Unset | VerifyPresentationRequestVerifiablePresentationType0):
     """

    options: VerifyPresentationOptions | Unset = UNSET
    presentation: None | Unset | VerifyPresentationRequestPresentationType0 = UNSET
    verifiable_presentation: None | Unset | VerifyPresentationRequestVerifiablePresentationType0 = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.verify_presentation_options import VerifyPresentationOptions # noqa: PLC0415
        from ..models.verify_presentation_request_presentation_type_0 import VerifyPresentationRequestPresentationType0 # noqa: PLC0415
        from ..models.verify_presentation_request_verifiable_presentation_type_0 import VerifyPresentationRequestVerifiablePresentationType0 # noqa: PLC0415
        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

        presentation: dict[str, Any] | None | Unset
        if isinstance(self.presentation, Unset):
            presentation = UNSET
        elif isinstance(self.presentation, VerifyPresentationRequestPresentationType0):
            presentation = self.presentation.to_dict()
        else:
            presentation = self.presentation

        verifiable_presentation: dict[str, Any] | None | Unset
        if isinstance(self.verifiable_presentation, Unset):
            verifiable_presentation = UNSET
        elif isinstance(self.verifiable_presentation, VerifyPresentationRequestVerifiablePresentationType0):
            verifiable_presentation = self.verifiable_presentation.to_dict()
        else:
            verifiable_presentation = self.verifiable_presentation


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if options is not UNSET:
            field_dict["options"] = options
        if presentation is not UNSET:
            field_dict["presentation"] = presentation
        if verifiable_presentation is not UNSET:
            field_dict["verifiablePresentation"] = verifiable_presentation

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.verify_presentation_options import VerifyPresentationOptions # noqa: PLC0415
        from ..models.verify_presentation_request_presentation_type_0 import VerifyPresentationRequestPresentationType0 # noqa: PLC0415
        from ..models.verify_presentation_request_verifiable_presentation_type_0 import VerifyPresentationRequestVerifiablePresentationType0 # noqa: PLC0415
        d = dict(src_dict)
        _options = d.pop("options", UNSET)
        options: VerifyPresentationOptions | Unset
        if isinstance(_options,  Unset):
            options = UNSET
        else:
            options = VerifyPresentationOptions.from_dict(_options)




        def _parse_presentation(data: object) -> None | Unset | VerifyPresentationRequestPresentationType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                presentation_type_0 = VerifyPresentationRequestPresentationType0.from_dict(data)



                return presentation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VerifyPresentationRequestPresentationType0, data)

        presentation = _parse_presentation(d.pop("presentation", UNSET))


        def _parse_verifiable_presentation(data: object) -> None | Unset | VerifyPresentationRequestVerifiablePresentationType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                verifiable_presentation_type_0 = VerifyPresentationRequestVerifiablePresentationType0.from_dict(data)



                return verifiable_presentation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VerifyPresentationRequestVerifiablePresentationType0, data)

        verifiable_presentation = _parse_verifiable_presentation(d.pop("verifiablePresentation", UNSET))


        verify_presentation_request = cls(
            options=options,
            presentation=presentation,
            verifiable_presentation=verifiable_presentation,
        )

        return verify_presentation_request

