from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.version_status import VersionStatus
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
  from ..models.derived_facts import DerivedFacts
  from ..models.micro_credential_metadata import MicroCredentialMetadata





T = TypeVar("T", bound="MicroCredentialVersion")



@_attrs_define
class MicroCredentialVersion:
    """ 
        Attributes:
            created_at (datetime.datetime):
            derived (DerivedFacts): What the registry derives from the metadata; never written by clients.
            iqap (bool):
            metadata (MicroCredentialMetadata): What an institution says about one version of a micro-credential.
            micro_credential_id (UUID):
            status (VersionStatus):
            updated_at (datetime.datetime):
            version (int):
            approval_reference (None | str | Unset): The quality ledger entry that approved it.
            approved_at (datetime.datetime | None | Unset):
            published_at (datetime.datetime | None | Unset):
            submitted_at (datetime.datetime | None | Unset):
     """

    created_at: datetime.datetime
    derived: DerivedFacts
    iqap: bool
    metadata: MicroCredentialMetadata
    micro_credential_id: UUID
    status: VersionStatus
    updated_at: datetime.datetime
    version: int
    approval_reference: None | str | Unset = UNSET
    approved_at: datetime.datetime | None | Unset = UNSET
    published_at: datetime.datetime | None | Unset = UNSET
    submitted_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.derived_facts import DerivedFacts # noqa: PLC0415
        from ..models.micro_credential_metadata import MicroCredentialMetadata # noqa: PLC0415
        created_at = self.created_at.isoformat()

        derived = self.derived.to_dict()

        iqap = self.iqap

        metadata = self.metadata.to_dict()

        micro_credential_id = str(self.micro_credential_id)

        status = self.status.value

        updated_at = self.updated_at.isoformat()

        version = self.version

        approval_reference: None | str | Unset
        if isinstance(self.approval_reference, Unset):
            approval_reference = UNSET
        else:
            approval_reference = self.approval_reference

        approved_at: None | str | Unset
        if isinstance(self.approved_at, Unset):
            approved_at = UNSET
        elif isinstance(self.approved_at, datetime.datetime):
            approved_at = self.approved_at.isoformat()
        else:
            approved_at = self.approved_at

        published_at: None | str | Unset
        if isinstance(self.published_at, Unset):
            published_at = UNSET
        elif isinstance(self.published_at, datetime.datetime):
            published_at = self.published_at.isoformat()
        else:
            published_at = self.published_at

        submitted_at: None | str | Unset
        if isinstance(self.submitted_at, Unset):
            submitted_at = UNSET
        elif isinstance(self.submitted_at, datetime.datetime):
            submitted_at = self.submitted_at.isoformat()
        else:
            submitted_at = self.submitted_at


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "created_at": created_at,
            "derived": derived,
            "iqap": iqap,
            "metadata": metadata,
            "micro_credential_id": micro_credential_id,
            "status": status,
            "updated_at": updated_at,
            "version": version,
        })
        if approval_reference is not UNSET:
            field_dict["approval_reference"] = approval_reference
        if approved_at is not UNSET:
            field_dict["approved_at"] = approved_at
        if published_at is not UNSET:
            field_dict["published_at"] = published_at
        if submitted_at is not UNSET:
            field_dict["submitted_at"] = submitted_at

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.derived_facts import DerivedFacts # noqa: PLC0415
        from ..models.micro_credential_metadata import MicroCredentialMetadata # noqa: PLC0415
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        derived = DerivedFacts.from_dict(d.pop("derived"))




        iqap = d.pop("iqap")

        metadata = MicroCredentialMetadata.from_dict(d.pop("metadata"))




        micro_credential_id = UUID(d.pop("micro_credential_id"))




        status = VersionStatus(d.pop("status"))




        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        version = d.pop("version")

        def _parse_approval_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        approval_reference = _parse_approval_reference(d.pop("approval_reference", UNSET))


        def _parse_approved_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                approved_at_type_0 = datetime.datetime.fromisoformat(data)



                return approved_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        approved_at = _parse_approved_at(d.pop("approved_at", UNSET))


        def _parse_published_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_at_type_0 = datetime.datetime.fromisoformat(data)



                return published_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        published_at = _parse_published_at(d.pop("published_at", UNSET))


        def _parse_submitted_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                submitted_at_type_0 = datetime.datetime.fromisoformat(data)



                return submitted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        submitted_at = _parse_submitted_at(d.pop("submitted_at", UNSET))


        micro_credential_version = cls(
            created_at=created_at,
            derived=derived,
            iqap=iqap,
            metadata=metadata,
            micro_credential_id=micro_credential_id,
            status=status,
            updated_at=updated_at,
            version=version,
            approval_reference=approval_reference,
            approved_at=approved_at,
            published_at=published_at,
            submitted_at=submitted_at,
        )


        micro_credential_version.additional_properties = d
        return micro_credential_version

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
