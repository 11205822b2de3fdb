from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.designation import Designation
  from ..models.endorsement_term import EndorsementTerm





T = TypeVar("T", bound="DomciStanding")



@_attrs_define
class DomciStanding:
    """ Whether the organisation is a DOMCI in good standing on a day, and the record that says so.

        Attributes:
            in_good_standing (bool):
            on (datetime.date):
            designation (Designation | None | Unset):
            endorsement_term (EndorsementTerm | None | Unset): The EQAA endorsement term covering the day, when the ledger
                delivered one.
            reason (None | str | Unset): Why not in good standing, when not.
     """

    in_good_standing: bool
    on: datetime.date
    designation: Designation | None | Unset = UNSET
    endorsement_term: EndorsementTerm | None | Unset = UNSET
    reason: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.designation import Designation # noqa: PLC0415
        from ..models.endorsement_term import EndorsementTerm # noqa: PLC0415
        in_good_standing = self.in_good_standing

        on = self.on.isoformat()

        designation: dict[str, Any] | None | Unset
        if isinstance(self.designation, Unset):
            designation = UNSET
        elif isinstance(self.designation, Designation):
            designation = self.designation.to_dict()
        else:
            designation = self.designation

        endorsement_term: dict[str, Any] | None | Unset
        if isinstance(self.endorsement_term, Unset):
            endorsement_term = UNSET
        elif isinstance(self.endorsement_term, EndorsementTerm):
            endorsement_term = self.endorsement_term.to_dict()
        else:
            endorsement_term = self.endorsement_term

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "in_good_standing": in_good_standing,
            "on": on,
        })
        if designation is not UNSET:
            field_dict["designation"] = designation
        if endorsement_term is not UNSET:
            field_dict["endorsement_term"] = endorsement_term
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.designation import Designation # noqa: PLC0415
        from ..models.endorsement_term import EndorsementTerm # noqa: PLC0415
        d = dict(src_dict)
        in_good_standing = d.pop("in_good_standing")

        on = datetime.date.fromisoformat(d.pop("on"))




        def _parse_designation(data: object) -> Designation | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                designation_type_0 = Designation.from_dict(data)



                return designation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Designation | None | Unset, data)

        designation = _parse_designation(d.pop("designation", UNSET))


        def _parse_endorsement_term(data: object) -> EndorsementTerm | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                endorsement_term_type_0 = EndorsementTerm.from_dict(data)



                return endorsement_term_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EndorsementTerm | None | Unset, data)

        endorsement_term = _parse_endorsement_term(d.pop("endorsement_term", UNSET))


        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))


        domci_standing = cls(
            in_good_standing=in_good_standing,
            on=on,
            designation=designation,
            endorsement_term=endorsement_term,
            reason=reason,
        )


        domci_standing.additional_properties = d
        return domci_standing

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
