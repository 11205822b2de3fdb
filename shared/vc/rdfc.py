"""RDFC-1.0 blank-node labelling and canonical N-Quads, with bounded work.

`canonical_n_quads` is the step every canonicalizer ends with: pyoxigraph's RDFC-1.0 (Rust) when the
first-degree hashes tell every blank node apart, the bounded pyld labeller otherwise. That is the
only case where RDFC-1.0 recurses (Hash N-Degree Quads), whose cost does not follow the size of the
input (RDFC-1.0 §6, "dataset poisoning"); oxigraph's labelling has no bound on its work, pyld's is
bounded here (`Limits`: deep iterations, blank nodes permuted together, CPU time). Both give the same
bytes (tests/test_vc_canonicalize.py runs the W3C RDFC-1.0 test suite through this function).
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Mapping
from typing import Any

import pyoxigraph as ox
from pyld.canon import URDNA2015
from pyld.identifier_issuer import IdentifierIssuer

from shared.vc.errors import DocumentTooComplex
from shared.vc.jsonld_checks import Limits


def canonical_n_quads(quads: Iterable[ox.Quad], limits: Limits) -> str:
    """The canonical N-Quads of a dataset (a quad stated twice counts once), or DocumentTooComplex."""
    dataset = ox.Dataset(quads)
    if not first_degree_hashes_unique(dataset):
        return label_and_serialize(pyld_dataset(dataset), limits)
    dataset.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)
    return "".join(sorted(f"{quad} .\n" for quad in dataset))


def first_degree_hashes_unique(quads: Iterable[ox.Quad]) -> bool:
    """Whether RDFC-1.0's first-degree hashes tell every blank node apart. Two blank nodes have
    equal hashes exactly when their quads, written with the node itself as `a` and every other
    blank node as `z`, are the same list, so the lists themselves are compared."""
    signatures: dict[str, list[tuple[str | None, ...]]] = {}
    for quad in quads:
        subject: Any = quad.subject  # Any: the checks below narrow what mypy cannot follow
        object_: Any = quad.object
        graph: Any = quad.graph_name
        predicate = quad.predicate
        blank_subject = type(subject) is ox.BlankNode
        blank_object = type(object_) is ox.BlankNode
        blank_graph = type(graph) is ox.BlankNode
        if not (blank_subject or blank_object or blank_graph):
            continue
        # Terms other than blank nodes are written once per quad; a predicate is never blank.
        written = (
            None if blank_subject else str(subject),
            str(predicate),
            None if blank_object else str(object_),
            None if blank_graph else str(graph),
        )
        nodes = {
            term.value
            for term, blank in ((subject, blank_subject), (object_, blank_object), (graph, blank_graph))
            if blank
        }
        for node in nodes:
            signatures.setdefault(node, []).append(
                (
                    ("a" if subject.value == node else "z") if blank_subject else written[0],
                    written[1],
                    ("a" if object_.value == node else "z") if blank_object else written[2],
                    ("a" if graph.value == node else "z") if blank_graph else written[3],
                )
            )
    keys = [tuple(sorted(signature)) for signature in signatures.values()]
    return len(set(keys)) == len(keys)


# --- blank-node labelling with bounded work -----------------------------------------------------


class _BoundedURDNA2015(URDNA2015):  # type: ignore[misc]
    """pyld's URDNA2015 with the RDFC-1.0 §6 safeguards: Hash N-Degree Quads, the only part that
    can grow faster than the input, may run at most `max_deep_iterations` times, permute at most
    `max_permuted_blank_nodes` related blank nodes at once, and stop at a deadline."""

    def __init__(self, limits: Limits) -> None:
        super().__init__()
        self._limits = limits
        self._deep_iterations = 0
        self._deadline = time.thread_time() + limits.max_labelling_seconds

    def hash_n_degree_quads(self, id_: str, issuer: IdentifierIssuer) -> Any:
        self._deep_iterations += 1
        if self._deep_iterations > self._limits.max_deep_iterations:
            raise DocumentTooComplex(
                f"labelling the blank nodes needs more than {self._limits.max_deep_iterations} "
                "deep iterations (RDFC-1.0 §6)"
            )
        if time.thread_time() > self._deadline:
            raise DocumentTooComplex(
                f"labelling the blank nodes took more than {self._limits.max_labelling_seconds} s of CPU time"
            )
        return super().hash_n_degree_quads(id_, issuer)

    def create_hash_to_related(self, id_: str, issuer: IdentifierIssuer) -> dict[str, list[str]]:
        related: dict[str, list[str]] = super().create_hash_to_related(id_, issuer)
        largest = max((len(nodes) for nodes in related.values()), default=0)
        if largest > self._limits.max_permuted_blank_nodes:
            raise DocumentTooComplex(
                f"labelling the blank nodes would permute {largest} indistinguishable blank nodes "
                f"(at most {self._limits.max_permuted_blank_nodes}; RDFC-1.0 §6)"
            )
        return related


def label_and_serialize(dataset: dict[str, list[dict[str, Any]]], limits: Limits) -> str:
    """Blank nodes labelled by the bounded pyld labeller (pyld's dataset form: graph name -> triples
    of `{"type", "value", ...}` terms), N-Quads written as RDFC-1.0 says. pyld writes control
    characters other than tab, line feed and carriage return unescaped (the W3C suite's test060
    wants `\b`, `\f`, `\u000e`...), so its output is read back and written by pyoxigraph, whose
    N-Quads are the canonical form; the labels are pyld's."""
    labelled: str = _BoundedURDNA2015(limits).main(dataset, {"format": "application/n-quads"})
    return "".join(sorted(f"{quad} .\n" for quad in ox.parse(labelled, format=ox.RdfFormat.N_QUADS)))


# --- pyld's dataset form and pyoxigraph's -------------------------------------------------------


def _oxigraph_term(term: Mapping[str, Any]) -> Any:
    kind, value = term["type"], term["value"]
    if kind == "IRI":
        return ox.NamedNode(value)
    if kind == "blank node":
        return ox.BlankNode(value.removeprefix("_:"))
    if "language" in term:
        return ox.Literal(value, language=term["language"])
    return ox.Literal(value, datatype=ox.NamedNode(term["datatype"]))


def oxigraph_quads(dataset: Mapping[str, list[dict[str, Any]]]) -> list[ox.Quad]:
    """pyld's dataset form as pyoxigraph quads."""
    quads = []
    for graph_name, triples in dataset.items():
        graph: Any
        if graph_name == "@default":
            graph = ox.DefaultGraph()
        elif graph_name.startswith("_:"):
            graph = ox.BlankNode(graph_name.removeprefix("_:"))
        else:
            graph = ox.NamedNode(graph_name)
        for triple in triples:
            quads.append(
                ox.Quad(
                    _oxigraph_term(triple["subject"]),
                    _oxigraph_term(triple["predicate"]),
                    _oxigraph_term(triple["object"]),
                    graph,
                )
            )
    return quads


def _pyld_term(term: Any) -> dict[str, Any]:
    if isinstance(term, ox.NamedNode):
        return {"type": "IRI", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "blank node", "value": f"_:{term.value}"}
    literal: dict[str, Any] = {"type": "literal", "value": term.value, "datatype": term.datatype.value}
    if term.language is not None:
        literal["language"] = term.language
    return literal


def pyld_dataset(quads: Iterable[ox.Quad]) -> dict[str, list[dict[str, Any]]]:
    """pyoxigraph quads in pyld's dataset form (graph name -> triples)."""
    dataset: dict[str, list[dict[str, Any]]] = {}
    for quad in quads:
        graph = quad.graph_name
        if isinstance(graph, ox.DefaultGraph):
            name = "@default"
        elif isinstance(graph, ox.BlankNode):
            name = f"_:{graph.value}"
        else:
            name = graph.value
        dataset.setdefault(name, []).append(
            {
                "subject": _pyld_term(quad.subject),
                "predicate": _pyld_term(quad.predicate),
                "object": _pyld_term(quad.object),
            }
        )
    return dataset
