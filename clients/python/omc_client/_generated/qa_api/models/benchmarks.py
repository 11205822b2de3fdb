from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.evidence import Evidence





T = TypeVar("T", bound="Benchmarks")



@_attrs_define
class Benchmarks:
    """ The seven benchmarks of the standard; each must be addressed.

        Attributes:
            a (Evidence):
            b (Evidence):
            c (Evidence):
            d (Evidence):
            e (Evidence):
            f (Evidence):
            g (Evidence):
     """

    a: Evidence
    b: Evidence
    c: Evidence
    d: Evidence
    e: Evidence
    f: Evidence
    g: Evidence





    def to_dict(self) -> dict[str, Any]:
        from ..models.evidence import Evidence # noqa: PLC0415
        a = self.a.to_dict()

        b = self.b.to_dict()

        c = self.c.to_dict()

        d = self.d.to_dict()

        e = self.e.to_dict()

        f = self.f.to_dict()

        g = self.g.to_dict()


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "a": a,
            "b": b,
            "c": c,
            "d": d,
            "e": e,
            "f": f,
            "g": g,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.evidence import Evidence # noqa: PLC0415
        d = dict(src_dict)
        a = Evidence.from_dict(d.pop("a"))




        b = Evidence.from_dict(d.pop("b"))




        c = Evidence.from_dict(d.pop("c"))




        d = Evidence.from_dict(d.pop("d"))




        e = Evidence.from_dict(d.pop("e"))




        f = Evidence.from_dict(d.pop("f"))




        g = Evidence.from_dict(d.pop("g"))




        benchmarks = cls(
            a=a,
            b=b,
            c=c,
            d=d,
            e=e,
            f=f,
            g=g,
        )

        return benchmarks

