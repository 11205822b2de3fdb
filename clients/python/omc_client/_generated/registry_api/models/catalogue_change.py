from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.change_kind import ChangeKind
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
  from ..models.catalogue_item import CatalogueItem





T = TypeVar("T", bound="CatalogueChange")



@_attrs_define
class CatalogueChange:
    """ 
        Attributes:
            kind (ChangeKind):
            micro_credential_id (UUID):
            occurred_at (datetime.datetime):
            seq (int): Position in the feed; strictly increasing in commit order.
            version (int | None):
            item (CatalogueItem | None | Unset): For an upsert: the item as it is now, if it is still in the catalogue
                (otherwise a later delete follows in the feed).
     """

    kind: ChangeKind
    micro_credential_id: UUID
    occurred_at: datetime.datetime
    seq: int
    version: int | None
    item: CatalogueItem | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.catalogue_item import CatalogueItem # noqa: PLC0415
        kind = self.kind.value

        micro_credential_id = str(self.micro_credential_id)

        occurred_at = self.occurred_at.isoformat()

        seq = self.seq

        version: int | None
        version = self.version

        item: dict[str, Any] | None | Unset
        if isinstance(self.item, Unset):
            item = UNSET
        elif isinstance(self.item, CatalogueItem):
            item = self.item.to_dict()
        else:
            item = self.item


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "kind": kind,
            "micro_credential_id": micro_credential_id,
            "occurred_at": occurred_at,
            "seq": seq,
            "version": version,
        })
        if item is not UNSET:
            field_dict["item"] = item

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.catalogue_item import CatalogueItem # noqa: PLC0415
        d = dict(src_dict)
        kind = ChangeKind(d.pop("kind"))




        micro_credential_id = UUID(d.pop("micro_credential_id"))




        occurred_at = datetime.datetime.fromisoformat(d.pop("occurred_at"))




        seq = d.pop("seq")

        def _parse_version(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        version = _parse_version(d.pop("version"))


        def _parse_item(data: object) -> CatalogueItem | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                item_type_0 = CatalogueItem.from_dict(data)



                return item_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CatalogueItem | None | Unset, data)

        item = _parse_item(d.pop("item", UNSET))


        catalogue_change = cls(
            kind=kind,
            micro_credential_id=micro_credential_id,
            occurred_at=occurred_at,
            seq=seq,
            version=version,
            item=item,
        )


        catalogue_change.additional_properties = d
        return catalogue_change

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
