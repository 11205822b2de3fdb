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
  from ..models.vouching_organisation import VouchingOrganisation





T = TypeVar("T", bound="VerificationReport")



@_attrs_define
class VerificationReport:
    """ The VC-API VerificationResult of a credential: `verified`, the `checks` made (here each named,
    with its outcome and why), `warnings` and `errors` (one line per failed check).

        Attributes:
            checks (list[Check]):
            verified (bool): True when no check failed.
            errors (list[str] | Unset): The details of the failed checks.
            organisations (list[VouchingOrganisation] | Unset): The issuer and any co-awarding partner, as verified.
            warnings (list[str] | Unset): What was not checked, or only in part.
     """

    checks: list[Check]
    verified: bool
    errors: list[str] | Unset = UNSET
    organisations: list[VouchingOrganisation] | Unset = UNSET
    warnings: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.check import Check # noqa: PLC0415
        from ..models.vouching_organisation import VouchingOrganisation # noqa: PLC0415
        checks = []
        for checks_item_data in self.checks:
            checks_item = checks_item_data.to_dict()
            checks.append(checks_item)



        verified = self.verified

        errors: list[str] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors



        organisations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.organisations, Unset):
            organisations = []
            for organisations_item_data in self.organisations:
                organisations_item = organisations_item_data.to_dict()
                organisations.append(organisations_item)



        warnings: list[str] | Unset = UNSET
        if not isinstance(self.warnings, Unset):
            warnings = self.warnings




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "checks": checks,
            "verified": verified,
        })
        if errors is not UNSET:
            field_dict["errors"] = errors
        if organisations is not UNSET:
            field_dict["organisations"] = organisations
        if warnings is not UNSET:
            field_dict["warnings"] = warnings

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.check import Check # noqa: PLC0415
        from ..models.vouching_organisation import VouchingOrganisation # noqa: PLC0415
        d = dict(src_dict)
        checks = []
        _checks = d.pop("checks")
        for checks_item_data in (_checks):
            checks_item = Check.from_dict(checks_item_data)



            checks.append(checks_item)


        verified = d.pop("verified")

        errors = cast(list[str], d.pop("errors", UNSET))


        _organisations = d.pop("organisations", UNSET)
        organisations: list[VouchingOrganisation] | Unset = UNSET
        if _organisations is not UNSET:
            organisations = []
            for organisations_item_data in _organisations:
                organisations_item = VouchingOrganisation.from_dict(organisations_item_data)



                organisations.append(organisations_item)


        warnings = cast(list[str], d.pop("warnings", UNSET))


        verification_report = cls(
            checks=checks,
            verified=verified,
            errors=errors,
            organisations=organisations,
            warnings=warnings,
        )


        verification_report.additional_properties = d
        return verification_report

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
