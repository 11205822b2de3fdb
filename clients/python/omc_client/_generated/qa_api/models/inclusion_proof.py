from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.checkpoint import Checkpoint





T = TypeVar("T", bound="InclusionProof")



@_attrs_define
class InclusionProof:
    """ RFC 9162 audit path from one entry's leaf to a checkpoint's root.

        Attributes:
            audit_path (list[str]):
            checkpoint (Checkpoint): The ledger's Merkle root at a size, signed by the service (JWS, Ed25519; key in its
                JWKS).
            entry_hash (str):
            leaf_hash (str): SHA-256(0x00 || entry_hash).
            leaf_index (int): seq - 1.
            seq (int):
     """

    audit_path: list[str]
    checkpoint: Checkpoint
    entry_hash: str
    leaf_hash: str
    leaf_index: int
    seq: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.checkpoint import Checkpoint # noqa: PLC0415
        audit_path = self.audit_path



        checkpoint = self.checkpoint.to_dict()

        entry_hash = self.entry_hash

        leaf_hash = self.leaf_hash

        leaf_index = self.leaf_index

        seq = self.seq


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "audit_path": audit_path,
            "checkpoint": checkpoint,
            "entry_hash": entry_hash,
            "leaf_hash": leaf_hash,
            "leaf_index": leaf_index,
            "seq": seq,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.checkpoint import Checkpoint # noqa: PLC0415
        d = dict(src_dict)
        audit_path = cast(list[str], d.pop("audit_path"))


        checkpoint = Checkpoint.from_dict(d.pop("checkpoint"))




        entry_hash = d.pop("entry_hash")

        leaf_hash = d.pop("leaf_hash")

        leaf_index = d.pop("leaf_index")

        seq = d.pop("seq")

        inclusion_proof = cls(
            audit_path=audit_path,
            checkpoint=checkpoint,
            entry_hash=entry_hash,
            leaf_hash=leaf_hash,
            leaf_index=leaf_index,
            seq=seq,
        )


        inclusion_proof.additional_properties = d
        return inclusion_proof

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
