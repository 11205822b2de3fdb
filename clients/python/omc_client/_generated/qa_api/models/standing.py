from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
  from ..models.approval import Approval
  from ..models.designation import Designation
  from ..models.ledger_entry import LedgerEntry





T = TypeVar("T", bound="Standing")



@_attrs_define
class Standing:
    """ 
        Attributes:
            chain (list[LedgerEntry]): The ledger entries the answer rests on, in ledger order: the agency's decision, the
                designation, the approval. Recompute each entry_hash to check them.
            domci (bool): The designation covering `on` was `designated`.
            institution_id (UUID):
            on (datetime.date):
            reasons (list[str]): Why `valid` is false; empty when it is true.
            valid (bool): True when the institution was a DOMCI in good standing on `on` and, if a version was asked about,
                that version had been approved as an OMC by then.
            approval (Approval | None | Unset):
            approved_omc (bool | None | Unset): Absent when no version was asked about.
            designation (Designation | None | Unset): The ministry's decision in force on `on`: the latest whose period
                covers it.
            micro_credential_id (None | Unset | UUID):
            version (int | None | Unset):
     """

    chain: list[LedgerEntry]
    domci: bool
    institution_id: UUID
    on: datetime.date
    reasons: list[str]
    valid: bool
    approval: Approval | None | Unset = UNSET
    approved_omc: bool | None | Unset = UNSET
    designation: Designation | None | Unset = UNSET
    micro_credential_id: None | Unset | UUID = UNSET
    version: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.approval import Approval # noqa: PLC0415
        from ..models.designation import Designation # noqa: PLC0415
        from ..models.ledger_entry import LedgerEntry # noqa: PLC0415
        chain = []
        for chain_item_data in self.chain:
            chain_item = chain_item_data.to_dict()
            chain.append(chain_item)



        domci = self.domci

        institution_id = str(self.institution_id)

        on = self.on.isoformat()

        reasons = self.reasons



        valid = self.valid

        approval: dict[str, Any] | None | Unset
        if isinstance(self.approval, Unset):
            approval = UNSET
        elif isinstance(self.approval, Approval):
            approval = self.approval.to_dict()
        else:
            approval = self.approval

        approved_omc: bool | None | Unset
        if isinstance(self.approved_omc, Unset):
            approved_omc = UNSET
        else:
            approved_omc = self.approved_omc

        designation: dict[str, Any] | None | Unset
        if isinstance(self.designation, Unset):
            designation = UNSET
        elif isinstance(self.designation, Designation):
            designation = self.designation.to_dict()
        else:
            designation = self.designation

        micro_credential_id: None | str | Unset
        if isinstance(self.micro_credential_id, Unset):
            micro_credential_id = UNSET
        elif isinstance(self.micro_credential_id, UUID):
            micro_credential_id = str(self.micro_credential_id)
        else:
            micro_credential_id = self.micro_credential_id

        version: int | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "chain": chain,
            "domci": domci,
            "institution_id": institution_id,
            "on": on,
            "reasons": reasons,
            "valid": valid,
        })
        if approval is not UNSET:
            field_dict["approval"] = approval
        if approved_omc is not UNSET:
            field_dict["approved_omc"] = approved_omc
        if designation is not UNSET:
            field_dict["designation"] = designation
        if micro_credential_id is not UNSET:
            field_dict["micro_credential_id"] = micro_credential_id
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.approval import Approval # noqa: PLC0415
        from ..models.designation import Designation # noqa: PLC0415
        from ..models.ledger_entry import LedgerEntry # noqa: PLC0415
        d = dict(src_dict)
        chain = []
        _chain = d.pop("chain")
        for chain_item_data in (_chain):
            chain_item = LedgerEntry.from_dict(chain_item_data)



            chain.append(chain_item)


        domci = d.pop("domci")

        institution_id = UUID(d.pop("institution_id"))




        on = datetime.date.fromisoformat(d.pop("on"))




        reasons = cast(list[str], d.pop("reasons"))


        valid = d.pop("valid")

        def _parse_approval(data: object) -> Approval | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                approval_type_0 = Approval.from_dict(data)



                return approval_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Approval | None | Unset, data)

        approval = _parse_approval(d.pop("approval", UNSET))


        def _parse_approved_omc(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        approved_omc = _parse_approved_omc(d.pop("approved_omc", UNSET))


        def _parse_designation(data: object) -> Designation | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                designation_type_0 = Designation.from_dict(data)



                return designation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Designation | None | Unset, data)

        designation = _parse_designation(d.pop("designation", UNSET))


        def _parse_micro_credential_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                micro_credential_id_type_0 = UUID(data)



                return micro_credential_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        micro_credential_id = _parse_micro_credential_id(d.pop("micro_credential_id", UNSET))


        def _parse_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version = _parse_version(d.pop("version", UNSET))


        standing = cls(
            chain=chain,
            domci=domci,
            institution_id=institution_id,
            on=on,
            reasons=reasons,
            valid=valid,
            approval=approval,
            approved_omc=approved_omc,
            designation=designation,
            micro_credential_id=micro_credential_id,
            version=version,
        )


        standing.additional_properties = d
        return standing

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
