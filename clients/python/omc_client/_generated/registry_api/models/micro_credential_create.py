from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.micro_credential_metadata import MicroCredentialMetadata





T = TypeVar("T", bound="MicroCredentialCreate")



@_attrs_define
class MicroCredentialCreate:
    """ 
        Attributes:
            course_code (str): The institution's own code; unique within the institution.
            metadata (MicroCredentialMetadata): What an institution says about one version of a micro-credential.
            iqap (bool | Unset): True: goes through the institution's IQAP and may become an OMC. False: listed outside the
                IQAP, never carries the OMC mark. Default: True.
     """

    course_code: str
    metadata: MicroCredentialMetadata
    iqap: bool | Unset = True





    def to_dict(self) -> dict[str, Any]:
        from ..models.micro_credential_metadata import MicroCredentialMetadata # noqa: PLC0415
        course_code = self.course_code

        metadata = self.metadata.to_dict()

        iqap = self.iqap


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "course_code": course_code,
            "metadata": metadata,
        })
        if iqap is not UNSET:
            field_dict["iqap"] = iqap

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.micro_credential_metadata import MicroCredentialMetadata # noqa: PLC0415
        d = dict(src_dict)
        course_code = d.pop("course_code")

        metadata = MicroCredentialMetadata.from_dict(d.pop("metadata"))




        iqap = d.pop("iqap", UNSET)

        micro_credential_create = cls(
            course_code=course_code,
            metadata=metadata,
            iqap=iqap,
        )

        return micro_credential_create

