from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.achievement_credential import AchievementCredential





T = TypeVar("T", bound="GetOpenBadgeCredentialsResponse")



@_attrs_define
class GetOpenBadgeCredentialsResponse:
    """ getCredentials' answer: one page of the learner's credentials (newest first).

        Attributes:
            credential (list[AchievementCredential]): The credentials secured with an embedded proof (every one this service
                holds).
            compact_jws_string (list[str] | Unset): VC-JWT credentials; never sent here (upsertCredential refuses VC-JWT).
     """

    credential: list[AchievementCredential]
    compact_jws_string: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.achievement_credential import AchievementCredential # noqa: PLC0415
        credential = []
        for credential_item_data in self.credential:
            credential_item = credential_item_data.to_dict()
            credential.append(credential_item)



        compact_jws_string: list[str] | Unset = UNSET
        if not isinstance(self.compact_jws_string, Unset):
            compact_jws_string = self.compact_jws_string




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "credential": credential,
        })
        if compact_jws_string is not UNSET:
            field_dict["compactJwsString"] = compact_jws_string

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.achievement_credential import AchievementCredential # noqa: PLC0415
        d = dict(src_dict)
        credential = []
        _credential = d.pop("credential")
        for credential_item_data in (_credential):
            credential_item = AchievementCredential.from_dict(credential_item_data)



            credential.append(credential_item)


        compact_jws_string = cast(list[str], d.pop("compactJwsString", UNSET))


        get_open_badge_credentials_response = cls(
            credential=credential,
            compact_jws_string=compact_jws_string,
        )


        get_open_badge_credentials_response.additional_properties = d
        return get_open_badge_credentials_response

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
