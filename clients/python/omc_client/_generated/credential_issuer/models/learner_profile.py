from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="LearnerProfile")



@_attrs_define
class LearnerProfile:
    """ The learner's OB 3.0 Profile (getProfile, putProfile): the fields they set, and the verified
    sign-in address as `email`. A field never set is left out.

        Attributes:
            context (list[str]):
            email (str): The learner's verified sign-in address (cannot be changed).
            id (str): `urn:uuid:…`, stable per sign-in address.
            type_ (list[str]):
            additional_name (str | Unset):
            description (str | Unset):
            family_name (str | Unset):
            given_name (str | Unset):
            name (str | Unset):
            phone (str | Unset):
            url (str | Unset):
     """

    context: list[str]
    email: str
    id: str
    type_: list[str]
    additional_name: str | Unset = UNSET
    description: str | Unset = UNSET
    family_name: str | Unset = UNSET
    given_name: str | Unset = UNSET
    name: str | Unset = UNSET
    phone: str | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        context = self.context



        email = self.email

        id = self.id

        type_ = self.type_



        additional_name = self.additional_name

        description = self.description

        family_name = self.family_name

        given_name = self.given_name

        name = self.name

        phone = self.phone

        url = self.url


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "@context": context,
            "email": email,
            "id": id,
            "type": type_,
        })
        if additional_name is not UNSET:
            field_dict["additionalName"] = additional_name
        if description is not UNSET:
            field_dict["description"] = description
        if family_name is not UNSET:
            field_dict["familyName"] = family_name
        if given_name is not UNSET:
            field_dict["givenName"] = given_name
        if name is not UNSET:
            field_dict["name"] = name
        if phone is not UNSET:
            field_dict["phone"] = phone
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        context = cast(list[str], d.pop("@context"))


        email = d.pop("email")

        id = d.pop("id")

        type_ = cast(list[str], d.pop("type"))


        additional_name = d.pop("additionalName", UNSET)

        description = d.pop("description", UNSET)

        family_name = d.pop("familyName", UNSET)

        given_name = d.pop("givenName", UNSET)

        name = d.pop("name", UNSET)

        phone = d.pop("phone", UNSET)

        url = d.pop("url", UNSET)

        learner_profile = cls(
            context=context,
            email=email,
            id=id,
            type_=type_,
            additional_name=additional_name,
            description=description,
            family_name=family_name,
            given_name=given_name,
            name=name,
            phone=phone,
            url=url,
        )


        learner_profile.additional_properties = d
        return learner_profile

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
