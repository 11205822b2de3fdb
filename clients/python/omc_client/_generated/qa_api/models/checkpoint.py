from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="Checkpoint")



@_attrs_define
class Checkpoint:
    """ The ledger's Merkle root at a size, signed by the service (JWS, Ed25519; key in its JWKS).

        Attributes:
            kid (str):
            root_hash (str):
            signature (str): Compact JWS whose payload is {tree_size, root_hash, signed_at, issuer}.
            signed_at (datetime.datetime):
            tree_size (int):
     """

    kid: str
    root_hash: str
    signature: str
    signed_at: datetime.datetime
    tree_size: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        kid = self.kid

        root_hash = self.root_hash

        signature = self.signature

        signed_at = self.signed_at.isoformat()

        tree_size = self.tree_size


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "kid": kid,
            "root_hash": root_hash,
            "signature": signature,
            "signed_at": signed_at,
            "tree_size": tree_size,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kid = d.pop("kid")

        root_hash = d.pop("root_hash")

        signature = d.pop("signature")

        signed_at = datetime.datetime.fromisoformat(d.pop("signed_at"))




        tree_size = d.pop("tree_size")

        checkpoint = cls(
            kid=kid,
            root_hash=root_hash,
            signature=signature,
            signed_at=signed_at,
            tree_size=tree_size,
        )


        checkpoint.additional_properties = d
        return checkpoint

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
