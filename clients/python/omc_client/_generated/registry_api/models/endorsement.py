from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.endorser_type import EndorserType
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID






T = TypeVar("T", bound="Endorsement")



@_attrs_define
class Endorsement:
    """ 
        Attributes:
            attests (str): What the endorser vouches for, e.g. labour-market relevance.
            endorser_name (str):
            endorser_type (EndorserType):
            organisation_id (None | Unset | UUID):
     """

    attests: str
    endorser_name: str
    endorser_type: EndorserType
    organisation_id: None | Unset | UUID = UNSET





    def to_dict(self) -> dict[str, Any]:
        attests = self.attests

        endorser_name = self.endorser_name

        endorser_type = self.endorser_type.value

        organisation_id: None | str | Unset
        if isinstance(self.organisation_id, Unset):
            organisation_id = UNSET
        elif isinstance(self.organisation_id, UUID):
            organisation_id = str(self.organisation_id)
        else:
            organisation_id = self.organisation_id


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "attests": attests,
            "endorser_name": endorser_name,
            "endorser_type": endorser_type,
        })
        if organisation_id is not UNSET:
            field_dict["organisation_id"] = organisation_id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        attests = d.pop("attests")

        endorser_name = d.pop("endorser_name")

        endorser_type = EndorserType(d.pop("endorser_type"))




        def _parse_organisation_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                organisation_id_type_0 = UUID(data)



                return organisation_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        organisation_id = _parse_organisation_id(d.pop("organisation_id", UNSET))


        endorsement = cls(
            attests=attests,
            endorser_name=endorser_name,
            endorser_type=endorser_type,
            organisation_id=organisation_id,
        )

        return endorsement

