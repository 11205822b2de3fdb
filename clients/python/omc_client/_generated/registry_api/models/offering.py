from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.delivery_mode import DeliveryMode
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="Offering")



@_attrs_define
class Offering:
    """ 
        Attributes:
            end_date (datetime.date):
            start_date (datetime.date):
            delivery_mode (DeliveryMode | None | Unset):
            location (None | str | Unset):
     """

    end_date: datetime.date
    start_date: datetime.date
    delivery_mode: DeliveryMode | None | Unset = UNSET
    location: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        end_date = self.end_date.isoformat()

        start_date = self.start_date.isoformat()

        delivery_mode: None | str | Unset
        if isinstance(self.delivery_mode, Unset):
            delivery_mode = UNSET
        elif isinstance(self.delivery_mode, DeliveryMode):
            delivery_mode = self.delivery_mode.value
        else:
            delivery_mode = self.delivery_mode

        location: None | str | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        else:
            location = self.location


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "end_date": end_date,
            "start_date": start_date,
        })
        if delivery_mode is not UNSET:
            field_dict["delivery_mode"] = delivery_mode
        if location is not UNSET:
            field_dict["location"] = location

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        end_date = datetime.date.fromisoformat(d.pop("end_date"))




        start_date = datetime.date.fromisoformat(d.pop("start_date"))




        def _parse_delivery_mode(data: object) -> DeliveryMode | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                delivery_mode_type_0 = DeliveryMode(data)



                return delivery_mode_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DeliveryMode | None | Unset, data)

        delivery_mode = _parse_delivery_mode(d.pop("delivery_mode", UNSET))


        def _parse_location(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        location = _parse_location(d.pop("location", UNSET))


        offering = cls(
            end_date=end_date,
            start_date=start_date,
            delivery_mode=delivery_mode,
            location=location,
        )

        return offering

