from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.check import Check
  from ..models.presentation_verification_report_verifiable_presentation_type_0 import PresentationVerificationReportVerifiablePresentationType0
  from ..models.verification_report import VerificationReport





T = TypeVar("T", bound="PresentationVerificationReport")



@_attrs_define
class PresentationVerificationReport:
    """ The VC-API VerificationResult of a presentation: its own named checks, then one credential
    report per embedded credential, in the presentation's order.

        Attributes:
            checks (list[Check]):
            verified (bool): True when no check of the presentation or of a credential failed.
            credential_results (list[VerificationReport] | Unset):
            errors (list[str] | Unset):
            holder (None | str | Unset): The holder the presentation's proof authenticates.
            verifiable_presentation (None | PresentationVerificationReportVerifiablePresentationType0 | Unset): The
                presentation, when `options.returnPresentation` asked for it.
            warnings (list[str] | Unset):
     """

    checks: list[Check]
    verified: bool
    credential_results: list[VerificationReport] | Unset = UNSET
    errors: list[str] | Unset = UNSET
    holder: None | str | Unset = UNSET
    verifiable_presentation: None | PresentationVerificationReportVerifiablePresentationType0 | Unset = UNSET
    warnings: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.check import Check # noqa: PLC0415
        from ..models.presentation_verification_report_verifiable_presentation_type_0 import PresentationVerificationReportVerifiablePresentationType0 # noqa: PLC0415
        from ..models.verification_report import VerificationReport # noqa: PLC0415
        checks = []
        for checks_item_data in self.checks:
            checks_item = checks_item_data.to_dict()
            checks.append(checks_item)



        verified = self.verified

        credential_results: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.credential_results, Unset):
            credential_results = []
            for credential_results_item_data in self.credential_results:
                credential_results_item = credential_results_item_data.to_dict()
                credential_results.append(credential_results_item)



        errors: list[str] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors



        holder: None | str | Unset
        if isinstance(self.holder, Unset):
            holder = UNSET
        else:
            holder = self.holder

        verifiable_presentation: dict[str, Any] | None | Unset
        if isinstance(self.verifiable_presentation, Unset):
            verifiable_presentation = UNSET
        elif isinstance(self.verifiable_presentation, PresentationVerificationReportVerifiablePresentationType0):
            verifiable_presentation = self.verifiable_presentation.to_dict()
        else:
            verifiable_presentation = self.verifiable_presentation

        warnings: list[str] | Unset = UNSET
        if not isinstance(self.warnings, Unset):
            warnings = self.warnings




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "checks": checks,
            "verified": verified,
        })
        if credential_results is not UNSET:
            field_dict["credentialResults"] = credential_results
        if errors is not UNSET:
            field_dict["errors"] = errors
        if holder is not UNSET:
            field_dict["holder"] = holder
        if verifiable_presentation is not UNSET:
            field_dict["verifiablePresentation"] = verifiable_presentation
        if warnings is not UNSET:
            field_dict["warnings"] = warnings

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.check import Check # noqa: PLC0415
        from ..models.presentation_verification_report_verifiable_presentation_type_0 import PresentationVerificationReportVerifiablePresentationType0 # noqa: PLC0415
        from ..models.verification_report import VerificationReport # noqa: PLC0415
        d = dict(src_dict)
        checks = []
        _checks = d.pop("checks")
        for checks_item_data in (_checks):
            checks_item = Check.from_dict(checks_item_data)



            checks.append(checks_item)


        verified = d.pop("verified")

        _credential_results = d.pop("credentialResults", UNSET)
        credential_results: list[VerificationReport] | Unset = UNSET
        if _credential_results is not UNSET:
            credential_results = []
            for credential_results_item_data in _credential_results:
                credential_results_item = VerificationReport.from_dict(credential_results_item_data)



                credential_results.append(credential_results_item)


        errors = cast(list[str], d.pop("errors", UNSET))


        def _parse_holder(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        holder = _parse_holder(d.pop("holder", UNSET))


        def _parse_verifiable_presentation(data: object) -> None | PresentationVerificationReportVerifiablePresentationType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                verifiable_presentation_type_0 = PresentationVerificationReportVerifiablePresentationType0.from_dict(data)



                return verifiable_presentation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PresentationVerificationReportVerifiablePresentationType0 | Unset, data)

        verifiable_presentation = _parse_verifiable_presentation(d.pop("verifiablePresentation", UNSET))


        warnings = cast(list[str], d.pop("warnings", UNSET))


        presentation_verification_report = cls(
            checks=checks,
            verified=verified,
            credential_results=credential_results,
            errors=errors,
            holder=holder,
            verifiable_presentation=verifiable_presentation,
            warnings=warnings,
        )


        presentation_verification_report.additional_properties = d
        return presentation_verification_report

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
