"""Verifiable credentials: W3C VC 2.0 Open Badges 3.0 credentials secured with Data Integrity
`eddsa-rdfc-2022` proofs, issuers identified by did:web (did:key in tests).

- `contexts`: the bundled JSON-LD contexts and the loader that serves only them (never the network)
- `canonicalize`: RDFC-1.0 canonical N-Quads, refusing undefined terms, bounded; the default is
  `oxigraph_jsonld` (pyoxigraph end to end), with the checks in `jsonld_checks` and the blank-node
  labelling in `rdfc`
- `data_integrity`: create and verify proofs and proof sets
- `did`, `multikey`: did:key, did:web, DID documents, Ed25519 Multikeys, key resolution
- `schemas`: Open Badges 3.0 JSON Schema validation
"""
