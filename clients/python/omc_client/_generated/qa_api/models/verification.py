from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.broken_entry import BrokenEntry





T = TypeVar("T", bound="Verification")



@_attrs_define
class Verification:
    """ 
        Attributes:
            checkpoints_checked (int):
            entries_checked (int):
            valid (bool):
            first_broken (BrokenEntry | None | Unset):
            first_broken_checkpoint (int | None | Unset): tree_size of the first checkpoint that fails.
     """

    checkpoints_checked: int
    entries_checked: int
    valid: bool
    first_broken: BrokenEntry | None | Unset = UNSET
    first_broken_checkpoint: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.broken_entry import BrokenEntry # noqa: PLC0415
        checkpoints_checked = self.checkpoints_checked

        entries_checked = self.entries_checked

        valid = self.valid

        first_broken: dict[str, Any] | None | Unset
        if isinstance(self.first_broken, Unset):
            first_broken = UNSET
        elif isinstance(self.first_broken, BrokenEntry):
            first_broken = self.first_broken.to_dict()
        else:
            first_broken = self.first_broken

        first_broken_checkpoint: int | None | Unset
        if isinstance(self.first_broken_checkpoint, Unset):
            first_broken_checkpoint = UNSET
        else:
            first_broken_checkpoint = self.first_broken_checkpoint


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "checkpoints_checked": checkpoints_checked,
            "entries_checked": entries_checked,
            "valid": valid,
        })
        if first_broken is not UNSET:
            field_dict["first_broken"] = first_broken
        if first_broken_checkpoint is not UNSET:
            field_dict["first_broken_checkpoint"] = first_broken_checkpoint

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.broken_entry import BrokenEntry # noqa: PLC0415
        d = dict(src_dict)
        checkpoints_checked = d.pop("checkpoints_checked")

        entries_checked = d.pop("entries_checked")

        valid = d.pop("valid")

        def _parse_first_broken(data: object) -> BrokenEntry | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                first_broken_type_0 = BrokenEntry.from_dict(data)



                return first_broken_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BrokenEntry | None | Unset, data)

        first_broken = _parse_first_broken(d.pop("first_broken", UNSET))


        def _parse_first_broken_checkpoint(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        first_broken_checkpoint = _parse_first_broken_checkpoint(d.pop("first_broken_checkpoint", UNSET))


        verification = cls(
            checkpoints_checked=checkpoints_checked,
            entries_checked=entries_checked,
            valid=valid,
            first_broken=first_broken,
            first_broken_checkpoint=first_broken_checkpoint,
        )


        verification.additional_properties = d
        return verification

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
