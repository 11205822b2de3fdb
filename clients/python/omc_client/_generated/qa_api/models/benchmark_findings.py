from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.benchmark_finding import BenchmarkFinding





T = TypeVar("T", bound="BenchmarkFindings")



@_attrs_define
class BenchmarkFindings:
    """ 
        Attributes:
            a (BenchmarkFinding):
            b (BenchmarkFinding):
            c (BenchmarkFinding):
            d (BenchmarkFinding):
            e (BenchmarkFinding):
            f (BenchmarkFinding):
            g (BenchmarkFinding):
     """

    a: BenchmarkFinding
    b: BenchmarkFinding
    c: BenchmarkFinding
    d: BenchmarkFinding
    e: BenchmarkFinding
    f: BenchmarkFinding
    g: BenchmarkFinding





    def to_dict(self) -> dict[str, Any]:
        from ..models.benchmark_finding import BenchmarkFinding # noqa: PLC0415
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
        from ..models.benchmark_finding import BenchmarkFinding # noqa: PLC0415
        d = dict(src_dict)
        a = BenchmarkFinding.from_dict(d.pop("a"))




        b = BenchmarkFinding.from_dict(d.pop("b"))




        c = BenchmarkFinding.from_dict(d.pop("c"))




        d = BenchmarkFinding.from_dict(d.pop("d"))




        e = BenchmarkFinding.from_dict(d.pop("e"))




        f = BenchmarkFinding.from_dict(d.pop("f"))




        g = BenchmarkFinding.from_dict(d.pop("g"))




        benchmark_findings = cls(
            a=a,
            b=b,
            c=c,
            d=d,
            e=e,
            f=f,
            g=g,
        )

        return benchmark_findings

