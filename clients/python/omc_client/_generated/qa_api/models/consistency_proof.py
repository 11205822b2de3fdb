from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.checkpoint import Checkpoint





T = TypeVar("T", bound="ConsistencyProof")



@_attrs_define
class ConsistencyProof:
    """ RFC 9162 consistency proof: the tree of ``first`` entries is a prefix of the checkpoint's.

        Attributes:
            checkpoint (Checkpoint): The ledger's Merkle root at a size, signed by the service (JWS, Ed25519; key in its
                JWKS).
            consistency_path (list[str]): PROOF(first, D[second]), hex, RFC 9162 §2.1.4.1.
            first (int):
            first_root (str): MTH of the first `first` entries, as the ledger holds them now.
            second (int): tree_size of `checkpoint`.
     """

    checkpoint: Checkpoint
    consistency_path: list[str]
    first: int
    first_root: str
    second: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.checkpoint import Checkpoint # noqa: PLC0415
        checkpoint = self.checkpoint.to_dict()

        consistency_path = self.consistency_path



        first = self.first

        first_root = self.first_root

        second = self.second


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "checkpoint": checkpoint,
            "consistency_path": consistency_path,
            "first": first,
            "first_root": first_root,
            "second": second,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.checkpoint import Checkpoint # noqa: PLC0415
        d = dict(src_dict)
        checkpoint = Checkpoint.from_dict(d.pop("checkpoint"))




        consistency_path = cast(list[str], d.pop("consistency_path"))


        first = d.pop("first")

        first_root = d.pop("first_root")

        second = d.pop("second")

        consistency_proof = cls(
            checkpoint=checkpoint,
            consistency_path=consistency_path,
            first=first,
            first_root=first_root,
            second=second,
        )


        consistency_proof.additional_properties = d
        return consistency_proof

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
