from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.catalogue_item import CatalogueItem
  from ..models.facet import Facet





T = TypeVar("T", bound="CataloguePage")



@_attrs_define
class CataloguePage:
    """ 
        Attributes:
            items (list[CatalogueItem]):
            facets (list[Facet] | Unset): Only those asked for with `facet=`.
            next_cursor (None | str | Unset): Pass as `after` for the next page; absent on the last.
     """

    items: list[CatalogueItem]
    facets: list[Facet] | Unset = UNSET
    next_cursor: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.catalogue_item import CatalogueItem # noqa: PLC0415
        from ..models.facet import Facet # noqa: PLC0415
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)



        facets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.facets, Unset):
            facets = []
            for facets_item_data in self.facets:
                facets_item = facets_item_data.to_dict()
                facets.append(facets_item)



        next_cursor: None | str | Unset
        if isinstance(self.next_cursor, Unset):
            next_cursor = UNSET
        else:
            next_cursor = self.next_cursor


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "items": items,
        })
        if facets is not UNSET:
            field_dict["facets"] = facets
        if next_cursor is not UNSET:
            field_dict["next_cursor"] = next_cursor

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.catalogue_item import CatalogueItem # noqa: PLC0415
        from ..models.facet import Facet # noqa: PLC0415
        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in (_items):
            items_item = CatalogueItem.from_dict(items_item_data)



            items.append(items_item)


        _facets = d.pop("facets", UNSET)
        facets: list[Facet] | Unset = UNSET
        if _facets is not UNSET:
            facets = []
            for facets_item_data in _facets:
                facets_item = Facet.from_dict(facets_item_data)



                facets.append(facets_item)


        def _parse_next_cursor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_cursor = _parse_next_cursor(d.pop("next_cursor", UNSET))


        catalogue_page = cls(
            items=items,
            facets=facets,
            next_cursor=next_cursor,
        )


        catalogue_page.additional_properties = d
        return catalogue_page

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
