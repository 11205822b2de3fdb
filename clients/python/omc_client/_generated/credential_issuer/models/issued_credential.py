from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.achievement_credential import AchievementCredential





T = TypeVar("T", bound="IssuedCredential")



@_attrs_define
class IssuedCredential:
    """ 
        Attributes:
            credential (AchievementCredential | str): `ldp_vc`: the signed JSON-LD credential; `jwt_vc_json`: a compact JWS
                whose `vc` claim is the credential.
     """

    credential: AchievementCredential | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.achievement_credential import AchievementCredential # noqa: PLC0415
        credential: dict[str, Any] | str
        if isinstance(self.credential, AchievementCredential):
            credential = self.credential.to_dict()
        else:
            credential = self.credential


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "credential": credential,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.achievement_credential import AchievementCredential # noqa: PLC0415
        d = dict(src_dict)
        def _parse_credential(data: object) -> AchievementCredential | str:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                credential_type_0 = AchievementCredential.from_dict(data)



                return credential_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AchievementCredential | str, data)

        credential = _parse_credential(d.pop("credential"))


        issued_credential = cls(
            credential=credential,
        )


        issued_credential.additional_properties = d
        return issued_credential

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
