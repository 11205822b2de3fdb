from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
from uuid import UUID

if TYPE_CHECKING:
  from ..models.partnership_check import PartnershipCheck





T = TypeVar("T", bound="ApprovalChecks")



@_attrs_define
class ApprovalChecks:
    """ What the approval verified against the OMC framework, as it stood when it was recorded.

        Attributes:
            assessment_methods (list[str]):
            designation_id (UUID): The designation in force on approved_on.
            designation_seq (int):
            eligible_qualification_types (list[str]): The provider type's eligible OMC types that the institution is also
                approved for.
            hours_outside_guideline (bool):
            instructional_hours (float | str):
            labour_market_need (str):
            learning_outcomes (int): How many learning outcomes the version states.
            metadata_sha256 (str): SHA-256 (hex) of the RFC 8785 canonical JSON of the approved version's metadata.
            qualification_type (str):
            hours_rationale (None | str | Unset):
            oqf_level (int | None | Unset):
            partnerships (list[PartnershipCheck] | Unset):
     """

    assessment_methods: list[str]
    designation_id: UUID
    designation_seq: int
    eligible_qualification_types: list[str]
    hours_outside_guideline: bool
    instructional_hours: float | str
    labour_market_need: str
    learning_outcomes: int
    metadata_sha256: str
    qualification_type: str
    hours_rationale: None | str | Unset = UNSET
    oqf_level: int | None | Unset = UNSET
    partnerships: list[PartnershipCheck] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.partnership_check import PartnershipCheck # noqa: PLC0415
        assessment_methods = self.assessment_methods



        designation_id = str(self.designation_id)

        designation_seq = self.designation_seq

        eligible_qualification_types = self.eligible_qualification_types



        hours_outside_guideline = self.hours_outside_guideline

        instructional_hours: float | str
        instructional_hours = self.instructional_hours

        labour_market_need = self.labour_market_need

        learning_outcomes = self.learning_outcomes

        metadata_sha256 = self.metadata_sha256

        qualification_type = self.qualification_type

        hours_rationale: None | str | Unset
        if isinstance(self.hours_rationale, Unset):
            hours_rationale = UNSET
        else:
            hours_rationale = self.hours_rationale

        oqf_level: int | None | Unset
        if isinstance(self.oqf_level, Unset):
            oqf_level = UNSET
        else:
            oqf_level = self.oqf_level

        partnerships: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.partnerships, Unset):
            partnerships = []
            for partnerships_item_data in self.partnerships:
                partnerships_item = partnerships_item_data.to_dict()
                partnerships.append(partnerships_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "assessment_methods": assessment_methods,
            "designation_id": designation_id,
            "designation_seq": designation_seq,
            "eligible_qualification_types": eligible_qualification_types,
            "hours_outside_guideline": hours_outside_guideline,
            "instructional_hours": instructional_hours,
            "labour_market_need": labour_market_need,
            "learning_outcomes": learning_outcomes,
            "metadata_sha256": metadata_sha256,
            "qualification_type": qualification_type,
        })
        if hours_rationale is not UNSET:
            field_dict["hours_rationale"] = hours_rationale
        if oqf_level is not UNSET:
            field_dict["oqf_level"] = oqf_level
        if partnerships is not UNSET:
            field_dict["partnerships"] = partnerships

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.partnership_check import PartnershipCheck # noqa: PLC0415
        d = dict(src_dict)
        assessment_methods = cast(list[str], d.pop("assessment_methods"))


        designation_id = UUID(d.pop("designation_id"))




        designation_seq = d.pop("designation_seq")

        eligible_qualification_types = cast(list[str], d.pop("eligible_qualification_types"))


        hours_outside_guideline = d.pop("hours_outside_guideline")

        def _parse_instructional_hours(data: object) -> float | str:
            return cast(float | str, data)

        instructional_hours = _parse_instructional_hours(d.pop("instructional_hours"))


        labour_market_need = d.pop("labour_market_need")

        learning_outcomes = d.pop("learning_outcomes")

        metadata_sha256 = d.pop("metadata_sha256")

        qualification_type = d.pop("qualification_type")

        def _parse_hours_rationale(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        hours_rationale = _parse_hours_rationale(d.pop("hours_rationale", UNSET))


        def _parse_oqf_level(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        oqf_level = _parse_oqf_level(d.pop("oqf_level", UNSET))


        _partnerships = d.pop("partnerships", UNSET)
        partnerships: list[PartnershipCheck] | Unset = UNSET
        if _partnerships is not UNSET:
            partnerships = []
            for partnerships_item_data in _partnerships:
                partnerships_item = PartnershipCheck.from_dict(partnerships_item_data)



                partnerships.append(partnerships_item)


        approval_checks = cls(
            assessment_methods=assessment_methods,
            designation_id=designation_id,
            designation_seq=designation_seq,
            eligible_qualification_types=eligible_qualification_types,
            hours_outside_guideline=hours_outside_guideline,
            instructional_hours=instructional_hours,
            labour_market_need=labour_market_need,
            learning_outcomes=learning_outcomes,
            metadata_sha256=metadata_sha256,
            qualification_type=qualification_type,
            hours_rationale=hours_rationale,
            oqf_level=oqf_level,
            partnerships=partnerships,
        )


        approval_checks.additional_properties = d
        return approval_checks

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
