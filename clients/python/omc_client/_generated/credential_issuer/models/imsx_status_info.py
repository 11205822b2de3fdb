from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.imsx_status_info_imsx_codemajor import ImsxStatusInfoImsxCodemajor
from ..models.imsx_status_info_imsx_severity import ImsxStatusInfoImsxSeverity
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.imsx_code_minor import ImsxCodeMinor





T = TypeVar("T", bound="ImsxStatusInfo")



@_attrs_define
class ImsxStatusInfo:
    """ Imsx_StatusInfo: the Open Badges API's error payload.

        Attributes:
            imsx_code_major (ImsxStatusInfoImsxCodemajor):
            imsx_severity (ImsxStatusInfoImsxSeverity):
            imsx_code_minor (ImsxCodeMinor | None | Unset):
            imsx_description (None | str | Unset):
     """

    imsx_code_major: ImsxStatusInfoImsxCodemajor
    imsx_severity: ImsxStatusInfoImsxSeverity
    imsx_code_minor: ImsxCodeMinor | None | Unset = UNSET
    imsx_description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.imsx_code_minor import ImsxCodeMinor # noqa: PLC0415
        imsx_code_major = self.imsx_code_major.value

        imsx_severity = self.imsx_severity.value

        imsx_code_minor: dict[str, Any] | None | Unset
        if isinstance(self.imsx_code_minor, Unset):
            imsx_code_minor = UNSET
        elif isinstance(self.imsx_code_minor, ImsxCodeMinor):
            imsx_code_minor = self.imsx_code_minor.to_dict()
        else:
            imsx_code_minor = self.imsx_code_minor

        imsx_description: None | str | Unset
        if isinstance(self.imsx_description, Unset):
            imsx_description = UNSET
        else:
            imsx_description = self.imsx_description


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "imsx_codeMajor": imsx_code_major,
            "imsx_severity": imsx_severity,
        })
        if imsx_code_minor is not UNSET:
            field_dict["imsx_codeMinor"] = imsx_code_minor
        if imsx_description is not UNSET:
            field_dict["imsx_description"] = imsx_description

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.imsx_code_minor import ImsxCodeMinor # noqa: PLC0415
        d = dict(src_dict)
        imsx_code_major = ImsxStatusInfoImsxCodemajor(d.pop("imsx_codeMajor"))




        imsx_severity = ImsxStatusInfoImsxSeverity(d.pop("imsx_severity"))




        def _parse_imsx_code_minor(data: object) -> ImsxCodeMinor | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                imsx_code_minor_type_0 = ImsxCodeMinor.from_dict(data)



                return imsx_code_minor_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ImsxCodeMinor | None | Unset, data)

        imsx_code_minor = _parse_imsx_code_minor(d.pop("imsx_codeMinor", UNSET))


        def _parse_imsx_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        imsx_description = _parse_imsx_description(d.pop("imsx_description", UNSET))


        imsx_status_info = cls(
            imsx_code_major=imsx_code_major,
            imsx_severity=imsx_severity,
            imsx_code_minor=imsx_code_minor,
            imsx_description=imsx_description,
        )


        imsx_status_info.additional_properties = d
        return imsx_status_info

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
