from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.vc_api_status_item import VcApiStatusItem





T = TypeVar("T", bound="VcApiStatusUpdate")



@_attrs_define
class VcApiStatusUpdate:
    """ VC-API `POST /credentials/status` (UpdateCredentialStatus).

        Attributes:
            credential_id (str): `urn:uuid:<id>` of a credential of this service.
            credential_status (list[VcApiStatusItem]):
            reason (str | Unset):  Default: 'Changed through the VC-API.'.
     """

    credential_id: str
    credential_status: list[VcApiStatusItem]
    reason: str | Unset = 'Changed through the VC-API.'





    def to_dict(self) -> dict[str, Any]:
        from ..models.vc_api_status_item import VcApiStatusItem # noqa: PLC0415
        credential_id = self.credential_id

        credential_status = []
        for credential_status_item_data in self.credential_status:
            credential_status_item = credential_status_item_data.to_dict()
            credential_status.append(credential_status_item)



        reason = self.reason


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "credentialId": credential_id,
            "credentialStatus": credential_status,
        })
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.vc_api_status_item import VcApiStatusItem # noqa: PLC0415
        d = dict(src_dict)
        credential_id = d.pop("credentialId")

        credential_status = []
        _credential_status = d.pop("credentialStatus")
        for credential_status_item_data in (_credential_status):
            credential_status_item = VcApiStatusItem.from_dict(credential_status_item_data)



            credential_status.append(credential_status_item)


        reason = d.pop("reason", UNSET)

        vc_api_status_update = cls(
            credential_id=credential_id,
            credential_status=credential_status,
            reason=reason,
        )

        return vc_api_status_update

