from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="ReceiveCompletionsJsonBodyCompletionRecordLearner")



@_attrs_define
class ReceiveCompletionsJsonBodyCompletionRecordLearner:
    """ Kept by the issuer to deliver the credential; the credential itself carries only a salted hash
    of the e-mail address, never the student number.

        Attributes:
            email (None | str | Unset):
            name (None | str | Unset):
            student_number (None | str | Unset):
     """

    email: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    student_number: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        student_number: None | str | Unset
        if isinstance(self.student_number, Unset):
            student_number = UNSET
        else:
            student_number = self.student_number


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if email is not UNSET:
            field_dict["email"] = email
        if name is not UNSET:
            field_dict["name"] = name
        if student_number is not UNSET:
            field_dict["student_number"] = student_number

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))


        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))


        def _parse_student_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        student_number = _parse_student_number(d.pop("student_number", UNSET))


        receive_completions_json_body_completion_record_learner = cls(
            email=email,
            name=name,
            student_number=student_number,
        )

        return receive_completions_json_body_completion_record_learner

