"""What anyone needs to check the quality ledger without trusting the service: the canonical hash
of an entry and RFC 9162 Merkle inclusion proofs."""
